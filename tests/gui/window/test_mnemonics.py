"""No two things on screen answer the same Alt+letter: Alt+L opens the Letter menu, not a field.

Menu titles, tab titles, buttons, check boxes and labels with a buddy all take an Alt+letter; when
two visible ones share it, Qt picks one (the "Letter:" field took Alt+L from the Letter menu).
"""

import re
from collections import defaultdict

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QTabBar

from followup_desktop.gui.common import dialogs
from followup_desktop.gui.letter.letter_dialogs import NewLetterRequest

from ...core.letter_fixtures import fill_interview
from ..conftest import show
from ..letter.helpers import open_new_letter


def _key(text: str) -> str | None:
    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def visible_mnemonics(window) -> dict[str, list[str]]:
    """Alt+letter -> what on screen takes it (menu bar titles, tabs, buttons, buddied labels, groups)."""
    taken = defaultdict(list)
    for action in window.menuBar().actions():
        if action.isVisible() and _key(action.text()):
            taken[_key(action.text())].append(f"menu {action.text()}")
    for widget in window.findChildren(QAbstractButton) + window.findChildren(QLabel) + window.findChildren(QGroupBox):
        if not widget.isVisible() or (isinstance(widget, QLabel) and widget.buddy() is None):
            continue
        text = widget.title() if isinstance(widget, QGroupBox) else widget.text()
        if _key(text):
            taken[_key(text)].append(f"{type(widget).__name__} {text}")
    for bar in window.findChildren(QTabBar):
        if bar.isVisible():
            for i in range(bar.count()):
                if _key(bar.tabText(i)):
                    taken[_key(bar.tabText(i))].append(f"tab {bar.tabText(i)}")
    return taken


def _assert_unique(window, place):
    taken = visible_mnemonics(window)
    assert taken, place
    clashes = {key: where for key, where in taken.items() if len(where) > 1}
    assert not clashes, f"{place}: {clashes}"


def test_every_place_of_the_window_gives_each_alt_letter_to_one_thing(window, qtbot, monkeypatch):
    show(qtbot, window)
    _assert_unique(window, "welcome")
    interview, dana, *_ = fill_interview(window.store)
    window.refresh()
    _assert_unique(window, "dashboard")
    window.sidebar.select("application", interview.application_id)
    _assert_unique(window, "application")
    window.sidebar.select("interview", interview.id)
    for pane in (window.plan_pane, window.notes_pane, window.letter_pane):
        window.tabs.setCurrentWidget(pane)
        _assert_unique(window, pane.objectName())
    monkeypatch.setattr(dialogs, "new_letter", lambda parent, people: NewLetterRequest("thank-you", [dana.id]))
    window.letter_pane.commands.action_new.trigger()
    _assert_unique(window, "letter")
    assert visible_mnemonics(window)["l"] == ["menu &Letter"]  # Alt+L opens the Letter menu
    window.findChild(QAction, "actionSearch").trigger()
    _assert_unique(window, "search")
    window.letter_pane.flush()


def test_alt_l_in_the_letter_opens_the_letter_menu(window, qtbot, monkeypatch):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QMenu

    interview, dana = open_new_letter(window, monkeypatch)
    show(qtbot, window)
    window.letter_pane.subject.setFocus()
    qtbot.waitUntil(window.letter_pane.subject.hasFocus)
    qtbot.keyClick(window.letter_pane.subject, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    popup = QApplication.activePopupWidget()
    assert window.letter_pane.commands.action_new in popup.actions() and not window.letter_pane.letter_list.hasFocus()
    popup.close()
    window.letter_pane.flush()
