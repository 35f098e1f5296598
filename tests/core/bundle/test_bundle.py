import copy
import json
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from followup_desktop.core import bundle
from followup_desktop.core.bundle import BundleError
from followup_desktop.core.store import Store


def _fill(store, company="Acme", text="Build things"):
    app = store.applications.add(company, "Engineer", job_ad=text, notes=text)
    a = store.contacts.add(app.id, "Dana Lee", title="CTO", email="dana@acme.test")
    b = store.contacts.add(app.id, "Sam Roe", notes=text)
    i = store.interviews.add(app.id, "Round 1", scheduled_start="2026-03-03T10:00:00.000Z", location=text)
    store.interviews.set_interviewers(i.id, [b.id, a.id])
    store.interviews.add(app.id, "Round 2", format="in person")
    return app


def _same(a, b):
    return {**a, "exported_at": None} == {**b, "exported_at": None}


def test_export_validates_against_the_schema(store):
    _fill(store)
    doc = bundle.export_bundle(store)
    bundle.validate_bundle(doc)
    assert doc["format"] == "followup-desktop-bundle" and doc["version"] == 1
    interview = doc["applications"][0]["interviews"][0]
    assert set(interview) >= {"interviewer_ids", "plan", "notes", "challenges", "letters"}


def test_round_trip_through_a_file_into_an_empty_folder(tmp_path, store, clock):
    _fill(store)
    path = bundle.write_bundle(store, tmp_path / "out.json")
    fresh = Store.open(tmp_path / "fresh.sqlite3", clock)
    report = bundle.import_bundle(fresh, bundle.read_bundle(path))
    assert report.written["applications"] == 1 and report.written["contacts"] == 2
    assert _same(bundle.export_bundle(fresh), bundle.export_bundle(store))
    fresh.close()


def test_import_merges_by_id_without_duplicates(store, clock):
    _fill(store)
    doc = bundle.export_bundle(store)
    other = Store.memory(clock)
    _fill(other, company="Beta")
    bundle.import_bundle(other, doc)
    bundle.import_bundle(other, doc)  # twice: still no duplicates
    assert sorted(a.company for a in other.applications.all()) == ["Acme", "Beta"]
    assert other.db.execute("SELECT count(*) FROM contacts").fetchone()[0] == 4


def test_merge_keeps_a_newer_local_row(store, clock):
    app = _fill(store)
    doc = bundle.export_bundle(store)
    clock.advance(3600)
    store.applications.update(app.id, role="Changed later")
    report = bundle.import_bundle(store, doc)
    assert store.applications.get(app.id).role == "Changed later"
    assert report.kept["applications"] == 1


def _break(doc, how):
    doc = copy.deepcopy(doc)
    app = doc["applications"][0]
    if how == "wrong version":
        doc["version"] = 99
    elif how == "wrong format":
        doc["format"] = "something-else"
    elif how == "missing key":
        del app["company"]
    elif how == "wrong type":
        app["interviews"][0]["duration_minutes"] = "sixty"
    elif how == "empty company":
        app["company"] = "  "
    elif how == "duplicate id":
        app["contacts"][1]["id"] = app["contacts"][0]["id"]
    elif how == "dangling reference":
        app["interviews"][0]["interviewer_ids"] = ["no-such-contact"]
    elif how == "unknown field":
        app["colour"] = "blue"
    elif how == "bad timestamp":
        app["created_at"] = "yesterday"
    return doc


@pytest.mark.parametrize(
    "how, message",
    [
        ("wrong version", "version 99, from a newer"),
        ("wrong format", "not a FollowUp Desktop bundle"),
        ("missing key", "'company' is a required property"),
        ("wrong type", "applications[0].interviews[0].duration_minutes"),
        ("empty company", "applications[0].company"),
        ("duplicate id", "appears more than once"),
        ("dangling reference", "not a contact of its application"),
        ("unknown field", "'colour' was unexpected"),
        ("bad timestamp", "applications[0].created_at"),
    ],
)
def test_invalid_bundles_are_refused_and_change_nothing(store, clock, how, message):
    _fill(store)
    good = bundle.export_bundle(store)
    target = Store.memory(clock)
    _fill(target, company="Existing")
    before = bundle.export_bundle(target)
    with pytest.raises(BundleError, match=re.escape(message)):
        bundle.import_bundle(target, _break(good, how))
    assert _same(bundle.export_bundle(target), before)


def test_a_failure_half_way_rolls_everything_back(store, clock, monkeypatch):
    _fill(store)
    _fill(store, company="Second")
    doc = bundle.export_bundle(store)
    target = Store.memory(clock)
    calls = []
    real = bundle.import_interview

    def failing(*args, **kw):
        calls.append(1)
        if len(calls) == 3:
            raise RuntimeError("disk went away")
        return real(*args, **kw)

    monkeypatch.setattr(bundle, "import_interview", failing)
    with pytest.raises(RuntimeError):
        bundle.import_bundle(target, doc)
    assert target.applications.all() == []


