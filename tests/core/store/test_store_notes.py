"""Notes, drafts and interview start/end in the store."""

import pytest

from followup_desktop.core.models import PlanItem
from followup_desktop.core.store import ValidationError


@pytest.fixture
def interview(store):
    app = store.applications.add("Acme")
    return store.interviews.add(app.id, "Round 1")


def test_start_and_end_record_the_moments(store, clock, interview):
    started = store.interviews.start(interview.id)
    assert started.started_at == "2026-03-02T09:00:00.000Z" and started.ended_at == ""
    clock.advance(minutes=45)
    ended = store.interviews.end(interview.id)
    assert ended.ended_at == "2026-03-02T09:45:00.000Z" and ended.started_at == started.started_at
    clock.advance(60)
    resumed = store.interviews.start(interview.id)
    assert resumed.started_at == started.started_at and resumed.ended_at == ""


def test_add_note_keeps_the_stamp_and_time_order(store, clock, interview):
    late = store.notes.add(interview.id, "later", stamped_at="2026-03-02T10:00:00Z")
    early = store.notes.add(interview.id, "earlier", stamped_at="2026-03-02T09:59:30+00:00")
    assert late.stamped_at == "2026-03-02T10:00:00.000Z"
    assert [n.id for n in store.notes.all(interview.id)] == [early.id, late.id]
    assert store.notes.get(late.id) == late


@pytest.mark.parametrize("text", ["", "   ", "\n\n"])
def test_blank_notes_are_refused(store, interview, text):
    with pytest.raises(ValidationError):
        store.notes.add(interview.id, text)


def test_links_must_belong_to_the_interview(store, interview):
    other = store.applications.add("Other")
    stranger = store.contacts.add(other.id, "Stranger")
    with pytest.raises(ValidationError, match="speaker"):
        store.notes.add(interview.id, "x", speaker_id=stranger.id)
    store.rows.upsert(PlanItem("o", interview.id, "objective", 0, "Learn", created_at="t", updated_at="t"))
    with pytest.raises(ValidationError, match="question"):
        store.notes.add(interview.id, "x", question_id="o")


def test_linking_a_note_answers_the_question(store, interview):
    store.rows.upsert(PlanItem("q1", interview.id, "question", 0, "Why?", created_at="t", updated_at="t"))
    store.notes.add(interview.id, "Because", question_id="q1")
    assert store.plans.answered_question_ids(interview.id) == {"q1"}


def test_nudge_and_kind_changes(store, interview):
    note = store.notes.add(interview.id, "x", stamped_at="2026-03-02T09:10:00Z")
    changed = store.notes.update(note.id, stamped_at="2026-03-02T09:09:55Z", kind="need")
    assert (changed.stamped_at, changed.kind) == ("2026-03-02T09:09:55.000Z", "need")
    with pytest.raises(ValidationError):
        store.notes.update(note.id, kind="gossip")
    with pytest.raises(ValidationError):
        store.notes.update(note.id, stamped_at="yesterday")


def test_delete_and_undo_relinks_highlights(store, interview):
    note = store.notes.add(interview.id, "The billing queue loses messages")
    ch = store.challenges.add(note.id, 4, 17)
    deleted = store.notes.delete(note.id)
    assert store.notes.all(interview.id) == [] and store.challenges.get(ch.id).note_id is None
    store.notes.restore(deleted)
    assert store.notes.get(note.id) == note and store.challenges.get(ch.id).note_id == note.id


def test_draft_is_saved_replaced_and_cleared_by_commit(file_store):
    app = file_store.applications.add("Acme")
    interview = file_store.interviews.add(app.id)
    file_store.notes.save_pending(interview.id, "half a tho", "2026-03-02T09:00:05Z")
    file_store.notes.save_pending(interview.id, "half a thought", "2026-03-02T09:00:05Z")
    draft = file_store.notes.pending(interview.id)
    assert (draft.text, draft.started_at) == ("half a thought", "2026-03-02T09:00:05.000Z")
    file_store.notes.add(interview.id, draft.text, draft.started_at, clear_pending=True)
    assert file_store.notes.pending(interview.id) is None
    file_store.notes.save_pending(interview.id, "x")
    file_store.notes.save_pending(interview.id, "")
    assert file_store.notes.pending(interview.id) is None


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
    note = store.notes.add(interview.id, text)
    expected = text.strip().replace("\ud800", "\ufffd")
    assert store.notes.get(note.id).text == expected
