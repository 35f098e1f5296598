"""The interview's outcome selector, shown in the corner of the interview's tabs."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from followup_desktop.core.models import OUTCOMES
from followup_desktop.gui.tracker import texts


class OutcomeBar(QWidget):
    """A labelled combo of OUTCOMES; says when the user picks another one."""

    outcome_chosen = Signal(str, str)  # interview id, outcome

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.interview_id = ""
        self.combo = QComboBox()
        self.combo.setObjectName("outcomeSelector")
        self.combo.setAccessibleName(texts.OUTCOME_NAME)
        for outcome in OUTCOMES:
            self.combo.addItem(texts.OUTCOMES.get(outcome, outcome), outcome)
        label = QLabel(texts.OUTCOME_LABEL)
        label.setBuddy(self.combo)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        layout.addWidget(label)
        layout.addWidget(self.combo)
        self.combo.activated.connect(self._activated)

    def load(self, interview) -> None:
        """Show this interview's outcome (no signal)."""
        self.interview_id = interview.id if interview else ""
        self.combo.setCurrentIndex(max(0, self.combo.findData(interview.outcome if interview else "pending")))
        self.setEnabled(interview is not None)

    def choose(self, outcome: str) -> None:
        """Pick an outcome as the user would."""
        self.combo.setCurrentIndex(self.combo.findData(outcome))
        self._activated(self.combo.currentIndex())

    def _activated(self, _index: int) -> None:
        if self.interview_id:
            self.outcome_chosen.emit(self.interview_id, self.combo.currentData())
