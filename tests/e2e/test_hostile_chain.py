"""Every hostile string through every text field and the whole chain: store, search, bundle, Word, names."""

import json

import docx
import pytest

from followup_desktop.core import bundle
from followup_desktop.core.letters.layout import build_layout, layout_plain_text
from followup_desktop.core.models.letters import Profile
from followup_desktop.core.store import Store
from followup_desktop.core.store.limits import LINE, NAME
from followup_desktop.core.text.safe import proposed_letter_filename, safe_filename, xml_safe
from followup_desktop.export.docx import write_docx

from ..hostile import HOSTILE, STORED

CASES = sorted(HOSTILE)


def _plain(text):
    for mark in "*#>`_[]()":
        text = text.replace(mark, "")
    return text


def _fill(store, text):
    """Put text into every text field of every kind of thing (cut to the field's limit); returns the ids."""
    name, line = text[: NAME - 3], text[:LINE]  # names and one-line fields hold less (core/store/limits.py)
    app = store.applications.add("Co " + name, name, job_ad=text, notes=text)
    person = store.contacts.add(
        app.id, "P " + name, title=name, email=name, phone=name, notes=text, form_of_address=name
    )
    interview = store.interviews.add(app.id, name, location=line)
    store.interviews.set_interviewers(interview.id, [person.id])
    store.plans.set_cares_about(interview.id, person.id, text)
    store.plans.save(interview.id, research=text, followup_whom=line)
    for kind in ("objective", "question", "point"):
        store.plans.add_item(interview.id, kind, "Q " + text)
    note = store.notes.add(interview.id, "N " + text, speaker_id=person.id)
    challenge = store.challenges.add(note.id)
    story = store.stories.add("S " + name, situation=text, action=text, result=text, tags=line)
    store.challenges.update(challenge.id, experience=text, story_id=story.id, summary=line)
    letter = store.letters.add(interview.id, "thank-you", person.id, subject=line, body=text)
    store.settings.save_profile(
        Profile(name=name, address_lines=[line, line], email=name, phone=name, closing=line, signature_name=name)
    )
    store.question_bank.add("B " + text)
    store.notes.save_pending(interview.id, text, "")
    return app, person, interview, note, challenge, story, letter


@pytest.fixture(params=CASES)
def case(request, tmp_path, clock):
    store = Store.open(tmp_path / "db.sqlite3", clock)
    yield request.param, store, _fill(store, HOSTILE[request.param])
    store.close()


def test_what_is_stored_equals_what_was_typed(case):
    key, store, (app, person, interview, note, challenge, story, letter) = case
    want = STORED[key]
    assert store.applications.get(app.id).job_ad == want
    assert store.contacts.get(person.id).notes == want
    assert store.interviews.get(interview.id).location == want[:LINE]
    assert store.plans.get(interview.id).research == want
    # Notes keep every character but the blank space around them (documented in store_notes).
    assert store.notes.get(note.id).text == ("N " + want).strip()
    quote = store.challenges.get(challenge.id)
    assert (
        quote.quote
        == ("N " + want).strip().rstrip(",;:. \t\n")
        == store.notes.get(note.id).text[quote.start : quote.end]
    )
    assert store.challenges.get(challenge.id).experience == want
    assert store.challenges.get(challenge.id).summary == " ".join(want[:LINE].split())  # one line of words
    assert store.contacts.get(person.id).form_of_address == " ".join(want[: NAME - 3].split())
    assert store.stories.get(story.id).result == want
    assert store.letters.get(letter.id).body == want
    assert store.settings.profile().address_lines == [want[:LINE], want[:LINE]]
    assert store.notes.pending(interview.id).text == want


def test_search_takes_it_as_a_query_and_finds_it(case):
    key, store, (app, *_rest) = case
    hits = store.search.find(HOSTILE[key])
    store.search.find(HOSTILE[key][:50])
    if key in ("cjk", "rtl", "sql"):
        assert any(h.application_id == app.id for h in hits)


def test_bundle_round_trip_keeps_every_character(case, tmp_path, clock):
    key, store, _ids = case
    path = bundle.write_bundle(store, tmp_path / "b.json")
    fresh = Store.open(tmp_path / "fresh.sqlite3", clock)
    bundle.import_file(fresh, path)  # streamed with ijson, as the application imports
    first, again = bundle.export_bundle(store), bundle.export_bundle(fresh)
    assert json.dumps({**first, "exported_at": 0}, sort_keys=True) == json.dumps(
        {**again, "exported_at": 0}, sort_keys=True
    )
    fresh.close()


def test_word_export_keeps_all_but_what_word_cannot_hold(case, tmp_path):
    key, store, (app, person, interview, note, challenge, story, letter) = case
    layout = build_layout(
        store.letters.get(letter.id),
        store.settings.profile(),
        person,
        store.applications.get(app.id),
        store.settings.letter_prefs(),
    )
    out = write_docx(layout, tmp_path / "letter.docx")
    written = docx.Document(out)
    assert len(written.core_properties.title) <= 255
    text = _plain("\n".join(p.text for p in written.paragraphs))
    for word in xml_safe(layout_plain_text(layout)).split()[:200]:
        assert _plain(word) in text  # Markdown syntax (#, *, >, `) became formatting


def test_file_names_from_it_stay_in_the_folder(case, tmp_path):
    key, *_rest = case
    text = HOSTILE[key]
    for name in (safe_filename(text, ".docx"), proposed_letter_filename(text, text, "thank-you", "2026-03-02")):
        assert 0 < len(name) <= 120
        target = (tmp_path / name).resolve()
        assert target.parent == tmp_path.resolve()
        target.write_bytes(b"x")  # the file system accepts it
