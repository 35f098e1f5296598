"""The main window's commands on applications, interviews, the trash and bundles: a part of MainWindow."""

from __future__ import annotations

from followup_desktop.core.store import StoreError
from followup_desktop.core.store.errors import WriteError
from followup_desktop.gui.lazy import LazyModule
from followup_desktop.gui.navigator import Place
from followup_desktop.gui.write_failures import failure_text, log_failure

dialogs = LazyModule("followup_desktop.gui.dialogs")  # loaded when the first dialog opens
forms = LazyModule("followup_desktop.core.forms")  # the forms of those dialogs


class _KeepEditing(Exception):
    """The user declined what saving a form would do; the form opens again as typed."""


class EditingMixin:
    """New, edit, delete (with undo and trash), export and import everything."""

    def new_application(self) -> None:
        app = self._ask_and_save(
            "The application could not be saved",
            lambda initial: dialogs.edit_application(self, initial),
            lambda form: forms.save_application(self.store, form),
        )
        if app:
            self.refresh()
            self.sidebar.select("application", app.id)
            self.status(f"Added {app.label}.")

    def new_interview(self) -> None:
        app_id = self.sidebar.application_of_selection()
        if not app_id:
            dialogs.show_info(self, "New interview", "Select or create an application first.")
            return
        contacts = self.store.contacts.all(app_id)
        interview = self._ask_and_save(
            "The interview could not be saved",
            lambda initial: dialogs.edit_interview(self, contacts, initial),
            lambda form: forms.save_interview(self.store, app_id, form),
        )
        if interview:
            self.refresh()
            self.sidebar.select("interview", interview.id)
            self.status("Added the interview.")

    def edit_item(self) -> None:
        kind, ident = self.sidebar.current()
        if kind == "application":
            app = self.store.applications.get(ident)
            if self._ask_and_save(
                "The application could not be saved",
                lambda initial: dialogs.edit_application(self, initial),
                lambda form: self._save_application_asking(form, ident),
                forms.application_form(app, self.store.contacts.all(ident)),
            ):
                self.refresh()
        elif kind == "interview":
            interview = self.store.interviews.get(ident)
            contacts = self.store.contacts.all(interview.application_id)
            if self._ask_and_save(
                "The interview could not be saved",
                lambda initial: dialogs.edit_interview(self, contacts, initial),
                lambda form: forms.save_interview(self.store, interview.application_id, form, ident),
                forms.interview_form(interview, self.store.interviews.interviewers(ident)),
            ):
                self.refresh()

    def delete_item(self) -> None:
        from followup_desktop.core import trash

        kind, ident = self.sidebar.current()
        if kind == "application":
            app = self.store.applications.get(ident)
            count = len(self.store.interviews.all(ident))
            what = f"“{app.label}”" + (f" with its {count} interview(s) and everything in them" if count else "")
            if not dialogs.confirm(
                self,
                "Delete application",
                f"Delete {what}?\n\nYou can undo this with Ctrl+Z or restore it from Edit ▸ Trash.",
                "Delete",
            ):
                return
            entry = self._guarded("The application could not be deleted", trash.trash_application, self.store, ident)
        elif kind == "interview":
            interview = self.store.interviews.get(ident)
            if not dialogs.confirm(
                self,
                "Delete interview",
                f"Delete “{interview.title or 'Interview'}” with its "
                "plan, notes and letters?\n\nYou can undo this with Ctrl+Z or restore it from "
                "Edit ▸ Trash.",
                "Delete",
            ):
                return
            entry = self._guarded("The interview could not be deleted", trash.trash_interview, self.store, ident)
        else:
            return
        if entry:
            self.undo_deletes.append(entry.id)
            self.refresh()
            self.status(f"Deleted {entry.label}. Press Ctrl+Z to undo.")

    def undo_delete(self) -> None:
        if not self.undo_deletes:
            return
        self._restore(self.undo_deletes[-1])  # stays on the undo list if the restore fails

    def open_trash(self) -> None:
        action, entry_id = dialogs.manage_trash(self, self.store.trash.all())
        if action == "restore" and entry_id:
            self._restore(entry_id)
        elif action == "empty" and dialogs.confirm(
            self, "Empty trash", "Delete everything in the trash for good? This cannot be undone.", "Empty trash"
        ):
            count = self._guarded("The trash was not emptied", self.store.trash.empty)
            if count is not None:
                self.undo_deletes.clear()
                self.status(f"Emptied the trash ({count} item(s)).")
        self._update_actions()

    def _restore(self, entry_id: str) -> None:
        from followup_desktop.core import trash

        item_id = self._guarded("That item could not be restored", trash.restored_id, self.store, entry_id)
        entry = item_id and self._guarded("That item could not be restored", trash.restore, self.store, entry_id)
        if entry_id in self.undo_deletes and (entry or not self.store.rows.exists("trash", entry_id)):
            self.undo_deletes.remove(entry_id)
        if entry:
            self.refresh()
            self.navigator.go(Place(entry.kind, item_id))  # show what came back
            self.status(f"Restored {entry.label}.")
        self._update_actions()

    def _guarded(self, title: str, fn, *args):
        """Run a store operation; on a known failure tell the user and return None."""
        try:
            return fn(*args)
        except (StoreError, OSError) as exc:
            text = str(exc)
            if isinstance(exc, StoreError):
                log_failure(title, exc)
                text = failure_text("Nothing was changed", exc) if isinstance(exc, WriteError) else text
            dialogs.show_error(self, title, text)
            self.status(text)
            return None

    def _save_application_asking(self, form, ident: str):
        """Save an edited application; removing people who are named elsewhere asks first (else back to the form)."""
        removed = forms.removed_people(self.store, form, ident)
        if removed and not dialogs.confirm(
            self, "Remove people", forms.removal_warning(removed), f"Remove {len(removed)} person(s)"
        ):
            raise _KeepEditing
        return forms.save_application(self.store, form, ident)

    def _ask_and_save(self, title: str, ask, save, initial=None):
        """A form dialog, then its write; when the disk refuses, say why and ask again with what was typed."""
        while (form := ask(initial)) is not None:
            try:
                return save(form)
            except _KeepEditing:
                initial = form  # the user chose to look again: the form opens with what was typed
            except WriteError as exc:
                log_failure(title, exc)
                dialogs.show_error(
                    self,
                    title,
                    failure_text("It was not saved", exc) + " The form opens again with everything you typed.",
                )
                initial = form
            except StoreError as exc:
                dialogs.show_error(self, title, str(exc))
                return None
        return None

    # ----------------------------------------------------------------- bundle
    def export_bundle(self) -> None:
        path = dialogs.ask_save_path(
            self, "Export everything", "followup-bundle.json", "JSON bundle (*.json)", kind="bundles"
        )
        if not path:
            return
        from followup_desktop.core import bundle

        try:
            written = self._with_progress(
                "Export everything",
                "Writing every application to the bundle…",
                "Saving the file…",
                "Export cancelled; no file was written.",
                lambda step: bundle.write_bundle(self.store, path, step),
            )
        except (StoreError, OSError) as exc:
            from followup_desktop.core.files import WriteFailed  # its words name the file and say why

            text = str(exc) if isinstance(exc, (StoreError, WriteFailed)) else f"{path}: {exc.strerror or exc}"
            dialogs.show_error(self, "The export failed", text)
            return
        if written:
            self.status(f"Exported everything to {path}.")

    def import_bundle(self) -> None:
        path = dialogs.ask_open_path(self, "Import bundle", "JSON bundle (*.json)", kind="bundles")
        if not path:
            return
        from followup_desktop.core import bundle

        try:
            report = self._with_progress(
                "Import bundle",
                "Reading and merging the applications…",
                "Updating the search index and saving…",
                "Import cancelled; nothing was changed.",
                lambda step: bundle.import_file(self.store, path, step),
            )
        except (bundle.BundleError, StoreError) as exc:
            dialogs.show_error(self, "The bundle was not imported", f"{exc}\n\nNothing was changed.")
            return
        finally:
            self.refresh()
        if report:
            self.status(report.summary())

    def _with_progress(self, title: str, label: str, finishing: str, cancelled: str, work):
        """Save the panes, then run work(step) under a progress dialog; None (and says so) if cancelled."""
        from followup_desktop.core.bundle import Cancelled
        from followup_desktop.gui.progress import progress_steps

        self.flush_panes()
        try:
            with progress_steps(self, title, label, finishing) as step:
                return work(step)
        except Cancelled:
            self.status(cancelled)
            return None

    # ----------------------------------------------------------------- settings
    def open_settings(self) -> None:
        """The settings dialog (profile, letter preferences, look, backups kept); applies at once."""
        from followup_desktop.core import backup
        from followup_desktop.gui import theme

        before = theme.current_theme()
        answer = self._ask_and_save(
            "The settings were not saved",
            lambda initial: dialogs.edit_settings(self, *initial),
            self._save_settings,
            (self.store.settings.profile(), self.store.settings.letter_prefs(), before, backup.retention(self.store)),
        )
        if not answer:
            return
        if answer[2] != before:
            theme.apply_theme(answer[2])  # stored with the other settings
        for pane in self.tabs.built_panes():
            pane.refresh()  # the letter pane re-reads its preferences, speller and checks
        self.status("Settings saved.")

    def _save_settings(self, answer):
        """Store every setting of the dialog's answer at once (all or nothing); the answer when done."""
        from followup_desktop.core import backup
        from followup_desktop.gui import theme

        profile, prefs, look, retention = answer
        self.flush_panes()
        with self.store.atomic():
            self.store.settings.save_profile(profile)
            self.store.settings.save_letter_prefs(prefs)
            for key, value in zip((backup.DAILY_KEY, backup.WEEKLY_KEY), retention):
                self.store.settings.set(key, value)
            if look != theme.current_theme():
                self.store.settings.set(theme.SETTING_KEY, look)
        return answer
