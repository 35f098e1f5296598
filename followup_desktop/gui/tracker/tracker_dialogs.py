"""The dialog that logs a contact with a company by hand."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QPlainTextEdit

from followup_desktop.core.models.tracker import CONTACT_CHANNELS
from followup_desktop.gui.common.widgets import DATE_FORMAT


class ContactEntryDialog(QDialog):
    """When, how, with whom, what about."""

    def __init__(self, parent, contacts, today: QDate, initial=None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Log a contact")
        self.date = QDateEdit(today)
        self.date.setDisplayFormat(DATE_FORMAT)  # "Sun 29 Nov 2026", not the locale's "29 11 2026"
        self.date.setCalendarPopup(True)
        self.channel = QComboBox()
        self.channel.addItems(CONTACT_CHANNELS)
        self.who = QComboBox()
        self.who.addItem("—", None)
        for contact in contacts:
            self.who.addItem(contact.name, contact.id)
        self.summary = QPlainTextEdit()
        self.summary.setAccessibleName("Summary")
        self.summary.setPlaceholderText("What you talked about, what is new since")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        for label, widget in (
            ("&Date:", self.date),
            ("&Channel:", self.channel),
            ("&With:", self.who),
            ("&Summary:", self.summary),
        ):
            form.addRow(label, widget)
        form.addRow(buttons)
        if initial:  # what was typed before the disk refused it
            self.set_value(*initial)

    def set_value(self, day: QDate, channel: str, contact_id, summary: str) -> None:
        """Fill the form (the answer of an earlier try)."""
        self.date.setDate(day)
        self.channel.setCurrentIndex(max(0, self.channel.findText(channel)))
        self.who.setCurrentIndex(max(0, self.who.findData(contact_id)))
        self.summary.setPlainText(summary)

    def value(self):
        """(QDate, channel, contact id or None, summary)."""
        return self.date.date(), self.channel.currentText(), self.who.currentData(), self.summary.toPlainText()
