import datetime

from followup_desktop import app as app_module
from followup_desktop.core import backup
from followup_desktop.gui.common import dialogs
from followup_desktop.gui.common.background import wait_for_background
from followup_desktop.paths import prepare_data_dir


def _backups(window):
    return backup.list_backups(window.data.backups)


def test_back_up_now_runs_off_the_gui_thread(window, qtbot):
    window.store.applications.add("Acme")
    with qtbot.waitSignal(window.backups.message) as message:
        window.findChild(type(window.menus.action_quit), "actionBackupNow").trigger()
    assert message.args[0].startswith("Backed up")
    assert len(_backups(window)) == 1


def test_automatic_backup_only_when_due(window, qtbot, clock):
    window.backups.back_up_if_due()
    wait_for_background()
    qtbot.waitUntil(lambda: not window.backups.busy)
    window.backups.back_up_if_due()  # the one just made is fresh: nothing to do
    assert not window.backups.busy and len(_backups(window)) == 1


def test_restore_keeps_the_current_data_aside(window, qtbot, answers, clock):
    window.store.applications.add("In the backup")
    with qtbot.waitSignal(window.backups.message):
        window.backups.back_up_now()
    window.store.applications.add("Added later")
    window.refresh()
    clock.advance(60)
    window.findChild(type(window.menus.action_quit), "actionRestoreBackup").trigger()
    assert [a.company for a in window.store.applications.all()] == ["In the backup"]
    assert window.sidebar.model.rowCount() == 2  # Dashboard and the application
    aside = list(window.data.root.glob("followup.sqlite3.before-restore-*"))
    assert len(aside) == 1


def test_words_typed_just_before_a_restore_go_aside_not_into_the_backup(window, qtbot, answers, clock):
    """A plan or letter edit still waiting for its autosave is written before the data is replaced."""
    import sqlite3

    from ..conftest import open_interview, sample_application, sample_interview

    answers.application, answers.interview = sample_application(), sample_interview()
    window.menus.action_new_application.trigger()
    window.menus.action_new_interview.trigger()
    interview = window.store.interviews.all()[0]
    window.store.plans.save(interview.id, research="Founded 1999")
    window.store.letters.add(interview.id, "thank-you", None, "Thanks", "Dear Dana,\n\nThank you.\n")
    with qtbot.waitSignal(window.backups.message):
        window.backups.back_up_now()
    open_interview(window, interview.id, "plan")
    window.plan_pane.research.setPlainText("Founded 1999. Typed just now.")  # the autosave has not run
    open_interview(window, interview.id, "letter")
    window.letter_pane.editor.append("Typed in the letter too.")
    clock.advance(60)
    window.findChild(type(window.menus.action_quit), "actionRestoreBackup").trigger()
    qtbot.wait(700)  # any autosave that was pending has had its chance
    assert window.store.plans.get(interview.id).research == "Founded 1999"
    assert "Typed" not in window.store.letters.all(interview.id)[0].body
    aside = next(window.data.root.glob("followup.sqlite3.before-restore-*"))
    kept = sqlite3.connect(aside)
    assert kept.execute("SELECT research FROM plans").fetchone()[0] == "Founded 1999. Typed just now."
    assert "Typed in the letter too." in kept.execute("SELECT body FROM letters").fetchone()[0]
    kept.close()


def test_restore_cancelled_changes_nothing(window, answers):
    window.store.applications.add("Acme")
    answers.backup_choice = None
    window.backups.restore_from_backup()
    assert answers.infos  # no backups yet: says so
    assert len(window.store.applications.all()) == 1


