"""The interview being noted: its notes' context, the current question and speaker, the kind, undo steps.

Plain Python over the store (no Qt). The Notes pane shows this state and hands over what the
user does; the writes (a note committed, notes deleted together, a stamp moved, a highlight made)
and the steps that undo them happen here. Every method that writes raises StoreError when the
store refuses, with nothing changed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from followup_desktop.core.models import ANSWER_KINDS, Challenge, Contact, Interview, Note, PlanItem, Story
from followup_desktop.core.notes import times as note_times

if TYPE_CHECKING:
    from followup_desktop.core.store import Store
    from followup_desktop.core.store.notes import DeletedNote, NoteEdit

log = logging.getLogger(__name__)

UNDO_LIMIT = 50


@dataclass
class UndoStep:
    """One step Ctrl+Z in the notes list takes back."""

    label: str  # "delete", "time change", "highlight removal", "story deletion"
    shows: str  # what comes back, for the pane to show: "notes", "challenge" or "story"
    undo: Callable[[], Any]  # the store writes that take the step back; returns what came back


@dataclass
class Reading:
    """What the pane shows of the interview, read in one go."""

    notes: list[Note]
    challenges: list[Challenge]
    names: dict[str, str]  # contact id -> name, for every contact of the application


class NotesSession:
    """The Notes pane's interview-scoped state and its writes."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.interview: Interview | None = None
        self.speakers: list[Contact] = []  # the interview's interviewers (Alt+1..9), else the company's people
        self.questions: list[PlanItem] = []  # the plan's questions, in order
        self.answered: set[str] = set()  # ids of questions a note answers
        self.question_index = -1  # the question being asked (-1: none)
        self.speaker_id: str | None = None  # who is speaking (sticks until changed)
        self.kind = "answer"  # the kind of the note being typed
        self.undo_steps: list[UndoStep] = []
        self.unsaved_edits: dict[str, str] = {}  # note id -> words typed in place that the store refused
        self.last_shown = ""  # the id of the interview opened last (kept while none is open)
        self.returning = False  # the interview opened is the one opened last: its pending note never left

    def _open(self) -> Interview:
        if self.interview is None:
            raise LookupError("no interview is open")
        return self.interview

    # ----------------------------------------------------------------- the interview
    def leaves(self, interview: Interview | None) -> bool:
        """True when showing `interview` leaves the one shown for another (or for none)."""
        return self.interview is not None and (interview is None or interview.id != self.interview.id)

    def open(self, interview: Interview | None) -> bool:
        """Make `interview` the one noted; True when it is another one than before (undo starts afresh)."""
        switching = interview is None or self.interview is None or interview.id != self.interview.id
        if self.leaves(interview):
            self.undo_steps.clear()
        self.returning = interview is not None and interview.id == self.last_shown
        self.last_shown = interview.id if interview is not None else self.last_shown
        self.interview = interview
        if switching:
            self.kind = "answer"
        return switching

    def reread_interview(self) -> Interview:
        """The interview as stored now (raises StoreError when it is gone)."""
        self.interview = self.store.interviews.get(self._open().id)
        return self.interview

    def read(self, keep_question: bool) -> Reading:
        """Read the interview's notes, highlights, people and questions (keep_question: stay on the same one)."""
        iv = self.interview
        if iv is None:
            self.speakers, self.questions, self.answered, self.question_index = [], [], set(), -1
            return Reading([], [], {})
        self.speakers = self.store.interviews.interviewers(iv.id) or self.store.contacts.all(iv.application_id)
        names = {c.id: c.name for c in self.store.contacts.all(iv.application_id)}
        if self.speaker_id not in names:
            self.speaker_id = None
        old_question = self.current_question_id() if keep_question else None
        self.questions = self.store.plans.items(iv.id, "question")
        self.answered = self.store.plans.answered_question_ids(iv.id)
        reading = Reading(self.store.notes.all(iv.id), self.store.challenges.all(iv.id), names)
        ids = [q.id for q in self.questions]
        if old_question in ids:
            self.question_index = ids.index(old_question)
        elif not keep_question or self.question_index >= len(ids):
            self.question_index = next((i for i, q in enumerate(self.questions) if q.id not in self.answered), -1)
        return reading

    def running(self) -> bool:
        """True between the start and the end of the interview."""
        iv = self.interview
        return bool(iv and iv.started_at and not iv.ended_at)

    def start(self) -> Interview:
        """Record the start of the interview (or resume it)."""
        self.interview = self.store.interviews.start(self._open().id)
        return self.interview

    def end(self) -> Interview:
        """Record the end of the interview (the follow-up deadline starts from it)."""
        self.interview = self.store.interviews.end(self._open().id)
        return self.interview

    def elapsed(self) -> int:
        """Seconds since the start, up to the end or now."""
        iv = self._open()
        if not iv.started_at:
            return 0
        return int(note_times.seconds_between(iv.started_at, iv.ended_at or self.store.now()))

    # ----------------------------------------------------------------- question, speaker, kind
    def current_question(self) -> PlanItem | None:
        """The planned question being asked, if any."""
        return self.questions[self.question_index] if 0 <= self.question_index < len(self.questions) else None

    def current_question_id(self) -> str | None:
        question = self.current_question()
        return question.id if question else None

    def step_question(self, delta: int) -> None:
        """Move to the previous/next planned question (past either end: no question)."""
        count = len(self.questions)
        if not count:
            return
        positions = [-1, *range(count)]
        index = positions.index(self.question_index) if self.question_index in positions else 0
        self.question_index = positions[(index + delta) % len(positions)]

    def speaker_numbered(self, number: int) -> Contact | None:
        """Interviewer number 1..9 (Alt+1..9); None for 0 or a number nobody has."""
        return self.speakers[number - 1] if 0 < number <= len(self.speakers) else None

    def speaker_name(self) -> str:
        return next((c.name for c in self.speakers if c.id == self.speaker_id), "")

    def links_question(self) -> bool:
        """True when the note being typed will answer the current question (an action item answers none)."""
        return self.kind in ANSWER_KINDS

    # ----------------------------------------------------------------- the note being typed
    def save_pending(self, interview_id: str, text: str, started_at: str) -> None:
        """Keep what is being typed in the capture line, so a crash or a switch loses nothing."""
        self.store.notes.save_pending(interview_id, text, started_at)

    def stored_pending(self) -> tuple[str, str] | None:
        """The interview's stored draft (text, stamp), if it holds anything."""
        draft = self.store.notes.pending(self.interview.id) if self.interview else None
        return (draft.text, draft.started_at) if draft and (draft.text or draft.started_at) else None

    def commit(self, text: str, stamped_at: str) -> Note:
        """Store the note being typed (linked to the current question and speaker); the draft is cleared with it."""
        question = self.current_question_id() if self.links_question() else None
        note = self.store.notes.add(
            self._open().id, text, stamped_at, self.kind, self.speaker_id, question, clear_pending=True
        )
        if question:
            self.answered.add(question)
        self.kind = "answer"
        return note

    # ----------------------------------------------------------------- notes in the list
    def edit_text(self, note_id: str, text: str) -> NoteEdit:
        """Change a note's words (highlights follow them); a NoteEdit with the highlights lost."""
        edit = self.store.notes.edit_text(note_id, text)
        self.unsaved_edits.pop(note_id, None)
        return edit

    def set_stamp(self, note: Note, stamp: str) -> Note:
        """Move a note in time (undoable)."""
        updated = self.store.notes.update(note.id, stamped_at=stamp)
        old = note.stamped_at
        self._push(UndoStep("time change", "notes", lambda: [self.store.notes.update(note.id, stamped_at=old)]))
        return updated

    def change(self, notes: list[Note], **changes: Any) -> list[Note]:
        """Set the kind or speaker of notes, one by one (those before a refusal stay changed)."""
        return [self.store.notes.update(note.id, **changes) for note in notes]

    def delete(self, notes: list[Note]) -> None:
        """Delete notes all at once (or none); undoable."""
        with self.store.atomic():
            deleted = [self.store.notes.delete(note.id) for note in notes]
        self._push(UndoStep("delete", "notes", lambda: self._undelete(deleted)))

    def _undelete(self, deleted: list[DeletedNote]) -> list[Note]:
        with self.store.atomic():  # all come back or none (Ctrl+Z can then try again)
            return [self.store.notes.restore(item) for item in deleted]

    def highlight(self, notes: list[Note], span: tuple[int, int] | None) -> Challenge:
        """Highlight each note (or the span of words in one) as a challenge; the last one made."""
        made = [self.store.challenges.add(note.id, *(span or (None, None))) for note in notes]
        return made[-1]

    def challenge_removed(self, challenge: Challenge) -> None:
        """The board removed a highlight: Ctrl+Z in the list brings it back."""
        self._push(UndoStep("highlight removal", "challenge", lambda: self.store.challenges.restore(challenge)))

    def story_deleted(self, story: Story, linked: list[str]) -> None:
        """The story bank deleted a story: Ctrl+Z in the list brings it back, linked again."""
        self._push(UndoStep("story deletion", "story", lambda: self.store.stories.restore(story, linked)))

    # ----------------------------------------------------------------- undo
    def _push(self, step: UndoStep) -> None:
        self.undo_steps.append(step)
        del self.undo_steps[:-UNDO_LIMIT]

    def undo(self) -> tuple[UndoStep, Any] | None:
        """Take back the last step: (the step, what came back); None when there is nothing to undo.

        A refused undo raises StoreError and stays the last step, so Ctrl+Z can try again.
        """
        if not self.undo_steps:
            return None
        step = self.undo_steps[-1]
        result = step.undo()
        self.undo_steps.pop()
        return step, result
