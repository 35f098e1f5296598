"""The contract between the main window and the Plan, Notes and Letter panes.

A pane receives the interview it shows (``load``), writes through the store it was given,
and says what it did through signals; the main window wires panes to each other, so panes
never import one another.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from followup_desktop.core.models import Interview


class Pane(QWidget):
    """Base class of the interview panes."""

    data_changed = Signal(str)  # interview id: this pane wrote something others may show
    status_message = Signal(str)  # a short line for the status bar ("Saved 14:02")
    show_requested = Signal()  # a command made something the user must see: bring this pane on screen
    menu_title = ""  # the menu under which menu_actions() appear; "" for none

    interview: Interview | None = None  # the interview shown (set by load)

    def __init__(self, store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store

    def load(self, interview: Interview | None) -> None:
        """Show this interview (None: nothing)."""
        self.interview = interview

    def refresh(self) -> None:
        """Re-read the current interview after another pane changed its data."""
        self.load(self.interview)

    def flush(self) -> None:
        """Write any pending (debounced) edits now: before switching interview or closing."""

    def default_focus(self) -> QWidget | None:
        """The widget that takes the keyboard when this pane is shown (None: the first in the chain)."""
        return None

    def unsaved_texts(self) -> list[tuple[str, str]]:
        """What the user typed that the store refused and that is only on screen: (what, text) pairs.

        Every editor of the pane autosaves through an Autosaver, which keeps what was refused.
        """
        from followup_desktop.gui.common.autosaver import Autosaver

        return [item for saver in self.findChildren(Autosaver) for item in saver.unsaved_texts()]

    def reveal(self, kind: str, ref_id: str, text: str) -> None:
        """Bring a search result into view (kind as in core.search.KINDS) and select `text` in it."""

    def menu_actions(self) -> list[QAction | None]:
        """Actions for this pane's menu (None = separator); they also get window-wide shortcuts."""
        return []
