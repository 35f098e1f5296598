"""Every text field has a length no real use reaches; longer text is refused whole, never cut.

Before, a 10 MB company name imported, the window took ~10 s to open and `letter export --pdf` ran
for over 500 s. The limits (core/store/limits.py) are the schema's maxLengths, enforced at import and by
the store; the message names the field and the limit and quotes none of the text.
"""

from __future__ import annotations

import json

import pytest

from followup_desktop import paths
from followup_desktop.core import bundle
from followup_desktop.core.bundle import BundleError
from followup_desktop.core.models.letters import LetterPrefs, Profile
from followup_desktop.core.store import Store, limits
from followup_desktop.core.store.errors import TooLongError, WriteError
from followup_desktop.core.store.limits import LINE, NAME, TEXT

from ..core.letter_fixtures import fill_interview

SCHEMA = json.loads(paths.resource("bundle.schema.json").read_text(encoding="utf-8"))

# schema definition -> table of core/store/limits.py
DEFINITIONS = {
    "application": "applications",
    "contact": "contacts",
    "interview": "interviews",
    "plan": "plans",
    "planItem": "plan_items",
    "bankQuestion": "question_bank",
    "note": "notes",
    "challenge": "challenges",
    "story": "stories",
    "letter": "letters",
    "profile": "profile",
    "contactLogEntry": "contact_log",
}


def _max_length(prop):
    """The maxLength a property's schema allows (following a $ref), or None."""
    if "$ref" in prop:
        prop = SCHEMA["$defs"][prop["$ref"].rsplit("/", 1)[1]]
    if prop.get("type") == "array":
        return _max_length(prop["items"])
    return prop.get("maxLength")


def _schema_limits():
    found = {}
    defs = SCHEMA["$defs"]
    for name, table in DEFINITIONS.items():
        for column in limits.FIELDS[table]:
            found[(table, column)] = _max_length(defs[name]["properties"][column])
    letter = defs["letter"]["properties"]
    found[("letter_sources", "anchor")] = _max_length(letter["sources"]["items"]["properties"]["anchor"])
    for column in limits.FIELDS["letter_versions"]:
        found[("letter_versions", column)] = _max_length(letter["versions"]["items"]["properties"][column])
    for column in limits.FIELDS["letter_prefs"]:
        found[("letter_prefs", column)] = _max_length(
            defs["profile"]["properties"]["letter_prefs"]["properties"][column]
        )
    found[("interview_participants", "cares_about")] = _max_length(
        defs["plan"]["properties"]["cares_about"]["additionalProperties"]
    )
    return found


def test_the_schema_says_the_same_limits_as_the_store():
    expected = {
        (table, column): limit
        for table, columns in limits.FIELDS.items()
        if table != "note_drafts"
        for column, (_what, limit) in columns.items()
    }
    assert _schema_limits() == expected


def _walk_strings(schema, path=""):
    if isinstance(schema, dict):
        if schema.get("type") == "string" and "enum" not in schema:
            yield path, schema
        for key, value in schema.items():
            yield from _walk_strings(value, f"{path}/{key}")
    elif isinstance(schema, list):
        for index, value in enumerate(schema):
            yield from _walk_strings(value, f"{path}[{index}]")


def test_no_string_in_the_schema_is_unbounded():
    unbounded = [path for path, s in _walk_strings(SCHEMA) if "maxLength" not in s and "pattern" not in s]
    assert unbounded == []
    patterned = [path for path, s in _walk_strings(SCHEMA) if "maxLength" not in s and s["pattern"] == "\\S"]
    assert patterned == []  # a name's "not blank" pattern says nothing about its length


# --------------------------------------------------------------------- import
def _doc(store):
    interview, *_ = fill_interview(store)
    store.letters.add(interview.id, "thank-you", None, "Thanks", "Dear Dana,")
    store.stories.add("A story", situation="s")
    store.question_bank.add("Why now?")
    doc = bundle.export_bundle(store)
    return doc, next(a for a in doc["applications"] if a["interviews"])


PLACES = {  # where in a bundle, and the field's limit
    "company name": (lambda d, a: a, "company", NAME),
    "role": (lambda d, a: a, "role", NAME),
    "job ad": (lambda d, a: a, "job_ad", TEXT),
    "person's name": (lambda d, a: a["contacts"][0], "name", NAME),
    "interview's place": (lambda d, a: a["interviews"][0], "location", LINE),
    "note": (lambda d, a: a["interviews"][0]["notes"][0], "text", TEXT),
    "research": (lambda d, a: a["interviews"][0]["plan"], "research", TEXT),
    "letter": (lambda d, a: a["interviews"][0]["letters"][0], "body", TEXT),
    "letter's subject": (lambda d, a: a["interviews"][0]["letters"][0], "subject", LINE),
    "story's title": (lambda d, a: d["stories"][0], "title", NAME),
    "saved question": (lambda d, a: d["question_bank"][0], "text", TEXT),
    "your name": (lambda d, a: d["profile"], "name", NAME),
}


