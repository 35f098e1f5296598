"""Hostile text in every plan field is stored and shown whole, and never crashes the pane."""

import pytest

from .helpers import add_interview, wait_saved

HOSTILE = {
    "controls": "a\x00b\x01c\x07d\x1b[31m\x7f",
    "rtl": "שלום مرحبا \u202eevil\u202c",
    "emoji": "😀👩‍👩‍👧 e\u0301 \U0001f1eb\U0001f1f7",
    "huge": "x" * 10_000,  # the most every plan field holds ("whom" is one line: core/store/limits.py)
}


@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_text_everywhere(make_window, answers, qtbot, name, tmp_path):
    text = HOSTILE[name]
    window = make_window()
    interview = add_interview(window, answers)
    pane = window.plan_pane
    for plan_list in (pane.objectives, pane.questions, pane.points):
        plan_list.add(text)
    pane.research.setPlainText(text)
    pane.followup.whom.setText(text)
    pane.followup.whom.textEdited.emit(text)
    sam = window.store.interviews.interviewer_ids(interview.id)[0]
    pane.interviewers.rows[sam][1].setText(text)
    pane.interviewers.rows[sam][1].textEdited.emit(text)
    wait_saved(qtbot, pane)
    answers.save_path = str(tmp_path / "p.pdf")
    pane.commands.action_pdf.trigger()
    assert (tmp_path / "p.pdf").stat().st_size > 0
    window.close()
    again = make_window().plan_pane
    for plan_list in (again.objectives, again.questions, again.points):
        assert plan_list.texts() == [text]
    assert again.research.toPlainText() == text
    assert again.followup.whom.text() == text
    assert again.interviewers.rows[sam][1].text() == text
