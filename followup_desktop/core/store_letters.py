"""Letters, their sources and versions, the sender's profile and settings."""

from __future__ import annotations


class LetterStore:
    """Store mixin; relies on BaseStore's helpers (_rows, _get, _list, _insert, _update, atomic)."""
