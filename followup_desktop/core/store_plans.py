"""Plans: objectives, questions to ask, points to make, research, follow-up plan, question bank."""

from __future__ import annotations


class PlanStore:
    """Store mixin; relies on BaseStore's helpers (_rows, _get, _list, _insert, _update, atomic)."""
