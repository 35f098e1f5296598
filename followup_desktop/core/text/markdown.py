"""The Markdown a letter body is stored in (CommonMark): read into blocks, and written from a user's words.

Reading: the Word and print renderers both consume `parse_body()`, so that the .docx and the
printed letter say the same words. Line breaks inside a paragraph: a *soft* break (a plain
newline in the Markdown) becomes a space, as CommonMark renders it; Qt's `toMarkdown()` wraps
long lines with soft breaks, so keeping them would put line breaks in random places. A *hard*
break (two trailing spaces or a backslash before the newline, Qt's Shift+Enter) becomes a line
break, stored as "\\n" inside a run's text.

Writing: names, companies, quotes and notes may hold `*`, `_`, `[x](y)`, `<Name>`, `&amp;`, a
leading `#`, `-` or `1.`: unescaped, the Word export would format them and Qt would drop text
after a "tag". `escape_markdown` backslash-escapes what CommonMark would read as syntax (any
ASCII punctuation may be escaped), so `parse_body(escape_markdown(t))` gives t's words back.
Blanks at the start and end of a line cannot be kept in Markdown, nor characters no export can
hold (core.text.safe.xml_safe); they are dropped.
"""

from __future__ import annotations

import gc
import logging
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Literal, NamedTuple

from followup_desktop.core.text.markdown_lines import emphasis_runs, read_region, regions
from followup_desktop.core.text.safe import xml_safe

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

log = logging.getLogger(__name__)

BlockKind = Literal["paragraph", "bullet", "numbered", "heading"]


class Run(NamedTuple):
    """A stretch of text with one formatting; "\\n" in `text` is a line break.

    A named tuple, not a dataclass: a long letter holds a hundred thousand of them.
    """

    text: str
    bold: bool = False
    italic: bool = False
    href: str | None = None


@dataclass(frozen=True)
class Block:
    """One paragraph-level piece of the body.

    `level` is the list nesting depth (0 = outermost; a paragraph continuing a list item
    has the item's level + 1). `list_id` numbers every list in the body from 1, so a
    renderer restarts numbering whenever it changes; `number` is the item's own number.
    A heading is a paragraph whose runs are all bold; `heading` is its level (1-6, else 0).
    """

    kind: BlockKind
    runs: tuple[Run, ...]
    level: int = 0
    list_id: int = 0
    number: int = 0
    heading: int = 0

    @property
    def text(self) -> str:
        """The block's words without formatting."""
        return "".join(run.text for run in self.runs)


@dataclass
class _ListState:
    ordered: bool
    list_id: int
    next_number: int


@dataclass
class _ItemState:
    number: int
    emitted: bool = False


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    """Build the CommonMark parser once: raw HTML stays text, no autolinking."""
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})


_TEXT_TOKENS = frozenset(("text", "code_inline", "html_inline", "image"))  # an image: its alt text
_BREAK_TOKENS = {"softbreak": " ", "hardbreak": "\n"}


def _inline_runs(children: Sequence[Token] | None, bold: bool = False) -> tuple[Run, ...]:
    """Turn markdown-it inline tokens into merged runs.

    One pass; a run's pieces are joined once at the end (text + text would make a paragraph of
    many lines quadratic). This loop runs once per token of a letter: it stays plain.
    """
    bolds, italics = int(bold), 0
    hrefs: list[str | None] = []
    key: tuple[bool, bool, str | None] = (bolds > 0, False, None)
    runs: list[tuple[tuple[bool, bool, str | None], list[str]]] = []
    for tok in children or ():
        kind = tok.type
        if kind in _TEXT_TOKENS or kind in _BREAK_TOKENS:
            text = _BREAK_TOKENS.get(kind) or tok.content
            if text:
                if runs and runs[-1][0] == key:
                    runs[-1][1].append(text)
                else:
                    runs.append((key, [text]))
            continue
        if kind == "strong_open":
            bolds += 1
        elif kind == "strong_close":
            bolds -= 1
        elif kind == "em_open":
            italics += 1
        elif kind == "em_close":
            italics -= 1
        elif kind == "link_open":
            href = tok.attrGet("href")
            hrefs.append(str(href) if href else None)
        elif kind == "link_close":
            hrefs.pop()
        else:
            log.debug("ignoring inline token %s", kind)
            continue
        key = (bolds > 0, italics > 0, hrefs[-1] if hrefs else None)
    return tuple(Run("".join(pieces), *style) for style, pieces in runs)


@contextmanager
def no_collection() -> Iterator[None]:
    """Python's cycle collector paused while a long letter is parsed or laid out.

    A 1 MB body is some 400,000 tokens, then as many runs and blocks; the collector would walk
    all of them again and again while more are made (half a parse's time). They hold no cycles:
    reference counting frees them, and the collector runs again after the block.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def parse_body(markdown: str) -> list[Block]:
    """Parse a CommonMark letter body into paragraphs, list items and bold headings."""
    with no_collection():
        return _parse_body(markdown)


def _parse_body(markdown: str) -> list[Block]:
    text = xml_safe(markdown or "")
    reader, parse = _BlockReader(), _parser().parse
    for lines in regions(text):
        if lines is None:
            reader.tokens(parse(text))
        else:
            read_region(lines, reader, parse)
    return reader.blocks


def parse_body_tokens(markdown: str) -> list[Block]:
    """parse_body through markdown-it alone, line by line (the reference the plain-line reader is tested on)."""
    reader = _BlockReader()
    with no_collection():
        reader.tokens(_parser().parse(xml_safe(markdown or "")))
    return reader.blocks


# Any of these makes markdown-it's inline parser produce more than one text token.
_INLINE_SYNTAX = re.compile(r"[\n\\`*_<!\[\]&]")


_NOT_EMPHASIS = re.compile(r"[\n\\`<!\[\]&]")  # the syntax emphasis_runs leaves to markdown-it


def _merged(pieces: list[tuple[str, bool, bool]]) -> tuple[Run, ...]:
    """Runs of the pieces, neighbours with the same formatting joined, as markdown-it's are."""
    runs: list[Run] = []
    for text, bold, italic in pieces:
        if runs and runs[-1].bold == bold and runs[-1].italic == italic:
            runs[-1] = Run(runs[-1].text + text, bold, italic)
        elif text:
            runs.append(Run(text, bold, italic))
    return tuple(runs)


