"""Run slow work off the GUI thread and hear back on it."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from shiboken6 import isValid

log = logging.getLogger(__name__)


class _Relay(QObject):
    done = Signal(object, object)  # result, exception


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.fn = fn
        self.relay = relay

    def run(self) -> None:
        try:
            result, error = self.fn(), None
        except Exception as exc:  # reported to the GUI thread, which decides what to say
            log.warning("background job failed: %s", type(exc).__name__)
            result, error = None, exc
        try:
            self.relay.done.emit(result, error)
        except RuntimeError:  # the application is shutting down: nobody is left to tell
            pass


_relays: set[_Relay] = set()


def run_in_background(fn: Callable[[], Any], on_done: Callable[[Any, Exception | None], None], owner: QObject) -> None:
    """Run fn on a worker thread; on_done(result, error) then runs on the GUI thread if owner still exists."""
    relay = _Relay()
    _relays.add(relay)

    def finish(result: Any, error: Exception | None) -> None:
        _relays.discard(relay)
        if isValid(owner):  # the window may have closed while the work ran
            on_done(result, error)

    relay.done.connect(finish)
    QThreadPool.globalInstance().start(_Job(fn, relay))


def wait_for_background(ms: int = 30_000) -> bool:
    """Block until queued background work has finished (on quit, in tests)."""
    return QThreadPool.globalInstance().waitForDone(ms)
