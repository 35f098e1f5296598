"""What the command line says when something goes wrong: on stderr, in plain words, never a traceback."""

from __future__ import annotations

import sys
from pathlib import Path

# Exit statuses, listed in `followup-desktop --help` (EXIT_STATUSES) and the README.
ERROR = 1
USAGE = 2  # argparse's own
FOLDER_OPEN = 3
NO_SUCH_LETTER = 4
EXIT_STATUSES = """exit status:
  0  done
  1  something went wrong: standard error says what (files are whole or untouched)
  2  the command line is wrong
  3  the data folder is open in the window (restore)
  4  LETTER_ID is no letter's id, nor the start of exactly one"""


def fail(message: str, code: int = ERROR) -> int:
    """Print a plain error to stderr (user text in it escaped for the terminal); return the exit status."""
    from followup_desktop.cli.terminal import shown

    print("followup-desktop: " + "\n".join(map(shown, message.split("\n"))), file=sys.stderr)
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
