"""The store's named errors, and what an SQLite write failure means for the user (WriteError).

Callers catch a meaning (WriteError with a reason and advice), never a raw sqlite3 error text.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from followup_desktop.core.store import limits


class StoreError(Exception):
    """Base class of every error the store raises on purpose."""


class NotADatabaseError(StoreError):
    """The file exists but is not a FollowUp (SQLite) database, or is damaged."""


class NewerSchemaError(StoreError):
    """The database was written by a newer version of the program."""


class NotARegularFileError(StoreError):
    """Something other than an ordinary file (a pipe, a folder, a dangling link) is where the database goes."""


class ForeignDatabaseError(StoreError):
    """An SQLite database of another program: refused before anything is written to it."""


class WalMismatchError(StoreError):
    """The -wal beside the database belongs to another database; opening would take its pages."""


class CannotWriteError(StoreError):
    """The database can be read but not opened for writing (read-only file or disk, full disk)."""

    def __init__(self, message: str, reason: str) -> None:
        super().__init__(message)
        self.reason = reason


class SearchInterrupted(StoreError):
    """A search was stopped by `interrupt()` (a newer query replaces it)."""


class NotFoundError(StoreError):
    """No row with that id."""


class ValidationError(StoreError):
    """A value the store refuses (for example an empty company name)."""


class WriteError(StoreError):
    """The database could not be written (read-only, disk full, locked by another program).

    Nothing already stored is lost: the failed write was rolled back. The GUI keeps the typed
    text on screen and tries again on the next change.
    """

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(
            f"Your changes could not be saved: {reason}. They are kept on screen; "
            f"{WRITE_ADVICE[reason]} and keep typing."
        )
        self.reason, self.detail = reason, detail

    @property
    def advice(self) -> str:
        """What the user can do about it ("free some space")."""
        return WRITE_ADVICE.get(self.reason, "check the disk")

    def plain(self, what: str = "Nothing was changed") -> str:
        """The failure in words for where nothing is on screen (the command line)."""
        return f"{what}: {self.reason}. {self.advice[0].upper()}{self.advice[1:]}."


class TooLongError(WriteError):
    """A text is longer than its field may hold (core/store/limits.py): refused whole, never cut.

    A WriteError, so every editor keeps the words on screen and tries again once they are shorter.
    """

    advice = "shorten it"

    def __init__(self, what: str, length: int, limit: int) -> None:
        reason = limits.describe(what, length, limit)
        StoreError.__init__(
            self, f"Your changes could not be saved: {reason}. They are kept on screen; shorten it and try again."
        )
        self.reason, self.detail = reason, ""
        self.what, self.length, self.limit = what, length, limit


WRITE_REASONS = (  # words in SQLite's message -> the plain reason shown to the user
    (("readonly", "read-only"), "the database is read-only"),
    (("disk is full", "disk full"), "the disk is full"),
    (("locked", "busy"), "another program is using the database"),
    (("disk i/o error", "unable to open"), "the disk cannot be written"),
)
WRITE_ADVICE = {
    "the database is read-only": "make the data folder writable",
    "the database file is read-only": "make the file writable (for example: chmod u+w followup.sqlite3)",
    "the data folder is read-only": "make the data folder writable",
    "the disk is read-only": "copy the data folder to a disk that can be written, and use it with --data-dir",
    "the disk is full": "free some space",
    "another program is using the database": "close the other program",
    "the disk cannot be written": "check the disk",
}


def write_error(exc: sqlite3.Error, path: Path | None = None) -> WriteError | None:
    """The WriteError meaning of an SQLite error, or None when it is not a write failure."""
    text = str(exc).lower()
    for words, reason in WRITE_REASONS:
        if any(w in text for w in words):
            if reason == "the database is read-only" and path is not None:
                reason = read_only_reason(path)
            return WriteError(reason, str(exc))
    return None


def read_only_reason(path: Path) -> str:
    """Which of the disk, the data folder or the file itself refuses writing."""
    try:
        if os.statvfs(path.parent).f_flag & os.ST_RDONLY:
            return "the disk is read-only"
    except OSError:
        pass
    if os.path.exists(path) and not os.access(path, os.W_OK):
        return "the database file is read-only"
    if not os.access(path.parent, os.W_OK):
        return "the data folder is read-only"
    return "the database is read-only"
