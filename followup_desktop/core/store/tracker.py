"""Follow-up tracking in the store: the dashboard's set-based queries and the contact log.

The dashboard reads everything it needs in three queries whatever the number of
interviews; marking a letter sent (store.letters) logs the contact in the same transaction.
"""

from __future__ import annotations

import logging
from datetime import timedelta
from typing import Any

from followup_desktop.core.clock import YEARS_TEXT, parse_iso, text_in_years, to_iso
from followup_desktop.core.models import Application
from followup_desktop.core.models.letters import LETTER_KIND_LABELS, Letter
from followup_desktop.core.models.tracker import (
    CONTACT_CHANNELS,
    ContactLogEntry,
    DraftFacts,
    InterviewFacts,
    NextContact,
)
from followup_desktop.core.store.applications import Applications
from followup_desktop.core.store.contacts import Contacts
from followup_desktop.core.store.errors import ValidationError
from followup_desktop.core.store.interviews import Interviews
from followup_desktop.core.store.rows import Rows, check_choice, clean_text, new_id

log = logging.getLogger(__name__)

LOOKBACK_DAYS = 30  # ended interviews older than this no longer call for a letter or an outcome
_ENDED = (
    "(c.ended_at != '' OR (c.scheduled_start != '' AND "
    "julianday(c.scheduled_start) + c.duration_minutes / 1440.0 <= julianday(:now)))"
)
# Candidates first, by cheap comparisons of ISO strings; then one pass over their letters.
_INTERVIEW_FACTS = f"""
WITH c AS (
    SELECT * FROM interviews i
    WHERE i.ended_at >= :since OR (i.ended_at = '' AND i.scheduled_start >= :since_start)
), lt AS (
    SELECT l.interview_id, sum(l.status = 'sent') AS sent, sum(l.status = 'sent' AND l.kind = 'rejection') AS rej,
           sum(l.status = 'draft') AS drafts
    FROM letters l WHERE l.interview_id IN (SELECT id FROM c) GROUP BY l.interview_id
), f AS (
    SELECT c.*, {_ENDED} AS has_ended, COALESCE(lt.sent, 0) AS sent_letters,
           COALESCE(lt.rej, 0) AS sent_rejection_letters, COALESCE(lt.drafts, 0) AS draft_letters
    FROM c LEFT JOIN lt ON lt.interview_id = c.id
)
SELECT f.id, f.application_id, a.company, f.title, f.scheduled_start, f.duration_minutes, f.started_at,
       f.ended_at, f.outcome, COALESCE(p.followup_due_at, '') AS followup_due_at, f.has_ended, f.sent_letters,
       f.sent_rejection_letters, f.draft_letters,
       (SELECT count(*) FROM plan_items q WHERE q.interview_id = f.id AND q.kind = 'question'
                                           AND trim(q.text) != '') AS questions,
       (SELECT count(*) FROM interview_participants x WHERE x.interview_id = f.id) AS interviewers
FROM f JOIN applications a ON a.id = f.application_id LEFT JOIN plans p ON p.interview_id = f.id
WHERE (f.has_ended AND f.outcome IN ('pending', 'next-round') AND f.sent_letters = 0)
   OR (f.has_ended AND f.outcome = 'pending')
   OR (f.outcome = 'rejected' AND f.sent_rejection_letters = 0)
   OR (NOT f.has_ended AND f.started_at = '' AND f.scheduled_start > :now)
"""


