"""The printed plan sheet: PDF text holds every question in order; no printer means a PDF is offered."""

import subprocess

import pytest

from followup_desktop.gui import dialogs, plan_print

from .plan_helpers import add_interview, add_items

QUESTIONS = [f"Question number {n}: what about topic {n}?" for n in range(1, 31)]


def _pdf_text(path):
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(out.split())


def test_pdf_sheet_has_everything_with_questions_in_order(window, answers, qtbot, tmp_path):
    interview = add_interview(window, answers)
    pane = window.plan_pane
    add_items(qtbot, pane.objectives, ["Why the last person left"])
    add_items(qtbot, pane.questions, QUESTIONS)
    add_items(qtbot, pane.points, ["I shipped the billing migration"])
    sam = window.store.interviewer_ids(interview.id)[0]
    window.store.set_cares_about(interview.id, sam, "Reliability")
    answers.save_path = str(tmp_path / "plan.pdf")
    window.findChild(type(window.action_quit), "actionExportPlanPdf").trigger()
    text = _pdf_text(tmp_path / "plan.pdf")
    for needle in ("Acme Robotics", "Head of Platform", "Round 1", "Sam Roe", "Reliability",
                   "Why the last person left", "I shipped the billing migration"):
        assert needle in text, needle
    positions = [text.index(f"{n}. {q}") for n, q in enumerate(QUESTIONS, 1)]
    assert positions == sorted(positions)
    assert not list(tmp_path.glob(".plan-*"))  # no temporary file left behind


def test_without_a_printer_a_pdf_is_offered(window, answers, qtbot, tmp_path, monkeypatch):
    add_interview(window, answers)
    add_items(qtbot, window.plan_pane.questions, ["Only question?"])
    monkeypatch.setattr(plan_print, "printers_available", lambda: False)
    monkeypatch.setattr(dialogs, "print_preview", lambda *a: pytest.fail("no preview without a printer"))
    answers.save_path = str(tmp_path / "instead.pdf")
    window.findChild(type(window.action_quit), "actionPrintPlan").trigger()
    assert "Only question?" in _pdf_text(tmp_path / "instead.pdf")


def test_with_a_printer_the_preview_gets_the_sheet(window, answers, qtbot, monkeypatch):
    add_interview(window, answers)
    add_items(qtbot, window.plan_pane.questions, ["First?", "Second?"])
    monkeypatch.setattr(plan_print, "printers_available", lambda: True)
    shown = []
    monkeypatch.setattr(dialogs, "print_preview", lambda parent, doc, title: shown.append(doc.toPlainText()))
    window.findChild(type(window.action_quit), "actionPrintPlan").trigger()
    assert "1. First?" in shown[0] and shown[0].index("First?") < shown[0].index("Second?")


def test_the_sheet_pdf_copies_back_without_ligatures(window, answers, qtbot, tmp_path):
    add_interview(window, answers)
    add_items(qtbot, window.plan_pane.questions, ["Who staffs the office afflicted by fluffy rules?"])
    answers.save_path = str(tmp_path / "plan.pdf")
    window.findChild(type(window.action_quit), "actionExportPlanPdf").trigger()
    text = _pdf_text(tmp_path / "plan.pdf")
    assert "Who staffs the office afflicted by fluffy rules?" in text
    assert not set(text) & set(map(chr, range(0xFB00, 0xFB07)))
