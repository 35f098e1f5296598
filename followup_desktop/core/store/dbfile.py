"""What lies at the database's path, looked at before anything opens it for writing.

Opening the wrong thing can hang (a named pipe blocks the first read), follow a link to
nowhere, or change a file that is not ours (a read-write SQLite connection checkpoints a
-wal into the main file when it closes). These checks use lstat and read-only connections only.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import stat
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

COMPANIONS = ("-wal", "-shm", "-journal")
RECORD_TABLE, SET_NAME = "_sqlite_migrations", "followup"  # as core/store/migrations.py writes them
_KINDS = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a device"),
    (stat.S_ISBLK, "a device"),
)


def _kind(mode: int) -> str:
    return next((name for test, name in _KINDS if test(mode)), "not an ordinary file")


def not_regular(path: Path) -> str | None:
    """Why path (or its -wal/-shm/-journal) cannot hold the data, or None: a missing path is fine."""
    for candidate in (path, *(path.with_name(path.name + s) for s in COMPANIONS)):
        try:
            mode = os.lstat(candidate).st_mode
        except FileNotFoundError:
            continue
        except OSError as exc:
            return f"{candidate} cannot be looked at ({exc.strerror or exc})."
        if stat.S_ISLNK(mode):
            try:
                mode = os.stat(candidate).st_mode
            except OSError:
                return (
                    f"{candidate} is a link to {os.readlink(candidate)}, which does not exist (is a drive "
                    "not connected?). Nothing was read or changed."
                )
        if not stat.S_ISREG(mode):
            return (
                f"{candidate} is {_kind(mode)}, not an ordinary file, so FollowUp Desktop cannot keep "
                "your data in it. Nothing was read or changed; move it away, or choose another "
                "folder with --data-dir."
            )
    return None


def exists(path: Path) -> bool:
    """True when something (even a dangling link) is at path."""
    return os.path.lexists(path)


def size(path: Path) -> int:
    """The file's size in bytes (0 when it is missing)."""
    try:
        return os.stat(path).st_size
    except OSError:
        return 0


def read_only_uri(path: Path, immutable: bool = False) -> str:
    """An SQLite URI that can only read path (immutable: no locks and no -wal, for read-only folders)."""
    from urllib.parse import quote

    return f"file:{quote(str(path))}?{'immutable=1' if immutable else 'mode=ro'}"


def connect_read_only(
    path: Path, factory: type[sqlite3.Connection] = sqlite3.Connection, **options: Any
) -> sqlite3.Connection:
    """A connection that cannot write path, also where its folder cannot be written.

    SQLite reads a -wal through a -shm it creates beside the database. Where it cannot (a read-only
    folder or disk), the file is read as immutable when there is no -wal, and otherwise from a
    private copy read into memory (removed at once). Raises sqlite3.Error or OSError.
    """
    conn = sqlite3.connect(read_only_uri(path), uri=True, timeout=5.0, factory=factory, **options)
    try:  # the plain execute: the first read is where SQLite makes its -shm, and fails if it cannot
        sqlite3.Connection.execute(conn, "SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError as exc:
        conn.close()
        if not any(words in str(exc).lower() for words in ("readonly", "unable to open", "disk i/o error")):
            raise  # locked, busy, damaged: the caller says so
        log.info("database read as immutable or from a copy: %s", exc)
    if size(path.with_name(path.name + "-wal")) == 0:
        return sqlite3.connect(read_only_uri(path, immutable=True), uri=True, factory=factory, **options)
    return _copy_into_memory(path, factory, **options)


def _copy_into_memory(path: Path, factory: type[sqlite3.Connection], **options: Any) -> sqlite3.Connection:
    import shutil
    import tempfile

    memory = sqlite3.connect(":memory:", factory=factory, **options)
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
    except BaseException:
        memory.close()
        raise
    return memory


def migration_rows(conn: sqlite3.Connection) -> list[tuple[str, str]] | None:
    """Our schema record (name, applied_at) in order; None when the table is absent or unreadable."""
    try:
        if not conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [RECORD_TABLE]).fetchone():
            return None
        return conn.execute(
            f"SELECT name, applied_at FROM {RECORD_TABLE} WHERE migration_set = ? ORDER BY rowid", [SET_NAME]
        ).fetchall()
    except sqlite3.Error:
        return None


def foreign_tables(conn: sqlite3.Connection) -> list[str]:
    """[] when the database is ours (our schema record) or empty; else some of its table names."""
    names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE name NOT LIKE 'sqlite%' ORDER BY rowid")]
    if not names or migration_rows(conn):
        return []
    if names == [RECORD_TABLE] and not conn.execute(f"SELECT 1 FROM {RECORD_TABLE} LIMIT 1").fetchone():
        return []  # a first start stopped before its first schema step: still a new database
    return names


def wal_mismatch(path: Path) -> str | None:
    """Why the -wal beside the database belongs to another database, or None.

    A -wal holds the newest committed pages; SQLite applies any valid -wal to the file beside it.
    Ours never makes the database smaller (the program never vacuums) and never rewrites the
    record of schema steps, so a -wal that does either came from another database.
    """
    wal = path.with_name(path.name + "-wal")
    if size(wal) <= 32 or size(path) == 0:  # no frames: nothing would be applied
        return None
    try:
        main = sqlite3.connect(read_only_uri(path, immutable=True), uri=True)
        try:
            main_pages = main.execute("PRAGMA page_count").fetchone()[0]
            main_steps = migration_rows(main)
        finally:
            main.close()
        both = sqlite3.connect(read_only_uri(path), uri=True, timeout=5)
        try:
            pages = both.execute("PRAGMA page_count").fetchone()[0]
            steps = migration_rows(both)
        finally:
            both.close()
    except sqlite3.Error:
        return None  # damage is for the integrity check to describe
    if pages < main_pages or (main_steps and (steps or [])[: len(main_steps)] != main_steps):
        return (
            f"the file {wal.name} beside the database belongs to another database (SQLite would replace your data "
            "with its pages); move it elsewhere, keeping it, and your database is as it was (the window "
            "does this itself when it starts)"
        )
    return None
