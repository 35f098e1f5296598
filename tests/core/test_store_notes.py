"""Notes, drafts and interview start/end in the store."""

import pytest

from followup_desktop.core.models import PlanItem
from followup_desktop.core.store import ValidationError


@pytest.fixture
def interview(store):
    app = store.add_application("Acme")
    return store.add_interview(app.id, "Round 1")


def test_start_and_end_record_the_moments(store, clock, interview):
    started = store.start_interview(interview.id)
    assert started.started_at == "2026-03-02T09:00:00.000Z" and started.ended_at == ""
    clock.advance(minutes=45)
    ended = store.end_interview(interview.id)
    assert ended.ended_at == "2026-03-02T09:45:00.000Z" and ended.started_at == started.started_at
    clock.advance(60)
    resumed = store.start_interview(interview.id)
    assert resumed.started_at == started.started_at and resumed.ended_at == ""


def test_add_note_keeps_the_stamp_and_time_order(store, clock, interview):
    late = store.add_note(interview.id, "later", stamped_at="2026-03-02T10:00:00Z")
    early = store.add_note(interview.id, "earlier", stamped_at="2026-03-02T09:59:30+00:00")
    assert late.stamped_at == "2026-03-02T10:00:00.000Z"
    assert [n.id for n in store.list_notes(interview.id)] == [early.id, late.id]
    assert store.get_note(late.id) == late


@pytest.mark.parametrize("text", ["", "   ", "\n\n"])
def test_blank_notes_are_refused(store, interview, text):
    with pytest.raises(ValidationError):
        store.add_note(interview.id, text)


def test_links_must_belong_to_the_interview(store, interview):
    other = store.add_application("Other")
    stranger = store.add_contact(other.id, "Stranger")
    with pytest.raises(ValidationError, match="speaker"):
        store.add_note(interview.id, "x", speaker_id=stranger.id)
    store.upsert(PlanItem("o", interview.id, "objective", 0, "Learn", created_at="t", updated_at="t"))
    with pytest.raises(ValidationError, match="question"):
        store.add_note(interview.id, "x", question_id="o")


def test_linking_a_note_answers_the_question(store, interview):
    store.upsert(PlanItem("q1", interview.id, "question", 0, "Why?", created_at="t", updated_at="t"))
    store.add_note(interview.id, "Because", question_id="q1")
    assert store.answered_question_ids(interview.id) == {"q1"}


def test_nudge_and_kind_changes(store, interview):
    note = store.add_note(interview.id, "x", stamped_at="2026-03-02T09:10:00Z")
    changed = store.update_note(note.id, stamped_at="2026-03-02T09:09:55Z", kind="need")
    assert (changed.stamped_at, changed.kind) == ("2026-03-02T09:09:55.000Z", "need")
    with pytest.raises(ValidationError):
        store.update_note(note.id, kind="gossip")
    with pytest.raises(ValidationError):
        store.update_note(note.id, stamped_at="yesterday")


def test_delete_and_undo_relinks_highlights(store, interview):
    note = store.add_note(interview.id, "The billing queue loses messages")
    ch = store.add_challenge(note.id, 4, 17)
    deleted = store.delete_note(note.id)
    assert store.list_notes(interview.id) == [] and store.get_challenge(ch.id).note_id is None
    store.restore_note(deleted)
    assert store.get_note(note.id) == note and store.get_challenge(ch.id).note_id == note.id


def test_draft_is_saved_replaced_and_cleared_by_commit(file_store):
    app = file_store.add_application("Acme")
    interview = file_store.add_interview(app.id)
    file_store.save_draft(interview.id, "half a tho", "2026-03-02T09:00:05Z")
    file_store.save_draft(interview.id, "half a thought", "2026-03-02T09:00:05Z")
    draft = file_store.get_draft(interview.id)
    assert (draft.text, draft.started_at) == ("half a thought", "2026-03-02T09:00:05.000Z")
    file_store.add_note(interview.id, draft.text, draft.started_at, clear_draft=True)
    assert file_store.get_draft(interview.id) is None
    file_store.save_draft(interview.id, "x")
    file_store.save_draft(interview.id, "")
    assert file_store.get_draft(interview.id) is None


HOSTILE = [
    "nul\x00 bell\x07 esc\x1b tab\t",
    "e\u0301 n\u0303 combining",
    "family 👨\u200d👩\u200d👧\u200d👦 flag 🇺🇦 skin 👍🏽",
    "שלום עולם مرحبا \u202eevil\u202c",
    "lone \ud800 surrogate",
    "x" * 1_000_000,
]


@pytest.mark.parametrize("text", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_text_is_stored_whole(store, interview, text):
    note = store.add_note(interview.id, text)
    expected = text.strip().replace("\ud800", "\ufffd")
    assert store.get_note(note.id).text == expected
