"""The dialog that logs a contact with a company by hand."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QPlainTextEdit

from followup_desktop.core.models.tracker import CONTACT_CHANNELS
from followup_desktop.gui.common.widgets import DATE_FORMAT
from followup_desktop.gui.tracker import texts


class ContactEntryDialog(QDialog):
    """When, how, with whom, what about."""

    def __init__(self, parent, contacts, today: QDate, initial=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(texts.LOG_CONTACT_TITLE)
        self.date = QDateEdit(today)
        self.date.setDisplayFormat(DATE_FORMAT)  # "Sun 29 Nov 2026", not the locale's "29 11 2026"
        self.date.setCalendarPopup(True)
        self.channel = QComboBox()
        for channel in CONTACT_CHANNELS:
            self.channel.addItem(texts.CHANNELS.get(channel, channel), channel)
        self.who = QComboBox()
        self.who.addItem(texts.NOBODY, None)
        for contact in contacts:
            self.who.addItem(contact.name, contact.id)
        self.summary = QPlainTextEdit()
        self.summary.setAccessibleName(texts.SUMMARY_NAME)
        self.summary.setPlaceholderText(texts.SUMMARY_HINT)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        for label, widget in (
            (texts.CONTACT_DATE, self.date),
            (texts.CONTACT_CHANNEL, self.channel),
            (texts.CONTACT_WITH, self.who),
            (texts.CONTACT_SUMMARY, self.summary),
        ):
            form.addRow(label, widget)
        form.addRow(buttons)
        if initial:  # what was typed before the disk refused it
            self.set_value(*initial)

    def set_value(self, day: QDate, channel: str, contact_id, summary: str) -> None:
        """Fill the form (the answer of an earlier try)."""
        self.date.setDate(day)
        self.channel.setCurrentIndex(max(0, self.channel.findData(channel)))
        self.who.setCurrentIndex(max(0, self.who.findData(contact_id)))
        self.summary.setPlainText(summary)

    def value(self):
        """(QDate, channel, contact id or None, summary)."""
        return self.date.date(), self.channel.currentData(), self.who.currentData(), self.summary.toPlainText()
