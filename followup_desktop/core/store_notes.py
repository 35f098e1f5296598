"""Notes taken during interviews, capture drafts, highlighted challenges, the story bank.

Every write here is committed when it returns, so a note is durable the moment the user
presses Enter. Highlights (challenges) keep Python ``str`` offsets into their note's text;
editing a note re-anchors them (see core/anchors.py).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field, replace
from typing import Any

from followup_desktop.core import anchors
from followup_desktop.core.clock import FIRST_YEAR, LAST_YEAR, in_years, parse_iso, to_iso
from followup_desktop.core.models import CHALLENGE_KINDS, NOTE_KINDS, Challenge, Interview, Note, Story
from followup_desktop.core.store_base import (
    ValidationError, check_choice, check_lengths, clean_text, new_id, required_text,
)

log = logging.getLogger(__name__)

_WORD = re.compile(r"\w{3,}")
_STOP = frozenset("""the and for are but not you your with that this have has had was were our out they them
their there what when where which who will would could should about into than then too very can just from
been being some more most much many also its it's all any one two because really""".split())
STORY_FIELDS = ("title", "situation", "action", "result", "tags")


@dataclass
class NoteDraft:
    """What is being typed in an interview's capture line (restored after a crash)."""

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


def fts_query(text: str, limit: int = 24) -> str:
    """An FTS5 query (any of the words, each quoted) for free text; '' when nothing is searchable."""
    words = dict.fromkeys(w.lower() for w in _WORD.findall(text) if w.lower() not in _STOP)
    return " OR ".join('"' + w.replace('"', '""') + '"' for w in list(words)[:limit])


