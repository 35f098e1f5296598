"""The letters' part of the bundle: letters with sources and versions, and the profile."""

from __future__ import annotations

from typing import Any

from followup_desktop.core.bundle_rows import ImportReport


def export_interview_part(store: Any, interview_id: str) -> dict[str, Any]:
    """This part's fields of one interview in the bundle."""
    return {"letters": []}


def export_global(store: Any) -> dict[str, Any]:
    """This part's top-level fields of the bundle."""
    return {"profile": {}}


def check_references(doc: dict[str, Any]) -> None:
    """Raise BundleError for duplicate ids or dangling references in this part (schema already checked)."""


def import_global(store: Any, doc: dict[str, Any], report: ImportReport) -> None:
    """Merge this part's top-level data (inside the import's transaction)."""


def import_interview_part(store: Any, interview_id: str, data: dict[str, Any], report: ImportReport) -> None:
    """Merge this part's data of one interview (inside the import's transaction)."""
