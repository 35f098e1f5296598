import copy

import pytest

from followup_desktop.core import bundle
from followup_desktop.core.bundle import BundleError
from followup_desktop.core.models.letters import LetterPrefs
from followup_desktop.core.store import Store

from ..letter_fixtures import fill_interview


def _filled(store, clock):
    interview, dana, _, challenges = fill_interview(store)
    letter = store.letters.add(
        interview.id, "rejection", dana.id, "Thanks", "Dear Dana,\n\nBody\n", [(challenges[0].id, "Body")]
    )
    clock.advance(seconds=1)
    store.letters.mark_sent(letter.id, "2026-03-06T10:00:00Z", "email")
    store.settings.save_letter_prefs(
        LetterPrefs(
            paper_size="Letter",
            spelling_language="en_GB",
            disabled_rules=["length"],
            letterhead="/home/sam/letterhead.docx",
            letterhead_shows_sender=True,
        )
    )
    store.dictionary.add("Northwind")
    return letter


def _letters_of(doc):
    return next(a for a in doc["applications"] if a["interviews"])["interviews"][0]["letters"]


def _same(a, b):
    return {**a, "exported_at": None} == {**b, "exported_at": None}


def test_letters_sources_versions_and_profile_round_trip(store, clock, tmp_path):
    letter = _filled(store, clock)
    doc = bundle.export_bundle(store)
    bundle.validate_bundle(doc)
    exported = _letters_of(doc)[0]
    assert exported["id"] == letter.id and len(exported["sources"]) == 1
    assert [v["reason"] for v in exported["versions"]] == ["sent"]
    assert doc["profile"]["name"] == "Alex Doe" and doc["profile"]["personal_words"] == ["Northwind"]
    fresh = Store.open(tmp_path / "fresh.sqlite3", clock)
    bundle.import_bundle(fresh, doc)
    assert _same(bundle.export_bundle(fresh), doc)
    fresh.close()


def test_profile_and_words_import_into_an_empty_store(store, clock):
    _filled(store, clock)
    doc = bundle.export_bundle(store)
    doc_profile_only = {**doc, "applications": []}
    other = Store.memory(clock)
    bundle.import_bundle(other, doc_profile_only)
    assert other.settings.profile().name == "Alex Doe"
    assert other.settings.letter_prefs().spelling_language == "en_GB"
    assert other.settings.letter_prefs().letterhead_shows_sender
    assert other.dictionary.words() == ["Northwind"]


@pytest.mark.parametrize(
    "path, value",
    [
        (("kind",), "memo"),
        (("status",), "lost"),
        (("sources", 0, "challenge_id"), "no-such-challenge"),
        (("recipient_id",), "no-such-contact"),
        (("versions", 0, "reason"), "whim"),
        (("surprise",), 1),
    ],
)
def test_bad_letters_are_refused(store, clock, path, value):
    _filled(store, clock)
    doc = copy.deepcopy(bundle.export_bundle(store))
    target = _letters_of(doc)[0]
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    with pytest.raises(BundleError):
        bundle.validate_bundle(doc)
