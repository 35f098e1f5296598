"""Opening the database without writing anything: read-only media, full disks, locked folders.

A user must always be able to get their data out (check, export, letter list), even where
nothing can be written. SQLite reads a -wal through a -shm file it creates beside the
database; where the folder cannot be written it cannot, so the file is read as immutable
when there is no -wal, and otherwise from a private copy read into memory.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from followup_desktop.core.store import dbfile, migrations
from followup_desktop.core.store.connection import Connection
from followup_desktop.core.store.errors import NewerSchemaError, NotADatabaseError, StoreError, WalMismatchError
from followup_desktop.core.store.opening import check_header, refuse_foreign_tables


def open_read_only(path: Path, upgrade: Callable[[Connection], None]) -> Connection:
    """A connection that cannot write path; an older schema is brought up to date (upgrade) in memory only."""
    if not path.exists():
        raise StoreError(f"There is no database at {path}.")
    check_header(path)
    mismatch = dbfile.wal_mismatch(path)
    if mismatch:
        raise WalMismatchError(f"{mismatch[0].upper()}{mismatch[1:]}. Nothing was read.")
    try:
        conn = _connect(path)
        refuse_foreign_tables(conn, path)
        applied = migrations.migrations.applied(conn)
        unknown = set(applied) - migrations.known_names()
        if unknown:
            conn.close()
            raise NewerSchemaError(
                "This database was written by a newer version of FollowUp Desktop "
                f"(it has schema steps this version does not know: {', '.join(sorted(unknown))}). "
                "Please update the program; the file was left untouched."
            )
        if applied != migrations.migrations.names():
            conn = _in_memory(conn)  # the file stays as it is; this version reads an upgraded copy
            upgrade(conn)
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA query_only = ON")  # every write now fails as "read-only"
    except sqlite3.DatabaseError as exc:
        raise NotADatabaseError(
            f"{path} is damaged or is not a FollowUp Desktop database ({exc}). It was left untouched."
        ) from exc
    conn.path = path
    return conn


def _connect(path: Path) -> Connection:
    try:
        return dbfile.connect_read_only(path, Connection)  # type: ignore[return-value]  # made by Connection
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise StoreError(f"The database {path} is locked by another program.") from exc
        raise
    except OSError as exc:
        raise StoreError(
            f"The database {path} has recent changes in {path.name}-wal, which can only be read "
            f"where its folder can be written, and no temporary copy could be made "
            f"({exc.strerror or exc}). Copy the data folder to a writable disk and use it with "
            "--data-dir."
        ) from exc


def _in_memory(conn: sqlite3.Connection) -> Connection:
    memory = sqlite3.connect(":memory:", factory=Connection)
    try:
        conn.backup(memory)
    finally:
        conn.close()
    return memory
