"""The Notes pane: interview mode, the stamp-first capture line, the notes list, the challenge board.

Built from small parts: notes_model (model), notes_view (list + in-place editor), capture (the
capture line), challenges (board), stories (story bank), notes_actions (keys), notes_ops (edits).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from followup_desktop.core.models import ANSWER_KINDS, NOTE_KINDS, Interview
from followup_desktop.core.notes import times as note_times
from followup_desktop.core.store import StoreError
from followup_desktop.core.store.rows import clean_text
from followup_desktop.gui.capture import CaptureLine
from followup_desktop.gui.challenges import ChallengeBoard
from followup_desktop.gui.notes_actions import build_actions
from followup_desktop.gui.notes_model import KINDS, NotesModel, kind_icon, one_line
from followup_desktop.gui.notes_ops import NoteOps
from followup_desktop.gui.notes_view import NotesView
from followup_desktop.gui.pane import Pane
from followup_desktop.gui.stories import StoryBank
from followup_desktop.gui.widgets import tip_text

log = logging.getLogger(__name__)


class NotesPane(NoteOps, Pane):
    """Timestamped notes taken before, during and after an interview (objectName notesPane)."""

    focus_mode_changed = Signal(bool)  # the window should hide (True) or restore (False) its chrome
    keep_on_top_changed = Signal(bool)
    menu_title = "&Notes"

    def __init__(self, store, parent=None) -> None:
        super().__init__(store, parent)
        self.setObjectName("notesPane")
        self.speakers: list = []  # the interview's interviewers (Alt+1..9)
        self.questions: list = []
        self.answered: set[str] = set()
        self.question_index = -1  # -1: no question
        self.speaker_id: str | None = None
        self.kind = "answer"
        self.undo_stack: list[tuple[str, object]] = []
        self.unsaved_edits: dict[str, str] = {}  # note id -> typed text the store refused (editor reopens)
        self.actions = build_actions(self)
        self._build()
        self._connect()
        self._set_enabled(False)
        self.actions.keep_on_top.setEnabled(False)

    # ----------------------------------------------------------------- layout
    def _build(self) -> None:
        self.clock_label = QLabel("Not started")
        self.clock_label.setObjectName("interviewClock")
        self.clock_label.setAccessibleName("Elapsed interview time")
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        font.setStyleHint(QFont.StyleHint.Monospace)
        self.clock_label.setFont(font)
        self.clock_timer = QTimer(self, interval=1000, timeout=self._tick)
        self.phase_label = QLabel()
        self.phase_label.setObjectName("interviewPhase")
        self.phase_label.setWordWrap(True)
        self.phase_label.setMinimumWidth(10)
        header = QHBoxLayout()
        header.addWidget(self.clock_label)
        header.addWidget(self.phase_label, 1)
        self.header_buttons = []
        for action in (self.actions.start, self.actions.end, self.actions.focus, self.actions.keep_on_top):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            header.addWidget(button)
            self.header_buttons.append(button)

        self.model = NotesModel(self)
        self.model.edit_handler = self._edited
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

        self.banner = QLabel()
        self.banner.setObjectName("notesBanner")
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.PlainText)  # it quotes the user's words
        self.banner.setStyleSheet("QLabel { background: #fff3cd; color: #5c4400; padding: 4px; }")
        self.banner.hide()
        self.question_label = QLabel()
        self.question_label.setObjectName("currentQuestion")
        self.question_label.setWordWrap(True)
        self.question_label.setTextFormat(Qt.TextFormat.PlainText)
        self.speaker_label = QLabel()
        self.speaker_label.setObjectName("speakerLabel")
        self.stamp_label = QLabel()
        self.stamp_label.setObjectName("pendingStamp")
        self.kind_picker = QComboBox()
        self.kind_picker.setObjectName("noteKind")
        self.kind_picker.setAccessibleName("Kind of the next note")
        for kind in NOTE_KINDS:
            self.kind_picker.addItem(kind_icon(kind), KINDS[kind][0], kind)
        self.capture = CaptureLine(self.store.now)
        capture_bar = QHBoxLayout()
        capture_bar.addWidget(self.speaker_label)
        capture_bar.addWidget(self.kind_picker)
        capture_bar.addStretch(1)
        capture_bar.addWidget(self.stamp_label)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.view, 1)
        left_layout.addWidget(self.banner)
        left_layout.addWidget(self.question_label)
        left_layout.addLayout(capture_bar)
        left_layout.addWidget(self.capture)

        self.board = ChallengeBoard(self.store)
        self.story_bank = StoryBank(self.store)
        self.side = QTabWidget()
        self.side.setObjectName("notesSideTabs")
        self.side.addTab(self.board, "Challenges")
        self.side.addTab(self.story_bank, "Story bank")
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("notesSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.side)
        self.splitter.setStretchFactor(0, 7)  # the notes themselves get most of the width
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([820, 380])
        left.setMinimumWidth(160)  # a narrow window must still fit the main sidebar
        self.side.setMinimumWidth(120)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        header_box = QWidget()
        header_box.setLayout(header)
        header.setContentsMargins(0, 0, 0, 0)
        header_box.setMinimumWidth(120)  # in a very narrow window the buttons are clipped, not the sidebar
        layout.addWidget(header_box)
        layout.addWidget(self.splitter, 1)

    def _connect(self) -> None:
        a = self.actions
        a.start.triggered.connect(self.start_interview)
        a.end.triggered.connect(self.end_interview)
        a.stamp_now.triggered.connect(self.stamp_now)
        a.highlight.triggered.connect(self.highlight)
        a.focus.toggled.connect(self.set_focus_mode)
        a.keep_on_top.toggled.connect(self.keep_on_top_changed.emit)
        a.previous_question.triggered.connect(lambda: self.step_question(-1))
        a.next_question.triggered.connect(lambda: self.step_question(1))
        a.edit_note.triggered.connect(self.edit_current)
        a.delete_note.triggered.connect(self.delete_selected)
        a.set_time.triggered.connect(self.type_time)
        a.undo.triggered.connect(self.undo)
        for action in a.nudges:
            action.triggered.connect(lambda _=False, s=action.data(): self.nudge(s))
        for action in a.speakers:
            action.triggered.connect(lambda _=False, n=action.data(): self.pick_speaker(n))
        for action in a.kinds.values():
            action.triggered.connect(lambda _=False, k=action.data(): self.pick_kind(k))
        self.kind_picker.activated.connect(lambda i: self.pick_kind(self.kind_picker.itemData(i), capture=True))
        self.capture.committed.connect(self.commit)
        self.capture.draft_due.connect(self._save_draft)
        self.capture.stamp_changed.connect(self._show_stamp)
        self.view.undo_requested.connect(self.undo)
        self.view.delete_requested.connect(self.delete_selected)
        self.board.jump_to_note.connect(self.jump_to_note)
        self.board.changed.connect(self._board_changed)
        self.board.removed.connect(self._challenge_removed)
        self.board.status.connect(self.status_message.emit)
        self.story_bank.changed.connect(self._stories_changed)
        self.story_bank.deleted.connect(self._story_deleted)
        self.story_bank.status.connect(self.status_message.emit)

    def menu_actions(self):
        return self.actions.menu()

    def _set_enabled(self, on: bool) -> None:
        for w in (self.view, self.capture, self.kind_picker, self.board):
            w.setEnabled(on)
        for action in self.actions.menu():
            if action is not None and action not in (self.actions.focus, self.actions.keep_on_top, self.actions.undo):
                action.setEnabled(on)

    # ----------------------------------------------------------------- loading
    def load(self, interview: Interview | None) -> None:
        """Show an interview's notes, board and saved draft."""
        if self.interview is not None and (interview is None or interview.id != self.interview.id):
            self.flush()
            self.undo_stack.clear()
        switching = interview is None or self.interview is None or interview.id != self.interview.id
        super().load(interview)
        self._set_enabled(interview is not None)
        self._read(keep_capture=not switching)
        if not (switching and self.story_bank.loaded):  # the bank is the same for every interview
            self.story_bank.load()
        if switching:
            self._restore_draft()
            self.view.scrollToBottom()
            if self.unsaved_edits:
                QTimer.singleShot(0, self.reopen_unsaved_edit)

    def reveal(self, kind: str, ref_id: str, text: str) -> None:
        """Show a search result: a note in the list, a challenge on the board, a story in the bank."""
        if kind == "note":
            self.jump_to_note(ref_id)
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
                self.interview = self.store.interviews.get(self.interview.id)
            except StoreError:
                self.load(None)
                return
        self._read(keep_capture=True)
        self.story_bank.load()

    def _read(self, keep_capture: bool) -> None:
        iv = self.interview
        if iv is None:
            self.model.reset([], [], {}, {}, "", "")
            self.board.load(None, {}, {}, "", "")
            self.capture.reset()
            self._update_clock()
            return
        self.speakers = self.store.interviews.interviewers(iv.id) or self.store.contacts.all(iv.application_id)
        names = {c.id: c.name for c in self.store.contacts.all(iv.application_id)}
        if self.speaker_id not in names:
            self.speaker_id = None
        old_question = self.current_question_id() if keep_capture else None
        self.questions = self.store.plans.items(iv.id, "question")
        self.answered = self.store.plans.answered_question_ids(iv.id)
        notes = self.store.notes.all(iv.id)
        challenges = self.store.challenges.all(iv.id)
        self.model.reset(notes, challenges, names, {q.id: q.text for q in self.questions}, iv.started_at, iv.ended_at)
        self.board.load(iv.id, {n.id: n for n in notes}, names, iv.started_at, iv.ended_at)
        ids = [q.id for q in self.questions]
        if old_question in ids:
            self.question_index = ids.index(old_question)
        elif not keep_capture or self.question_index >= len(ids):
            self.question_index = next((i for i, q in enumerate(self.questions) if q.id not in self.answered), -1)
        self._show_question()
        self._show_speaker()
        self._update_clock()

    def _restore_draft(self) -> None:
        draft = self.store.notes.pending(self.interview.id) if self.interview else None
        if draft and (draft.text or draft.started_at):
            self.capture.restore(draft.text, draft.started_at)
            self.status_message.emit("Restored the note you were typing")
        else:
            self.capture.reset()
        self.kind = "answer"
        self.kind_picker.setCurrentIndex(0)

    def _commit_open_editor(self) -> None:
        editor = self.view.active_editor()
        if editor is not None:
            editor.commit_requested.emit()  # as if Enter was pressed: saved, or kept if refused

    def flush(self) -> None:
        """Save the capture draft, an open note edit, a pending experience and story edits now."""
        self._commit_open_editor()
        if self.interview is not None and (self.capture.draft_pending() or self._typed_note_unstored()):
            self.capture.save_draft_now()  # also after a refused Enter: the words come back at the next start
        self.board.flush()
        self.story_bank.flush()

    def unsaved_texts(self) -> list[tuple[str, str]]:
        """The note being typed if its draft is not stored, refused note edits, experience and stories."""
        texts = [("The note being typed", self.capture.text())] if self._typed_note_unstored() else []
        texts += [("A note's changed text", text) for text in self.unsaved_edits.values()]
        texts += [("Your experience for a challenge", text) for text in self.board.unsaved.values()]
        texts += [
            (f"Story: {v.get('title') or 'untitled'}", "\n\n".join(str(x) for x in v.values() if x))
            for v in self.story_bank.unsaved.values()
        ]
        return texts

    def _typed_note_unstored(self) -> bool:
        """True when the capture line holds words that are neither a note nor the stored draft."""
        typed = self.capture.text()
        if self.interview is None or not typed.strip():
            return False
        try:
            draft = self.store.notes.pending(self.interview.id)
        except StoreError:
            return True
        return draft is None or draft.text != clean_text(typed)

    # ----------------------------------------------------------------- interview mode
    def start_interview(self) -> None:
        """Record the start, run the clock, and put the cursor in the capture line on screen."""
        if self.interview and self._write_interview(
            "The start of the interview was not recorded", self.store.interviews.start
        ):
            self.status_message.emit(f"Interview started {note_times.local_clock(self.interview.started_at)}")
            self.show_requested.emit()
            self.capture.setFocus()

    def default_focus(self):
        """The capture line: the Notes tab is for typing notes."""
        return self.capture if self.capture.isEnabled() else None

    def end_interview(self) -> None:
        """Record the end (the follow-up deadline starts from it)."""
        if self.interview and self._write_interview(
            "The end of the interview was not recorded", self.store.interviews.end
        ):
            self.status_message.emit(f"Interview ended {note_times.local_clock(self.interview.ended_at)}")
            if self.actions.focus.isChecked():
                self.actions.focus.setChecked(False)

    def _write_interview(self, what: str, fn) -> bool:
        try:
            self.interview = fn(self.interview.id)
        except StoreError as exc:
            self._refused(what, exc)
            return False
        self.model.set_times(self.interview.started_at, self.interview.ended_at)
        self.board.load(
            self.interview.id, self.board.notes, self.board.speakers, self.interview.started_at, self.interview.ended_at
        )
        self._update_clock()
        self.data_changed.emit(self.interview.id)
        return True

    def running(self) -> bool:
        return bool(self.interview and self.interview.started_at and not self.interview.ended_at)

    def _update_clock(self) -> None:
        iv = self.interview
        self.actions.start.setEnabled(bool(iv) and not self.running())
        self.actions.start.setText("&Resume interview" if iv and iv.ended_at else "&Start interview")
        self.actions.end.setEnabled(self.running())
        if self.running():
            self.clock_timer.start()
        else:
            self.clock_timer.stop()
        self._tick()

    def _tick(self) -> None:
        iv = self.interview
        if not iv or not iv.started_at:
            self.clock_label.setText("--:--")
            self.phase_label.setText("Not started: notes are marked “before”. Press F5 when it begins.")
            return
        end = iv.ended_at or self.store.now()
        self.clock_label.setText(note_times.format_elapsed(note_times.seconds_between(iv.started_at, end)))
        self.phase_label.setText(
            f"Ended {note_times.local_clock(iv.ended_at)}: new notes are marked “after”."
            if iv.ended_at
            else f"Running since {note_times.local_clock(iv.started_at)}"
        )

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
        self.phase_label.setVisible(not on)
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
        """Leaving the Notes tab (another tab, the dashboard, search) leaves the focus layout too.

        Its hidden menus and sidebar would otherwise stay hidden over every other place. A
        minimised window (a spontaneous hide) or the window itself hiding (keep on top, closing) keeps it.
        """
        super().hideEvent(event)
        if not event.spontaneous() and self.actions.focus.isChecked() and self.window().isVisible():
            self.leave_focus_mode()

    # ----------------------------------------------------------------- capture
    def stamp_now(self) -> None:
        if self.interview:
            self.capture.stamp_now()
            self.capture.setFocus()

    def _show_stamp(self, stamp: str) -> None:
        if not stamp or not self.interview:
            self.stamp_label.setText("Stamp: when you start typing (Ctrl+T: now)")
            return
        iv = self.interview
        self.stamp_label.setText(
            f"Stamp: {note_times.elapsed_label(stamp, iv.started_at, iv.ended_at)} · {note_times.local_clock(stamp)}"
        )

    def _save_draft(self, text: str, started_at: str) -> None:
        if self.interview is None:
            return
        try:
            self.store.notes.save_pending(self.interview.id, text, started_at)
        except StoreError as exc:  # the text stays in the capture line; the next keystroke retries
            log.warning("draft not saved: %s", type(exc).__name__)
            self._warn(str(exc))
            self._write_failed = True
            return
        self._write_recovered()

    def _write_recovered(self) -> None:
        """A write worked again: take down the warning a failed one put up."""
        if getattr(self, "_write_failed", False):
            self._write_failed = False
            self._warn("")

    def commit(self, text: str, stamped_at: str) -> None:
        """Enter in the capture line: the note is durable when this returns."""
        if self.interview is None:
            return
        question = self.current_question_id() if self.kind in ANSWER_KINDS else None
        try:
            note = self.store.notes.add(
                self.interview.id, text, stamped_at, self.kind, self.speaker_id, question, clear_pending=True
            )
        except StoreError as exc:  # the note stays in the capture line, and Enter tries again
            self._warn(f"The note was not saved: {exc}")
            self._write_failed = True
            return
        self._write_recovered()
        at_end = self.view.verticalScrollBar().value() >= self.view.verticalScrollBar().maximum() - 2
        row = self.model.insert(note)
        self.board.notes[note.id] = note
        self.capture.reset()
        self.pick_kind("answer", capture=True)
        if question and question not in self.answered:
            self.answered.add(question)
            self._show_question()
        if at_end or row == self.model.rowCount() - 1:
            self.view.scrollToBottom()
        self.status_message.emit(f"Saved {note_times.local_clock(self.store.now())}")
        self.data_changed.emit(self.interview.id)

    # ----------------------------------------------------------------- question and speaker
    def current_question_id(self) -> str | None:
        if 0 <= self.question_index < len(self.questions):
            return self.questions[self.question_index].id
        return None

    def step_question(self, delta: int) -> None:
        """Move to the previous/next planned question (past either end: no question)."""
        count = len(self.questions)
        if not count:
            return
        positions = [-1, *range(count)]
        index = positions.index(self.question_index) if self.question_index in positions else 0
        self.question_index = positions[(index + delta) % len(positions)]
        self._show_question()

    def _show_question(self) -> None:
        count = len(self.questions)
        unanswered = sum(1 for q in self.questions if q.id not in self.answered)
        if not count:
            self.question_label.setText("No questions planned: notes are not linked to a question.")
            return
        if self.question_index < 0:
            self.question_label.setText(
                f"No question linked (Alt+↓ / Alt+↑ to pick one) · {unanswered} of {count} still unanswered"
            )
            return
        q = self.questions[self.question_index]
        if self.kind not in ANSWER_KINDS:
            self.question_label.setText(
                f"Not linked to a question: this note is not an answer (question "
                f"{self.question_index + 1}/{count} stays current for the next one)"
            )
            return
        mark = "✓ answered" if q.id in self.answered else "not answered yet"
        self.question_label.setText(
            f"Question {self.question_index + 1}/{count} ({mark}): "
            f"{one_line(q.text, 300)}   · {unanswered} unanswered · Alt+↑/↓ to change"
        )

    def pick_speaker(self, number: int) -> None:
        """Alt+1..9: who is speaking (sticks until changed); Alt+0: nobody in particular."""
        speaker = self.speakers[number - 1] if 0 < number <= len(self.speakers) else None
        if number and speaker is None:
            self.status_message.emit(f"There is no interviewer {number}")
            return
        if self.view.hasFocus() and self.selected_notes():
            self.change_selected(speaker_id=speaker.id if speaker else None)
            return
        self.speaker_id = speaker.id if speaker else None
        self._show_speaker()

    def _show_speaker(self) -> None:
        keys = "  ".join(f"Alt+{i + 1} {c.name}" for i, c in enumerate(self.speakers[:9]))
        current = next((c.name for c in self.speakers if c.id == self.speaker_id), "—")
        self.speaker_label.setText(f"Who: <b>{_escape(current)}</b>")
        self.speaker_label.setToolTip(tip_text(keys) or "Add interviewers to the interview to pick who said what")

    def pick_kind(self, kind: str, capture: bool = False) -> None:
        """Kind of the note being typed, or of the selected notes when the list has focus."""
        if not capture and self.view.hasFocus() and self.selected_notes():
            self.change_selected(kind=kind)
            return
        self.kind = kind
        self.kind_picker.setCurrentIndex(max(0, self.kind_picker.findData(kind)))
        if self.questions:
            self._show_question()  # an action item is linked to no question: the line says so


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
