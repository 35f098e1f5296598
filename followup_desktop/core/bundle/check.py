"""Checking a bundle piece by piece: its top level first, then each application as it is read.

Each piece is checked against its part of the JSON Schema (resources/bundle.schema.json), then
for ids used twice and references to things the bundle does not hold. A file is never held
in memory whole: an application is checked, imported and let go before the next is read.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from followup_desktop import paths
from followup_desktop.core.bundle import letters as bundle_letters
from followup_desktop.core.bundle import notes as bundle_notes
from followup_desktop.core.bundle import plan as bundle_plan
from followup_desktop.core.bundle import tracker as bundle_tracker
from followup_desktop.core.bundle.rows import BundleError, Seen, fail
from followup_desktop.core.clock import FIRST_YEAR, LAST_YEAR

FORMAT = "followup-desktop-bundle"
VERSION = 1
PARTS = (bundle_plan, bundle_notes, bundle_letters)  # each adds its own fields to the bundle


@lru_cache(maxsize=1)
def _schema() -> dict[str, Any]:
    import json

    schema: dict[str, Any] = json.loads(paths.resource("bundle.schema.json").read_text(encoding="utf-8"))
    return schema


def _piece(piece: str) -> dict[str, Any]:
    """The whole document's schema, or one of its definitions with the others it refers to."""
    schema = _schema()
    if piece == "document":
        return schema
    return {"$id": schema["$id"], "$defs": schema["$defs"], "allOf": [{"$ref": f"#/$defs/{piece}"}]}


@lru_cache(maxsize=2)
def _fast_check(piece: str) -> Callable[[Any], Any]:
    """A compiled validator: 25 times faster than jsonschema on a large bundle, with terse messages.

    It speaks draft-07; the schema uses nothing that differs from its 2020-12 meaning.
    """
    import copy

    import fastjsonschema

    # compile() rewrites every "$ref" it meets in place: give it a copy of the shared schema.
    return fastjsonschema.compile(copy.deepcopy(_piece(piece)) | {"$schema": "http://json-schema.org/draft-07/schema#"})


@lru_cache(maxsize=2)
def _validator(piece: str) -> Any:
    """jsonschema, for naming every problem of a piece already known to be invalid."""
    from jsonschema import Draft202012Validator

    return Draft202012Validator(_piece(piece))


def _where(error: Any, prefix: str) -> str:
    out = prefix
    for part in error.absolute_path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "the document"


_DATE = re.compile(r"^(\d{4})-\d{2}-\d{2}")


def _explain(error: Any) -> str:
    date = _DATE.match(error.instance) if isinstance(error.instance, str) else None
    if date and not FIRST_YEAR <= int(date.group(1)) <= LAST_YEAR:
        return f"{error.instance[:60]!r} is outside the years {FIRST_YEAR}–{LAST_YEAR}"
    if error.validator == "pattern" and "-\\d{2}-\\d{2}T" in error.schema.get("pattern", ""):
        return f"{str(error.instance)[:60]!r} is not a date and time like 2026-03-02T09:00:00Z"
    if error.validator == "maxLength" and isinstance(error.instance, str):
        return f"too long: {len(error.instance):,} characters, more than the {error.validator_value:,} it can hold"
    if error.validator in ("pattern", "minLength") and isinstance(error.instance, str) and not error.instance.strip():
        return "must not be empty"
    return str(error.message)[:200]


def check_schema(value: Any, piece: str, prefix: str = "") -> None:
    """BundleError naming up to five problems if value does not match this piece of the schema."""
    try:
        _fast_check(piece)(value)
        return
    except RecursionError:
        raise BundleError("The bundle is not valid: it is nested too deeply.") from None
    except Exception:  # fastjsonschema's JsonSchemaException: explain it with jsonschema's words
        pass
    try:
        errors = sorted(_validator(piece).iter_errors(value), key=lambda e: list(map(str, e.absolute_path)))
    except RecursionError:
        raise BundleError("The bundle is not valid: it is nested too deeply.") from None
    if errors:
        lines = [f"{_where(e, prefix)}: {_explain(e)}" for e in errors[:5]]
        more = f" (and {len(errors) - 5} more problems)" if len(errors) > 5 else ""
        raise BundleError("The bundle is not valid: " + "; ".join(lines) + more)


