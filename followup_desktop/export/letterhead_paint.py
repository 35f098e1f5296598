"""Paper for the PDF and the printer that looks like the Word file: the letterhead and the continuation header.

Page 1 gets the letterhead's first-page header and footer; pages 2 onwards its other header and
footer, and under that header the line the Word file has there (recipient, date, page number).
Without a letterhead the continuation line alone is painted, where the Word file has it.
Positions come from the letterhead's page setup (twips) and are painted at the device's
resolution, with the painter's origin at the paper's top-left corner.
"""

from __future__ import annotations

import html
import logging
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QTextDocument,
)

from followup_desktop.core.letters.layout import LetterLayout, field_text
from followup_desktop.export.letterhead import EMU_PER_TWIP, PAGE_FIELD, Band, Letterhead, Para, Picture, Span

log = logging.getLogger(__name__)

_PLAIN = {  # paper without a letterhead, as the Word export sets it up (twips)
    "A4": Letterhead(11906, 16838, (1417, 1417, 1417, 1417), 709, 709),
    "LETTER": Letterhead(12240, 15840, (1440, 1440, 1440, 1440), 720, 720),
}
_EMU_PER_96DPI_PIXEL = 9525


def plain_paper(page_size: str) -> Letterhead:
    """The page setup of a letter on plain paper (the Word export's)."""
    return _PLAIN.get((page_size or "A4").upper(), _PLAIN["A4"])


def paper_for(layout: LetterLayout) -> tuple[Letterhead, bool]:
    """The paper the letter is printed on, and whether it is the user's letterhead.

    A letterhead that cannot be read gives plain paper (with the sender block): the Word
    export says what is wrong with it; print and PDF still work.
    """
    if layout.letterhead:
        from followup_desktop.export.docx import LetterheadError
        from followup_desktop.export.letterhead import read_letterhead

        try:
            return read_letterhead(Path(layout.letterhead)), True
        except LetterheadError as exc:
            log.warning("printing on plain paper: %s", exc)
    return plain_paper(layout.page_size), False


def on_paper(layout: LetterLayout, paper: Letterhead, on_letterhead: bool) -> LetterLayout:
    """The layout as it goes on this paper: the letterhead's font and no sender block it already shows."""
    if not on_letterhead:
        return layout
    changes: dict[str, object] = {}
    if paper.font_family:
        changes["font_family"] = paper.font_family
    if paper.font_size_pt:
        changes["font_size_pt"] = paper.font_size_pt
    if layout.letterhead_shows_sender:
        changes.update(sender_name="", sender_lines=())
    return replace(layout, **changes)  # type: ignore[arg-type]


def page_layout(paper: Letterhead) -> QPageLayout:
    """The paper's size and margins as Qt's page layout."""
    mm = 25.4 / 1440
    top, right, bottom, left = paper.margins
    size = QPageSize(
        QSizeF(paper.width * mm, paper.height * mm), QPageSize.Unit.Millimeter, "", QPageSize.SizeMatchPolicy.FuzzyMatch
    )
    return QPageLayout(
        size,
        QPageLayout.Orientation.Portrait,
        QMarginsF(left * mm, top * mm, right * mm, bottom * mm),
        QPageLayout.Unit.Millimeter,
    )


