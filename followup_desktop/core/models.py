"""Dataclasses for the domain objects; the store returns these, never raw rows.

Each class names its table (``__table__``) and, for nested objects, the field that points
to its parent (``__parent__``): the bundle leaves that field out because nesting says it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

APPLICATION_STATUSES = ("active", "offer", "hired", "rejected", "withdrawn", "closed")
INTERVIEW_FORMATS = ("in person", "video", "phone")
OUTCOMES = ("pending", "next-round", "offer", "rejected", "withdrawn", "hired")


@dataclass
class Application:
    """A job application: one company and one role."""

    __table__: ClassVar[str] = "applications"
    __parent__: ClassVar[str | None] = None

    id: str
    company: str
    role: str = ""
    status: str = "active"
    job_ad: str = ""
    notes: str = ""
    created_at: str = ""
    updated_at: str = ""

    @property
    def label(self) -> str:
        return f"{self.company} — {self.role}" if self.role else self.company


@dataclass
class Contact:
    """A person at the company (interviewer, recruiter...)."""

    __table__: ClassVar[str] = "contacts"
    __parent__: ClassVar[str | None] = "application_id"

    id: str
    application_id: str
    name: str
    title: str = ""
    email: str = ""
    phone: str = ""
    notes: str = ""
    created_at: str = ""
    updated_at: str = ""


@dataclass
class Interview:
    """One interview (a round) of an application."""

    __table__: ClassVar[str] = "interviews"
    __parent__: ClassVar[str | None] = "application_id"

    id: str
    application_id: str
    title: str = ""
    scheduled_start: str = ""  # UTC ISO-8601, "" when not scheduled
    duration_minutes: int = 60
    location: str = ""  # address or video link
    format: str = "video"
    started_at: str = ""
    ended_at: str = ""
    outcome: str = "pending"
    created_at: str = ""
    updated_at: str = ""


@dataclass
class TrashEntry:
    """Something deleted that can still be restored."""

    id: str
    kind: str  # "application" | "interview"
    label: str
    deleted_at: str
