import pytest

from followup_desktop.core.store import NotFoundError, Store, ValidationError


@pytest.fixture
def app(store):
    return store.applications.add("Acme Corp", "Staff Engineer")


def test_application_crud(store, clock, app):
    assert store.applications.get(app.id) == app
    assert app.created_at == "2026-03-02T09:00:00.000Z"
    clock.advance(60)
    changed = store.applications.update(app.id, role="Principal Engineer", status="offer")
    assert changed.role == "Principal Engineer" and changed.updated_at == "2026-03-02T09:01:00.000Z"
    assert store.applications.all() == [changed]
    store.applications.delete(app.id)
    assert store.applications.all() == []


def test_contact_crud(store, app):
    c = store.contacts.add(app.id, "Dana Lee", title="CTO", email="dana@acme.test")
    assert store.contacts.all(app.id) == [c]
    assert store.contacts.update(c.id, phone="+1 555").phone == "+1 555"
    store.contacts.delete(c.id)
    assert store.contacts.all(app.id) == []


def test_interview_crud_and_order(store, app):
    later = store.interviews.add(app.id, "Round 2", scheduled_start="2026-04-02T10:00:00.000Z")
    sooner = store.interviews.add(app.id, "Round 1", scheduled_start="2026-04-01T10:00:00.000Z")
    assert [i.title for i in store.interviews.all(app.id)] == ["Round 1", "Round 2"]
    assert store.interviews.update(sooner.id, outcome="next-round").outcome == "next-round"
    store.interviews.delete(later.id)
    assert [i.id for i in store.interviews.all()] == [sooner.id]


def test_interviewers_keep_order_and_belong_to_the_application(store, app):
    a, b = store.contacts.add(app.id, "A"), store.contacts.add(app.id, "B")
    interview = store.interviews.add(app.id, "Panel")
    store.interviews.set_interviewers(interview.id, [b.id, a.id])
    assert [c.name for c in store.interviews.interviewers(interview.id)] == ["B", "A"]
    other = store.applications.add("Other Co")
    stranger = store.contacts.add(other.id, "Stranger")
    with pytest.raises(ValidationError):
        store.interviews.set_interviewers(interview.id, [stranger.id])
    assert store.interviews.interviewer_ids(interview.id) == [b.id, a.id]


def test_deleting_an_application_cascades(store, app):
    c = store.contacts.add(app.id, "Dana")
    i = store.interviews.add(app.id, "Round 1")
    store.interviews.set_interviewers(i.id, [c.id])
    store.applications.delete(app.id)
    assert store.interviews.all() == []
    assert store.db.execute("SELECT count(*) FROM contacts").fetchone()[0] == 0
    assert store.db.execute("SELECT count(*) FROM interview_participants").fetchone()[0] == 0


def test_deleting_a_contact_removes_it_from_panels(store, app):
    c = store.contacts.add(app.id, "Dana")
    i = store.interviews.add(app.id)
    store.interviews.set_interviewers(i.id, [c.id])
    store.contacts.delete(c.id)
    assert store.interviews.interviewers(i.id) == []


@pytest.mark.parametrize("company", ["", "   ", "\t\n"])
def test_empty_company_is_refused(store, company):
    with pytest.raises(ValidationError, match="company name cannot be empty"):
        store.applications.add(company)


@pytest.mark.parametrize(
    "call",
    [
        lambda s: s.applications.get("nope"),
        lambda s: s.interviews.get("nope"),
        lambda s: s.contacts.get("nope"),
        lambda s: s.interviews.add("nope"),
        lambda s: s.applications.update("nope", role="x"),
    ],
)
def test_missing_rows_raise_not_found(store, call):
    with pytest.raises(NotFoundError):
        call(store)


@pytest.mark.parametrize(
    "changes",
    [
        {"status": "sleeping"},
        {"bogus": 1},
    ],
)
def test_bad_application_changes_are_refused(store, app, changes):
    with pytest.raises(ValidationError):
        store.applications.update(app.id, **changes)


@pytest.mark.parametrize(
    "changes",
    [
        {"format": "telepathy"},
        {"outcome": "maybe"},
        {"duration_minutes": -5},
        {"duration_minutes": "60"},
    ],
)
def test_bad_interview_values_are_refused(store, app, changes):
    with pytest.raises(ValidationError):
        store.interviews.add(app.id, **changes)


HOSTILE = [
    "x" * 500,  # the longest name a field holds (core/store/limits.py; longer: tests/faults/test_limits_fields.py)
    "Zürich 🚀👩‍👩‍👧‍👦 — ✓",
    "שלום עולם مرحبا بالعالم",
    "nul\x00bell\x07esc\x1b[31m tab\t cr\r lf\n del\x7f",
    "\u202eevil\u202c \u200b\ufeff",
    "e\u0301\u0301\u0301 combining",
    "<script>alert(1)</script> ' OR 1=1; --",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_is_stored_exactly(file_store, text):
    app = file_store.applications.add(text, text, job_ad=text, notes=text)
    again = file_store.applications.get(app.id)
    assert (again.company, again.role, again.job_ad, again.notes) == (text.strip(), text, text, text)
    contact = file_store.contacts.add(app.id, text, title=text, email=text)
    assert file_store.contacts.get(contact.id).title == text


def test_lone_surrogates_become_replacement_characters(store):
    app = store.applications.add("A\ud800B", role="\udfff")
    assert store.applications.get(app.id).company == "A\ufffdB"
    assert store.applications.get(app.id).role == "\ufffd"


def test_surrogate_pairs_are_joined(store):
    app = store.applications.add("smile \ud83d\ude00")
    assert store.applications.get(app.id).company == "smile 😀"


def test_writes_are_durable_without_closing(tmp_path, clock):
    path = tmp_path / "db.sqlite3"
    first = Store.open(path, clock)
    app = first.applications.add("Durable Inc")
    second = Store.open(path, clock)  # another connection sees the committed row at once
    assert second.applications.get(app.id).company == "Durable Inc"
    second.close()
    first.close()
