"""The data folder as a command opens it: its store (read-only where nothing can be written), its lock."""

from __future__ import annotations

from typing import TYPE_CHECKING

from followup_desktop.paths import DataPaths

if TYPE_CHECKING:
    from PySide6.QtCore import QLockFile

    from followup_desktop.core.store import Store


def open_store(data: DataPaths, writable: bool, read_only_ok: bool) -> Store:
    """The data folder's store; read-only where nothing can be written and the command only reads."""
    from followup_desktop.core.store import NotADatabaseError, Store
    from followup_desktop.core.store.errors import CannotWriteError

    emptied = data.emptied()
    if emptied:  # opening would make it a new, empty database that hides the loss
        raise NotADatabaseError(f"{emptied} Restore a backup with: followup-desktop restore FILE")
    if writable:
        try:
            return Store.open(data.database)
        except CannotWriteError:
            if not read_only_ok:
                raise
    return Store.open(data.database, read_only=True)


def lock_or_none(data: DataPaths) -> QLockFile | None:
    """The data folder's lock (the same one the window holds), or None if it is taken."""
    from followup_desktop.lock import acquire_lock

    lock = acquire_lock(data)
    return lock if lock.isLocked() else None
