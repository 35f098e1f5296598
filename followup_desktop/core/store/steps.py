"""The runner of the schema steps: their order, which ones a database has applied, applying the rest.

The steps themselves are in migrations.py, frozen; this is the machinery, which may change.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database

Step = Callable[["Database"], None]  # one schema step: it changes the database given

SET_NAME = "followup"
RECORD_TABLE = "_sqlite_migrations"  # sqlite-utils' own record of applied steps
# 0.1 recorded two steps numbered 0004; the steps from there on were renumbered. Databases that
# recorded the old names are read with the new ones, and their record is renamed before a new step.
LEGACY_NAMES = {
    "0004_notes_story_search": "0005_notes_story_search",
    "0005_search_fts": "0006_search_fts",
    "0006_search_letters": "0007_search_letters",
    "0007_tracker_keep_in_touch_contact_log": "0008_tracker_keep_in_touch_contact_log",
}


class Steps:
    """The ordered, named schema steps; ``@migrations(name=...)`` registers one."""

    def __init__(self) -> None:
        self._steps: list[tuple[str, Step]] = []

    def __call__(self, *, name: str) -> Callable[[Step], Step]:
        def register(fn: Step) -> Step:
            if name in self.names():
                raise ValueError(f"schema step {name!r} is registered twice")
            self._steps.append((name, fn))
            return fn

        return register

    def names(self) -> list[str]:
        """Every step this version knows, in order."""
        return [name for name, _ in self._steps]

    def applied(self, conn: sqlite3.Connection) -> list[str]:
        """Names of the steps already applied to this database (plain SQL, no sqlite-utils)."""
        exists = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [RECORD_TABLE]
        ).fetchone()
        if not exists:
            return []
        rows = conn.execute(
            f"SELECT name FROM {RECORD_TABLE} WHERE migration_set = ? ORDER BY rowid", [SET_NAME]
        ).fetchall()
        return [LEGACY_NAMES.get(r[0], r[0]) for r in rows]

    def apply(self, db: "Database") -> None:
        """Apply the pending steps, each in its own transaction, through sqlite-utils."""
        from sqlite_utils import Migrations

        if db.conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [RECORD_TABLE]).fetchone():
            with db.conn:  # the record under today's names, so that no renumbered step runs twice
                for old, new in LEGACY_NAMES.items():
                    db.conn.execute(
                        f"UPDATE {RECORD_TABLE} SET name = ? WHERE migration_set = ? AND name = ?", [new, SET_NAME, old]
                    )
        runner = Migrations(SET_NAME)
        for name, fn in self._steps:
            runner(name=name)(fn)
        runner.apply(db)
