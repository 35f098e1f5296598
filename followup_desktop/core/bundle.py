"""The JSON bundle: a versioned, nested, lossless export of a data folder, and its import.

Import validates the whole document first (JSON Schema, then ids and references) and writes
in one transaction, so an invalid bundle changes nothing. Rows merge by id: a stored row
that is newer than the bundle's copy is kept.
"""

from __future__ import annotations

import json
import logging
import os
from collections import Counter
from functools import lru_cache
from pathlib import Path
from typing import Any

from followup_desktop import paths
from followup_desktop.core import bundle_letters, bundle_notes, bundle_plan, bundle_tracker
from followup_desktop.core.bundle_rows import BundleError, ImportReport, row_in, row_out, write_row  # noqa: F401
from followup_desktop.core.files import atomic_write
from followup_desktop.core.models import Application, Contact, Interview
from followup_desktop.core.store import Store

log = logging.getLogger(__name__)

FORMAT = "followup-desktop-bundle"
VERSION = 1
MAX_BUNDLE_BYTES = 2 * 1024**3  # refuse absurd files before reading them
PARTS = (bundle_plan, bundle_notes, bundle_letters)  # each adds its own fields to the bundle


# --------------------------------------------------------------------- export
def interview_to_dict(store: Store, interview: Interview) -> dict[str, Any]:
    """One interview with everything it holds."""
    return row_out(interview) | {
        "interviewer_ids": store.interviewer_ids(interview.id),
        **bundle_plan.export_interview_part(store, interview.id),
        **bundle_notes.export_interview_part(store, interview.id),
        **bundle_letters.export_interview_part(store, interview.id),
    }


def application_to_dict(store: Store, app: Application) -> dict[str, Any]:
    """One application with its contacts and interviews."""
    return row_out(app) | {
        "contacts": [row_out(c) for c in store.list_contacts(app.id)],
        "interviews": [interview_to_dict(store, i) for i in _ordered(store.list_interviews(app.id))],
        **bundle_tracker.export_application_part(store, app.id),
    }


def _ordered(items: list[Any]) -> list[Any]:
    return sorted(items, key=lambda o: (o.created_at, o.id))


def export_bundle(store: Store) -> dict[str, Any]:
    """The whole database as a bundle document."""
    return {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": store.now(),
        **bundle_letters.export_global(store),
        **bundle_notes.export_global(store),
        **bundle_plan.export_global(store),
        "applications": [application_to_dict(store, a) for a in _ordered(store.list_applications())],
    }


def write_bundle(store: Store, path: str | os.PathLike) -> Path:
    """Export to path atomically (temporary file, then rename)."""
    target = Path(path)
    doc = export_bundle(store)
    with atomic_write(target, binary=False, prefix=".bundle-") as fh:
        json.dump(doc, fh, ensure_ascii=False, indent=1)
    return target


