"""Dataclasses for the domain objects; the store returns these, never raw rows.

Each class names its table (``__table__``) and, for nested objects, the field that points
to its parent (``__parent__``): the bundle leaves that field out because nesting says it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from followup_desktop.core.text.names import application_label, shown

__all__ = ["shown"]  # re-exported: lists and titles import it from here

APPLICATION_STATUSES = ("active", "offer", "hired", "rejected", "withdrawn", "closed")
INTERVIEW_FORMATS = ("in person", "video", "phone")
OUTCOMES = ("pending", "next-round", "offer", "rejected", "withdrawn", "hired")
PLAN_ITEM_KINDS = ("objective", "question", "point")
FOLLOWUP_CHANNELS = ("email", "letter", "both")
NOTE_KINDS = ("answer", "challenge", "need", "problem", "goal", "action", "other")
CHALLENGE_KINDS = ("challenge", "need", "problem", "goal")
# Kinds of note that answer the planned question being asked. An action item ("send the deck by
# Friday") or an aside answers nothing: taking notes never links it, nor ticks the question off.
ANSWER_KINDS = ("answer", *CHALLENGE_KINDS)
# How a letter greets a person: "Dear Ms Raman" (form of address and family name), "Dear Priya",
# "Dear Priya Raman". A contact's own choice ("" = the default chosen in Settings) comes first.
SALUTATION_STYLES = ("title", "first", "full")


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
    keep_in_touch: int = 0  # 1 when the user wants to stay in contact with the company
    next_contact_at: str = ""  # local date YYYY-MM-DD of the next planned contact, "" = none

    @property
    def label(self) -> str:
        """Company and role as lists and titles show them (long names cut: core/text/names.py)."""
        return application_label(self.company, self.role)


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
    form_of_address: str = ""  # "Ms", "Dr", "Professor"...: how the person is addressed; "" = not known
    salutation: str = ""  # one of SALUTATION_STYLES for this person; "" = the default from Settings


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
class Plan:
    """The free-form parts of an interview's plan (one per interview)."""

    __table__: ClassVar[str] = "plans"
    __parent__: ClassVar[str | None] = "interview_id"

    interview_id: str
    research: str = ""
    followup_channel: str = "email"
    followup_whom: str = ""
    followup_due_at: str = ""  # "" = the default: some hours after the interview ends
    checklist: str = "[]"  # JSON list of the checked rule ids
    updated_at: str = ""


@dataclass
class PlanItem:
    """An objective, a question to ask or a point to make, in order within its kind."""

    __table__: ClassVar[str] = "plan_items"
    __parent__: ClassVar[str | None] = "interview_id"

    id: str
    interview_id: str
    kind: str  # one of PLAN_ITEM_KINDS
    position: int = 0
    text: str = ""
    carried_over: int = 0  # 1 when copied unanswered from an earlier round
    created_at: str = ""
    updated_at: str = ""


@dataclass
class BankQuestion:
    """A question saved to the personal question bank."""

    __table__: ClassVar[str] = "question_bank"
    __parent__: ClassVar[str | None] = None

    id: str
    text: str
    created_at: str = ""
    updated_at: str = ""


@dataclass
class Note:
    """A timestamped note taken before, during or after an interview."""

    __table__: ClassVar[str] = "notes"
    __parent__: ClassVar[str | None] = "interview_id"

    id: str
    interview_id: str
    stamped_at: str  # UTC ISO-8601: when the words were said (typing started / stamp now)
    text: str = ""
    kind: str = "answer"  # one of NOTE_KINDS
    speaker_id: str | None = None  # a contact
    question_id: str | None = None  # a plan item of kind "question"
    created_at: str = ""
    updated_at: str = ""


@dataclass
class Story:
    """A reusable experience from the story bank."""

    __table__: ClassVar[str] = "stories"
    __parent__: ClassVar[str | None] = None

    id: str
    title: str = ""
    situation: str = ""
    action: str = ""
    result: str = ""
    tags: str = ""
    created_at: str = ""
    updated_at: str = ""


@dataclass
class Challenge:
    """A highlighted quote (challenge, need, problem, goal) paired with my experience."""

    __table__: ClassVar[str] = "challenges"
    __parent__: ClassVar[str | None] = "interview_id"

    id: str
    interview_id: str
    note_id: str | None = None
    start: int = 0  # Python str offsets of the quote inside the note's text
    end: int = 0
    quote: str = ""
    kind: str = "challenge"  # one of CHALLENGE_KINDS
    speaker_id: str | None = None
    experience: str = ""
    story_id: str | None = None
    include_in_letter: int = 1
    position: int = 0
    created_at: str = ""
    updated_at: str = ""
    summary: str = ""  # what was said, in the user's own words; "" = not written yet (a suggestion is shown)
    quote_in_letter: int = 0  # 1 when the user wants the letter to quote the interviewer's words


@dataclass
class TrashEntry:
    """Something deleted that can still be restored."""

    id: str
    kind: str  # "application" | "interview"
    label: str
    deleted_at: str
