"""Another program's SQLite file is refused before any write: no table added, no switch to WAL, not a byte
changed; another database's -wal is never applied to ours."""

import shutil
import sqlite3
import subprocess
import sys

import pytest

from followup_desktop import app as app_module
from followup_desktop.core.store import Store, dbfile
from followup_desktop.core.store.errors import ForeignDatabaseError, WalMismatchError
from followup_desktop.paths import DataPaths

from .conftest import _killed_writer, database_files, digest, run

FOREIGN = {
    "a browser's history (moz_places)": [
        "CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT, title TEXT)",
        "CREATE TABLE moz_bookmarks (id INTEGER PRIMARY KEY, fk INTEGER, title TEXT)",
        "INSERT INTO moz_places (url, title) VALUES ('https://example.test', 'Example')",
    ],
    "a table named like ours (applications)": [
        "CREATE TABLE applications (id TEXT PRIMARY KEY, company TEXT)",
        "INSERT INTO applications VALUES ('1', 'Not ours')",
    ],
    "another program's sqlite-utils migrations": [
        "CREATE TABLE _sqlite_migrations (migration_set TEXT, name TEXT, applied_at TEXT)",
        "INSERT INTO _sqlite_migrations VALUES ('someone-else', '0001_init', '2020-01-01')",
        "CREATE TABLE things (id INTEGER PRIMARY KEY)",
    ],
}


@pytest.fixture(params=list(FOREIGN), ids=lambda k: k.split(" (")[0].replace(" ", "-"))
def foreign(request, tmp_path):
    root = tmp_path / "data"
    root.mkdir(mode=0o700)
    path = root / "followup.sqlite3"
    conn = sqlite3.connect(path)
    for sql in FOREIGN[request.param]:
        conn.execute(sql)
    conn.commit()
    conn.close()
    return DataPaths(root)


def _tables(path):
    conn = sqlite3.connect(f"file:{path}?immutable=1", uri=True)
    try:
        return conn.execute("SELECT name FROM sqlite_master ORDER BY name").fetchall()
    finally:
        conn.close()


def test_the_store_refuses_before_any_write(foreign):
    before, tables = digest(foreign.database), _tables(foreign.database)
    with pytest.raises(ForeignDatabaseError, match="another program's database"):
        Store.open(foreign.database)
    with pytest.raises(ForeignDatabaseError):
        Store.open(foreign.database, read_only=True)
    assert digest(foreign.database) == before and _tables(foreign.database) == tables
    assert sorted(p.name for p in foreign.root.iterdir()) == ["followup.sqlite3"]  # no -wal, no -shm


@pytest.mark.parametrize(
    "command",
    [("check",), ("export", "out.json"), ("import", "in.json"), ("backup",), ("letter", "list")],
    ids=lambda c: c[0],
)
def test_every_command_leaves_it_untouched(foreign, tmp_path, command):
    (tmp_path / "in.json").write_text('{"format": "followup-desktop-bundle", "version": 1, "applications": []}')
    before = digest(foreign.database)
    args = [tmp_path / a if a.endswith(".json") else a for a in command]
    result = run(*args, folder=foreign.root)
    assert result.returncode == 1 and "another program's database" in result.stderr, result.stderr
    assert "Traceback" not in result.stderr
    assert digest(foreign.database) == before and not (tmp_path / "out.json").exists()
    assert not (foreign.backups.exists() and any(foreign.backups.iterdir()))


def test_the_window_refuses_it(foreign, monkeypatch, answers):
    before = digest(foreign.database)
    shown = []
    monkeypatch.setattr(app_module, "_startup_error", lambda title, text: shown.append(text) or 1)
    assert app_module._open_window(foreign) is None
    assert "another program's database" in shown[0] and digest(foreign.database) == before


@pytest.mark.parametrize("content", [b"", None], ids=["zero-byte", "missing"])
def test_a_new_or_empty_file_is_ours(tmp_path, content):
    path = tmp_path / "followup.sqlite3"
    if content is not None:
        path.write_bytes(content)
    store = Store.open(path)
    assert store.applications.all() == []
    store.close()


def test_a_first_start_stopped_after_the_record_table_is_still_ours(tmp_path):
    path = tmp_path / "followup.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE _sqlite_migrations (migration_set TEXT, name TEXT, applied_at TEXT)")
    conn.close()
    Store.open(path).close()


def test_a_wal_of_a_bigger_followup_database_is_refused_by_its_schema_record(data, tmp_path):
    """Not only a -wal that would shrink the file: one of a larger database of ours, made at another moment."""
    other = tmp_path / "other" / "followup.sqlite3"
    other.parent.mkdir()
    _killed_writer(
        other,
        "store.conn.executemany('INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)', "
        "[(f'k{i}', 'x' * 900, '') for i in range(1500)])\nstore.conn.commit()",
    )
    shutil.copyfile(other.with_name("followup.sqlite3-wal"), data.database.with_name("followup.sqlite3-wal"))
    conn = sqlite3.connect(f"file:{data.database}?mode=ro", uri=True)
    assert conn.execute("PRAGMA page_count").fetchone()[0] > data.database.stat().st_size // 4096  # it grows
    conn.close()
    before = digest(*database_files(data))
    assert "belongs to another database" in (dbfile.wal_mismatch(data.database) or "")
    with pytest.raises(WalMismatchError):
        Store.open(data.database)
    assert digest(*database_files(data)) == before


def test_our_own_wal_after_a_crash_is_applied(data):
    _killed_writer(data.database, "store.applications.add('Typed just before the crash')")
    assert dbfile.wal_mismatch(data.database) is None
    store = Store.open(data.database)
    assert "Typed just before the crash" in [a.company for a in store.applications.all()]
    store.close()


@pytest.mark.parametrize("leftover", ["-wal", "-journal"])
def test_another_programs_database_with_pending_changes_is_not_touched(tmp_path, leftover):
    """A -wal would be checkpointed into the file, a hot -journal rolled back: neither may happen."""
    path = tmp_path / "followup.sqlite3"
    mode = "WAL" if leftover == "-wal" else "DELETE"
    script = (
        "import os, sqlite3, sys; c = sqlite3.connect(sys.argv[1], isolation_level=None); "
        f"c.execute('PRAGMA journal_mode={mode}'); c.execute('PRAGMA cache_size=1'); "
        "c.execute('CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)'); c.execute('BEGIN'); "
        "c.executemany('INSERT INTO moz_places (url) VALUES (?)', [('u' * 500,) for _ in range(3000)]); "
        + ("c.execute('COMMIT'); " if mode == "WAL" else "")
        + "os._exit(0)"
    )
    subprocess.run([sys.executable, "-c", script, str(path)], check=True)
    companion = path.with_name(path.name + leftover)
    assert companion.stat().st_size > 0
    before = digest(path, companion)
    with pytest.raises(ForeignDatabaseError):
        Store.open(path)
    assert digest(path, companion) == before
