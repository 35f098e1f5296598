import pytest

from followup_desktop.core import bundle
from followup_desktop.core.store import Store, ValidationError
from followup_desktop.core.store.tracker import Tracker


@pytest.fixture
def app(store):
    return store.applications.add("Acme", "Lead")


def _letter(store, app):
    dana = store.contacts.add(app.id, "Dana Lee")
    interview = store.interviews.add(app.id, "Round 1")
    return store.letters.add(interview.id, "thank-you", dana.id, "Thank you — Lead interview", "Dear Dana,")


def test_marking_a_letter_sent_logs_the_contact(store, app):
    letter = _letter(store, app)
    store.letters.mark_sent(letter.id, "2026-03-02T10:00:00.000Z", "email")
    [entry] = store.tracker.contact_log(app.id)
    assert (entry.contacted_at, entry.channel, entry.contact_id, entry.letter_id) == (
        "2026-03-02T10:00:00.000Z",
        "email",
        letter.recipient_id,
        letter.id,
    )
    assert entry.summary == "Sent: Thank-you after the interview — “Thank you — Lead interview”"


def test_marking_sent_again_updates_the_one_entry(store, app):
    letter = _letter(store, app)
    store.letters.mark_sent(letter.id, "2026-03-02T10:00:00.000Z", "email")
    store.letters.mark_sent(letter.id, "2026-03-01T12:00:00.000Z", "letter")
    [entry] = store.tracker.contact_log(app.id)
    assert (entry.contacted_at, entry.channel) == ("2026-03-01T12:00:00.000Z", "letter")


def test_a_failed_log_undoes_the_mark_sent(store, app, monkeypatch):
    letter = _letter(store, app)
    monkeypatch.setattr(Tracker, "log_sent_letter", lambda self, letter: 1 / 0)
    with pytest.raises(ZeroDivisionError):
        store.letters.mark_sent(letter.id, "2026-03-02T10:00:00.000Z", "email")
    assert store.letters.get(letter.id).status == "draft"


@pytest.mark.parametrize("summary", ["Coffee with Dana", "", "\x00 emoji 😀 RTL שלום", "x" * 200_000])
def test_entries_by_hand_newest_first(store, app, summary):
    store.tracker.add_log_entry(app.id, "2026-02-01T10:00:00.000Z", "phone", summary="older")
    store.tracker.add_log_entry(app.id, "2026-02-20T10:00:00.000Z", "in person", summary=summary)
    assert [e.summary for e in store.tracker.contact_log(app.id)] == [summary, "older"]


@pytest.mark.parametrize("kwargs", [dict(channel="pigeon"), dict(contact_id="nobody")])
def test_bad_entries_are_refused(store, app, kwargs):
    with pytest.raises(Exception):
        store.tracker.add_log_entry(app.id, "2026-02-01T10:00:00.000Z", **kwargs)


@pytest.mark.parametrize("date", ["tomorrow", "2026-13-01", "2026-3-1"])
def test_next_contact_date_must_be_a_date(store, app, date):
    with pytest.raises(ValidationError):
        store.tracker.set_keep_in_touch(app.id, True, date)


def test_tracker_fields_and_log_round_trip_through_the_bundle(store, app, clock):
    letter = _letter(store, app)
    store.letters.mark_sent(letter.id, "2026-03-02T10:00:00.000Z", "email")
    store.tracker.add_log_entry(app.id, "2026-03-05T10:00:00.000Z", "phone", summary="Called Dana")
    store.tracker.set_keep_in_touch(app.id, True, "2026-04-01")
    doc = bundle.export_bundle(store)
    bundle.validate_bundle(doc)
    other = Store.memory(clock)
    bundle.import_bundle(other, doc)
    assert bundle.export_bundle(other)["applications"] == doc["applications"]
    bundle.import_bundle(other, doc)
    assert len(other.tracker.contact_log(app.id)) == 2  # merged by id, not duplicated


def test_bundle_refuses_a_log_entry_naming_a_stranger(store, app):
    store.tracker.add_log_entry(app.id, "2026-03-05T10:00:00.000Z", "phone")
    doc = bundle.export_bundle(store)
    doc["applications"][0]["contact_log"][0]["contact_id"] = "stranger"
    with pytest.raises(bundle.BundleError, match="not a contact"):
        bundle.validate_bundle(doc)


def test_older_bundles_without_tracker_fields_still_import(store, app, clock):
    doc = bundle.export_bundle(store)
    for key in ("keep_in_touch", "next_contact_at", "contact_log"):
        del doc["applications"][0][key]
    other = Store.memory(clock)
    bundle.import_bundle(other, doc)
    assert other.applications.get(app.id).keep_in_touch == 0
