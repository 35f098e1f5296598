"""What the right-hand side shows when an application (not an interview) is selected."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from followup_desktop.core.models import Application, Contact, Interview, shown
from followup_desktop.gui.common.labels import interview_label


class ApplicationView(QWidget):
    """A summary of one application with buttons to edit it or add an interview."""

    edit_requested = Signal()
    new_interview_requested = Signal()

    def __init__(self, store=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("applicationView")
        self.summary = QLabel()
        self.summary.setObjectName("applicationSummary")
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        edit = QPushButton("Edit application…")
        edit.clicked.connect(self.edit_requested)
        add = QPushButton("New interview…")
        add.clicked.connect(self.new_interview_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(edit)
        buttons.addWidget(add)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        self.keep_in_touch = None
        if store is not None:
            from followup_desktop.gui.tracker.keep_in_touch import KeepInTouchBox

            self.keep_in_touch = KeepInTouchBox(store)
            layout.addWidget(self.keep_in_touch, 1)
        layout.addStretch(1 if store is None else 0)

    def load(self, app: Application, contacts: list[Contact], interviews: list[Interview]) -> None:
        """Show this application."""
        from html import escape  # after the first paint: an application is shown only then

        people = (
            "".join(
                f"<li>{escape(shown(c.name))}{' — ' + escape(shown(c.title)) if c.title else ''}</li>" for c in contacts
            )
            or "<li><i>No one yet — add the people you meet with “Edit application…”.</i></li>"
        )
        rounds = "".join(f"<li>{escape(interview_label(i))}</li>" for i in interviews) or (
            "<li><i>No interview yet — add one with “New interview…” (Ctrl+Shift+N).</i></li>"
        )
        self.summary.setText(
            f"<h2>{escape(shown(app.company))}</h2><p><b>{escape(shown(app.role)) or '<i>Role not named</i>'}</b>"
            f" · status: {escape(app.status)}</p><h3>People</h3><ul>{people}</ul>"
            f"<h3>Interviews</h3><ul>{rounds}</ul>"
        )
        if self.keep_in_touch is not None:
            self.keep_in_touch.load(app)
