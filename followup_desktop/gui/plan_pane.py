"""The Plan pane: what to learn, questions to ask, points to make, interviewers, follow-up."""

from PySide6.QtWidgets import QVBoxLayout

from followup_desktop.gui.pane import Pane
from followup_desktop.gui.placeholder import ExplainedPane


class PlanPane(Pane):
    def __init__(self, store, parent=None) -> None:
        super().__init__(store, parent)
        self.setObjectName("planPane")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(ExplainedPane("planPaneExplanation", "Plan", (
            "Before the interview, plan it here: what you need to learn, the questions you will ask, the points you want to make, who will interview you and what they care about, and how and by when you will follow up.")))
