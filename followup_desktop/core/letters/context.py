"""What the composer needs from the store around a letter: the checks' context, the names the
speller must accept, the mailto: link. Plain Python, no Qt."""

from __future__ import annotations

import datetime as _dt
import logging
from typing import TYPE_CHECKING
from urllib.parse import quote

from followup_desktop.core.letters.checks import FINAL_OUTCOMES_ALLOWING_SOCIAL as OFFER_STATES
from followup_desktop.core.letters.checks import CheckContext
from followup_desktop.core.models import Application, Contact, Interview
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


def _own_texts(
    store: Store, app: Application, interview: Interview, rounds: list[Interview], contacts: list[Contact]
) -> tuple[str, ...]:
    """What else the user wrote: profile, story bank, experience, the application's other notes and plans."""
    profile = store.settings.profile()
    texts = [profile.name, profile.signature_name, profile.email, *profile.address_lines, app.job_ad, app.notes]
    texts += [f"{c.title} {c.notes}" for c in contacts]
    for s in store.stories.all():
        texts += [s.title, s.situation, s.action, s.result, s.tags]
    for other in rounds:
        plan = store.plans.get(other.id)
        texts += [other.title, other.location, plan.research, plan.followup_whom]
        texts += list(store.plans.cares_about(other.id).values())
        texts += [c.experience for c in store.challenges.all(other.id)]
        if other.id != interview.id:  # this interview's notes and plan are in the context already
            texts += [n.text for n in store.notes.all(other.id)]
            texts += [p.text for p in store.plans.items(other.id)]
    return tuple(t for t in texts if t and t.strip())


def check_context(store: Store, letter: Letter, prefs: LetterPrefs) -> CheckContext:
    """The CheckContext of a letter: its interview's names, quotes, notes, plan and deadline."""
    interview = store.interviews.get(letter.interview_id)
    app = store.applications.get(interview.application_id)
    interviewers = store.interviews.interviewers(interview.id)
    contacts = store.contacts.all(app.id)
    rounds = store.interviews.all(app.id)
    recipient = next((c for c in contacts if c.id == letter.recipient_id), None)
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
        contact_names=tuple(c.name for c in contacts),
        offer=app.status in OFFER_STATES or any(i.outcome in OFFER_STATES for i in rounds),
        own_texts=_own_texts(store, app, interview, rounds, contacts),
        due_at=due_at(store, interview) if letter.status != "sent" else None,
        now=store.clock.now(),
        disabled_rules=frozenset(prefs.disabled_rules),
    )


def known_names(store: Store) -> list[str]:
    """Names of people and companies in the user's data, which spell checking accepts."""
    return [n for n in [store.settings.profile().name, *store.applications.names()] if n]


def speller_words(store: Store, ctx: CheckContext) -> list[str]:
    """Known names and every word of the user's notes, plan, experience and profile: never misspelt."""
    people = (ctx.recipient_name, *ctx.interviewer_names, *ctx.contact_names, ctx.company, ctx.role)
    texts = (*people, *ctx.challenge_quotes, *ctx.note_texts, *ctx.plan_texts, *ctx.own_texts)
    return known_names(store) + [t for t in texts if t]


def mailto_url(letter: Letter, to: str) -> str:
    """A mailto: link with the letter's subject and plain-text body."""
    body = body_plain_text(letter.body)[:MAX_MAILTO_BODY]
    address = quote(to.strip(), safe="@.+-_")
    return f"mailto:{address}?subject={quote(letter.subject, safe='')}&body={quote(body, safe='')}"
