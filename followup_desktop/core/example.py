"""A realistic sample application for a first look, clearly marked and removable in one step.

Built only through the store's public methods, so it is exactly what a user could have typed:
a senior role, its contacts, a plan, an interview that happened yesterday with timestamped
notes, three challenges told in the user's own words and paired with experiences (one from the
story bank) and a thank-you draft from the same builder the letter pane uses. The application id is remembered in the
setting ``example.application_id`` (and the story's in ``example.story_id``) so that
`remove_example` deletes exactly what `create_example` made.
"""

from __future__ import annotations

import logging
from datetime import timedelta
from typing import TYPE_CHECKING

from followup_desktop.core.clock import to_iso
from followup_desktop.core.store.errors import NotFoundError

if TYPE_CHECKING:
    from followup_desktop.core.models import Story
    from followup_desktop.core.store import Store

log = logging.getLogger(__name__)

EXAMPLE_KEY = "example.application_id"
STORY_KEY = "example.story_id"
EXAMPLE_SUFFIX = " (example)"

COMPANY = "Northwind Logistics" + EXAMPLE_SUFFIX
ROLE = "Head of Platform Engineering"
CONTACTS = (  # name, form of address, title, email, what they care about
    (
        "Maya Okafor",
        "Ms",
        "VP Engineering",
        "maya.okafor@northwind.example",
        "Reliability of the routing platform during peak season; growing engineering leads.",
    ),
    (
        "Tom Berger",
        "Mr",
        "Director of Operations",
        "tom.berger@northwind.example",
        "Fewer manual hand-offs between warehouse systems and dispatch.",
    ),
    ("Lena Fischer", "", "Talent Partner", "lena.fischer@northwind.example", ""),
)
OBJECTIVES = (
    "Show I can lead platform teams through a migration without an outage",
    "Understand how success is measured in the first six months",
)
QUESTIONS = (
    "What does a good first six months look like for this role?",
    "Where does the platform hurt most during peak season?",
    "How are platform priorities decided between product and operations?",
    "What would make you hesitate about a candidate for this role?",
)
POINTS = (
    "Led the move of 40 services to Kubernetes at Fernway with zero customer-facing downtime",
    "Built an on-call rotation that cut pages per engineer by half",
    "Mentored four engineers into team-lead roles",
)
STORY = dict(
    title="Peak-season capacity at Fernway",
    situation="Order volume tripled every December and the dispatch API fell over twice a year.",
    action="Introduced load tests from real traffic, autoscaling and a capacity review six weeks before peak.",
    result="Two peak seasons without an incident; infrastructure cost per order down 18%.",
    tags="scaling, reliability, leadership",
)
# minute, speaker index (None = me), kind, question index or None, text
NOTES = (
    (1, 0, "other", None, "Maya opened with the team: 28 engineers in four squads, two without a lead."),
    (4, None, "answer", 0, "Asked about the first six months."),
    (
        5,
        0,
        "goal",
        0,
        "First six months: a platform roadmap the squads agree on and two new team leads hired or grown from inside.",
    ),
    (
        9,
        0,
        "challenge",
        1,
        "Peak season is the pain: last November the routing service fell over twice and orders were delayed by a day.",
    ),
    (
        13,
        1,
        "problem",
        None,
        "Dispatch and the warehouse systems still hand off by CSV files at night; "
        "errors are found only in the morning.",
    ),
    (
        17,
        None,
        "answer",
        None,
        "Told the Fernway capacity story: load tests from real traffic and a review six weeks before peak.",
    ),
    (21, 1, "need", 2, "Operations wants a say in platform priorities; today product decides alone."),
    (26, 0, "answer", 3, "Hesitation would be someone who only talks architecture and never ships."),
    (30, 2, "other", None, "Lena: next step is a conversation with the CTO, decision within two weeks."),
    (33, None, "action", None, "Send the Fernway on-call rotation write-up to Maya."),
    (36, 1, "answer", None, "Tom liked the idea of a shared weekly triage between ops and platform."),
    (40, 0, "other", None, "Wrap-up: Maya asked for my notice period (three months)."),
)
CHALLENGES = (  # note index, the challenge in my words, experience, links the story
    (
        3,
        "peak season strains your routing service, which fell over twice last November",
        "At Fernway the dispatch API failed every December until I introduced load tests from real traffic "
        "and a capacity review six weeks before peak; we then ran two peak seasons without an incident.",
        True,
    ),
    (
        4,
        "dispatch and the warehouse systems still hand off by CSV files at night, so errors surface only "
        "the next morning",
        "I replaced nightly file hand-offs with an event stream at Fernway, so errors surfaced within minutes "
        "instead of the next morning.",
        False,
    ),
    (
        6,
        "operations would like a say in platform priorities, which product decides alone today",
        "I set up a weekly triage where operations and platform ranked the backlog together; "
        "escalations dropped within a quarter.",
        False,
    ),
)


