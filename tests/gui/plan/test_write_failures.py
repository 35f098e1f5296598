"""Plan commands when the disk refuses the write: a clear message, no traceback, nothing typed lost,
and the lists show what the database holds."""

import pytest
from PySide6.QtCore import Qt

from ..conftest import show
from .helpers import add_interview, add_items, edit_row

DISK = "disk I/O error"
WORDS = "the disk cannot be written"


@pytest.fixture
def plan(window, answers, qtbot):
    """An interview with three questions; the fault is lifted again after the test."""
    interview = add_interview(window, answers)
    add_items(qtbot, window.plan_pane.questions, ["A?", "B?", "C?"])
    yield window, interview
    window.store.conn.fault = None


def stored(window, interview, kind="question"):
    return [i.text for i in window.store.plans.items(interview.id, kind)]


def said(window, *words):
    text = window.status_line.saved_label.text()
    return all(w in text for w in (WORDS, "Nothing was lost", *words))


def test_a_question_that_cannot_be_added_stays_in_the_field_and_enter_retries(plan, qtbot):
    window, interview = plan
    questions = window.plan_pane.questions
    window.store.conn.fault = DISK
    add_items(qtbot, questions, ["Who decides?"])
    assert said(window, "new question was not saved")
    assert questions.add_edit.text() == "Who decides?" and stored(window, interview) == questions.texts()
    window.store.conn.fault = None
    qtbot.keyClick(questions.add_edit, Qt.Key.Key_Return)
    assert stored(window, interview) == ["A?", "B?", "C?", "Who decides?"] and questions.add_edit.text() == ""


def test_an_edit_that_cannot_be_saved_reopens_the_editor_with_the_words(plan, qtbot):
    window, interview = plan
    questions = window.plan_pane.questions
    window.store.conn.fault = DISK
    edit_row(qtbot, questions, 1, "B, sharper?")
    qtbot.waitUntil(lambda: said(window, "change to the question was not saved"))  # Enter commits queued
    assert questions.texts() == ["A?", "B?", "C?"] == stored(window, interview)
    view = questions.view
    qtbot.waitUntil(lambda: view.indexWidget(view.currentIndex()) is not None)
    editor = view.indexWidget(view.currentIndex())
    assert view.currentRow() == 1 and editor.text() == "B, sharper?"
    window.store.conn.fault = None
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: stored(window, interview) == ["A?", "B, sharper?", "C?"] == questions.texts())


def test_a_written_over_prompt_that_cannot_be_added_keeps_its_words(plan, qtbot):
    window, interview = plan
    points = window.plan_pane.points
    window.store.conn.fault = DISK
    edit_row(qtbot, points, 0, "I ran the migration")
    view = points.view
    qtbot.waitUntil(lambda: said(window, "new point was not saved"))
    qtbot.waitUntil(lambda: view.indexWidget(view.currentIndex()) is not None)
    assert view.indexWidget(view.currentIndex()).text() == "I ran the migration"
    assert stored(window, interview, "point") == [] and view.count() == 3


@pytest.mark.parametrize(
    "key, modifier, words",
    [
        (Qt.Key.Key_Delete, Qt.KeyboardModifier.NoModifier, "was not deleted"),
        (Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier, "was not moved"),
    ],
)
def test_delete_and_move_that_fail_leave_the_list_as_stored(plan, qtbot, key, modifier, words):
    window, interview = plan
    questions = window.plan_pane.questions
    questions.view.setFocus()
    questions.view.setCurrentRow(2)
    window.store.conn.fault = DISK
    qtbot.keyClick(questions.view, key, modifier)
    assert said(window, words)
    assert questions.texts() == ["A?", "B?", "C?"] == stored(window, interview)
    assert questions.current_id() == window.store.plans.items(interview.id, "question")[2].id


def test_a_dragged_order_that_cannot_be_saved_snaps_back_to_the_stored_order(plan):
    window, interview = plan
    questions = window.plan_pane.questions
    moved = questions.view.takeItem(0)  # what a drop leaves behind: the view reordered
    questions.view.addItem(moved)
    window.store.conn.fault = DISK
    questions.save_order()
    assert said(window, "new order of the questions was not saved")
    assert questions.texts() == ["A?", "B?", "C?"] == stored(window, interview)


def test_undo_of_a_delete_that_fails_can_be_tried_again(plan, qtbot):
    window, interview = plan
    show(qtbot, window)
    questions = window.plan_pane.questions
    questions.view.setFocus()
    questions.view.setCurrentRow(1)
    qtbot.keyClick(questions.view, Qt.Key.Key_Delete)
    window.store.conn.fault = DISK
    qtbot.keyClick(questions.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert said(window, "was not brought back") and stored(window, interview) == ["A?", "C?"] == questions.texts()
    window.store.conn.fault = None
    qtbot.keyClick(questions.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored(window, interview) == ["A?", "B?", "C?"] == questions.texts()


def test_a_checklist_tick_that_fails_is_untaken(plan):
    window, interview = plan
    box = window.plan_pane.checklist.boxes["be-genuine"]
    window.store.conn.fault = DISK
    box.click()
    assert said(window, "checklist tick was not saved")
    assert not box.isChecked() and window.store.plans.checklist(interview.id) == set()


def test_an_interviewer_change_that_fails_shows_the_stored_people_and_keeps_cares_typed(plan, qtbot):
    window, interview = plan
    pane = window.plan_pane
    sam = window.store.interviews.interviewer_ids(interview.id)[0]
    qtbot.keyClicks(pane.interviewers.rows[sam][1], "Reliability")
    window.store.conn.fault = DISK
    pane.interviewers.rows[sam][0].click()
    assert said(window, "interviewers were not saved")
    assert window.store.interviews.interviewer_ids(interview.id) == [sam]
    assert pane.interviewers.rows[sam][0].isChecked() and pane.interviewers.rows[sam][1].text() == "Reliability"
    window.store.conn.fault = None
    pane.flush()
    assert window.store.plans.cares_about(interview.id)[sam] == "Reliability"


def test_a_default_deadline_that_fails_shows_the_stored_hours(plan):
    window, _ = plan
    hours = window.plan_pane.followup.hours
    before = hours.value()
    window.store.conn.fault = DISK
    hours.setValue(before + 24)
    assert said(window, "default deadline was not saved")
    assert hours.value() == before and window.store.settings.get("followup.default_hours") is None


def test_saving_to_the_question_bank_that_fails_says_so(plan):
    window, _ = plan
    pane = window.plan_pane
    pane.questions.view.setCurrentRow(0)
    window.store.conn.fault = DISK
    pane.commands.action_bank.trigger()
    assert said(window, "not saved to the question bank") and window.store.question_bank.all() == []


def test_copying_a_plan_that_fails_explains_and_changes_nothing(plan, answers):
    window, first = plan
    second = add_interview(window, answers, "Round 2")
    answers.pick = first.id
    window.store.conn.fault = DISK
    window.plan_pane.commands.action_copy.trigger()
    assert WORDS in answers.errors[-1] and said(window, "plan was not copied")
    assert stored(window, second) == [] and window.plan_pane.questions.texts() == []
