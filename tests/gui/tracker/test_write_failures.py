"""Keep-in-touch, settings and the example when the disk refuses the write: the user is told why, the
ticks show what is stored, and a dialog's typed values come back in the dialog."""

import dataclasses

import pytest
from PySide6.QtCore import QDate

from followup_desktop.core import backup
from followup_desktop.gui.common import dialogs, theme

from ...core.tracker_fixtures import tracker_world

DISK = "disk I/O error"
WORDS = "the disk cannot be written"


@pytest.fixture
def box(window):
    ids = tracker_world(window.store)
    window.refresh()
    window.sidebar.select("application", ids["globex"])
    yield window.pages.application_view.keep_in_touch
    window.store.conn.fault = None


def asked_twice(monkeypatch, name, answer):
    """The dialog answers `answer` first, then Cancel; returns the initial values it was opened with."""
    seen = []

    def fake(*args):
        seen.append(args[-1])
        return answer if len(seen) == 1 else None

    monkeypatch.setattr(dialogs, name, fake)
    return seen


@pytest.mark.parametrize(
    "change", [lambda b: b.keep.click(), lambda b: b.has_date.click(), lambda b: b.date.setDate(QDate(2026, 5, 1))]
)
def test_a_keep_in_touch_change_that_fails_shows_the_stored_values(window, box, answers, change):
    window.store.conn.fault = DISK
    change(box)
    assert "Staying in touch was not saved" in answers.errors[-1] and WORDS in answers.errors[-1]
    app = window.store.applications.get(box.app_id)
    assert (
        (box.keep.isChecked(), box.has_date.isChecked())
        == (True, True)
        == (bool(app.keep_in_touch), bool(app.next_contact_at))
    )
    assert box.date.date() == QDate(2026, 3, 1) and box.date.isEnabled()


def test_a_contact_log_the_disk_refuses_opens_again_with_what_was_typed(window, box, answers, monkeypatch):
    typed = (QDate(2026, 2, 27), "phone", None, "Coffee with the CTO ☕")
    seen = asked_twice(monkeypatch, "add_contact_entry", typed)
    window.store.conn.fault = DISK
    box.add_entry()
    assert seen == [None, typed] and WORDS in answers.errors[0] and "opens again" in answers.errors[0]
    assert window.store.tracker.contact_log(box.app_id) == [] and box.log.topLevelItemCount() == 0


def test_the_contact_dialog_shows_the_values_it_is_given(window, box, qtbot):
    from followup_desktop.gui.tracker.tracker_dialogs import ContactEntryDialog

    contacts = window.store.contacts.all(window.store.applications.all()[0].id)
    typed = (QDate(2026, 2, 27), "phone", contacts[0].id, "Coffee ☕")
    dialog = ContactEntryDialog(window, contacts, QDate(2026, 3, 2), typed)
    qtbot.addWidget(dialog)
    assert dialog.value() == typed


def test_settings_the_disk_refuses_open_again_with_what_was_typed(window, answers, monkeypatch):
    profile, prefs = window.store.settings.profile(), window.store.settings.letter_prefs()
    typed = (dataclasses.replace(profile, name="Alex Doe"), prefs, "dark", (3, 2))
    seen = []
    monkeypatch.setattr(
        dialogs, "edit_settings", lambda parent, *initial: seen.append(initial) or (typed if len(seen) == 1 else None)
    )
    window.store.conn.fault = DISK
    window.menus.action_settings.trigger()
    window.store.conn.fault = None
    assert seen == [(profile, prefs, theme.current_theme(), backup.retention(window.store)), typed]
    assert WORDS in answers.errors[0] and "opens again with everything you typed" in answers.errors[0]
    assert window.store.settings.profile() == profile and backup.retention(window.store) != (3, 2)
    assert theme.current_theme() != "dark" and window.store.settings.get(theme.SETTING_KEY) is None


@pytest.mark.parametrize("command", ["try_example", "remove_example"])
def test_the_example_that_cannot_be_written_says_so(window, answers, command):
    if command == "remove_example":
        window.help.try_example()
    window.store.conn.fault = DISK
    getattr(window.help, command)()
    window.store.conn.fault = None
    assert "Nothing was changed" in answers.errors[-1] and WORDS in answers.errors[-1]
