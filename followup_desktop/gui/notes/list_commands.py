"""What is done to notes already in the list: edits in place, stamps, kind, speaker, delete, undo, highlights.

The writes and their undo steps belong to the NotesSession; this part finds the notes the user
means (the selection, the note being edited), hands them over, and shows the outcome in the list
and on the challenge board.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QObject, QTimer, Signal

from followup_desktop.core.models import Note
from followup_desktop.core.notes import times as note_times
from followup_desktop.core.store import StoreError
from followup_desktop.core.store.errors import WriteError
from followup_desktop.gui.common.write_failures import failure_text, log_failure
from followup_desktop.gui.notes import texts
from followup_desktop.gui.notes.model import COL_CLOCK, COL_ELAPSED, COL_TEXT, KINDS, one_line
from followup_desktop.gui.notes.view import plain_text

_SELECT_ROW = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows


class NoteListCommands(QObject):
    """Commands on the notes list (`view` over `model`), written through `session`, shown on `board` too."""

    warning = Signal(str)  # a message above the capture line ("" takes it down); never interrupts typing
    status = Signal(str)
    saved = Signal()  # a note was changed: "Saved" and the other panes re-read
    changed = Signal()  # the interview's data changed (without a "Saved")
    board_wanted = Signal()  # show the challenge board: a highlight was just made

    def __init__(self, parent, session, view, model, board, story_bank, undo_action) -> None:
        super().__init__(parent)
        self.session, self.view, self.model = session, view, model
        self.board, self.story_bank, self.undo_action = board, story_bank, undo_action
        model.edit_handler = self.edited

    # ----------------------------------------------------------------- helpers
    def _refused(self, what: str, exc: StoreError) -> None:
        """A command the store refused: say why; the list is as stored."""
        log_failure(what, exc)
        self.warning.emit(failure_text(what, exc))

    def _undoable(self) -> None:
        self.undo_action.setEnabled(bool(self.session.undo_steps))

    def selected_notes(self) -> list[Note]:
        selection = self.view.selectionModel()
        rows = sorted({i.row() for i in selection.selectedRows()}) if selection else []
        if not rows and self.view.currentIndex().isValid():
            rows = [self.view.currentIndex().row()]
        return [n for n in (self.model.note_at(r) for r in rows) if n is not None]

    def _select(self, row: int, column: int = COL_TEXT):
        index = self.model.index(row, column)
        self.view.selectionModel().setCurrentIndex(index, _SELECT_ROW)
        return index

    def _replace(self, note: Note) -> None:
        row = self.model.replace(note)
        self.board.notes[note.id] = note
        self._select(row)

    def _challenges_changed(self) -> None:
        self.model.set_challenges(self.session.store.challenges.all(self.session.interview.id))

    def reload_board(self, select: str | None = None) -> None:
        """Show the interview's highlights on the board again (with the notes as the list has them)."""
        iv = self.session.interview
        if iv is not None:
            notes = {n.id: n for n in self.model.notes}
            self.board.load(iv.id, notes, self.model.speakers, iv.started_at, iv.ended_at, select=select)

    # ----------------------------------------------------------------- in-place edits
    def edited(self, note: Note, column: int, value) -> bool:
        """The model's setData: the words of a note, or a typed time."""
        try:
            if column == COL_TEXT:
                return self._edit_text(note, str(value))
            if column in (COL_ELAPSED, COL_CLOCK):
                typed = str(value).strip()
                if column == COL_ELAPSED and typed and not typed.startswith("+") and ":" in typed:
                    typed = "+" + typed
                stamp = note_times.parse_typed_time(typed, note.stamped_at, self.session.interview.started_at)
                if stamp is None:
                    self.warning.emit(texts.NOT_A_TIME.format(typed=one_line(str(value), 40)))
                    return False
                return self._set_stamp(note, stamp)
        except StoreError as exc:
            self._refused(texts.EDIT_REFUSED, exc)
        return False

    def _edit_text(self, note: Note, text: str) -> bool:
        try:
            edit = self.session.edit_text(note.id, text)
        except WriteError as exc:  # the editor is closing: open it again with the words
            log_failure("note edit refused", exc)
            self.warning.emit(texts.WORDS_BACK.format(failure=failure_text(texts.EDIT_REFUSED, exc)))
            self.session.unsaved_edits[note.id] = text
            QTimer.singleShot(0, self.reopen_unsaved_edit)
            return False
        self._replace(edit.note)
        self._challenges_changed()
        self.reload_board()
        quotes = "; ".join(f"“{one_line(c.quote, 60)}”" for c in edit.lost)
        self.warning.emit(texts.HIGHLIGHTS_LOST.format(count=len(edit.lost), quotes=quotes) if edit.lost else "")
        self.saved.emit()
        return True

    def reopen_unsaved_edit(self) -> None:
        """Open the in-place editor again on a shown note whose typed words the store refused."""
        unsaved = self.session.unsaved_edits
        note_id = next((n for n in unsaved if self.model.row_of(n) >= 0), None)
        if note_id is None or self.view.active_editor() is not None:
            return  # not shown now (another interview): kept until it is
        index = self._select(self.model.row_of(note_id))
        self.view.scrollTo(index)
        self.view.setFocus()
        self.view.edit(index)
        editor = self.view.active_editor()
        if editor is not None:
            editor.show_typed(unsaved.pop(note_id))

    def _set_stamp(self, note: Note, stamp: str) -> bool:
        try:
            updated = self.session.set_stamp(note, stamp)
        except StoreError as exc:
            self._refused(texts.TIME_REFUSED, exc)
            return False
        self._undoable()
        self._replace(updated)
        self.reload_board()
        self.warning.emit("")
        self.saved.emit()
        return True

    def nudge(self, seconds: int) -> None:
        """Move the selected notes' stamps by some seconds."""
        for note in self.selected_notes():
            if not self._set_stamp(note, note_times.shift(note.stamped_at, seconds)):
                return

    def type_time(self) -> None:
        """Start typing a time for the selected note, in place."""
        self._edit_selected(COL_CLOCK)

    def edit_current(self) -> None:
        """Start editing the selected note's words, in place."""
        self._edit_selected(COL_TEXT)

    def _edit_selected(self, column: int) -> None:
        notes = self.selected_notes()
        if notes:
            self.view.setFocus()
            self.view.edit(self.model.index(self.model.row_of(notes[0].id), column))

    def change_selected(self, **changes) -> None:
        """Set kind or speaker of the selected notes."""
        for note in self.selected_notes():
            try:
                (updated,) = self.session.change([note], **changes)
            except StoreError as exc:
                self._refused(texts.CHANGE_REFUSED, exc)
                return
            self._replace(updated)
        if "kind" in changes:
            self.status.emit(texts.MARKED_AS.format(kind=KINDS[changes["kind"]][0]))
        self.saved.emit()

    # ----------------------------------------------------------------- delete and undo
    def delete_selected(self) -> None:
        """Delete the selected notes at once; Ctrl+Z brings them back."""
        notes = self.selected_notes()
        if not notes:
            return
        row = self.model.row_of(notes[0].id)
        try:
            self.session.delete(notes)
        except StoreError as exc:
            self._refused(texts.DELETE_REFUSED.format(count=len(notes)), exc)
            return
        for note in notes:
            self.model.remove(note.id)
        self._undoable()
        self.reload_board()
        self._challenges_changed()
        if self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(min(row, self.model.rowCount() - 1), COL_TEXT))
        self.warning.emit("")
        self.status.emit(texts.DELETED.format(count=len(notes)))
        self.changed.emit()

    def undo(self) -> None:
        """Undo the last delete, highlight removal, story deletion or time change."""
        try:
            undone = self.session.undo()
        except StoreError as exc:  # it stays the last step: Ctrl+Z tries again
            self._refused(texts.UNDO_REFUSED.format(label=self.session.undo_steps[-1].label), exc)
            return
        if undone is None:
            self.status.emit(texts.NOTHING_TO_UNDO)
            return
        step, result = undone
        if step.shows == "notes":
            for note in result:
                self._replace(note)
            self.reload_board()
            self._challenges_changed()
        elif step.shows == "challenge":
            self._challenges_changed()
            self.reload_board(select=result.id)
        else:  # a story
            self.story_bank.load(select=result.id)
            self.reload_board()
        self._undoable()
        self.status.emit(texts.UNDONE.format(label=step.label))
        self.changed.emit()

    # ----------------------------------------------------------------- highlights
    def highlight(self) -> None:
        """Ctrl+H: the selected words of the note being edited, or the whole selected note."""
        if self.session.interview is None:
            return
        editor = self.view.active_editor()
        span = None
        if editor is not None:
            span = editor.selected_span()
            text = plain_text(editor)
            note = self.model.note_at(self.view.currentIndex().row())
            self.view.text_delegate._commit(editor)
            if note is not None and text != note.text:
                note = self.session.store.notes.get(note.id)  # the edit just saved (stripped) may shift offsets
                if span and note.text != text:
                    start = note.text.find(text[span[0] : span[1]])
                    span = (start, start + span[1] - span[0]) if start >= 0 else None
            notes = [note] if note else []
        else:
            notes = self.selected_notes()
        if not notes:
            self.warning.emit(texts.SELECT_TO_HIGHLIGHT)
            return
        try:
            made = self.session.highlight(notes, span)
        except StoreError as exc:
            self._refused(texts.HIGHLIGHT_REFUSED, exc)
            return
        self._challenges_changed()
        self.reload_board(select=made.id)
        self.board_wanted.emit()
        self.warning.emit("")
        self.status.emit(texts.HIGHLIGHTED.format(kind=texts.KIND_WORDS.get(made.kind, made.kind)))
        self.changed.emit()

    def board_changed(self) -> None:
        """The board wrote a change to a highlight."""
        self._challenges_changed()
        self.saved.emit()

    def challenge_removed(self, challenge) -> None:
        """The board removed a highlight: Ctrl+Z in the list brings it back."""
        self.session.challenge_removed(challenge)
        self._undoable()
        self._challenges_changed()
        self.reload_board()
        self.status.emit(texts.HIGHLIGHT_REMOVED)
        self.changed.emit()

    def stories_changed(self) -> None:
        self.reload_board()
        if self.session.interview:
            self.changed.emit()

    def story_deleted(self, story, linked) -> None:
        """The story bank deleted a story: Ctrl+Z in the list brings it back."""
        self.session.story_deleted(story, linked)
        self._undoable()
        self.status.emit(texts.STORY_DELETED)

    def jump_to_note(self, note_id: str) -> None:
        """Provenance: show and select the note a highlight came from."""
        row = self.model.row_of(note_id)
        if row < 0 or self.view.isColumnHidden(COL_TEXT):
            return
        self.view.scrollTo(self._select(row))
