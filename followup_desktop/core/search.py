"""Search everywhere: turn what a person typed into a safe FTS5 query, group and describe hits.

The SQL lives in the store (core/store/search.py); this module holds what does not touch it: the
two FTS5 queries (every typed word, for search; any distinctive word, for "stories like this one").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from followup_desktop.core.text.words import STOP_WORDS

# Each searchable kind: the label shown to the user, in the order groups are shown.
KINDS = {
    "application": "Applications",
    "contact": "People",
    "plan": "Plans",
    "note": "Notes",
    "challenge": "Challenges",
    "letter": "Letters",
    "story": "Stories",
}
MARK_START, MARK_END = "\x02", "\x03"  # around matched words in snippets
_WORD = re.compile(r"\w", re.UNICODE)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
MAX_QUERY_WORDS = 16  # a pasted page is searched by its first words, not by 200,000 phrases
_SIMILAR_WORD = re.compile(r"\w{3,}")


@dataclass(frozen=True)
class SearchFilter:
    """Optional limits on a search: kinds, one application (company), a date range (UTC ISO)."""

    kinds: frozenset[str] = frozenset(KINDS)
    application_id: str = ""
    since: str = ""
    until: str = ""


@dataclass(frozen=True)
class Hit:
    """One search result: what it is, where it lives, and a snippet with the match marked."""

    kind: str
    ref_id: str
    application_id: str
    interview_id: str
    context: str  # e.g. "Acme — Staff Engineer · Round 1"
    snippet: str  # matched words between MARK_START and MARK_END
    when: str  # UTC ISO of the thing (note stamp, letter update...), "" if none
    rank: float
    match_text: str  # the first matched words, to select them when the item opens


def fts_query(text: str) -> str:
    """A safe FTS5 query for typed text: every word quoted, the last one a prefix; "" = nothing to search.

    Quotes, hyphens, ``c++``, ``*``, colons and other FTS syntax in the input are taken literally.
    """
    text = _CONTROL.sub(" ", text)  # FTS5 stops reading a query at NUL ("unterminated string")
    words = [w[:100] for w in text.split(maxsplit=MAX_QUERY_WORDS)[:MAX_QUERY_WORDS] if _WORD.search(w)]
    if not words:
        return ""
    quoted = ['"' + w.replace('"', '""') + '"' for w in words]
    quoted[-1] += "*"
    return " ".join(quoted)


def similar_query(text: str, limit: int = 24) -> str:
    """An FTS5 query matching any of the text's words (each quoted, common words left out); '' for none."""
    words = dict.fromkeys(w.lower() for w in _SIMILAR_WORD.findall(text) if w.lower() not in STOP_WORDS)
    return " OR ".join('"' + w.replace('"', '""') + '"' for w in list(words)[:limit])


def make_snippet(text: str, query: str, words: int = 12) -> str:
    """About `words` words of text around the first match of the query, matches marked.

    Built here rather than with FTS5's snippet(), which takes minutes on a single huge note.
    Case is ignored; where the index matched by other means (accents), the text's start is shown.
    """
    terms = [w for w in query.split(maxsplit=MAX_QUERY_WORDS)[:MAX_QUERY_WORDS] if _WORD.search(w)]
    if not terms:
        return text[:120]
    parts = [re.escape(t[:100]) + (r"\w*" if i == len(terms) - 1 else "") for i, t in enumerate(terms)]
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(parts) + ")", re.IGNORECASE)
    hit = pattern.search(text)
    centre = hit.start() if hit else 0
    before = [m.start() for m in re.finditer(r"\S+", text[max(0, centre - 400) : centre])]
    start = max(0, centre - 400) + before[-(words // 3)] if len(before) >= words // 3 else max(0, centre - 400)
    window = text[start : start + 600]
    cut = [m.end() for m in re.finditer(r"\S+", window)]
    window = window[: cut[words - 1]] if len(cut) >= words else window
    marked = pattern.sub(lambda m: MARK_START + m.group(0) + MARK_END, window)
    return ("…" if start > 0 else "") + " ".join(marked.split()) + ("…" if start + len(window) < len(text) else "")


def first_match(snippet: str) -> str:
    """The first marked words of a snippet (what to select when the item opens)."""
    start = snippet.find(MARK_START)
    end = snippet.find(MARK_END, start + 1)
    return snippet[start + 1 : end] if start >= 0 and end > start else ""


def grouped(hits: list[Hit]) -> dict[str, list[Hit]]:
    """Hits by kind, kinds in display order, best first inside each."""
    out: dict[str, list[Hit]] = {}
    for kind in KINDS:
        mine = sorted((h for h in hits if h.kind == kind), key=lambda h: h.rank)
        if mine:
            out[kind] = mine
    return out