@lru_cache(maxsize=1)
def _timestamp_fields() -> frozenset[str]:
    """Names of the fields the schema says hold a date and time."""
    refs = {"#/$defs/timestamp", "#/$defs/optionalTimestamp"}
    names = set()
    for definition in (_schema(), *_schema()["$defs"].values()):
        for name, prop in definition.get("properties", {}).items():
            if prop.get("$ref") in refs:
                names.add(name)
    return frozenset(names)


def _check_dates(value: Any, where: str, names: frozenset[str]) -> None:
    """The schema's pattern lets 2026-13-45T25:61:00Z through; every such field must be a real moment."""
    from followup_desktop.core.clock import in_years, parse_iso

    if isinstance(value, dict):
        for key, item in value.items():
            if key in names and isinstance(item, str) and item:
                try:
                    problem = "" if in_years(parse_iso(item)) else f"outside the years {FIRST_YEAR}–{LAST_YEAR}"
                except (ValueError, OverflowError):
                    problem = "not a real date and time"
                if problem:
                    fail(f"{where + '.' if where else ''}{key}: {item[:60]!r} is {problem}.")
            elif isinstance(item, (dict, list)) and item:
                _check_dates(item, f"{where}.{key}" if where else key, names)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            if isinstance(item, (dict, list)):
                _check_dates(item, f"{where}[{index}]", names)


class Checker:
    """Checks one bundle: call top_level() once, then application() for each application in order."""

    def __init__(self) -> None:
        self.seen = Seen()
        self.count = 0

    def top_level(self, doc: Any) -> None:
        """The format, version and everything but the applications (their list may be empty here)."""
        if not isinstance(doc, dict) or doc.get("format") != FORMAT:
            raise BundleError('This file is not a FollowUp Desktop bundle (its "format" is missing or wrong).')
        version = doc.get("version")
        if version != VERSION:
            if isinstance(version, int) and version > VERSION:
                raise BundleError(
                    f"This bundle has version {version}, from a newer FollowUp Desktop; "
                    f"this version reads version {VERSION}. Please update the program."
                )
            raise BundleError(f"Unsupported bundle version {version!r}; expected {VERSION}.")
        top = doc | {"applications": []} if isinstance(doc.get("applications"), list) else doc
        check_schema(top, "document")
        _check_dates(top, "", _timestamp_fields())
        for part in PARTS:
            if hasattr(part, "check_global"):
                part.check_global(doc, self.seen)

    def application(self, app: Any) -> None:
        """The next application of the bundle: its schema, its ids, its references."""
        index, self.count = self.count, self.count + 1
        check_schema(app, "application", f"applications[{index}]")
        _check_dates(app, f"applications[{index}]", _timestamp_fields())
        self.seen.add("application", app["id"])
        contact_ids = set()
        for contact in app["contacts"]:
            self.seen.add("contact", contact["id"])
            contact_ids.add(contact["id"])
        for interview in app["interviews"]:
            self.seen.add("interview", interview["id"])
        for part in PARTS:
            part.check_application(app, self.seen)
        bundle_tracker.check_application(app, self.seen)
        for interview in app["interviews"]:
            missing = [cid for cid in interview["interviewer_ids"] if cid not in contact_ids]
            if missing:
                fail(
                    f"interview {interview['id']} names interviewer {missing[0]}, who is not a contact "
                    f"of its application {app['id']}."
                )


def check_document(doc: Any) -> None:
    """Check a whole bundle already in memory."""
    checker = Checker()
    checker.top_level(doc)
    for app in doc["applications"]:
        checker.application(app)