class Tracker:
    """What is due and who was contacted (store.tracker): the dashboard's queries, keep-in-touch dates
    and each application's contact log."""

    def __init__(self, rows: Rows, applications: Applications, contacts: Contacts, interviews: Interviews) -> None:
        self._rows = rows
        self._applications = applications
        self._contacts = contacts
        self._interviews = interviews

    # ----------------------------------------------------------------- dashboard
    def interviews_needing_attention(
        self, now: str | None = None, lookback_days: int = LOOKBACK_DAYS
    ) -> list[InterviewFacts]:
        """Recently ended interviews still open or rejected without a letter sent, and upcoming ones."""
        moment = parse_iso(now) if now else self._rows.clock.now()
        since = moment - timedelta(days=lookback_days)
        params = {
            "now": to_iso(moment),
            "since": to_iso(since),
            "since_start": to_iso(since - timedelta(days=1)),
        }  # a day covers any interview's length
        rows = self._rows.select(_INTERVIEW_FACTS, params)
        return [InterviewFacts(**r) for r in rows]

    def unsent_drafts(self, since: str = "", limit: int = 200) -> list[DraftFacts]:
        """Letters still drafts (edited since `since`, a UTC ISO time, if given), oldest edit first."""
        rows = self._rows.select(
            "SELECT * FROM (SELECT l.id, l.interview_id, i.application_id, a.company, "
            "i.title AS interview_title, l.kind, l.updated_at FROM letters l "
            "JOIN interviews i ON i.id = l.interview_id JOIN applications a ON a.id = i.application_id "
            "WHERE l.status = 'draft' AND l.updated_at >= ? ORDER BY l.updated_at DESC LIMIT ?) "
            "ORDER BY updated_at",
            [since, limit],
        )
        return [DraftFacts(**r) for r in rows]

    def next_contacts(self, until: str | None = None) -> list[NextContact]:
        """Applications with a next-contact date (on or before `until`, a YYYY-MM-DD date, if given)."""
        sql = "SELECT id, company, role, next_contact_at FROM applications WHERE next_contact_at != ''"
        params: list[Any] = []
        if until:
            sql += " AND next_contact_at <= ?"
            params.append(until)
        return [NextContact(**r) for r in self._rows.select(sql + " ORDER BY next_contact_at, company", params)]

    # ----------------------------------------------------------------- staying in touch
    def set_keep_in_touch(self, application_id: str, keep: bool, next_contact_at: str = "") -> None:
        """The keep-in-touch flag and the next-contact date (YYYY-MM-DD or "")."""
        if next_contact_at and not _is_date(next_contact_at):
            raise ValidationError("The next-contact date must look like 2026-03-02.")
        if next_contact_at and not text_in_years(next_contact_at):
            raise ValidationError(f"The next-contact date must be {YEARS_TEXT}.")
        self._rows.update(
            Application, application_id, {"keep_in_touch": int(bool(keep)), "next_contact_at": next_contact_at}
        )

    def add_log_entry(
        self,
        application_id: str,
        contacted_at: str,
        channel: str = "email",
        contact_id: str | None = None,
        summary: str = "",
        letter_id: str | None = None,
    ) -> ContactLogEntry:
        """Record one contact with the company."""
        check_choice(channel, CONTACT_CHANNELS, "channel")
        if not text_in_years(contacted_at):
            raise ValidationError(f"The contact's date must be a date {YEARS_TEXT}.")
        self._applications.get(application_id)
        if contact_id and self._contacts.get(contact_id).application_id != application_id:
            raise ValidationError("The person must be a contact of the same application.")
        return self._rows.insert(
            ContactLogEntry(
                id=new_id(),
                application_id=application_id,
                contacted_at=contacted_at,
                channel=channel,
                contact_id=contact_id or None,
                summary=clean_text(summary),
                letter_id=letter_id,
            )
        )

    def contact_log(self, application_id: str) -> list[ContactLogEntry]:
        """An application's contact log, newest first."""
        return self._rows.fetch(
            ContactLogEntry, "application_id = ?", [application_id], order="contacted_at DESC, rowid DESC"
        )

    def log_entry_for_letter(self, letter_id: str) -> str | None:
        """The id of the entry that logged this letter as sent, if any."""
        rows = self._rows.select("SELECT id FROM contact_log WHERE letter_id = ?", [letter_id])
        return rows[0]["id"] if rows else None

    def delete_log_entry(self, entry_id: str) -> None:
        """Remove one entry of a contact log."""
        self._rows.execute("DELETE FROM contact_log WHERE id = ?", [entry_id])

    def log_sent_letter(self, letter: Letter) -> None:
        """Log a letter just marked sent as a contact with its company (one entry per letter)."""
        application_id = self._interviews.get(letter.interview_id).application_id
        label = LETTER_KIND_LABELS.get(letter.kind, letter.kind).split(" (")[0]
        summary = f"Sent: {label}" + (f" — “{letter.subject}”" if letter.subject.strip() else "")
        channel = letter.sent_channel if letter.sent_channel in CONTACT_CHANNELS else "other"
        existing = self.log_entry_for_letter(letter.id)
        if existing:  # sent again (a corrected date): one entry per letter
            self._rows.update(
                ContactLogEntry,
                existing,
                {
                    "contacted_at": letter.sent_at,
                    "channel": channel,
                    "contact_id": letter.recipient_id,
                    "summary": summary,
                },
            )
        else:
            self.add_log_entry(application_id, letter.sent_at, channel, letter.recipient_id, summary, letter.id)
        log.info("logged a sent letter as a contact")


def _is_date(text: str) -> bool:
    import datetime as _dt

    try:
        _dt.date.fromisoformat(text)
    except (TypeError, ValueError):
        return False
    return len(text) == 10
