"""The letters of the interview on screen: which one is edited, what is stored of it, its versions.

Plain Python over the store (no Qt). The Letter pane shows this state and hands over what the
user does; the commands' writes (drafting letters, pulling challenges in, a new recipient with
its greeting, marking as sent, versions, deleting) happen here, each in one transaction. Every
method that writes raises StoreError when the store refuses, with nothing changed.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Iterable
from typing import TYPE_CHECKING

from followup_desktop.core.letters.drafts import build_draft, draft_input, draft_subject, letter_paragraphs
from followup_desktop.core.models import Challenge, Contact, Interview
from followup_desktop.core.models.letters import LETTER_KINDS, Letter, LetterPrefs, LetterVersion
from followup_desktop.core.store.errors import StoreError

if TYPE_CHECKING:
    from followup_desktop.core.store import Store

log = logging.getLogger(__name__)


class LetterSession:
    """The Letter pane's state and its writes."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.interview: Interview | None = None
        self.letters: list[Letter] = []  # the interview's letters, oldest first
        self.letter: Letter | None = None  # the letter on screen, as stored
        self.prefs: LetterPrefs = store.settings.letter_prefs()

    def _on_screen(self) -> Letter:
        if self.letter is None:
            raise LookupError("no letter is open")
        return self.letter

    def _interview_id(self) -> str:
        if self.interview is None:
            raise LookupError("no interview is open")
        return self.interview.id

    # ----------------------------------------------------------------- which letter
    def open(self, interview: Interview | None) -> str | None:
        """Read the interview's letters; the id of the one to show (the same letter again, else the newest)."""
        self.interview = interview
        self.prefs = self.store.settings.letter_prefs()
        self.letters = self.store.letters.all(interview.id) if interview else []
        if self.letter and any(x.id == self.letter.id for x in self.letters):
            return self.letter.id
        return self.letters[-1].id if self.letters else None

    def choose(self, letter_id: str | None) -> Letter | None:
        """Make one of the interview's letters the one on screen (None: none)."""
        self.letter = next((x for x in self.letters if x.id == letter_id), None)
        return self.letter

    def stored(self, letter: Letter) -> None:
        """The letter was written: it is the one on screen, as stored now."""
        self.letter = letter
        self.letters = [letter if x.id == letter.id else x for x in self.letters]

    def shown(self, subject: str, body: str) -> Letter:
        """The letter on screen with the subject and text the user sees, saved or not."""
        return dataclasses.replace(self._on_screen(), subject=subject, body=body)

    def contact_names(self) -> dict[str, str]:
        """Contact id -> name at the interview's company."""
        if not self.interview:
            return {}
        return {c.id: c.name for c in self.store.contacts.all(self.interview.application_id)}

    def addressed_as(self, recipient_id: str | None) -> list[str]:
        """How a greeting names this person: in their style now first, then by their full name (as drafts
        written before a form of address was known did); the placeholder for nobody."""
        from followup_desktop.core.letters import greeting

        if self.interview is None or recipient_id is None:
            return [greeting.PLACEHOLDER]
        contact = next(
            (c for c in self.store.contacts.all(self.interview.application_id) if c.id == recipient_id), None
        )
        if contact is None:
            return [greeting.PLACEHOLDER]
        style = greeting.style_of(contact, self.store.settings.letter_prefs().salutation)
        named = [greeting.addressed(contact, s) for s in (style, "full", "title", "first")]
        return list(dict.fromkeys([n for n in named if n] + [" ".join(contact.name.split())]))

    def recipients(self, letter: Letter) -> list[Contact]:
        """Whom the letter can go to: the interviewers, and whoever it is addressed to now."""
        interviewers = self.store.interviews.interviewers(letter.interview_id)
        if letter.recipient_id and letter.recipient_id not in [c.id for c in interviewers]:
            try:
                interviewers.append(self.store.contacts.get(letter.recipient_id))
            except StoreError:  # deleted meanwhile: not offered
                pass
        return interviewers

    def interviewers(self) -> list[Contact]:
        return self.store.interviews.interviewers(self.interview.id) if self.interview else []

    def challenges(self) -> list[Challenge]:
        """The highlights of the letter's interview, in the board's order."""
        return self.store.challenges.all(self._on_screen().interview_id)

    def recipient_email(self) -> str:
        """The address the letter goes to ("" when nobody, or nobody with an address)."""
        if not self.letter or not self.letter.recipient_id:
            return ""
        try:
            return self.store.contacts.get(self.letter.recipient_id).email
        except StoreError:
            return ""

    # ----------------------------------------------------------------- the text
    def differs(self, subject: str, body: str) -> bool:
        """True when the subject or text on screen is not what is stored."""
        return self.letter is not None and (body, subject) != (self.letter.body, self.letter.subject)

    def save_text(self, letter_id: str, subject: str, body: str) -> Letter | None:
        """Store the typed subject and text of the letter on screen; None when nothing is new."""
        if self.letter is None or self.letter.id != letter_id or not self.differs(subject, body):
            return None
        letter = self.store.letters.save_body(letter_id, body, subject=subject)
        self.stored(letter)
        return letter

    # ----------------------------------------------------------------- commands
    def new_letters(self, kind: str, recipient_ids: Iterable[str | None], news: str = "") -> list[Letter]:
        """Draft one letter per recipient from the interview's notes and challenges (all or none)."""
        created = []
        with self.store.atomic():
            for recipient_id in recipient_ids:
                draft = build_draft(draft_input(self.store, self._interview_id(), kind, recipient_id, news))
                created.append(
                    self.store.letters.add(
                        self._interview_id(), kind, recipient_id, draft.subject, draft.body, draft.sources
                    )
                )
        self.letters = self.store.letters.all(self._interview_id())
        return created

    def paragraphs_for(self, challenge_ids: list[str], existing: list[str]) -> list[tuple[str, str]]:
        """(challenge id, paragraph) to pull into the letter on screen, opening unlike its `existing` paragraphs."""
        return letter_paragraphs(self.store, self._on_screen(), challenge_ids, existing)

    def pull(self, subject: str, body: str, links: list[tuple[str, str]]) -> Letter:
        """Store the text with pulled-in paragraphs and where each came from, together."""
        with self.store.atomic():
            letter = self.store.letters.save_body(self._on_screen().id, body, subject=subject)
            self.store.letters.set_sources(letter.id, links)
        self.stored(letter)
        return letter

    def set_kind(self, kind: str) -> Letter:
        """Store a new kind; a subject still as drafted for the old kind becomes the new kind's."""
        letter = self._on_screen()
        changes: dict[str, str] = {"kind": kind}
        application_id = self.store.interviews.get(letter.interview_id).application_id
        role = self.store.applications.get(application_id).role
        if {kind, letter.kind} <= set(LETTER_KINDS) and letter.subject == draft_subject(letter.kind, role):
            changes["subject"] = draft_subject(kind, role)  # "Thank you — …" would head a check-in
        self.stored(self.store.letters.update(letter.id, **changes))
        return self._on_screen()

    def set_recipient(self, recipient_id: str | None, greeted: tuple[str, str] | None) -> Letter:
        """Address the letter to someone else; `greeted` (subject, text) stores the new greeting with it."""
        with self.store.atomic():
            if greeted is not None:
                self.store.letters.save_body(self._on_screen().id, greeted[1], subject=greeted[0])
            letter = self.store.letters.update(self._on_screen().id, recipient_id=recipient_id)
        self.stored(letter)
        return letter

    def mark_sent(self, sent_at: str, channel: str) -> Letter:
        """Record when and how the letter went out (the store keeps a version of it)."""
        self.stored(self.store.letters.mark_sent(self._on_screen().id, sent_at, channel))
        return self._on_screen()

    def keep_version(self, reason: str = "manual") -> None:
        """Keep the stored text as a version to go back to ("export": a file was written from it)."""
        self.store.letters.add_version(self._on_screen().id, reason)

    def versions(self) -> list[LetterVersion]:
        return self.store.letters.versions(self._on_screen().id)

    def changed_since_sent(self) -> bool:
        """True when the sent letter on screen no longer reads as it did when it was marked as sent."""
        letter = self.letter
        if letter is None or letter.status != "sent":
            return False
        sent = next((v for v in self.versions() if v.reason == "sent"), None)  # newest first
        return sent is not None and (sent.subject, sent.body) != (letter.subject, letter.body)

    def restore_version(self, version_id: str) -> Letter:
        """Put an earlier version back (the text it replaces is kept as a version)."""
        self.stored(self.store.letters.restore_version(version_id))
        return self._on_screen()

    def delete(self) -> None:
        """Delete the letter on screen and its versions."""
        self.store.letters.delete(self._on_screen().id)
        self.letters = [x for x in self.letters if x.id != self._on_screen().id]
        self.letter = None

    def add_word(self, word: str) -> None:
        """Accept a word from now on (the personal dictionary)."""
        self.store.dictionary.add(word)
