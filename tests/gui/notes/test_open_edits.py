"""A note's cell being edited when the user moves elsewhere: stored as Enter would store it, never a traceback."""

import pytest
from PySide6.QtCore import Qt

from followup_desktop.gui.notes.model import COL_CLOCK, COL_ELAPSED, COL_TEXT
from followup_desktop.gui.window.navigator import Place

from ..conftest import open_interview, show


def _one_note(window):
    store = window.store
    app = store.applications.add("Acme Robotics", "Head of Platform")
    interview = store.interviews.add(app.id, "Round 1")
    store.interviews.start(interview.id)
    started = store.interviews.get(interview.id).started_at
    store.notes.add(interview.id, "Peak season is the pain", started)
    window.refresh()
    return interview


@pytest.mark.parametrize(
    ("column", "typed", "stored"),
    [
        (COL_ELAPSED, "05:00", lambda note, _: note.stamped_at.endswith(":05:00.000Z")),
        (COL_CLOCK, "+05:00", lambda note, _: note.stamped_at.endswith(":05:00.000Z")),
        (COL_TEXT, " in March", lambda note, _: note.text == "Peak season is the pain in March"),
    ],
)
def test_an_open_cell_edit_is_stored_when_the_user_goes_to_the_dashboard(window, qtbot, column, typed, stored):
    interview = _one_note(window)
    open_interview(window, interview.id, "notes")
    show(qtbot, window)
    view = window.notes_pane.view
    index = view.model().index(0, column)
    view.setCurrentIndex(index)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Return)  # opens the cell's editor, as a user does
    editor = window.focusWidget()
    assert editor is not view and view.isAncestorOf(editor)
    if column == COL_TEXT:
        qtbot.keyClick(editor, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    else:
        editor.selectAll()
    qtbot.keyClicks(editor, typed)
    qtbot.keyClick(editor, Qt.Key.Key_Home, Qt.KeyboardModifier.AltModifier)  # the dashboard, mid-edit
    assert window.navigator.current == Place("dashboard")
    note = window.store.notes.all(interview.id)[0]
    assert stored(note, interview), (note.text, note.stamped_at)
    assert window.notes_pane.banner.isHidden() or "not a time" not in window.notes_pane.banner.text()


def test_back_to_the_notes_after_editing_one_gives_the_keyboard_to_the_pane_not_the_tab_bar(window, qtbot):
    interview = _one_note(window)
    open_interview(window, interview.id, "notes")
    show(qtbot, window)
    view = window.notes_pane.view
    view.setCurrentIndex(view.model().index(0, COL_TEXT))
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.keyClicks(window.focusWidget(), "Still ")
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Home, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)  # Back
    assert window.navigator.current == Place("interview", interview.id, "notes")
    focus = window.focusWidget()
    assert window.notes_pane.isAncestorOf(focus) and not focus.inherits("QTabBar"), focus.objectName()
    assert window.store.notes.all(interview.id)[0].text == "Still Peak season is the pain"


def test_a_note_being_typed_is_back_without_a_restored_message_after_a_look_at_the_dashboard(make_window, qtbot):
    from followup_desktop.gui.notes import texts

    window = make_window()
    interview = _one_note(window)
    open_interview(window, interview.id, "notes")
    show(qtbot, window)
    capture = window.notes_pane.capture
    capture.setFocus()
    qtbot.keyClicks(capture, "Budget is approved for")
    qtbot.keyClick(capture, Qt.Key.Key_Home, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)  # Back: never gone
    assert capture.text() == "Budget is approved for"
    assert window.status_line.saved_label.text() != texts.PENDING_RESTORED
    window.close()  # the next start: then it is news
    again = make_window()
    open_interview(again, interview.id, "notes")
    assert again.notes_pane.capture.text() == "Budget is approved for"
    assert again.status_line.saved_label.text() == texts.PENDING_RESTORED
