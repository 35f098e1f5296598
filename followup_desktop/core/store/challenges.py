"""Highlighted challenges: a note's words the interviewer said about a need, problem, goal or challenge.

Each keeps Python ``str`` offsets into its note's text (core/text/anchors.py) and the quote itself, so it
stays on the board when its note is deleted; the user orders the board and pairs each with experience.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from followup_desktop.core.models import CHALLENGE_KINDS, Challenge
from followup_desktop.core.store.errors import ValidationError
from followup_desktop.core.store.notes import Notes
from followup_desktop.core.store.rows import Rows, check_choice, new_id
from followup_desktop.core.store.stories import Stories
from followup_desktop.core.text import anchors


def _one_line(text: Any) -> str:
    """A summary as one line of words: the letter puts it inside a sentence."""
    if not isinstance(text, str):
        raise ValidationError(f"expected text, got {type(text).__name__}")
    return " ".join(text.split())


class Challenges:
    """The challenges table (store.challenges): the challenge board of each interview."""

    def __init__(self, rows: Rows, notes: Notes, stories: Stories) -> None:
        self._rows = rows
        self._notes = notes
        self._stories = stories

    def all(self, interview_id: str) -> list[Challenge]:
        """An interview's highlighted challenges in the user's order."""
        return self._rows.fetch(Challenge, "interview_id = ?", [interview_id], order="position, rowid")

    def get(self, challenge_id: str) -> Challenge:
        """One challenge; NotFoundError when there is none with this id."""
        return self._rows.get(Challenge, challenge_id)

    def add(self, note_id: str, start: int | None = None, end: int | None = None, kind: str | None = None) -> Challenge:
        """Highlight text[start:end] of a note (default: all of it) as a challenge."""
        note = self._notes.get(note_id)
        start = 0 if start is None else start
        end = len(note.text) if end is None else end
        if not 0 <= start < end <= len(note.text):
            raise ValidationError("Select some words of the note to highlight.")
        start, end = anchors.trim_span(note.text, start, end)  # the quote is the words, not the selection's edges
        if start >= end:
            raise ValidationError("Select some words of the note to highlight.")
        kind = kind or (note.kind if note.kind in CHALLENGE_KINDS else "challenge")
        check_choice(kind, CHALLENGE_KINDS, "challenge kind")
        position = self._rows.select(
            "SELECT COALESCE(MAX(position), -1) + 1 AS p FROM challenges WHERE interview_id = ?", [note.interview_id]
        )[0]["p"]
        return self._rows.insert(
            Challenge(
                new_id(),
                note.interview_id,
                note.id,
                start,
                end,
                note.text[start:end],
                kind,
                note.speaker_id,
                position=position,
            )
        )

    def update(self, challenge_id: str, **changes: Any) -> Challenge:
        """Change a challenge's kind, experience, summary, story, include-in-letter or quote-in-letter flag."""
        allowed = {"kind", "experience", "summary", "story_id", "include_in_letter", "quote_in_letter", "speaker_id"}
        if set(changes) - allowed:
            raise ValidationError(f"A challenge's {', '.join(sorted(set(changes) - allowed))} cannot be changed.")
        if "kind" in changes:
            check_choice(changes["kind"], CHALLENGE_KINDS, "challenge kind")
        if changes.get("story_id") is not None:
            self._stories.get(changes["story_id"])
        for flag in ("include_in_letter", "quote_in_letter"):
            if flag in changes:
                changes[flag] = 1 if changes[flag] else 0
        if "summary" in changes:
            changes["summary"] = _one_line(changes["summary"])
        return self._rows.update(Challenge, challenge_id, changes)

    def delete(self, challenge_id: str) -> Challenge:
        """Remove a highlight; returns it so restore can undo."""
        challenge = self.get(challenge_id)
        self._rows.execute("DELETE FROM challenges WHERE id = ?", [challenge_id])
        return challenge

    def restore(self, challenge: Challenge) -> Challenge:
        """Undo delete (its note may be gone meanwhile: then it stays unlinked)."""
        if challenge.note_id and not self._rows.select("SELECT 1 FROM notes WHERE id = ?", [challenge.note_id]):
            challenge = replace(challenge, note_id=None)
        if challenge.story_id and not self._rows.select("SELECT 1 FROM stories WHERE id = ?", [challenge.story_id]):
            challenge = replace(challenge, story_id=None)
        self._rows.upsert(challenge)
        return self.get(challenge.id)

    def reorder(self, interview_id: str, ordered_ids: list[str]) -> None:
        """Put an interview's challenges in this order (ids not named keep their relative order after)."""
        current = [c.id for c in self.all(interview_id)]
        wanted = [i for i in dict.fromkeys(ordered_ids) if i in current]
        order = wanted + [i for i in current if i not in wanted]
        now = self._rows.now()
        with self._rows.atomic():
            for position, cid in enumerate(order):
                self._rows.execute(
                    "UPDATE challenges SET position = ?, updated_at = ? WHERE id = ? AND position != ?",
                    [position, now, cid, position],
                )

    def move(self, challenge_id: str, delta: int) -> None:
        """Move a challenge up (negative) or down the board."""
        challenge = self.get(challenge_id)
        ids = [c.id for c in self.all(challenge.interview_id)]
        index = ids.index(challenge_id)
        target = max(0, min(len(ids) - 1, index + delta))
        ids.insert(target, ids.pop(index))
        self.reorder(challenge.interview_id, ids)
