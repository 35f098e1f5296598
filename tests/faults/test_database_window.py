"""Every kind of damage through the real window: it never opens a damaged file silently, and its
backups (at start-up and on quit) never rotate a good copy away."""

import pytest

from followup_desktop import app as app_module
from followup_desktop.core import backup
from followup_desktop.gui.common import dialogs

from .conftest import DAMAGE, digest


@pytest.fixture
def recovery(monkeypatch, answers):
    """The start-up recovery dialog, answered with `choice`; records what it was offered."""
    offered = []
    state = {"choice": "quit"}
    monkeypatch.setattr(app_module, "_interactive", lambda: True)
    monkeypatch.setattr(app_module, "_startup_error", lambda title, text: answers.errors.append(text) or 1)
    monkeypatch.setattr(
        dialogs, "ask_recovery", lambda parent, problem, can: offered.append((problem, can)) or state["choice"]
    )
    return offered, state


def _start_and_quit(window, qtbot):
    """What a shown window does after its first paint (start-up check and backup), then quitting."""
    qtbot.addWidget(window)
    window.finish_startup()
    qtbot.waitUntil(lambda: not window.backups.busy, timeout=20_000)
    app_module._back_up_on_quit(window)


def test_the_window_never_opens_damage_silently(damaged, data, healthy_backup, qtbot, recovery, answers):
    kind, seen = damaged
    offered, _ = recovery
    good = digest(healthy_backup.path)
    window = app_module._open_window(data)
    if window is not None:
        _start_and_quit(window, qtbot)
    told = offered or answers.errors or (window and "another database" in window.statusBar().currentMessage())
    assert bool(told) == seen, (offered, answers.errors)
    assert not any("Something went wrong" in e for e in answers.errors)
    kept = backup.list_backups(data.backups)
    assert kept and all(not backup.backup_problems(b.path) for b in kept)  # nothing broken was kept
    if seen and "-wal" not in kind:
        assert [b.path for b in kept] == [healthy_backup.path] and digest(healthy_backup.path) == good
        assert not list(data.backups.glob("*.partial*"))


@pytest.mark.parametrize("kind", [k for k, (_, seen) in DAMAGE.items() if seen and "-wal" not in k])
def test_recovery_puts_the_healthy_backup_back(kind, data, healthy_backup, qtbot, recovery, answers):
    offered, state = recovery
    DAMAGE[kind][0](data)
    state["choice"] = "restore"
    window = app_module._open_window(data)
    if window is None or not offered:  # opened; the start-up check says so and offers File ▸ Restore
        assert window is not None
        qtbot.addWidget(window)
        window.finish_startup()
        qtbot.waitUntil(lambda: not window.backups.busy, timeout=20_000)
        assert answers.errors and "damaged" in answers.errors[0] and "Restore from backup" in answers.errors[0]
        window.backups.restore_from_backup()  # answers.backup_choice = 0: the newest, the healthy one
    else:
        qtbot.addWidget(window)
        assert offered[0][1]  # a healthy backup was offered
    assert len(window.store.applications.all()) == 60
    app_module._back_up_on_quit(window)
    assert backup.integrity_problems(data.database) == []
    kept = list(data.root.glob("followup.sqlite3.*"))  # the damaged file, kept under a new name
    assert kept, "the damaged file must be kept"


def test_another_databases_wal_is_set_aside_not_applied(data, healthy_backup, qtbot, recovery, answers):
    DAMAGE["a -wal of another FollowUp database"][0](data)
    wal = data.database.with_name("followup.sqlite3-wal").read_bytes()
    window = app_module._open_window(data)
    qtbot.addWidget(window)
    assert "belonged to another database" in window.statusBar().currentMessage()
    assert len(window.store.applications.all()) == 60  # ours, not the other database's one
    aside = list(data.root.glob("followup.sqlite3-wal.not-this-database-*"))
    assert len(aside) == 1 and aside[0].read_bytes() == wal
    _start_and_quit(window, qtbot)
    assert not answers.errors
