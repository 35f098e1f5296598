"""What the composer needs from the store around a letter: the checks' context, the names the
speller must accept, the mailto: link. Plain Python, no Qt."""

from __future__ import annotations

import datetime as _dt
import logging
from typing import TYPE_CHECKING
from urllib.parse import quote

from followup_desktop.core.letters.checks import CheckContext
from followup_desktop.core.models import Interview
from followup_desktop.core.models.letters import Letter, LetterPrefs
from followup_desktop.core.text.markdown import body_plain_text
from followup_desktop.core.tracker import followups

if TYPE_CHECKING:
    from followup_desktop.core.store import Store

log = logging.getLogger(__name__)

MAX_MAILTO_BODY = 30000  # mail clients truncate or refuse very long mailto: links


def due_at(store: Store, interview: Interview) -> _dt.datetime | None:
    """When the follow-up is due: the same deadline the plan pane and the dashboard show."""
    return followups.followup_due(interview, store.plans.get(interview.id), followups.default_hours(store))


def check_context(store: Store, letter: Letter, prefs: LetterPrefs) -> CheckContext:
    """The CheckContext of a letter: its interview's names, quotes, notes, plan and deadline."""
    interview = store.interviews.get(letter.interview_id)
    app = store.applications.get(interview.application_id)
    interviewers = store.interviews.interviewers(interview.id)
    recipient = next((c for c in store.contacts.all(app.id) if c.id == letter.recipient_id), None)
    others = tuple(a.company for a in store.applications.all() if a.id != app.id and a.company != app.company)
    plan_texts = tuple(p.text for p in store.plans.items(interview.id) if p.text.strip())
    return CheckContext(
        kind=letter.kind,
        company=app.company,
        role=app.role,
        recipient_name=recipient.name if recipient else "",
        interviewer_names=tuple(c.name for c in interviewers),
        other_companies=others,
        challenge_quotes=tuple(c.quote for c in store.challenges.all(interview.id) if c.quote.strip()),
        note_texts=tuple(n.text for n in store.notes.all(interview.id) if n.text.strip()),
        plan_texts=plan_texts,
        outcome=interview.outcome,
        due_at=due_at(store, interview) if letter.status != "sent" else None,
        now=store.clock.now(),
        disabled_rules=frozenset(prefs.disabled_rules),
    )


def known_names(store: Store) -> list[str]:
    """Names of people and companies in the user's data, which spell checking accepts."""
    return [n for n in [store.settings.profile().name, *store.applications.names()] if n]


def mailto_url(letter: Letter, to: str) -> str:
    """A mailto: link with the letter's subject and plain-text body."""
    body = body_plain_text(letter.body)[:MAX_MAILTO_BODY]
    address = quote(to.strip(), safe="@.+-_")
    return f"mailto:{address}?subject={quote(letter.subject, safe='')}&body={quote(body, safe='')}"
