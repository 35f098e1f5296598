"""The composer's document read from and written to a stored Markdown body.

Qt's own Markdown reader treats `<Name>`, `<b>` or `&amp;` as HTML and drops the text after
it, and its writer leaves `*Acme*`, `&#65;` or a leading `>` unescaped. So the composer reads
a body with `parse_body()` (markdown-it, raw HTML off: exactly what the .docx and the PDF
show) and writes its document with `core.markdown_text`'s escaping. Words always read back
as typed; a paragraph whose bold, italic or links would not read back as shown is written
with less formatting, never with other words.
"""

from __future__ import annotations

import itertools
import logging
import re
from dataclasses import dataclass

from PySide6.QtGui import (
    QBrush,
    QFont,
    QFontMetricsF,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextListFormat,
)

from followup_desktop.core.text.markdown import Block, Run, escape_inline, escape_line, parse_body
from followup_desktop.core.text.safe import xml_safe

log = logging.getLogger(__name__)

LINE_BREAK = "\u2028"  # Qt's line break inside a paragraph (Shift+Enter)
PARAGRAPH_GAP = 0.6  # space after a paragraph, in lines, as a letter shows it
_BOLD = 600
_MAX_NUMBER = 999_999_999  # CommonMark reads at most nine digits as a list number


# --------------------------------------------------------------------- reading
def fill_document(doc: QTextDocument, markdown: str, link: QBrush | None = None) -> None:
    """Replace the document's content with a Markdown body: paragraphs, lists, headings, bold,
    italic and links, every other character as text."""
    doc.clear()
    cursor = QTextCursor(doc)
    cursor.beginEditBlock()
    lists: dict[int, object] = {}
    gap = QFontMetricsF(doc.defaultFont()).lineSpacing() * PARAGRAPH_GAP
    blocks = parse_body(markdown or "")
    for i, block in enumerate(blocks):
        fmt = QTextBlockFormat()
        if block.kind == "heading":
            fmt.setHeadingLevel(min(max(block.heading, 1), 6))
        elif block.kind == "paragraph" and block.level:
            fmt.setIndent(block.level)
        following = blocks[i + 1] if i + 1 < len(blocks) else None
        in_list = bool(block.list_id and following is not None and following.list_id)
        fmt.setBottomMargin(0 if in_list else gap)  # paragraphs apart, a list's items together
        if i:
            cursor.insertBlock(fmt, QTextCharFormat())
        else:
            cursor.setBlockFormat(fmt)
        if block.kind in ("bullet", "numbered"):
            _add_to_list(cursor, block, lists)
        for run in block.runs:
            cursor.insertText(run.text.replace("\n", LINE_BREAK), _char_format(run, block.heading, link))
    cursor.endEditBlock()


def _add_to_list(cursor: QTextCursor, block: Block, lists: dict) -> None:
    existing = lists.get(block.list_id)
    if existing is not None:
        existing.add(cursor.block())
        return
    fmt = QTextListFormat()
    fmt.setStyle(QTextListFormat.Style.ListDisc if block.kind == "bullet" else QTextListFormat.Style.ListDecimal)
    fmt.setIndent(block.level + 1)
    if block.kind == "numbered":
        fmt.setStart(block.number)
    lists[block.list_id] = cursor.createList(fmt)


def _char_format(run: Run, heading: int, link: QBrush | None) -> QTextCharFormat:
    fmt = QTextCharFormat()
    if run.bold or heading:
        fmt.setFontWeight(QFont.Weight.Bold)
    if heading:
        fmt.setProperty(QTextFormat.Property.FontSizeAdjustment, max(-1, 3 - heading))
    if run.italic:
        fmt.setFontItalic(True)
    if run.href:
        fmt.setAnchor(True)
        fmt.setAnchorHref(run.href)
        fmt.setFontUnderline(True)
        if link is not None:
            fmt.setForeground(link)
    return fmt


# --------------------------------------------------------------------- writing
@dataclass(frozen=True)
class _Piece:
    text: str
    bold: bool
    italic: bool
    href: str | None


def _pieces(block: QTextBlock) -> list[_Piece]:
    pieces = []
    it = block.begin()
    while not it.atEnd():
        fragment = it.fragment()
        if fragment.isValid():
            fmt = fragment.charFormat()
            href = fmt.anchorHref() if fmt.isAnchor() and fmt.anchorHref().strip() else None
            pieces.append(
                _Piece(fragment.text().replace("\ufffc", ""), fmt.fontWeight() >= _BOLD, fmt.fontItalic(), href)
            )
        it += 1
    return pieces