# --------------------------------------------------------------------- validation
@lru_cache(maxsize=1)
def _schema() -> dict[str, Any]:
    return json.loads(paths.resource("bundle.schema.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _fast_check():
    """A compiled validator: 25 times faster than jsonschema on a large bundle, with terse messages.

    It speaks draft-07; the schema uses nothing that differs from its 2020-12 meaning.
    """
    import fastjsonschema

    return fastjsonschema.compile(_schema() | {"$schema": "http://json-schema.org/draft-07/schema#"})


@lru_cache(maxsize=1)
def _validator():
    """jsonschema, for naming every problem of a bundle already known to be invalid."""
    from jsonschema import Draft202012Validator

    schema = _schema()
    return Draft202012Validator(schema)


def _where(error) -> str:
    out = ""
    for part in error.absolute_path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "the document"


def _explain(error) -> str:
    if error.validator == "pattern" and error.schema.get("pattern", "").startswith("^\\d{4}"):
        return f"{str(error.instance)[:60]!r} is not a date and time like 2026-03-02T09:00:00Z"
    if error.validator in ("pattern", "minLength") and isinstance(error.instance, str) and not error.instance.strip():
        return "must not be empty"
    return error.message[:200]


def validate_bundle(doc: Any) -> None:
    """Raise BundleError naming what is wrong, or return if the document is a valid bundle."""
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise BundleError("This file is not a FollowUp Desktop bundle (its \"format\" is missing or wrong).")
    version = doc.get("version")
    if version != VERSION:
        if isinstance(version, int) and version > VERSION:
            raise BundleError(f"This bundle has version {version}, from a newer FollowUp Desktop; "
                              f"this version reads version {VERSION}. Please update the program.")
        raise BundleError(f"Unsupported bundle version {version!r}; expected {VERSION}.")
    try:
        _fast_check()(doc)
        errors = []
    except Exception:  # fastjsonschema's JsonSchemaException: explain it with jsonschema's words
        errors = sorted(_validator().iter_errors(doc), key=lambda e: list(map(str, e.absolute_path)))
    if errors:
        lines = [f"{_where(e)}: {_explain(e)}" for e in errors[:5]]
        more = f" (and {len(errors) - 5} more problems)" if len(errors) > 5 else ""
        raise BundleError("The bundle is not valid: " + "; ".join(lines) + more)
    _check_references(doc)


def _check_references(doc: dict[str, Any]) -> None:
    counts: dict[str, Counter] = {"application": Counter(), "contact": Counter(), "interview": Counter()}
    for app in doc["applications"]:
        counts["application"][app["id"]] += 1
        counts["contact"].update(c["id"] for c in app["contacts"])
        counts["interview"].update(i["id"] for i in app["interviews"])
    for kind, seen in counts.items():
        dupes = [i for i, n in seen.items() if n > 1]
        if dupes:
            raise BundleError(f"The bundle is not valid: the {kind} id {dupes[0]} appears more than once.")
    for part in PARTS:
        part.check_references(doc)
    bundle_tracker.check_references(doc)
    for app in doc["applications"]:
        contact_ids = {c["id"] for c in app["contacts"]}
        for interview in app["interviews"]:
            missing = [cid for cid in interview["interviewer_ids"] if cid not in contact_ids]
            if missing:
                raise BundleError(
                    f"The bundle is not valid: interview {interview['id']} names interviewer "
                    f"{missing[0]}, who is not a contact of its application {app['id']}.")


# --------------------------------------------------------------------- import
def read_bundle(path: str | os.PathLike) -> dict[str, Any]:
    """Read and parse a bundle file (untrusted input), without validating it."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_BUNDLE_BYTES:
            raise BundleError(f"{path.name} is too large to be a bundle ({size // 2**20} MB).")
        with open(path, "rb") as fh:
            return json.loads(fh.read().decode("utf-8"))
    except BundleError:
        raise
    except FileNotFoundError as exc:
        raise BundleError(f"There is no file {path}.") from exc
    except OSError as exc:
        raise BundleError(f"{path} cannot be read: {exc.strerror or exc}.") from exc
    except UnicodeDecodeError as exc:
        raise BundleError(f"{path.name} is not a bundle: it is not UTF-8 text.") from exc
    except (json.JSONDecodeError, RecursionError) as exc:
        raise BundleError(f"{path.name} is not a bundle: it is not valid JSON ({exc}).") from exc


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


def import_interview(store: Store, data: dict[str, Any], application_id: str,
                     report: ImportReport | None = None) -> ImportReport:
    """Merge one interview (as in a bundle) into the store."""
    report = report or ImportReport()
    write_row(store, report, "interviews", row_in(Interview, data, application_id=application_id))
    current = store.interviewer_ids(data["id"])
    merged = current + [cid for cid in data["interviewer_ids"] if cid not in current]
    if merged != current:
        store.set_interviewers(data["id"], merged)
    for part in PARTS:
        part.import_interview_part(store, data["id"], data, report)
    return report


def import_bundle(store: Store, doc: Any) -> ImportReport:
    """Validate, then merge the whole bundle in one transaction."""
    validate_bundle(doc)
    report = ImportReport()
    with store.atomic():
        for part in PARTS:
            part.import_global(store, doc, report)
        for app in doc["applications"]:
            import_application(store, app, report)
    log.info("bundle imported: %s", dict(report.written))
    return report
