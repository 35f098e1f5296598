"""Saving the profile later fills «your name» / «your address» in unsent drafts: asked once, undoable."""

import pytest

from followup_desktop.core.models.letters import LetterPrefs, Profile
from followup_desktop.gui.common import dialogs
from followup_desktop.gui.letter.letter_dialogs import NewLetterRequest

from ...core.letter_fixtures import fill_interview
from ..conftest import open_interview

ALEX = Profile(name="Alex Doe", address_lines=["1 High Street", "Leeds"])


@pytest.fixture
def drafted(window, monkeypatch):
    """Two drafts written on the Letter tab before the profile was filled in; the second is on screen."""
    interview, dana, sam, _ = fill_interview(window.store)
    window.store.settings.save_profile(Profile())
    window.refresh()
    open_interview(window, interview.id, "letter")
    monkeypatch.setattr(
        dialogs, "new_letter", lambda parent, people: NewLetterRequest("thank-you", [dana.id, sam.id], "")
    )
    window.letter_pane.commands.action_new.trigger()
    letters = window.store.letters.all(interview.id)
    assert len(letters) == 2 and all("«your name»" in x.body for x in letters)
    yield window, letters
    window.letter_pane.flush()


def _save_settings(window, monkeypatch, profile, prefs=None):
    monkeypatch.setattr(dialogs, "edit_settings", lambda parent, _p, p, theme, keep: (profile, prefs or p, theme, keep))
    window.menus.action_settings.trigger()


def _status(window):
    return window.statusBar().currentMessage()


def test_filling_in_signs_every_draft_and_shows_it_on_screen(drafted, monkeypatch, answers):
    window, letters = drafted
    answers.fill_drafts = True
    _save_settings(window, monkeypatch, ALEX)
    assert answers.fill_questions == [(2, "name and address")]
    assert all("«your name»" not in window.store.letters.get(x.id).body for x in letters)
    assert window.letter_pane.editor.toPlainText().rstrip().endswith("Alex Doe")  # the draft on screen too
    assert "Filled in your name and address in 2 unsent drafts" in _status(window)
    undo = window.settings.undo_fill_action
    assert undo in window.menus["edit"].actions() and undo.isEnabled()
    undo.trigger()
    assert [window.store.letters.get(x.id).body for x in letters] == [x.body for x in letters]
    assert window.letter_pane.editor.toPlainText().rstrip().endswith("«your name»")
    assert not undo.isEnabled() and "Put back the placeholders in 2 drafts" in _status(window)


def test_a_draft_edited_after_filling_keeps_the_edit_on_undo(drafted, monkeypatch, answers, qtbot):
    window, letters = drafted
    answers.fill_drafts = True
    _save_settings(window, monkeypatch, ALEX)
    pane = window.letter_pane
    on_screen = pane.session.letter.id
    pane.editor.moveCursor(pane.editor.textCursor().MoveOperation.End)
    pane.editor.insertPlainText("\nP.S. Typed after the fill.")
    window.settings.undo_fill_action.trigger()  # the typed words are stored first, never undone
    assert "P.S. Typed after the fill." in window.store.letters.get(on_screen).body
    assert "Alex Doe" in window.store.letters.get(on_screen).body
    other = next(x for x in letters if x.id != on_screen)
    assert window.store.letters.get(other.id).body == other.body
    assert _status(window) == "Put back the placeholders in 1 draft. 1 draft you edited since stays as it is."


def test_leaving_them_is_remembered_and_not_asked_again(drafted, monkeypatch, answers):
    window, letters = drafted
    answers.fill_drafts = False
    _save_settings(window, monkeypatch, ALEX)
    _save_settings(window, monkeypatch, Profile(name="Alex B. Doe"))
    assert answers.fill_questions == [(2, "name and address")]  # asked once
    assert all(window.store.letters.get(x.id).body == x.body for x in letters)
    assert not window.settings.undo_fill_action.isEnabled()


def test_no_question_when_the_profile_fills_nothing(drafted, monkeypatch, answers):
    window, _letters = drafted
    _save_settings(window, monkeypatch, Profile(closing="Best"), LetterPrefs(salutation="first"))
    assert answers.fill_questions == [] and _status(window) == "Settings saved."
    assert window.store.settings.letter_prefs().salutation == "first"
