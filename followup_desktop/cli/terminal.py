"""User text made safe to print on a terminal: control and bidi characters written out as escapes.

A company name, subject or imported id may hold anything a bundle or a paste can carry: ESC
sequences that move the cursor, recolour or retitle the terminal, a NUL, a carriage return
that overwrites the line, or a right-to-left override (U+202E) that shows the rest of the line
reversed. None of them reaches the terminal: each is written as Python writes it in a string
("\\x1b", "\\u202e"). A backslash stays as it is: Windows paths are full of them.
"""

from __future__ import annotations

import re
import sys
import unicodedata

# Everything but printable ASCII: the few characters that may need an escape are then looked at one by one.
_SUSPECT = re.compile(r"[^\x20-\x7e]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
# Control (Cc), format (Cf: bidi embeddings, overrides and isolates, marks, invisible ones), lone
# surrogates (Cs), line and paragraph separators (Zl, Zp).
_UNSAFE = frozenset(("Cc", "Cf", "Cs", "Zl", "Zp"))
# The joiners are format characters that scripts (Persian, Indic) and emoji sequences need to read right.
_JOINERS = frozenset(("\u200c", "\u200d"))


def _escape(match: re.Match[str]) -> str:
    char = match.group(0)
    named = _NAMED.get(char)
    if named is not None:
        return named
    if char in _JOINERS or unicodedata.category(char) not in _UNSAFE:
        return char
    code = ord(char)
    if code < 0x100:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def shown(text: str) -> str:
    """`text` with every character that could steer a terminal written as an escape."""
    return _SUSPECT.sub(_escape, text)


def one_line(text: str) -> str:
    """A field for one column of a table: whitespace runs (newlines, tabs) as one space, escaped; "-" if empty."""
    return shown(" ".join((text or "").split())) or "-"


def tolerant_output() -> None:
    """Let stdout write any character: what its encoding cannot hold is escaped, never a traceback.

    A pipe on Windows, or PYTHONIOENCODING=ascii, gives stdout an encoding that cannot write
    "你好"; printing it would raise UnicodeEncodeError in the middle of a listing.
    """
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")
