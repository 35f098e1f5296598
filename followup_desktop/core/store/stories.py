"""The story bank: the user's own experiences (situation, action, result), offered for challenges."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from followup_desktop.core.models import Story
from followup_desktop.core.search import similar_query
from followup_desktop.core.store.errors import ValidationError
from followup_desktop.core.store.rows import Rows, clean_text, new_id, required_text

log = logging.getLogger(__name__)

STORY_FIELDS = ("title", "situation", "action", "result", "tags")


class Stories:
    """The stories table (store.stories) and its own search index for suggestions."""

    def __init__(self, rows: Rows) -> None:
        self._rows = rows

    def all(self) -> list[Story]:
        """The story bank, oldest first."""
        return self._rows.fetch(Story)

    def get(self, story_id: str) -> Story:
        """One story; NotFoundError when there is none with this id."""
        return self._rows.get(Story, story_id)

    def add(self, title: str, **fields_: str) -> Story:
        """Add an experience to the story bank; the title is required."""
        unknown = set(fields_) - set(STORY_FIELDS)
        if unknown:
            raise ValidationError(f"Unknown story field(s): {', '.join(sorted(unknown))}")
        values = {k: clean_text(v) for k, v in fields_.items()}
        return self._rows.insert(Story(new_id(), required_text(title, "story title"), **values))

    def update(self, story_id: str, **changes: str) -> Story:
        """Change some fields of a story."""
        if set(changes) - set(STORY_FIELDS):
            raise ValidationError(f"Unknown story field(s): {', '.join(sorted(set(changes) - set(STORY_FIELDS)))}")
        if "title" in changes:
            changes["title"] = required_text(changes["title"], "story title")
        return self._rows.update(Story, story_id, changes)

    def delete(self, story_id: str) -> tuple[Story, list[str]]:
        """Delete a story; returns it and the challenges that linked it (for undo)."""
        story = self.get(story_id)
        linked = [r["id"] for r in self._rows.select("SELECT id FROM challenges WHERE story_id = ?", [story_id])]
        self._rows.execute("DELETE FROM stories WHERE id = ?", [story_id])
        return story, linked

    def restore(self, story: Story, challenge_ids: Sequence[str] = ()) -> Story:
        """Undo delete, relinking its challenges."""
        with self._rows.atomic():
            self._rows.upsert(story)
            for cid in challenge_ids:
                self._rows.execute(
                    "UPDATE challenges SET story_id = ? WHERE id = ? AND story_id IS NULL", [story.id, cid]
                )
        return self.get(story.id)

    def suggest(self, text: str, limit: int = 5) -> list[Story]:
        """Stories most similar to text (bm25 over title, situation, action, result, tags), best first."""
        query = similar_query(text)
        if not query:
            return []
        try:
            rows = self._rows.select(
                "SELECT s.* FROM stories_fts f JOIN stories s ON s.rowid = f.rowid WHERE stories_fts MATCH ? "
                "ORDER BY bm25(stories_fts), s.created_at LIMIT ?",
                [query, limit],
            )
        except Exception as exc:  # noqa: BLE001 - a search must never break pairing
            log.warning("story search failed: %s", type(exc).__name__)
            return []
        return [Story(**r) for r in rows]
