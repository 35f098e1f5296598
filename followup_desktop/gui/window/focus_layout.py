"""The Notes pane's focus layout: the window hides its sidebar, tab bar and menus, and may stay on top."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject


class FocusLayout(QObject):
    """Hides `chrome` (widgets) in the focus layout and shows them again as they were on leaving it."""

    def __init__(self, window, chrome: Callable[[], tuple], show_notes) -> None:
        super().__init__(window)
        self.window, self.show_notes = window, show_notes
        self._chrome = chrome  # asked for on entering: the tab bar's Python type is not built at start-up
        self._before: tuple[bool, ...] | None = None  # what was not hidden before the focus layout

    @property
    def chrome(self) -> tuple:
        """The widgets the focus layout hides."""
        return self._chrome()

    def set(self, on: bool) -> None:
        """Enter (True) or leave (False) the focus layout."""
        if on and self._before is None:
            # hidden by choice, not merely off screen: entered from the search results, the tab bar's
            # page is hidden, and restoring "not visible" would leave the interview without its tabs
            self._before = tuple(not w.isHidden() for w in self.chrome)
            for w in self.chrome:
                w.hide()
            self.show_notes()
        elif not on and self._before is not None:
            for w, visible in zip(self.chrome, self._before):
                w.setVisible(visible)
            self._before = None
            self.keep_on_top(False)

    def keep_on_top(self, on: bool) -> None:
        """Keep the window above a video call (only asked for in the focus layout)."""
        from PySide6.QtCore import Qt

        window = self.window
        if bool(window.windowFlags() & Qt.WindowType.WindowStaysOnTopHint) != on:
            visible = window.isVisible()
            window.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, on)
            if visible:
                window.show()
