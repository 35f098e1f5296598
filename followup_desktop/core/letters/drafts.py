"""Letter drafts assembled from the user's own interview material, one builder per kind.

A draft is never a blank template: the salutation greets the recipient in their style (greeting.py),
the opening names role, company and interview date, each challenge marked "include in letter" becomes
a paragraph that tells back what was said in the user's own words (the challenge's summary) and
answers it with the user's own experience, the plan's points to make follow, then the closing and
signature from the profile. The interviewer is quoted only where the user chose to quote them.

Missing data shows as a visible «placeholder» that the checks flag; so does a summary the user has not
written or accepted yet (its suggestion is shown «between guillemets»), so that no words the user has
not read go out in their name. No two paragraphs of one letter open alike (phrasing.Openings).

Pieces are plain text; `build_draft` escapes every paragraph for Markdown, so a contact
called "Dana <HR> Lee" or a company "*Acme*" reads in the letter exactly as typed.
"""

from __future__ import annotations

import datetime as _dt
import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from followup_desktop.core.clock import parse_iso, to_local
from followup_desktop.core.letters import greeting, phrasing
from followup_desktop.core.letters.layout import format_date
from followup_desktop.core.letters.phrasing import Openings
from followup_desktop.core.letters.summary import in_sentence, suggest_summary
from followup_desktop.core.models import Application, Challenge, Contact, Interview
from followup_desktop.core.models.letters import Letter, Profile
from followup_desktop.core.text.markdown import escape_markdown
from followup_desktop.core.text.safe import xml_safe
from followup_desktop.core.tracker.followups import interview_end

if TYPE_CHECKING:
    from followup_desktop.core.store import Store

log = logging.getLogger(__name__)

MAX_QUOTE_CHARS = 220
MAX_NEWS = 3  # later notes a check-in mentions
NAME_PLACEHOLDER, ADDRESS_PLACEHOLDER = "«your name»", "«your address»"
EXPERIENCE_PLACEHOLDER, SUMMARY_PLACEHOLDER = "«my matching experience»", "«what you heard, in your words»"
POSTAL_CHANNELS = ("letter", "both")  # a follow-up sent on paper needs the sender's address


@dataclass
class DraftInput:
    """Everything a draft is built from; gathered from the store by `draft_input`."""

    kind: str
    application: Application
    interview: Interview
    recipient: Contact | None
    challenges: list[Challenge] = field(default_factory=list)  # included ones, in the user's order
    points: list[str] = field(default_factory=list)
    speakers: dict[str, str] = field(default_factory=dict)  # contact id -> how the letter names them
    profile: Profile = field(default_factory=Profile)
    date_format: str = "day month year"
    cares: dict[str, str] = field(default_factory=dict)  # interviewer id -> what they care about, panel order
    news: list[str] = field(default_factory=list)  # what is new since the interview, in the user's words
    salutation_style: str = greeting.DEFAULT_STYLE  # the default from Settings; the recipient's own wins
    postal: bool = False  # the follow-up goes on paper: a missing address is a placeholder
    names: tuple[str, ...] = ()  # people and companies, whose capitals a summary keeps inside a sentence


@dataclass
class Draft:
    """A new letter's subject and Markdown body, and which paragraph each challenge became."""

    subject: str
    body: str
    sources: list[tuple[str, str]]  # (challenge id, paragraph text)


def draft_input(store: Store, interview_id: str, kind: str, recipient_id: str | None, news: str = "") -> DraftInput:
    """Read what a draft needs from the store; `news` is what the user says is new (else later notes)."""
    interview = store.interviews.get(interview_id)
    application = store.applications.get(interview.application_id)
    contacts = {c.id: c for c in store.contacts.all(application.id)}
    cares = store.plans.cares_about(interview_id)
    prefs = store.settings.letter_prefs()
    recipient = contacts.get(recipient_id) if recipient_id else None
    style = greeting.style_of(recipient, prefs.salutation)
    return DraftInput(
        kind=kind,
        application=application,
        interview=interview,
        recipient=recipient,
        challenges=[c for c in store.challenges.all(interview_id) if c.include_in_letter],
        points=[p.text.strip() for p in store.plans.items(interview_id, "point") if p.text.strip()],
        speakers={cid: greeting.referred(c, style) for cid, c in contacts.items()},
        profile=store.settings.profile(),
        date_format=prefs.date_format,
        cares={cid: cares[cid] for cid in store.interviews.interviewer_ids(interview_id) if cares.get(cid, "").strip()},
        news=[news.strip()] if news.strip() else notes_since(store, interview),
        salutation_style=prefs.salutation,
        postal=store.plans.get(interview_id).followup_channel in POSTAL_CHANNELS,
        names=(application.company, *(c.name for c in contacts.values())),
    )


