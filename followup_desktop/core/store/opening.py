"""Looking at a database file before the read-write connection touches it.

Nothing is written before the file is known to be an ordinary file holding this program's
database (or nothing at all), with a -wal of its own.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from followup_desktop.core.store import dbfile
from followup_desktop.core.store.errors import (
    ForeignDatabaseError,
    NotADatabaseError,
    StoreError,
    WalMismatchError,
)

SQLITE_HEADER = b"SQLite format 3\x00"


def check_header(path: Path) -> None:
    """NotADatabaseError when the file holds something other than SQLite (an empty file is fine)."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise StoreError(f"The database {path} cannot be read: {exc.strerror or exc}.") from exc
    if head and head != SQLITE_HEADER:
        raise NotADatabaseError(
            f"{path} is not a FollowUp Desktop database (it is not an SQLite file). It was left untouched."
        )


def cannot_write(path: Path) -> bool:
    """The file or its disk refuses writing (root writes anyway, except on a read-only disk)."""
    try:
        return bool(os.statvfs(path).f_flag & os.ST_RDONLY) or not os.access(path, os.W_OK)
    except OSError:
        return False


def refuse_foreign(path: Path) -> None:
    """Refuse another database's -wal, or another program's database left with a -wal or a -journal.

    A read-write connection would apply those to the file (a checkpoint when it closes, a rollback when
    it first reads), so such a file is looked at read-only first. Without them, the read-write
    connection looks before it writes anything (a second connection would cost ~0.5 ms of schema parsing).
    """
    mismatch = dbfile.wal_mismatch(path)
    if mismatch:
        raise WalMismatchError(f"{mismatch[0].upper()}{mismatch[1:]}. Nothing was changed.")
    wal = dbfile.size(path.with_name(path.name + "-wal")) > 0
    if not wal and not dbfile.exists(path.with_name(path.name + "-journal")):
        return
    try:  # through the -wal; ignoring a -journal (immutable), which SQLite would otherwise roll back
        conn = sqlite3.connect(dbfile.read_only_uri(path, immutable=not wal), uri=True, timeout=5.0)
    except sqlite3.Error:
        return  # the read-write open explains what is wrong
    try:
        refuse_foreign_tables(conn, path)
    except sqlite3.Error:
        pass  # unreadable here (read-only folder, damage): the read-write open explains it
    finally:
        conn.close()


def refuse_foreign_tables(conn: sqlite3.Connection, path: Path) -> None:
    """ForeignDatabaseError when the connection's database is another program's."""
    foreign = dbfile.foreign_tables(conn)
    if foreign:
        shown = ", ".join(foreign[:3]) + (", …" if len(foreign) > 3 else "")
        raise ForeignDatabaseError(
            f"{path} is another program's database (it holds tables such as {shown}), not FollowUp "
            "Desktop's. It was left untouched; move it away, or choose another folder with --data-dir."
        )
