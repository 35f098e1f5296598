import sqlite3

import pytest

from followup_desktop.core import migrations
from followup_desktop.core.store import NewerSchemaError, NotADatabaseError, Store


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
    assert len(names) == len(set(names)) == len(migrations.known_names())
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
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                 "VALUES ('followup', '9999_from_the_future', 'x')")
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
    code = ("import sys; from followup_desktop.core.store import Store; s = Store.open(sys.argv[1]); "
            "s.list_applications(); s.list_interviews(); "
            "print('sqlite_utils' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True)
    assert out.stdout.strip() == "False", out.stderr


def test_a_step_name_cannot_be_registered_twice():
    with pytest.raises(ValueError, match="registered twice"):
        migrations.migrations(name=migrations.migrations.names()[0])(lambda db: None)