def notes_since(store: Store, interview: Interview) -> list[str]:
    """The texts of the notes taken after the interview ended (the newest MAX_NEWS), oldest first."""
    end = interview_end(interview)
    if end is None:
        return []
    later = []
    for note in store.notes.all(interview.id):
        try:
            if note.text.strip() and parse_iso(note.stamped_at) > end:
                later.append(note.text.strip())
        except ValueError:
            continue
    return later[-MAX_NEWS:]


# --------------------------------------------------------------------- pieces
def salutation(recipient: Contact | None, style: str = greeting.DEFAULT_STYLE) -> str:
    """'Dear Ms Raman,' in the recipient's style, or a visible placeholder when nobody is chosen yet."""
    return greeting.salutation(recipient, style)


def interview_date(interview: Interview, date_format: str) -> str:
    """The interview's local date in the user's format, or a placeholder."""
    when = interview.started_at or interview.scheduled_start
    if not when:
        return "«interview date»"
    try:
        return format_date(to_local(when).date(), date_format)
    except ValueError:
        return "«interview date»"


def _quote_text(quote: str) -> str:
    text = " ".join(quote.split()).strip(" \"“”'‘’")
    text = text.rstrip(".!?;:,")
    if len(text) > MAX_QUOTE_CHARS:
        text = text[:MAX_QUOTE_CHARS].rsplit(" ", 1)[0] + "…"
    return text


def _sentence(text: str) -> str:
    text = " ".join(text.split())
    if text and text[-1] not in ".!?…»":
        text += "."
    return text[:1].upper() + text[1:]


def summary_clause(challenge: Challenge, names: tuple[str, ...] = ()) -> str:
    """The challenge as a clause in the user's words; an unaccepted suggestion is marked «like this»."""
    written = in_sentence(challenge.summary, names)
    if written:
        return written
    suggestion = in_sentence(suggest_summary(challenge.quote or ""), names)
    return f"«{suggestion}»" if suggestion else SUMMARY_PLACEHOLDER


def challenge_paragraph(
    challenge: Challenge,
    recipient: Contact | None,
    speakers: Mapping[str, str],
    openings: Openings | None = None,
    names: tuple[str, ...] = (),
) -> str:
    """One paragraph: what was said (in the user's words, or quoted if they chose), then their experience."""
    openings = openings or Openings()
    speaker = speakers.get(challenge.speaker_id or "", "")
    own = recipient is not None and challenge.speaker_id == recipient.id
    quote = _quote_text(challenge.quote or "") if challenge.quote_in_letter else ""
    options: tuple[str, ...]
    if quote:
        options = phrasing.QUOTE_OWN if own else phrasing.QUOTE_OTHER if speaker else phrasing.QUOTE_NOBODY
        values = {"q": quote}
    else:
        options = phrasing.SUMMARY_OWN if own else phrasing.SUMMARY_OTHER if speaker else phrasing.SUMMARY_NOBODY
        values = {"s": summary_clause(challenge, names)}
    lead = openings.pick([o.format(who=speaker, **values) for o in options], challenge.id)
    lead = lead[:1].upper() + lead[1:]  # "{who}" may start it
    experience = challenge.experience.strip()
    return f"{lead} {_sentence(experience) if experience else EXPERIENCE_PLACEHOLDER}"


def letter_paragraphs(
    store: Store, letter: Letter, challenge_ids: list[str], existing: list[str]
) -> list[tuple[str, str]]:
    """(challenge id, paragraph) for challenges pulled into a letter being edited: written for its recipient,
    each opening unlike the `existing` paragraphs it will sit among and unlike each other."""
    d = draft_input(store, letter.interview_id, letter.kind, letter.recipient_id)
    openings = Openings()
    for paragraph in existing:
        openings.take(paragraph)
    by_id = {c.id: c for c in store.challenges.all(letter.interview_id)}
    return [
        (cid, challenge_paragraph(by_id[cid], d.recipient, d.speakers, openings, d.names))
        for cid in challenge_ids
        if cid in by_id
    ]


def _bullets(items: list[str]) -> str:
    """A Markdown list of the user's words, each item on one line."""
    return "\n".join(f"- {escape_markdown(' '.join(item.split()))}" for item in items if item.strip())


def _points(points: list[str], key: str, openings: Openings) -> list[str]:
    """The plan's points to make: a sentence for one point, a short list for several."""
    if not points:
        return []
    if len(points) == 1:
        # Points are often fragments ("Scaled a 40-person team..."): a colon fits any of them.
        point = " ".join(points[0].split()).rstrip(".")
        point = f"{point[:1].upper()}{point[1:]}."
        return [escape_markdown(openings.pick([o.format(p=point) for o in phrasing.ONE_POINT], key))]
    return [escape_markdown(openings.pick(phrasing.SEVERAL_POINTS, key)) + "\n\n" + _bullets(points)]


