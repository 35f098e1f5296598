"""Pieces every part of the bundle shares: the error, the import report, row conversion."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from followup_desktop.core.store import Store


class BundleError(Exception):
    """The bundle cannot be read or is not valid; the message names what is wrong."""


def fail(text: str) -> None:
    """Refuse the bundle, saying what is wrong with it."""
    raise BundleError("The bundle is not valid: " + text)


class Seen:
    """What the checks have met so far in a bundle read piece by piece: every id (so that one
    used twice is refused) and the story bank's ids (challenges may link them)."""

    def __init__(self) -> None:
        self._ids: defaultdict[str, set[str]] = defaultdict(set)
        self.stories: set[str] = set()

    def add(self, kind: str, row_id: str) -> None:
        """Remember an id of this kind; BundleError if it was met before."""
        ids = self._ids[kind]
        if row_id in ids:
            fail(f"the {kind} id {row_id} appears more than once.")
        ids.add(row_id)


@dataclass
class ImportReport:
    """How many rows an import wrote (new or updated) and kept (stored copy was newer)."""

    written: Counter[str] = field(default_factory=Counter)
    kept: Counter[str] = field(default_factory=Counter)

    def summary(self) -> str:
        parts = [f"{n:,} {kind}" for kind, n in sorted(self.written.items())]
        text = "Imported " + (", ".join(parts) if parts else "nothing new")
        if self.kept:
            text += f"; kept {sum(self.kept.values()):,} newer local row(s)"
        return text + "."


def row_out(obj: Any) -> dict[str, Any]:
    """A dataclass as a bundle object: every field but the parent's id (nesting says it)."""
    row = asdict(obj)
    if obj.__parent__:
        row.pop(obj.__parent__)
    return row


def row_in(cls: type[Any], data: dict[str, Any], **parent: str) -> Any:
    """A bundle object as a dataclass, with its parent's id put back."""
    own = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
    return cls(**own, **parent)


def write_row(store: Store, report: ImportReport, kind: str, obj: Any) -> None:
    """Upsert obj (newer local rows win) and count what happened."""
    if store.rows.upsert(obj):
        report.written[kind] += 1
    else:
        report.kept[kind] += 1


def write_rows(store: Store, report: ImportReport, kind: str, objs: list[Any]) -> None:
    """write_row() for many rows of one table in one go."""
    written = store.rows.upsert_many(objs)
    report.written[kind] += written
    if len(objs) > written:
        report.kept[kind] += len(objs) - written