@pytest.mark.parametrize("place", PLACES)
def test_import_refuses_a_field_over_its_limit(store, clock, tmp_path, place):
    doc, app = _doc(store)
    where, field, limit = PLACES[place]
    where(doc, app)[field] = "é" * (limit + 1)
    path = tmp_path / "long.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    fresh = Store.memory(clock)
    with pytest.raises(BundleError) as refused:
        bundle.import_file(fresh, path)
    message = str(refused.value)
    assert f".{field}: too long: {limit + 1:,} characters, more than the {limit:,} it can hold" in message
    assert "éé" not in message  # the text itself is not quoted
    assert fresh.applications.all() == []
    where(doc, app)[field] = "é" * limit  # at the limit: accepted
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    assert bundle.import_file(fresh, path).written["applications"] == 2


def test_a_10_mb_company_name_is_refused_at_once(store, clock, tmp_path):
    doc, app = _doc(store)
    app["company"] = "Acme " * 2_000_000
    path = tmp_path / "huge.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(BundleError, match=r"company: too long: 10,000,000 characters, more than the 500"):
        bundle.import_file(Store.memory(clock), path)


# --------------------------------------------------------------------- the store
def _store_writes(store):
    interview, dana, *_ = fill_interview(store)
    app_id = interview.application_id
    note = store.notes.all(interview.id)[0]
    challenge = store.challenges.all(interview.id)[0]
    letter = store.letters.add(interview.id, "thank-you", dana.id, "Thanks", "Dear Dana,")
    story = store.stories.add("A story")
    return {
        "company name": (NAME, lambda t: store.applications.add(t)),
        "role": (NAME, lambda t: store.applications.update(app_id, role=t)),
        "job ad": (TEXT, lambda t: store.applications.update(app_id, job_ad=t)),
        "person's name": (NAME, lambda t: store.contacts.add(app_id, t)),
        "e-mail address": (NAME, lambda t: store.contacts.update(dana.id, email=t)),
        "form of address": (NAME, lambda t: store.contacts.update(dana.id, form_of_address=t)),
        "interview's title": (NAME, lambda t: store.interviews.add(app_id, t)),
        "interview's place or link": (LINE, lambda t: store.interviews.update(interview.id, location=t)),
        "note": (TEXT, lambda t: store.notes.add(interview.id, t)),
        "note ": (TEXT, lambda t: store.notes.edit_text(note.id, t)),
        "note being typed": (TEXT, lambda t: store.notes.save_pending(interview.id, t)),
        "research": (TEXT, lambda t: store.plans.save(interview.id, research=t)),
        "follow-up's recipients": (LINE, lambda t: store.plans.save(interview.id, followup_whom=t)),
        "plan item": (TEXT, lambda t: store.plans.add_item(interview.id, "question", t)),
        "what the interviewer cares about": (TEXT, lambda t: store.plans.set_cares_about(interview.id, dana.id, t)),
        "letter": (TEXT, lambda t: store.letters.save_body(letter.id, t)),
        "challenge in your words": (LINE, lambda t: store.challenges.update(challenge.id, summary=t)),
        "letter's subject": (LINE, lambda t: store.letters.update(letter.id, subject=t)),
        "story's title": (NAME, lambda t: store.stories.update(story.id, title=t)),
        "your name": (NAME, lambda t: store.settings.save_profile(Profile(name=t))),
        "address line": (LINE, lambda t: store.settings.save_profile(Profile(address_lines=["1 High St", t]))),
        "font's name": (NAME, lambda t: store.settings.save_letter_prefs(LetterPrefs(font_family=t))),
        "contact's summary": (TEXT, lambda t: store.tracker.add_log_entry(app_id, "2026-03-01T10:00:00Z", summary=t)),
    }


WRITES = list(_store_writes(Store.memory()))


@pytest.mark.parametrize("what", WRITES)
def test_the_store_refuses_a_text_over_its_limit_and_changes_nothing(file_store, what):
    limit, write = _store_writes(file_store)[what]
    before = bundle.export_bundle(file_store)
    with pytest.raises(TooLongError) as refused:
        write("w" * (limit + 1))
    assert isinstance(refused.value, WriteError)  # editors keep the words on screen, as for a full disk
    assert refused.value.limit == limit and refused.value.what == what.strip()
    assert f"the {what.strip()} is {limit + 1:,} characters long, more than the {limit:,} it can hold" in str(
        refused.value
    )
    assert {**bundle.export_bundle(file_store), "exported_at": 0} == {**before, "exported_at": 0}
    write("w" * limit)  # at the limit: stored


def test_an_older_longer_text_stays_when_other_fields_change(file_store):
    app = file_store.applications.add("Acme")
    file_store.conn.execute("UPDATE applications SET role = ? WHERE id = ?", ["r" * (NAME * 3), app.id])
    assert file_store.applications.update(app.id, status="offer").role == "r" * (NAME * 3)
    with pytest.raises(TooLongError):
        file_store.applications.update(app.id, role="r" * (NAME * 3 + 1))
