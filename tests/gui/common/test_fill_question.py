"""The real "Fill in your drafts?" question: its words, its buttons, and Escape leaving the drafts alone."""

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from followup_desktop.gui.common import dialogs


def _answer(seen, key):
    def press():
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append((box.text(), [b.text() for b in box.buttons()], box.defaultButton().text(), box.textFormat()))
        if key == "escape":
            box.reject()  # as Escape does
        else:
            box.defaultButton().click()

    QTimer.singleShot(0, press)


@pytest.mark.parametrize("key, filled", [("enter", True), ("escape", False)])
def test_the_question_fills_by_default_and_escape_leaves_them(qtbot, key, filled):
    seen = []
    _answer(seen, key)
    assert dialogs.ask_fill_drafts(None, 2, "name") is filled
    text, buttons, default, _format = seen[0]
    assert "2 unsent drafts still show a placeholder for your name" in text and "not be asked" in text
    assert buttons == ["&Fill them in", "&Leave as they are"] and default == "&Fill them in"


def test_one_draft_is_named_in_the_singular(qtbot):
    seen = []
    _answer(seen, "enter")
    assert dialogs.ask_fill_drafts(None, 1, "name and address")
    assert seen[0][0].startswith("1 unsent draft still shows a placeholder for your name and address.")
    assert "If you leave it, you will not be asked about this draft again." in seen[0][0]
    assert seen[0][3] == Qt.TextFormat.PlainText  # shown as written, never read as HTML
