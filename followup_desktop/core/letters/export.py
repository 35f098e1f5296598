"""What an export of a stored letter needs, gathered from the store: layout, file name, letterhead.

Shared by the Letter pane and the command line; no Qt, no python-docx.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from followup_desktop.core.letters.layout import LetterLayout, build_layout
from followup_desktop.core.models.letters import Letter
from followup_desktop.core.store.errors import StoreError
from followup_desktop.core.text.safe import proposed_letter_filename

if TYPE_CHECKING:
    from followup_desktop.core.store import Store


@dataclass(frozen=True)
class LetterRow:
    """One line of `letter list`: a letter with the names around it."""

    letter: Letter
    company: str
    role: str
    recipient: str


def today(store: Store) -> _dt.date:
    """The local date of the store's clock (frozen in tests)."""
    return store.clock.now().astimezone().date()


def layout_for(store: Store, letter: Letter, day: _dt.date | None = None) -> LetterLayout:
    """The letter's layout with the sender's profile, its recipient and the letter preferences."""
    interview = store.interviews.get(letter.interview_id)
    application = store.applications.get(interview.application_id)
    recipient = None
    if letter.recipient_id:
        try:
            recipient = store.contacts.get(letter.recipient_id)
        except StoreError:
            recipient = None
    return build_layout(
        letter,
        store.settings.profile(),
        recipient,
        application,
        store.settings.letter_prefs(),
        today=day or today(store),
    )


def proposed_name(store: Store, letter: Letter, ext: str, day: _dt.date | None = None) -> str:
    """'Company - Role - kind - date.ext', safe on every operating system."""
    interview = store.interviews.get(letter.interview_id)
    application = store.applications.get(interview.application_id)
    return proposed_letter_filename(application.company, application.role, letter.kind, day or today(store), ext)


def proposed_names(store: Store, letter: Letter, ext: str, copies: int = 100) -> Iterator[str]:
    """The proposed name, then '... (2).ext' up to `copies`: names for a file that must not replace another."""
    interview = store.interviews.get(letter.interview_id)
    application = store.applications.get(interview.application_id)
    day = today(store)
    for copy in range(1, copies + 1):
        yield proposed_letter_filename(application.company, application.role, letter.kind, day, ext, copy)


def letterhead(store: Store) -> Path | None:
    """The letterhead chosen in the settings, or None."""
    path = (store.settings.letter_prefs().letterhead or "").strip()
    return Path(path) if path else None


def letter_row(store: Store, letter: Letter) -> LetterRow:
    """One letter with its company, role and recipient."""
    interview = store.interviews.get(letter.interview_id)
    application = store.applications.get(interview.application_id)
    recipient = ""
    if letter.recipient_id:
        names = {c.id: c.name for c in store.contacts.all(application.id)}
        recipient = names.get(letter.recipient_id, "")
    return LetterRow(letter, application.company, application.role, recipient)


def letter_rows(store: Store) -> list[LetterRow]:
    """Every letter with its company, role and recipient, oldest application first."""
    rows = []
    for application in store.applications.all():
        for interview in store.interviews.all(application.id):
            names = {c.id: c.name for c in store.contacts.all(application.id)}
            for letter in store.letters.all(interview.id):
                rows.append(
                    LetterRow(letter, application.company, application.role, names.get(letter.recipient_id or "", ""))
                )
    return rows
