"""Where the file dialogs start: the folder last used for that kind of file, else the Documents folder.

A dialog that opens in the process's working folder makes the user hunt for the letters folder
every time. Each kind of file (letters, PDFs, bundles, calendars, letterheads) remembers its own
folder in the store's settings; the dialogs seam (gui.dialogs) reads and writes it.
"""

from __future__ import annotations

import logging
from pathlib import Path

log = logging.getLogger(__name__)

KEYS = {
    "letters": "export.last_folder",  # the key letter exports have always used
    "pdf": "folders.pdf",
    "bundles": "folders.bundles",
    "calendar": "folders.calendar",
    "letterhead": "folders.letterhead",
}
_state: dict = {"store": None}


def use(store) -> None:
    """Remember folders in this store's settings (the window's store)."""
    _state["store"] = store


def documents() -> Path:
    """The user's Documents folder, or the home folder when there is none."""
    from PySide6.QtCore import QStandardPaths

    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder) if folder and Path(folder).is_dir() else Path.home()


def start_folder(kind: str) -> Path:
    """The folder a dialog for this kind of file opens in."""
    store = _state["store"]
    try:
        folder = store.settings.get(KEYS[kind]) if store is not None else None
    except Exception:  # noqa: BLE001 - a dialog must open even when the settings cannot be read
        log.warning("the last %s folder could not be read", kind)
        folder = None
    return Path(folder) if isinstance(folder, str) and folder and Path(folder).is_dir() else documents()


def remember(kind: str, path: str) -> None:
    """The user chose this file: its folder is where the next dialog for this kind opens."""
    store = _state["store"]
    if store is None:
        return
    try:
        store.settings.set(KEYS[kind], str(Path(path).parent))
    except Exception:  # noqa: BLE001 - forgetting a folder must never stop the export or import
        log.warning("the %s folder was not remembered", kind)
