"""Helpers for driving the Plan pane through its widgets."""

from PySide6.QtCore import Qt

from followup_desktop.core.forms import ContactForm

from ..conftest import sample_application, sample_interview


def add_interview(window, answers, title="Round 1", company="Acme Robotics"):
    """Create an application with an interview (Sam Roe interviewing) through the actions; select it."""
    if not any(a.company == company for a in window.store.applications.all()):
        answers.application = sample_application(company)
        window.menus.action_new_application.trigger()
    else:
        window.sidebar.select(
            "application", next(a.id for a in window.store.applications.all() if a.company == company)
        )
    answers.interview = sample_interview(title, interviewers=[ContactForm("Sam Roe", "VP Engineering")])
    window.menus.action_new_interview.trigger()
    return next(i for i in window.store.interviews.all() if i.title == title)


def add_items(qtbot, plan_list, texts):
    """Type each text into the list's add field and press Enter."""
    for text in texts:
        plan_list.add_edit.setFocus()
        qtbot.keyClicks(plan_list.add_edit, text)
        qtbot.keyClick(plan_list.add_edit, Qt.Key.Key_Return)


def edit_row(qtbot, plan_list, row, text):
    """Open the in-place editor with F2, replace the words, press Enter."""
    view = plan_list.view
    view.setFocus()
    view.setCurrentRow(row)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = view.indexWidget(view.currentIndex())
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def wait_saved(qtbot, pane):
    """Let the debounced autosave fire."""
    qtbot.waitUntil(lambda: not pane.autosaver.pending(), timeout=3000)
