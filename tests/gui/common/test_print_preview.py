"""The print preview lays the pages out with or without a printer; without one it offers a PDF, never a silent print."""

import pytest
from PySide6.QtWidgets import QPushButton

from followup_desktop.export import pdf
from followup_desktop.gui.common import printers
from followup_desktop.gui.common.print_preview import PrintPreview

from ...export.docx_helpers import sample_layout
from ..letter.helpers import open_new_letter


def _preview(qtbot, monkeypatch, installed, save_pdf=None, print_now=lambda: True):
    monkeypatch.setattr(printers, "available_printers", lambda: installed)
    dialog = PrintPreview(None, pdf.letter_printable(sample_layout()), "Letter", print_now, save_pdf)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.preview.updatePreview()
    return dialog


def test_without_a_printer_the_pages_show_and_save_as_pdf_is_offered(qtbot, monkeypatch):
    saved = []
    dialog = _preview(qtbot, monkeypatch, [], save_pdf=lambda: saved.append(1) or True)
    assert dialog.page_count() >= 1  # laid out on a PDF "printer"
    assert dialog.note.isVisible() and "No printer" in dialog.note.text()
    assert not dialog.print_button.isEnabled()  # nothing prints to nowhere
    dialog.findChild(QPushButton, "printPreviewPdf").click()
    assert saved == [1] and dialog.result() == dialog.DialogCode.Accepted


def test_with_a_printer_print_prints_from_the_preview(qtbot, monkeypatch):
    printed = []
    dialog = _preview(qtbot, monkeypatch, ["office"], print_now=lambda: printed.append(1) or True)
    assert dialog.print_button.isEnabled() and not dialog.note.isVisible()
    dialog.print_button.click()
    assert printed == [1]


def test_a_cancelled_pdf_keeps_the_preview_open(qtbot, monkeypatch):
    dialog = _preview(qtbot, monkeypatch, [], save_pdf=lambda: False)
    dialog.pdf_button.click()
    assert dialog.isVisible()


@pytest.mark.parametrize("installed", [[], ["office"]])
def test_the_letter_preview_opens_with_or_without_a_printer(window, answers, monkeypatch, tmp_path, installed):
    interview, dana = open_new_letter(window, monkeypatch)
    monkeypatch.setattr(printers, "available_printers", lambda: installed)
    window.letter_pane.exporter.action_preview.trigger()
    ((title, shown, save_pdf),) = answers.previews
    assert "Dear Dana Lee," in shown and not answers.errors
    answers.save_path = str(tmp_path / "letter.pdf")
    assert save_pdf() is True and (tmp_path / "letter.pdf").stat().st_size > 0
    window.letter_pane.flush()


def test_without_a_printer_a_pdf_is_offered_not_printed(qapp, monkeypatch):
    monkeypatch.setattr(printers, "available_printers", lambda: [])
    assert not printers.printers_available()
    monkeypatch.setattr(printers, "available_printers", lambda: ["office"])
    assert printers.printers_available()
