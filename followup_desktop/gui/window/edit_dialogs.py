"""Forms for applications, interviews and the trash. Opened only through gui/common/dialogs.py."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from followup_desktop.core.clock import to_iso, to_local
from followup_desktop.core.forms import ApplicationForm, ContactForm, InterviewForm
from followup_desktop.core.models import APPLICATION_STATUSES, INTERVIEW_FORMATS, Contact, TrashEntry
from followup_desktop.gui.common.theme import tone
from followup_desktop.gui.common.widgets import named as _named
from followup_desktop.gui.window import texts

TEXT_COLUMNS = 5  # the contacts table's columns typed in; the last one is a choice


def _choices(combo: QComboBox, words: dict[str, str], keys, current: str) -> None:
    """Offer the stored values `keys` in words, `current` chosen; the combo's data is the stored value."""
    for key in keys:
        combo.addItem(words.get(key, key), key)
    combo.setCurrentIndex(max(0, combo.findData(current)))


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


class ApplicationDialog(QDialog):
    """Company, role, status, job ad, notes and the people at the company."""

    def __init__(self, parent: QWidget | None, initial: ApplicationForm | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("applicationDialog")
        self.setWindowTitle(texts.EDIT_APPLICATION if initial else texts.NEW_APPLICATION_TITLE)
        initial = initial or ApplicationForm(company="")
        self.company = _named(QLineEdit(initial.company), "companyEdit", texts.COMPANY_NAME)
        self.company.setPlaceholderText(texts.COMPANY_HINT)
        self.role = _named(QLineEdit(initial.role), "roleEdit", texts.ROLE_NAME)
        self.role.setPlaceholderText(texts.ROLE_HINT)
        self.status = _named(QComboBox(), "statusCombo", texts.STATUS_NAME)
        _choices(self.status, texts.STATUSES, APPLICATION_STATUSES, initial.status)
        self.job_ad = _named(QPlainTextEdit(initial.job_ad), "jobAdEdit", texts.JOB_AD_NAME)
        self.job_ad.setPlaceholderText(texts.JOB_AD_HINT)
        self.notes = _named(QPlainTextEdit(initial.notes), "applicationNotesEdit", texts.NOTES_NAME)
        self.error = QLabel()
        self.error.setObjectName("companyError")
        self.error.setStyleSheet(f"color: {tone('error', self.palette()).name()}; font-weight: bold")
        self.contacts = ContactsTable(initial.contacts)

        form = QFormLayout()
        form.addRow(texts.COMPANY, self.company)
        form.addRow("", self.error)
        form.addRow(texts.ROLE, self.role)
        form.addRow(texts.STATUS, self.status)
        form.addRow(texts.JOB_AD, self.job_ad)
        form.addRow(texts.NOTES, self.notes)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(texts.PEOPLE))
        layout.addWidget(self.contacts)
        self.buttons = _buttons(self)
        layout.addWidget(self.buttons)
        self.company.textChanged.connect(self._validate)
        self._validate()
        self.resize(760, 620)

    def _validate(self) -> None:
        ok = bool(self.company.text().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
        self.error.setText("" if ok else texts.COMPANY_REQUIRED)
        self.error.setVisible(not ok)

    def accept(self) -> None:
        if self.company.text().strip():
            super().accept()

    def value(self) -> ApplicationForm:
        return ApplicationForm(
            company=self.company.text().strip(),
            role=self.role.text(),
            status=self.status.currentData(),
            job_ad=self.job_ad.toPlainText(),
            notes=self.notes.toPlainText(),
            contacts=self.contacts.value(),
        )


class ContactsTable(QWidget):
    """An editable table of people; rows without a name are ignored."""

    def __init__(self, contacts: list[ContactForm]) -> None:
        super().__init__()
        self.table = _named(QTableWidget(0, len(texts.CONTACT_COLUMNS)), "contactsTable", texts.PEOPLE_NAME)
        self.table.setHorizontalHeaderLabels(texts.CONTACT_COLUMNS)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for column in (3, 4, 5):  # phone, form of address, greeting: as wide as what they hold
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeaderItem(4).setToolTip(texts.FORM_OF_ADDRESS_TIP)
        self.table.horizontalHeaderItem(5).setToolTip(texts.GREETING_TIP)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for contact in contacts:
            self.add_row(contact)
        add = QPushButton(texts.ADD_PERSON)
        add.setObjectName("addContactButton")
        add.clicked.connect(lambda: self.add_row(ContactForm(name=""), edit=True))
        remove = QPushButton(texts.REMOVE_PERSON)
        remove.setObjectName("removeContactButton")
        remove.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def add_row(self, contact: ContactForm, edit: bool = False) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        cells = (contact.name, contact.title, contact.email, contact.phone, contact.form_of_address or "")
        for col, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if col == 0:
                item.setData(Qt.ItemDataRole.UserRole, contact.id)
            if col == 4:
                item.setToolTip(texts.FORM_OF_ADDRESS_TIP)
            self.table.setItem(row, col, item)
        self.table.setCellWidget(row, TEXT_COLUMNS, _greeting_combo(contact.salutation or ""))
        if edit:
            self.table.setCurrentCell(row, 0)
            self.table.editItem(self.table.item(row, 0))

    def remove_selected(self) -> None:
        for row in sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(row)

    def value(self) -> list[ContactForm]:
        out = []
        for row in range(self.table.rowCount()):
            cells = [self.table.item(row, c).text() if self.table.item(row, c) else "" for c in range(TEXT_COLUMNS)]
            if cells[0].strip():
                ident = self.table.item(row, 0).data(Qt.ItemDataRole.UserRole)
                greeting = self.table.cellWidget(row, TEXT_COLUMNS)
                style = greeting.currentData() if isinstance(greeting, QComboBox) else ""
                out.append(ContactForm(cells[0].strip(), cells[1], cells[2], cells[3], ident, cells[4].strip(), style))
        return out


def _greeting_combo(style: str) -> QComboBox:
    """A person's greeting: as in Settings, or one of the styles ("Dear Ms Raman", "Dear Priya"...)."""
    from followup_desktop.core.letters.greeting import STYLE_LABELS

    combo = _named(QComboBox(), "contactGreeting", "Greeting")
    combo.addItem(texts.GREETING_DEFAULT, "")
    for key, label in STYLE_LABELS.items():
        combo.addItem(label, key)
    combo.setCurrentIndex(max(0, combo.findData(style)))
    return combo


class InterviewDialog(QDialog):
    """Round, time, format, place and who interviews (picked from contacts or added here)."""

    def __init__(self, parent: QWidget | None, contacts: list[Contact], initial: InterviewForm | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("interviewDialog")
        self.setWindowTitle(texts.EDIT_INTERVIEW if initial else texts.NEW_INTERVIEW)
        initial = initial or InterviewForm()
        self.title = _named(QLineEdit(initial.title), "interviewTitleEdit", texts.ROUND_NAME)
        self.title.setPlaceholderText(texts.ROUND_HINT)
        self.scheduled = _named(QCheckBox(texts.SCHEDULED), "scheduledCheck", texts.SCHEDULED_NAME)
        self.when = _named(QDateTimeEdit(), "scheduledEdit", texts.WHEN_NAME)
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        if initial.scheduled_start:
            local = to_local(initial.scheduled_start)
            self.when.setDateTime(QDateTime(local.date(), local.time().replace(microsecond=0)))
            self.scheduled.setChecked(True)
        else:
            self.when.setDateTime(QDateTime.currentDateTime().addDays(1))
        self.when.setEnabled(self.scheduled.isChecked())
        self.scheduled.toggled.connect(self.when.setEnabled)
        self.duration = _named(QSpinBox(), "durationSpin", texts.DURATION_NAME)
        self.duration.setRange(0, 24 * 60)
        self.duration.setSuffix(texts.MINUTES)
        self.duration.setValue(initial.duration_minutes)
        self.format = _named(QComboBox(), "formatCombo", texts.FORMAT_NAME)
        _choices(self.format, texts.FORMATS, INTERVIEW_FORMATS, initial.format)
        self.location = _named(QLineEdit(initial.location), "locationEdit", texts.LOCATION_NAME)

        self.people = _named(QListWidget(), "interviewersList", texts.INTERVIEWERS_NAME)
        chosen = [c.id for c in initial.interviewers if c.id]
        for contact in sorted(
            contacts, key=lambda c: (c.id not in chosen, chosen.index(c.id) if c.id in chosen else 0)
        ):
            self._add_person(
                ContactForm(contact.name, contact.title, contact.email, id=contact.id), contact.id in chosen
            )
        for extra in (c for c in initial.interviewers if not c.id):
            self._add_person(extra, True)
        self.new_name = _named(QLineEdit(), "newInterviewerName", texts.NEW_NAME_NAME)
        self.new_name.setPlaceholderText(texts.NEW_NAME_HINT)
        self.new_title = _named(QLineEdit(), "newInterviewerTitle", texts.NEW_TITLE_NAME)
        self.new_title.setPlaceholderText(texts.NEW_TITLE_HINT)
        self.new_email = _named(QLineEdit(), "newInterviewerEmail", texts.NEW_EMAIL_NAME)
        self.new_email.setPlaceholderText(texts.NEW_EMAIL_HINT)
        add = QPushButton(texts.ADD_INTERVIEWER)
        add.setObjectName("addInterviewerButton")
        add.clicked.connect(self.add_new_interviewer)
        self.new_fields = (self.new_name, self.new_title, self.new_email)
        for field in self.new_fields:
            field.installEventFilter(self)  # Enter there adds the person; it does not close the form

        when_row = QHBoxLayout()
        when_row.addWidget(self.scheduled)
        when_row.addWidget(self.when, 1)
        form = QFormLayout()
        form.addRow(texts.ROUND, self.title)
        form.addRow(texts.WHEN, when_row)
        form.addRow(texts.DURATION, self.duration)
        form.addRow(texts.FORMAT, self.format)
        form.addRow(texts.LOCATION, self.location)
        add_row = QHBoxLayout()
        for w in (self.new_name, self.new_title, self.new_email, add):
            add_row.addWidget(w)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(texts.INTERVIEWERS))
        layout.addWidget(self.people)
        layout.addLayout(add_row)
        layout.addWidget(_buttons(self))
        self.resize(560, 520)

    def _add_person(self, person: ContactForm, checked: bool) -> None:
        if person.title:
            label = texts.PERSON_WITH_TITLE.format(name=person.name, title=person.title)
        else:
            label = texts.PERSON.format(name=person.name)
        item = QListWidgetItem(label if person.id else texts.NEW_PERSON.format(person=label))
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        item.setData(Qt.ItemDataRole.UserRole, person)
        self.people.addItem(item)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        """Enter in a 'new interviewer' field with something typed adds the person and keeps the form open.

        With the three fields empty, Enter closes the form as everywhere else (OK).
        """
        if (
            watched in self.new_fields
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and any(field.text().strip() for field in self.new_fields)
        ):
            self.add_new_interviewer()
            return True
        return super().eventFilter(watched, event)

    def add_new_interviewer(self) -> None:
        """Add the person typed in the 'new interviewer' fields, ticked."""
        name = self.new_name.text().strip()
        if not name:
            self.new_name.setFocus()
            return
        self._add_person(ContactForm(name, self.new_title.text(), self.new_email.text()), True)
        for field in (self.new_name, self.new_title, self.new_email):
            field.clear()
        self.new_name.setFocus()

    def value(self) -> InterviewForm:
        start = ""
        if self.scheduled.isChecked():
            py = self.when.dateTime().toPython()
            start = to_iso(py.astimezone() if py.tzinfo is None else py)
        people = [
            self.people.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.people.count())
            if self.people.item(i).checkState() == Qt.CheckState.Checked
        ]
        if self.new_name.text().strip():  # typed but not added yet: OK keeps them too
            people.append(ContactForm(self.new_name.text().strip(), self.new_title.text(), self.new_email.text()))
        return InterviewForm(
            self.title.text(), start, self.duration.value(), self.format.currentData(), self.location.text(), people
        )


