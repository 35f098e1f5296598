"""A letter open in the composer, as a user gets one: an interview, the Letter tab, Letter ▸ New."""

from followup_desktop.gui.common import dialogs
from followup_desktop.gui.letter.letter_dialogs import NewLetterRequest

from ...core.letter_fixtures import fill_interview


def open_new_letter(window, monkeypatch, kind="thank-you"):
    """Fill an interview, show its Letter tab and draft a letter to Dana; returns (interview, dana)."""
    interview, dana, *_ = fill_interview(window.store)
    window.refresh()
    window.sidebar.select("interview", interview.id)
    window.tabs.setCurrentWidget(window.letter_pane)
    monkeypatch.setattr(dialogs, "new_letter", lambda parent, people: NewLetterRequest(kind, [dana.id]))
    window.letter_pane.commands.action_new.trigger()
    return interview, dana
