"""Realistic interviews made from a seed, for tests over many drafts: people with and without forms of
address, challenges noted in the company's "we", summaries written or not, quotes chosen or not,
profiles full or empty, follow-ups by e-mail or on paper. The same seed always makes the same interview."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from followup_desktop.core.clock import to_iso
from followup_desktop.core.models.letters import Profile

FIRST = "Priya Tom Ana Kenji Fatima Jane Helen Oluwaseun Marta Liam Sofia Daniel Grace Mateo Ingrid Rahul".split()
LAST = "Raman Berger Souza Watanabe Al-Sayed Okafor Cho Adeyemi Nowak O’Brien Lindqvist Moreau Fischer Haddad".split()
LAST += ["van Dijk", "de la Cruz"]
FORMS = ("", "", "Ms", "Mr", "Dr", "Professor", "Mx")
STYLES = ("", "", "title", "first", "full")
COMPANIES = ("Brightwater Analytics", "Kestrel Freight", "Orchid Health", "Lumen Payments", "Tidewell Energy")
OTHERS = ("Globex", "Initech", "Vandelay Industries")
ROLES = ("Head of Data", "VP Engineering", "Director of Product", "Principal Engineer", "Engineering Manager, Payments")
SYSTEMS = ("billing pipeline", "data warehouse", "mobile app", "search cluster", "payments API", "reporting stack")
TRIGGERS = (
    "traffic spikes on Mondays",
    "a vendor changes its schema",
    "two teams release at once",
    "the month-end close starts",
    "a region fails over",
)
# (what the user noted, in the company's words; what the user would write in their own words)
CHALLENGES = (
    ("Our {sys} falls over whenever {trig}", "your {sys} falls over whenever {trig}"),
    ("We lose a day every time {trig}; nobody owns the fix", "you lose a day every time {trig}"),
    ("The {sys} is held together by one person: we cannot hire fast enough", "one person holds the {sys} together"),
    ("We need someone who can rebuild the {sys} without stopping the business", "the {sys} needs rebuilding"),
    ("Our {sys} still runs on scripts nobody understands — it scares us", "your {sys} runs on fragile scripts"),
    ("Leadership wants the {sys} twice as fast by next year", "leadership wants the {sys} twice as fast"),
)
PREVIOUS = ("Fernway", "Redfield", "Alderbank", "Copperline")
ACTIONS = (
    "rebuilt the {sys} around queues and idempotent workers",
    "introduced load tests from real traffic",
    "split a monolith into four services owned by their teams",
    "hired and onboarded six engineers in a quarter",
    "moved deployments from weekly to daily",
)
RESULTS = (
    "cut incidents by half",
    "ended the night shifts",
    "made releases routine",
    "saved a fifth of the cloud bill",
)
DETAILS = (  # the second sentence people add to an experience
    "The team of eight owned it end to end, and I kept the old path running until the new one had proven itself.",
    "It took two quarters, and the business never stopped taking orders while we did it.",
    "I wrote the plan with the operations leads, so the people on call agreed with every step.",
    "We measured it every week on a dashboard the whole company could see.",
)
POINTS = (
    "Led 30 engineers through the {sys} migration at {prev}",
    "Built an on-call rotation that halved pages per engineer",
    "Mentored four engineers into team-lead roles",
    "Ran budgets of several million at {prev}",
)
CARES = ("predictable releases", "hiring senior engineers", "fewer incidents at month-end", "clear ownership")
NEWS = ("I finished the AWS Solutions Architect certification", "My notice period is now one month")
CLOSINGS = ("Kind regards", "Best wishes", "With best regards", "Thank you", "Warm regards", "Yours sincerely")


def generate(store, seed: int):
    """Fill the store with one interview made from `seed`; returns (interview, its contacts)."""
    rng = random.Random(seed)
    pick = rng.choice
    company, system, previous = pick(COMPANIES), pick(SYSTEMS), pick(PREVIOUS)
    for other in rng.sample(OTHERS, rng.randint(0, 2)):
        store.applications.add(other, pick(ROLES))
    app = store.applications.add(company, pick(ROLES) if rng.random() > 0.05 else "")
    names = rng.sample([f"{f} {last}" for f in FIRST for last in LAST], rng.randint(1, 3))
    people = [
        store.contacts.add(app.id, name, form_of_address=pick(FORMS), salutation=pick(STYLES), title=pick(ROLES))
        for name in names
    ]
    start = datetime(2026, 1, 1, 9, tzinfo=UTC) + timedelta(days=rng.randint(0, 364), hours=rng.randint(0, 8))
    interview = store.interviews.add(app.id, "Round 1", scheduled_start=to_iso(start) if rng.random() > 0.05 else "")
    store.interviews.set_interviewers(interview.id, [p.id for p in people])
    if rng.random() < 0.7:
        store.interviews.update(interview.id, started_at=to_iso(start), ended_at=to_iso(start + timedelta(minutes=45)))
    for person in people:
        if rng.random() < 0.5:
            store.plans.set_cares_about(interview.id, person.id, pick(CARES))
    store.plans.save(interview.id, followup_channel=pick(("email", "email", "letter", "both")))
    for point in rng.sample(POINTS, rng.randint(0, 3)):
        store.plans.add_item(interview.id, "point", point.format(sys=system, prev=previous))
    stamp = start
    for n, (noted, own) in enumerate(rng.sample(CHALLENGES, rng.randint(2, 4))):
        stamp += timedelta(minutes=5)
        trigger = pick(TRIGGERS)
        speaker = pick([*people, None])
        note = store.notes.add(
            interview.id,
            noted.format(sys=system, trig=trigger),
            to_iso(stamp),
            "challenge",
            speaker.id if speaker else None,
        )
        challenge = store.challenges.add(note.id)
        experience = f"At {previous} I {pick(ACTIONS).format(sys=system)}, which {pick(RESULTS)}. {pick(DETAILS)}"
        store.challenges.update(
            challenge.id,
            summary=own.format(sys=system, trig=trigger) if rng.random() < 0.6 else "",
            experience=experience if rng.random() > 0.1 else "",
            include_in_letter=n < 3 or rng.random() < 0.5,
            quote_in_letter=rng.random() < 0.25,
        )
    if rng.random() < 0.3:
        store.notes.add(interview.id, pick(NEWS), to_iso(start + timedelta(days=3)), "other")
    store.settings.save_profile(
        Profile(
            name=pick(("Alex Doe", "Sam Patel", "")),
            address_lines=pick((["1 High Street", "Leeds LS1 1AA"], [])),
            closing=pick(CLOSINGS),
        )
    )
    prefs = store.settings.letter_prefs()
    prefs.salutation = pick(("title", "first", "full"))
    prefs.date_format = pick(("day month year", "month day, year", "iso"))
    store.settings.save_letter_prefs(prefs)
    return store.interviews.get(interview.id), people
