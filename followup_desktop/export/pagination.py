"""Paper pages from one continuous QTextDocument: cut between lines, painted one by one, numbered.

Every line is on exactly one page, also in a PDF's text layer, and the work is linear in the
document's length: it is laid out once at its width, and all the paragraphs a page turn runs
through are split in one edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QPainter,
    QPalette,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextLayout,
)

if TYPE_CHECKING:
    from PySide6.QtGui import QPdfWriter
    from PySide6.QtPrintSupport import QPrinter

    PagedDevice = QPdfWriter | QPrinter  # what a letter is laid out for and painted on


def paint_pages(
    doc: QTextDocument,
    device: PagedDevice,
    number_from: int = 2,
    footer_mm: float = 12.5,
    decorate: Callable[[QPainter, int], None] | None = None,
) -> int:
    """Paint the document page by page on a printer or PDF writer; page numbers from `number_from`.

    `decorate(painter, number)`, when given, paints each page's letterhead and headers instead of
    the page number (the painter's origin then at the paper's top-left corner).
    The document must have been built for this device (see `letter_document`). Pages break
    between lines (`page_cuts`), never through one, and each line is drawn on one page only.
    Returns the number of pages.
    """
    resolution = device.resolution()
    page = device.pageLayout()
    paint_rect, full = page.paintRectPixels(resolution), page.fullRectPixels(resolution)
    width, height = paint_rect.width(), paint_rect.height()
    flow_width(doc, width)
    cuts = split_at_cuts(doc, height)
    painter = QPainter(device)
    if not painter.isActive():
        raise OSError("the printer or PDF file could not be opened")
    try:
        pages = len(cuts)
        bottom_margin = full.height() - paint_rect.bottom()
        footer_bottom = height + bottom_margin - footer_mm / 25.4 * resolution
        footer_font = QFont(doc.defaultFont())
        footer_font.setPointSizeF(max(6.0, doc.defaultFont().pointSizeF() - 1))
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, QColor(Qt.GlobalColor.black))  # a dark theme stays on screen
        ends = [*cuts[1:], doc.documentLayout().documentSize().height() + 1]
        for number, (top, end) in enumerate(zip(cuts, ends), 1):
            if number > 1:
                device.newPage()
            painter.save()
            painter.setClipRect(QRectF(0, 0, width, height))
            painter.translate(0, -top)
            # Half a pixel inside the cuts: QTextLayout draws a line starting exactly at the clip's
            # bottom, and the last line wholly above its clip (which a PDF's text layer keeps).
            context.clip = QRectF(0, top + _EDGE, width, max(end - top - 2 * _EDGE, _EDGE))
            doc.documentLayout().draw(painter, context)
            painter.restore()
            if decorate is not None:
                painter.save()
                painter.translate(-paint_rect.left(), -paint_rect.top())
                decorate(painter, number)
                painter.restore()
            elif pages > 1 and number >= number_from:
                painter.setFont(footer_font)
                painter.setPen(QColor(Qt.GlobalColor.black))
                line = painter.fontMetrics().height() * 1.5
                painter.drawText(
                    QRectF(0, footer_bottom - line, width, line),
                    int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom),
                    str(number),
                )
    finally:
        painter.end()
    return pages


_EDGE = 0.5  # pixels at the device's resolution


def flow_width(doc: QTextDocument, width: float) -> None:
    """One continuous flow of this width: the pages are cut by paint_pages, not by Qt.

    Each change of the page size lays the whole document out again: set it only when it differs.
    """
    if doc.pageSize() != QSizeF(width, -1):
        doc.setPageSize(QSizeF(width, -1))


def _page_turns(doc: QTextDocument, height: float) -> tuple[list[float], list[int]]:
    """Where each page starts (the top of the first line that does not fit on the page before),
    and the document positions of those lines that are not the first of their paragraph.

    Blocks and lines lie in order down the flow: each page turn is found by halving, in the last
    block that starts above the page's bottom (some 20 steps a page, not a visit to every line:
    a visit to each of 80,000 list items cost 0.4 s).
    """
    doc.documentLayout().documentSize()  # lays out what changed
    cuts: list[float] = [0.0]
    inside: list[int] = []
    count, number = doc.blockCount(), 0
    while True:
        bottom = cuts[-1] + height
        number = _last_block_above(doc, bottom, number, count)
        block = doc.findBlockByNumber(number)
        line = _first_line_below(block.layout(), cuts[-1], bottom)
        if line is None:  # the block fits: the page turns before the next one
            number += 1
            if number >= count:
                return cuts, inside
            block, line = doc.findBlockByNumber(number), 0
        layout = block.layout()
        if line >= layout.lineCount():
            return cuts, inside
        cuts.append(layout.position().y() + layout.lineAt(line).y())
        if line:
            inside.append(block.position() + layout.lineAt(line).textStart())


def _last_block_above(doc: QTextDocument, y: float, low: int, count: int) -> int:
    """The number of the last block (from `low` on) whose layout starts above y."""
    high = count - 1
    while low < high:
        middle = (low + high + 1) // 2
        if doc.findBlockByNumber(middle).layout().position().y() < y:
            low = middle
        else:
            high = middle - 1
    return low


def _first_line_below(layout: QTextLayout, top: float, bottom: float) -> int | None:
    """The first line of the layout that starts below `top` and ends below `bottom`, or None."""
    origin, low, high = layout.position().y(), 0, layout.lineCount()
    while low < high:  # the first line that ends below `bottom`
        middle = (low + high) // 2
        line = layout.lineAt(middle)
        if origin + line.y() + line.height() > bottom:
            high = middle
        else:
            low = middle + 1
    if low < layout.lineCount() and origin + layout.lineAt(low).y() <= top:
        low += 1  # a line taller than a page, at its top: it stays there
    return low if low < layout.lineCount() else None


def page_cuts(doc: QTextDocument, height: float) -> list[float]:
    """Where each page starts: at the top of the first line that does not fit on the page before."""
    return _page_turns(doc, height)[0]


def split_at_cuts(doc: QTextDocument, height: float) -> list[float]:
    """Split every paragraph that runs onto the next page where the page turns; returns the cuts.

    QTextLayout::draw also draws the last line above its clip rectangle; a painter hides it but
    a PDF keeps its text, so pdftotext, search and screen readers would read that line twice. A
    paragraph that starts on the page being drawn has no line above the clip. Splitting at a
    line boundary keeps every line where it was; a list item's continuation keeps its indent
    without a second bullet or number.

    All the splits of one pass are made in one edit, from the last to the first, so the document
    is laid out again once, not once per page: linear in the letter's length (one split per page
    turn re-laid out a 1 MB paragraph some 300 times).
    """
    for _ in range(10):  # one pass moves no line; the bound only guards against a loop
        cuts, inside = _page_turns(doc, height)
        if not inside:
            return cuts
        cursor = QTextCursor(doc)
        cursor.beginEditBlock()
        for position in reversed(inside):
            _split_at(doc, position)
        cursor.endEditBlock()
    return page_cuts(doc, height)


def _split_at(doc: QTextDocument, at: int) -> None:
    """Split the block holding position `at` before it, without moving any line."""
    cursor = QTextCursor(doc)
    cursor.setPosition(at)
    block = cursor.block()
    if at > block.position() and doc.characterAt(at - 1) == "\u2028":  # not block.text(): it copies
        cursor.deletePreviousChar()  # the line break becomes the paragraph break
    text_list = block.textList()
    cursor.insertBlock()
    first = QTextBlockFormat()
    first.setBottomMargin(0)
    QTextCursor(block).mergeBlockFormat(first)
    rest = QTextBlockFormat()
    rest.setTextIndent(0)  # a list item's hanging marker stays with its first line
    cursor.mergeBlockFormat(rest)
    if text_list is not None:
        text_list.remove(cursor.block())  # keeps the list's indent
