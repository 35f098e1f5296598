"""Notes taken during interviews, and the note being typed (the pending note, kept across a crash).

Every write here is committed when it returns, so a note is durable the moment the user
presses Enter. Highlights keep Python ``str`` offsets into their note's text: editing a note
moves them with their quotes (core/text/anchors.py), in the same transaction.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

from followup_desktop.core.clock import FIRST_YEAR, LAST_YEAR, in_years, parse_iso, to_iso
from followup_desktop.core.models import NOTE_KINDS, Challenge, Note
from followup_desktop.core.store.errors import ValidationError
from followup_desktop.core.store.rows import Rows, check_choice, check_lengths, clean_text, new_id, required_text
from followup_desktop.core.text import anchors

log = logging.getLogger(__name__)


@dataclass
class PendingNote:
    """What is being typed in an interview's capture line, not yet a note (restored after a crash)."""

    interview_id: str
    text: str = ""
    started_at: str = ""
    updated_at: str = ""


@dataclass
class NoteEdit:
    """The outcome of editing a note's text: the note and the highlights it lost."""

    note: Note
    lost: list[Challenge] = field(default_factory=list)


@dataclass
class DeletedNote:
    """Enough to undo a note's deletion: the note and the highlights that pointed at it."""

    note: Note
    challenge_ids: list[str] = field(default_factory=list)


def stamp(value: str) -> str:
    """A timestamp normalised to the stored form (UTC, milliseconds, Z) so text order is time order."""
    try:
        moment = parse_iso(value)
    except (TypeError, ValueError, OverflowError) as exc:
        raise ValidationError(f"{value!r} is not a date and time.") from exc
    if not in_years(moment):
        raise ValidationError(f"{value!r} is outside the years {FIRST_YEAR}–{LAST_YEAR}.")
    return to_iso(moment)


class Notes:
    """The notes and note_drafts tables (store.notes); a note edit also moves its highlights."""

    def __init__(self, rows: Rows) -> None:
        self._rows = rows

    def all(self, interview_id: str) -> list[Note]:
        """An interview's notes in time order."""
        return self._rows.fetch(Note, "interview_id = ?", [interview_id], order="stamped_at, rowid")

    def get(self, note_id: str) -> Note:
        """One note; NotFoundError when there is none with this id."""
        return self._rows.get(Note, note_id)

    def _check_links(self, interview_id: str, speaker_id: str | None, question_id: str | None) -> None:
        if speaker_id is not None and not self._rows.select(
            "SELECT 1 FROM contacts c JOIN interviews i ON i.application_id = c.application_id "
            "WHERE c.id = ? AND i.id = ?",
            [speaker_id, interview_id],
        ):
            raise ValidationError("The speaker must be a contact of this interview's application.")
        if question_id is not None and not self._rows.select(
            "SELECT 1 FROM plan_items WHERE id = ? AND interview_id = ? AND kind = 'question'",
            [question_id, interview_id],
        ):
            raise ValidationError("The linked question must be a question of this interview's plan.")

    def add(
        self,
        interview_id: str,
        text: str,
        stamped_at: str | None = None,
        kind: str = "answer",
        speaker_id: str | None = None,
        question_id: str | None = None,
        clear_pending: bool = False,
    ) -> Note:
        """Commit a note stamped when its words were said (default: now); optionally clear the pending note."""
        text = required_text(text, "note")
        check_lengths("notes", {"text": text})
        check_choice(kind, NOTE_KINDS, "note kind")
        self._check_links(interview_id, speaker_id, question_id)
        now = self._rows.now()
        note = Note(
            new_id(),
            interview_id,
            stamp(stamped_at) if stamped_at else now,
            text,
            kind,
            speaker_id,
            question_id,
            now,
            now,
        )
        with self._rows.atomic():
            self._rows.execute(
                "INSERT INTO notes (id, interview_id, stamped_at, text, kind, speaker_id, question_id, "
                "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [note.id, interview_id, note.stamped_at, note.text, kind, speaker_id, question_id, now, now],
            )
            if clear_pending:
                self._rows.execute("DELETE FROM note_drafts WHERE interview_id = ?", [interview_id])
        return note

    def update(self, note_id: str, **changes: Any) -> Note:
        """Change a note's kind, speaker, question or stamp (text: use edit_text)."""
        note = self.get(note_id)
        if "text" in changes:
            raise ValidationError("Use edit_text to change a note's words (it re-anchors highlights).")
        if "kind" in changes:
            check_choice(changes["kind"], NOTE_KINDS, "note kind")
        if "stamped_at" in changes:
            changes["stamped_at"] = stamp(changes["stamped_at"])
        self._check_links(note.interview_id, changes.get("speaker_id"), changes.get("question_id"))
        return self._rows.update(Note, note_id, changes)

    def edit_text(self, note_id: str, text: str) -> NoteEdit:
        """Change a note's words; highlights follow their quotes, or are reported lost."""
        note = self.get(note_id)
        new_text = required_text(text, "note")
        lost: list[Challenge] = []
        with self._rows.atomic():
            for ch in self._rows.fetch(Challenge, "note_id = ?", [note_id], order="position, rowid"):
                if anchors.is_lost(ch.start, ch.end):
                    continue
                span = anchors.reanchor(note.text, new_text, ch.start, ch.end, ch.quote)
                if span is None:
                    lost.append(self._rows.update(Challenge, ch.id, {"start": 0, "end": 0}))
                elif span != (ch.start, ch.end):
                    self._rows.update(Challenge, ch.id, {"start": span[0], "end": span[1]})
            updated = self._rows.update(Note, note_id, {"text": new_text})
        if lost:
            log.info("note edit lost %d highlight(s)", len(lost))
        return NoteEdit(updated, lost)

    def delete(self, note_id: str) -> DeletedNote:
        """Delete a note; its highlights stay on the board (unlinked) until undo relinks them."""
        note = self.get(note_id)
        ids = [r["id"] for r in self._rows.select("SELECT id FROM challenges WHERE note_id = ?", [note_id])]
        self._rows.execute("DELETE FROM notes WHERE id = ?", [note_id])
        return DeletedNote(note, ids)

    def restore(self, deleted: DeletedNote) -> Note:
        """Undo delete: the same note, with its highlights linked again."""
        with self._rows.atomic():
            self._rows.upsert(deleted.note)
            for cid in deleted.challenge_ids:
                self._rows.execute(
                    "UPDATE challenges SET note_id = ? WHERE id = ? AND note_id IS NULL", [deleted.note.id, cid]
                )
        return self.get(deleted.note.id)

    # ----------------------------------------------------------------- the pending note
    def save_pending(self, interview_id: str, text: str, started_at: str = "") -> None:
        """Keep what is being typed (an empty text removes the pending note)."""
        if not text:
            self.clear_pending(interview_id)
            return
        check_lengths("note_drafts", {"text": text})
        self._rows.execute(
            "INSERT INTO note_drafts (interview_id, text, started_at, updated_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(interview_id) DO UPDATE SET text = excluded.text, started_at = excluded.started_at, "
            "updated_at = excluded.updated_at",
            [interview_id, clean_text(text), stamp(started_at) if started_at else "", self._rows.now()],
        )

    def pending(self, interview_id: str) -> PendingNote | None:
        """The note being typed in an interview's capture line, if any was kept."""
        rows = self._rows.select("SELECT * FROM note_drafts WHERE interview_id = ?", [interview_id])
        return PendingNote(**rows[0]) if rows else None

    def clear_pending(self, interview_id: str) -> None:
        """Forget the note being typed."""
        self._rows.execute("DELETE FROM note_drafts WHERE interview_id = ?", [interview_id])
