"""The Notes pane: timestamped notes taken during the interview."""

from PySide6.QtWidgets import QVBoxLayout

from followup_desktop.gui.pane import Pane
from followup_desktop.gui.placeholder import ExplainedPane


class NotesPane(Pane):
    def __init__(self, store, parent=None) -> None:
        super().__init__(store, parent)
        self.setObjectName("notesPane")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(ExplainedPane("notesPaneExplanation", "Notes", (
            "During the interview, take timestamped notes here: the salient points of each interviewer's answers, linked to your planned questions and to who said them. Afterwards, highlight the challenges the role faces and pair each with your own experience.")))
