"""The trash: snapshots (JSON text) of deleted applications and interviews, until it is emptied."""

from __future__ import annotations

from dataclasses import asdict

from followup_desktop.core.models import TrashEntry
from followup_desktop.core.store.errors import NotFoundError
from followup_desktop.core.store.rows import Rows, clean_text, new_id


class Trash:
    """The trash table (store.trash); core/trash.py decides what goes in and how it comes back."""

    def __init__(self, rows: Rows) -> None:
        self._rows = rows

    def put(self, kind: str, label: str, payload: str) -> TrashEntry:
        """Keep a deleted thing's snapshot (JSON text) so it can be restored."""
        entry = TrashEntry(id=new_id(), kind=kind, label=clean_text(label), deleted_at=self._rows.now())
        self._rows.insert_row("trash", asdict(entry) | {"payload": payload})
        return entry

    def all(self) -> list[TrashEntry]:
        """Deleted things, newest first."""
        rows = self._rows.select("SELECT id, kind, label, deleted_at FROM trash ORDER BY deleted_at DESC, rowid DESC")
        return [TrashEntry(**r) for r in rows]

    def payload(self, entry_id: str) -> str:
        """The snapshot kept for this entry."""
        rows = self._rows.select("SELECT payload FROM trash WHERE id = ?", [entry_id])
        if not rows:
            raise NotFoundError(f"Nothing in the trash with id {entry_id}.")
        payload: str = rows[0]["payload"]
        return payload

    def remove(self, entry_id: str) -> None:
        """Take one entry out of the trash (it was restored)."""
        self._rows.execute("DELETE FROM trash WHERE id = ?", [entry_id])

    def empty(self) -> int:
        """Delete everything in the trash for good; returns how many entries went."""
        return self._rows.execute("DELETE FROM trash").rowcount
