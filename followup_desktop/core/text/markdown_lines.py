"""The block structure of plain lines read directly; markdown-it-py reads only what needs it.

markdown-it-py tries every block rule on every line, in Python: some 25 µs a line, 2.6 s for a
1 MB letter of 80,000 one-word list items (a third of its PDF export). Most lines of a letter
can only be what they look like: a paragraph's line, a blank line, or "- item", "1. item" at
the left margin with plain text after the marker. Those are read here, with CommonMark's rules
for them (lazy continuation lines, only "1." may interrupt a paragraph, a change of marker
starts a new list).

Any other line goes to markdown-it with what it may belong to: from the start of the item or
paragraph it is in, up to the next plain item of the same list (or, if that list ends on the
way, to the end of the region). Regions start where CommonMark starts afresh: at the left
margin after a blank line, on a line that is not a list item. A fence (which may hold blank
lines) or a link reference definition (which counts for the whole body) sends the whole body
to markdown-it. tests/core/test_markdown_lines.py compares both readers on generated bodies.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from markdown_it.token import Token


_BLANK = re.compile(r"[ \t]*\Z")
# A list marker at the left margin, then one space and the item's text: "- x", "12. x", "3) x".
_ITEM = re.compile(r"(?:([-*+])|([0-9]{1,9})([.)])) (?=[^ \t])")
# What a plain line (or an item's text) may not start with: indentation, a heading, a quote, a
# fence, a setext underline, a thematic break, a list marker, a reference definition or link,
# HTML, a table. Emphasis may start it ("**Thank you** for...").
_BLOCKY = re.compile(r"[ \t#>`~=|<\[+-]|[*_](?=[ \t]|\Z)|([*_])(?:[ \t]*\1){2,}[ \t]*\Z|[0-9]{1,9}[.)](?:[ \t]|\Z)")
# A list marker that may go on with a list across a blank line.
_MARKER = re.compile(r"(?:[-*+]|[0-9]{1,9}[.)])(?:[ \t]|\Z)")
_WHOLE_BODY = ("```", "~~~", "]:")

Parse = Callable[[str], Sequence["Token"]]


class Reader(Protocol):
    """What the lines make, in reading order: the events of markdown-it's tokens that matter."""

    def open_list(self, ordered: bool, start: int) -> None: ...

    def close_list(self) -> None: ...

    def open_item(self) -> None: ...

    def close_item(self) -> None: ...

    def paragraph(self, content: str) -> None: ...

    def tokens(self, tokens: Sequence[Token]) -> None: ...


def regions(text: str) -> Iterator[list[str] | None]:
    """The body's lines, cut where CommonMark starts afresh; None: read the whole body with markdown-it."""
    if any(mark in text for mark in _WHOLE_BODY):
        yield None
        return
    lines = text.split("\n")
    start, after_blank = 0, False
    for i, line in enumerate(lines):
        if _BLANK.match(line):
            after_blank = True
            continue
        if after_blank and line[0] not in " \t" and not _MARKER.match(line):
            yield lines[start:i]
            start = i
        after_blank = False
    yield lines[start:]


def read_region(lines: list[str], reader: Reader, parse: Parse) -> None:
    """Read one region (see `regions`) from a fresh start; `parse` is markdown-it's block parser."""
    _Lines(lines, reader, parse).read()


@lru_cache(maxsize=1)
def _trimmer() -> Callable[[str], str]:
    """How markdown-it trims a paragraph: its own set of blanks (4.x), else str.strip (3.x)."""
    from markdown_it.common import utils  # markdown-it is loaded on first use, not at start-up

    trim: Callable[[str], str] = getattr(utils, "mdTrim", str.strip)
    return trim


