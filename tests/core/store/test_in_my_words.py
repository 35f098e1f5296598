"""A challenge's summary in the user's words and quote choice, a person's form of address and salutation:
schema steps, the store's API, search, and the bundle (with bundles written before these fields)."""

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from followup_desktop.core import bundle
from followup_desktop.core.bundle import BundleError
from followup_desktop.core.forms import ApplicationForm, ContactForm, application_form, save_application
from followup_desktop.core.models.letters import LetterPrefs
from followup_desktop.core.store import Store, ValidationError
from followup_desktop.core.store.search import SearchFilter

SCHEMA_0_1 = Path(__file__).resolve().parents[2] / "fixtures" / "schema" / "0.1.0.sqlite3"


@pytest.fixture
def challenge(store):
    app = store.applications.add("Acme")
    interview = store.interviews.add(app.id, "Round 1")
    note = store.notes.add(interview.id, "Our routing service falls over every peak season")
    return store.challenges.add(note.id)


def test_a_new_challenge_has_no_summary_and_is_not_quoted(challenge):
    assert (challenge.summary, challenge.quote_in_letter) == ("", 0)


def test_summary_and_quote_choice_are_stored(store, challenge):
    store.challenges.update(
        challenge.id, summary="  peak season\n strains   your routing service ", quote_in_letter=True
    )
    stored = store.challenges.get(challenge.id)
    assert stored.summary == "peak season strains your routing service"  # one line: it goes inside a sentence
    assert stored.quote_in_letter == 1
    store.challenges.update(challenge.id, quote_in_letter=0)
    assert store.challenges.get(challenge.id).quote_in_letter == 0


def test_a_summary_is_found_by_search(store, challenge):
    store.challenges.update(challenge.id, summary="dispatch backlog strangles Fridays")
    hits = store.search.find("strangles", SearchFilter(kinds=frozenset({"challenge"})))
    assert [h.ref_id for h in hits] == [challenge.id]
    store.challenges.update(challenge.id, summary="")
    assert not store.search.find("strangles")


def test_a_summary_over_its_limit_is_refused(store, challenge):
    from followup_desktop.core.store.errors import TooLongError
    from followup_desktop.core.store.limits import LINE

    with pytest.raises(TooLongError, match="challenge in your words"):
        store.challenges.update(challenge.id, summary="w" * (LINE + 1))
    assert store.challenges.get(challenge.id).summary == ""


def test_form_of_address_and_salutation_of_a_person(store):
    app = store.applications.add("Acme")
    priya = store.contacts.add(app.id, "Priya Raman", form_of_address=" Dr ", salutation="first")
    assert (priya.form_of_address, priya.salutation) == ("Dr", "first")
    store.contacts.update(priya.id, salutation="")
    assert store.contacts.get(priya.id).salutation == ""  # back to the default from Settings
    with pytest.raises(ValidationError, match="salutation"):
        store.contacts.update(priya.id, salutation="Dear Priya")
    with pytest.raises(ValidationError):
        store.contacts.add(app.id, "Sam", nickname="S")


def test_the_application_form_keeps_what_it_does_not_show(store):
    app = store.applications.add("Acme")
    priya = store.contacts.add(app.id, "Priya Raman", form_of_address="Ms", salutation="title")
    form = application_form(app, store.contacts.all(app.id))
    assert (form.contacts[0].form_of_address, form.contacts[0].salutation) == ("Ms", "title")
    # A form that does not show these fields (None) leaves them as stored.
    save_application(store, ApplicationForm("Acme", contacts=[ContactForm("Priya Raman", "CTO", id=priya.id)]), app.id)
    assert store.contacts.get(priya.id).form_of_address == "Ms"
    save_application(
        store,
        ApplicationForm("Acme", contacts=[ContactForm("Priya Raman", "CTO", id=priya.id, form_of_address="Dr")]),
        app.id,
    )
    assert store.contacts.get(priya.id).form_of_address == "Dr"


def test_the_default_salutation_is_the_title_style(store):
    assert store.settings.letter_prefs().salutation == "title"
    store.settings.save_letter_prefs(LetterPrefs(salutation="first"))
    assert store.settings.letter_prefs().salutation == "first"


