"""The letter layout and its Markdown body model, shared by the Word and print renderers.

Both renderers consume `parse_body()` so that the .docx and the printed letter say the
same words; `layout_plain_text()` gives those words in reading order for tests and checks.

Line breaks inside a paragraph: a *soft* break (a plain newline in the Markdown) becomes a
space, as CommonMark renders it; Qt's `toMarkdown()` wraps long lines with soft breaks, so
keeping them would put line breaks in random places. A *hard* break (two trailing spaces
or a backslash before the newline, Qt's Shift+Enter) becomes a line break, stored as "\\n"
inside a run's text.
"""

from __future__ import annotations

import datetime as _dt
import gc
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal, NamedTuple

from followup_desktop.core.text import xml_safe

log = logging.getLogger(__name__)

BlockKind = Literal["paragraph", "bullet", "numbered", "heading"]


@dataclass(frozen=True)
class LetterLayout:
    """Everything a renderer needs to lay out one letter; all choices already made."""

    sender_name: str
    sender_lines: tuple[str, ...]  # address lines, email, phone (already chosen)
    date_text: str  # already formatted in the user's format
    recipient_lines: tuple[str, ...]  # name, title, company, address when known
    subject: str  # "" = no subject line
    salutation: str  # e.g. "Dear Ms Lee,"
    body_markdown: str  # CommonMark
    closing: str  # e.g. "Kind regards,"
    signature_name: str  # typed name under the signature space
    page_size: str = "A4"  # "A4" or "Letter"
    font_family: str = "Calibri"
    font_size_pt: float = 11.0
    # Installed with LibreOffice on Linux and free everywhere; Word falls back sensibly.
    east_asian_font: str = "Noto Sans CJK SC"
    title: str = ""  # document title property
    author: str = ""  # document author property


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
def _parser():
    """Build the CommonMark parser once: raw HTML stays text, no autolinking."""
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})


_TEXT_TOKENS = frozenset(("text", "code_inline", "html_inline", "image"))  # an image: its alt text
_BREAK_TOKENS = {"softbreak": " ", "hardbreak": "\n"}


def _inline_runs(children, bold: bool = False) -> tuple[Run, ...]:
    """Turn markdown-it inline tokens into merged runs.

    One pass; a run's pieces are joined once at the end (text + text would make a paragraph of
    many lines quadratic). This loop runs once per token of a letter: it stays plain.
    """
    bolds, italics, hrefs = int(bold), 0, []
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
            hrefs.append(tok.attrGet("href") or None)
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
    tokens = _parser().parse(xml_safe(markdown or ""))
    blocks: list[Block] = []
    lists: list[_ListState] = []
    items: list[_ItemState] = []
    list_count = 0
    in_heading = 0

    def emit(runs: tuple[Run, ...]) -> None:
        if not "".join(r.text for r in runs).strip():
            return
        if items and not items[-1].emitted:
            items[-1].emitted = True
            current = lists[-1]
            kind: BlockKind = "numbered" if current.ordered else "bullet"
            blocks.append(Block(kind, runs, len(lists) - 1, current.list_id, items[-1].number))
        elif in_heading:
            blocks.append(Block("heading", runs, len(lists), heading=in_heading))
        else:
            blocks.append(Block("paragraph", runs, len(lists)))

    for tok in tokens:
        kind = tok.type
        if kind in ("bullet_list_open", "ordered_list_open"):
            list_count += 1
            ordered = kind == "ordered_list_open"
            start = int(tok.attrGet("start") or 1) if ordered else 1
            lists.append(_ListState(ordered, list_count, start))
        elif kind in ("bullet_list_close", "ordered_list_close"):
            lists.pop()
        elif kind == "list_item_open":
            items.append(_ItemState(lists[-1].next_number))
            lists[-1].next_number += 1
        elif kind == "list_item_close":
            items.pop()
        elif kind == "heading_open":
            in_heading = int(tok.tag[1:]) if tok.tag[1:].isdigit() else 1
        elif kind == "heading_close":
            in_heading = 0
        elif kind == "inline":
            emit(_inline_runs(tok.children, bold=bool(in_heading)))
        elif kind in ("code_block", "fence", "html_block"):
            emit((Run(tok.content.rstrip("\n")),))
    return blocks


