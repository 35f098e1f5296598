"""Notes list, challenge board and story bank when the disk refuses a write: typed words come back
(in the reopened editor, or kept on screen across reloads), ticks and choices show what is stored."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from followup_desktop.gui.notes.model import COL_TEXT
from followup_desktop.gui.notes.view import plain_text

from .conftest import DISK

WORDS = "the disk cannot be written"


def _edit_first_note(qtbot, pane, typed):
    pane.view.setFocus()
    pane.view.setCurrentIndex(pane.model.index(0, COL_TEXT))
    qtbot.keyClick(pane.view, Qt.Key.Key_Return)
    editor = pane.view.active_editor()
    editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(editor, typed)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def _reopened(qtbot, pane):
    qtbot.waitUntil(lambda: pane.view.active_editor() is not None)
    return pane.view.active_editor()


@pytest.mark.parametrize("away_and_back", [False, True])
def test_a_note_edit_the_disk_refuses_reopens_the_editor_with_the_words(window, pane, qtbot, away_and_back):
    note = window.store.notes.all(pane.interview.id)[0]
    window.store.conn.fault = DISK
    _edit_first_note(qtbot, pane, " Zebra")
    assert "change to the note was not saved" in pane.banner.text() and WORDS in pane.banner.text()
    assert "back in the note's editor" in pane.banner.text() and WORDS in window.status_line.saved_label.text()
    if away_and_back:  # before the editor opens again: it opens once the note is shown again
        window.sidebar.select("application", window.store.interviews.get(pane.interview.id).application_id)
        window.sidebar.select("interview", pane.interview.id)
    editor = _reopened(qtbot, pane)
    assert plain_text(editor) == note.text + " Zebra" and window.store.notes.get(note.id).text == note.text
    window.store.conn.fault = None
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert window.store.notes.get(note.id).text == note.text + " Zebra"
    assert pane.model.note_at(0).text == note.text + " Zebra" and pane.session.unsaved_edits == {}


@pytest.mark.parametrize(
    "command, words",
    [
        ("start_interview", "start of the interview was not recorded"),
        ("end_interview", "end of the interview was not recorded"),
    ],
)
def test_starting_or_ending_that_fails_says_so_and_records_nothing(window, pane, command, words):
    window.store.conn.fault = DISK
    getattr(pane, command)()
    assert words in pane.banner.text() and WORDS in window.status_line.saved_label.text()
    stored = window.store.interviews.get(pane.interview.id)
    assert (stored.started_at, stored.ended_at) == (pane.interview.started_at, pane.interview.ended_at)


def test_a_kind_change_or_highlight_that_fails_says_so(window, pane):
    pane.view.setCurrentIndex(pane.model.index(0, COL_TEXT))
    window.store.conn.fault = DISK
    pane.commands.change_selected(kind="challenge")
    assert "note was not changed" in pane.banner.text() and WORDS in pane.banner.text()
    pane.commands.highlight()
    assert "highlight was not made" in pane.banner.text()
    assert window.store.notes.all(pane.interview.id)[0].kind == pane.model.note_at(0).kind == "answer"


def _board(pane, row=0):
    board = pane.board
    board.list.setCurrentRow(row)
    return board, board.current()


def _pick(combo, value):
    """What choosing in a combo box does: the index changes, then activated is emitted."""
    combo.setCurrentIndex(combo.findData(value))
    combo.activated.emit(combo.currentIndex())


@pytest.mark.parametrize(
    "change, words",
    [
        (lambda b, story: b.include.click(), "“include in letter” tick was not saved"),
        (lambda b, story: _pick(b.kind, "goal"), "kind of the highlight was not changed"),
        (lambda b, story: _pick(b.story, story.id), "story was not linked"),
        (lambda b, story: b._pick_suggestion(b.suggestions.item(0)), "story was not linked"),
    ],
)
def test_a_board_choice_that_fails_shows_what_is_stored(window, pane, change, words):
    story = window.store.stories.add("Queue migration", situation="releases only happen once a fortnight")
    pane.refresh()
    board, before = _board(pane)
    window.store.conn.fault = DISK
    change(board, story)
    assert words in window.status_line.saved_label.text() and WORDS in window.status_line.saved_label.text()
    assert "Story linked" not in window.status_line.saved_label.text()
    stored = window.store.challenges.get(before.id)
    assert board.include.isChecked() == bool(stored.include_in_letter) == bool(before.include_in_letter)
    assert board.kind.currentData() == stored.kind == before.kind
    assert board.story.currentData() == stored.story_id == before.story_id


def test_typed_experience_the_disk_refuses_survives_a_reload_and_saves_later(window, pane, qtbot):
    board, ch = _board(pane)
    window.store.conn.fault = DISK
    board.experience.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(board.experience, " Zebra")
    board.flush()
    assert "kept on screen" in window.status_line.saved_label.text()
    pane.refresh()  # another pane changed something: the board reloads
    board.list.setCurrentRow(1)
    board.list.setCurrentRow(0)
    assert board.experience.toPlainText() == ch.experience + " Zebra"
    window.store.conn.fault = None
    qtbot.waitUntil(
        lambda: "Zebra" in {c.id: c for c in window.store.challenges.all(pane.interview.id)}[ch.id].experience,
        timeout=3000,
    )


def test_experience_typed_just_before_choosing_another_challenge_is_saved_for_the_first(window, pane, qtbot):
    board, first = _board(pane)
    board.experience.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(board.experience, " Yak")
    board.list.setCurrentRow(1)  # well within the autosave's 500 ms
    stored = {c.id: c for c in window.store.challenges.all(pane.interview.id)}
    assert stored[first.id].experience == first.experience + " Yak"
    assert board.current().id != first.id and board.experience.toPlainText() == board.current().experience


def test_typed_story_words_the_disk_refuses_survive_a_reload_and_save_later(window, pane, qtbot):
    story = window.store.stories.add("Queue migration")
    bank = pane.story_bank
    bank.load(select=story.id)
    window.store.conn.fault = DISK
    qtbot.keyClicks(bank.fields["situation"], "Nodes drained")
    bank.flush()
    assert "kept on screen" in window.status_line.saved_label.text()
    bank.load()
    assert bank.fields["situation"].toPlainText() == "Nodes drained"
    window.store.conn.fault = None
    qtbot.waitUntil(lambda: window.store.stories.get(story.id).situation == "Nodes drained", timeout=3000)


@pytest.mark.parametrize("how", ["another pane saved", "flush"])
def test_an_open_note_edit_is_saved_before_the_list_is_read_again(window, pane, qtbot, how):
    note = window.store.notes.all(pane.interview.id)[0]
    pane.view.setFocus()
    pane.view.setCurrentIndex(pane.model.index(0, COL_TEXT))
    qtbot.keyClick(pane.view, Qt.Key.Key_Return)
    editor = pane.view.active_editor()
    editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(editor, " Yak")
    if how == "flush":
        window.flush_panes()
    else:  # e.g. the plan's autosave fires while the note is being edited
        window.plan_pane.data_changed.emit(pane.interview.id)
    assert window.store.notes.get(note.id).text == note.text + " Yak"
    assert pane.model.note_at(0).text == note.text + " Yak"


def test_the_note_being_typed_whose_draft_is_refused_comes_back_after_going_elsewhere(window, pane, qtbot):
    interview = window.store.interviews.get(pane.interview.id)
    window.store.conn.fault = DISK
    qtbot.keyClicks(pane.capture, "They want fewer pages")
    window.sidebar.select("application", interview.application_id)  # leaving writes the draft: refused
    assert window.store.notes.pending(interview.id) is None
    window.sidebar.select("interview", interview.id)
    assert pane.capture.toPlainText() == "They want fewer pages"
    window.store.conn.fault = None
    qtbot.keyClicks(pane.capture, "!")
    draft = lambda: window.store.notes.pending(interview.id)  # noqa: E731
    qtbot.waitUntil(lambda: draft() is not None and draft().text == "They want fewer pages!")
