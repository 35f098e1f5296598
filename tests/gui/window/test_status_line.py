"""Long status messages (a deep path, an error) end in "…" and never widen or crowd the window."""

import pytest
from PySide6.QtGui import QTextDocument

from ..conftest import show

LONG = "/home/someone/" + "deep/" * 398 + "x.json"  # 2,000 characters


@pytest.mark.parametrize("where", ["window", "pane", "both"])
def test_a_2000_character_message_leaves_the_window_width_unchanged(window, qtbot, where):
    show(qtbot, window)
    width, bar = window.width(), window.statusBar()
    if where in ("window", "both"):
        window.status_line.show(f"Exported everything to {LONG}.")
        shown, tip = bar.currentMessage(), bar.toolTip()  # read now: a background backup may report later
    if where in ("pane", "both"):
        window.notes_pane.status_message.emit(f"The note was not saved: {LONG}")
    qtbot.wait(50)
    assert window.width() == width
    assert window.status_line.saved_label.width() <= bar.width() // 2
    assert (
        window.status_line.due_label.geometry().right() <= bar.width()
        and window.status_line.due_label.width() >= window.status_line.due_label.sizeHint().width()
    )
    if where != "pane":
        assert shown.startswith("Exported everything to /home/someone/deep/") and shown.endswith("…")
        assert _shown(tip) == f"Exported everything to {LONG}."  # the whole of it, on hovering
        assert bar.fontMetrics().horizontalAdvance(shown) < width
    if where != "window":
        assert window.status_line.saved_label.text().endswith("x.json")  # the whole text stays readable
        window.status_line.saved_label.grab()
        assert _shown(window.status_line.saved_label.toolTip()).startswith("The note was not saved")


def _shown(tip):
    """A tooltip's text as shown (tips are rich text, so that a user's "<b>" shows as typed)."""
    doc = QTextDocument()
    doc.setHtml(tip)
    return doc.toPlainText()


def test_a_short_message_is_shown_whole(window, qtbot):
    show(qtbot, window)
    window.status_line.show("Settings saved.")
    assert window.statusBar().currentMessage() == "Settings saved." and window.statusBar().toolTip() == ""
    window.notes_pane.status_message.emit("Saved 14:02")
    label = window.status_line.saved_label
    qtbot.waitUntil(lambda: label.width() >= label.sizeHint().width())
    label.grab()
    assert label.toolTip() == ""
