"""Paper and PDF: page layouts, atomic PDF files, the letter as a QTextDocument (QtGui only, no widgets).

The letter is laid out from the same `LetterLayout` and `parse_body()` blocks as the Word
export, never from the editor's document, so spell-check underlines cannot reach paper.
Pages are cut between lines and painted one by one (export/pagination.py), so that every line is
on exactly one page (also in the PDF's text layer) and letters longer than a page get a page
number from page 2, like the .docx.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMarginsF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from followup_desktop.core.letters.layout import LetterLayout, field_text
from followup_desktop.core.text.markdown import Block, Run, no_collection, parse_body
from followup_desktop.core.text.safe import is_rtl, xml_safe
from followup_desktop.export.pagination import flow_width, paint_pages

if TYPE_CHECKING:
    from followup_desktop.export.pagination import PagedDevice

PDF_RESOLUTION = 300
# margin, footer distance from the paper's edge (mm): the same as the Word export's
_PAPER = {"A4": (QPageSize.PageSizeId.A4, 25.0, 12.5), "LETTER": (QPageSize.PageSizeId.Letter, 25.4, 12.7)}
_LINK_COLOUR = QColor(0x05, 0x63, 0xC1)
_LINK_SCHEMES = ("http://", "https://", "mailto:", "tel:")
_INDENT_PT = 30  # per list level: where an item's words start, as Qt indents its own lists
_SUBSTITUTES = {  # free fonts with the same metrics as Office's, found on most Linux systems
    "calibri": ("Carlito", "Liberation Sans", "Arimo"),
    "cambria": ("Caladea", "Liberation Serif"),
    "arial": ("Liberation Sans", "Arimo"),
    "helvetica": ("Liberation Sans", "Arimo"),
    "times new roman": ("Liberation Serif", "Tinos"),
    "georgia": ("Gelasio", "Liberation Serif"),
    "courier new": ("Liberation Mono", "Cousine"),
}


# --------------------------------------------------------------------- printers and files
def page_layout(page_size: str = "A4", margin_mm: float | None = None) -> QPageLayout:
    """Portrait A4 or US Letter with even margins (the letter's business margins by default)."""
    size_id, margin, _ = _PAPER.get((page_size or "A4").upper(), _PAPER["A4"])
    m = margin if margin_mm is None else margin_mm
    return QPageLayout(
        QPageSize(size_id), QPageLayout.Orientation.Portrait, QMarginsF(m, m, m, m), QPageLayout.Unit.Millimeter
    )


@dataclass
class Printable:
    """Something to print or save as PDF: its page layout, how to paint it, and its words."""

    title: str
    layout: QPageLayout
    paint: Callable[[PagedDevice], object]  # paints on a QPrinter or QPdfWriter
    text: Callable[[], str]
    author: str = ""

    def toPlainText(self) -> str:  # noqa: N802 - reads like QTextDocument's, which tests use
        """The words that will be printed."""
        return self.text()


def document_printable(document: QTextDocument, title: str, layout: QPageLayout) -> Printable:
    """A QTextDocument printed the way Qt paginates it (the plan sheet)."""
    return Printable(title, layout, lambda device: document.clone().print_(device), document.toPlainText)


def write_pdf(printable: Printable, path: str | os.PathLike[str], prefix: str = ".followup-") -> Path:
    """Render a PDF in memory, write it beside the target, read it back, then rename it over the target.

    Qt's PDF writer does not report a failed write (on a full disk it leaves a cut-short file):
    rendering into memory first lets the file be written by core/files.py, which reports every
    failure, checks the PDF's structure on the disk, and keeps any older file otherwise.
    """
    from PySide6.QtCore import QBuffer, QIODevice

    from followup_desktop.core.file_checks import check_pdf
    from followup_desktop.core.files import write_bytes

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageLayout(printable.layout)
    writer.setResolution(PDF_RESOLUTION)
    writer.setTitle(printable.title)
    writer.setCreator("FollowUp Desktop")
    if printable.author and hasattr(writer, "setAuthor"):
        writer.setAuthor(printable.author)
    printable.paint(writer)
    del writer  # finishes the document
    data = bytes(buffer.data().data())
    buffer.close()
    return write_bytes(path, data, verify=check_pdf, prefix=prefix)


# --------------------------------------------------------------------- the letter
class _LetterBuilder:
    """Appends the letter's blocks to a QTextDocument in reading order, like the .docx writer."""

    def __init__(self, doc: QTextDocument, layout: LetterLayout):
        self.doc, self.layout = doc, layout
        self.cursor = QTextCursor(doc)
        self.first = True
        self.formats: dict[tuple[bool, bool, str | None], QTextCharFormat] = {}
        self.block_formats: dict[tuple[float, float, float, bool], QTextBlockFormat] = {}
        device = doc.documentLayout().paintDevice()
        self.metrics = QFontMetricsF(doc.defaultFont(), device) if device else QFontMetricsF(doc.defaultFont())
        # Qt scales a block's top and bottom margins from 96 dpi to the device, but not its left and
        # right margins nor its text indent: those are in the device's pixels, as text is measured.
        self.dpi = device.logicalDpiX() if device else self.metrics.fontDpi()
        self.bullet = self.metrics.horizontalAdvance("\u2022 ")
        self.plain = QTextCharFormat()
        self.gap = layout.font_size_pt
        self.queued: list[str] = []  # paragraphs waiting to be inserted in one call (see flush)
        self.queued_format, self.queued_char = QTextBlockFormat(), self.plain

    def px(self, points: float) -> float:
        """Points in top and bottom margin units: 96-dpi pixels, which Qt scales to the paint device."""
        return points * 96 / 72

    def across(self, points: float) -> float:
        """Points in left and right margin units: the device's pixels."""
        return points * self.dpi / 72

    def write(self) -> None:
        """The whole letter in one edit: Qt lays it out once at the end, not after every paragraph."""
        self.cursor.beginEditBlock()
        try:
            self._write()
        finally:
            self.cursor.endEditBlock()

    def _write(self) -> None:
        lay = self.layout
        self.lines([lay.sender_name, *lay.sender_lines], bold_first=True)
        self.lines([lay.date_text])
        self.lines(list(lay.recipient_lines))
        self.lines([lay.subject], bold_first=True)
        self.lines([lay.salutation])
        blocks = parse_body(lay.body_markdown)
        for i, block in enumerate(blocks):
            self.block(block, blocks[i + 1] if i + 1 < len(blocks) else None)
        self.flush()
        self.lines([lay.closing], after=lay.font_size_pt * 4)  # room for a handwritten signature
        self.lines([lay.signature_name])

    def new_block(self, fmt: QTextBlockFormat) -> None:
        self.flush()
        if self.first:
            self.cursor.setBlockFormat(fmt)
            self.first = False
        else:
            self.cursor.insertBlock(fmt, self.plain)

    def flush(self) -> None:
        """Insert the queued paragraphs in one call, not two calls each: Qt makes a paragraph at each
        U+2029 separator, with the format of the paragraph the text goes into."""
        texts, self.queued = self.queued, []
        if texts:
            self.new_block(self.queued_format)
            self.cursor.insertText("\u2029".join(texts), self.queued_char)

    def lines(self, texts: list[str], bold_first: bool = False, after: float | None = None) -> None:
        """One paragraph of non-empty lines separated by line breaks."""
        lines = [t for t in map(field_text, texts) if t]
        if not lines:
            return
        fmt = _block_format(self.px(self.gap if after is None else after), 0.0, 0.0, is_rtl("\n".join(lines)))
        self.new_block(fmt)
        for i, line in enumerate(lines):
            self.run(Run(("\n" if i else "") + line, bold=bold_first and i == 0))

    def block(self, block: Block, following: Block | None) -> None:
        listed = block.kind in ("bullet", "numbered")
        rtl = is_rtl(block.text)
        if listed:
            same_list = (
                following is not None
                and following.kind in ("bullet", "numbered")
                and (following.list_id == block.list_id or following.level != block.level)
            )
            marker = "\u2022 " if block.kind == "bullet" else f"{max(block.number, 0)}. "
            key: tuple[float, float, float, bool] = (
                0.0 if same_list else self.px(self.gap),
                self.across((block.level + 1) * _INDENT_PT),
                self.bullet if block.kind == "bullet" else self.metrics.horizontalAdvance(marker),
                rtl,
            )
        else:  # a paragraph inside a list item starts under the item's words
            marker, key = "", (self.px(self.gap), self.across(block.level * _INDENT_PT), 0.0, rtl)
        fmt = self.block_formats.get(key)
        if fmt is None:  # one format per kind of block: a letter may hold 100,000 paragraphs
            fmt = self.block_formats[key] = _block_format(*key)
        heading = block.kind == "heading"
        # The bullet or number is text of the item, hanging in the margin: Qt draws its own list
        # markers one by one (a quarter of a long list's export), a bullet as a shape the PDF's text lacks.
        if len(block.runs) == 1 and not (marker and (heading or block.runs[0][1:] != (False, False, None))):
            char = self.char_format(block.runs[0], heading)
            if self.queued and (fmt is not self.queued_format or char is not self.queued_char):
                self.flush()
            self.queued_format, self.queued_char = fmt, char
            self.queued.append(marker + _qt_text(block.runs[0].text))
            return
        self.new_block(fmt)
        if marker:
            self.cursor.insertText(marker, self.plain)
        for run in block.runs:
            self.run(run, heading)

    def run(self, run: Run, heading: bool = False) -> None:
        self.cursor.insertText(_qt_text(run.text), self.char_format(run, heading))

    def char_format(self, run: Run, heading: bool) -> QTextCharFormat:
        """One format per kind of run, not one per run: a letter may hold 100,000 runs."""
        key = (run.bold or heading, run.italic, run.href)
        fmt = self.formats.get(key)
        if fmt is None:
            fmt = self.formats[key] = _char_format(*key)
        return fmt


def _qt_text(text: str) -> str:
    """A run's text as Qt inserts it in one paragraph: line breaks as U+2028, no character that
    starts a new paragraph (Qt's frame marks U+FDD0 and U+FDD1 do), breakable long words."""
    text = text.replace("\n", "\u2028")
    if "\ufdd0" in text or "\ufdd1" in text:
        text = text.replace("\ufdd0", "").replace("\ufdd1", "")
    return breakable(text)


def _block_format(bottom: float, indent: float, marker: float, rtl: bool) -> QTextBlockFormat:
    """A paragraph's spacing after, its indent (on the right in right-to-left text), and for a list
    item the hanging width of its marker, so that its lines start under the item's first word."""
    fmt = QTextBlockFormat()
    fmt.setBottomMargin(bottom)
    if rtl:
        fmt.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        fmt.setRightMargin(indent)
    else:
        fmt.setLeftMargin(indent)
    fmt.setTextIndent(-marker)
    return fmt


def _char_format(bold: bool, italic: bool, href: str | None) -> QTextCharFormat:
    fmt = QTextCharFormat()
    if bold:
        fmt.setFontWeight(QFont.Weight.Bold)
    if italic:
        fmt.setFontItalic(True)
    href = xml_safe(href or "")
    if href.lower().startswith(_LINK_SCHEMES):
        fmt.setAnchor(True)
        fmt.setAnchorHref(href)
        fmt.setForeground(_LINK_COLOUR)
        fmt.setFontUnderline(True)
    return fmt


_UNBROKEN = re.compile(r"[^\s\u200b]{200}(?=[^\s\u200b])")


def breakable(text: str) -> str:
    """Text with an invisible line-break opportunity (U+200B) inside every run of 200 characters
    without a space.

    Qt looks for a word's end from every line start, so laying out one unbroken word is quadratic
    in its length (a 1 MB "word" took minutes). U+200B draws nothing and pdftotext gives nothing
    back for it; real words never reach 200 characters.
    """
    return _UNBROKEN.sub(lambda m: m.group(0) + "\u200b", text) if len(text) > 200 else text


# Latin fonts of plain Linux systems: fontconfig may answer "Sans Serif" with a CJK font, whose
# digits pdftotext cannot read ("25 November" came back as " November").
_LATIN = ("DejaVu Sans", "Noto Sans", "FreeSans")


def font_families(layout: LetterLayout) -> list[str]:
    """The chosen family, metric-compatible stand-ins, the system font, then the East Asian font.

    Qt takes the first installed family of the list, so a missing Calibri falls back to a Latin
    font (not to the CJK one, whose digits pdftotext cannot read); CJK text then falls back to
    the East Asian font.
    """
    from PySide6.QtGui import QFontDatabase, QFontInfo

    family = xml_safe(layout.font_family).strip() or "Calibri"
    wanted = [family, *_SUBSTITUTES.get(family.casefold(), ("Liberation Sans", "Arimo", "Arial")), *_LATIN]
    installed = [f for f in wanted if QFontDatabase.hasFamily(f)]
    if not installed:
        # The family the system gives for it: the system font's name may be an alias ("Sans Serif"
        # with only DejaVu installed), which Qt passes over for the next family, the East Asian one.
        installed = [QFontInfo(QFont(family)).family()]
    return [installed[0], xml_safe(layout.east_asian_font) or "Noto Sans CJK SC"]


def without_ligatures(font: QFont) -> QFont:
    """The font with ligatures turned off, so a PDF's text layer gives back "ff", not U+FB00.

    With ligatures on, Qt's PDF engine writes "ff", "fi", "ffl"… as one glyph that text extraction
    (pdftotext, copy and paste, applicant-tracking systems) reads as a ligature code point.
    """
    for tag in ("liga", "clig", "dlig"):
        font.setFeature(QFont.Tag(tag), 0)
    return font


def letter_document(layout: LetterLayout, device: PagedDevice | None = None) -> QTextDocument:
    """The letter as a QTextDocument laid out for `device` (a QPrinter/QPdfWriter) or the screen."""
    doc = QTextDocument()
    doc.setUndoRedoEnabled(False)
    if device is not None:
        doc.documentLayout().setPaintDevice(device)
        flow_width(doc, device.pageLayout().paintRectPixels(device.resolution()).width())  # laid out once
    font = QFont()
    font.setFamilies(font_families(layout))
    font.setPointSizeF(layout.font_size_pt)
    doc.setDefaultFont(without_ligatures(font))
    doc.setDocumentMargin(0)
    doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, field_text(layout.title))
    _LetterBuilder(doc, layout).write()
    return doc


