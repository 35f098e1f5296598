from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QPushButton

from followup_desktop.core.models import Challenge, Contact
from followup_desktop.core.models.letters import LetterPrefs, LetterVersion, Profile
from followup_desktop.gui.letter.letter_dialogs import ChallengesDialog, MarkSentDialog, NewLetterDialog, VersionsDialog
from followup_desktop.gui.settings.settings_dialog import SettingsDialog

PANEL = [Contact("a", "app", "Dana Lee", "CTO"), Contact("b", "app", "Sam Roe")]


def test_new_letter_one_per_interviewer(qtbot):
    dialog = NewLetterDialog(None, PANEL)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("rejection"))
    assert dialog.value().recipient_ids == ["a"] and dialog.value().kind == "rejection"
    dialog.each.setChecked(True)
    assert dialog.value().recipient_ids == ["a", "b"] and not dialog.recipient.isEnabled()


def test_new_letter_asks_what_is_new_only_for_a_check_in(qtbot):
    dialog = NewLetterDialog(None, PANEL)
    qtbot.addWidget(dialog)
    dialog.news.setText("I finished the certification")
    assert not dialog.news.isEnabled() and dialog.value().news == ""
    dialog.kind.setCurrentIndex(dialog.kind.findData("check-in"))
    assert dialog.news.isEnabled() and dialog.value().news == "I finished the certification"


def test_choose_challenges_prechecks_included(qtbot):
    dialog = ChallengesDialog(None, [Challenge("c1", "i", quote="q1"), Challenge("c2", "i", include_in_letter=0)])
    qtbot.addWidget(dialog)
    assert dialog.value() == ["c1"]
    dialog.list.item(1).setCheckState(Qt.CheckState.Checked)
    assert dialog.value() == ["c1", "c2"]


def test_mark_sent_and_versions(qtbot):
    sent = MarkSentDialog(None, QDate(2026, 3, 2))
    qtbot.addWidget(sent)
    sent.channel.setCurrentText("letter")
    assert sent.value() == (QDate(2026, 3, 2), "letter")
    versions = VersionsDialog(None, [LetterVersion("v1", "l", "sent", body="**Old** text")], lambda v: v.reason)
    qtbot.addWidget(versions)
    assert "Old text" in versions.preview.toPlainText() and versions.preview.isReadOnly()
    versions._restore()
    assert versions.chosen == "v1"


def test_settings_dialog_round_trips_its_values(qtbot):
    profile = Profile(name="Alex", address_lines=["1 High St", "Leeds"], email="a@x.test", closing="Best")
    prefs = LetterPrefs(
        paper_size="Letter", font_size=12, date_format="iso", spelling_language="en_GB", disabled_rules=["cliche"]
    )
    dialog = SettingsDialog(None, profile, prefs)
    qtbot.addWidget(dialog)
    assert dialog.objectName() == "settingsDialog"
    got_profile, got_prefs = dialog.value()
    assert got_profile.address_lines == ["1 High St", "Leeds"] and got_profile.closing == "Best"
    assert (got_prefs.paper_size, got_prefs.font_size, got_prefs.date_format, got_prefs.spelling_language) == (
        "Letter",
        12.0,
        "iso",
        "en_GB",
    )
    assert got_prefs.disabled_rules == ["cliche"]
    dialog.rules["length"].setChecked(False)
    assert set(dialog.value()[1].disabled_rules) == {"cliche", "length"}


def test_paper_default_comes_from_the_locale(qtbot):
    from followup_desktop.gui.settings.settings_dialog import locale_paper_size

    dialog = SettingsDialog(None, Profile(), LetterPrefs())
    qtbot.addWidget(dialog)
    assert dialog.value()[1].paper_size == locale_paper_size()


def test_choosing_a_letterhead_that_names_the_sender_ticks_the_sender_box(qtbot, answers, tmp_path):
    from ...export.docx_helpers import make_letterhead

    dialog = SettingsDialog(None, Profile(name="Acme Letterhead"), LetterPrefs())
    qtbot.addWidget(dialog)
    box = dialog.findChild(type(dialog.letterhead_sender), "prefsLetterheadSender")
    assert not box.isEnabled() and not box.isChecked()  # no letterhead: nothing to show the sender
    answers.open_path = str(make_letterhead(tmp_path))
    choose = dialog.findChild(QPushButton, "prefsLetterheadChoose")
    choose.click()
    assert box.isEnabled() and box.isChecked()
    assert dialog.value()[1].letterhead_shows_sender
    dialog.name.setText("Sam Roe")
    choose.click()  # the same letterhead for someone it does not name
    assert not box.isChecked()
    dialog.findChild(type(dialog.letterhead), "prefsLetterhead").clear()
    assert not box.isEnabled()
