"""New, edit and delete applications and interviews, with undo and the trash: the window's item commands.

They act on what the sidebar has selected and show what they made or brought back through the
navigator; the window refreshes on `changed` and shows `message` in the status bar.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from followup_desktop.gui.common.guarded import KeepEditing, ask_and_save, guarded
from followup_desktop.gui.common.lazy import LazyModule
from followup_desktop.gui.window import texts
from followup_desktop.gui.window.navigator import Place

dialogs = LazyModule("followup_desktop.gui.common.dialogs")  # loaded when the first dialog opens
forms = LazyModule("followup_desktop.core.forms")  # the forms of those dialogs


class ItemCommands(QObject):
    """The Edit menu's commands on applications and interviews; `parent` is the dialogs' window, `flush`
    writes the panes' pending edits (before what they were typed into is deleted)."""

    changed = Signal()  # something was added, changed, deleted or restored: list it again
    message = Signal(str)
    undo_changed = Signal()  # what Undo delete can do changed

    def __init__(self, parent, store, sidebar, navigator, flush) -> None:
        super().__init__(parent)
        self.parent_widget, self.store, self.sidebar, self.navigator = parent, store, sidebar, navigator
        self.flush = flush
        self.undo_deletes: list[str] = []  # trash entry ids deleted in this session, newest last

    def can_undo(self) -> bool:
        return bool(self.undo_deletes)

    def forget_undo(self) -> None:
        """The data was replaced (a restored backup): nothing deleted before can be undone."""
        self.undo_deletes.clear()

    def _tell(self, text: str) -> None:
        self.message.emit(text)

    def _guarded(self, title: str, fn, *args):
        """Run fn(store, *args); on a known failure say why (dialog and status bar) and return None."""
        return guarded(self.parent_widget, self._tell, title, lambda: fn(self.store, *args))

    # ----------------------------------------------------------------- new and edit
    def new_application(self) -> None:
        app = ask_and_save(
            self.parent_widget,
            texts.APPLICATION_NOT_SAVED,
            lambda initial: dialogs.edit_application(self.parent_widget, initial),
            lambda form: forms.save_application(self.store, form),
        )
        if app:
            self.changed.emit()
            self.sidebar.select("application", app.id)
            self.message.emit(texts.ADDED.format(what=app.label))

    def new_interview(self) -> None:
        app_id = self.sidebar.application_of_selection()
        if not app_id:
            dialogs.show_info(self.parent_widget, texts.NEW_INTERVIEW, texts.SELECT_APPLICATION_FIRST)
            return
        contacts = self.store.contacts.all(app_id)
        interview = ask_and_save(
            self.parent_widget,
            texts.INTERVIEW_NOT_SAVED,
            lambda initial: dialogs.edit_interview(self.parent_widget, contacts, initial),
            lambda form: forms.save_interview(self.store, app_id, form),
        )
        if interview:
            self.changed.emit()
            self.sidebar.select("interview", interview.id)
            self.message.emit(texts.ADDED_INTERVIEW)

    def edit_item(self) -> None:
        kind, ident = self.sidebar.current()
        if kind == "application":
            app = self.store.applications.get(ident)
            saved = ask_and_save(
                self.parent_widget,
                texts.APPLICATION_NOT_SAVED,
                lambda initial: dialogs.edit_application(self.parent_widget, initial),
                lambda form: self._save_application_asking(form, ident),
                forms.application_form(app, self.store.contacts.all(ident)),
            )
        elif kind == "interview":
            interview = self.store.interviews.get(ident)
            contacts = self.store.contacts.all(interview.application_id)
            saved = ask_and_save(
                self.parent_widget,
                texts.INTERVIEW_NOT_SAVED,
                lambda initial: dialogs.edit_interview(self.parent_widget, contacts, initial),
                lambda form: forms.save_interview(self.store, interview.application_id, form, ident),
                forms.interview_form(interview, self.store.interviews.interviewers(ident)),
            )
        else:
            return
        if saved:
            self.changed.emit()

    def _save_application_asking(self, form, ident: str):
        """Save an edited application; removing people who are named elsewhere asks first (else back to the form)."""
        removed = forms.removed_people(self.store, form, ident)
        if removed and not dialogs.confirm(
            self.parent_widget,
            texts.REMOVE_PEOPLE,
            forms.removal_warning(removed),
            texts.REMOVE_COUNT.format(count=len(removed)),
        ):
            raise KeepEditing
        return forms.save_application(self.store, form, ident)

    # ----------------------------------------------------------------- delete, undo, trash
    def delete_item(self) -> None:
        from followup_desktop.core import trash

        kind, ident = self.sidebar.current()
        self.flush()  # words typed a moment ago go to the trash with their interview, and come back with it
        if kind == "application":
            app = self.store.applications.get(ident)
            count = len(self.store.interviews.all(ident))
            what = texts.DELETE_APPLICATION_WITH.format(label=app.label, count=count) if count else f"“{app.label}”"
            if not dialogs.confirm(
                self.parent_widget, texts.DELETE_APPLICATION, texts.DELETE_QUESTION.format(what=what), texts.DELETE
            ):
                return
            entry = self._guarded(texts.APPLICATION_NOT_DELETED, trash.trash_application, ident)
        elif kind == "interview":
            interview = self.store.interviews.get(ident)
            what = texts.DELETE_INTERVIEW_WITH.format(title=interview.title or texts.INTERVIEW)
            if not dialogs.confirm(
                self.parent_widget, texts.DELETE_INTERVIEW, texts.DELETE_QUESTION.format(what=what), texts.DELETE
            ):
                return
            entry = self._guarded(texts.INTERVIEW_NOT_DELETED, trash.trash_interview, ident)
        else:
            return
        if entry:
            self.undo_deletes.append(entry.id)
            self.changed.emit()
            self.message.emit(texts.DELETED.format(label=entry.label))

    def undo_delete(self) -> None:
        if self.undo_deletes:
            self._restore(self.undo_deletes[-1])  # stays on the undo list if the restore fails

    def open_trash(self) -> None:
        action, entry_id = dialogs.manage_trash(self.parent_widget, self.store.trash.all())
        if action == "restore" and entry_id:
            self._restore(entry_id)
        elif action == "empty" and dialogs.confirm(
            self.parent_widget, texts.EMPTY_TRASH, texts.EMPTY_TRASH_QUESTION, texts.EMPTY_TRASH
        ):
            count = guarded(self.parent_widget, self._tell, texts.TRASH_NOT_EMPTIED, lambda: self.store.trash.empty())
            if count is not None:
                self.undo_deletes.clear()
                self.message.emit(texts.TRASH_EMPTIED.format(count=count))
        self.undo_changed.emit()

    def _restore(self, entry_id: str) -> None:
        from followup_desktop.core import trash

        title = texts.NOT_RESTORED
        item_id = self._guarded(title, trash.restored_id, entry_id)
        entry = item_id and self._guarded(title, trash.restore, entry_id)
        if entry_id in self.undo_deletes and (entry or not self.store.rows.exists("trash", entry_id)):
            self.undo_deletes.remove(entry_id)
        if entry:
            self.changed.emit()
            self.navigator.go(Place(entry.kind, item_id))  # show what came back
            self.message.emit(texts.RESTORED.format(label=entry.label))
        self.undo_changed.emit()
