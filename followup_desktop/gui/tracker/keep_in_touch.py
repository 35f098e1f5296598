"""Staying in touch with one application's company: the flag, the next-contact date, the contact log."""

from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from followup_desktop.core.clock import to_iso, to_local
from followup_desktop.core.store.errors import StoreError, WriteError
from followup_desktop.gui.common import dialogs
from followup_desktop.gui.common.widgets import DATE_FORMAT
from followup_desktop.gui.common.write_failures import failure_text, log_failure
from followup_desktop.gui.tracker import texts


class KeepInTouchBox(QGroupBox):
    """Edits write at once (a few clicks, no typing to debounce)."""

    data_changed = Signal(str)  # application id

    def __init__(self, store, parent: QWidget | None = None) -> None:
        super().__init__(texts.KEEP_IN_TOUCH_TITLE, parent)
        self.setObjectName("keepInTouchBox")
        self.store = store
        self.app_id = ""
        self._loading = False
        self.keep = QCheckBox(texts.KEEP_IN_TOUCH)
        self.keep.setObjectName("keepInTouch")
        self.has_date = QCheckBox(texts.NEXT_CONTACT)
        self.has_date.setObjectName("nextContactEnabled")
        self.date = QDateEdit()
        self.date.setObjectName("nextContactDate")
        self.date.setAccessibleName(texts.NEXT_CONTACT_NAME)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(DATE_FORMAT)
        self.log = QTreeWidget()
        self.log.setObjectName("contactLog")
        self.log.setAccessibleName(texts.CONTACT_LOG_NAME)
        self.log.setHeaderLabels(list(texts.CONTACT_LOG_COLUMNS))
        self.log.setRootIsDecorated(False)
        add = QPushButton(texts.ADD_CONTACT)
        add.setObjectName("addContactLogEntry")
        add.clicked.connect(self.add_entry)
        row = QHBoxLayout()
        row.addWidget(self.keep)
        row.addStretch()
        row.addWidget(self.has_date)
        row.addWidget(self.date)
        row.addWidget(add)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.log)
        for signal in (self.keep.toggled, self.has_date.toggled, self.date.dateChanged):
            signal.connect(self._save)
        from followup_desktop.gui.common.wheel_guard import guard_wheel

        guard_wheel(self.date)  # scrolling the page past the date must not move it

    def load(self, app) -> None:
        """Show this application's flag, date and log."""
        self._loading = True
        self.app_id = app.id
        self.keep.setChecked(bool(app.keep_in_touch))
        self.has_date.setChecked(bool(app.next_contact_at))
        day = (
            _dt.date.fromisoformat(app.next_contact_at)
            if app.next_contact_at
            else self.store.clock.now().astimezone().date() + _dt.timedelta(days=14)
        )
        self.date.setDate(QDate(day.year, day.month, day.day))
        self.date.setEnabled(self.has_date.isChecked())
        self._loading = False
        self._fill_log()

    def _fill_log(self) -> None:
        names = {c.id: c.name for c in self.store.contacts.all(self.app_id)}
        self.log.clear()
        self.log.addTopLevelItems(
            [
                QTreeWidgetItem(
                    [
                        texts.LOGGED_ON.format(day=to_local(e.contacted_at)),
                        texts.CHANNELS.get(e.channel, e.channel),
                        names.get(e.contact_id or "", ""),
                        e.summary[:300],
                    ]
                )
                for e in self.store.tracker.contact_log(self.app_id)
            ]
        )

    def _save(self, *_args) -> None:
        self.date.setEnabled(self.has_date.isChecked())
        if self._loading or not self.app_id:
            return
        day = self.date.date().toString("yyyy-MM-dd") if self.has_date.isChecked() else ""
        try:
            self.store.tracker.set_keep_in_touch(self.app_id, self.keep.isChecked(), day)
        except StoreError as exc:
            what = texts.KEEP_IN_TOUCH_REFUSED
            log_failure(what, exc)
            dialogs.show_error(self, what, failure_text(what, exc))
            try:
                self.load(self.store.applications.get(self.app_id))  # the tick and date as stored
            except StoreError:
                pass
            return
        self.data_changed.emit(self.app_id)

    def add_entry(self) -> None:
        """Log a contact by hand (a call, a coffee, a message)."""
        today = self.store.clock.now().astimezone().date()
        contacts, initial = self.store.contacts.all(self.app_id), None
        what = texts.CONTACT_REFUSED
        while answer := dialogs.add_contact_entry(self, contacts, QDate(today.year, today.month, today.day), initial):
            day, channel, contact_id, summary = answer
            chosen = _dt.date(day.year(), day.month(), day.day())
            moment = (
                self.store.clock.now() if chosen == today else _dt.datetime.combine(chosen, _dt.time(12)).astimezone()
            )
            try:
                self.store.tracker.add_log_entry(self.app_id, to_iso(moment), channel, contact_id, summary)
            except WriteError as exc:  # ask again with everything typed
                log_failure(what, exc)
                dialogs.show_error(self, what, texts.OPENS_AGAIN.format(failure=failure_text(texts.NOT_SAVED, exc)))
                initial = answer
                continue
            except StoreError as exc:
                dialogs.show_error(self, what, str(exc))
                return
            self._fill_log()
            self.data_changed.emit(self.app_id)
            return
