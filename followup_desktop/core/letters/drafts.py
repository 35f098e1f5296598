"""Letter drafts assembled from the user's own interview material, one builder per kind.

A draft is never a blank template: the salutation names the recipient, the opening names
role, company and interview date, each challenge marked "include in letter" becomes a
paragraph built from the user's own "My experience" words and the quote it answers, the
plan's points to make follow, then the closing and signature from the profile. Missing
data shows as a visible «placeholder» that the checks flag. Phrasings vary: each challenge
picks one of several leads deterministically from its id, so two drafts of the same
interview agree while the paragraphs of one letter do not all start alike.

Pieces are plain text; `build_draft` escapes every paragraph for Markdown, so a contact
called "Dana <HR> Lee" or a company "*Acme*" reads in the letter exactly as typed.
"""

from __future__ import annotations

import datetime as _dt
import logging
import zlib
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from followup_desktop.core.clock import parse_iso, to_local
from followup_desktop.core.letters.layout import format_date
from followup_desktop.core.models import Application, Challenge, Contact, Interview
from followup_desktop.core.models.letters import Profile
from followup_desktop.core.text.markdown import escape_markdown
from followup_desktop.core.tracker.followups import interview_end

if TYPE_CHECKING:
    from followup_desktop.core.store import Store

log = logging.getLogger(__name__)

MAX_QUOTE_CHARS = 220
MAX_NEWS = 3  # later notes a check-in mentions
RECONSIDERATION = (
    "If the person you chose does not work out, I would be glad to be considered again, "
    "and I would welcome hearing about other openings where my experience could help."
)


