"""One autosave for every editor: written a moment after typing, kept and retried when the store refuses it.

An editor tells its Autosaver which record is on screen (`show`) and that its text changed
(`changed`). The Autosaver writes it through the editor's own `write(key, value)` half a second
after the last change, at once on `flush()` (leaving the record, before a command, closing the
window), and never when nothing changed. A write the store refuses keeps the text for the record
it was typed for: it comes back when that record is shown again (`show` returns it), the window's
close guard lists it (`unsaved_texts`), and it is written again at the next change or flush.

The value written is either read from the editor when the write happens (`read`, cheap per
keystroke) or handed over with each change (`changed(value)`, merged with what waits).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from followup_desktop.core.store.errors import StoreError
from followup_desktop.gui.common import texts

log = logging.getLogger(__name__)

AUTOSAVE_MS = 500  # what is typed reaches the database at most this long after the last key
_NOTHING = object()


def _newer(_old: Any, new: Any) -> Any:
    return new


class Autosaver(QObject):
    """Debounced writes of one editor's text, per record, with a dirty flag and retry after a refusal."""

    refused = Signal(object, object)  # key, StoreError: the text is kept and written at the next change or flush

    def __init__(
        self,
        parent: QObject,
        write: Callable[[Any, Any], object],
        read: Callable[[Any], Any] | None = None,
        *,
        merge: Callable[[Any, Any], Any] = _newer,
        describe: Callable[[Any, Any], list[tuple[str, str]]] | None = None,
        delay_ms: int = AUTOSAVE_MS,
        steady: bool = False,
    ) -> None:
        """`write(key, value)` stores a value (raising StoreError when refused); `read(key)` gives the text
        on screen for the record shown; `merge(old, new)` combines values waiting for one record;
        `describe(key, value)` names kept text for the close guard: [(what, text)]. `steady`: keep saving
        every `delay_ms` while typing goes on (the timer is not restarted by every key)."""
        super().__init__(parent)
        self._write, self._read, self._merge, self._describe = write, read, merge, describe
        self._steady = steady
        self.key: Any = None  # the record on screen (None: nothing to write to)
        self._edits: Any = _NOTHING  # changed since the last write: a value, or True when read() gives it
        self._kept: dict[Any, Any] = {}  # key -> value the store refused, written at the next try
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.flush)

    # ----------------------------------------------------------------- what the editor tells
    def show(self, key: Any) -> Any:
        """Make `key` the record being edited; returns the text kept for it (to put on screen), or None.

        What was typed for the record being left is written first, for that record (text refused
        before and not changed since stays kept). Call this before the editor shows the new record's
        text: the text read for the old record is the one on screen.
        """
        if self._edits is not _NOTHING:
            self.flush()
        self.key = key
        self._edits = _NOTHING
        if key is None or key not in self._kept:
            return None
        self._timer.start()  # refused earlier: try again once it is on screen
        return self._kept[key]

    def changed(self, value: Any = _NOTHING) -> None:
        """The text of the record on screen changed (`value`: what changed, without `read`)."""
        if self.key is None:
            return
        if self._read is not None or value is _NOTHING:
            self._edits = True
        else:
            self._edits = value if self._edits is _NOTHING else self._merge(self._edits, value)
        if not (self._steady and self._timer.isActive()):
            self._timer.start()

    def postpone(self) -> None:
        """Write what waits at the next change or flush, not when the timer runs out."""
        self._timer.stop()

    def discard(self) -> None:
        """The text on screen is what is stored again (an edit taken back): nothing of it to write.

        Text the store refused earlier for this record stays kept.
        """
        self._edits = _NOTHING
        if self.key not in self._kept:
            self._timer.stop()

    def saved(self) -> None:
        """A command stored the record's text itself: nothing waits for it any more."""
        self._edits = _NOTHING
        self._kept.pop(self.key, None)
        self._timer.stop()

    def forget(self, key: Any) -> None:
        """The record is gone from the store: nothing of it is left to write."""
        self._kept.pop(key, None)
        if key == self.key:
            self._edits = _NOTHING
            self._timer.stop()

    # ----------------------------------------------------------------- writing
    def flush(self) -> bool:
        """Write what waits for the record on screen now; False (after `refused`) when the store refused it."""
        try:
            self.save_now()
        except StoreError as exc:
            log.warning("autosave refused: %s", type(exc).__name__)
            self.refused.emit(self.key, exc)
            return False
        return True

    def save_now(self) -> None:
        """Write what waits now; raises StoreError (the text is kept) when the store refuses it."""
        self._timer.stop()
        key = self.key
        if not self.pending():
            return
        value = self.waiting()
        self._edits = _NOTHING
        try:
            self._write(key, value)
        except Exception:
            self._kept[key] = value  # newer edits are merged over it at the next try
            raise
        self._kept.pop(key, None)

    # ----------------------------------------------------------------- what waits
    def pending(self) -> bool:
        """True when something of the record on screen waits to be written (typed, or refused before)."""
        return self.key is not None and (self._edits is not _NOTHING or self.key in self._kept)

    def waiting(self) -> Any:
        """What would be written for the record on screen now (None when nothing waits)."""
        if not self.pending():
            return None
        key = self.key
        if self._edits is _NOTHING:
            return self._kept[key]
        if self._read is not None:
            return self._read(key)  # the editor shows the kept text with the edits made since
        return self._merge(self._kept[key], self._edits) if key in self._kept else self._edits

    def kept(self, key: Any) -> Any:
        """The text the store refused for `key` and that is not written yet; None if there is none."""
        if key == self.key and self.pending():
            return self.waiting()
        return self._kept.get(key)

    def unsaved(self) -> list[tuple[Any, Any]]:
        """Every record's text that is not in the store: (key, value), the record on screen included."""
        found = dict(self._kept)
        if self.pending():
            found[self.key] = self.waiting()
        return list(found.items())

    def unsaved_texts(self) -> list[tuple[str, str]]:
        """The unsaved text in words for the close guard: (what, text) pairs."""
        if self._describe is None:
            return [(texts.TYPED_TEXT, str(value)) for _key, value in self.unsaved()]
        return [item for key, value in self.unsaved() for item in self._describe(key, value)]
