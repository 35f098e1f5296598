"""The sample application: realistic, marked as an example, removed without touching the user's data."""

from followup_desktop.core import example

DATA_TABLES = (
    "applications",
    "contacts",
    "interviews",
    "interview_participants",
    "plans",
    "plan_items",
    "notes",
    "stories",
    "challenges",
    "letters",
    "letter_sources",
    "contact_log",
)


def _counts(store):
    return {t: store.db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in DATA_TABLES}


def test_example_is_complete_and_marked(store):
    app_id = example.create_example(store)
    app = store.applications.get(app_id)
    assert app.company.endswith("(example)") and store.settings.get(example.EXAMPLE_KEY) == app_id
    (interview,) = store.interviews.all(app_id)
    assert interview.started_at and interview.ended_at
    notes = store.notes.all(interview.id)
    assert len(notes) == 12 and all(n.stamped_at >= interview.started_at for n in notes)
    assert sum(1 for n in notes if n.question_id) >= 4 and sum(1 for n in notes if n.speaker_id) >= 8
    challenges = store.challenges.all(interview.id)
    assert len(challenges) == 3 and all(c.experience for c in challenges)
    assert sum(1 for c in challenges if c.story_id) == 1
    assert set(store.plans.cares_about(interview.id).values()) - {""}
    (letter,) = store.letters.all(interview.id)
    assert letter.body.startswith("Dear Ms Okafor,") and len(store.letters.sources(letter.id)) == 3


def test_example_is_created_once(store):
    assert example.create_example(store) == example.create_example(store)
    assert len(store.applications.all()) == 1


def test_remove_example_leaves_the_users_data_alone(store):
    mine = store.applications.add("Acme", "Engineer")
    store.stories.add("My own story")
    before = _counts(store)
    example.create_example(store)
    assert example.remove_example(store)
    assert _counts(store) == before
    assert [a.id for a in store.applications.all()] == [mine.id]
    assert example.example_application_id(store) is None and not example.remove_example(store)


def test_remove_on_an_empty_database_counts_back_to_zero(store):
    example.create_example(store)
    example.remove_example(store)
    assert set(_counts(store).values()) == {0}