@dataclass
class DraftInput:
    """Everything a draft is built from; gathered from the store by `draft_input`."""

    kind: str
    application: Application
    interview: Interview
    recipient: Contact | None
    challenges: list[Challenge] = field(default_factory=list)  # included ones, in the user's order
    points: list[str] = field(default_factory=list)
    speakers: dict[str, str] = field(default_factory=dict)  # contact id -> name
    profile: Profile = field(default_factory=Profile)
    date_format: str = "day month year"
    cares: dict[str, str] = field(default_factory=dict)  # interviewer id -> what they care about, panel order
    news: list[str] = field(default_factory=list)  # what is new since the interview, in the user's words


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
    return DraftInput(
        kind=kind,
        application=application,
        interview=interview,
        recipient=contacts.get(recipient_id) if recipient_id else None,
        challenges=[c for c in store.challenges.all(interview_id) if c.include_in_letter],
        points=[p.text.strip() for p in store.plans.items(interview_id, "point") if p.text.strip()],
        speakers={cid: c.name for cid, c in contacts.items()},
        profile=store.settings.profile(),
        date_format=store.settings.letter_prefs().date_format,
        cares={cid: cares[cid] for cid in store.interviews.interviewer_ids(interview_id) if cares.get(cid, "").strip()},
        news=[news.strip()] if news.strip() else notes_since(store, interview),
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
def salutation(recipient: Contact | None) -> str:
    """'Dear Dana Lee,' or a visible placeholder when nobody is chosen yet."""
    name = " ".join(recipient.name.split()) if recipient and recipient.name.strip() else "«interviewer name»"
    return f"Dear {name},"


def _first_name(recipient: Contact | None) -> str:
    return recipient.name.split()[0] if recipient and recipient.name.strip() else ""


def interview_date(interview: Interview, date_format: str) -> str:
    """The interview's local date in the user's format, or a placeholder."""
    when = interview.started_at or interview.scheduled_start
    if not when:
        return "«interview date»"
    try:
        return format_date(to_local(when).date(), date_format)
    except ValueError:
        return "«interview date»"


def _pick(options: tuple[str, ...], key: str) -> str:
    return options[zlib.crc32(key.encode("utf-8", "surrogatepass")) % len(options)]


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


_LEADS_OWN = (
    "You mentioned that “{q}”.",
    "I have kept thinking about what you said: “{q}”.",
    "When you described how “{q}”, it sounded very familiar.",
    "You told me that “{q}”, and I would like to say more about it.",
)
_LEADS_OTHER = (
    "{who} mentioned that “{q}”.",
    "I have kept thinking about what {who} said: “{q}”.",
    "When {who} described how “{q}”, it sounded very familiar.",
)
_LEADS_NO_QUOTE = (
    "One more thing from our conversation I would like to answer properly.",
    "Coming back to one of the challenges we discussed:",
)


def challenge_paragraph(challenge: Challenge, recipient: Contact | None, speakers: dict[str, str]) -> str:
    """One paragraph: the quote it answers, then the user's own experience in their words."""
    quote = _quote_text(challenge.quote or "")
    speaker = speakers.get(challenge.speaker_id or "", "")
    if not quote:
        lead = _pick(_LEADS_NO_QUOTE, challenge.id)
    elif speaker and (recipient is None or challenge.speaker_id != recipient.id):
        lead = _pick(_LEADS_OTHER, challenge.id).format(q=quote, who=speaker.split()[0])
    else:
        lead = _pick(_LEADS_OWN, challenge.id).format(q=quote)
    experience = challenge.experience.strip()
    body = _sentence(experience) if experience else "«my matching experience»"
    return f"{lead} {body}"


def _points(points: list[str], key: str) -> list[str]:
    """The plan's points to make: a sentence for one point, a short list for several."""
    if not points:
        return []
    if len(points) == 1:
        # Points are often fragments ("Scaled a 40-person team..."): a colon fits any of them.
        lead = _pick(("One more thing I would like to mention:", "One more thing I hope came across:"), key)
        point = " ".join(points[0].split()).rstrip(".")
        return [escape_markdown(f"{lead} {point[:1].upper()}{point[1:]}.")]
    lead = _pick(
        ("I would also like to add a few things we did not have time for:", "A few more things I hope came across:"),
        key,
    )
    return [escape_markdown(lead) + "\n\n" + _bullets(points)]


def _sign_off(profile: Profile) -> list[str]:
    closing = (profile.closing or "Kind regards").strip().rstrip(",")
    return [f"{closing},", profile.signature or "«your name»"]


def _bullets(items: list[str]) -> str:
    """A Markdown list of the user's words, each item on one line."""
    return "\n".join(f"- {escape_markdown(' '.join(item.split()))}" for item in items if item.strip())


def _list_words(text: str) -> str:
    return " ".join(text.split()).rstrip(".!?;:,")


def cares_paragraph(d: DraftInput) -> str:
    """What the interviewers said they care about, addressed to the recipient first."""
    sentences = []
    mine = d.cares.get(d.recipient.id, "") if d.recipient else ""
    if mine.strip():
        sentences.append(
            _pick(
                (
                    f"I know how much {_list_words(mine)} matters to you, and it has stayed on my mind.",
                    f"You made it clear that {_list_words(mine)} matters to you; I have kept it in mind.",
                ),
                d.interview.id,
            )
        )
    for cid, text in d.cares.items():
        if d.recipient is None or cid != d.recipient.id:
            who = d.speakers.get(cid, "").split()
            if who:
                sentences.append(f"I also remember what matters to {who[0]}: {_list_words(text)}.")
    return " ".join(sentences)


def news_paragraph(news: list[str]) -> list[str]:
    """What is new since the interview, in the user's own words."""
    if not news:
        return []
    if len(news) == 1:
        return [escape_markdown("There is something new since we spoke: " + _sentence(news[0]))]
    return ["A few things are new since we spoke:\n\n" + _bullets(news)]


# --------------------------------------------------------------------- per kind
def _openings(d: DraftInput) -> dict[str, str]:
    role = d.application.role.strip() or "«role»"
    company = d.application.company.strip() or "«company»"
    date = interview_date(d.interview, d.date_format)
    key = d.interview.id + (d.recipient.id if d.recipient else "")
    thank = _pick(
        (
            f"Thank you for taking the time to meet me on {date} to talk about the {role} role at {company}.",
            f"Thank you for our conversation on {date} about the {role} role at {company}.",
            f"Thank you for meeting me on {date}; I enjoyed learning more about the {role} role at {company}.",
        ),
        key,
    )
    return {
        "thank-you": thank,
        "rejection": f"Thank you for letting me know your decision about the {role} role at {company}. "
        f"I appreciated the time you spent with me on {date}, and I learned a lot from it.",
        "check-in": f"I hope you are well. I am writing to follow up on our interview on {date} "
        f"for the {role} role at {company}; I am still very interested.",
        "offer": f"Thank you very much for the offer for the {role} role at {company}. "
        f"I am delighted, and our conversation on {date} made me even keener to join.",
    }


_ENDINGS = {
    "thank-you": "I enjoyed our conversation and I am very interested in the role. "
    "Please let me know if I can send you anything else; I look forward to hearing from you.",
    "rejection": RECONSIDERATION + " Thank you again, and I wish you and the team every success.",
    "check-in": "Is there any news on the timeline, or anything more I can send you to help the decision?",
    "offer": "I will come back to you shortly about the details. Thank you again for your confidence in me.",
}
_CHALLENGE_LEADS = {
    "rejection": "I am still thinking about our conversation.",
    "check-in": "Since we spoke I have kept thinking about the challenges you described.",
    "offer": "I am looking forward to working on the challenges we discussed.",
}


def build_draft(d: DraftInput) -> Draft:
    """Assemble a letter of d.kind from the user's own material."""
    role = d.application.role.strip() or "«role»"
    subjects = {
        "thank-you": f"Thank you — {role} interview",
        "rejection": f"Thank you — {role}",
        "check-in": f"Following up on the {role} interview",
        "offer": f"Re: your offer for the {role} role",
    }
    blocks = [escape_markdown(salutation(d.recipient)), escape_markdown(_openings(d)[d.kind])]
    sources = []
    if d.kind == "check-in":
        cares = cares_paragraph(d)
        if cares:
            blocks.append(escape_markdown(cares))
        blocks.extend(news_paragraph(d.news))
    if d.challenges and d.kind in _CHALLENGE_LEADS:
        blocks.append(escape_markdown(_CHALLENGE_LEADS[d.kind]))
    for challenge in d.challenges:
        paragraph = challenge_paragraph(challenge, d.recipient, d.speakers)
        blocks.append(escape_markdown(paragraph))
        sources.append((challenge.id, paragraph))
    if d.kind in ("thank-you", "check-in"):
        blocks.extend(_points(d.points, d.interview.id))
    blocks.append(escape_markdown(_ENDINGS[d.kind]))
    blocks.extend(escape_markdown(line) for line in _sign_off(d.profile))
    return Draft(subject=subjects[d.kind], body="\n\n".join(blocks) + "\n", sources=sources)


def today_local(clock_now: _dt.datetime) -> _dt.date:
    """The local date of a UTC moment."""
    return clock_now.astimezone().date()
