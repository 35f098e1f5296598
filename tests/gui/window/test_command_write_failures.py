"""Window, tracker and notes commands when the disk refuses the write: the user is told why in plain
words, no traceback escapes, typed values come back, and what is shown matches the database."""

import pytest

from followup_desktop.gui.common import dialogs
from followup_desktop.gui.notes.model import COL_TEXT

from ...core.letter_fixtures import fill_interview
from ..conftest import sample_application, sample_interview

DISK = "disk I/O error"
WORDS = "the disk cannot be written"


@pytest.fixture
def filled(window):
    interview, dana, sam, challenges = fill_interview(window.store)
    window.refresh()
    window.sidebar.select("interview", interview.id)
    yield interview
    window.store.conn.fault = None


def action(window, name):
    return window.findChild(type(window.menus.action_quit), name)


def asked_twice(monkeypatch, name, form):
    """The dialog answers `form` first, then Cancel; returns the initial values it was opened with."""
    seen = []

    def fake(*args):
        seen.append(args[-1])
        return form if len(seen) == 1 else None

    monkeypatch.setattr(dialogs, name, fake)
    return seen


def test_a_new_application_the_disk_refuses_opens_again_with_what_was_typed(window, answers, monkeypatch):
    form = sample_application("Initech")
    seen = asked_twice(monkeypatch, "edit_application", form)
    window.store.conn.fault = DISK
    action(window, "actionNewApplication").trigger()
    window.store.conn.fault = None
    assert seen == [None, form] and WORDS in answers.errors[0] and "opens again" in answers.errors[0]
    assert window.store.applications.all() == []


def test_an_interview_edit_the_disk_refuses_opens_again_with_what_was_typed(window, filled, answers, monkeypatch):
    form = sample_interview("Final round")
    seen = asked_twice(monkeypatch, "edit_interview", form)
    window.store.conn.fault = DISK
    action(window, "actionEditItem").trigger()
    assert seen[1] is form and WORDS in answers.errors[0]
    assert window.store.interviews.get(filled.id).title == "Round 1"


def test_delete_and_undo_delete_that_fail_keep_everything_and_can_be_retried(window, filled, answers):
    window.store.conn.fault = DISK
    action(window, "actionDelete").trigger()
    assert WORDS in answers.errors[-1] and window.store.interviews.get(filled.id)
    window.store.conn.fault = None
    action(window, "actionDelete").trigger()
    window.store.conn.fault = DISK
    action(window, "actionUndoDelete").trigger()
    assert WORDS in answers.errors[-1] and window.menus.action_undo.isEnabled()
    window.store.conn.fault = None
    action(window, "actionUndoDelete").trigger()
    assert window.store.interviews.get(filled.id).title == "Round 1" and window.store.trash.all() == []


def test_emptying_the_trash_that_fails_keeps_it(window, filled, answers):
    action(window, "actionDelete").trigger()
    answers.trash = ("empty", None)
    window.store.conn.fault = DISK
    action(window, "actionTrash").trigger()
    assert WORDS in answers.errors[-1] and len(window.store.trash.all()) == 1 and window.menus.action_undo.isEnabled()


def test_an_outcome_that_fails_puts_the_bar_back(window, filled, answers):
    window.store.conn.fault = DISK
    window.tabs.outcome_bar.choose("rejected")
    assert WORDS in answers.errors[-1] and WORDS in window.statusBar().currentMessage()
    assert window.tabs.outcome_bar.combo.currentData() == "pending" == window.store.interviews.get(filled.id).outcome


@pytest.mark.parametrize(
    "offer, words",
    [("_offer_next_round", "next interview was not created"), ("_offer_rejection_letter", "letter was not created")],
)
def test_what_an_outcome_offers_says_when_it_cannot_be_written(window, filled, answers, offer, words):
    interviews = window.store.interviews.all()
    window.store.conn.fault = DISK
    getattr(window.tracker, offer)(filled.id)
    assert WORDS in answers.errors[-1] and words in answers.errors[-1]
    assert window.store.interviews.all() == interviews and window.store.letters.all(filled.id) == []


def _notes(window, filled):
    window.tabs.setCurrentWidget(window.notes_pane)
    pane = window.notes_pane
    pane.view.setCurrentIndex(pane.model.index(0, COL_TEXT))
    return pane, [(n.id, n.stamped_at) for n in window.store.notes.all(filled.id)]


def test_a_note_delete_or_nudge_that_fails_is_reported_and_the_note_stays(window, filled):
    pane, before = _notes(window, filled)
    window.store.conn.fault = DISK
    action(window, "actionNudgeBack5s").trigger()
    assert "time was not changed" in pane.banner.text() and WORDS in pane.banner.text()
    pane.commands.delete_selected()
    assert "not deleted" in pane.banner.text() and WORDS in window.status_line.saved_label.text()
    assert [(n.id, n.stamped_at) for n in window.store.notes.all(filled.id)] == before
    assert pane.model.rowCount() == len(before)


def test_a_notes_undo_that_fails_stays_on_the_undo_stack(window, filled, qtbot):
    pane, before = _notes(window, filled)
    pane.commands.delete_selected()
    window.store.conn.fault = DISK
    pane.commands.undo()
    assert "Could not undo the delete" in pane.banner.text() and pane.session.undo_steps
    window.store.conn.fault = None
    pane.commands.undo()
    assert [(n.id, n.stamped_at) for n in window.store.notes.all(filled.id)] == before


def test_board_and_story_commands_that_fail_say_so(window, filled):
    pane, _ = _notes(window, filled)
    board, stories = pane.board, pane.story_bank
    board.list.setCurrentRow(0)
    count, story_count = board.list.count(), len(window.store.stories.all())
    window.store.conn.fault = DISK
    board.remove_current()
    assert "highlight was not removed" in window.status_line.saved_label.text()
    board.move_current(1)
    assert "not moved" in window.status_line.saved_label.text()
    stories.new_story()
    saved = window.status_line.saved_label.text()
    assert "story was not added" in saved and WORDS in saved
    assert board.list.count() == count == len(window.store.challenges.all(filled.id))
    assert len(window.store.stories.all()) == story_count