def example_application_id(store: Store) -> str | None:
    """The id of the example application if it still exists, else None."""
    app_id = store.settings.get(EXAMPLE_KEY)
    if not isinstance(app_id, str) or not app_id:
        return None
    try:
        store.applications.get(app_id)
    except NotFoundError:
        return None
    return app_id


def suggested_stories(store: Store, interview_id: str, text: str, limit: int = 5) -> list[Story]:
    """Stories like `text` for a challenge of this interview; the example's own story only for the example."""
    example_story = store.settings.get(STORY_KEY) or None
    if example_story:
        app_id = example_application_id(store)
        if app_id and store.interviews.get(interview_id).application_id == app_id:
            example_story = None  # the example's challenges may show its story
    stories = store.stories.suggest(text, limit + 1)
    return [s for s in stories if s.id != example_story][:limit]


def create_example(store: Store) -> str:
    """Create the sample application with everything in it; returns its id (an existing one is reused)."""
    from followup_desktop.core.letters.drafts import build_draft, draft_input  # on use: it pulls in the letter code

    existing = example_application_id(store)
    if existing:
        return existing
    now = store.clock.now()
    start = (now - timedelta(days=1)).replace(hour=14, minute=0, second=0, microsecond=0)
    with store.atomic():
        app = store.applications.add(
            COMPANY,
            ROLE,
            job_ad="Lead four platform squads (28 engineers) that run routing, dispatch and warehouse integration.",
        )
        contacts = [
            store.contacts.add(app.id, name, form_of_address=form, title=title, email=email)
            for name, form, title, email, _ in CONTACTS
        ]
        interview = store.interviews.add(
            app.id,
            "Panel interview",
            scheduled_start=to_iso(start),
            duration_minutes=45,
            format="video",
            location="https://meet.example/northwind-panel",
        )
        store.interviews.set_interviewers(interview.id, [c.id for c in contacts])
        for contact, (*_, cares) in zip(contacts, CONTACTS):
            if cares:
                store.plans.set_cares_about(interview.id, contact.id, cares)
        store.plans.save(
            interview.id,
            research="Northwind runs same-day delivery for 300 retailers; "
            "the platform team owns routing, dispatch and warehouse integration.",
            followup_whom="Maya Okafor",
        )
        for kind, texts in (("objective", OBJECTIVES), ("question", QUESTIONS), ("point", POINTS)):
            items = [store.plans.add_item(interview.id, kind, text) for text in texts]
            if kind == "question":
                questions = items
        story = store.stories.add(**STORY)
        store.interviews.update(interview.id, started_at=to_iso(start), ended_at=to_iso(start + timedelta(minutes=44)))
        notes = [
            store.notes.add(
                interview.id,
                text,
                to_iso(start + timedelta(minutes=minute)),
                kind,
                contacts[speaker].id if speaker is not None else None,
                questions[question].id if question is not None else None,
            )
            for minute, speaker, kind, question, text in NOTES
        ]
        for note_index, summary, experience, with_story in CHALLENGES:
            challenge = store.challenges.add(notes[note_index].id)
            store.challenges.update(
                challenge.id,
                summary=summary,
                experience=experience,
                include_in_letter=True,
                story_id=story.id if with_story else None,
            )
        draft = build_draft(draft_input(store, interview.id, "thank-you", contacts[0].id))
        store.letters.add(interview.id, "thank-you", contacts[0].id, draft.subject, draft.body, draft.sources)
        store.settings.set(EXAMPLE_KEY, app.id)
        store.settings.set(STORY_KEY, story.id)
    log.info("example application created")
    return app.id


def remove_example(store: Store) -> bool:
    """Delete the example application and its story, nothing else; False when there was none."""
    app_id = example_application_id(store)
    story_id = store.settings.get(STORY_KEY)
    with store.atomic():
        if app_id:
            store.applications.delete(app_id)
        if story_id:
            try:
                store.stories.delete(story_id)
            except NotFoundError:
                pass
        store.settings.set(EXAMPLE_KEY, "")
        store.settings.set(STORY_KEY, "")
    log.info("example application removed")
    return bool(app_id)
