"""The plan sheet on paper: QTextDocument from the core's HTML, print preview, PDF export."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from followup_desktop.core.plan_sheet import PlanSheet, sheet_html

MARGIN_MM = 5  # QTextDocument adds its own 2 cm when it paginates


def build_document(sheet: PlanSheet) -> QTextDocument:
    """The sheet laid out as a document (the same one is printed and written as PDF)."""
    doc = QTextDocument()
    font = QFont()
    font.setPointSizeF(11)
    doc.setDefaultFont(font)
    doc.setDefaultStyleSheet("h1 { font-size: 16pt; } h2 { font-size: 12.5pt; margin-top: 14px; }")
    doc.setHtml(sheet_html(sheet))
    return doc


def page_layout() -> QPageLayout:
    """A4 portrait with even margins."""
    return QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                       QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter)


def write_pdf(doc: QTextDocument, path: str | os.PathLike) -> Path:
    """Write the document as PDF: to a temporary file beside the target, then renamed over it."""
    target = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=".plan-", suffix=".pdf.tmp", dir=target.parent)
    os.close(fd)
    try:
        writer = QPdfWriter(tmp)
        writer.setPageLayout(page_layout())
        writer.setResolution(300)
        writer.setTitle("Interview plan")
        doc.clone().print_(writer)
        del writer  # finishes the file
        if Path(tmp).stat().st_size == 0:
            raise OSError("the PDF could not be written")
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target


def printers_available() -> bool:
    """True when at least one printer is installed."""
    from PySide6.QtPrintSupport import QPrinterInfo

    return bool(QPrinterInfo.availablePrinters())