class _Lines:
    """The reader of one region. An item or paragraph is passed on once it is whole, so that an odd
    line can still send it to markdown-it with the rest of what the odd line belongs to."""

    def __init__(self, lines: list[str], reader: Reader, parse: Parse) -> None:
        self.lines, self.reader, self.parse = lines, reader, parse
        self.trim = _trimmer()
        self.marker = ""  # the open list's marker ("-", "*", "+", "." or ")"); "" when none
        self.opened = False  # whether the open list's opening was passed on (its first item is whole)
        self.ordered, self.start = False, 1
        self.unit = -1  # the line where the open item or paragraph began; -1 when none
        self.para: list[str] = []
        self.in_item = False
        self.para_open = False  # whether a next line may go on with the paragraph

    def read(self) -> None:
        lines, i = self.lines, 0
        while i < len(lines):
            line = lines[i]
            if _BLANK.match(line):
                self.para_open = False
                if not self.in_item:  # a list item may go on after a blank line; a paragraph not
                    self.finish()
                i += 1
                continue
            item = _ITEM.match(line)
            if item is None and not _BLOCKY.match(line):
                self.text_line(i, line)
            elif item is not None and not _BLOCKY.match(line, item.end()):
                self.item_line(i, line, item)
            else:
                i = self.odd_line(i)
                continue
            i += 1
        self.finish()
        self.end_list()

    def text_line(self, i: int, line: str) -> None:
        if self.para_open:  # a lazy continuation line
            self.para.append(line)
            return
        self.finish()
        self.end_list()  # at the left margin after a blank line: a list has ended
        self.unit, self.para, self.in_item, self.para_open = i, [line], False, True

    def item_line(self, i: int, line: str, item: re.Match[str]) -> None:
        bullet, number, delimiter = item.groups()
        if self.para_open and not self.in_item and number is not None and int(number) != 1:
            self.para.append(line)  # only "1." may interrupt a paragraph: this line goes on with it
            return
        self.finish()
        if self.marker != (bullet or delimiter):
            self.end_list()
            self.marker, self.opened = bullet or delimiter, False
            self.ordered, self.start = number is not None, int(number) if number is not None else 1
        self.unit, self.para, self.in_item, self.para_open = i, [line[item.end() :]], True, True

    def odd_line(self, i: int) -> int:
        """Give markdown-it the odd line with what it belongs to; returns the line to go on from."""
        start = self.unit if self.unit >= 0 else i
        resume = self.opened and self.unit >= 0 and self.in_item  # a later item of a list already passed on
        if self.marker and self.unit >= 0 and self.in_item:
            end = self.next_item(i + 1)
            if end is not None:  # markdown-it reads up to that item, and says whether the list goes on there
                tokens = self.parse("\n".join(self.lines[start : end + 1]))
                last = _item_at(tokens, end - start)
                if last is not None:  # it does: read on from there
                    self.reader.tokens(tokens[1 if resume else 0 : last])
                    self.opened, self.unit, self.para, self.para_open, self.in_item = True, -1, [], False, False
                    return end
        if self.unit < 0:
            self.end_list()
        tokens = self.parse("\n".join(self.lines[start:]))
        self.reader.tokens(tokens[1:] if resume else tokens)
        self.marker, self.opened, self.unit = "", False, -1
        return len(self.lines)

    def next_item(self, i: int) -> int | None:
        """The first plain item line of the open list from line i on."""
        for k in range(i, len(self.lines)):
            item = _ITEM.match(self.lines[k])
            if item is not None and (item.group(1) or item.group(3)) == self.marker:
                if not _BLOCKY.match(self.lines[k], item.end()):
                    return k
        return None

    def finish(self) -> None:
        """Pass on the open item or paragraph: it is whole."""
        if self.unit < 0:
            return
        reader = self.reader
        content = self.trim("\n".join(self.para))
        if self.in_item:
            if not self.opened:
                reader.open_list(self.ordered, self.start)
                self.opened = True
            reader.open_item()
            reader.paragraph(content)
            reader.close_item()
        else:
            reader.paragraph(content)
        self.unit, self.para, self.in_item, self.para_open = -1, [], False, False

    def end_list(self) -> None:
        if self.marker and self.opened:
            self.reader.close_list()
        self.marker, self.opened = "", False


def _item_at(tokens: Sequence[Token], line: int) -> int | None:
    """Where the item that starts at `line` opens, if the tokens are one list whose last item it is."""
    if not tokens or not tokens[0].type.endswith("_list_open"):
        return None
    ends = [index for index in range(1, len(tokens)) if tokens[index].level == 0]
    if ends != [len(tokens) - 1]:  # something after the list: it ended before `line`
        return None
    for index in range(len(tokens) - 1, 0, -1):
        token = tokens[index]
        if token.type == "list_item_open" and token.level == 1:
            return index if token.map is not None and token.map[0] == line else None
    return None


# --------------------------------------------------------------------- plain emphasis
_DELIMITERS = re.compile(r"\*+|_+")
_PUNCTUATION = frozenset(".,;:?()'\"-/")


def _side(char: str) -> str:
    """What stands beside a run of * or _: "space" (or the text's end), "word", "punct", or "" (other)."""
    if char == " ":
        return "space"
    if char.isascii() and char.isalnum():
        return "word"
    return "punct" if char in _PUNCTUATION else ""


def emphasis_runs(text: str) -> list[tuple[str, bool, bool]] | None:
    """(words, bold, italic) pieces of a paragraph whose only syntax is plain emphasis, or None.

    markdown-it's inline parser spent 1.7 s on a 1 MB paragraph of "**bold** and *it*". Read
    here: runs of one or two * or _ that open right before a word (after a space, the start or
    punctuation) and close right after one, each closing run matching the last open one; an
    opening run left without its closing one stays text, as CommonMark has it. Anything else (a
    run inside a word, three stars, a closing run that is not the last open one's) gives None:
    markdown-it reads it.
    """
    runs: list[tuple[int, int, bool]] = []  # start, end, whether it opens
    stack: list[int] = []  # the open runs, as indexes into runs
    paired: set[int] = set()
    for match in _DELIMITERS.finditer(text):
        at, end = match.span()
        if end - at > 2:
            return None
        before = _side(text[at - 1]) if at else "space"
        after = _side(text[end]) if end < len(text) else "space"
        if after == "word" and before in ("space", "punct"):
            stack.append(len(runs))
            runs.append((at, end, True))
            continue
        if before != "word" or after not in ("space", "punct"):
            return None
        if not stack or text[runs[stack[-1]][0] : runs[stack[-1]][1]] != match.group(0):
            return None
        paired.update((stack.pop(), len(runs)))
        runs.append((at, end, False))
    pieces: list[tuple[str, bool, bool]] = []
    bold = italic = start = 0
    for index, (at, end, opening) in enumerate(runs):
        if index not in paired:
            continue  # an opening run never closed: its characters stay in the text
        if at > start:
            pieces.append((text[start:at], bold > 0, italic > 0))
        start = end
        step = 1 if opening else -1
        if end - at == 2:
            bold += step
        else:
            italic += step
    if start < len(text):
        pieces.append((text[start:], False, False))
    return pieces
