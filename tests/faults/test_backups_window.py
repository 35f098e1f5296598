"""The window's backups and restores: a backup that fails verification is said at once, a backup from
a newer version is never put in place, and nothing is moved aside for nothing."""

from datetime import datetime, timedelta

from followup_desktop import app as app_module
from followup_desktop.core import backup
from followup_desktop.core.clock import UTC
from followup_desktop.gui.common import dialogs

from .conftest import digest, random_middle_pages
from .test_backups_rotation import _from_a_newer_version


def test_restore_from_a_newer_version_in_the_window_changes_nothing(window, qtbot, answers, clock):
    window.store.applications.add("Kept")
    made = backup.make_backup(window.store.path, window.data.backups, clock.now())
    _from_a_newer_version(made.path)
    window.backups.restore_from_backup()
    assert answers.errors and "newer version" in answers.errors[0]
    assert [a.company for a in window.store.applications.all()] == ["Kept"]
    assert not list(window.data.root.glob("followup.sqlite3.before-restore-*"))


def test_recovery_when_the_newest_backup_is_from_a_newer_version(data, qtbot, monkeypatch, answers):
    now = datetime.now(UTC)
    older = backup.make_backup(data.database, data.backups, now - timedelta(days=2))
    newer = backup.make_backup(data.database, data.backups, now - timedelta(days=1))
    _from_a_newer_version(newer.path)
    data.database.write_bytes(b"no longer a database" * 100)
    offered = []
    monkeypatch.setattr(app_module, "_interactive", lambda: True)
    monkeypatch.setattr(dialogs, "ask_recovery", lambda parent, problem, can: offered.append(can) or "restore")
    window = app_module._open_window(data)
    qtbot.addWidget(window)
    assert offered == [True] and "Restored the backup" in window.statusBar().currentMessage()
    assert len(window.store.applications.all()) == 60 and newer.path.exists() and older.path.exists()
    window.store.close()


def test_a_backup_that_fails_verification_is_said_at_once(data, healthy_backup, qtbot, answers, clock):
    window = app_module.build_main_window(data.root, clock)
    qtbot.addWidget(window)
    good = digest(healthy_backup.path)
    random_middle_pages(data)  # damaged while the window is open
    window.backups.back_up_now()
    qtbot.waitUntil(lambda: not window.backups.busy, timeout=20_000)
    assert len(answers.errors) == 1 and answers.errors[0].startswith("No backup was made")
    assert "newest healthy backup" in answers.errors[0] and window.backups.problems
    app_module._back_up_on_quit(window)  # no second attempt, no rotation on quit
    assert [b.path for b in backup.list_backups(data.backups)] == [healthy_backup.path]
    assert digest(healthy_backup.path) == good
