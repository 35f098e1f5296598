"""Interviews (the rounds of an application), who interviews, and when each one starts and ends."""

from __future__ import annotations

from typing import Any

from followup_desktop.core.clock import YEARS_TEXT, text_in_years
from followup_desktop.core.models import INTERVIEW_FORMATS, OUTCOMES, Contact, Interview
from followup_desktop.core.store.applications import Applications
from followup_desktop.core.store.contacts import Contacts
from followup_desktop.core.store.errors import ValidationError
from followup_desktop.core.store.rows import Rows, check_choice, clean_text, new_id

_ORDER = "CASE scheduled_start WHEN '' THEN created_at ELSE scheduled_start END, created_at, id"


class Interviews:
    """The interviews table and its interviewers (store.interviews)."""

    def __init__(self, rows: Rows, applications: Applications, contacts: Contacts) -> None:
        self._rows = rows
        self._applications = applications
        self._contacts = contacts

    def add(self, application_id: str, title: str = "", **extra: Any) -> Interview:
        """Add an interview (a round) to an application."""
        self._applications.get(application_id)
        interview = Interview(id=new_id(), application_id=application_id, title=clean_text(title))
        for key, value in extra.items():
            setattr(interview, key, clean_text(value) if isinstance(value, str) else value)
        _check_interview(interview.__dict__)
        return self._rows.insert(interview)

    def get(self, interview_id: str) -> Interview:
        """One interview; NotFoundError when there is none with this id."""
        return self._rows.get(Interview, interview_id)

    def all(self, application_id: str | None = None) -> list[Interview]:
        """Interviews of one application (or all), in the order they happen."""
        if application_id is None:
            return self._rows.fetch(Interview, order=_ORDER)
        return self._rows.fetch(Interview, "application_id = ?", [application_id], order=_ORDER)

    def update(self, interview_id: str, **changes: Any) -> Interview:
        """Change some fields of an interview."""
        _check_interview(changes)
        return self._rows.update(Interview, interview_id, changes)

    def delete(self, interview_id: str) -> None:
        """Delete an interview with its plan, notes and letters."""
        self.get(interview_id)
        self._rows.execute("DELETE FROM interviews WHERE id = ?", [interview_id])

    # ----------------------------------------------------------------- the interview as it happens
    def start(self, interview_id: str) -> Interview:
        """Record that the interview started now (or resume an ended one, keeping its start)."""
        interview = self.get(interview_id)
        return self.update(interview_id, started_at=interview.started_at or self._rows.now(), ended_at="")

    def end(self, interview_id: str) -> Interview:
        """Record that the interview ended now (this starts the follow-up deadline)."""
        interview = self.get(interview_id)
        now = self._rows.now()
        return self.update(interview_id, started_at=interview.started_at or now, ended_at=now)

    # ----------------------------------------------------------------- interviewers
    def set_interviewers(self, interview_id: str, contact_ids: list[str]) -> None:
        """Who interviews: contacts of the same application, in this order."""
        interview = self.get(interview_id)
        own = {c.id for c in self._contacts.all(interview.application_id)}
        stray = [c for c in contact_ids if c not in own]
        if stray:
            raise ValidationError("Interviewers must be contacts of the same application.")
        with self._rows.atomic():
            keep = {
                r["contact_id"]: r["cares_about"]
                for r in self._rows.select(
                    "SELECT contact_id, cares_about FROM interview_participants WHERE interview_id = ?", [interview_id]
                )
            }
            self._rows.conn.execute("DELETE FROM interview_participants WHERE interview_id = ?", [interview_id])
            self._rows.conn.executemany(
                "INSERT INTO interview_participants (interview_id, contact_id, position, cares_about) "
                "VALUES (?, ?, ?, ?)",
                [
                    (interview_id, cid, position, keep.get(cid, ""))
                    for position, cid in enumerate(dict.fromkeys(contact_ids))
                ],
            )

    def interviewer_ids(self, interview_id: str) -> list[str]:
        """The ids of the interview's interviewers, in panel order."""
        rows = self._rows.select(
            "SELECT contact_id FROM interview_participants WHERE interview_id = ? ORDER BY position, contact_id",
            [interview_id],
        )
        return [r["contact_id"] for r in rows]

    def interviewers(self, interview_id: str) -> list[Contact]:
        """The interview's interviewers as contacts, in panel order."""
        rows = self._rows.select(
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
