"""Opening the database without writing anything: read-only media, full disks, locked folders.

A user must always be able to get their data out (check, export, letter list), even where
nothing can be written. SQLite reads a -wal through a -shm file it creates beside the
database; where the folder cannot be written it cannot, so the file is read as immutable
when there is no -wal, and otherwise from a private copy read into memory.
"""

from __future__ import annotations

import logging
import shutil
import sqlite3
import tempfile
from pathlib import Path

from followup_desktop.core import dbfile, migrations
from followup_desktop.core.store_base import (
    Connection,
    NewerSchemaError,
    NotADatabaseError,
    StoreError,
    WalMismatchError,
    _check_header,
    _refuse_foreign_tables,
)

log = logging.getLogger(__name__)


def open_read_only(cls, path: Path, clock=None):
    """A store of cls on path that cannot write; an older schema is brought up to date in memory only."""
    if not path.exists():
        raise StoreError(f"There is no database at {path}.")
    _check_header(path)
    mismatch = dbfile.wal_mismatch(path)
    if mismatch:
        raise WalMismatchError(f"{mismatch} Nothing was read. Move {path.name}-wal away (keep it), then try again.")
    try:
        conn = _connect(path)
        _refuse_foreign_tables(conn, path)
        applied = migrations.migrations.applied(conn)
        unknown = set(applied) - migrations.known_names()
        if unknown:
            conn.close()
            raise NewerSchemaError(
                "This database was written by a newer version of FollowUp Desktop "
                f"(it has schema steps this version does not know: {', '.join(sorted(unknown))}). "
                "Please update the program; the file was left untouched.")
        store = cls(conn, path, clock)
        if applied != migrations.migrations.names():
            store.conn = conn = _in_memory(conn)  # the file stays as it is; this version reads an upgraded copy
            store.migrate()
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA query_only = ON")  # every write now fails as "read-only"
    except sqlite3.DatabaseError as exc:
        raise NotADatabaseError(f"{path} is damaged or is not a FollowUp Desktop database ({exc}). "
                                "It was left untouched.") from exc
    conn.path = path
    store.read_only = True
    return store


def _connect(path: Path) -> sqlite3.Connection:
    """mode=ro where SQLite can make its -shm; immutable where the folder is read-only and there is no -wal."""
    conn = sqlite3.connect(dbfile.read_only_uri(path), uri=True, timeout=5.0, factory=Connection)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError as exc:
        conn.close()
        if "locked" in str(exc) or "busy" in str(exc):
            raise StoreError(f"The database {path} is locked by another program.") from exc
        log.info("database read as immutable or from a copy: %s", exc)
    if dbfile.size(path.with_name(path.name + "-wal")) == 0:
        return sqlite3.connect(dbfile.read_only_uri(path, immutable=True), uri=True, factory=Connection)
    return _copy_into_memory(path)


def _copy_into_memory(path: Path) -> sqlite3.Connection:
    """The database with its -wal applied, read from a private temporary copy that is removed at once."""
    memory = sqlite3.connect(":memory:", factory=Connection)
    try:
        with tempfile.TemporaryDirectory(prefix="followup-read-") as folder:  # owner-only (mkdtemp)
            copy = Path(folder) / path.name
            shutil.copyfile(path, copy)
            shutil.copyfile(path.with_name(path.name + "-wal"), copy.with_name(copy.name + "-wal"))
            source = sqlite3.connect(copy)
            try:
                source.backup(memory)
            finally:
                source.close()
    except OSError as exc:
        memory.close()
        raise StoreError(f"The database {path} has recent changes in {path.name}-wal, which can only be read "
                         f"where its folder can be written, and no temporary copy could be made "
                         f"({exc.strerror or exc}). Copy the data folder to a writable disk and use it with "
                         "--data-dir.") from exc
    return memory


def _in_memory(conn: sqlite3.Connection) -> sqlite3.Connection:
    memory = sqlite3.connect(":memory:", factory=Connection)
    try:
        conn.backup(memory)
    finally:
        conn.close()
    return memory
