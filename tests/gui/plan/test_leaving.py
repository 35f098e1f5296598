"""Leaving a plan by the keyboard keeps what was typed in it, and only in its own interview."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from followup_desktop.gui.window.navigator import Place

from ..conftest import open_interview, show
from .helpers import add_interview, add_items


def _edit_in_place(qtbot, plan_list, row, words):
    """F2 on a row (as a keyboard user does, with the window's shortcuts live), then type at the end."""
    view = plan_list.view
    view.setFocus()
    view.setCurrentRow(row)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = view.indexWidget(view.currentIndex())
    assert isinstance(editor, QLineEdit), "F2 did not open the item's editor"
    editor.end(False)
    qtbot.keyClicks(editor, words)


def test_f2_in_a_plan_list_edits_the_item_not_the_interview(window, answers, qtbot):
    add_interview(window, answers)
    show(qtbot, window)
    opened = []
    answers.interview = None
    window.menus.action_edit.triggered.connect(lambda: opened.append(True))
    questions = window.plan_pane.questions
    add_items(qtbot, questions, ["Who decides?"])
    _edit_in_place(qtbot, questions, 0, " And how?")
    assert opened == []


def test_an_item_edited_in_place_is_saved_when_the_user_goes_elsewhere(window, answers, qtbot):
    interview = add_interview(window, answers)
    show(qtbot, window)
    questions = window.plan_pane.questions
    add_items(qtbot, questions, ["Who decides?"])
    _edit_in_place(qtbot, questions, 0, " And how?")
    window.menus.action_dashboard.trigger()  # Alt+Home while the editor is open
    assert [q.text for q in window.store.plans.items(interview.id, "question")] == ["Who decides? And how?"]


def test_the_autosave_of_the_research_leaves_an_item_being_edited_open(window, answers, qtbot):
    interview = add_interview(window, answers)
    show(qtbot, window)
    pane = window.plan_pane
    add_items(qtbot, pane.questions, ["Who decides?"])
    pane.research.setPlainText("Founded 1999")  # a pending autosave
    _edit_in_place(qtbot, pane.questions, 0, " And")
    qtbot.waitUntil(lambda: window.store.plans.get(interview.id).research == "Founded 1999")
    editor = pane.questions.view.indexWidget(pane.questions.view.currentIndex())
    assert editor is not None and editor.text() == "Who decides? And"


def test_a_prompt_written_over_is_added_to_its_own_interview_when_the_user_leaves(window, answers, qtbot):
    first = add_interview(window, answers, "Round 1")
    second = add_interview(window, answers, "Round 2")
    show(qtbot, window)
    open_interview(window, first.id, "plan")
    points = window.plan_pane.points
    _edit_in_place(qtbot, points, 0, "I led the on-call rota")
    open_interview(window, second.id, "plan")
    qtbot.wait(20)
    assert [p.text for p in window.store.plans.items(first.id, "point")] == ["I led the on-call rota"]
    assert window.store.plans.items(second.id, "point") == []


def test_words_typed_in_an_add_field_stay_with_their_interview(window, answers, qtbot):
    first = add_interview(window, answers, "Round 1")
    second = add_interview(window, answers, "Round 2")
    show(qtbot, window)
    questions = window.plan_pane.questions
    open_interview(window, first.id, "plan")
    questions.add_edit.setFocus()
    qtbot.keyClicks(questions.add_edit, "Who owns the budget?")
    open_interview(window, second.id, "plan")
    assert questions.add_edit.text() == ""
    qtbot.keyClick(questions.add_edit, Qt.Key.Key_Return)
    window.navigator.go(Place())
    open_interview(window, first.id, "plan")
    assert questions.add_edit.text() == "Who owns the budget?"
    qtbot.keyClick(questions.add_edit, Qt.Key.Key_Return)
    assert [q.text for q in window.store.plans.items(first.id, "question")] == ["Who owns the budget?"]
    assert window.store.plans.items(second.id, "question") == []