def _lines(pieces: list[_Piece]) -> list[list[_Piece]]:
    """The pieces of each line of a paragraph, without blanks at either end of a line."""
    lines: list[list[_Piece]] = [[]]
    for piece in pieces:
        for i, part in enumerate(xml_safe(piece.text).split("\n")):
            if i:
                lines.append([])
            if part:
                lines[-1].append(_Piece(part, piece.bold, piece.italic, piece.href))
    stripped = []
    for line in lines:
        while line and not line[0].text.lstrip():
            line = line[1:]
        while line and not line[-1].text.rstrip():
            line = line[:-1]
        if line:
            line = [_Piece(line[0].text.lstrip(), *_attrs(line[0])), *line[1:]]
            line = [*line[:-1], _Piece(line[-1].text.rstrip(), *_attrs(line[-1]))]
        stripped.append(line)
    while stripped and not stripped[-1]:
        stripped.pop()
    while stripped and not stripped[0]:
        stripped.pop(0)
    return stripped


def _attrs(piece: _Piece) -> tuple:
    return piece.bold, piece.italic, piece.href


_MARKERS = {"bold": "**", "italic": "*"}
_PLAIN_DESTINATION = re.compile(r"[\s()<>\\\x00-\x1f\x7f]")  # a link target with these goes in <...>
# (bold and italic, links, "_" for a marker glued to a closing one) in the order tried
_VARIANTS = ((True, True, False), (True, True, True), (False, True, False), (True, False, False), (True, False, True))


def _emphasis(pieces: list[_Piece], alternate: bool) -> str:
    """Pieces of a line (or of a link's text) with bold as ** and italic as *, properly nested."""
    out: list[str] = []
    stack: list[tuple[str, str]] = []  # open (kind, marker), outermost first
    pending = ""  # blanks after the last word: closing markers go before them
    for piece in pieces:
        core = piece.text.strip()
        if not core:
            pending += piece.text
            continue
        lead, trail = piece.text[: len(piece.text) - len(piece.text.lstrip())], piece.text[len(piece.text.rstrip()) :]
        want = [kind for kind, on in (("bold", piece.bold), ("italic", piece.italic)) if on]
        keep = 0
        while keep < len(stack) and stack[keep][0] in want:
            keep += 1
        closing, stack = stack[keep:], stack[:keep]
        out.extend(marker for _, marker in reversed(closing))
        out.append(pending + lead)
        glued = bool(closing) and not pending + lead
        for kind in want:
            if all(k != kind for k, _ in stack):
                marker = _MARKERS[kind].replace("*", "_") if alternate and glued else _MARKERS[kind]
                out.append(marker)
                stack.append((kind, marker))
        out.append(escape_inline(core, line_start=not "".join(out)))
        pending = trail
    out.extend(marker for _, marker in reversed(stack))
    return "".join(out) + pending


def _href(href: str) -> str:
    return xml_safe(href).replace("\n", "").strip()  # a destination holds no line break


def _destination(href: str) -> str:
    clean = _href(href)
    if clean and not _PLAIN_DESTINATION.search(clean):
        return clean
    return "<" + clean.replace("\\", "\\\\").replace("<", "\\<").replace(">", "\\>") + ">"


def _line_markdown(line: list[_Piece], emphasis: bool, links: bool, alternate: bool) -> str:
    if not emphasis:
        line = [_Piece(p.text, False, False, p.href) for p in line]
    out = []
    for href, group in itertools.groupby(line, key=lambda p: p.href if links else None):
        text = _emphasis(list(group), alternate)
        if href and out and out[-1].endswith("!"):
            out[-1] = out[-1][:-1] + "\\!"  # "![" would make the link a picture
        out.append(f"[{text}]({_destination(href)})" if href else text)
    return "".join(out)


def _expected(line: list[_Piece], emphasis: bool, links: bool) -> list[tuple]:
    """(character, bold, italic, href) of a line as it must read back."""
    from followup_desktop.core.text.markdown import _parser

    normalise = _parser().normalizeLink
    return [
        (
            ch,
            emphasis and piece.bold,
            emphasis and piece.italic,
            normalise(_href(piece.href)) if links and piece.href else None,
        )
        for piece in line
        for ch in piece.text
    ]


def _read_back(markdown: str) -> list[tuple] | None:
    blocks = parse_body(markdown)
    if len(blocks) != 1 or blocks[0].kind != "paragraph":
        return None
    return [(ch, r.bold, r.italic, r.href) for r in blocks[0].runs for ch in r.text]


def _same(got: list[tuple] | None, want: list[tuple]) -> bool:
    if got is None or len(got) != len(want):
        return False
    return all(g[0] == w[0] and (g[0].isspace() or g == w) for g, w in zip(got, want))


