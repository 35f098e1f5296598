"""Keeping highlighted quotes anchored to the right words when a note's text is edited.

Offsets are Python ``str`` indices (code points). A highlight whose quote no longer occurs
in the edited text is *lost*: the store keeps its quote and the user's experience, and marks
it with an empty span (``end <= start``) so the board can say so.
"""

from __future__ import annotations


def expected_position(old_text: str, new_text: str, start: int) -> int:
    """Where a span that began at ``start`` in old_text most likely begins in new_text."""
    prefix = 0
    limit = min(len(old_text), len(new_text))
    while prefix < limit and old_text[prefix] == new_text[prefix]:
        prefix += 1
    if start < prefix:
        return start
    return max(0, start + len(new_text) - len(old_text))


def reanchor(old_text: str, new_text: str, start: int, end: int, quote: str) -> tuple[int, int] | None:
    """The new (start, end) of ``quote`` in new_text nearest its old place, or None if it is gone."""
    if not quote:
        return None
    if old_text == new_text and new_text[start:end] == quote:
        return start, end
    target = expected_position(old_text, new_text, start)
    best: int | None = None
    found = new_text.find(quote)
    while found != -1:
        if best is None or abs(found - target) < abs(best - target):
            best = found
        if found > target:
            break  # later matches are only further away
        found = new_text.find(quote, found + 1)
    if best is None:
        return None
    return best, best + len(quote)


def is_lost(start: int, end: int) -> bool:
    """True for a highlight whose words are no longer in its note."""
    return end <= start


# A highlight ends at the words: a selection's blanks, and the commas or full stops that only join
# it to the rest of the sentence, are not part of the quote. "?" and "!" stay: they say it was a
# question or an exclamation.
_EDGE_PUNCTUATION = ",;:."


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The span narrowed to its words: no blanks at either end, no ",;:." before or after them."""
    while start < end and (text[start].isspace() or text[start] in _EDGE_PUNCTUATION):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in _EDGE_PUNCTUATION):
        end -= 1
    return start, end
