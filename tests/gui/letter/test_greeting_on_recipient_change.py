"""Choosing another recipient rewrites the greeting in the new person's style, whatever style it was written in."""

from followup_desktop.core.models.letters import LetterPrefs
from followup_desktop.gui.common import dialogs
from followup_desktop.gui.letter.letter_dialogs import NewLetterRequest

from ...core.letter_fixtures import fill_interview
from ..conftest import open_interview


def _draft_to(window, monkeypatch, recipient):
    interview = window.store.interviews.all()[0]
    open_interview(window, interview.id, "letter")
    monkeypatch.setattr(dialogs, "new_letter", lambda parent, people: NewLetterRequest("thank-you", [recipient.id], ""))
    window.letter_pane.commands.action_new.trigger()
    return window.letter_pane


def test_the_greeting_follows_the_new_recipients_style(window, monkeypatch):
    interview, dana, sam, _ = fill_interview(window.store)
    window.store.contacts.update(dana.id, form_of_address="Dr")
    window.store.contacts.update(sam.id, form_of_address="Mr", salutation="first")
    window.refresh()
    pane = _draft_to(window, monkeypatch, dana)
    assert pane.editor.toPlainText().startswith("Dear Dr Lee,")
    pane.recipient.setCurrentIndex(pane.recipient.findData(sam.id))
    assert pane.editor.toPlainText().startswith("Dear Sam,")
    pane.recipient.setCurrentIndex(pane.recipient.findData(dana.id))
    assert pane.editor.toPlainText().startswith("Dear Dr Lee,")
    assert window.store.letters.get(pane.letter.id).body.startswith("Dear Dr Lee,")
    pane.flush()


def test_a_greeting_written_before_the_form_of_address_was_known_is_still_found(window, monkeypatch):
    interview, dana, sam, _ = fill_interview(window.store)
    window.refresh()
    pane = _draft_to(window, monkeypatch, dana)
    assert pane.editor.toPlainText().startswith("Dear Dana Lee,")
    window.store.contacts.update(dana.id, form_of_address="Ms")  # typed in later
    window.store.settings.save_letter_prefs(LetterPrefs(salutation="title"))
    pane.recipient.setCurrentIndex(pane.recipient.findData(sam.id))
    assert pane.editor.toPlainText().startswith("Dear Sam Roe,")
    pane.flush()
