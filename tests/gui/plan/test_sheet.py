"""The printed plan sheet: PDF text holds every question in order; the preview works without a printer."""

import subprocess

import pytest

from followup_desktop.gui.common import printers

from .helpers import add_interview, add_items

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
    sam = window.store.interviews.interviewer_ids(interview.id)[0]
    window.store.plans.set_cares_about(interview.id, sam, "Reliability")
    answers.save_path = str(tmp_path / "plan.pdf")
    window.findChild(type(window.menus.action_quit), "actionExportPlanPdf").trigger()
    text = _pdf_text(tmp_path / "plan.pdf")
    for needle in (
        "Acme Robotics",
        "Head of Platform",
        "Round 1",
        "Sam Roe",
        "Reliability",
        "Why the last person left",
        "I shipped the billing migration",
    ):
        assert needle in text, needle
    positions = [text.index(f"{n}. {q}") for n, q in enumerate(QUESTIONS, 1)]
    assert positions == sorted(positions)
    assert not list(tmp_path.glob(".plan-*"))  # no temporary file left behind


@pytest.mark.parametrize("installed", [[], ["office"]])
def test_the_preview_shows_the_sheet_and_offers_a_pdf_with_or_without_a_printer(
    window, answers, qtbot, tmp_path, monkeypatch, installed
):
    add_interview(window, answers)
    add_items(qtbot, window.plan_pane.questions, ["First?", "Second?"])
    monkeypatch.setattr(printers, "available_printers", lambda: installed)
    window.findChild(type(window.menus.action_quit), "actionPrintPlan").trigger()
    ((title, shown, save_pdf),) = answers.previews
    assert "1. First?" in shown and shown.index("First?") < shown.index("Second?")
    answers.save_path = str(tmp_path / "instead.pdf")
    assert save_pdf() is True  # the preview's Save as PDF…
    assert "2. Second?" in _pdf_text(tmp_path / "instead.pdf")


def test_the_sheet_pdf_copies_back_without_ligatures(window, answers, qtbot, tmp_path):
    add_interview(window, answers)
    add_items(qtbot, window.plan_pane.questions, ["Who staffs the office afflicted by fluffy rules?"])
    answers.save_path = str(tmp_path / "plan.pdf")
    window.findChild(type(window.menus.action_quit), "actionExportPlanPdf").trigger()
    text = _pdf_text(tmp_path / "plan.pdf")
    assert "Who staffs the office afflicted by fluffy rules?" in text
    assert not set(text) & set(map(chr, range(0xFB00, 0xFB07)))
