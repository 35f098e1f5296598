"""The checks' data types and limits: a Finding, the CheckContext the rules read, severities."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

ERROR, WARNING, INFO = "error", "warning", "info"

MIN_WORDS, MAX_WORDS = 120, 400  # a follow-up letter reads best at about this length
WARN_MIN_WORDS, WARN_MAX_WORDS = 60, 550  # beyond these the length is a real problem
SPECIFIC_SENTENCE_MIN_WORDS = 4  # shorter "sentences" are salutations and sign-offs
MAX_FINDINGS_PER_RULE = 200  # a pasted novel must not flood the checks panel
FINAL_OUTCOMES_ALLOWING_SOCIAL = frozenset({"offer", "hired"})


@dataclass(frozen=True)
class Finding:
    """One thing the checks panel shows; a span selects the offending text when clicked."""

    rule: str
    severity: str
    message: str
    start: int = -1
    end: int = -1
    suggestion: str = ""


@dataclass(frozen=True)
class CheckContext:
    """Everything the rules know about the letter's interview, passed in by the caller."""

    kind: str
    company: str
    role: str
    recipient_name: str
    interviewer_names: tuple[str, ...]
    other_companies: tuple[str, ...]
    challenge_quotes: tuple[str, ...]
    note_texts: tuple[str, ...]
    plan_texts: tuple[str, ...] = ()
    outcome: str = "pending"
    # Everyone of the application (interviewers or not), and whether it has an offer yet.
    contact_names: tuple[str, ...] = ()
    offer: bool = False
    # The user's other own words: profile, experience and stories, the application's other
    # notes and plans. Their words are never a misspelling or an unknown company.
    own_texts: tuple[str, ...] = ()
    due_at: datetime | None = None
    now: datetime | None = None
    disabled_rules: frozenset[str] = frozenset()
