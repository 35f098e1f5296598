"""Edits of existing notes for the Notes pane: text, stamps, kind, speaker, highlights, delete and undo."""

from __future__ import annotations

import logging

from PySide6.QtCore import QItemSelectionModel, QTimer

from followup_desktop.core.models import Note
from followup_desktop.core.notes import times as note_times
from followup_desktop.core.store import StoreError
from followup_desktop.core.store.errors import WriteError
from followup_desktop.gui.notes_model import COL_CLOCK, COL_ELAPSED, COL_TEXT, KINDS, one_line
from followup_desktop.gui.notes_view import plain_text
from followup_desktop.gui.write_failures import failure_text, log_failure

log = logging.getLogger(__name__)
UNDO_LIMIT = 50


class NoteOps:
    """Mixin of NotesPane: everything done to notes already in the list."""

    # ----------------------------------------------------------------- helpers
    def _warn(self, text: str) -> None:
        """A visible, non-modal message above the capture line (never interrupts typing)."""
        self.banner.setText(text)
        self.banner.setVisible(bool(text))
        if text:
            self.status_message.emit(one_line(text, 120))

    def _refused(self, what: str, exc: StoreError) -> None:
        """A command the store refused: the banner and status bar say why; the list is as stored."""
        log_failure(what, exc)
        self._warn(failure_text(what, exc))

    def _saved(self) -> None:
        self.status_message.emit(f"Saved {note_times.local_clock(self.store.now())}")
        if self.interview:
            self.data_changed.emit(self.interview.id)

    def _push_undo(self, label: str, fn) -> None:
        self.undo_stack.append((label, fn))
        del self.undo_stack[:-UNDO_LIMIT]
        self.actions.undo.setEnabled(True)

    def selected_notes(self) -> list[Note]:
        rows = (
            sorted({i.row() for i in self.view.selectionModel().selectedRows()}) if self.view.selectionModel() else []
        )
        if not rows and self.view.currentIndex().isValid():
            rows = [self.view.currentIndex().row()]
        return [n for n in (self.model.note_at(r) for r in rows) if n is not None]

    def _replace(self, note: Note) -> None:
        row = self.model.replace(note)
        self.board.notes[note.id] = note
        self.view.selectionModel().setCurrentIndex(
            self.model.index(row, COL_TEXT),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )

    def _after_board_change(self) -> None:
        challenges = self.store.challenges.all(self.interview.id)
        self.model.set_challenges(challenges)

    # ----------------------------------------------------------------- in-place edits
    def _edited(self, note: Note, column: int, value) -> bool:
        """The model's setData: text or a typed time."""
        try:
            if column == COL_TEXT:
                try:
                    edit = self.store.notes.edit_text(note.id, str(value))
                except WriteError as exc:  # the editor is closing: open it again with the words
                    self._edit_refused(note.id, str(value), exc)
                    return False
                self._replace(edit.note)
                self._after_board_change()
                self._reload_board()
                if edit.lost:
                    quotes = "; ".join(f"“{one_line(c.quote, 60)}”" for c in edit.lost)
                    self._warn(
                        f"{len(edit.lost)} highlight(s) lost: the words {quotes} are no longer in the note. "
                        "They stay on the board with your experience; Ctrl+Z in the list undoes nothing "
                        "here, so edit the note back or highlight the new words."
                    )
                else:
                    self._warn("")
                self._saved()
                return True
            if column in (COL_ELAPSED, COL_CLOCK):
                typed = str(value).strip()
                if column == COL_ELAPSED and typed and not typed.startswith("+") and ":" in typed:
                    typed = "+" + typed
                stamp = note_times.parse_typed_time(typed, note.stamped_at, self.interview.started_at)
                if stamp is None:
                    self._warn(
                        f"“{one_line(str(value), 40)}” is not a time: type 14:03, 14:03:20, or +12:30 "
                        "(minutes since the start)."
                    )
                    return False
                return self._set_stamp(note, stamp)
        except StoreError as exc:
            self._refused("The change to the note was not saved", exc)
        return False

    def _edit_refused(self, note_id: str, text: str, exc: WriteError) -> None:
        """Say why an in-place edit was refused and reopen the editor on the note with what was typed."""
        log_failure("note edit refused", exc)
        self._warn(
            failure_text("The change to the note was not saved", exc)
            + " Your words are back in the note's editor: press Enter to save them."
        )
        self.unsaved_edits[note_id] = text
        QTimer.singleShot(0, self.reopen_unsaved_edit)

    def reopen_unsaved_edit(self) -> None:
        """Open the in-place editor again on a shown note whose typed words the store refused."""
        note_id = next((n for n in self.unsaved_edits if self.model.row_of(n) >= 0), None)
        if note_id is None or self.view.active_editor() is not None:
            return  # not shown now (another interview): kept until it is
        index = self.model.index(self.model.row_of(note_id), COL_TEXT)
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.view.scrollTo(index)
        self.view.setFocus()
        self.view.edit(index)
        editor = self.view.active_editor()
        if editor is not None:
            editor.show_typed(self.unsaved_edits.pop(note_id))

    def _set_stamp(self, note: Note, stamp: str) -> bool:
        try:
            updated = self.store.notes.update(note.id, stamped_at=stamp)
        except StoreError as exc:
            self._refused("The note's time was not changed", exc)
            return False
        old = note.stamped_at
        self._push_undo("time change", lambda: self._restore_stamp(note.id, old))
        self._replace(updated)
        self._reload_board()
        self._warn("")
        self._saved()
        return True

    def _restore_stamp(self, note_id: str, stamp: str) -> None:
        self._replace(self.store.notes.update(note_id, stamped_at=stamp))
        self._reload_board()

    def nudge(self, seconds: int) -> None:
        """Move the selected notes' stamps by some seconds."""
        for note in self.selected_notes():
            if not self._set_stamp(note, note_times.shift(note.stamped_at, seconds)):
                return

    def type_time(self) -> None:
        """Start typing a time for the selected note, in place."""
        notes = self.selected_notes()
        if notes:
            self.view.setFocus()
            self.view.edit(self.model.index(self.model.row_of(notes[0].id), COL_CLOCK))

    def edit_current(self) -> None:
        notes = self.selected_notes()
        if notes:
            self.view.setFocus()
            self.view.edit(self.model.index(self.model.row_of(notes[0].id), COL_TEXT))

    def change_selected(self, **changes) -> None:
        """Set kind or speaker of the selected notes."""
        for note in self.selected_notes():
            try:
                self._replace(self.store.notes.update(note.id, **changes))
            except StoreError as exc:
                self._refused("The note was not changed", exc)
                return
        if "kind" in changes:
            self.status_message.emit(f"Marked as {KINDS[changes['kind']][0]}")
        self._saved()

    # ----------------------------------------------------------------- delete and undo
    def delete_selected(self) -> None:
        """Delete the selected notes at once; Ctrl+Z brings them back."""
        notes = self.selected_notes()
        if not notes:
            return
        row = self.model.row_of(notes[0].id)
        deleted = []
        try:
            with self.store.atomic():
                for note in notes:
                    deleted.append(self.store.notes.delete(note.id))
        except StoreError as exc:
            self._refused(f"The {len(notes)} note(s) were not deleted", exc)
            return
        for note in notes:
            self.model.remove(note.id)
        self._push_undo("delete", lambda: self._undelete(deleted))
        self._reload_board()
        self.model.set_challenges(self.store.challenges.all(self.interview.id))
        if self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(min(row, self.model.rowCount() - 1), COL_TEXT))
        self._warn("")
        self.status_message.emit(f"Deleted {len(notes)} note(s) — Ctrl+Z in the list brings them back")
        if self.interview:
            self.data_changed.emit(self.interview.id)

    def _undelete(self, deleted) -> None:
        with self.store.atomic():  # all come back or none (Ctrl+Z can then try again)
            restored = [self.store.notes.restore(item) for item in deleted]
        for note in restored:
            self._replace(note)
        self._reload_board()
        self.model.set_challenges(self.store.challenges.all(self.interview.id))

    def undo(self) -> None:
        """Undo the last delete, highlight removal, story deletion or time change."""
        if not self.undo_stack:
            self.status_message.emit("Nothing to undo in the notes")
            return
        label, fn = self.undo_stack[-1]
        try:
            fn()
        except StoreError as exc:  # it stays on the undo stack: Ctrl+Z tries again
            self._refused(f"Could not undo the {label}", exc)
            return
        self.undo_stack.pop()
        self.actions.undo.setEnabled(bool(self.undo_stack))
        self.status_message.emit(f"Undid the {label}")
        if self.interview:
            self.data_changed.emit(self.interview.id)

    # ----------------------------------------------------------------- highlights
    def highlight(self) -> None:
        """Ctrl+H: the selected words of the note being edited, or the whole selected note."""
        if self.interview is None:
            return
        editor = self.view.active_editor()
        span = None
        if editor is not None:
            span = editor.selected_span()
            text = plain_text(editor)
            note = self.model.note_at(self.view.currentIndex().row())
            self.view.text_delegate._commit(editor)
            if note is not None and text != note.text:
                note = self.store.notes.get(note.id)  # the edit just saved (stripped) may shift offsets
                if span and note.text != text:
                    start = note.text.find(text[span[0] : span[1]])
                    span = (start, start + span[1] - span[0]) if start >= 0 else None
            notes = [note] if note else []
        else:
            notes = self.selected_notes()
        if not notes:
            self._warn("Select a note (or words inside it while editing) to highlight a challenge.")
            return
        made = None
        for note in notes:
            try:
                made = self.store.challenges.add(note.id, *(span or (None, None)))
            except StoreError as exc:
                self._refused("The highlight was not made", exc)
                return
        self._after_board_change()
        self._reload_board(select=made.id)
        self.side.setCurrentWidget(self.board)
        self._warn("")
        self.status_message.emit(f"Highlighted as {KINDS[made.kind][0].lower()}: add your experience on the board")
        self.data_changed.emit(self.interview.id)

    def _reload_board(self, select: str | None = None) -> None:
        iv = self.interview
        if iv is not None:
            self.board.load(
                iv.id,
                {n.id: n for n in self.model.notes},
                self.model.speakers,
                iv.started_at,
                iv.ended_at,
                select=select,
            )

    def _board_changed(self) -> None:
        self._after_board_change()
        self._saved()

    def _challenge_removed(self, challenge) -> None:
        self._push_undo("highlight removal", lambda: self._restore_challenge(challenge))
        self._after_board_change()
        self._reload_board()
        self.status_message.emit("Highlight removed — Ctrl+Z in the notes list brings it back")
        self.data_changed.emit(self.interview.id)

    def _restore_challenge(self, challenge) -> None:
        restored = self.store.challenges.restore(challenge)
        self._after_board_change()
        self._reload_board(select=restored.id)

    def _stories_changed(self) -> None:
        self._reload_board()
        if self.interview:
            self.data_changed.emit(self.interview.id)

    def _story_deleted(self, story, linked) -> None:
        def restore():
            self.store.stories.restore(story, linked)
            self.story_bank.load(select=story.id)
            self._reload_board()

        self._push_undo("story deletion", restore)
        self.status_message.emit("Story deleted — Ctrl+Z in the notes list brings it back")

    def jump_to_note(self, note_id: str) -> None:
        """Provenance: show and select the note a highlight came from."""
        row = self.model.row_of(note_id)
        if row < 0:
            return
        if self.view.isColumnHidden(COL_TEXT):
            return
        index = self.model.index(row, COL_TEXT)
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.view.scrollTo(index)
