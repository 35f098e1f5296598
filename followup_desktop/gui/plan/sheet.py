"""The plan sheet on paper: QTextDocument from the core's HTML; printers and PDF files via gui.pdf."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtGui import QFont, QPageLayout, QTextDocument

from followup_desktop.core.plan.sheet import PlanSheet, sheet_html
from followup_desktop.export import pdf
from followup_desktop.gui.plan import texts

MARGIN_MM = 5  # QTextDocument adds its own 2 cm when it paginates
TITLE = texts.SHEET_TITLE


def build_document(sheet: PlanSheet) -> QTextDocument:
    """The sheet laid out as a document (the same one is printed and written as PDF)."""
    doc = QTextDocument()
    font = QFont()
    font.setPointSizeF(11)
    doc.setDefaultFont(pdf.without_ligatures(font))  # the PDF's words copy back as typed
    doc.setDefaultStyleSheet("h1 { font-size: 16pt; } h2 { font-size: 12.5pt; margin-top: 14px; }")
    doc.setHtml(sheet_html(sheet))
    return doc


def page_layout() -> QPageLayout:
    """A4 portrait with even margins."""
    return pdf.page_layout("A4", MARGIN_MM)


def printable(doc: QTextDocument) -> pdf.Printable:
    """The sheet for the print preview or a PDF file."""
    return pdf.document_printable(doc, TITLE, page_layout())


def write_pdf(doc: QTextDocument, path: str | os.PathLike) -> Path:
    """Write the document as PDF: to a temporary file beside the target, then renamed over it."""
    return pdf.write_pdf(printable(doc), path, prefix=".plan-")
