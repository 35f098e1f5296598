"""What the right-hand side shows when an application (not an interview) is selected."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from followup_desktop.core.models import Application, Contact, Interview, shown
from followup_desktop.gui.common.labels import interview_label
from followup_desktop.gui.tracker import texts


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
        edit = QPushButton(texts.EDIT_APPLICATION)
        edit.clicked.connect(self.edit_requested)
        add = QPushButton(texts.NEW_INTERVIEW)
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

        people = "".join(
            texts.PERSON_WITH_TITLE.format(name=escape(shown(c.name)), title=escape(shown(c.title)))
            if c.title
            else texts.PERSON.format(name=escape(shown(c.name)))
            for c in contacts
        )
        rounds = "".join(f"<li>{escape(interview_label(i))}</li>" for i in interviews)
        self.summary.setText(
            texts.SUMMARY.format(
                company=escape(shown(app.company)),
                role=escape(shown(app.role)) or texts.ROLE_NOT_NAMED,
                status=escape(texts.STATUS_WORDS.get(app.status, app.status)),
                people=people or texts.NO_PEOPLE,
                rounds=rounds or texts.NO_INTERVIEWS,
            )
        )
        if self.keep_in_touch is not None:
            self.keep_in_touch.load(app)