@dataclass
class Decorator:
    """Paints a page's letterhead and continuation line; called once per page with the page's number."""

    layout: LetterLayout
    paper: Letterhead
    font: QFont
    resolution: int

    def px(self, twips: float) -> float:
        """Device pixels of a length in twips."""
        return twips * self.resolution / 1440

    def __call__(self, painter: QPainter, number: int) -> None:
        """Paint page `number` (from 1); the painter's origin is the paper's top-left corner."""
        paper = self.paper
        header = paper.first_header if number == 1 else paper.header
        footer = paper.first_footer if number == 1 else paper.footer
        top = self.px(paper.header_distance)
        below_header = top + self._band(painter, header, top, number, at_bottom=False)
        self._band(painter, footer, self.px(paper.height - paper.footer_distance), number, at_bottom=True)
        if number > 1:
            self._continuation(painter, below_header, number, with_number=not paper.numbered)

    def _text_box(self) -> tuple[float, float]:
        top, right, bottom, left = self.paper.margins
        return self.px(left), self.px(self.paper.width - left - right)

    def _band(self, painter: QPainter, band: Band, y: float, number: int, at_bottom: bool) -> float:
        """Paint a header (from y down) or footer (up to y); returns its height."""
        if band.empty:
            return 0.0
        left, width = self._text_box()
        doc = self._document(band, number, width)
        height = doc.size().height() if band.paras else 0.0
        top = y - height if at_bottom else y
        _draw(painter, doc, QPointF(left, top))
        for picture in band.floating:
            self._floating(painter, picture, top)
        return height

    def _document(self, band: Band, number: int, width: float) -> QTextDocument:
        doc = QTextDocument()
        doc.documentLayout().setPaintDevice(painter_device(self))
        doc.setDefaultFont(self.font)
        doc.setDocumentMargin(0)
        images: list[Picture] = []
        text = "".join(_para_html(p, str(number), images) for p in band.paras)
        for index, picture in enumerate(images):  # before the HTML, which names them
            doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(f"letterhead:{index}"), _image(picture))
        doc.setHtml(text)
        doc.setTextWidth(width)
        return doc

    def _floating(self, painter: QPainter, picture: Picture, band_top: float) -> None:
        anchor = picture.anchor
        if anchor is None:
            return
        paper = self.paper
        top, right, bottom, left = paper.margins
        w, h = (self.px(v / EMU_PER_TWIP) for v in (picture.width, picture.height))
        if anchor.from_x == "page":
            start, span = 0.0, self.px(paper.width)
        else:
            start, span = self._text_box()
        x = {"left": start, "center": start + (span - w) / 2, "right": start + span - w}.get(
            anchor.align_x, start + self.px(anchor.x / EMU_PER_TWIP)
        )
        if anchor.from_y == "page":
            start, span = 0.0, self.px(paper.height)
        elif anchor.from_y in ("margin", "topMargin"):
            start, span = (
                (self.px(top), self.px(paper.height - top - bottom))
                if anchor.from_y == "margin"
                else (0.0, self.px(top))
            )
        else:
            start, span = band_top, h
        y = {"top": start, "center": start + (span - h) / 2, "bottom": start + span - h}.get(
            anchor.align_y, start + self.px(anchor.y / EMU_PER_TWIP)
        )
        painter.drawImage(QRectF(x, y, w, h), _image(picture))

    def _continuation(self, painter: QPainter, y: float, number: int, with_number: bool) -> None:
        """Recipient at the left, date in the middle, page number at the right, as in the Word file."""
        left, width = self._text_box()
        painter.save()
        painter.setFont(self.font)
        painter.setPen(QColor(Qt.GlobalColor.black))
        line = painter.fontMetrics().height() * 1.2
        box = QRectF(left, y, width, line)
        recipient = field_text(self.layout.recipient_lines[0]) if self.layout.recipient_lines else ""
        top_left = int(Qt.AlignmentFlag.AlignTop)
        painter.drawText(box, top_left | int(Qt.AlignmentFlag.AlignLeft), recipient)
        painter.drawText(box, top_left | int(Qt.AlignmentFlag.AlignHCenter), field_text(self.layout.date_text))
        if with_number:
            painter.drawText(box, top_left | int(Qt.AlignmentFlag.AlignRight), f"Page {number}")
        painter.restore()


_DEVICES: dict[int, QImage] = {}


def painter_device(decorator: Decorator) -> QImage:
    """A paint device at the decorator's resolution, so fonts and pictures scale as on the paper."""
    resolution = decorator.resolution
    device = _DEVICES.get(resolution)
    if device is None:
        image = QImage(1, 1, QImage.Format.Format_RGB32)
        image.setDotsPerMeterX(round(resolution / 0.0254))
        image.setDotsPerMeterY(round(resolution / 0.0254))
        device = _DEVICES[resolution] = image
    return device


def _draw(painter: QPainter, doc: QTextDocument, at: QPointF) -> None:
    painter.save()
    painter.translate(at)
    context = QAbstractTextDocumentLayout.PaintContext()
    context.palette.setColor(QPalette.ColorRole.Text, QColor(Qt.GlobalColor.black))
    doc.documentLayout().draw(painter, context)
    painter.restore()


def _image(picture: Picture) -> QImage:
    image = QImage()
    image.loadFromData(picture.data)
    return image


def _para_html(para: Para, page: str, images: list[Picture]) -> str:
    if para.cells:
        cells = "".join(
            f'<td valign="top">{"".join(_para_html(p, page, images) for p in cell)}</td>' for cell in para.cells
        )
        return f'<table width="100%" cellspacing="0" cellpadding="0"><tr>{cells}</tr></table>'
    spans = "".join(_span_html(s, page, images) for s in para.spans) or "&nbsp;"
    return f'<p align="{para.align}" style="margin:0">{spans}</p>'


def _span_html(span: Span, page: str, images: list[Picture]) -> str:
    if span.picture is not None:
        images.append(span.picture)
        width, height = (round(v / _EMU_PER_96DPI_PIXEL) for v in (span.picture.width, span.picture.height))
        return f'<img src="letterhead:{len(images) - 1}" width="{width}" height="{height}">'
    text = html.escape(span.text.replace(PAGE_FIELD, page)).replace("\t", "&emsp;&emsp;").replace("\n", "<br>")
    style = []
    if span.bold:
        style.append("font-weight:bold")
    if span.italic:
        style.append("font-style:italic")
    if span.size_pt:
        style.append(f"font-size:{span.size_pt:g}pt")
    if span.colour and len(span.colour) == 6:
        style.append(f"color:#{span.colour}")
    return f'<span style="{";".join(style)}">{text}</span>' if style else text
