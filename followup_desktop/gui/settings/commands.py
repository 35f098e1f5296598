"""Edit ▸ Settings…: the dialog, then every setting stored at once (all or nothing), applied without a restart.

A profile saved while unsent drafts still sign with «your name» (or ask for «your address») brings one
question: fill them in? Yes rewrites them in one transaction, and Edit ▸ Undo filling in drafts puts
them back; no is remembered for those drafts (core/letters/fill.py).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from followup_desktop.gui.common.guarded import ask_and_save, guarded
from followup_desktop.gui.common.lazy import LazyModule
from followup_desktop.gui.common.widgets import make_action
from followup_desktop.gui.settings import texts

dialogs = LazyModule("followup_desktop.gui.common.dialogs")  # loaded when the first dialog opens


class SettingsCommands(QObject):
    """Opens the settings dialog; `flush` writes the panes' pending edits before the settings are stored."""

    applied = Signal()  # the settings changed: the panes re-read their preferences, speller and checks
    message = Signal(str)

    def __init__(self, parent, store, flush) -> None:
        super().__init__(parent)
        self.parent_widget, self.store, self.flush = parent, store, flush
        self.filled: list = []  # the BodyChanges of the last fill, for undo
        text, tip = texts.UNDO_FILL
        self.undo_fill_action = make_action(parent, "actionUndoFillDrafts", text, self.undo_fill, tip=tip)
        self.undo_fill_action.setEnabled(False)

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
        filled = self.offer_fill(answer[0])
        self.applied.emit()
        self.message.emit(filled or texts.SAVED)

    # ----------------------------------------------------------------- «your name» in unsent drafts
    def offer_fill(self, profile) -> str:
        """Ask once whether to fill the placeholders this profile can fill; what was done, for the status bar."""
        from followup_desktop.core.letters import fill

        letters = fill.fillable(self.store, profile)
        if not letters:
            return ""
        what = " and ".join(w for w, have in (("name", profile.signature), ("address", profile.address_lines)) if have)
        if not dialogs.ask_fill_drafts(self.parent_widget, len(letters), what):
            guarded(
                self.parent_widget,
                self.message.emit,
                texts.NOT_SAVED,
                fill.decline,
                self.store,
                [x.id for x in letters],
            )
            return ""
        changes = guarded(
            self.parent_widget,
            self.message.emit,
            texts.NOT_FILLED,
            fill.fill_drafts,
            self.store,
            profile,
            [x.id for x in letters],
        )
        if not changes:
            return ""
        self.filled = changes
        self.undo_fill_action.setEnabled(True)
        return texts.FILLED.format(what=what, count=len(changes), s="s" if len(changes) != 1 else "")

    def undo_fill(self) -> None:
        """Put back the placeholders of the last fill (a draft edited since stays as it is)."""
        from followup_desktop.core.letters import fill

        if not self.filled:
            return
        self.flush()  # an edit typed into a filled draft is stored first, so that it is never undone
        left = guarded(self.parent_widget, self.message.emit, texts.NOT_UNDONE, fill.undo_fill, self.store, self.filled)
        if left is None:  # refused: nothing changed, and the undo stays on offer
            return
        undone = len(self.filled) - len(left)
        self.forget_fill()
        text = texts.UNDONE.format(count=undone, s="s" if undone != 1 else "")
        if left:
            text += texts.EDITED_SINCE[len(left) != 1].format(count=len(left))
        self.applied.emit()
        self.message.emit(text)

    def forget_fill(self) -> None:
        """Nothing to undo any more (undone, or the data was replaced)."""
        self.filled = []
        self.undo_fill_action.setEnabled(False)

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