def field_text(text: str) -> str:
    """Sanitise one layout field the way every renderer shows it."""
    return xml_safe(text or "").strip()


def _lines(*texts: str) -> list[str]:
    return [t for t in map(field_text, texts) if t]


def layout_plain_text(layout: LetterLayout) -> str:
    """Return the words of the whole letter in reading order, one block per line."""
    before = _lines(layout.sender_name, *layout.sender_lines, layout.date_text,
                    *layout.recipient_lines, layout.subject, layout.salutation)
    body = [block.text for block in parse_body(layout.body_markdown)]
    after = _lines(layout.closing, layout.signature_name)
    return "\n".join([*before, *body, *after])


# --------------------------------------------------------------------- building a layout
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")
_SALUTATION_START = ("dear ", "hello ", "hi ", "good morning", "good afternoon", "to whom")


def format_date(day: _dt.date, fmt: str) -> str:
    """A date in one of the formats of letter_models.DATE_FORMATS (locale-independent)."""
    month = _MONTHS[day.month - 1]
    return {
        "month day, year": f"{month} {day.day}, {day.year}",
        "iso": day.isoformat(),
        "dd/mm/yyyy": f"{day.day:02d}/{day.month:02d}/{day.year}",
        "mm/dd/yyyy": f"{day.month:02d}/{day.day:02d}/{day.year}",
    }.get(fmt, f"{day.day} {month} {day.year}")


def _split_frame(body_markdown: str) -> tuple[str, str, str, str]:
    """(salutation, body, closing, signature) of a composer body that holds the whole letter.

    The composer keeps salutation and sign-off editable in the body; the layout wants them
    apart. Only a short first paragraph starting like a greeting, and a short closing line
    ending in a comma followed by a short name line, are taken out.
    """
    parts = [p for p in body_markdown.replace("\r\n", "\n").split("\n\n")]
    parts = [p for p in parts if p.strip()]
    salutation = closing = signature = ""
    if parts and len(parts[0]) < 120 and "\n" not in parts[0].strip() \
            and parts[0].strip().casefold().startswith(_SALUTATION_START):
        salutation = _plain(parts.pop(0))
    if len(parts) >= 2:
        close, name = parts[-2].strip(), parts[-1].strip()
        if "\n" not in close and "\n" not in name and close.endswith(",") and len(close.split()) <= 5 \
                and 0 < len(name.split()) <= 6 and not name.startswith(("-", "*", "#")):
            closing, signature = _plain(close), _plain(name)
            parts = parts[:-2]
    return salutation, "\n\n".join(parts).strip() + "\n", closing, signature


def _plain(markdown_line: str) -> str:
    return " ".join(block.text for block in parse_body(markdown_line)).strip()


def build_layout(letter, profile, recipient, application, settings, today: _dt.date | None = None) -> LetterLayout:
    """The LetterLayout of a stored letter: sender from the profile, choices from the settings."""
    salutation, body, closing, signature = _split_frame(letter.body or "")
    sender_lines = tuple(line for line in (*profile.address_lines, profile.email, profile.phone) if line.strip())
    recipient_lines = tuple(x for x in (
        recipient.name if recipient else "", recipient.title if recipient else "",
        application.company if application else "") if x and x.strip())
    day = today or _dt.date.today()
    return LetterLayout(
        sender_name=profile.name, sender_lines=sender_lines,
        date_text=format_date(day, settings.date_format),
        recipient_lines=recipient_lines, subject=letter.subject, salutation=salutation,
        body_markdown=body, closing=closing, signature_name=signature,
        page_size=settings.paper_size if settings.paper_size in ("A4", "Letter") else "A4",
        font_family=settings.font_family or "Calibri", font_size_pt=float(settings.font_size or 11),
        title=letter.subject, author=profile.name,
    )


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