def _line(line: list[_Piece]) -> tuple[str, list[tuple]]:
    """A line's Markdown, formatted if it reads back as shown (else with less formatting), and
    what it reads back as."""
    if any(p.bold or p.italic or p.href for p in line):
        for emphasis, links, alternate in _VARIANTS:
            markdown = _line_markdown(line, emphasis, links, alternate)
            want = _expected(line, emphasis, links)
            if _same(_read_back(markdown), want):
                return markdown, want
    return escape_line("".join(p.text for p in line)), _expected(line, False, False)


def _paragraph(pieces: list[_Piece], indent: str = "") -> str:
    """A paragraph's Markdown; continuation lines (after a hard break) indented by `indent`."""
    lines = _lines(pieces)
    if not any(p.bold or p.italic or p.href for line in lines for p in line):
        return f"\\\n{indent}".join(escape_line("".join(p.text for p in line)) for line in lines)
    done = [_line(line) for line in lines]
    markdown = "\\\n".join(m for m, _ in done)
    want = [ch for n, (_, chars) in enumerate(done) for ch in ([("\n", None, None, None)] if n else []) + chars]
    if len(done) > 1 and not _same(_read_back(markdown), want):  # lines read back alone; together too?
        log.debug("a paragraph's formatting would not read back; written as plain text")
        return f"\\\n{indent}".join(escape_line("".join(p.text for p in line)) for line in lines)
    return markdown.replace("\n", "\n" + indent)


def _no_closing_hashes(text: str) -> str:
    """Escape a heading's last "#", which CommonMark would drop as a closing sequence."""
    if not text.endswith("#"):
        return text
    backslashes = len(text[:-1]) - len(text[:-1].rstrip("\\"))
    return text if backslashes % 2 else text[:-1] + "\\#"


def document_markdown(doc: QTextDocument) -> str:
    """The document as CommonMark that reads back (with `fill_document` or the exports) as shown."""
    writer = _Writer()
    block = doc.begin()
    while block.isValid():
        writer.add(block)
        block = block.next()
    return writer.text()


class _Writer:
    """Joins blocks: blank lines between paragraphs, list items one per line, nested by indent."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.items: list[tuple[int, str, int]] = []  # per open list level: (list key, marker, content column)

    def text(self) -> str:
        return "".join(self.parts) + ("\n" if self.parts else "")

    def add(self, block: QTextBlock) -> None:
        pieces = _pieces(block)
        if not _lines(pieces):
            return
        text_list = block.textList()
        if text_list is not None:
            self._item(block, text_list, pieces)
            return
        self.items = []
        level = block.blockFormat().headingLevel()
        if 1 <= level <= 6:  # one line; bold is what a heading is
            body = _paragraph([_Piece(p.text.replace(LINE_BREAK, " "), False, p.italic, p.href) for p in pieces])
            body = "#" * level + " " + _no_closing_hashes(body)
        else:
            body = _paragraph(pieces)
        self.parts.append(("\n\n" if self.parts else "") + body)

    def _item(self, block: QTextBlock, text_list, pieces: list[_Piece]) -> None:
        fmt = text_list.format()
        level = max(0, min(fmt.indent() - 1, len(self.items)))
        ordered = fmt.style() in (
            QTextListFormat.Style.ListDecimal,
            QTextListFormat.Style.ListLowerAlpha,
            QTextListFormat.Style.ListUpperAlpha,
            QTextListFormat.Style.ListLowerRoman,
            QTextListFormat.Style.ListUpperRoman,
        )
        key = text_list.objectIndex()
        previous = self.items[level] if level < len(self.items) else None
        choices = ".)" if ordered else "-*+"
        if previous and previous[0] == key and previous[1][-1] in choices:
            mark = previous[1][-1]
        elif previous and previous[1][-1] in choices:
            mark = choices[(choices.index(previous[1][-1]) + 1) % len(choices)]  # a new list, not more of the last
        else:
            mark = choices[0]
        separator = "\n" if self.items else "\n\n" if self.parts else ""
        if ordered:
            number = min(max(fmt.start() + text_list.itemNumber(block), 0), _MAX_NUMBER)
            mark = f"{number}{mark}"
            if number != 1 and not (previous and previous[0] == key) and self.parts:
                separator = "\n\n"  # only a list starting at 1 may follow a line of text directly
        column = self.items[level - 1][2] if level else 0
        del self.items[level:]
        self.items.append((key, mark, column + len(mark) + 1))
        body = _paragraph(pieces, " " * (column + len(mark) + 1))
        self.parts.append(separator + " " * column + mark + " " + body)
