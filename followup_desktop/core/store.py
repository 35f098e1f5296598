"""The only place that runs SQL: opens the database, migrates it, returns dataclasses.

Every public write is committed when the call returns (WAL, synchronous=NORMAL), so data
survives an application crash without a "Save" step. Multi-step writes use ``atomic()``.
Store is assembled from one mixin per domain (plans, notes, letters) over BaseStore.
"""

from __future__ import annotations

from typing import Any

from followup_desktop.core.clock import YEARS_TEXT, text_in_years
from followup_desktop.core.models import (
    APPLICATION_STATUSES,
    INTERVIEW_FORMATS,
    OUTCOMES,
    Application,
    Contact,
    Interview,
)
from followup_desktop.core.store_base import (  # noqa: F401 - the store's public names
    BaseStore,
    NewerSchemaError,
    NotADatabaseError,
    NotFoundError,
    StoreError,
    ValidationError,
    check_choice,
    clean_text,
    new_id,
    required_text,
)
from followup_desktop.core.store_bulk import BulkStore
from followup_desktop.core.store_letters import LetterStore
from followup_desktop.core.store_notes import NotesStore
from followup_desktop.core.store_plans import PlanStore
from followup_desktop.core.store_search import SearchStore
from followup_desktop.core.store_tracker import TrackerStore


class Store(TrackerStore, PlanStore, NotesStore, LetterStore, SearchStore, BulkStore, BaseStore):
    """One open database with every domain's operations."""

    # ----------------------------------------------------------------- applications
    def add_application(self, company: str, role: str = "", **extra: Any) -> Application:
        """Create an application; the company name is required."""
        app = Application(id=new_id(), company=required_text(company, "company name"), role=clean_text(role))
        for key, value in extra.items():
            setattr(app, key, clean_text(value) if isinstance(value, str) else value)
        check_choice(app.status, APPLICATION_STATUSES, "status")
        return self._insert(app)

    def get_application(self, application_id: str) -> Application:
        return self._get(Application, application_id)

    def list_applications(self) -> list[Application]:
        return self._list(Application)

    def list_application_names(self) -> list[Application]:
        """Every application with only id, company, role and status read; job ad and notes stay empty.

        For lists that show names only (the sidebar before the first paint): on thousands of
        applications the job ads are most of the bytes list_applications reads.
        """
        rows = self._rows("SELECT id, company, role, status FROM applications ORDER BY created_at, rowid")
        return [Application(**row) for row in rows]

    def update_application(self, application_id: str, **changes: Any) -> Application:
        """Change some fields of an application."""
        if "company" in changes:
            changes["company"] = required_text(changes["company"], "company name")
        if "status" in changes:
            check_choice(changes["status"], APPLICATION_STATUSES, "status")
        return self._update(Application, application_id, changes)

    def delete_application(self, application_id: str) -> None:
        """Delete an application with its contacts and interviews (and all they hold)."""
        self.get_application(application_id)
        self.db.execute("DELETE FROM applications WHERE id = ?", [application_id])

    # ----------------------------------------------------------------- contacts
    def add_contact(self, application_id: str, name: str, **extra: Any) -> Contact:
        """Add a person at the application's company."""
        self.get_application(application_id)
        contact = Contact(id=new_id(), application_id=application_id, name=required_text(name, "name"))
        for key, value in extra.items():
            setattr(contact, key, clean_text(value))
        return self._insert(contact)

    def all_names(self) -> list[str]:
        """Every company and person name in the data (one query; for spell checking)."""
        rows = self._rows("SELECT company AS name FROM applications UNION SELECT name FROM contacts")
        return [r["name"] for r in rows]

    def get_contact(self, contact_id: str) -> Contact:
        return self._get(Contact, contact_id)

    def list_contacts(self, application_id: str) -> list[Contact]:
        return self._list(Contact, "application_id = ?", [application_id])

    def update_contact(self, contact_id: str, **changes: Any) -> Contact:
        if "name" in changes:
            changes["name"] = required_text(changes["name"], "name")
        return self._update(Contact, contact_id, changes)

    def contact_links(self, contact_id: str) -> dict[str, int]:
        """How many rows name this person: {"notes": 3, "letters": 1, ...} (zeros left out)."""
        counts = {}
        for what, sql in (
            ("interviews", "SELECT count(*) FROM interview_participants WHERE contact_id = ?"),
            ("notes", "SELECT count(*) FROM notes WHERE speaker_id = ?"),
            ("highlights", "SELECT count(*) FROM challenges WHERE speaker_id = ?"),
            ("letters", "SELECT count(*) FROM letters WHERE recipient_id = ?"),
            ("contact log entries", "SELECT count(*) FROM contact_log WHERE contact_id = ?"),
        ):
            count = self.conn.execute(sql, [contact_id]).fetchone()[0]
            if count:
                counts[what] = count
        return counts

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
            keep = {
                r["contact_id"]: r["cares_about"]
                for r in self._rows(
                    "SELECT contact_id, cares_about FROM interview_participants WHERE interview_id = ?", [interview_id]
                )
            }
            self.conn.execute("DELETE FROM interview_participants WHERE interview_id = ?", [interview_id])
            self.conn.executemany(
                "INSERT INTO interview_participants (interview_id, contact_id, position, cares_about) "
                "VALUES (?, ?, ?, ?)",
                [
                    (interview_id, cid, position, keep.get(cid, ""))
                    for position, cid in enumerate(dict.fromkeys(contact_ids))
                ],
            )

    def interviewer_ids(self, interview_id: str) -> list[str]:
        rows = self._rows(
            "SELECT contact_id FROM interview_participants WHERE interview_id = ? ORDER BY position, contact_id",
            [interview_id],
        )
        return [r["contact_id"] for r in rows]

    def list_interviewers(self, interview_id: str) -> list[Contact]:
        """The interview's interviewers as contacts, in panel order."""
        rows = self._rows(
            "SELECT c.* FROM contacts c JOIN interview_participants p ON p.contact_id = c.id "
            "WHERE p.interview_id = ? ORDER BY p.position, c.id",
            [interview_id],
        )
        return [Contact(**r) for r in rows]


def _check_interview(values: dict[str, Any]) -> None:
    for name, what in (
        ("scheduled_start", "interview's date"),
        ("started_at", "interview's start"),
        ("ended_at", "interview's end"),
    ):
        if values.get(name) and not text_in_years(values[name]):
            raise ValidationError(f"The {what} must be a date and time {YEARS_TEXT}.")
    if "format" in values:
        check_choice(values["format"], INTERVIEW_FORMATS, "interview format")
    if "outcome" in values:
        check_choice(values["outcome"], OUTCOMES, "outcome")
    if "duration_minutes" in values:
        minutes = values["duration_minutes"]
        if not isinstance(minutes, int) or not 0 <= minutes <= 24 * 60:
            raise ValidationError("The duration must be between 0 and 1440 minutes.")
