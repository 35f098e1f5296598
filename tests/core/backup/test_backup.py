from datetime import datetime, timedelta

import pytest

from followup_desktop.core import backup
from followup_desktop.core.backup import BackupError
from followup_desktop.core.clock import UTC
from followup_desktop.core.store import Store

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


@pytest.fixture
def db(tmp_path, clock):
    store = Store.open(tmp_path / "followup.sqlite3", clock)
    store.applications.add("Acme — 🚀", "Engineer")
    yield store
    store.close()


def test_backup_of_a_live_database(tmp_path, db):
    made = backup.make_backup(db.path, tmp_path / "backups", NOW)
    assert made.path.name == "followup-20260302-090000.sqlite3"
    assert made.path.stat().st_mode & 0o777 == 0o600
    assert backup.integrity_problems(made.path) == []
    copy = Store.open(made.path)
    assert [a.company for a in copy.applications.all()] == ["Acme — 🚀"]
    copy.close()


def test_two_backups_in_the_same_second_do_not_overwrite(tmp_path, db):
    first = backup.make_backup(db.path, tmp_path / "b", NOW)
    second = backup.make_backup(db.path, tmp_path / "b", NOW)
    assert first.path != second.path and first.path.exists() and second.path.exists()


def test_needs_backup_after_a_day(tmp_path, db):
    folder = tmp_path / "b"
    assert backup.needs_backup(folder, NOW)
    backup.make_backup(db.path, folder, NOW)
    assert not backup.needs_backup(folder, NOW + timedelta(hours=23))
    assert backup.needs_backup(folder, NOW + timedelta(hours=24))


def test_rotation_keeps_ten_daily_and_four_weekly(tmp_path):
    folder = tmp_path / "b"
    folder.mkdir()
    for day in range(60):
        for hour in (8, 20):
            when = NOW - timedelta(days=day, hours=hour)
            (folder / f"followup-{when:%Y%m%d-%H%M%S}.sqlite3").write_bytes(b"x")
    removed = backup.rotate(folder, daily=10, weekly=4)
    kept = backup.list_backups(folder)
    days = {b.taken_at.date() for b in kept}
    assert len(kept) == len(days)  # one per day at most
    assert sorted(days)[-10:] == sorted({(NOW - timedelta(days=d, hours=8)).date() for d in range(10)})
    assert len(kept) <= 14 and removed
    assert all(not p.exists() for p in removed)


def test_restore_sets_the_current_database_aside(tmp_path, db, clock):
    made = backup.make_backup(db.path, tmp_path / "b", NOW)
    db.applications.add("Added after the backup")
    db.close()
    previous = backup.restore(made.path, db.path, NOW + timedelta(hours=1))
    assert previous.name == "followup.sqlite3.before-restore-20260302-100000"
    assert previous.exists()
    restored = Store.open(db.path)
    assert [a.company for a in restored.applications.all()] == ["Acme — 🚀"]
    restored.close()
    aside = Store.open(previous)
    assert len(aside.applications.all()) == 2
    aside.close()


def test_restoring_a_broken_backup_changes_nothing(tmp_path, db):
    broken = tmp_path / "followup-20260101-000000.sqlite3"
    broken.write_bytes(b"SQLite format 3\x00" + b"\x00" * 50)
    before = db.path.read_bytes()
    with pytest.raises(BackupError, match="not a healthy backup"):
        backup.restore(broken, db.path, NOW)
    assert db.path.read_bytes() == before


@pytest.mark.parametrize(
    "content, words",
    [
        (b"plain text, not a database" * 10, "not an SQLite database"),
        (b"SQLite format 3\x00" + b"\xff" * 4000, "the file is damaged"),
    ],
)
def test_integrity_problems_in_plain_words(tmp_path, content, words):
    path = tmp_path / "bad.sqlite3"
    path.write_bytes(content)
    problems = backup.integrity_problems(path)
    assert problems and words in problems[0]


def test_a_healthy_database_has_no_problems(db):
    assert backup.integrity_problems(db.path) == []
    assert backup.integrity_problems(db.path, quick=True) == []


def test_move_aside_keeps_companions(tmp_path):
    path = tmp_path / "followup.sqlite3"
    path.write_bytes(b"damaged")
    (tmp_path / "followup.sqlite3-wal").write_bytes(b"wal")
    moved = backup.move_aside(path, "damaged", NOW)
    assert moved.read_bytes() == b"damaged" and not path.exists()
    assert (tmp_path / (moved.name + "-wal")).read_bytes() == b"wal"
    again = tmp_path / "followup.sqlite3"
    again.write_bytes(b"second")
    assert backup.move_aside(again, "damaged", NOW) != moved


def test_recover_by_restoring_the_latest_healthy_backup(tmp_path, db):
    folder = tmp_path / "b"
    good = backup.make_backup(db.path, folder, NOW)
    (folder / "followup-20260303-000000.sqlite3").write_bytes(b"SQLite format 3\x00" + b"\xff" * 100)
    db.close()
    db.path.write_bytes(b"garbage garbage")
    message = backup.recover(db.path, folder, "restore", NOW)
    assert "Restored the backup" in message
    assert (tmp_path / "followup.sqlite3.unusable-20260302-090000").read_bytes() == b"garbage garbage"
    assert Store.open(db.path).applications.all()[0].company == "Acme — 🚀"
    assert good.path.exists()


def test_recover_with_a_fresh_database_keeps_the_old_file(tmp_path, db):
    db.close()
    db.path.write_bytes(b"garbage")
    assert "new, empty database" in backup.recover(db.path, tmp_path / "none", "fresh", NOW)
    assert not db.path.exists()
    assert (tmp_path / "followup.sqlite3.unusable-20260302-090000").read_bytes() == b"garbage"


def test_recover_without_any_backup_changes_nothing(tmp_path, db):
    db.close()
    db.path.write_bytes(b"garbage")
    with pytest.raises(BackupError, match="no healthy backup"):
        backup.recover(db.path, tmp_path / "none", "restore", NOW)
    assert db.path.read_bytes() == b"garbage"


def test_restore_into_the_open_database(tmp_path, db, clock):
    made = backup.make_backup(db.path, tmp_path / "b", NOW)
    db.applications.add("Added after the backup")
    aside = backup.restore_into_open(made.path, db.conn, db.path, NOW)
    assert [a.company for a in db.applications.all()] == ["Acme — 🚀"]
    kept = Store.open(aside)
    assert len(kept.applications.all()) == 2
    kept.close()
    db.applications.add("Still writable")
    assert len(db.applications.all()) == 2


@pytest.mark.parametrize(
    "daily, weekly, expected",
    [
        (None, None, (10, 4)),
        (3, 2, (3, 2)),
        (0, -1, (10, 4)),
        ("7", True, (10, 4)),
        (520, 1, (520, 1)),
    ],
)
def test_retention_comes_from_the_settings(db, daily, weekly, expected):
    for key, value in ((backup.DAILY_KEY, daily), (backup.WEEKLY_KEY, weekly)):
        if value is not None:
            db.settings.set(key, value)
    assert backup.retention(db) == expected
    assert backup.retention_of_file(db.path) == expected


def test_retention_of_an_unreadable_file_is_the_default(tmp_path):
    (tmp_path / "junk.sqlite3").write_bytes(b"not a database")
    assert backup.retention_of_file(tmp_path / "junk.sqlite3") == (10, 4)
