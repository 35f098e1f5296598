import shutil
import sqlite3
from pathlib import Path

import pytest

from followup_desktop.core.store import NewerSchemaError, NotADatabaseError, Store, migrations


def test_migrates_an_empty_file(tmp_path):
    store = Store.open(tmp_path / "db.sqlite3")
    tables = set(store.db.table_names())
    assert {"applications", "contacts", "interviews", "interview_participants", "trash"} <= tables
    applied = migrations.migrations.applied(store.conn)
    assert applied == migrations.migrations.names()
    store.close()


def test_rerunning_migrations_is_a_no_op(tmp_path):
    path = tmp_path / "db.sqlite3"
    Store.open(path).close()
    store = Store.open(path)
    store.migrate()
    names = migrations.migrations.applied(store.conn)
    assert names == migrations.migrations.names() and len(names) == len(set(names))
    store.close()


def test_wal_and_foreign_keys_are_on(file_store):
    assert file_store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert file_store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert file_store.db.execute("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL


def test_database_file_is_owner_only(tmp_path):
    path = tmp_path / "db.sqlite3"
    Store.open(path).close()
    assert path.stat().st_mode & 0o777 == 0o600


def test_newer_schema_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "db.sqlite3"
    Store.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('followup', '9999_from_the_future', 'x')"
    )
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(NewerSchemaError, match="newer version"):
        Store.open(path)
    assert path.read_bytes() == before


@pytest.mark.parametrize("content", [b"hello, this is a text file\n" * 10, b"\x89PNG\r\n\x1a\n" + b"\0" * 100])
def test_a_file_that_is_not_sqlite_is_refused_and_untouched(tmp_path, content):
    path = tmp_path / "db.sqlite3"
    path.write_bytes(content)
    with pytest.raises(NotADatabaseError, match="not an SQLite file"):
        Store.open(path)
    assert path.read_bytes() == content


def test_a_damaged_sqlite_file_is_refused_and_untouched(tmp_path):
    path = tmp_path / "db.sqlite3"
    path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    with pytest.raises(NotADatabaseError):
        Store.open(path)
    assert path.read_bytes() == b"SQLite format 3\x00" + b"\xff" * 4000


def test_opening_an_up_to_date_database_does_not_import_sqlite_utils(tmp_path):
    import subprocess
    import sys

    path = tmp_path / "db.sqlite3"
    Store.open(path).close()
    code = (
        "import sys; from followup_desktop.core.store import Store; s = Store.open(sys.argv[1]); "
        "s.applications.all(); s.interviews.all(); "
        "print('sqlite_utils' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True)
    assert out.stdout.strip() == "False", out.stderr


def test_a_step_name_cannot_be_registered_twice():
    with pytest.raises(ValueError, match="registered twice"):
        migrations.migrations(name=migrations.migrations.names()[0])(lambda db: None)


SCHEMA_FIXTURES = sorted((Path(__file__).resolve().parents[2] / "fixtures" / "schema").glob("*.sqlite3"))


def _master(path):
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return sorted(
            conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall(),
            key=lambda row: (row[0], row[1]),
        )
    finally:
        conn.close()


@pytest.mark.parametrize("fixture", SCHEMA_FIXTURES, ids=[p.stem for p in SCHEMA_FIXTURES])
def test_every_released_schema_upgrades_to_exactly_a_fresh_database(fixture, tmp_path):
    upgraded, fresh = tmp_path / "upgraded.sqlite3", tmp_path / "fresh.sqlite3"
    shutil.copyfile(fixture, upgraded)
    Store.open(upgraded).close()
    Store.open(fresh).close()
    assert _master(upgraded) == _master(fresh)


def test_steps_are_numbered_uniquely_and_import_nothing_live():
    names = migrations.migrations.names()
    numbers = [name.split("_", 1)[0] for name in names]
    assert numbers == sorted(set(numbers)) == [f"{n:04d}" for n in range(1, len(names) + 1)]
    source = Path(migrations.__file__).read_text(encoding="utf-8")
    imports = [line for line in source.splitlines() if "followup_desktop" in line and "import" in line]
    assert imports == [line for line in imports if line.startswith("from followup_desktop.core.store.steps import")]
    runner = Path(migrations.__file__).with_name("steps.py").read_text(encoding="utf-8")
    assert "followup_desktop" not in runner  # the runner takes nothing live either


def test_a_0_1_record_is_renamed_before_a_new_step_runs(tmp_path):
    """0.1 recorded 0004_notes_story_search (two steps numbered 0004); a new step must not re-run it."""
    path = tmp_path / "old.sqlite3"
    shutil.copyfile(SCHEMA_FIXTURES[0], path)
    conn = sqlite3.connect(path)
    raw = [r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations ORDER BY rowid")]
    conn.close()
    assert "0004_notes_story_search" in raw  # as 0.1 wrote it
    store = Store.open(path)
    assert migrations.migrations.applied(store.conn) == migrations.migrations.names()
    migrations.migrations.apply(store.db)  # as when a later version adds a step
    renamed = [r[0] for r in store.conn.execute("SELECT name FROM _sqlite_migrations ORDER BY rowid")]
    assert renamed == migrations.migrations.names()
    store.close()
