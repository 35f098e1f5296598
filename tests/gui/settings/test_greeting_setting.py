"""Settings ▸ Letters ▸ Greeting: the default style of address, and new drafts greeting by it."""

from followup_desktop.core.models.letters import LetterPrefs, Profile
from followup_desktop.gui.common import dialogs
from followup_desktop.gui.letter.letter_dialogs import NewLetterRequest
from followup_desktop.gui.settings.settings_dialog import SettingsDialog

from ...core.letter_fixtures import fill_interview
from ..conftest import open_interview


def test_the_greeting_default_is_shown_and_returned(qtbot):
    dialog = SettingsDialog(None, Profile(), LetterPrefs())
    qtbot.addWidget(dialog)
    combo = dialog.findChild(type(dialog.salutation), "prefsSalutation")
    assert [combo.itemText(i) for i in range(combo.count())] == ["Dear Ms Raman", "Dear Priya", "Dear Priya Raman"]
    assert combo.currentData() == "title" and dialog.value()[1].salutation == "title"
    combo.setCurrentIndex(combo.findData("first"))
    assert dialog.value()[1].salutation == "first"
    again = SettingsDialog(None, Profile(), LetterPrefs(salutation="full"))
    qtbot.addWidget(again)
    assert again.salutation.currentData() == "full"


def test_a_new_draft_greets_by_the_chosen_default(window, monkeypatch):
    interview, dana, *_ = fill_interview(window.store)
    window.store.contacts.update(dana.id, form_of_address="Dr")
    window.refresh()
    open_interview(window, interview.id, "letter")
    monkeypatch.setattr(dialogs, "new_letter", lambda parent, people: NewLetterRequest("thank-you", [dana.id], ""))
    pane = window.letter_pane
    pane.commands.action_new.trigger()
    assert pane.editor.toPlainText().startswith("Dear Dr Lee,")  # a title is known: never the full name
    monkeypatch.setattr(
        dialogs,
        "edit_settings",
        lambda parent, profile, prefs, theme, keep: (profile, LetterPrefs(salutation="first"), theme, keep),
    )
    window.menus.action_settings.trigger()
    pane.commands.action_new.trigger()
    assert pane.editor.toPlainText().startswith("Dear Dana,")
    pane.flush()
