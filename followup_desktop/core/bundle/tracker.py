"""The tracker's part of the bundle: each application's keep-in-touch fields travel in the
application object itself; its contact log is the array "contact_log"."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from followup_desktop.core.bundle.rows import ImportReport, Seen, fail, row_in, row_out, write_row
from followup_desktop.core.models.tracker import ContactLogEntry

if TYPE_CHECKING:
    from followup_desktop.core.store import Store


def export_application_part(store: Store, application_id: str) -> dict[str, Any]:
    """This part's fields of one application in the bundle."""
    entries = sorted(store.tracker.contact_log(application_id), key=lambda e: (e.contacted_at, e.id))
    return {"contact_log": [row_out(e) for e in entries]}


def check_application(app: dict[str, Any], seen: Seen) -> None:
    """Refuse duplicate ids or dangling references in one application's contact log."""
    contact_ids = {c["id"] for c in app["contacts"]}
    letter_ids = {letter["id"] for i in app["interviews"] for letter in i.get("letters", [])}
    for entry in app.get("contact_log", []):
        seen.add("contact log entry", entry["id"])
        if entry["contact_id"] is not None and entry["contact_id"] not in contact_ids:
            fail(
                f"contact log entry {entry['id']} names {entry['contact_id']}, who is not a contact of its application."
            )
        if entry["letter_id"] is not None and entry["letter_id"] not in letter_ids:
            fail(
                f"contact log entry {entry['id']} names letter {entry['letter_id']}, which is not a "
                "letter of its application."
            )


def import_application_part(store: Store, data: dict[str, Any], report: ImportReport) -> None:
    """Merge one application's contact log (after its contacts and letters are in)."""
    for entry in data.get("contact_log", []):
        if entry["letter_id"]:
            local = store.tracker.log_entry_for_letter(entry["letter_id"])
            if local and local != entry["id"]:  # one entry per sent letter: the local one stays
                report.kept["contact log"] += 1
                continue
        write_row(store, report, "contact log", row_in(ContactLogEntry, entry, application_id=data["id"]))
