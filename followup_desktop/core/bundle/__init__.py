"""The JSON bundle: a versioned, nested, lossless export of a data folder, and its import.

Export writes one application at a time; import reads one at a time (core/bundle/file.py), so
neither holds a whole large bundle in memory. Each piece is checked (JSON Schema, then ids and
references, core/bundle/check.py) before it is written, and everything is written in one
transaction, so an invalid bundle changes nothing. Rows merge by id: a stored row that is newer
than the bundle's copy is kept.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Callable
from contextlib import nullcontext
from pathlib import Path
from typing import Any

from followup_desktop.core.bundle import file as bundle_file
from followup_desktop.core.bundle import letters as bundle_letters
from followup_desktop.core.bundle import notes as bundle_notes
from followup_desktop.core.bundle import plan as bundle_plan
from followup_desktop.core.bundle import tracker as bundle_tracker
from followup_desktop.core.bundle.check import FORMAT, PARTS, VERSION, Checker, check_document
from followup_desktop.core.bundle.rows import BundleError as BundleError  # the bundle's own names, imported from here
from followup_desktop.core.bundle.rows import ImportReport as ImportReport
from followup_desktop.core.bundle.rows import row_in, row_out, write_row
from followup_desktop.core.file_checks import check_json
from followup_desktop.core.files import atomic_write
from followup_desktop.core.models import Application, Contact, Interview
from followup_desktop.core.store import Store

log = logging.getLogger(__name__)

BULK_BYTES = 16 * 2**20  # from this size on, indexes are rebuilt once at the end instead of row by row
Progress = Callable[[int, int], None]  # (applications done, applications in all); may raise to cancel


class Cancelled(Exception):
    """Raised by a progress callback to stop an export or import; nothing is written."""


# --------------------------------------------------------------------- export
def interview_to_dict(store: Store, interview: Interview) -> dict[str, Any]:
    """One interview with everything it holds."""
    return row_out(interview) | {
        "interviewer_ids": store.interviews.interviewer_ids(interview.id),
        **bundle_plan.export_interview_part(store, interview.id),
        **bundle_notes.export_interview_part(store, interview.id),
        **bundle_letters.export_interview_part(store, interview.id),
    }


def application_to_dict(store: Store, app: Application) -> dict[str, Any]:
    """One application with its contacts and interviews."""
    return row_out(app) | {
        "contacts": [row_out(c) for c in store.contacts.all(app.id)],
        "interviews": [interview_to_dict(store, i) for i in _ordered(store.interviews.all(app.id))],
        **bundle_tracker.export_application_part(store, app.id),
    }


def _ordered(items: list[Any]) -> list[Any]:
    return sorted(items, key=lambda o: (o.created_at, o.id))


def _top_level(store: Store) -> dict[str, Any]:
    """Everything in a bundle but the applications."""
    return {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": store.now(),
        **bundle_letters.export_global(store),
        **bundle_notes.export_global(store),
        **bundle_plan.export_global(store),
    }


def export_bundle(store: Store) -> dict[str, Any]:
    """The whole database as one bundle document in memory (small data folders, tests)."""
    with store.snapshot() as moment:
        return _top_level(moment) | {
            "applications": [application_to_dict(moment, a) for a in _ordered(moment.applications.all())]
        }


def write_bundle(store: Store, path: str | os.PathLike[str], progress: Progress | None = None) -> Path:
    """Export to path, one application at a time, atomically (temporary file, read back, then rename).

    The file is byte for byte what json.dump(export_bundle(store), indent=1) would write. It reads
    one moment of the database (store.snapshot) on a connection of its own, so what the user writes
    meanwhile is either wholly in the bundle or not at all, and no write waits for the export.
    """
    target = Path(path)
    with store.snapshot() as moment:
        head = json.dumps(_top_level(moment) | {"applications": []}, ensure_ascii=False, indent=1)
        apps = _ordered(moment.applications.all())
        with atomic_write(target, binary=False, prefix=".bundle-", verify=check_json) as fh:
            fh.write(head[: -len("]\n}")])
            for done, app in enumerate(apps, 1):
                text = json.dumps(application_to_dict(moment, app), ensure_ascii=False, indent=1)
                fh.write(("\n  " if done == 1 else ",\n  ") + text.replace("\n", "\n  "))
                if progress:
                    progress(done, len(apps))
            fh.write("\n ]\n}" if apps else "]\n}")
    return target


# --------------------------------------------------------------------- validation
def validate_bundle(doc: Any) -> None:
    """Raise BundleError naming what is wrong, or return if the document is a valid bundle."""
    check_document(doc)


# --------------------------------------------------------------------- import
def read_bundle(path: str | os.PathLike[str]) -> Any:
    """Read and parse a whole bundle file into memory (untrusted input), without validating it."""
    with bundle_file.reading(Path(path)) as fh:
        return json.loads(fh.read().decode("utf-8"))


def import_application(store: Store, data: dict[str, Any], report: ImportReport | None = None) -> ImportReport:
    """Merge one application (as in a bundle) into the store, inside the caller's transaction."""
    report = report or ImportReport()
    write_row(store, report, "applications", row_in(Application, data))
    for contact in data["contacts"]:
        write_row(store, report, "contacts", row_in(Contact, contact, application_id=data["id"]))
    for interview in data["interviews"]:
        import_interview(store, interview, data["id"], report)
    bundle_tracker.import_application_part(store, data, report)
    return report


def import_interview(
    store: Store, data: dict[str, Any], application_id: str, report: ImportReport | None = None
) -> ImportReport:
    """Merge one interview (as in a bundle) into the store."""
    report = report or ImportReport()
    write_row(store, report, "interviews", row_in(Interview, data, application_id=application_id))
    current = store.interviews.interviewer_ids(data["id"])
    merged = current + [cid for cid in data["interviewer_ids"] if cid not in current]
    if merged != current:
        store.interviews.set_interviewers(data["id"], merged)
    for part in PARTS:
        part.import_interview_part(store, data["id"], data, report)
    return report


def _import_top_level(store: Store, doc: dict[str, Any], report: ImportReport) -> None:
    for part in PARTS:
        part.import_global(store, doc, report)


def import_bundle(store: Store, doc: Any) -> ImportReport:
    """Merge a bundle already in memory in one transaction, each application checked before it is written."""
    checker = Checker()
    checker.top_level(doc)
    report = ImportReport()
    with store.atomic():
        _import_top_level(store, doc, report)
        for app in doc["applications"]:
            checker.application(app)
            import_application(store, app, report)
    log.info("bundle imported: %s", dict(report.written))
    return report


def import_file(store: Store, path: str | os.PathLike[str], progress: Progress | None = None) -> ImportReport:
    """Merge a bundle file in one transaction, reading one application at a time.

    The whole file is parsed once before anything is written; a problem found later (an invalid
    application, a failing disk, a progress callback raising Cancelled) rolls everything back.
    """
    top, count, size = bundle_file.scan(path)
    checker = Checker()
    checker.top_level(top)
    report = ImportReport()
    large = size >= BULK_BYTES
    if progress:
        progress(0, count)
    with store.atomic(), store.bulk_writes() if large else nullcontext():
        _import_top_level(store, top, report)
        for done, app in enumerate(bundle_file.applications(path), 1):
            checker.application(app)
            import_application(store, app, report)
            if progress:
                progress(done, count)
        if checker.count != count:
            raise BundleError(
                "The bundle file changed while it was being read; nothing was imported. Please try again."
            )
    log.info("bundle imported: %s", dict(report.written))
    return report
