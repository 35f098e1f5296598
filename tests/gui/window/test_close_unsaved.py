"""Closing the window while the disk refuses what was typed: retry, keep it in a file, or discard by choice."""

import pytest
from PySide6.QtCore import Qt

from followup_desktop.gui.common import dialogs

from ...core.letter_fixtures import fill_interview
from ..conftest import open_interview

DISK = "disk I/O error"
REAL_ASK = dialogs.ask_unsaved_on_close  # before the tests answer it


@pytest.fixture
def refusing(window, monkeypatch):
    """The window on an interview's notes, the disk refusing writes, and the close question answered by `choices`."""
    interview, *_ = fill_interview(window.store)
    window.refresh()
    open_interview(window, interview.id, "notes")
    asked, choices = [], []

    def answer(parent, what, reason):
        asked.append(what)
        return choices.pop(0) if choices else "discard"  # the test's own choices, then let the window go

    monkeypatch.setattr(dialogs, "ask_unsaved_on_close", answer)
    window.store.conn.fault = DISK
    yield window, interview, asked, choices
    window.store.conn.fault = None


def _type_a_note(qtbot, window, text, pasted=""):
    capture = window.notes_pane.capture
    qtbot.keyClicks(capture, text)
    capture.insertPlainText(pasted)  # QTest types ASCII only: the rest is pasted
    text += pasted
    qtbot.keyClick(capture, Qt.Key.Key_Return)  # refused: the words stay in the capture line
    assert capture.text() == text


def test_cancel_keeps_the_window_and_the_words(refusing, qtbot):
    window, interview, asked, choices = refusing
    _type_a_note(qtbot, window, "Budget is frozen until Q3")
    choices.append("cancel")
    assert not window.close()
    assert asked == [["The note being typed"]]
    assert window.notes_pane.capture.text() == "Budget is frozen until Q3"


def test_retry_saves_once_the_disk_takes_it(refusing, qtbot):
    window, interview, asked, choices = refusing
    _type_a_note(qtbot, window, "Budget is frozen until Q3")
    choices.append("retry")
    window.store.conn.fault = None  # space was freed meanwhile
    assert window.close()
    assert window.store.notes.pending(interview.id).text == "Budget is frozen until Q3"


def test_save_to_a_file_keeps_every_refused_text(refusing, qtbot, answers, tmp_path):
    window, interview, asked, choices = refusing
    _type_a_note(qtbot, window, "Budget is frozen until Q3", " — شركة 🚀")
    open_interview(window, interview.id, "plan")
    window.plan_pane.research.setPlainText("They acquired a rival in May")
    choices.extend(["save"])
    answers.save_path = str(tmp_path / "kept.txt")
    assert window.close()
    kept = (tmp_path / "kept.txt").read_text(encoding="utf-8")
    assert "Budget is frozen until Q3 — شركة 🚀" in kept and "They acquired a rival in May" in kept
    assert len(asked) == 1 and set(asked[0]) == {"The note being typed", "Plan: company research"}


def test_a_refused_file_asks_again_and_discard_is_explicit(refusing, qtbot, answers, tmp_path):
    window, interview, asked, choices = refusing
    _type_a_note(qtbot, window, "Budget is frozen")
    choices.extend(["save", "discard"])
    answers.save_path = str(tmp_path / "no-such-folder" / "kept.txt")
    assert window.close()
    assert len(asked) == 2 and answers.errors and "kept.txt" in answers.errors[0]


def test_nothing_is_asked_when_everything_was_saved(window, qtbot, monkeypatch):
    interview, *_ = fill_interview(window.store)
    window.refresh()
    open_interview(window, interview.id, "notes")
    qtbot.keyClicks(window.notes_pane.capture, "Half a thought")  # a draft, saved on close
    monkeypatch.setattr(dialogs, "ask_unsaved_on_close", lambda *a: pytest.fail("nothing is unsaved"))
    assert window.close()
    assert window.store.notes.pending(interview.id).text == "Half a thought"


def test_a_refused_letter_and_experience_are_named_and_kept(refusing, qtbot, answers, tmp_path):
    window, interview, asked, choices = refusing
    window.store.conn.fault = None
    letter = window.store.letters.add(interview.id, "thank-you", None, "Thanks", "Dear Dana,\n\nThank you.\n")
    window.refresh()
    open_interview(window, interview.id, "letter")
    window.store.conn.fault = DISK
    window.letter_pane.editor.moveCursor(window.letter_pane.editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(window.letter_pane.editor, " The Baltic routes matter.")
    window.letter_pane.flush()
    open_interview(window, interview.id, "notes")
    board = window.notes_pane.board
    board.list.setCurrentRow(0)
    board.experience.moveCursor(board.experience.textCursor().MoveOperation.End)
    qtbot.keyClicks(board.experience, " I cut release time by half")
    board.flush()
    choices.append("save")
    answers.save_path = str(tmp_path / "kept.txt")
    assert window.close()
    kept = (tmp_path / "kept.txt").read_text(encoding="utf-8")
    assert "The Baltic routes matter." in kept and "I cut release time by half" in kept
    assert set(asked[0]) == {"Letter: Thanks", f"Your experience for “{board.challenges[0].quote}”"}  # which one
    assert window.store.letters.get(letter.id).body == "Dear Dana,\n\nThank you.\n"


def test_the_close_question_fits_on_the_screen_with_a_huge_subject_and_says_why_once(window, qtbot, monkeypatch):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    interview, *_ = fill_interview(window.store)
    window.store.letters.add(interview.id, "thank-you", None, "Thanks", "Dear Dana,\n")
    window.refresh()
    open_interview(window, interview.id, "letter")
    pane = window.letter_pane
    pane.subject.setFocus()
    pane.subject.insert(" " + "شركة 🚀 " * 3000)  # a 20 KB paste: more than a subject may hold, kept on screen
    pane.flush()
    monkeypatch.setattr(dialogs, "ask_unsaved_on_close", REAL_ASK)  # the real box, answered below
    seen = []

    def answer():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        seen.append((box.text(), box.sizeHint().height(), box.screen().availableGeometry().height()))
        box.button(QMessageBox.StandardButton.Cancel).click()

    QTimer.singleShot(20, answer)
    try:
        assert not window.close()
    finally:
        monkeypatch.setattr(dialogs, "ask_unsaved_on_close", lambda *a: "discard")  # never a real box again
    text, height, screen = seen[0]
    assert height <= screen, f"the box is {height} px tall on a {screen} px screen: its buttons are off it"
    assert text.count("could not be saved") == 1 and ".." not in text, text
