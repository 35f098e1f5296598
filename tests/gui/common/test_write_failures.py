"""When the database cannot be written, typed text stays on screen, the status bar says why, and
the next change tries again; nothing already stored is lost."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from followup_desktop.gui.common import dialogs
from followup_desktop.gui.letter.letter_dialogs import NewLetterRequest

from ...core.letter_fixtures import fill_interview

FAULTS = [
    ("attempt to write a readonly database", "read-only"),
    ("database or disk is full", "disk is full"),
    ("database is locked", "another program"),
]


@pytest.fixture
def filled(window):
    interview, dana, *_ = fill_interview(window.store)
    window.refresh()
    window.sidebar.select("interview", interview.id)
    yield interview, dana
    window.store.conn.fault = None
    window.flush_panes()


@pytest.mark.parametrize("fault, words", FAULTS)
def test_plan_research_is_kept_and_retried(window, filled, qtbot, fault, words):
    interview, _ = filled
    pane = window.plan_pane
    window.store.plans.save(interview.id, research="Stored before")
    pane.load(window.store.interviews.get(interview.id))
    window.store.conn.fault = fault
    pane.research.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(pane.research, " and typed")
    pane.flush()
    assert words in window.status_line.saved_label.text() and "kept on screen" in window.status_line.saved_label.text()
    assert pane.research.toPlainText() == "Stored before and typed"
    assert window.store.plans.get(interview.id).research == "Stored before"
    window.sidebar.select("application", interview.application_id)  # away and back: still on screen
    window.sidebar.select("interview", interview.id)
    assert pane.research.toPlainText() == "Stored before and typed"
    window.store.conn.fault = None
    qtbot.keyClicks(pane.research, "!")
    qtbot.waitUntil(lambda: window.store.plans.get(interview.id).research == "Stored before and typed!", timeout=3000)
    assert window.status_line.saved_label.text().startswith("Saved")


@pytest.mark.parametrize("fault, words", FAULTS)
def test_a_note_that_cannot_be_committed_stays_in_the_capture_line(window, filled, qtbot, fault, words):
    interview, _ = filled
    window.tabs.setCurrentWidget(window.notes_pane)
    pane = window.notes_pane
    before = len(window.store.notes.all(interview.id))
    window.store.conn.fault = fault
    qtbot.keyClicks(pane.capture, "They want fewer pages")
    pane.autosaver.flush()
    assert words in window.status_line.saved_label.text() and pane.banner.isVisibleTo(pane)
    qtbot.keyClick(pane.capture, Qt.Key.Key_Return)
    assert pane.capture.toPlainText() == "They want fewer pages"
    assert len(window.store.notes.all(interview.id)) == before
    window.store.conn.fault = None
    qtbot.keyClick(pane.capture, Qt.Key.Key_Return)
    assert window.store.notes.all(interview.id)[-1].text == "They want fewer pages"
    assert pane.capture.toPlainText() == "" and not pane.banner.isVisibleTo(pane)


@pytest.mark.parametrize("fault, words", FAULTS)
def test_the_letter_keeps_its_text_across_switching_and_saves_later(window, filled, qtbot, monkeypatch, fault, words):
    interview, dana = filled
    window.tabs.setCurrentWidget(window.letter_pane)
    pane = window.letter_pane
    monkeypatch.setattr(dialogs, "new_letter", lambda parent, interviewers: NewLetterRequest("thank-you", [dana.id]))
    pane.commands.action_new.trigger()
    pane.commands.action_new.trigger()
    first, second = window.store.letters.all(interview.id)
    pane.show_letter(first.id)
    window.store.conn.fault = fault
    pane.editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(pane.editor, " Zebra")
    pane.flush()
    assert words in window.status_line.saved_label.text()
    pane.show_letter(second.id)
    pane.show_letter(first.id)
    assert "Zebra" in pane.editor.toPlainText()
    assert "Zebra" not in window.store.letters.get(first.id).body
    window.store.conn.fault = None
    qtbot.waitUntil(lambda: "Zebra" in window.store.letters.get(first.id).body, timeout=3000)
