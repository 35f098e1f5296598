"""The data folder's single-instance lock, shared by the window and the commands that replace the database."""

from __future__ import annotations

from typing import TYPE_CHECKING

from followup_desktop.paths import DataPaths

if TYPE_CHECKING:
    from PySide6.QtCore import QLockFile


def acquire_lock(data: DataPaths) -> QLockFile:
    """The data folder's single-instance lock (a QLockFile; check isLocked()). A dead owner's lock is taken over."""
    from PySide6.QtCore import QLockFile

    lock = QLockFile(str(data.lock))
    lock.setStaleLockTime(0)  # only a dead owner makes the lock stale, never its age
    lock.tryLock(200)
    return lock
