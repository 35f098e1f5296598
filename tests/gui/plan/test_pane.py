"""The Plan pane driven like a user: typing, keys, actions; then the window rebuilt on the same data."""

from PySide6.QtCore import Qt

from followup_desktop.core.models import Note

from ..conftest import show
from .helpers import add_interview, add_items, edit_row, wait_saved


def test_named_parts_exist(window, answers):
    add_interview(window, answers)
    for name in (
        "planPane",
        "planObjectives",
        "planQuestions",
        "planPoints",
        "planResearch",
        "planInterviewers",
        "planFollowUp",
        "planChecklist",
        "actionPrintPlan",
    ):
        assert window.findChild(object, name) is not None, name


def test_every_section_filled_survives_a_rebuild(make_window, answers, qtbot):
    window = make_window()
    interview = add_interview(window, answers)
    pane = window.plan_pane
    add_items(qtbot, pane.objectives, ["What the first 90 days look like"])
    add_items(qtbot, pane.questions, ["Why did the last person leave?", "How is success measured?"])
    add_items(qtbot, pane.points, ["My migration work"])
    qtbot.keyClicks(pane.research, "Series D in 2025")
    sam = window.store.interviews.interviewer_ids(interview.id)[0]
    qtbot.keyClicks(pane.interviewers.rows[sam][1], "Reliability")
    pane.followup.channel.setCurrentIndex(2)
    qtbot.keyClicks(pane.followup.whom, "Sam and Dana")
    pane.checklist.boxes["be-genuine"].click()
    wait_saved(qtbot, pane)
    assert window.status_line.saved_label.text().startswith("Saved")
    window.close()

    again = make_window().plan_pane
    assert again.objectives.texts() == ["What the first 90 days look like"]
    assert again.questions.texts() == ["Why did the last person leave?", "How is success measured?"]
    assert again.points.texts() == ["My migration work"]
    assert again.research.toPlainText() == "Series D in 2025"
    assert again.interviewers.rows[sam][1].text() == "Reliability"
    assert again.followup.channel.currentData() == "both"
    assert again.followup.whom.text() == "Sam and Dana"
    assert again.checklist.checked() == {"be-genuine"}


def test_close_saves_what_is_still_waiting_for_the_timer(make_window, answers, qtbot):
    window = make_window()
    interview = add_interview(window, answers)
    qtbot.keyClicks(window.plan_pane.research, "typed just before closing")
    window.close()
    assert window.store.plans.get(interview.id).research == "typed just before closing"


def test_edit_in_place_and_reorder_by_keyboard(window, answers, qtbot):
    interview = add_interview(window, answers)
    questions = window.plan_pane.questions
    add_items(qtbot, questions, ["A?", "B?", "C?"])
    edit_row(qtbot, questions, 2, "C, changed?")
    questions.view.setCurrentRow(2)
    qtbot.keyClick(questions.view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(questions.view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(questions.view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)  # already first: no-op
    assert questions.texts() == ["C, changed?", "A?", "B?"]
    qtbot.keyClick(questions.view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    stored = window.store.plans.items(interview.id, "question")
    assert [q.text for q in stored] == ["A?", "C, changed?", "B?"] == questions.texts()
    assert [q.position for q in stored] == [0, 1, 2]


def test_delete_then_ctrl_z_puts_the_question_back_in_place(window, answers, qtbot):
    interview = add_interview(window, answers)
    show(qtbot, window)
    questions = window.plan_pane.questions
    add_items(qtbot, questions, ["A?", "B?", "C?"])
    questions.view.setFocus()
    questions.view.setCurrentRow(1)
    qtbot.keyClick(questions.view, Qt.Key.Key_Delete)
    assert questions.texts() == ["A?", "C?"]
    qtbot.keyClick(questions.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [q.text for q in window.store.plans.items(interview.id, "question")] == ["A?", "B?", "C?"]
    assert window.store.interviews.all() == [interview]  # the window's own undo did not run


def test_answered_and_carried_over_are_shown_in_words(window, answers, qtbot):
    first = add_interview(window, answers, "Round 1")
    add_items(qtbot, window.plan_pane.questions, ["Answered?", "Open?"])
    answered = window.store.plans.items(first.id, "question")[0]
    window.store.rows.upsert(
        Note("n", first.id, "2026-03-05T14:10:00.000Z", "yes", question_id=answered.id, created_at="t", updated_at="t")
    )
    window.plan_pane.refresh()
    view = window.plan_pane.questions.view
    assert "answered" in view.item(0).data(Qt.ItemDataRole.AccessibleTextRole)
    add_interview(window, answers, "Round 2")
    answers.pick = first.id
    window.findChild(type(window.menus.action_quit), "actionCopyPlanFrom").trigger()
    marks = [view.item(r).data(Qt.ItemDataRole.AccessibleTextRole) for r in range(view.count())]
    assert marks == ["1. Answered?", "2. Open?  ↻ carried over"]


def test_question_bank_save_and_type_ahead_insert(window, answers, qtbot):
    add_interview(window, answers, "Round 1")
    show(qtbot, window)
    pane = window.plan_pane
    add_items(qtbot, pane.questions, ["What does success look like in 90 days?"])
    pane.questions.view.setCurrentRow(0)
    pane.save_to_bank.click()
    add_interview(window, answers, "Round 2")
    pane.questions.add_edit.setFocus()
    qtbot.keyClicks(pane.questions.add_edit, "SUCCESS")
    popup = pane.commands.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.wait(50)
    assert pane.questions.texts() == ["What does success look like in 90 days?"]
    assert pane.questions.add_edit.text() == ""


def test_point_prompts_are_not_stored_until_written_over(window, answers, qtbot):
    interview = add_interview(window, answers)
    points = window.plan_pane.points
    assert points.view.count() == 3 and points.texts() == []
    edit_row(qtbot, points, 1, "I led the on-call rota")
    qtbot.waitUntil(lambda: points.texts() != [])
    assert [p.text for p in window.store.plans.items(interview.id, "point")] == ["I led the on-call rota"]
    assert points.view.count() == 3  # one written, two prompts left


def test_default_deadline_setting_moves_the_send_by_date(window, answers):
    add_interview(window, answers)
    follow = window.plan_pane.followup
    assert "Friday 06 March" in follow.summary.text() or "06 March" in follow.summary.text()
    follow.hours.setValue(72)
    assert window.store.settings.get("followup.default_hours") == 72
    assert "72 hours" in follow.summary.text()


def test_tab_leaves_the_research_as_it_leaves_every_other_text_field(window, answers, qtbot):
    interview = add_interview(window, answers)
    show(qtbot, window)
    research = window.plan_pane.research
    research.setFocus()
    qtbot.keyClicks(research, "They acquired a rival in May")
    qtbot.keyClick(research, Qt.Key.Key_Tab)  # a keyboard user moving on, not indenting
    assert not research.hasFocus()
    window.close()
    assert window.store.plans.get(interview.id).research == "They acquired a rival in May"