def letter_printable(layout: LetterLayout) -> Printable:
    """The letter, ready for the print preview, a printer or a PDF file: on the letterhead of the
    layout when it has one, with the continuation line of the Word file on pages 2 onwards."""
    from followup_desktop.export import letterhead_paint as paper_paint

    paper, on_letterhead = paper_paint.paper_for(layout)
    layout = paper_paint.on_paper(layout, paper, on_letterhead)

    def paint(device: PagedDevice) -> int:
        with no_collection():  # a long letter makes Python objects by the hundred thousand
            doc = letter_document(layout, device)
            decorate = paper_paint.Decorator(layout, paper, QFont(doc.defaultFont()), device.resolution())
            return paint_pages(doc, device, decorate=decorate)

    return Printable(
        field_text(layout.title) or "Letter",
        paper_paint.page_layout(paper),
        paint,
        lambda: letter_document(layout).toPlainText(),
        field_text(layout.author),
    )


def has_spell_formats(doc: QTextDocument) -> bool:
    """True when any text of the document carries a spell-check (wavy) underline."""
    block = doc.begin()
    while block.isValid():
        for fmt_range in block.layout().formats():
            if fmt_range.format.underlineStyle() == QTextCharFormat.UnderlineStyle.SpellCheckUnderline:
                return True
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.underlineStyle() == QTextCharFormat.UnderlineStyle.SpellCheckUnderline or fmt.hasProperty(
                QTextFormat.Property.TextUnderlineColor
            ):
                return True
            it += 1
        block = block.next()
    return False
