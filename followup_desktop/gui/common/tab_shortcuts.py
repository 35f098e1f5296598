"""One key, the tab you see: shortcuts that belong to a pane are live only while it is shown.

The Plan and Letter panes both print with Ctrl+P and save a PDF with Ctrl+Shift+P. Their
actions sit in the window's menus, so Qt would see two window-wide actions with the same key,
call it ambiguous and do nothing. Giving the keys only to the shown pane's actions makes Ctrl+P
print what the current tab shows, wherever the focus is in the window (sidebar, tab bar, pane),
and the menus show the key next to the action it triggers now.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget


class ShortcutsWhileShown(QObject):
    """Gives `bindings` (action, key) their keys while `pane` is shown and takes them away when hidden."""

    def __init__(self, pane: QWidget, bindings: list[tuple[QAction, str]]) -> None:
        super().__init__(pane)
        self.bindings = [(action, QKeySequence(key)) for action, key in bindings]
        pane.installEventFilter(self)
        self._apply(pane.isVisible())

    def _apply(self, shown: bool) -> None:
        for action, key in self.bindings:
            action.setShortcut(key if shown else QKeySequence())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Follow the pane's show and hide events."""
        if event.type() == QEvent.Type.Show:
            self._apply(True)
        elif event.type() == QEvent.Type.Hide:
            self._apply(False)
        return False
