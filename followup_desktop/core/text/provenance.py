"""Which paragraph of a letter each source challenge belongs to, surviving the user's edits.

A source keeps the text its paragraph had when last seen (the anchor). After edits, each
anchor is matched to the most similar current paragraph; the store then moves the anchor
to that paragraph's new text, so a paragraph rewritten a little at a time stays linked.
"""

from __future__ import annotations

import difflib
import logging
from collections.abc import Iterable

from followup_desktop.core.text.markdown import parse_body
from followup_desktop.core.text.words import words

log = logging.getLogger(__name__)

MIN_SIMILARITY = 0.45  # below this a paragraph has been rewritten beyond recognition
SAME_ANCHOR = 0.9  # anchors this alike belong to one paragraph built from several challenges
MAX_COMPARE_CHARS = 2000  # long pastes: compare the head, the matcher is quadratic


def paragraphs_of(markdown: str) -> list[str]:
    """The plain text of each paragraph or list item of a Markdown body."""
    return [block.text.strip() for block in parse_body(markdown or "") if block.text.strip()]


def similarity(a: str, b: str) -> float:
    """How alike two paragraphs are, 0..1 (word overlap or character similarity, the larger)."""
    if not a or not b:
        return 0.0
    wa, wb = {w.casefold() for w in words(a)}, {w.casefold() for w in words(b)}
    overlap = len(wa & wb) / len(wa | wb) if wa and wb else 0.0
    if overlap >= MIN_SIMILARITY:
        return overlap
    matcher = difflib.SequenceMatcher(
        None, a[:MAX_COMPARE_CHARS].casefold(), b[:MAX_COMPARE_CHARS].casefold(), autojunk=False
    )
    if matcher.real_quick_ratio() < MIN_SIMILARITY or matcher.quick_ratio() < MIN_SIMILARITY:
        return overlap
    return max(overlap, matcher.ratio())


def match_paragraph(anchor: str, paragraphs: list[str]) -> int:
    """Index of the paragraph the anchor now is, or -1 when none is similar enough."""
    best, best_index = 0.0, -1
    for index, paragraph in enumerate(paragraphs):
        if paragraph == anchor:
            return index
        score = similarity(anchor, paragraph)
        if score > best:
            best, best_index = score, index
    return best_index if best >= MIN_SIMILARITY else -1


def match_sources(anchors: Iterable[tuple[str, str]], paragraphs: list[str]) -> dict[str, int]:
    """{source id: paragraph index} for each (source id, anchor) still found in the paragraphs.

    Best matches are assigned first and a paragraph goes to one anchor, unless several
    anchors are (nearly) the same text: a paragraph built from two challenges. So when a
    paragraph is deleted, its source does not jump to a sibling paragraph that reads alike.
    """
    pairs = list(anchors)
    scored = []
    for source_id, anchor in pairs:
        for index, paragraph in enumerate(paragraphs):
            score = 1.0 if paragraph == anchor else similarity(anchor, paragraph)
            if score >= MIN_SIMILARITY:
                scored.append((score, source_id, anchor, index))
    scored.sort(key=lambda x: -x[0])
    found: dict[str, int] = {}
    owner: dict[int, str] = {}
    for _score, source_id, anchor, index in scored:
        if source_id in found:
            continue
        if index in owner and similarity(owner[index], anchor) < SAME_ANCHOR:
            continue
        found[source_id] = index
        owner.setdefault(index, anchor)
    return found
