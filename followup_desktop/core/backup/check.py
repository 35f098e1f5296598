"""Is a database file healthy, ours, and openable by this version? Read-only checks, never a hang."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from followup_desktop.core.store import dbfile

NEWER = "it was made by a newer version"


def integrity_problems(database: Path, quick: bool = False, links: bool = True) -> list[str]:
    """[] when SQLite finds the file healthy and ours; otherwise what it found, in its words.

    Never hangs (a pipe is refused before it is read) and never writes (read-only connection).
    links=False leaves out rows pointing to missing rows: the file is sound, and a copy keeps them as they are.
    """
    problem = dbfile.not_regular(database)
    if problem:
        return [problem]
    try:
        with open(database, "rb") as fh:
            head = fh.read(16)
        if not head:
            return ["the file is empty (0 bytes)"]
        if head != b"SQLite format 3\x00":
            return ["the file is not an SQLite database"]
        mismatch = dbfile.wal_mismatch(database)
        if mismatch:
            return [mismatch]
        conn = dbfile.connect_read_only(database)
        try:
            pragma = "quick_check" if quick else "integrity_check"
            rows = [r[0] for r in conn.execute(f"PRAGMA {pragma}").fetchall()]
            fk = conn.execute("PRAGMA foreign_key_check").fetchall() if links else []
            foreign = dbfile.foreign_tables(conn)
        finally:
            conn.close()
    except OSError as exc:
        return [f"the file cannot be read: {exc.strerror or exc}"]
    except sqlite3.DatabaseError as exc:
        return [f"the file is damaged (SQLite says: {exc})"]
    lines = [line for row in rows for line in str(row).splitlines() if not line.startswith("*** in database")]
    problems = [] if rows == ["ok"] else lines[:20]
    if fk:
        problems.append(f"{len(fk)} row(s) point to rows that no longer exist")
    if foreign:
        problems.append(f"it is another program's database (tables such as {', '.join(foreign[:3])})")
    return problems


def backup_problems(path: Path) -> list[str]:
    """[] when path is a good backup: sound, and holding this program's schema record."""
    problems = integrity_problems(path, links=False)
    if problems:
        return problems
    if _schema_steps(path) is None:
        return ["it holds no FollowUp Desktop data (an empty database)"]
    return []


def restorable_problems(path: Path) -> list[str]:
    """backup_problems(), and whether this version of the program can open the backup."""
    from followup_desktop.core.store.migrations import known_names

    problems = backup_problems(path)
    if problems:
        return problems
    unknown = set(_schema_steps(path) or []) - known_names()
    if unknown:
        return [f"{NEWER} of FollowUp Desktop (update the program to restore it)"]
    return []


def _schema_steps(path: Path) -> list[str] | None:
    """Names of the schema steps recorded in the file; None when it has no record of them."""
    try:
        conn = sqlite3.connect(dbfile.read_only_uri(path), uri=True, timeout=10)
        try:
            rows = dbfile.migration_rows(conn)
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    return [name for name, _ in rows] if rows else None
