"""Rotation never removes the newest healthy backup, nor any backup while the database is damaged;
copies left by a killed backup are removed; a backup this version cannot open is never put in place."""

import os
import signal
import sqlite3
import subprocess
import sys
from datetime import datetime, timedelta

import pytest

from followup_desktop.core import backup
from followup_desktop.core.clock import UTC

from .conftest import ROOT, backups_and_leftovers, digest, random_pages, run

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def _junk(folder, when, content=b"SQLite format 3\x00" + b"\xff" * 4000):
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"followup-{when:%Y%m%d-%H%M%S}.sqlite3"
    path.write_bytes(content)
    return path


def test_a_newer_broken_backup_never_pushes_the_healthy_one_out(data):
    good = backup.make_backup(data.database, data.backups, NOW - timedelta(hours=2))
    broken = _junk(data.backups, NOW - timedelta(hours=1))  # say, copied in by hand, or made by 0.1
    removed = backup.rotate(data.backups, daily=1, weekly=1)
    assert good.path.exists() and removed == []  # 0.1 kept only the newest of the day: the broken one
    assert broken.exists()  # the newest of the day stays too: rotation only ever adds protection


def test_a_refused_backup_removes_nothing(data):
    old = [_junk(data.backups, NOW - timedelta(days=d), b"x") for d in range(1, 30)]
    random_pages(data)
    with pytest.raises(backup.UnhealthyDatabaseError, match="No backup was made"):
        backup.back_up(data.database, data.backups, NOW, daily=1, weekly=1)
    assert all(p.exists() for p in old) and len(backup.list_backups(data.backups)) == len(old)


def test_the_second_backup_of_a_second_is_the_newest(data):
    first = backup.back_up(data.database, data.backups, NOW, daily=1, weekly=1)
    second = backup.back_up(data.database, data.backups, NOW, daily=1, weekly=1)
    assert second.path.name.endswith("-1.sqlite3")
    assert [b.path for b in backup.list_backups(data.backups)] == [second.path] and not first.path.exists()


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_copies_of_killed_backups_are_removed_and_running_ones_kept(tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    dead = [
        folder / "followup-20260301-120000.partial",
        folder / "followup-20260301-120000.partial-journal",
        folder / f"followup-20260301-130000.sqlite3.{_dead_pid()}.partial",
    ]
    running = folder / f"followup-20260301-140000.sqlite3.{os.getpid()}.partial"
    for path in (*dead, running):
        path.write_bytes(b"private notes")
    assert sorted(backup.clean_partials(folder)) == sorted(dead)
    assert running.exists() and not any(p.exists() for p in dead)


KILLED_AFTER_COPY = """
import sys, time
from datetime import datetime
from pathlib import Path
from followup_desktop.core import backup
def stop_here(path):  # the copy is complete and not yet renamed: the worst moment to be killed
    print("COPIED", flush=True)
    time.sleep(60)
backup.backup_problems = stop_here
backup.make_backup(Path(sys.argv[1]), Path(sys.argv[2]), datetime.now(backup.UTC))
"""


@pytest.fixture
def killed_backup(data):
    child = subprocess.Popen(
        [sys.executable, "-c", KILLED_AFTER_COPY, str(data.database), str(data.backups)],
        stdout=subprocess.PIPE,
        text=True,
        env=os.environ | {"PYTHONPATH": str(ROOT)},
    )
    try:
        assert child.stdout.readline().strip() == "COPIED"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    left = list(data.backups.glob("*.partial"))
    assert len(left) == 1 and left[0].stat().st_size > 100_000  # a whole copy of the user's data
    return left[0]


def test_the_next_backup_removes_a_killed_backups_copy(data, killed_backup):
    result = run("backup", folder=data.root)
    assert result.returncode == 0, result.stderr
    assert not killed_backup.exists() and all(n.endswith(".sqlite3") for n in backups_and_leftovers(data))


def test_the_next_start_removes_a_killed_backups_copy(data, killed_backup, qtbot):
    from followup_desktop.app import build_main_window

    window = build_main_window(data.root)
    qtbot.addWidget(window)
    backup.make_backup(data.database, data.backups, datetime.now(UTC))  # not due: start-up makes no backup
    window.finish_startup()
    qtbot.waitUntil(lambda: not window.backups.busy, timeout=20_000)
    assert not killed_backup.exists()
    window.store.close()


def _from_a_newer_version(path):
    conn = sqlite3.connect(path)
    with conn:
        conn.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
            "VALUES ('followup', '9999_from_the_future', 'x')"
        )
    conn.close()


def test_restoring_a_backup_from_a_newer_version_changes_nothing(data, tmp_path):
    newer = backup.make_backup(data.database, data.backups, NOW)
    _from_a_newer_version(newer.path)
    before = digest(data.database)
    result = run("restore", newer.path, folder=data.root)
    assert result.returncode == 1 and "newer version" in result.stderr and "Traceback" not in result.stderr
    assert digest(data.database) == before and not list(data.root.glob("followup.sqlite3.*"))


def test_recovery_skips_a_backup_from_a_newer_version(data):
    older = backup.make_backup(data.database, data.backups, NOW - timedelta(days=1))
    newer = backup.make_backup(data.database, data.backups, NOW)
    _from_a_newer_version(newer.path)
    assert backup.latest_healthy_backup(data.backups).path == older.path
    assert backup.backup_problems(newer.path) == []  # healthy, so rotation keeps it; just not restorable here


def test_rows_pointing_to_missing_rows_are_reported_but_still_backed_up(data):
    """The file is sound: refusing every backup for it would leave the user with older and older copies."""
    conn = sqlite3.connect(data.database)
    with conn:
        conn.execute(
            "INSERT INTO contacts (id, application_id, name, created_at, updated_at) "
            "VALUES ('c1', 'no-such-application', 'Orphan', '', '')"
        )
    conn.close()
    assert "point to rows that no longer exist" in backup.integrity_problems(data.database)[-1]
    made = backup.back_up(data.database, data.backups, NOW)
    assert backup.backup_problems(made.path) == []
    assert run("check", folder=data.root).returncode == 1
