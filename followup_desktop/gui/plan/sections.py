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
from followup_desktop.gui.plan import texts


class InterviewersBox(QGroupBox):
    """The company's people: tick who will be in the room, and note what each cares about."""

    interviewers_changed = Signal(list)  # contact ids in order
    cares_edited = Signal(str, str)  # contact id, text

    def __init__(self) -> None:
        super().__init__(texts.INTERVIEWERS_TITLE)
        self.setObjectName("planInterviewers")
        self.grid = QGridLayout(self)
        self.rows: dict[str, tuple[QCheckBox, QLineEdit]] = {}
        self.empty = QLabel(texts.NO_PEOPLE)
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
            details = texts.DETAILS_SEPARATOR.join(p for p in (contact.title, contact.email) if p)
            if details:
                label = texts.PERSON_DETAILS.format(name=contact.name, details=details)
            else:
                label = texts.PERSON.format(name=contact.name)
            box = named(QCheckBox(label), f"interviewer-{contact.id}", texts.IS_INTERVIEWER.format(name=contact.name))
            box.setChecked(contact.id in interviewer_ids)
            cares_edit = named(
                QLineEdit(cares.get(contact.id, "")),
                f"caresAbout-{contact.id}",
                texts.CARES_NAME.format(name=contact.name),
            )
            cares_edit.setPlaceholderText(texts.CARES_HINT)
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
        super().__init__(texts.FOLLOW_UP_TITLE)
        self.setObjectName("planFollowUp")
        self.channel = named(QComboBox(), "planFollowUpChannel", texts.CHANNEL_NAME)
        for key, label in texts.CHANNELS:
            self.channel.addItem(label, key)
        self.whom = named(QLineEdit(), "planFollowUpWhom", texts.WHOM_NAME)
        self.whom.setPlaceholderText(texts.WHOM_HINT)
        self.custom = named(QCheckBox(texts.OWN_DEADLINE), "planFollowUpCustom", texts.OWN_DEADLINE_NAME)
        self.due = named(QDateTimeEdit(), "planFollowUpDue", texts.DUE_NAME)
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat(texts.DUE_FORMAT)
        self.hours = named(QSpinBox(), "planFollowUpDefaultHours", texts.HOURS_NAME)
        self.hours.setRange(1, 24 * 14)
        self.hours.setSuffix(texts.HOURS_SUFFIX)
        self.summary = named(QLabel(), "planFollowUpSummary", texts.DEADLINE_NAME)
        self.summary.setWordWrap(True)
        due_row = QHBoxLayout()
        due_row.addWidget(self.custom)
        due_row.addWidget(self.due, 1)
        form = QFormLayout(self)
        form.addRow(texts.CHANNEL, self.channel)
        form.addRow(texts.WHOM, self.whom)
        form.addRow(texts.DEFAULT_DEADLINE, self.hours)
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
            self.summary.setText(texts.NO_DEADLINE)
            return
        when = local(moment)
        text = texts.SEND_BY_OWN.format(when=when) if custom else texts.SEND_BY_HOURS.format(when=when, hours=hours)
        self.summary.setText(text)


class ChecklistBox(QGroupBox):
    """The craft's rules as ticks kept per interview."""

    changed = Signal(set)

    def __init__(self) -> None:
        super().__init__(texts.CHECKLIST_TITLE)
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
