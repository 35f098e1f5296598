"""A filled interview for letter tests: two interviewers, challenges, notes and plan points."""

from followup_desktop.core.models import Challenge, Note, PlanItem
from followup_desktop.core.models.letters import Profile
from followup_desktop.core.store.rows import new_id


def fill_interview(store, with_challenges=True):
    """Return (interview, dana, sam, [challenges]) for Acme Robotics."""
    app = store.applications.add("Acme Robotics", "Head of Platform")
    store.applications.add("Globex", "Engineer")
    dana = store.contacts.add(app.id, "Dana Lee", title="CTO")
    sam = store.contacts.add(app.id, "Sam Roe")
    interview = store.interviews.add(app.id, "Round 1", scheduled_start="2026-03-05T14:00:00.000Z")
    store.interviews.set_interviewers(interview.id, [dana.id, sam.id])
    now = store.now()
    note = Note(
        id=new_id(),
        interview_id=interview.id,
        stamped_at=now,
        text="Deploys stall because the payment queue loses messages when a node drains.",
        speaker_id=dana.id,
        created_at=now,
        updated_at=now,
    )
    store.rows.upsert(note)
    challenges = []
    if with_challenges:
        specs = [
            (
                2,
                "the payment queue loses messages when a node drains",
                dana.id,
                "At Northwind I made every consumer idempotent and added a pre-stop hook, so no message was lost",
                "your payment queue loses messages whenever a node drains",
            ),
            (
                1,
                "releases only happen once a fortnight",
                sam.id,
                "I moved a team from monthly to daily releases by automating the checklist",
                "releases happen only once a fortnight",
            ),
            (3, "hiring is slow", None, "not for the letter", ""),
        ]
        for position, quote, speaker, experience, summary in specs:
            c = Challenge(
                id=new_id(),
                interview_id=interview.id,
                note_id=note.id,
                quote=quote,
                speaker_id=speaker,
                experience=experience,
                summary=summary,
                position=position,
                include_in_letter=int(position != 3),
                created_at=now,
                updated_at=now,
            )
            store.rows.upsert(c)
            challenges.append(c)
    for position, text in enumerate(["Ten years running payment platforms", "I enjoy mentoring"]):
        store.rows.upsert(
            PlanItem(
                id=new_id(),
                interview_id=interview.id,
                kind="point",
                position=position,
                text=text,
                created_at=now,
                updated_at=now,
            )
        )
    store.settings.save_profile(
        Profile(
            name="Alex Doe", address_lines=["1 High Street", "Leeds"], email="alex@example.test", closing="Best wishes"
        )
    )
    return interview, dana, sam, sorted(challenges, key=lambda c: c.position)
