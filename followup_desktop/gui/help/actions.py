"""The Help menu: the shortcuts overview, About, and the example application (try / remove)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence

from followup_desktop.gui.common.lazy import LazyModule
from followup_desktop.gui.common.widgets import make_action
from followup_desktop.gui.help import texts

dialogs = LazyModule("followup_desktop.gui.common.dialogs")  # loaded when the first dialog opens
log = logging.getLogger(__name__)


def menu_shortcuts(window) -> list[tuple[str, list[tuple[str, str]]]]:
    """Every action with a shortcut, grouped by the menu it is in, read from the live window.

    Actions in no menu come last under "Other"; each action is listed once.
    """
    groups: list[tuple[str, list[tuple[str, str]]]] = []
    seen: set[int] = set()

    def walk(menu, title: str) -> list[tuple[str, str]]:
        rows = []
        for action in menu.actions():
            if action.menu() is not None:
                rows.extend(walk(action.menu(), title))
            elif not action.isSeparator() and id(action) not in seen:
                seen.add(id(action))
                keys = _keys(action)
                if keys:
                    rows.append((_plain(action.text()), keys))
        return rows

    for top in window.menuBar().actions():
        if top.menu() is not None:
            rows = walk(top.menu(), _plain(top.text()))
            if rows:
                groups.append((_plain(top.text()), rows))
    other = [
        (_plain(a.text()), _keys(a))
        for a in window.findChildren(QAction)
        if id(a) not in seen and _keys(a) and a.text() and a.menu() is None
    ]
    if other:
        groups.append((texts.OTHER, sorted(set(other))))
    return groups


def _keys(action: QAction) -> str:
    keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts() if not k.isEmpty()]
    return ", ".join(k for k in keys if _on_a_keyboard(k))


SPECIAL_KEYS = {
    "Del",
    "Delete",
    "Ins",
    "Home",
    "End",
    "Return",
    "Enter",
    "Space",
    "Tab",
    "Esc",
    "Backspace",
    "PgUp",
    "PgDown",
    "Up",
    "Down",
    "Left",
    "Right",
}


def _on_a_keyboard(key: str) -> bool:
    """Drop the media-key aliases some platforms add to standard keys ("New", "Find", "F14")."""
    if "+" in key or "," in key or key in SPECIAL_KEYS or len(key) == 1:
        return True
    return key[0] == "F" and key[1:].isdigit() and int(key[1:]) <= 12


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").rstrip(".").strip()


class HelpActions(QObject):
    """Owns the Help menu's actions and the example application's commands."""

    example_changed = Signal(str)  # the example's application id after loading, "" after removing
    message = Signal(str)

    def __init__(self, window, store, data) -> None:
        super().__init__(window)
        self.window, self.store, self.data = window, store, data
        self.shortcuts_action = self._action("actionShortcuts", texts.SHORTCUTS, self.show_shortcuts)
        keys = QKeySequence.keyBindings(QKeySequence.StandardKey.HelpContents) or [QKeySequence("F1")]
        self.shortcuts_action.setShortcuts([*keys, QKeySequence("Ctrl+/")])
        self.about_action = self._action("actionAbout", texts.ABOUT, self.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.try_example_action = self._action("actionTryExample", texts.TRY_EXAMPLE, self.try_example)
        self.remove_example_action = self._action("actionRemoveExample", texts.REMOVE_EXAMPLE, self.remove_example)
        # which of Try and Remove applies is looked up by the window's refresh once it has painted (update)

    def _action(self, name: str, words: tuple[str, str], slot) -> QAction:
        text, tip = words
        action = make_action(self.window, name, text, slot, tip=tip)
        self.window.addAction(action)
        return action

    def actions(self) -> list[QAction | None]:
        return [
            self.shortcuts_action,
            None,
            self.try_example_action,
            self.remove_example_action,
            None,
            self.about_action,
        ]

    def update(self) -> None:
        """Enable Try or Remove depending on whether the example exists."""
        from followup_desktop.core.example import example_application_id

        exists = bool(example_application_id(self.store))
        self.try_example_action.setEnabled(not exists)
        self.remove_example_action.setEnabled(exists)

    def show_shortcuts(self) -> None:
        dialogs.show_shortcuts(self.window, menu_shortcuts(self.window))

    def show_about(self) -> None:
        dialogs.show_about(self.window, self.data.root)

    def try_example(self) -> None:
        from followup_desktop.core.example import create_example
        from followup_desktop.core.store import StoreError
        from followup_desktop.gui.common.write_failures import failure_text

        try:
            app_id = create_example(self.store)
        except StoreError as exc:
            dialogs.show_error(self.window, texts.NOT_ADDED, failure_text(texts.NOTHING_CHANGED, exc))
            return
        self.update()
        self.example_changed.emit(app_id)  # the window shows it and gives the keyboard to the page
        self.message.emit(texts.ADDED)

    def remove_example(self) -> None:
        from followup_desktop.core.example import remove_example
        from followup_desktop.core.store import StoreError
        from followup_desktop.gui.common.write_failures import failure_text

        try:
            removed = remove_example(self.store)
        except StoreError as exc:
            dialogs.show_error(self.window, texts.NOT_REMOVED, failure_text(texts.NOTHING_CHANGED, exc))
            return
        self.update()
        self.example_changed.emit("")
        self.message.emit(texts.REMOVED if removed else texts.NOTHING_TO_REMOVE)
