"""What the command line says when something goes wrong: on stderr, in plain words, never a traceback."""

from __future__ import annotations

import sys
from pathlib import Path


def fail(message: str, code: int = 1) -> int:
    """Print a plain error to stderr and return the exit status."""
    print(f"followup-desktop: {message}", file=sys.stderr)
    return code


def damaged(database: Path, exc: Exception) -> str:
    """What to say when SQLite finds damage (or cannot read) in the middle of a command."""
    import sqlite3

    if isinstance(exc, sqlite3.OperationalError):  # not damage: a disk error, an interrupted read
        return f"The database {database} could not be read ({exc}); the command did not finish."
    return (
        f"The database {database} is damaged (SQLite says: {exc}); the command did not finish. "
        "See what is wrong with: followup-desktop check; then restore a backup with: "
        "followup-desktop restore FILE"
    )