# --------------------------------------------------------------------- upgrading a 0.1 database
def test_a_0_1_database_gains_the_fields_and_its_challenges_stay_searchable(tmp_path, clock):
    path = tmp_path / "old.sqlite3"
    shutil.copyfile(SCHEMA_0_1, path)
    before = sqlite3.connect(path).execute("SELECT count(*) FROM challenges").fetchone()[0]
    store = Store.open(path, clock)
    try:
        challenges = [c for i in store.interviews.all() for c in store.challenges.all(i.id)]
        assert len(challenges) == before > 0
        assert all(c.summary == "" and c.quote_in_letter == 0 for c in challenges)
        assert all(
            c.form_of_address == "" and c.salutation == ""
            for a in store.applications.all()
            for c in store.contacts.all(a.id)
        )
        found = store.search.find(challenges[0].quote[:40], SearchFilter(kinds=frozenset({"challenge"})))
        assert found  # the index was rebuilt with every old row in it
        store.challenges.update(challenges[0].id, summary="zanzibar latency")
        assert store.search.find("zanzibar")
    finally:
        store.close()


# --------------------------------------------------------------------- the bundle
def _filled(store):
    app = store.applications.add("Acme")
    priya = store.contacts.add(app.id, "Priya Raman", form_of_address="Ms", salutation="full")
    interview = store.interviews.add(app.id, "Round 1")
    note = store.notes.add(interview.id, "Our queue loses messages", speaker_id=priya.id)
    challenge = store.challenges.add(note.id)
    store.challenges.update(challenge.id, summary="your queue loses messages", quote_in_letter=1)
    store.settings.save_letter_prefs(LetterPrefs(salutation="first"))
    return priya, challenge


def test_the_fields_travel_in_a_bundle(tmp_path, store, clock):
    priya, challenge = _filled(store)
    path = bundle.write_bundle(store, tmp_path / "b.json")
    doc = json.loads(path.read_text(encoding="utf-8"))
    contact = doc["applications"][0]["contacts"][0]
    assert (contact["form_of_address"], contact["salutation"]) == ("Ms", "full")
    assert doc["profile"]["letter_prefs"]["salutation"] == "first"
    fresh = Store.memory(clock)
    bundle.import_file(fresh, path)
    assert fresh.challenges.get(challenge.id).summary == "your queue loses messages"
    assert fresh.challenges.get(challenge.id).quote_in_letter == 1
    assert fresh.contacts.get(priya.id).form_of_address == "Ms"
    assert fresh.settings.letter_prefs().salutation == "first"


def test_a_bundle_written_before_these_fields_imports_with_the_defaults(tmp_path, store, clock):
    priya, challenge = _filled(store)
    doc = bundle.export_bundle(store)
    for app in doc["applications"]:
        for contact in app["contacts"]:
            del contact["form_of_address"], contact["salutation"]
        for interview in app["interviews"]:
            for item in interview["challenges"]:
                del item["summary"], item["quote_in_letter"]
    del doc["profile"]["letter_prefs"]["salutation"]
    fresh = Store.memory(clock)
    bundle.import_bundle(fresh, doc)
    assert (fresh.challenges.get(challenge.id).summary, fresh.challenges.get(challenge.id).quote_in_letter) == ("", 0)
    assert fresh.contacts.get(priya.id).salutation == ""
    assert fresh.settings.letter_prefs().salutation == "title"


@pytest.mark.parametrize(
    "where, field, value",
    [
        ("contact", "salutation", "Dear Priya"),
        ("contact", "form_of_address", "M" * 501),
        ("challenge", "quote_in_letter", 2),
        ("challenge", "summary", "w" * 10_001),
        ("prefs", "salutation", ""),
    ],
)
def test_a_bad_value_in_a_bundle_is_refused(store, clock, where, field, value):
    _filled(store)
    doc = bundle.export_bundle(store)
    app = doc["applications"][0]
    target = {
        "contact": app["contacts"][0],
        "challenge": app["interviews"][0]["challenges"][0],
        "prefs": doc["profile"]["letter_prefs"],
    }[where]
    target[field] = value
    fresh = Store.memory(clock)
    with pytest.raises(BundleError, match=field):
        bundle.import_bundle(fresh, doc)
    assert fresh.applications.all() == []