class _BlockReader:
    """Turns markdown-it's tokens, or the events of the plain-line reader, into blocks."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.lists: list[_ListState] = []
        self.items: list[_ItemState] = []
        self.list_count = 0
        self.in_heading = 0

    def open_list(self, ordered: bool, start: int) -> None:
        self.list_count += 1
        self.lists.append(_ListState(ordered, self.list_count, (start or 1) if ordered else 1))

    def close_list(self) -> None:
        self.lists.pop()

    def open_item(self) -> None:
        self.items.append(_ItemState(self.lists[-1].next_number))
        self.lists[-1].next_number += 1

    def close_item(self) -> None:
        self.items.pop()

    def paragraph(self, content: str) -> None:
        """A paragraph's inline text (trimmed as markdown-it trims it)."""
        syntax = _INLINE_SYNTAX.search(content)
        if syntax is None:  # one text token: markdown-it's inline parser is not needed
            self.emit((Run(content),) if content else ())
            return
        if _NOT_EMPHASIS.search(content, syntax.start()) is None:
            pieces = emphasis_runs(content)
            if pieces is not None:
                self.emit(_merged(pieces))
                return
        (inline,) = _parser().parseInline(content)  # the inline rules, then joining text as parse() does
        self.emit(_inline_runs(inline.children))

    def emit(self, runs: tuple[Run, ...]) -> None:
        if not "".join(r.text for r in runs).strip():
            return
        items, lists = self.items, self.lists
        if items and not items[-1].emitted:
            items[-1].emitted = True
            current = lists[-1]
            kind: BlockKind = "numbered" if current.ordered else "bullet"
            self.blocks.append(Block(kind, runs, len(lists) - 1, current.list_id, items[-1].number))
        elif self.in_heading:
            self.blocks.append(Block("heading", runs, len(lists), heading=self.in_heading))
        else:
            self.blocks.append(Block("paragraph", runs, len(lists)))

    def tokens(self, tokens: Sequence[Token]) -> None:
        """The blocks of markdown-it's token stream."""
        for tok in tokens:
            kind = tok.type
            if kind in ("bullet_list_open", "ordered_list_open"):
                self.open_list(kind == "ordered_list_open", int(tok.attrGet("start") or 1))
            elif kind in ("bullet_list_close", "ordered_list_close"):
                self.close_list()
            elif kind == "list_item_open":
                self.open_item()
            elif kind == "list_item_close":
                self.close_item()
            elif kind == "heading_open":
                self.in_heading = int(tok.tag[1:]) if tok.tag[1:].isdigit() else 1
            elif kind == "heading_close":
                self.in_heading = 0
            elif kind == "inline":
                self.emit(_inline_runs(tok.children, bold=bool(self.in_heading)))
            elif kind in ("code_block", "fence", "html_block"):
                self.emit((Run(tok.content.rstrip("\n")),))


def body_plain_text(markdown: str) -> str:
    """The body as plain text for the clipboard or an email: bullets and numbers written out."""
    lines: list[str] = []
    previous_list = 0
    for block in parse_body(markdown or ""):
        text = "".join(r.text + (f" ({r.href})" if r.href and r.href not in r.text else "") for r in block.runs)
        if block.kind == "bullet":
            line = "  " * block.level + "• " + text
        elif block.kind == "numbered":
            line = "  " * block.level + f"{block.number}. " + text
        else:
            line = "  " * block.level + text
        in_list = block.list_id if block.kind in ("bullet", "numbered") else 0
        if lines and not (in_list and in_list == previous_list):
            lines.append("")
        lines.append(line)
        previous_list = in_list
    return "\n".join(lines)


# --------------------------------------------------------------------- writing a user's words
# Anywhere in a line: escapes, code, emphasis, links and images, autolinks and HTML, entities.
_INLINE = re.compile(r"([\\`*_\[\]<])")
_ENTITY = re.compile(r"&(?=#|[A-Za-z0-9]+;)")
# At the start of a line: headings, quotes, list markers, setext underlines, fences.
_LINE_START = re.compile(r"^(?:([#>+=~|-])|(\d+)([.)]))")


def escape_inline(text: str, line_start: bool = False) -> str:
    """Escape Markdown syntax in a piece of a line; `line_start` also what matters at a line's start."""
    escaped = _ENTITY.sub(r"\\&", _INLINE.sub(r"\\\1", text))
    return _LINE_START.sub(_line_start, escaped, count=1) if line_start else escaped


def _line_start(match: re.Match[str]) -> str:
    if match.group(1):
        return "\\" + match.group(1)
    return f"{match.group(2)}\\{match.group(3)}"


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
