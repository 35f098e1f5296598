"""The Letter pane: follow-up letters built from this interview's challenges."""

from PySide6.QtWidgets import QVBoxLayout

from followup_desktop.gui.pane import Pane
from followup_desktop.gui.placeholder import ExplainedPane


class LetterPane(Pane):
    def __init__(self, store, parent=None) -> None:
        super().__init__(store, parent)
        self.setObjectName("letterPane")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(ExplainedPane("letterPaneExplanation", "Letter", (
            "After the interview, compose a genuine follow-up letter here: it draws on the challenges you highlighted and your matching experience, is checked for leftovers, wrong names and clichés, and exports to Word, print or PDF.")))