class NotesStore:
    """Store mixin; relies on BaseStore's helpers (_rows, _get, _list, _insert, _update, atomic)."""

    # ----------------------------------------------------------------- reads (shared contract)
    def list_notes(self, interview_id: str) -> list[Note]:
        """An interview's notes in time order."""
        return self._list(Note, "interview_id = ?", [interview_id], order="stamped_at, rowid")

    def get_note(self, note_id: str) -> Note:
        return self._get(Note, note_id)

    def list_challenges(self, interview_id: str) -> list[Challenge]:
        """An interview's highlighted challenges in the user's order."""
        return self._list(Challenge, "interview_id = ?", [interview_id], order="position, rowid")

    def get_challenge(self, challenge_id: str) -> Challenge:
        return self._get(Challenge, challenge_id)

    def list_stories(self) -> list[Story]:
        """The story bank, oldest first."""
        return self._list(Story)

    def get_story(self, story_id: str) -> Story:
        return self._get(Story, story_id)

    # ----------------------------------------------------------------- interview mode
    def start_interview(self, interview_id: str) -> Interview:
        """Record that the interview started now (or resume an ended one, keeping its start)."""
        interview = self.get_interview(interview_id)
        return self.update_interview(interview_id, started_at=interview.started_at or self.now(), ended_at="")

    def end_interview(self, interview_id: str) -> Interview:
        """Record that the interview ended now (this starts the follow-up deadline)."""
        interview = self.get_interview(interview_id)
        now = self.now()
        return self.update_interview(interview_id, started_at=interview.started_at or now, ended_at=now)

    # ----------------------------------------------------------------- notes
    def _check_links(self, interview_id: str, speaker_id: str | None, question_id: str | None) -> None:
        if speaker_id is not None and not self._rows(
                "SELECT 1 FROM contacts c JOIN interviews i ON i.application_id = c.application_id "
                "WHERE c.id = ? AND i.id = ?", [speaker_id, interview_id]):
            raise ValidationError("The speaker must be a contact of this interview's application.")
        if question_id is not None and not self._rows(
                "SELECT 1 FROM plan_items WHERE id = ? AND interview_id = ? AND kind = 'question'",
                [question_id, interview_id]):
            raise ValidationError("The linked question must be a question of this interview's plan.")

    def add_note(self, interview_id: str, text: str, stamped_at: str | None = None, kind: str = "answer",
                 speaker_id: str | None = None, question_id: str | None = None,
                 clear_draft: bool = False) -> Note:
        """Commit a note stamped when its words were said (default: now); optionally clear the draft."""
        text = required_text(text, "note")
        check_lengths("notes", {"text": text})
        check_choice(kind, NOTE_KINDS, "note kind")
        self._check_links(interview_id, speaker_id, question_id)
        now = self.now()
        note = Note(new_id(), interview_id, stamp(stamped_at) if stamped_at else now, text, kind,
                    speaker_id, question_id, now, now)
        with self.atomic():
            self.db.execute(
                "INSERT INTO notes (id, interview_id, stamped_at, text, kind, speaker_id, question_id, "
                "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [note.id, interview_id, note.stamped_at, note.text, kind, speaker_id, question_id, now, now])
            if clear_draft:
                self.db.execute("DELETE FROM note_drafts WHERE interview_id = ?", [interview_id])
        return note

    def update_note(self, note_id: str, **changes: Any) -> Note:
        """Change a note's kind, speaker, question or stamp (text: use edit_note_text)."""
        note = self.get_note(note_id)
        if "text" in changes:
            raise ValidationError("Use edit_note_text to change a note's words (it re-anchors highlights).")
        if "kind" in changes:
            check_choice(changes["kind"], NOTE_KINDS, "note kind")
        if "stamped_at" in changes:
            changes["stamped_at"] = stamp(changes["stamped_at"])
        self._check_links(note.interview_id, changes.get("speaker_id"), changes.get("question_id"))
        return self._update(Note, note_id, changes)

    def edit_note_text(self, note_id: str, text: str) -> NoteEdit:
        """Change a note's words; highlights follow their quotes, or are reported lost."""
        note = self.get_note(note_id)
        new_text = required_text(text, "note")
        lost: list[Challenge] = []
        with self.atomic():
            for ch in self._list(Challenge, "note_id = ?", [note_id], order="position, rowid"):
                if anchors.is_lost(ch.start, ch.end):
                    continue
                span = anchors.reanchor(note.text, new_text, ch.start, ch.end, ch.quote)
                if span is None:
                    lost.append(self._update(Challenge, ch.id, {"start": 0, "end": 0}))
                elif span != (ch.start, ch.end):
                    self._update(Challenge, ch.id, {"start": span[0], "end": span[1]})
            updated = self._update(Note, note_id, {"text": new_text})
        if lost:
            log.info("note edit lost %d highlight(s)", len(lost))
        return NoteEdit(updated, lost)

    def delete_note(self, note_id: str) -> DeletedNote:
        """Delete a note; its highlights stay on the board (unlinked) until undo relinks them."""
        note = self.get_note(note_id)
        ids = [r["id"] for r in self._rows("SELECT id FROM challenges WHERE note_id = ?", [note_id])]
        self.db.execute("DELETE FROM notes WHERE id = ?", [note_id])
        return DeletedNote(note, ids)

    def restore_note(self, deleted: DeletedNote) -> Note:
        """Undo delete_note: the same note, with its highlights linked again."""
        with self.atomic():
            self.upsert(deleted.note)
            for cid in deleted.challenge_ids:
                self.db.execute("UPDATE challenges SET note_id = ? WHERE id = ? AND note_id IS NULL",
                                [deleted.note.id, cid])
        return self.get_note(deleted.note.id)

    # ----------------------------------------------------------------- drafts
    def save_draft(self, interview_id: str, text: str, started_at: str = "") -> None:
        """Keep what is being typed (an empty text removes the draft)."""
        if not text:
            self.clear_draft(interview_id)
            return
        check_lengths("note_drafts", {"text": text})
        self.db.execute(
            "INSERT INTO note_drafts (interview_id, text, started_at, updated_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(interview_id) DO UPDATE SET text = excluded.text, started_at = excluded.started_at, "
            "updated_at = excluded.updated_at",
            [interview_id, clean_text(text), stamp(started_at) if started_at else "", self.now()])

    def get_draft(self, interview_id: str) -> NoteDraft | None:
        """The saved capture-line draft of an interview, if any."""
        rows = self._rows("SELECT * FROM note_drafts WHERE interview_id = ?", [interview_id])
        return NoteDraft(**rows[0]) if rows else None

    def clear_draft(self, interview_id: str) -> None:
        self.db.execute("DELETE FROM note_drafts WHERE interview_id = ?", [interview_id])

    # ----------------------------------------------------------------- challenges
    def add_challenge(self, note_id: str, start: int | None = None, end: int | None = None,
                      kind: str | None = None) -> Challenge:
        """Highlight text[start:end] of a note (default: all of it) as a challenge."""
        note = self.get_note(note_id)
        start = 0 if start is None else start
        end = len(note.text) if end is None else end
        if not 0 <= start < end <= len(note.text):
            raise ValidationError("Select some words of the note to highlight.")
        start, end = anchors.trim_span(note.text, start, end)  # the quote is the words, not the selection's edges
        if start >= end:
            raise ValidationError("Select some words of the note to highlight.")
        kind = kind or (note.kind if note.kind in CHALLENGE_KINDS else "challenge")
        check_choice(kind, CHALLENGE_KINDS, "challenge kind")
        position = self._rows("SELECT COALESCE(MAX(position), -1) + 1 AS p FROM challenges WHERE interview_id = ?",
                              [note.interview_id])[0]["p"]
        return self._insert(Challenge(new_id(), note.interview_id, note.id, start, end, note.text[start:end], kind,
                                      note.speaker_id, position=position))

    def update_challenge(self, challenge_id: str, **changes: Any) -> Challenge:
        """Change a challenge's kind, experience, story, include-in-letter flag."""
        allowed = {"kind", "experience", "story_id", "include_in_letter", "speaker_id"}
        if set(changes) - allowed:
            raise ValidationError(f"A challenge's {', '.join(sorted(set(changes) - allowed))} cannot be changed.")
        if "kind" in changes:
            check_choice(changes["kind"], CHALLENGE_KINDS, "challenge kind")
        if changes.get("story_id") is not None:
            self.get_story(changes["story_id"])
        if "include_in_letter" in changes:
            changes["include_in_letter"] = 1 if changes["include_in_letter"] else 0
        return self._update(Challenge, challenge_id, changes)

    def delete_challenge(self, challenge_id: str) -> Challenge:
        """Remove a highlight; returns it so restore_challenge can undo."""
        challenge = self.get_challenge(challenge_id)
        self.db.execute("DELETE FROM challenges WHERE id = ?", [challenge_id])
        return challenge

    def restore_challenge(self, challenge: Challenge) -> Challenge:
        """Undo delete_challenge (its note may be gone meanwhile: then it stays unlinked)."""
        if challenge.note_id and not self._rows("SELECT 1 FROM notes WHERE id = ?", [challenge.note_id]):
            challenge = replace(challenge, note_id=None)
        if challenge.story_id and not self._rows("SELECT 1 FROM stories WHERE id = ?", [challenge.story_id]):
            challenge = replace(challenge, story_id=None)
        self.upsert(challenge)
        return self.get_challenge(challenge.id)

    def reorder_challenges(self, interview_id: str, ordered_ids: list[str]) -> None:
        """Put an interview's challenges in this order (ids not named keep their relative order after)."""
        current = [c.id for c in self.list_challenges(interview_id)]
        wanted = [i for i in dict.fromkeys(ordered_ids) if i in current]
        order = wanted + [i for i in current if i not in wanted]
        now = self.now()
        with self.atomic():
            for position, cid in enumerate(order):
                self.db.execute("UPDATE challenges SET position = ?, updated_at = ? WHERE id = ? AND position != ?",
                                [position, now, cid, position])

    def move_challenge(self, challenge_id: str, delta: int) -> None:
        """Move a challenge up (negative) or down the board."""
        challenge = self.get_challenge(challenge_id)
        ids = [c.id for c in self.list_challenges(challenge.interview_id)]
        index = ids.index(challenge_id)
        target = max(0, min(len(ids) - 1, index + delta))
        ids.insert(target, ids.pop(index))
        self.reorder_challenges(challenge.interview_id, ids)

    # ----------------------------------------------------------------- stories
    def add_story(self, title: str, **fields_: str) -> Story:
        """Add an experience to the story bank; the title is required."""
        unknown = set(fields_) - set(STORY_FIELDS)
        if unknown:
            raise ValidationError(f"Unknown story field(s): {', '.join(sorted(unknown))}")
        values = {k: clean_text(v) for k, v in fields_.items()}
        return self._insert(Story(new_id(), required_text(title, "story title"), **values))

    def update_story(self, story_id: str, **changes: str) -> Story:
        """Change some fields of a story."""
        if set(changes) - set(STORY_FIELDS):
            raise ValidationError(f"Unknown story field(s): {', '.join(sorted(set(changes) - set(STORY_FIELDS)))}")
        if "title" in changes:
            changes["title"] = required_text(changes["title"], "story title")
        return self._update(Story, story_id, changes)

    def delete_story(self, story_id: str) -> tuple[Story, list[str]]:
        """Delete a story; returns it and the challenges that linked it (for undo)."""
        story = self.get_story(story_id)
        linked = [r["id"] for r in self._rows("SELECT id FROM challenges WHERE story_id = ?", [story_id])]
        self.db.execute("DELETE FROM stories WHERE id = ?", [story_id])
        return story, linked

    def restore_story(self, story: Story, challenge_ids: list[str] = ()) -> Story:
        """Undo delete_story, relinking its challenges."""
        with self.atomic():
            self.upsert(story)
            for cid in challenge_ids:
                self.db.execute("UPDATE challenges SET story_id = ? WHERE id = ? AND story_id IS NULL",
                                [story.id, cid])
        return self.get_story(story.id)

    def suggest_stories(self, text: str, limit: int = 5) -> list[Story]:
        """Stories most similar to text (bm25 over title, situation, action, result, tags), best first."""
        query = fts_query(text)
        if not query:
            return []
        try:
            rows = self._rows(
                "SELECT s.* FROM stories_fts f JOIN stories s ON s.rowid = f.rowid WHERE stories_fts MATCH ? "
                "ORDER BY bm25(stories_fts), s.created_at LIMIT ?", [query, limit])
        except Exception as exc:  # noqa: BLE001 - a search must never break pairing
            log.warning("story search failed: %s", type(exc).__name__)
            return []
        return [Story(**r) for r in rows]
