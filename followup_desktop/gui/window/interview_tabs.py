"""The Plan / Notes / Letter tabs of the selected interview, built when first needed.

The panes import most of the program's GUI; building them after the window has painted keeps
start-up close to a bare window's. Everything that touches a pane goes through the properties
below, which build the panes on first use.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget

from followup_desktop.gui.window import texts

TAB_NAMES = ("plan", "notes", "letter")


class InterviewTabs(QTabWidget):
    """Emits built() once, right after the panes exist, so the window can wire them."""

    built = Signal()

    def __init__(self, store, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("interviewTabs")
        self.setDocumentMode(True)
        self.store = store
        self._panes: tuple = ()
        self.wanted_index = 0  # the tab to show once built (restored from the last session)

    def build(self) -> None:
        """Create the panes (once)."""
        if self._panes:
            return
        from followup_desktop.gui.letter.pane import LetterPane
        from followup_desktop.gui.notes.pane import NotesPane
        from followup_desktop.gui.plan.pane import PlanPane
        from followup_desktop.gui.tracker.outcome_bar import OutcomeBar

        self._panes = (PlanPane(self.store), NotesPane(self.store), LetterPane(self.store))
        for pane, title in zip(self._panes, texts.TABS):
            self.addTab(pane, title)
        self._outcome_bar = OutcomeBar()
        self.setCornerWidget(self._outcome_bar)  # top right
        from followup_desktop.gui.common.wheel_guard import guard_wheel

        guard_wheel(self)  # outcome, letter kind and recipient, challenge kind, follow-up dates: no wheel writes
        self.setCurrentIndex(self.wanted_index)
        self.built.emit()

    def built_panes(self) -> tuple:
        """The panes if they exist yet, else () — for work that only matters once they do."""
        return self._panes

    @property
    def panes(self) -> tuple:
        self.build()
        return self._panes

    @property
    def plan_pane(self):
        return self.panes[0]

    @property
    def notes_pane(self):
        return self.panes[1]

    @property
    def letter_pane(self):
        return self.panes[2]

    @property
    def outcome_bar(self):
        self.build()
        return self._outcome_bar

    def pane(self, name: str):
        """The pane of a tab by name ("plan", "notes", "letter")."""
        return self.panes[TAB_NAMES.index(name)]

    def default_focus(self):
        """Where the keyboard goes when this page is shown: the shown pane's own choice."""
        pane = self.currentWidget()
        return pane.default_focus() if pane is not None else None

    def current_index(self) -> int:
        """The tab shown (or to be shown once built)."""
        return self.currentIndex() if self._panes else self.wanted_index

    def show_index(self, index: int) -> None:
        self.wanted_index = index
        if self._panes:
            self.setCurrentIndex(index)