def _list_words(text: str, names: tuple[str, ...]) -> str:
    return in_sentence(" ".join(text.split()), names)


def cares_paragraph(d: DraftInput, openings: Openings | None = None) -> str:
    """What the interviewers said they care about, addressed to the recipient first."""
    openings = openings or Openings()
    sentences = []
    mine = d.cares.get(d.recipient.id, "") if d.recipient else ""
    if mine.strip():
        options = [o.format(c=_list_words(mine, d.names)) for o in phrasing.OWN_CARES]
        sentences.append(openings.pick(options, d.interview.id))
    for cid, text in d.cares.items():
        if d.recipient is None or cid != d.recipient.id:
            who = d.speakers.get(cid, "")
            if who and sentences:
                sentences.append(phrasing.OTHER_CARES.format(who=who, c=_list_words(text, d.names)))
            elif who:
                options = [o.format(who=who, c=_list_words(text, d.names)) for o in phrasing.OTHER_CARES_FIRST]
                sentences.append(openings.pick(options, d.interview.id))
    return " ".join(sentences)


def news_paragraph(news: list[str], key: str = "", openings: Openings | None = None) -> list[str]:
    """What is new since the interview, in the user's own words."""
    openings = openings or Openings()
    if not news:
        return []
    if len(news) == 1:
        return [escape_markdown(openings.pick([o.format(n=_sentence(news[0])) for o in phrasing.ONE_NEWS], key))]
    return [escape_markdown(openings.pick(phrasing.SEVERAL_NEWS, key)) + "\n\n" + _bullets(news)]


# --------------------------------------------------------------------- per kind
_OPENINGS = {
    "thank-you": phrasing.thank_you_openings,
    "rejection": phrasing.rejection_openings,
    "check-in": phrasing.check_in_openings,
    "offer": phrasing.offer_openings,
}


def _opening(d: DraftInput, openings: Openings) -> str:
    role = d.application.role.strip() or "«role»"
    company = d.application.company.strip() or "«company»"
    date = interview_date(d.interview, d.date_format)
    key = d.interview.id + (d.recipient.id if d.recipient else "")
    options = _OPENINGS[d.kind](date, role, company)
    ahead = phrasing.CHALLENGES_AHEAD.get(d.kind) if d.challenges else None
    return openings.pick([f"{o} {ahead}" if ahead else o for o in options], key)


def _sign_off(profile: Profile) -> list[str]:
    closing = (profile.closing or "Kind regards").strip().rstrip(",")
    return [f"{closing},", profile.signature or NAME_PLACEHOLDER]


def draft_subject(kind: str, role: str) -> str:
    """The subject a new letter of this kind gets for this role."""
    role = role.strip() or "«role»"
    subjects = {
        "thank-you": f"Thank you — {role} interview",
        "rejection": f"Thank you — {role}",
        "check-in": f"Following up on the {role} interview",
        "offer": f"Re: your offer for the {role} role",
    }
    return subjects[kind]


def build_draft(d: DraftInput) -> Draft:
    """Assemble a letter of d.kind from the user's own material."""
    openings = Openings()
    style = greeting.style_of(d.recipient, d.salutation_style)
    sign_off = [openings.take(line) for line in _sign_off(d.profile)]  # the user's own: others avoid them
    blocks = []
    if d.postal and not d.profile.address_lines:
        blocks.append(escape_markdown(openings.take(ADDRESS_PLACEHOLDER)))
    blocks.append(escape_markdown(openings.take(salutation(d.recipient, style))))
    blocks.append(escape_markdown(_opening(d, openings)))
    sources = []
    if d.kind == "check-in":
        cares = cares_paragraph(d, openings)
        if cares:
            blocks.append(escape_markdown(cares))
        blocks.extend(news_paragraph(d.news, d.interview.id, openings))
    for challenge in d.challenges:
        paragraph = challenge_paragraph(challenge, d.recipient, d.speakers, openings, d.names)
        blocks.append(escape_markdown(paragraph))
        sources.append((challenge.id, xml_safe(paragraph)))  # the paragraph as the letter holds it
    if d.kind in ("thank-you", "check-in"):
        blocks.extend(_points(d.points, d.interview.id, openings))
    blocks.append(escape_markdown(openings.pick(phrasing.ENDINGS[d.kind], d.interview.id + d.kind)))
    blocks.extend(escape_markdown(line) for line in sign_off)
    return Draft(subject=draft_subject(d.kind, d.application.role), body="\n\n".join(blocks) + "\n", sources=sources)


def today_local(clock_now: _dt.datetime) -> _dt.date:
    """The local date of a UTC moment."""
    return clock_now.astimezone().date()