@pytest.mark.parametrize(
    "content, message",
    [
        (b"", "not valid JSON"),
        (b"{not json", "not valid JSON"),
        (b"\xff\xfe\x00garbage", "not UTF-8"),
        (b"[1, 2, 3]", "not a FollowUp Desktop bundle"),
        (b"[" * 100_000 + b"]" * 100_000, "not valid JSON"),
    ],
)
def test_unreadable_files_give_a_clear_message(tmp_path, content, message):
    path = tmp_path / "b.json"
    path.write_bytes(content)
    with pytest.raises(BundleError, match=message):
        bundle.validate_bundle(bundle.read_bundle(path))


def test_missing_file(tmp_path):
    with pytest.raises(BundleError, match="no file"):
        bundle.read_bundle(tmp_path / "nope.json")


texts = st.text(st.characters(blacklist_categories=("Cs",)), max_size=200)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(company=texts.filter(lambda s: s.strip()), body=texts, name=texts.filter(lambda s: s.strip()))
def test_any_text_survives_the_round_trip_exactly(tmp_path, clock, company, body, name):
    source = Store.memory(clock)
    app = source.applications.add(company, body, job_ad=body, notes=body)
    source.contacts.add(app.id, name, notes=body)
    source.interviews.add(app.id, body, location=body)
    doc = json.loads(json.dumps(bundle.export_bundle(source), ensure_ascii=False))
    target = Store.memory(clock)
    bundle.import_bundle(target, doc)
    again = bundle.export_bundle(target)
    assert _same(again, bundle.export_bundle(source))
    assert again["applications"][0]["job_ad"] == body
    assert again["applications"][0]["contacts"][0]["name"] == name.strip()


def _fill_notes(store):
    app = _fill(store)
    interview = store.interviews.all(app.id)[0]
    speaker = store.contacts.all(app.id)[0]
    story = store.stories.add("Queues", situation="Lost messages 😀", tags="queues")
    note = store.notes.add(
        interview.id,
        "The 👨\u200d👩 queue loses messages",
        "2026-03-03T10:05:00Z",
        kind="problem",
        speaker_id=speaker.id,
    )
    store.notes.add(interview.id, "Second\nline")
    ch = store.challenges.add(note.id, note.text.index("queue"), len(note.text))
    store.challenges.update(ch.id, experience="I fixed this before", story_id=story.id)
    return interview


def _with_notes(doc):
    return next(i for i in doc["applications"][0]["interviews"] if i["notes"])


def test_notes_challenges_and_stories_round_trip(tmp_path, store, clock):
    _fill_notes(store)
    doc = bundle.export_bundle(store)
    assert len(doc["stories"]) == 1 and len(_with_notes(doc)["notes"]) == 2
    fresh = Store.open(tmp_path / "fresh.sqlite3", clock)
    bundle.import_bundle(fresh, json.loads(json.dumps(doc)))
    assert _same(bundle.export_bundle(fresh), doc)
    assert fresh.stories.suggest("queue messages")[0].title == "Queues"
    fresh.close()


@pytest.mark.parametrize(
    "where, field, value, message",
    [
        ("notes", "speaker_id", "nobody", "names speaker nobody"),
        ("challenges", "note_id", "no-note", "quotes note no-note"),
        ("challenges", "story_id", "no-story", "links story no-story"),
        ("challenges", "speaker_id", "nobody", "names speaker nobody"),
        ("notes", "kind", "gossip", "kind"),
        ("notes", "stamped_at", "noon", "stamped_at"),
        ("challenges", "start", -1, "start"),
    ],
)
def test_dangling_note_references_are_refused(store, where, field, value, message):
    _fill_notes(store)
    doc = bundle.export_bundle(store)
    _with_notes(doc)[where][0][field] = value
    with pytest.raises(BundleError, match=re.escape(message)):
        bundle.validate_bundle(doc)


def test_question_links_are_checked_against_the_plan(store):
    interview = _fill_notes(store)
    doc = bundle.export_bundle(store)
    target = _with_notes(doc)
    question = {
        "id": "q1",
        "position": 0,
        "text": "Why?",
        "carried_over": 0,
        "created_at": "2026-03-02T09:00:00.000Z",
        "updated_at": "2026-03-02T09:00:00.000Z",
    }
    target["plan"]["questions"] = [question]
    target["notes"][0]["question_id"] = "q2"
    with pytest.raises(BundleError, match="not in the plan"):
        bundle.validate_bundle(doc)
    target["notes"][0]["question_id"] = "q1"
    bundle.validate_bundle(doc)
    assert interview.id == target["id"]