def test_unusable_database_recovered_from_a_backup(tmp_path, qtbot, monkeypatch, clock):
    data = prepare_data_dir(tmp_path / "data")
    first = app_module.build_main_window(data.root, clock)
    first.store.applications.add("Precious")
    backup.make_backup(first.store.path, data.backups, clock.now())
    first.store.close()
    first.deleteLater()
    data.database.write_bytes(b"this is no longer a database" * 100)
    (data.root / "followup.sqlite3-wal").unlink(missing_ok=True)
    monkeypatch.setattr(app_module, "_interactive", lambda: True)
    offered = []
    monkeypatch.setattr(dialogs, "ask_recovery", lambda parent, problem, can: offered.append(can) or "restore")
    window = app_module._open_window(data)
    qtbot.addWidget(window)
    assert offered == [True]
    assert [a.company for a in window.store.applications.all()] == ["Precious"]
    assert len(list(data.root.glob("followup.sqlite3.unusable-*"))) == 1
    window.store.close()


def test_unusable_database_and_quit_leaves_the_file(tmp_path, monkeypatch):
    data = prepare_data_dir(tmp_path / "data")
    data.database.write_bytes(b"junk" * 100)
    monkeypatch.setattr(app_module, "_interactive", lambda: True)
    monkeypatch.setattr(dialogs, "ask_recovery", lambda parent, problem, can: "quit")
    monkeypatch.setattr(dialogs, "show_error", lambda *a, **k: None)
    assert app_module._open_window(data) is None
    assert data.database.read_bytes() == b"junk" * 100


def test_a_backup_finishing_after_the_window_closed_is_harmless(window, qtbot):
    import time

    import shiboken6
    from PySide6.QtCore import QObject

    from followup_desktop.gui.common.background import run_in_background

    heard = []
    for keep in (True, False):
        owner = QObject()
        run_in_background(lambda keep=keep: time.sleep(0.2) or keep, lambda result, error: heard.append(result), owner)
        if not keep:
            shiboken6.delete(owner)
        wait_for_background()
        qtbot.wait(50)
    assert heard == [True]


def _old_backups(window, days):
    window.data.backups.mkdir(parents=True, exist_ok=True)
    now = window.store.clock.now()
    for day in range(1, days + 1):
        (window.data.backups / f"followup-{now - datetime.timedelta(days=day):%Y%m%d-%H%M%S}.sqlite3").write_bytes(b"x")


def test_back_up_now_keeps_as_many_as_the_settings_say(window, qtbot):
    window.store.settings.set(backup.DAILY_KEY, 2)
    window.store.settings.set(backup.WEEKLY_KEY, 1)
    _old_backups(window, 20)
    with qtbot.waitSignal(window.backups.message):
        window.backups.back_up_now()
    assert len(_backups(window)) == 2  # today and yesterday (the week's newest is today's)


def test_the_settings_dialog_edits_the_backup_retention(qtbot):
    from followup_desktop.core.models.letters import LetterPrefs, Profile
    from followup_desktop.gui.settings.settings_dialog import SettingsDialog

    dialog = SettingsDialog(None, Profile(), LetterPrefs(), retention=(10, 4))
    qtbot.addWidget(dialog)
    assert dialog.retention() == (10, 4)
    dialog.backup_daily.setValue(5)
    dialog.backup_weekly.setValue(8)
    assert dialog.retention() == (5, 8) and dialog.backup_daily.accessibleName() == "Daily backups to keep"


def test_an_old_backup_that_cannot_be_brought_up_to_date_is_explained(window, qtbot, answers, clock):
    """The restored backup is from an older version and the disk refuses its upgrade: no traceback."""
    import sqlite3

    with qtbot.waitSignal(window.backups.message):
        window.backups.back_up_now()
    made = sqlite3.connect(_backups(window)[0].path)  # as if made before the newest schema step
    with made:
        made.execute("DELETE FROM _sqlite_migrations WHERE rowid = (SELECT max(rowid) FROM _sqlite_migrations)")
    made.close()
    clock.advance(60)
    window.store.conn.fault = "disk I/O error"
    window.findChild(type(window.menus.action_quit), "actionRestoreBackup").trigger()
    window.store.conn.fault = None
    assert len(answers.errors) == 1
    assert "could not be brought up to date" in answers.errors[0] and "restart" in answers.errors[0]
    assert list(window.data.root.glob("followup.sqlite3.before-restore-*"))
