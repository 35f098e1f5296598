"""The Plan pane's right-hand sections: interviewers, follow-up plan, the follow-up checklist."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
)

from followup_desktop.core.clock import UTC, local, parse_iso, to_iso
from followup_desktop.core.models import Contact
from followup_desktop.core.plan.sheet import CHECKLIST
from followup_desktop.gui.common.widgets import named

CHANNELS = (("email", "Email"), ("letter", "Printed letter"), ("both", "Both email and printed letter"))


class InterviewersBox(QGroupBox):
    """The company's people: tick who will be in the room, and note what each cares about."""

    interviewers_changed = Signal(list)  # contact ids in order
    cares_edited = Signal(str, str)  # contact id, text

    def __init__(self) -> None:
        super().__init__("Interviewers")
        self.setObjectName("planInterviewers")
        self.grid = QGridLayout(self)
        self.rows: dict[str, tuple[QCheckBox, QLineEdit]] = {}
        self.empty = QLabel("No people at this company yet. Add them with Edit ▸ Edit… (F2) on the application.")
        self.empty.setWordWrap(True)

    def load(self, contacts: list[Contact], interviewer_ids: list[str], cares: dict[str, str]) -> None:
        """Rebuild the rows (a handful of widgets) for this interview."""
        while self.grid.count():
            widget = self.grid.takeAt(0).widget()
            if widget is not None and widget is not self.empty:
                widget.deleteLater()
        self.rows = {}
        self.order = list(interviewer_ids)
        ordered = sorted(
            contacts,
            key=lambda c: (c.id not in interviewer_ids, interviewer_ids.index(c.id) if c.id in interviewer_ids else 0),
        )
        for row, contact in enumerate(ordered):
            details = ", ".join(p for p in (contact.title, contact.email) if p)
            box = named(
                QCheckBox(contact.name + (f" — {details}" if details else "")),
                f"interviewer-{contact.id}",
                f"{contact.name} is an interviewer",
            )
            box.setChecked(contact.id in interviewer_ids)
            cares_edit = named(
                QLineEdit(cares.get(contact.id, "")), f"caresAbout-{contact.id}", f"What {contact.name} cares about"
            )
            cares_edit.setPlaceholderText("What they care about")
            cares_edit.setEnabled(box.isChecked())
            box.toggled.connect(lambda on, cid=contact.id: self._toggled(cid, on))
            cares_edit.textEdited.connect(lambda text, cid=contact.id: self.cares_edited.emit(cid, text))
            cares_edit.setCursorPosition(0)
            self.grid.addWidget(box, 2 * row, 0)
            self.grid.addWidget(cares_edit, 2 * row + 1, 0)
            self.rows[contact.id] = (box, cares_edit)
        self.grid.setColumnStretch(0, 1)
        if not contacts:
            self.grid.addWidget(self.empty, 0, 0)
        self.empty.setVisible(not contacts)

    def _toggled(self, contact_id: str, on: bool) -> None:
        self.rows[contact_id][1].setEnabled(on)
        self.order = [c for c in self.order if c != contact_id] + ([contact_id] if on else [])
        self.interviewers_changed.emit(self.order)


class FollowUpBox(QGroupBox):
    """How and to whom to follow up, and by when."""

    edited = Signal(str, str)  # plan field, value
    default_hours_changed = Signal(int)

    def __init__(self) -> None:
        super().__init__("Follow-up plan")
        self.setObjectName("planFollowUp")
        self.channel = named(QComboBox(), "planFollowUpChannel", "Follow-up channel")
        for key, label in CHANNELS:
            self.channel.addItem(label, key)
        self.whom = named(QLineEdit(), "planFollowUpWhom", "Whom to thank")
        self.whom.setPlaceholderText("Everyone who interviewed you, by name")
        self.custom = named(QCheckBox("Own deadline:"), "planFollowUpCustom", "Use my own deadline")
        self.due = named(QDateTimeEdit(), "planFollowUpDue", "Send by")
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("ddd d MMM yyyy, HH:mm")
        self.hours = named(QSpinBox(), "planFollowUpDefaultHours", "Default deadline in hours after the interview")
        self.hours.setRange(1, 24 * 14)
        self.hours.setSuffix(" hours after the interview ends")
        self.summary = named(QLabel(), "planFollowUpSummary", "Send-by deadline")
        self.summary.setWordWrap(True)
        due_row = QHBoxLayout()
        due_row.addWidget(self.custom)
        due_row.addWidget(self.due, 1)
        form = QFormLayout(self)
        form.addRow("&Channel:", self.channel)
        form.addRow("&Whom to thank:", self.whom)
        form.addRow("Default deadline:", self.hours)
        form.addRow(due_row)
        form.addRow(self.summary)
        self.channel.currentIndexChanged.connect(
            lambda _i: self.edited.emit("followup_channel", self.channel.currentData())
        )
        self.whom.textEdited.connect(lambda text: self.edited.emit("followup_whom", text))
        self.custom.toggled.connect(self._custom_toggled)
        self.due.dateTimeChanged.connect(
            lambda _dt: self.custom.isChecked() and self.edited.emit("followup_due_at", self.due_iso())
        )
        self.hours.valueChanged.connect(self.default_hours_changed.emit)

    def due_iso(self) -> str:
        return to_iso(self.due.dateTime().toPython().astimezone(UTC)) if self.custom.isChecked() else ""

    def _custom_toggled(self, on: bool) -> None:
        self.due.setEnabled(on)
        self.edited.emit("followup_due_at", self.due_iso())

    def load(self, channel: str, whom: str, due_at: str, computed, hours: int) -> None:
        """Show these values without reporting them as edits."""
        for widget in (self.channel, self.whom, self.custom, self.due, self.hours):
            widget.blockSignals(True)
        self.channel.setCurrentIndex(max(0, self.channel.findData(channel)))
        if self.whom.text() != whom:
            self.whom.setText(whom)
        self.custom.setChecked(bool(due_at))
        self.due.setEnabled(bool(due_at))
        moment = parse_iso(due_at) if due_at else computed
        if moment is not None:
            self.due.setDateTime(QDateTime(local(moment)))
        self.hours.setValue(hours)
        for widget in (self.channel, self.whom, self.custom, self.due, self.hours):
            widget.blockSignals(False)
        self.show_deadline(computed, bool(due_at), hours)

    def show_deadline(self, moment, custom: bool, hours: int) -> None:
        if moment is None:
            self.summary.setText("Send by: schedule the interview to get a deadline.")
            return
        when = local(moment).strftime("%A %d %B, %H:%M")
        why = "your own deadline" if custom else f"{hours} hours after the interview"
        self.summary.setText(f"<b>Send by: {when}</b> ({why}).")


class ChecklistBox(QGroupBox):
    """The craft's rules as ticks kept per interview."""

    changed = Signal(set)

    def __init__(self) -> None:
        super().__init__("Follow-up checklist")
        self.setObjectName("planChecklist")
        layout = QVBoxLayout(self)
        self.boxes: dict[str, QCheckBox] = {}
        for rule_id, words in CHECKLIST:
            box = named(QCheckBox(words), f"checklist-{rule_id}", words)
            box.toggled.connect(lambda _on: self.changed.emit(self.checked()))
            layout.addWidget(box)
            self.boxes[rule_id] = box

    def checked(self) -> set[str]:
        return {rule_id for rule_id, box in self.boxes.items() if box.isChecked()}

    def load(self, checked: set[str]) -> None:
        for rule_id, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(rule_id in checked)
            box.blockSignals(False)
