"""Back up now, Restore from backup…, and the automatic backup when the window has started."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction

from followup_desktop.gui.common.background import run_in_background
from followup_desktop.gui.common.lazy import LazyModule
from followup_desktop.gui.common.widgets import make_action
from followup_desktop.gui.data import texts

dialogs = LazyModule("followup_desktop.gui.common.dialogs")  # loaded when the first dialog opens
log = logging.getLogger(__name__)


def damage_text(problems: list[str]) -> str:
    """The start-up check's finding, in the words the user reads."""
    return texts.DAMAGED.format(problem=problems[0])


class BackupActions(QObject):
    """The window's backup commands; emits restored() after the data was replaced."""

    restored = Signal()
    message = Signal(str)

    def __init__(self, window, store, data, flush) -> None:
        """`window` parents the dialogs and actions; `flush` writes the panes' pending edits."""
        super().__init__(window)
        self.window, self.store, self.data, self.flush = window, store, data, flush
        text, tip = texts.BACK_UP_NOW
        self.backup_now_action = make_action(window, "actionBackupNow", text, self.back_up_now)
        self.backup_now_action.setStatusTip(tip)
        text, tip = texts.RESTORE
        self.restore_action = make_action(window, "actionRestoreBackup", text, self.restore_from_backup)
        self.restore_action.setStatusTip(tip)
        self.busy = False
        self.checked = False  # the start-up check ran
        self.problems: list[str] = []  # what the last check found wrong with the database

    def actions(self) -> list[QAction]:
        return [self.backup_now_action, self.restore_action]

    def _start_backup(self, reason: str, check_first: bool = False) -> None:
        from followup_desktop.core import backup  # loaded after the first paint

        if self.busy or self.store.path is None:
            return
        self.busy = True
        database, folder, now = self.store.path, self.data.backups, self.store.clock.now()
        daily, weekly = backup.retention(self.store)
        due = reason != "automatic" or backup.needs_backup(folder, now)

        def work():
            try:
                if check_first:  # start-up: leftovers of a killed backup go, and damage is said at once
                    backup.clean_partials(folder)
                    problems = backup.integrity_problems(database, quick=True, links=False)
                    if problems:
                        raise backup.UnhealthyDatabaseError(damage_text(problems), problems)
                return backup.back_up(database, folder, now, daily, weekly) if due else None
            except backup.UnhealthyDatabaseError as exc:
                exc.good = backup.latest_healthy_backup(folder)  # checked here, off the GUI thread
                raise

        def done(made, error):
            self.busy = False
            if isinstance(error, backup.UnhealthyDatabaseError):
                self.damaged(error)
            elif error is not None:
                self.message.emit(texts.BACKUP_FAILED[reason].format(error=error))
            elif made is not None:
                self.message.emit(texts.BACKED_UP.format(size=backup.human_size(made.size)))

        run_in_background(work, done, self)

    def damaged(self, error) -> None:
        """Say at once that the database is damaged, and where the newest healthy backup is."""
        self.problems = error.problems
        good = getattr(error, "good", None)
        where = texts.HEALTHY_BACKUP.format(label=good.label.strip()) if good else texts.NO_HEALTHY_BACKUP
        self.message.emit(texts.DAMAGED_STATUS)
        dialogs.show_error(self.window, texts.DAMAGED_TITLE, texts.DAMAGED_TEXT.format(error=error, where=where))

    def back_up_now(self) -> None:
        """Make a backup on a worker thread; the window stays responsive."""
        self._start_backup("manual")

    def back_up_if_due(self) -> None:
        """At start-up: check the database quickly (once), then back up when the newest backup is a day old."""
        first = not self.checked
        self.checked = True
        if first or self._due():
            self._start_backup("automatic", check_first=first)

    def _due(self) -> bool:
        from followup_desktop.core import backup  # loaded after the first paint

        return self.store.path is not None and backup.needs_backup(self.data.backups, self.store.clock.now())

    def restore_from_backup(self) -> None:
        """Pick a backup, confirm, and put it in place (the current data is copied aside first)."""
        from followup_desktop.core import backup
        from followup_desktop.core.backup import BackupError
        from followup_desktop.core.store.errors import StoreError

        choices = backup.list_backups(self.data.backups)
        if not choices:
            dialogs.show_info(self.window, texts.RESTORE_TITLE, texts.NO_BACKUPS.format(folder=self.data.backups))
            return
        chosen = dialogs.choose_backup(self.window, choices)
        if chosen is None:
            return
        if not dialogs.confirm(
            self.window, texts.RESTORE_TITLE, texts.RESTORE_QUESTION.format(label=chosen.label), texts.RESTORE_OK
        ):
            return
        # Edits still waiting for their autosave belong to the data being put aside: written now, they
        # are kept in that copy; written after the restore, they would change the backup's words.
        self.flush()
        try:
            aside = backup.restore_into_store(Path(chosen.path), self.store)
        except BackupError as exc:
            dialogs.show_error(self.window, texts.RESTORE_FAILED, str(exc))
            return
        try:
            self.store.migrate()  # a backup made by an older version
        except StoreError as exc:
            dialogs.show_error(
                self.window,
                texts.RESTORE_UNFINISHED_TITLE,
                texts.RESTORE_UNFINISHED.format(label=chosen.label, error=exc, aside=aside.name),
            )
            return
        self.problems = []
        self.restored.emit()
        self.message.emit(texts.RESTORED.format(label=chosen.label, aside=aside.name))
