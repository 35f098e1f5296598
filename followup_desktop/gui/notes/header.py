"""The top of the Notes tab: the interview's clock and phase, with Start, End, Focus layout and Keep on top."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from followup_desktop.core.notes import times as note_times
from followup_desktop.gui.notes import texts


class InterviewHeader(QWidget):
    """Shows how long the interview of `session` has run; its buttons trigger the pane's actions."""

    def __init__(self, session, actions, parent=None) -> None:
        super().__init__(parent)
        self.session, self.actions = session, actions
        self.clock_label = QLabel(texts.NOT_STARTED_CLOCK)
        self.clock_label.setObjectName("interviewClock")
        self.clock_label.setAccessibleName(texts.CLOCK_NAME)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        font.setStyleHint(QFont.StyleHint.Monospace)
        self.clock_label.setFont(font)
        self.clock_timer = QTimer(self, interval=1000, timeout=self._tick)
        self.phase_label = QLabel()
        self.phase_label.setObjectName("interviewPhase")
        self.phase_label.setWordWrap(True)
        self.phase_label.setMinimumWidth(10)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.clock_label)
        layout.addWidget(self.phase_label, 1)
        self.buttons = []
        for action in (actions.start, actions.end, actions.focus, actions.keep_on_top):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            layout.addWidget(button)
            self.buttons.append(button)
        self.setMinimumWidth(120)  # in a very narrow window the buttons are clipped, not the sidebar

    def update_clock(self) -> None:
        """Start, End and the clock as the interview's start and end say."""
        iv, running = self.session.interview, self.session.running()
        self.actions.start.setEnabled(bool(iv) and not running)
        self.actions.start.setText(texts.RESUME if iv and iv.ended_at else texts.START)
        self.actions.end.setEnabled(running)
        if running:
            self.clock_timer.start()
        else:
            self.clock_timer.stop()
        self._tick()

    def _tick(self) -> None:
        iv = self.session.interview
        if not iv or not iv.started_at:
            self.clock_label.setText(texts.NO_CLOCK)
            self.phase_label.setText(texts.NOT_STARTED)
            return
        self.clock_label.setText(note_times.format_elapsed(self.session.elapsed()))
        self.phase_label.setText(
            texts.ENDED.format(clock=note_times.local_clock(iv.ended_at))
            if iv.ended_at
            else texts.RUNNING.format(clock=note_times.local_clock(iv.started_at))
        )
