"""Which paragraph of a letter each source challenge belongs to, surviving the user's edits.

A source keeps the text its paragraph had when last seen (the anchor). After edits, each
anchor is matched to the most similar current paragraph; the store then moves the anchor
to that paragraph's new text, so a paragraph rewritten a little at a time stays linked.
"""

from __future__ import annotations

import difflib
import logging
from typing import Iterable

from followup_desktop.core.letters import parse_body
from followup_desktop.core.textstats import words

log = logging.getLogger(__name__)

MIN_SIMILARITY = 0.45  # below this a paragraph has been rewritten beyond recognition
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
    matcher = difflib.SequenceMatcher(None, a[:MAX_COMPARE_CHARS].casefold(), b[:MAX_COMPARE_CHARS].casefold(),
                                      autojunk=False)
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
    """{source id: paragraph index} for each (source id, anchor) still found in the paragraphs."""
    found = {}
    for source_id, anchor in anchors:
        index = match_paragraph(anchor, paragraphs)
        if index >= 0:
            found[source_id] = index
    return found
