"""Logging out, shutting down or `kill` close the window as the user would: pending text is written first.

The desktop ends a session by sending SIGTERM (SIGHUP when a terminal closes, SIGINT for Ctrl+C).
Python's default lets SIGTERM end the process at once: the last half-second of typing, the lock
file and the backup on quit were lost with it. Python runs its signal handlers only between
bytecodes, which Qt's event loop never gives it; the handler's wake-up byte on a socket makes
Qt call into Python at once.
"""

from __future__ import annotations

import signal
import socket

from PySide6.QtCore import QObject, QSocketNotifier, QTimer

SIGNALS = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGHUP", "SIGINT") if hasattr(signal, name))


class CloseOnTermination(QObject):
    """Until it is deleted with `window`, a termination signal closes `window` (its close guard runs)."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.received: list[int] = []
        self._reader, self._writer = socket.socketpair()
        for end in (self._reader, self._writer):
            end.setblocking(False)
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)
        signal.set_wakeup_fd(self._writer.fileno(), warn_on_full_buffer=False)
        for number in SIGNALS:
            signal.signal(number, self._received)

    def _received(self, number: int, _frame) -> None:
        self.received.append(number)
        QTimer.singleShot(0, self.window.close)  # from the event loop, as a click on the close button

    def _drain(self) -> None:
        try:
            self._reader.recv(256)
        except OSError:
            pass
