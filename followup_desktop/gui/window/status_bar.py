"""The window's status bar: messages, the "Saved 14:02" line of the panes, and the link to what is due."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel

from followup_desktop.gui.common.widgets import RICH_TEXT, set_enum, tip_text
from followup_desktop.gui.window import texts


class StatusLine(QObject):
    """Owns the status bar's permanent labels; `show` puts a message left of them."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.saved_label = QLabel()
        self.saved_label.setObjectName("savedLabel")
        window.statusBar().addPermanentWidget(self.saved_label)
        self.due_label = QLabel()
        self.due_label.setObjectName("dueCount")
        set_enum(self.due_label, "textFormat", RICH_TEXT)  # "N due" is a link to the dashboard
        self.due_label.setToolTip(texts.DUE_TIP)
        window.statusBar().addPermanentWidget(self.due_label)

    def show(self, text: str, ms: int = 6000) -> None:
        """A message for a few seconds, shortened with "…" to fit (its tooltip then holds the whole)."""
        from followup_desktop.gui.window.status_line import elide_label, fit_message

        bar = self.window.statusBar()
        elide_label(self.saved_label)  # a long message never widens the window
        shown = fit_message(self.window, bar, text)
        bar.setToolTip(tip_text(text) if shown != " ".join(text.split()) else "")  # the whole of a cut one
        bar.showMessage(shown, ms)

    def show_saved(self, text: str) -> None:
        """What a pane last wrote ("Saved 14:02", or why it could not)."""
        self.saved_label.setText(text)

    def panes_built(self) -> None:
        """Long pane messages end in "…" and never widen the window (set up once the panes exist)."""
        from followup_desktop.gui.window.status_line import elide_label

        elide_label(self.saved_label)

    def show_due(self, count: int) -> None:
        """How many follow-ups are due, as a link to the dashboard."""
        text = (texts.DUE_ONE if count == 1 else texts.DUE_MANY).format(count=count) if count else texts.NOTHING_DUE
        self.due_label.setText(f'<a href="dashboard">{text}</a>')
