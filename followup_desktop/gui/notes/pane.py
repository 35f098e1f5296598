"""The Notes pane: interview mode, the stamp-first capture line, the notes list, the challenge board.

The note-taking state and its writes live in a NotesSession (core/notes/session.py); the pane
shows it (header, notes list and its commands, capture bar and line, board, story bank).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QSplitter, QTabWidget, QVBoxLayout, QWidget

from followup_desktop.core.models import Interview
from followup_desktop.core.notes import times as note_times
from followup_desktop.core.notes.session import NotesSession
from followup_desktop.core.store import StoreError
from followup_desktop.gui.common.autosaver import Autosaver
from followup_desktop.gui.common.pane import Pane
from followup_desktop.gui.common.write_failures import failure_text, log_failure
from followup_desktop.gui.notes import texts
from followup_desktop.gui.notes.actions import build_actions
from followup_desktop.gui.notes.capture import CaptureLine
from followup_desktop.gui.notes.capture_bar import CaptureBar
from followup_desktop.gui.notes.challenges import ChallengeBoard
from followup_desktop.gui.notes.header import InterviewHeader
from followup_desktop.gui.notes.list_commands import NoteListCommands
from followup_desktop.gui.notes.model import NotesModel, one_line
from followup_desktop.gui.notes.stories import StoryBank
from followup_desktop.gui.notes.view import NotesView

log = logging.getLogger(__name__)


class NotesPane(Pane):
    """Timestamped notes taken before, during and after an interview (objectName notesPane)."""

    focus_mode_changed = Signal(bool)  # the window should hide (True) or restore (False) its chrome
    keep_on_top_changed = Signal(bool)
    menu_title = texts.MENU

    def __init__(self, store, parent=None) -> None:
        super().__init__(store, parent)
        self.setObjectName("notesPane")
        self.session = NotesSession(store)
        self.actions = build_actions(self)
        self._write_failed = False  # a write was refused: the warning comes down once one works again
        self._build()
        self._connect()
        self._set_enabled(False)
        self.actions.keep_on_top.setEnabled(False)

    @property
    def interview(self) -> Interview | None:  # the interview on screen is the session's
        return self.session.interview

    @interview.setter
    def interview(self, interview: Interview | None) -> None:
        self.session.interview = interview

    # ----------------------------------------------------------------- layout
    def _build(self) -> None:
        self.header = InterviewHeader(self.session, self.actions)
        self.model = NotesModel(self)
        self.view = NotesView()
        self.view.setModel(self.model)
        for action in (
            self.actions.edit_note,
            self.actions.highlight,
            self.actions.set_time,
            *self.actions.nudges,
            self.actions.delete_note,
            self.actions.undo,
        ):
            self.view.addAction(action)
        self.view.text_delegate.editor_actions = [self.actions.highlight]
        self.banner = QLabel(objectName="notesBanner", wordWrap=True)
        self.banner.setTextFormat(Qt.TextFormat.PlainText)  # it quotes the user's words
        self.banner.setStyleSheet("QLabel { background: #fff3cd; color: #5c4400; padding: 4px; }")
        self.banner.hide()
        self.capture_bar = CaptureBar(self.session)
        self.capture = CaptureLine(self.store.now)
        self.autosaver = Autosaver(  # the note being typed, kept as the interview's pending note
            self,
            self._write_pending,
            lambda _interview_id: self.capture.pending(),
            describe=lambda _iid, pending: [(texts.UNSAVED_NOTE, pending[0])] if pending[0].strip() else [],
            steady=True,
        )
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.view, 1)
        left_layout.addWidget(self.banner)
        left_layout.addWidget(self.capture_bar)
        left_layout.addWidget(self.capture)
        self.board = ChallengeBoard(self.store)
        self.story_bank = StoryBank(self.store)
        self.side = QTabWidget(objectName="notesSideTabs")
        self.side.addTab(self.board, texts.SIDE_CHALLENGES)
        self.side.addTab(self.story_bank, texts.SIDE_STORIES)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, objectName="notesSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.side)
        self.splitter.setStretchFactor(0, 7)  # the notes themselves get most of the width
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([820, 380])
        left.setMinimumWidth(160)  # a narrow window must still fit the main sidebar
        self.side.setMinimumWidth(120)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.header)
        layout.addWidget(self.splitter, 1)
        self.commands = NoteListCommands(
            self, self.session, self.view, self.model, self.board, self.story_bank, self.actions.undo
        )

    def _connect(self) -> None:
        a, c = self.actions, self.commands
        a.start.triggered.connect(self.start_interview)
        a.end.triggered.connect(self.end_interview)
        a.stamp_now.triggered.connect(self.stamp_now)
        a.highlight.triggered.connect(c.highlight)
        a.focus.toggled.connect(self.set_focus_mode)
        a.keep_on_top.toggled.connect(self.keep_on_top_changed.emit)
        a.previous_question.triggered.connect(lambda: self.step_question(-1))
        a.next_question.triggered.connect(lambda: self.step_question(1))
        a.edit_note.triggered.connect(c.edit_current)
        a.delete_note.triggered.connect(c.delete_selected)
        a.set_time.triggered.connect(c.type_time)
        a.undo.triggered.connect(c.undo)
        for action in a.nudges:
            action.triggered.connect(lambda _=False, s=action.data(): c.nudge(s))
        for action in a.speakers:
            action.triggered.connect(lambda _=False, n=action.data(): self.pick_speaker(n))
        for action in a.kinds.values():
            action.triggered.connect(lambda _=False, k=action.data(): self.pick_kind(k))
        self.capture_bar.kind_chosen.connect(lambda kind: self.pick_kind(kind, capture=True))
        self.capture.committed.connect(self.commit)
        self.capture.typed.connect(self.autosaver.changed)
        self.capture.stamp_changed.connect(self.capture_bar.show_stamp)
        self.autosaver.refused.connect(self._pending_refused)
        self.view.undo_requested.connect(c.undo)
        self.view.delete_requested.connect(c.delete_selected)
        c.warning.connect(self._warn)
        c.status.connect(self.status_message.emit)
        c.saved.connect(self._saved)
        c.changed.connect(self._changed)
        c.board_wanted.connect(lambda: self.side.setCurrentWidget(self.board))
        self.board.jump_to_note.connect(c.jump_to_note)
        self.board.changed.connect(c.board_changed)
        self.board.removed.connect(c.challenge_removed)
        self.board.status.connect(self.status_message.emit)
        self.story_bank.changed.connect(c.stories_changed)
        self.story_bank.deleted.connect(c.story_deleted)
        self.story_bank.status.connect(self.status_message.emit)

    def menu_actions(self):
        return self.actions.menu()

    def _set_enabled(self, on: bool) -> None:
        for w in (self.view, self.capture, self.capture_bar.kind_picker, self.board):
            w.setEnabled(on)
        for action in self.actions.menu():
            if action is not None and action not in (self.actions.focus, self.actions.keep_on_top, self.actions.undo):
                action.setEnabled(on)

    # ----------------------------------------------------------------- what the pane says
    def _warn(self, text: str) -> None:
        """A visible, non-modal message above the capture line (never interrupts typing)."""
        self.banner.setText(text)
        self.banner.setVisible(bool(text))
        if text:
            self.status_message.emit(one_line(text, 120))

    def _saved(self) -> None:
        self.status_message.emit(texts.SAVED.format(clock=note_times.local_clock(self.store.now())))
        self._changed()

    def _changed(self) -> None:
        if self.interview:
            self.data_changed.emit(self.interview.id)

    # ----------------------------------------------------------------- loading
    def load(self, interview: Interview | None) -> None:
        """Show an interview's notes, board and the note that was being typed."""
        if self.session.leaves(interview):
            self.flush()
        switching = self.session.open(interview)
        self._set_enabled(interview is not None)
        self._read(keep_capture=not switching)
        if not (switching and self.story_bank.loaded):  # the bank is the same for every interview
            self.story_bank.load()
        if switching:
            self._restore_pending()
            self.view.show_newest()
            if self.session.unsaved_edits:
                QTimer.singleShot(0, self.commands.reopen_unsaved_edit)

    def reveal(self, kind: str, ref_id: str, text: str) -> None:
        """Show a search result: a note in the list, a challenge on the board, a story in the bank."""
        if kind == "note":
            self.commands.jump_to_note(ref_id)
        elif kind == "challenge":
            self.side.setCurrentWidget(self.board)
            self.board.select(ref_id)
        elif kind == "story":
            self.side.setCurrentWidget(self.story_bank)
            self.story_bank.load(select=ref_id)

    def refresh(self) -> None:
        """Re-read after another pane changed something; the capture line is left alone."""
        self._commit_open_editor()  # re-reading resets the list, which would close it unsaved
        if self.interview is not None:
            try:
                self.session.reread_interview()
            except StoreError:
                self.load(None)
                return
        self._read(keep_capture=True)
        self.story_bank.load()

    def _read(self, keep_capture: bool) -> None:
        reading = self.session.read(keep_question=keep_capture)
        iv = self.interview
        if iv is None:
            self.model.reset([], [], {}, {}, "", "")
            self.board.load(None, {}, {}, "", "")
            self.capture.reset()
            self.header.update_clock()
            return
        questions = {q.id: q.text for q in self.session.questions}
        self.model.reset(reading.notes, reading.challenges, reading.names, questions, iv.started_at, iv.ended_at)
        self.board.load(iv.id, {n.id: n for n in reading.notes}, reading.names, iv.started_at, iv.ended_at)
        self.capture_bar.show_question()
        self.capture_bar.show_speaker()
        self.header.update_clock()

    def _restore_pending(self) -> None:
        kept = self.autosaver.show(self.interview.id if self.interview else None)  # refused before: retried
        pending = kept or self.session.stored_pending()
        if pending:
            self.capture.restore(*pending)
            if not self.session.returning:  # back from the dashboard or a search it is no news
                self.status_message.emit(texts.PENDING_RESTORED)
        else:
            self.capture.reset()
        self.capture_bar.show_kind()

    def _commit_open_editor(self) -> None:
        self.view.commit_open_editor()  # as if Enter was pressed: saved, or kept if refused

    def flush(self) -> None:
        """Save the note being typed, an open note edit, a pending experience and story edits now."""
        self._commit_open_editor()
        self.autosaver.flush()  # also after a refused Enter: the words come back at the next start
        self.board.flush()
        self.story_bank.flush()

    def unsaved_texts(self) -> list[tuple[str, str]]:
        """The note being typed if it is not stored, refused note edits, experience and stories."""
        texts_ = self.autosaver.unsaved_texts()
        texts_ += [(texts.UNSAVED_EDIT, text) for text in self.session.unsaved_edits.values()]
        return texts_ + self.board.unsaved_texts() + self.story_bank.autosaver.unsaved_texts()

    def default_focus(self):
        """The capture line: the Notes tab is for typing notes."""
        return self.capture if self.capture.isEnabled() else None

    # ----------------------------------------------------------------- interview mode
    def start_interview(self) -> None:
        """Record the start, run the clock, and put the cursor in the capture line on screen."""
        if self.interview and self._write_interview(texts.START_REFUSED, self.session.start):
            self.status_message.emit(texts.STARTED.format(clock=note_times.local_clock(self.interview.started_at)))
            self.show_requested.emit()
            self.capture.setFocus()

    def end_interview(self) -> None:
        """Record the end (the follow-up deadline starts from it)."""
        if self.interview and self._write_interview(texts.END_REFUSED, self.session.end):
            self.status_message.emit(texts.ENDED_STATUS.format(clock=note_times.local_clock(self.interview.ended_at)))
            if self.actions.focus.isChecked():
                self.actions.focus.setChecked(False)

    def _write_interview(self, what: str, write) -> bool:
        try:
            iv = write()
        except StoreError as exc:
            log_failure(what, exc)
            self._warn(failure_text(what, exc))
            return False
        self.model.set_times(iv.started_at, iv.ended_at)
        self.board.load(iv.id, self.board.notes, self.board.speakers, iv.started_at, iv.ended_at)
        self.header.update_clock()
        self.data_changed.emit(iv.id)
        return True

    def leave_focus_mode(self) -> None:
        """Back to the normal layout (the window saves that one when it closes)."""
        self.actions.focus.setChecked(False)

    def set_focus_mode(self, on: bool) -> None:
        """Show only the clock, the question, the capture line and the latest notes (or restore)."""
        if on and self.interview is None:  # no interview on screen (the dashboard): nothing to focus on
            self.actions.focus.blockSignals(True)
            self.actions.focus.setChecked(False)
            self.actions.focus.blockSignals(False)
            return
        self.side.setVisible(not on)
        self.header.phase_label.setVisible(not on)
        self.view.horizontalHeader().setVisible(not on)
        for col in (1, 3, 4):
            self.view.setColumnHidden(col, on)
        if on:
            self.view.scrollToBottom()
        elif self.actions.keep_on_top.isChecked():
            self.actions.keep_on_top.setChecked(False)
        self.actions.keep_on_top.setEnabled(on)
        self.focus_mode_changed.emit(on)  # the window hides its chrome and shows this tab
        if on:
            self.capture.setFocus()  # once on screen: never into a hidden capture line

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt API
        """Leaving the Notes tab leaves the focus layout too (else the hidden menus and sidebar stay hidden
        everywhere); a minimised window (a spontaneous hide) or the window hiding itself keeps it."""
        super().hideEvent(event)
        if not event.spontaneous() and self.actions.focus.isChecked() and self.window().isVisible():
            self.leave_focus_mode()

    # ----------------------------------------------------------------- capture
    def stamp_now(self) -> None:
        if self.interview:
            self.capture.stamp_now()
            self.capture.setFocus()

    def _write_pending(self, interview_id: str, pending: tuple[str, str]) -> None:
        self.session.save_pending(interview_id, *pending)
        self._write_recovered()

    def _pending_refused(self, _interview_id: str, exc: StoreError) -> None:
        """The text stays in the capture line; the next keystroke or a flush tries again."""
        self._warn(str(exc))
        self._write_failed = True

    def _write_recovered(self) -> None:  # a write worked again: take down the warning a failed one put up
        if self._write_failed:
            self._write_failed = False
            self._warn("")

    def commit(self, text: str, stamped_at: str) -> None:
        """Enter in the capture line: the note is durable when this returns."""
        if self.interview is None:
            return
        self.autosaver.postpone()  # the note being typed is written at the next change or flush, not now
        try:
            note = self.session.commit(text, stamped_at)
        except StoreError as exc:  # the note stays in the capture line, and Enter tries again
            self._warn(texts.NOTE_NOT_SAVED.format(error=exc))
            self._write_failed = True
            return
        self._write_recovered()
        at_end = self.view.verticalScrollBar().value() >= self.view.verticalScrollBar().maximum() - 2
        row = self.model.insert(note)
        self.board.notes[note.id] = note
        self.capture.reset()
        self.autosaver.saved()  # the note holds the words; the stored pending note was cleared with it
        self.capture_bar.show_kind()
        self.capture_bar.show_question()
        if at_end or row == self.model.rowCount() - 1:
            self.view.scrollToBottom()
        self._saved()

    # ----------------------------------------------------------------- question, speaker, kind
    def step_question(self, delta: int) -> None:
        """Move to the previous/next planned question (past either end: no question)."""
        self.session.step_question(delta)
        self.capture_bar.show_question()

    def pick_speaker(self, number: int) -> None:
        """Alt+1..9: who is speaking (sticks until changed); Alt+0: nobody in particular."""
        speaker = self.session.speaker_numbered(number)
        if number and speaker is None:
            self.status_message.emit(texts.NO_SUCH_INTERVIEWER.format(number=number))
            return
        if self.view.hasFocus() and self.commands.selected_notes():
            self.commands.change_selected(speaker_id=speaker.id if speaker else None)
            return
        self.session.speaker_id = speaker.id if speaker else None
        self.capture_bar.show_speaker()

    def pick_kind(self, kind: str, capture: bool = False) -> None:
        """Kind of the note being typed, or of the selected notes when the list has focus."""
        if not capture and self.view.hasFocus() and self.commands.selected_notes():
            self.commands.change_selected(kind=kind)
            return
        self.session.kind = kind
        self.capture_bar.show_kind()
        if self.session.questions:
            self.capture_bar.show_question()  # an action item is linked to no question: the line says so
