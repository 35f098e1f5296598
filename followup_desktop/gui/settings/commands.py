"""Edit ▸ Settings…: the dialog, then every setting stored at once (all or nothing), applied without a restart."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from followup_desktop.gui.common.guarded import ask_and_save
from followup_desktop.gui.common.lazy import LazyModule
from followup_desktop.gui.settings import texts

dialogs = LazyModule("followup_desktop.gui.common.dialogs")  # loaded when the first dialog opens


class SettingsCommands(QObject):
    """Opens the settings dialog; `flush` writes the panes' pending edits before the settings are stored."""

    applied = Signal()  # the settings changed: the panes re-read their preferences, speller and checks
    message = Signal(str)

    def __init__(self, parent, store, flush) -> None:
        super().__init__(parent)
        self.parent_widget, self.store, self.flush = parent, store, flush

    def open_settings(self) -> None:
        """The settings dialog (profile, letter preferences, look, backups kept); applies at once."""
        from followup_desktop.core import backup
        from followup_desktop.gui.common import theme

        before = theme.current_theme()
        answer = ask_and_save(
            self.parent_widget,
            texts.NOT_SAVED,
            lambda initial: dialogs.edit_settings(self.parent_widget, *initial),
            self._save,
            (self.store.settings.profile(), self.store.settings.letter_prefs(), before, backup.retention(self.store)),
        )
        if not answer:
            return
        if answer[2] != before:
            theme.apply_theme(answer[2])  # stored with the other settings
        self.applied.emit()
        self.message.emit(texts.SAVED)

    def _save(self, answer):
        """Store every setting of the dialog's answer at once (all or nothing); the answer when done."""
        from followup_desktop.core import backup
        from followup_desktop.gui.common import theme

        profile, prefs, look, retention = answer
        self.flush()
        with self.store.atomic():
            self.store.settings.save_profile(profile)
            self.store.settings.save_letter_prefs(prefs)
            for key, value in zip((backup.DAILY_KEY, backup.WEEKLY_KEY), retention):
                self.store.settings.set(key, value)
            if look != theme.current_theme():
                self.store.settings.set(theme.SETTING_KEY, look)
        return answer