class TrashDialog(QDialog):
    """Deleted applications and interviews, restorable until the trash is emptied."""

    def __init__(self, parent: QWidget | None, entries: list[TrashEntry]) -> None:
        super().__init__(parent)
        self.setObjectName("trashDialog")
        self.setWindowTitle(texts.TRASH_TITLE)
        self.choice: tuple[str, str | None] = ("close", None)
        self.list = _named(QListWidget(), "trashList", texts.TRASH_NAME)
        for entry in entries:
            kind = texts.TRASH_KINDS.get(entry.kind, entry.kind)
            when = to_local(entry.deleted_at)
            item = QListWidgetItem(texts.TRASH_ITEM.format(label=entry.label, kind=kind, when=when))
            item.setData(Qt.ItemDataRole.UserRole, entry.id)
            self.list.addItem(item)
        if entries:
            self.list.setCurrentRow(0)
        restore = QPushButton(texts.RESTORE)
        restore.setEnabled(bool(entries))
        restore.clicked.connect(self._restore)
        empty = QPushButton(texts.EMPTY)
        empty.setEnabled(bool(entries))
        empty.clicked.connect(lambda: self._finish("empty", None))
        close = QPushButton(texts.CLOSE)
        close.clicked.connect(self.reject)
        row = QHBoxLayout()
        for b in (restore, empty):
            row.addWidget(b)
        row.addStretch()
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(texts.TRASH_EXPLAINED if entries else texts.TRASH_IS_EMPTY))
        layout.addWidget(self.list)
        layout.addLayout(row)
        self.resize(480, 360)

    def _restore(self) -> None:
        item = self.list.currentItem()
        if item:
            self._finish("restore", item.data(Qt.ItemDataRole.UserRole))

    def _finish(self, action: str, entry_id: str | None) -> None:
        self.choice = (action, entry_id)
        self.accept()
