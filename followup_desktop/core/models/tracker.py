"""Dataclasses of follow-up tracking: the contact log and the rows the dashboard is built from."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

CONTACT_CHANNELS = ("email", "letter", "phone", "in person", "video", "message", "other")


@dataclass
class ContactLogEntry:
    """One time the user was in touch with the company (by hand, or a letter marked sent)."""

    __table__: ClassVar[str] = "contact_log"
    __parent__: ClassVar[str | None] = "application_id"

    id: str
    application_id: str
    contacted_at: str  # UTC ISO-8601
    channel: str = "email"  # one of CONTACT_CHANNELS
    contact_id: str | None = None  # with whom
    summary: str = ""
    letter_id: str | None = None  # the letter that was sent, when logged automatically
    created_at: str = ""
    updated_at: str = ""


@dataclass
class InterviewFacts:
    """What the dashboard knows about one interview that may need attention."""

    id: str
    application_id: str
    company: str
    title: str
    scheduled_start: str
    duration_minutes: int
    started_at: str
    ended_at: str
    outcome: str
    followup_due_at: str  # the plan's own deadline, "" = default
    has_ended: int  # 1 when ended (or its scheduled end has passed)
    sent_letters: int
    sent_rejection_letters: int
    draft_letters: int
    questions: int  # questions to ask in the plan
    interviewers: int


@dataclass
class DraftFacts:
    """A letter that was never marked sent."""

    id: str
    interview_id: str
    application_id: str
    company: str
    interview_title: str
    kind: str
    updated_at: str


@dataclass
class NextContact:
    """An application with a next-contact date."""

    id: str
    company: str
    role: str
    next_contact_at: str  # local date YYYY-MM-DD
