"""Notes taken during interviews, capture drafts, highlighted challenges, the story bank."""

from __future__ import annotations


class NotesStore:
    """Store mixin; relies on BaseStore's helpers (_rows, _get, _list, _insert, _update, atomic)."""
