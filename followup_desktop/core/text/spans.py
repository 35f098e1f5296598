"""Character spans in letter text, and their mapping to Qt's UTF-16 positions.

Core code reports spans as Python ``str`` indices (code points). Qt's QTextCursor counts
UTF-16 code units, so a character outside the Basic Multilingual Plane (most emoji) takes
two positions there. The GUI converts with :func:`utf16_offset` before selecting text and
with :func:`str_index` when it sends a cursor position back to core.
"""

from __future__ import annotations

import logging

log = logging.getLogger(__name__)

_BMP_LIMIT = 0xFFFF


def utf16_offset(text: str, index: int) -> int:
    """The UTF-16 position (as Qt counts) of the str index ``index`` in ``text``."""
    index = max(0, min(int(index), len(text)))
    head = text[:index]
    if head.isascii():
        return index
    # Lone surrogates are one code unit each; only real astral characters count twice.
    return index + sum(1 for ch in head if ord(ch) > _BMP_LIMIT)


def str_index(text: str, utf16_pos: int) -> int:
    """The str index in ``text`` for a UTF-16 position; a position inside a pair rounds down."""
    target = max(0, int(utf16_pos))
    if text.isascii():
        return min(target, len(text))
    units = 0
    for i, ch in enumerate(text):
        step = 2 if ord(ch) > _BMP_LIMIT else 1
        if units + step > target:
            return i
        units += step
    return len(text)


def utf16_span(text: str, start: int, end: int) -> tuple[int, int]:
    """A (start, end) str span converted to UTF-16 positions."""
    return utf16_offset(text, start), utf16_offset(text, end)
