"""A letter's row on the dashboard has a menu (right-click or the Menu key): open, export, print, send."""

import docx
import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QAction, QContextMenuEvent
from PySide6.QtWidgets import QApplication

from followup_desktop.gui.common import dialogs
from followup_desktop.gui.window.letter_row_menu import letter_row_menu

from ...core.letter_fixtures import fill_interview
from ..conftest import show


@pytest.fixture
def menus(answers):
    """Menus the window pops up, recorded instead of shown (a real one would wait for a click)."""
    return answers.menus


def _draft_on_the_dashboard(window):
    interview, dana, *_ = fill_interview(window.store)
    letter = window.store.letters.add(interview.id, "thank-you", dana.id, "Thank you", "Dear Dana Lee,\n\nThanks.\n")
    window.refresh()
    tree = window.dashboard.tree
    row = next(
        tree.topLevelItem(i)
        for i in range(tree.topLevelItemCount())
        if "Draft never sent" in tree.topLevelItem(i).text(1)
    )
    return interview, letter, tree, row


def _names(menu):
    return [a.objectName() for a in menu.actions() if not a.isSeparator()]


def test_right_click_on_a_letter_row_offers_the_letter_commands(window, answers, menus, monkeypatch, tmp_path, qtbot):
    interview, letter, tree, row = _draft_on_the_dashboard(window)
    show(qtbot, window)
    tree.setCurrentItem(row)  # what a right-click does first
    tree.customContextMenuRequested.emit(tree.visualItemRect(row).center())
    (menu,) = menus
    assert _names(menu) == [
        "rowActionOpenLetter",
        "rowActionExportDocx",
        "rowActionExportPdf",
        "rowActionPrintPreview",
        "rowActionOpenInMail",
        "rowActionCopyLetterText",
        "rowActionMarkSent",
    ]
    answers.save_path = str(tmp_path / "from-dashboard.docx")
    menu.findChild(QAction, "rowActionExportDocx").trigger()
    assert "Thanks." in "\n".join(p.text for p in docx.Document(answers.save_path).paragraphs)
    assert window.tabs.currentWidget() is window.letter_pane and window.letter_pane.letter.id == letter.id  # shown
    urls = []
    monkeypatch.setattr(dialogs, "open_url", lambda url: urls.append(url) or True)
    _menu(window, interview.id, letter.id).findChild(QAction, "rowActionOpenInMail").trigger()
    assert urls and urls[0].startswith("mailto:") and "Thanks." in urls[0]


def test_the_menu_key_opens_the_current_rows_menu(window, menus, qtbot):
    interview, letter, tree, row = _draft_on_the_dashboard(window)
    show(qtbot, window)
    tree.setFocus()
    tree.setCurrentItem(row)
    qtbot.waitUntil(tree.hasFocus)
    # The Menu key (or Shift+F10) reaches the focused widget as a keyboard context-menu event.
    QApplication.sendEvent(
        tree, QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, QPoint(1, 1), tree.mapToGlobal(QPoint(1, 1)))
    )
    assert len(menus) == 1 and "rowActionExportPdf" in _names(menus[0])


def test_a_row_with_no_letter_yet_offers_a_new_one(window, menus):
    interview, dana, *_ = fill_interview(window.store)
    menu = _menu(window, interview.id, "")
    assert _names(menu) == ["rowActionOpenLetter", "rowActionNewLetter"]
    window.dashboard.tree.customContextMenuRequested.emit(QPoint(0, 0))  # no row current: no menu
    assert menus == []


def _menu(window, interview_id, letter_id):
    pane, open_item = window.letter_pane, window.open_dashboard_item
    return letter_row_menu(window, window.store, pane, open_item, interview_id, letter_id)
