"""The challenge board's "In my words": a marked suggestion until the user edits or accepts it, the quote
choice, and both reaching the letter."""

import pytest
from PySide6.QtCore import Qt

from followup_desktop.gui.common import dialogs
from followup_desktop.gui.letter.letter_dialogs import NewLetterRequest

from .conftest import DISK


def _row(board, quote):
    row = next(i for i, c in enumerate(board.challenges) if c.quote == quote)
    board.list.setCurrentRow(row)
    return board.current()


def test_a_challenge_without_words_shows_a_marked_suggestion_that_is_not_stored(window, pane):
    board = pane.board
    hiring = _row(board, "hiring is slow")
    field = board.summary
    assert field.edit.text() == "Hiring is slow" and field.is_suggestion()
    assert field.edit.font().italic() and field.note.text() == "Suggested words" and field.use.isVisibleTo(board)
    assert "not yet your words" in field.edit.accessibleDescription()
    assert "not in your words yet" not in board.list.currentItem().text()  # it is not in the letter
    _row(board, "releases only happen once a fortnight")
    board.flush()
    assert window.store.challenges.get(hiring.id).summary == ""  # showing a suggestion writes nothing
    assert not field.is_suggestion() and field.edit.text() == "releases happen only once a fortnight"
    assert field.note.text() == "In my words" and not field.use.isVisibleTo(board)


def test_typing_makes_them_the_users_words(window, pane, qtbot):
    board = pane.board
    hiring = _row(board, "hiring is slow")
    field = board.summary
    field.edit.selectAll()
    qtbot.keyClicks(field.edit, "senior hires take five months")
    assert not field.is_suggestion() and not field.edit.font().italic()
    board.flush()
    assert window.store.challenges.get(hiring.id).summary == "senior hires take five months"


@pytest.mark.parametrize("how", ["button", "enter"])
def test_the_suggestion_is_kept_as_it_is_on_request(window, pane, qtbot, how):
    board = pane.board
    window.store.challenges.update(_row(board, "hiring is slow").id, include_in_letter=True)
    pane.refresh()
    hiring = _row(board, "hiring is slow")
    assert "not in your words yet" in board.list.currentItem().text()
    if how == "button":
        board.summary.use.click()
    else:
        qtbot.keyClick(board.summary.edit, Qt.Key.Key_Return)
    assert window.store.challenges.get(hiring.id).summary == "Hiring is slow"
    assert not board.summary.is_suggestion() and "not in your words yet" not in board.list.currentItem().text()


def test_the_quote_choice_is_stored(window, pane):
    board = pane.board
    queue = _row(board, "the payment queue loses messages when a node drains")
    assert not board.quote.isChecked()
    board.quote.click()
    assert window.store.challenges.get(queue.id).quote_in_letter == 1
    _row(board, "hiring is slow")
    _row(board, "the payment queue loses messages when a node drains")
    assert board.quote.isChecked()


def test_words_the_disk_refuses_stay_on_screen_and_are_saved_later(window, pane, qtbot):
    board = pane.board
    hiring = _row(board, "hiring is slow")
    window.store.conn.fault = DISK
    board.summary.edit.selectAll()
    qtbot.keyClicks(board.summary.edit, "hiring is painfully slow")
    board.flush()
    assert ("Your words for “hiring is slow”", "hiring is painfully slow") in board.unsaved_texts()
    pane.refresh()
    _row(board, "releases only happen once a fortnight")
    _row(board, "hiring is slow")
    assert board.summary.edit.text() == "hiring is painfully slow" and not board.summary.is_suggestion()
    window.store.conn.fault = None
    qtbot.waitUntil(lambda: window.store.challenges.get(hiring.id).summary == "hiring is painfully slow", timeout=3000)


def test_from_the_board_to_the_letter(window, pane, monkeypatch):
    board = pane.board
    hiring = _row(board, "hiring is slow")
    board.include.click()
    interview_id = pane.interview.id
    dana = next(c for c in window.store.contacts.all(window.store.interviews.get(interview_id).application_id))
    monkeypatch.setattr(dialogs, "new_letter", lambda parent, people: NewLetterRequest("thank-you", [dana.id], ""))

    def draft():
        window.tabs.setCurrentWidget(window.letter_pane)
        window.letter_pane.commands.action_new.trigger()
        return window.letter_pane.editor.toPlainText()

    assert "«hiring is slow»" in draft()  # not accepted yet: the letter marks it for the checks
    window.tabs.setCurrentWidget(window.notes_pane)
    _row(board, "hiring is slow")
    board.summary.use.click()
    text = draft()
    assert "hiring is slow" in text and "«hiring is slow»" not in text
    assert window.store.challenges.get(hiring.id).summary == "Hiring is slow"
    window.letter_pane.flush()
