"""Notes taken during interviews, capture drafts, highlighted challenges, the story bank."""

from __future__ import annotations

from followup_desktop.core.models import Challenge, Note, Story


class NotesStore:
    """Store mixin; relies on BaseStore's helpers (_rows, _get, _list, _insert, _update, atomic)."""

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
