"""Ctrl+P prints what the current tab shows (plan sheet or letter), wherever the focus is; never ambiguous."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLineEdit

from followup_desktop.gui.common import dialogs, printers
from followup_desktop.gui.letter.letter_dialogs import NewLetterRequest

from ...core.letter_fixtures import fill_interview
from ..conftest import show

ACTIONS = ("actionPrintPlan", "actionExportPlanPdf", "actionPrint", "actionExportPdf")


@pytest.fixture
def shown(window, answers, qtbot, monkeypatch):
    """The shown window with an interview and a letter; printing and saving are cancelled."""
    interview, dana, *_ = fill_interview(window.store)
    window.refresh()
    window.sidebar.select("interview", interview.id)
    monkeypatch.setattr(dialogs, "new_letter", lambda parent, people: NewLetterRequest("thank-you", [dana.id]))
    window.letter_pane.commands.action_new.trigger()
    monkeypatch.setattr(printers, "available_printers", lambda: [])
    answers.confirm = False  # "no printer: save a PDF instead?" -> no
    show(qtbot, window)
    yield window
    window.letter_pane.flush()


def _press(qtbot, window, tab, focus, key):
    """Show `tab`, focus a widget, press `key`; the object names of the actions that fired."""
    window.tabs.setCurrentWidget(getattr(window, tab))
    widget = window.sidebar.tree if focus == "sidebar" else getattr(window, tab).findChild(QLineEdit)
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)
    fired = []
    for name in ACTIONS:
        window.findChild(QAction, name).triggered.connect(lambda *_, n=name: fired.append(n))
    qtbot.keyClick(widget, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier | key)
    return fired


@pytest.mark.parametrize(
    "tab, focus, shift, expected",
    [
        ("plan_pane", "pane", False, "actionPrintPlan"),
        ("plan_pane", "sidebar", False, "actionPrintPlan"),
        ("plan_pane", "sidebar", True, "actionExportPlanPdf"),
        ("letter_pane", "pane", False, "actionPrint"),
        ("letter_pane", "sidebar", False, "actionPrint"),
        ("letter_pane", "pane", True, "actionExportPdf"),
    ],
)
def test_ctrl_p_triggers_the_current_tabs_action_only(shown, qtbot, qtlog, tab, focus, shift, expected):
    key = Qt.KeyboardModifier.ShiftModifier if shift else Qt.KeyboardModifier.NoModifier
    assert _press(qtbot, shown, tab, focus, key) == [expected]
    assert not [r for r in qtlog.records if "Ambiguous" in r.message]


def test_menus_show_the_key_on_the_action_it_triggers(shown):
    shown.tabs.setCurrentWidget(shown.letter_pane)
    keys = {n: shown.findChild(QAction, n).shortcut().toString() for n in ACTIONS}
    assert keys == {
        "actionPrintPlan": "",
        "actionExportPlanPdf": "",
        "actionPrint": "Ctrl+P",
        "actionExportPdf": "Ctrl+Shift+P",
    }
