"""A user's words written into a Markdown letter body so that every reader shows exactly those words.

Names, companies, quotes and notes may hold `*`, `_`, `[x](y)`, `<Name>`, `&amp;`, a leading
`#`, `-` or `1.`: unescaped, the Word export would format them and Qt would drop text after
a "tag". `escape_markdown` backslash-escapes what CommonMark would read as syntax (any
ASCII punctuation may be escaped), so `parse_body(escape_markdown(t))` gives t's words back.
Blanks at the start and end of a line cannot be kept in Markdown, nor characters no export can
hold (core.text.xml_safe); they are dropped.
"""

from __future__ import annotations

import re

from followup_desktop.core.text import xml_safe

# Anywhere in a line: escapes, code, emphasis, links and images, autolinks and HTML, entities.
_INLINE = re.compile(r"([\\`*_\[\]<])")
_ENTITY = re.compile(r"&(?=#|[A-Za-z0-9]+;)")
# At the start of a line: headings, quotes, list markers, setext underlines, fences.
_LINE_START = re.compile(r"^(?:([#>+=~|-])|(\d+)([.)]))")


def escape_inline(text: str, line_start: bool = False) -> str:
    """Escape Markdown syntax in a piece of a line; `line_start` also what matters at a line's start."""
    escaped = _ENTITY.sub(r"\\&", _INLINE.sub(r"\\\1", text))
    return _LINE_START.sub(_line_start, escaped, count=1) if line_start else escaped


def _line_start(match: re.Match) -> str:
    if match.group(1):
        return "\\" + match.group(1)
    return match.group(2) + "\\" + match.group(3)


def escape_line(line: str) -> str:
    """One line of a paragraph as Markdown that reads back as the line (without outer blanks)."""
    return escape_inline(line.strip(), line_start=True)


def escape_markdown(text: str) -> str:
    """Text as one Markdown paragraph: its line breaks become hard breaks, nothing becomes syntax."""
    lines = [line.strip() for line in xml_safe(text).split("\n")]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return "\\\n".join(escape_line(line) for line in lines)
