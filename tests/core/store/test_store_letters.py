import pytest

from followup_desktop.core.letters.drafts import build_draft, draft_input
from followup_desktop.core.models.letters import LetterPrefs, Profile
from followup_desktop.core.store import Store
from followup_desktop.core.store.errors import ValidationError
from followup_desktop.core.text.provenance import match_sources, paragraphs_of

from ..letter_fixtures import fill_interview


def _letter(store):
    interview, dana, _, challenges = fill_interview(store)
    draft = build_draft(draft_input(store, interview.id, "thank-you", dana.id))
    letter = store.letters.add(interview.id, "thank-you", dana.id, draft.subject, draft.body, draft.sources)
    return letter, challenges


def _where(store, letter_id):
    letter = store.letters.get(letter_id)
    sources = store.letters.sources(letter_id)
    found = match_sources(((s.id, s.anchor) for s in sources), paragraphs_of(letter.body))
    return {s.challenge_id: found.get(s.id) for s in sources}


def test_provenance_survives_edits_step_by_step_and_reopening(tmp_path, clock):
    path = tmp_path / "db.sqlite3"
    store = Store.open(path, clock)
    letter, challenges = _letter(store)
    before = _where(store, letter.id)
    body = "Dear Dana,\n\nA new first paragraph.\n\n" + letter.body.split("\n\n", 1)[1]
    for old, new in [
        ("pre-stop hook", "pre-stop hook on every pod"),
        ("no message was lost", "we lost nothing"),
        ("idempotent", "safe to retry"),
    ]:
        body = body.replace(old, new)
        clock.advance(seconds=1)
        store.letters.save_body(letter.id, body)
    store.close()
    store = Store.open(path, clock)
    after = _where(store, letter.id)
    assert after == {cid: index + 1 for cid, index in before.items()}
    assert "safe to retry" in paragraphs_of(store.letters.get(letter.id).body)[after[challenges[1].id]]
    store.close()


def test_deleted_paragraph_loses_its_marker(store):
    letter, challenges = _letter(store)
    paragraph = next(
        a for c, a in [(s.challenge_id, s.anchor) for s in store.letters.sources(letter.id)] if c == challenges[0].id
    )
    store.letters.save_body(letter.id, letter.body.replace(paragraph, ""))
    assert _where(store, letter.id)[challenges[0].id] is None


def test_versions_at_sent_and_restore_keeps_current(store, clock):
    letter, _ = _letter(store)
    store.letters.mark_sent(letter.id, "2026-03-06T10:00:00Z", "email")
    clock.advance(seconds=5)
    store.letters.save_body(letter.id, "Changed.")
    versions = store.letters.versions(letter.id)
    assert [v.reason for v in versions] == ["sent"]
    clock.advance(seconds=5)
    restored = store.letters.restore_version(versions[0].id)
    assert restored.body == letter.body
    assert [v.reason for v in store.letters.versions(letter.id)] == ["manual", "sent"]
    assert store.letters.versions(letter.id)[0].body == "Changed."
    assert store.letters.get(letter.id).status == "sent"


@pytest.mark.parametrize("bad", [dict(kind="memo"), dict(channel="pigeon")])
def test_refuses_unknown_kind_or_channel(store, bad):
    letter, _ = _letter(store)
    with pytest.raises(ValidationError):
        if "kind" in bad:
            store.letters.update(letter.id, **bad)
        else:
            store.letters.mark_sent(letter.id, "2026-03-06T10:00:00Z", bad["channel"])


def test_profile_prefs_and_words_persist(store):
    assert store.settings.profile() == Profile() and store.settings.letter_prefs() == LetterPrefs()
    store.settings.save_profile(Profile(name="Alex \x00Doe 🙂", address_lines=["1 High St", " "]))
    store.settings.save_letter_prefs(LetterPrefs(paper_size="Letter", disabled_rules=["cliche"]))
    store.dictionary.add("Kubernetes")
    store.dictionary.add("Kubernetes")
    assert store.settings.profile().name == "Alex \x00Doe 🙂" and store.settings.profile().address_lines == [
        "1 High St"
    ]
    assert store.settings.letter_prefs().disabled_rules == ["cliche"]
    assert store.dictionary.words() == ["Kubernetes"]
    with pytest.raises(ValidationError):
        store.dictionary.add("two words")


def test_deleting_a_recipient_keeps_the_letter(store):
    letter, _ = _letter(store)
    store.contacts.delete(letter.recipient_id)
    assert store.letters.get(letter.id).recipient_id is None


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        (["Alpha beta gamma delta.", "Other words entirely here."], {"a": 0}),
        (["Alpha beta gamma delta epsilon.", "Alpha beta gamma delta."], {"a": 1}),
        (["Nothing alike at all."], {}),
    ],
)
def test_match_sources_takes_the_best_paragraph(paragraphs, expected):
    assert match_sources([("a", "Alpha beta gamma delta.")], paragraphs) == expected


def test_a_sibling_paragraph_does_not_inherit_a_deleted_ones_source():
    anchors = [
        ("a", "You mentioned that “queues lose messages”. I fixed that at Northwind."),
        ("b", "You mentioned that “releases are slow”. I fixed that at Initech."),
    ]
    assert match_sources(anchors, [anchors[1][1]]) == {"b": 0}
    assert match_sources([("a", "Same text."), ("b", "Same text.")], ["Same text."]) == {"a": 0, "b": 0}
