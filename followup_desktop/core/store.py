"""The only place that runs SQL: opens the database, migrates it, returns dataclasses.

Every public write is committed when the call returns (WAL, synchronous=NORMAL), so data
survives an application crash without a "Save" step. Multi-step writes use ``atomic()``.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import uuid
from contextlib import contextmanager
from dataclasses import asdict, fields
from pathlib import Path
from typing import Any, Iterator, TypeVar

from sqlite_utils import Database

from followup_desktop.core import migrations
from followup_desktop.core.clock import Clock, to_iso
from followup_desktop.core.models import (
    APPLICATION_STATUSES,
    INTERVIEW_FORMATS,
    OUTCOMES,
    Application,
    Contact,
    Interview,
    TrashEntry,
)

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
T = TypeVar("T")


class StoreError(Exception):
    """Base class of every error the store raises on purpose."""


class NotADatabaseError(StoreError):
    """The file exists but is not a FollowUp (SQLite) database, or is damaged."""


class NewerSchemaError(StoreError):
    """The database was written by a newer version of the program."""


class NotFoundError(StoreError):
    """No row with that id."""


class ValidationError(StoreError):
    """A value the store refuses (for example an empty company name)."""


def new_id() -> str:
    """A stable string id for a new row."""
    return str(uuid.uuid4())


def clean_text(value: str) -> str:
    """Text as SQLite can hold it: surrogate pairs joined, lone surrogates become U+FFFD."""
    if not isinstance(value, str):
        raise ValidationError(f"expected text, got {type(value).__name__}")
    try:
        value.encode("utf-8")
        return value
    except UnicodeEncodeError:
        return value.encode("utf-16", "surrogatepass").decode("utf-16", "replace")


def _check_header(path: Path) -> None:
    try:
        with open(path, "rb") as fh:
            head = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise StoreError(f"The database {path} cannot be read: {exc.strerror or exc}.") from exc
    if head and head != SQLITE_HEADER:
        raise NotADatabaseError(
            f"{path} is not a FollowUp Desktop database (it is not an SQLite file). "
            "It was left untouched."
        )


class Store:
    """One open database."""

    def __init__(self, db: Database, path: Path | None, clock: Clock | None = None) -> None:
        self.db = db
        self.path = path
        self.clock = clock or Clock()

    # ----------------------------------------------------------------- opening
    @classmethod
    def open(cls, path: str | os.PathLike, clock: Clock | None = None) -> "Store":
        """Open (creating owner-only if new) and migrate the database at path."""
        path = Path(path)
        if path.exists():
            _check_header(path)
        else:
            fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
            os.close(fd)
        try:
            conn = sqlite3.connect(str(path), timeout=5.0)
        except sqlite3.Error as exc:
            raise StoreError(f"The database {path} cannot be opened: {exc}.") from exc
        store = cls(Database(conn, execute_plugins=False), path, clock)
        try:
            store._configure()
            store.migrate()
        except sqlite3.DatabaseError as exc:
            conn.close()
            if "locked" in str(exc):
                raise StoreError(f"The database {path} is locked by another program.") from exc
            raise NotADatabaseError(
                f"{path} is damaged or is not a FollowUp Desktop database ({exc}). "
                "It was left untouched."
            ) from exc
        except StoreError:
            conn.close()
            raise
        return store

    @classmethod
    def memory(cls, clock: Clock | None = None) -> "Store":
        """A migrated in-memory database (tests, benchmarks)."""
        store = cls(Database(memory=True, execute_plugins=False), None, clock)
        store._configure()
        store.migrate()
        return store

    def _configure(self) -> None:
        self.db.execute("PRAGMA foreign_keys = ON")
        if self.path is not None:
            self.db.execute("PRAGMA journal_mode = WAL")
        self.db.execute("PRAGMA synchronous = NORMAL")

    def migrate(self) -> None:
        """Apply pending schema steps; refuse a database from a newer version."""
        applied = {m.name for m in migrations.migrations.applied(self.db)}
        unknown = applied - migrations.known_names()
        if unknown:
            raise NewerSchemaError(
                "This database was written by a newer version of FollowUp Desktop "
                f"(it has schema steps this version does not know: {', '.join(sorted(unknown))}). "
                "Please update the program; the file was left untouched."
            )
        migrations.migrations.apply(self.db)

    def close(self) -> None:
        """Close the connection (checkpointing the WAL)."""
        try:
            self.db.conn.close()
        except sqlite3.Error:  # pragma: no cover - closing never matters more than the data
            log.exception("closing the database failed")

    @contextmanager
    def atomic(self) -> Iterator["Store"]:
        """All writes inside happen together or not at all (nests as savepoints)."""
        with self.db.atomic():
            yield self

    def now(self) -> str:
        """The store's clock as a UTC ISO string."""
        return to_iso(self.clock.now())

    # ----------------------------------------------------------------- generic rows
    def _rows(self, sql: str, params: Any = ()) -> list[dict[str, Any]]:
        cursor = self.db.execute(sql, params)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row)) for row in cursor.fetchall()]

    def _get(self, cls: type[T], row_id: str) -> T:
        rows = self._rows(f"SELECT * FROM {cls.__table__} WHERE id = ?", [row_id])
        if not rows:
            raise NotFoundError(f"No {cls.__name__.lower()} with id {row_id}.")
        return cls(**rows[0])

    def _list(self, cls: type[T], where: str = "", params: Any = (), order: str = "created_at, rowid") -> list[T]:
        sql = f"SELECT * FROM {cls.__table__}"
        if where:
            sql += f" WHERE {where}"
        return [cls(**row) for row in self._rows(sql + f" ORDER BY {order}", params)]

    def _insert(self, obj: Any) -> Any:
        row = asdict(obj)
        now = self.now()
        row.update(created_at=row.get("created_at") or now, updated_at=now)
        self.db[obj.__table__].insert(row)
        return type(obj)(**row)

    def _update(self, cls: type[T], row_id: str, changes: dict[str, Any]) -> T:
        allowed = {f.name for f in fields(cls)} - {"id", "created_at", "updated_at"}
        bad = set(changes) - allowed
        if bad:
            raise ValidationError(f"Unknown field(s) for {cls.__name__}: {', '.join(sorted(bad))}")
        current = self._get(cls, row_id)
        row = asdict(current) | {k: clean_text(v) if isinstance(v, str) else v for k, v in changes.items()}
        row["updated_at"] = self.now()
        self.db[cls.__table__].update(row_id, row)
        return cls(**row)

    def upsert(self, obj: Any) -> bool:
        """Insert obj, or replace the stored row unless the stored one is newer. True if written."""
        row = {k: clean_text(v) if isinstance(v, str) else v for k, v in asdict(obj).items()}
        table = obj.__table__
        existing = self._rows(f"SELECT updated_at FROM {table} WHERE id = ?", [row["id"]])
        if existing and existing[0]["updated_at"] > row.get("updated_at", ""):
            return False
        self.db[table].upsert(row, pk="id")
        return True

    # ----------------------------------------------------------------- applications
    def add_application(self, company: str, role: str = "", **extra: Any) -> Application:
        """Create an application; the company name is required."""
        app = Application(id=new_id(), company=_required(company, "company name"), role=clean_text(role))
        for key, value in extra.items():
            setattr(app, key, clean_text(value) if isinstance(value, str) else value)
        _check_choice(app.status, APPLICATION_STATUSES, "status")
        return self._insert(app)

    def get_application(self, application_id: str) -> Application:
        return self._get(Application, application_id)

    def list_applications(self) -> list[Application]:
        return self._list(Application)

    def update_application(self, application_id: str, **changes: Any) -> Application:
        """Change some fields of an application."""
        if "company" in changes:
            changes["company"] = _required(changes["company"], "company name")
        if "status" in changes:
            _check_choice(changes["status"], APPLICATION_STATUSES, "status")
        return self._update(Application, application_id, changes)

    def delete_application(self, application_id: str) -> None:
        """Delete an application with its contacts and interviews (and all they hold)."""
        self.get_application(application_id)
        self.db.execute("DELETE FROM applications WHERE id = ?", [application_id])

    # ----------------------------------------------------------------- contacts
    def add_contact(self, application_id: str, name: str, **extra: Any) -> Contact:
        """Add a person at the application's company."""
        self.get_application(application_id)
        contact = Contact(id=new_id(), application_id=application_id, name=_required(name, "name"))
        for key, value in extra.items():
            setattr(contact, key, clean_text(value))
        return self._insert(contact)

    def get_contact(self, contact_id: str) -> Contact:
        return self._get(Contact, contact_id)

    def list_contacts(self, application_id: str) -> list[Contact]:
        return self._list(Contact, "application_id = ?", [application_id])

    def update_contact(self, contact_id: str, **changes: Any) -> Contact:
        if "name" in changes:
            changes["name"] = _required(changes["name"], "name")
        return self._update(Contact, contact_id, changes)

    def delete_contact(self, contact_id: str) -> None:
        self.get_contact(contact_id)
        self.db.execute("DELETE FROM contacts WHERE id = ?", [contact_id])

    # ----------------------------------------------------------------- interviews
    def add_interview(self, application_id: str, title: str = "", **extra: Any) -> Interview:
        """Add an interview (a round) to an application."""
        self.get_application(application_id)
        interview = Interview(id=new_id(), application_id=application_id, title=clean_text(title))
        for key, value in extra.items():
            setattr(interview, key, clean_text(value) if isinstance(value, str) else value)
        _check_interview(interview.__dict__)
        return self._insert(interview)

    def get_interview(self, interview_id: str) -> Interview:
        return self._get(Interview, interview_id)

    def list_interviews(self, application_id: str | None = None) -> list[Interview]:
        """Interviews of one application (or all), in the order they happen."""
        order = "CASE scheduled_start WHEN '' THEN created_at ELSE scheduled_start END, created_at, id"
        if application_id is None:
            return self._list(Interview, order=order)
        return self._list(Interview, "application_id = ?", [application_id], order=order)

    def update_interview(self, interview_id: str, **changes: Any) -> Interview:
        _check_interview(changes)
        return self._update(Interview, interview_id, changes)

    def delete_interview(self, interview_id: str) -> None:
        self.get_interview(interview_id)
        self.db.execute("DELETE FROM interviews WHERE id = ?", [interview_id])

    # ----------------------------------------------------------------- interviewers
    def set_interviewers(self, interview_id: str, contact_ids: list[str]) -> None:
        """Who interviews: contacts of the same application, in this order."""
        interview = self.get_interview(interview_id)
        own = {c.id for c in self.list_contacts(interview.application_id)}
        stray = [c for c in contact_ids if c not in own]
        if stray:
            raise ValidationError("Interviewers must be contacts of the same application.")
        with self.atomic():
            keep = {r["contact_id"]: r["cares_about"] for r in self._rows(
                "SELECT contact_id, cares_about FROM interview_participants WHERE interview_id = ?",
                [interview_id])}
            self.db.execute("DELETE FROM interview_participants WHERE interview_id = ?", [interview_id])
            for position, contact_id in enumerate(dict.fromkeys(contact_ids)):
                self.db["interview_participants"].insert({
                    "interview_id": interview_id, "contact_id": contact_id,
                    "position": position, "cares_about": keep.get(contact_id, ""),
                })

    def interviewer_ids(self, interview_id: str) -> list[str]:
        rows = self._rows(
            "SELECT contact_id FROM interview_participants WHERE interview_id = ? ORDER BY position, contact_id",
            [interview_id])
        return [r["contact_id"] for r in rows]

    def list_interviewers(self, interview_id: str) -> list[Contact]:
        """The interview's interviewers as contacts, in panel order."""
        rows = self._rows(
            "SELECT c.* FROM contacts c JOIN interview_participants p ON p.contact_id = c.id "
            "WHERE p.interview_id = ? ORDER BY p.position, c.id", [interview_id])
        return [Contact(**r) for r in rows]

    # ----------------------------------------------------------------- trash
    def put_in_trash(self, kind: str, label: str, payload: str) -> TrashEntry:
        """Keep a deleted thing's snapshot (JSON text) so it can be restored."""
        entry = TrashEntry(id=new_id(), kind=kind, label=clean_text(label), deleted_at=self.now())
        self.db["trash"].insert(asdict(entry) | {"payload": payload})
        return entry

    def list_trash(self) -> list[TrashEntry]:
        """Deleted things, newest first."""
        rows = self._rows("SELECT id, kind, label, deleted_at FROM trash ORDER BY deleted_at DESC, rowid DESC")
        return [TrashEntry(**r) for r in rows]

    def trash_payload(self, entry_id: str) -> str:
        rows = self._rows("SELECT payload FROM trash WHERE id = ?", [entry_id])
        if not rows:
            raise NotFoundError(f"Nothing in the trash with id {entry_id}.")
        return rows[0]["payload"]

    def remove_from_trash(self, entry_id: str) -> None:
        self.db.execute("DELETE FROM trash WHERE id = ?", [entry_id])

    def empty_trash(self) -> int:
        """Delete everything in the trash for good; returns how many entries went."""
        return self.db.execute("DELETE FROM trash").rowcount


def _required(value: Any, what: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValidationError(f"The {what} cannot be empty.")
    return clean_text(value.strip())


def _check_choice(value: str, choices: tuple[str, ...], what: str) -> None:
    if value not in choices:
        raise ValidationError(f"Unknown {what} {value!r}; expected one of {', '.join(choices)}.")


def _check_interview(values: dict[str, Any]) -> None:
    if "format" in values:
        _check_choice(values["format"], INTERVIEW_FORMATS, "interview format")
    if "outcome" in values:
        _check_choice(values["outcome"], OUTCOMES, "outcome")
    if "duration_minutes" in values:
        minutes = values["duration_minutes"]
        if not isinstance(minutes, int) or not 0 <= minutes <= 24 * 60:
            raise ValidationError("The duration must be between 0 and 1440 minutes.")
