"""Dataclasses of the letters domain: letters, their sources and versions, profile, preferences.

Kept beside models.py so the letters' schema can change without touching the shared file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar

LETTER_KINDS = ("thank-you", "rejection", "check-in", "offer")
LETTER_KIND_LABELS = {
    "thank-you": "Thank-you after the interview",
    "rejection": "After a rejection",
    "check-in": "Check-in (no news yet)",
    "offer": "After an offer",
}
LETTER_STATUSES = ("draft", "sent")
SENT_CHANNELS = ("email", "letter", "phone", "in person", "other")
VERSION_REASONS = ("export", "sent", "manual")
PAPER_SIZES = ("A4", "Letter")
DATE_FORMATS = {  # key -> example, shown in the settings dialog
    "day month year": "2 March 2026",
    "month day, year": "March 2, 2026",
    "iso": "2026-03-02",
    "dd/mm/yyyy": "02/03/2026",
    "mm/dd/yyyy": "03/02/2026",
}


@dataclass
class Letter:
    """A follow-up letter of an interview; the body is CommonMark."""

    __table__: ClassVar[str] = "letters"
    __parent__: ClassVar[str | None] = "interview_id"

    id: str
    interview_id: str
    kind: str = "thank-you"
    recipient_id: str | None = None
    subject: str = ""
    body: str = ""
    status: str = "draft"
    sent_at: str = ""
    sent_channel: str = ""
    created_at: str = ""
    updated_at: str = ""


@dataclass
class LetterSource:
    """A challenge a paragraph of the letter was built from; `anchor` is that paragraph's text."""

    __table__: ClassVar[str] = "letter_sources"
    __parent__: ClassVar[str | None] = "letter_id"

    id: str
    letter_id: str
    challenge_id: str
    anchor: str = ""
    created_at: str = ""
    updated_at: str = ""


@dataclass
class LetterVersion:
    """A snapshot of a letter kept at export, when sent, or before a restore."""

    __table__: ClassVar[str] = "letter_versions"
    __parent__: ClassVar[str | None] = "letter_id"

    id: str
    letter_id: str
    reason: str = "manual"
    subject: str = ""
    body: str = ""
    created_at: str = ""
    updated_at: str = ""


@dataclass(frozen=True)
class BodyChange:
    """A letter's body before and after a rewrite the user asked for, so that it can be undone."""

    letter_id: str
    before: str
    after: str


@dataclass
class Profile:
    """The sender: who signs the letters."""

    name: str = ""
    address_lines: list[str] = field(default_factory=list)
    email: str = ""
    phone: str = ""
    closing: str = "Kind regards"
    signature_name: str = ""
    updated_at: str = ""

    @property
    def signature(self) -> str:
        """The name typed under the closing."""
        return self.signature_name.strip() or self.name.strip()


@dataclass
class LetterPrefs:
    """How letters look and are checked; paper_size "" means "from the locale"."""

    paper_size: str = ""
    font_family: str = "Calibri"
    font_size: float = 11.0
    date_format: str = "day month year"
    spelling_language: str = "en_US"
    disabled_rules: list[str] = field(default_factory=list)
    letterhead: str = ""  # path of a .docx/.dotx the Word export writes on; "" = none
    letterhead_shows_sender: bool = False  # the letterhead carries the name and address: no sender block
    updated_at: str = ""
    salutation: str = "title"  # how drafts greet a person who has no style of their own (SALUTATION_STYLES)
