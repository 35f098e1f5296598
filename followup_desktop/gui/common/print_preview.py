"""The print preview: the pages as they will print, then Print… or Save as PDF…, with or without a printer.

Qt's QPrintPreviewDialog needs a printer to preview on and prints straight to it; without a
printer installed a QPrinter prints nothing, silently. This preview lays the pages out on a
PDF-format QPrinter when no printer is installed, says so, and offers Save as PDF… instead of
a Print button that would print to nowhere.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QToolBar, QVBoxLayout, QWidget

from followup_desktop.export import pdf
from followup_desktop.gui.common import printers, texts

log = logging.getLogger(__name__)


def preview_printer(printable: pdf.Printable, has_printer: bool) -> QPrinter:
    """A printer to lay the pages out on: the default one, or a PDF "printer" when none is installed."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if not has_printer:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setPageLayout(printable.layout)
    printer.setDocName(printable.title)
    return printer


class PrintPreview(QDialog):
    """Pages, zoom, and the way out: Print… (a printer is installed) and Save as PDF…."""

    def __init__(
        self,
        parent: QWidget | None,
        printable: pdf.Printable,
        title: str,
        print_now: Callable[[], bool],
        save_pdf: Callable[[], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("printPreviewDialog")
        self.setWindowTitle(texts.PREVIEW_TITLE.format(title=title))
        self.has_printer = printers.printers_available()
        self.printable = printable
        # QPrintPreviewWidget keeps a raw pointer to the printer: it must live as long as the dialog.
        self.printer = preview_printer(printable, self.has_printer)
        self.preview = QPrintPreviewWidget(self.printer, self)
        self.preview.setObjectName("printPreview")
        self.preview.paintRequested.connect(printable.paint)
        self.note = QLabel(texts.NO_PRINTER)
        self.note.setObjectName("printPreviewNote")
        self.note.setWordWrap(True)
        self.note.setVisible(not self.has_printer)
        self._print_now, self._save_pdf = print_now, save_pdf

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.print_button = self._button(buttons, "printPreviewPrint", texts.PRINT, self._print)
        self.print_button.setEnabled(self.has_printer)
        self.print_button.setToolTip(texts.PRINT_TIP if self.has_printer else texts.PRINT_TIP_NO_PRINTER)
        self.pdf_button = self._button(buttons, "printPreviewPdf", texts.SAVE_PDF, self._pdf) if save_pdf else None
        (self.print_button if self.has_printer or not self.pdf_button else self.pdf_button).setDefault(True)

        layout = QVBoxLayout(self)
        layout.addWidget(self._toolbar())
        layout.addWidget(self.note)
        layout.addWidget(self.preview, 1)
        layout.addWidget(buttons)
        self.resize(760, 900)

    def _button(self, box: QDialogButtonBox, name: str, text: str, slot) -> QPushButton:
        button = box.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def _toolbar(self) -> QToolBar:
        bar = QToolBar()
        bar.setObjectName("printPreviewToolbar")
        for text, slot, keys in (
            (texts.ZOOM_IN, self.preview.zoomIn, "Ctrl++"),
            (texts.ZOOM_OUT, self.preview.zoomOut, "Ctrl+-"),
            (texts.FIT_WIDTH, self.preview.fitToWidth, "Ctrl+0"),
            (texts.WHOLE_PAGE, self.preview.fitInView, None),
        ):
            action = bar.addAction(text, slot)
            if keys:
                action.setShortcut(keys)
        return bar

    def page_count(self) -> int:
        """How many pages the preview shows."""
        return self.preview.pageCount()

    def _print(self) -> None:
        if self.has_printer and self._print_now():
            self.accept()

    def _pdf(self) -> None:
        if self._save_pdf and self._save_pdf():
            self.accept()
