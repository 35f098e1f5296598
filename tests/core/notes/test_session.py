"""The interview being noted, without a window: question and speaker, commits, undo steps."""

import pytest

from followup_desktop.core.notes.session import NotesSession
from followup_desktop.core.store.errors import StoreError

DISK = "disk I/O error"


@pytest.fixture
def world(store):
    app = store.applications.add("Acme")
    dana = store.contacts.add(app.id, "Dana Lee")
    sam = store.contacts.add(app.id, "Sam Roe")
    interview = store.interviews.add(app.id, "Round 1")
    store.interviews.set_interviewers(interview.id, [dana.id, sam.id])
    questions = [store.plans.add_item(interview.id, "question", text) for text in ("Team size?", "On-call?")]
    session = NotesSession(store)
    session.open(interview)
    session.read(keep_question=False)
    return session, interview, (dana, sam), questions


def test_a_note_answers_the_current_question_said_by_the_current_speaker(store, world):
    session, interview, (dana, _), questions = world
    assert session.current_question_id() == questions[0].id  # the first unanswered one
    session.speaker_id = session.speaker_numbered(1).id
    note = session.commit("Twelve people", "2026-03-02T09:00:05Z")
    assert (note.question_id, note.speaker_id, note.kind) == (questions[0].id, dana.id, "answer")
    assert questions[0].id in session.answered
    assert store.notes.all(interview.id) == [note]


def test_an_action_item_answers_no_question_and_the_kind_goes_back_to_answer(world):
    session, _, _, _ = world
    session.kind = "action"
    note = session.commit("Send the deck", "2026-03-02T09:00:05Z")
    assert note.question_id is None and note.kind == "action"
    assert session.kind == "answer" and session.answered == set()


def test_the_draft_is_kept_and_cleared_by_the_commit(store, world):
    session, interview, _, _ = world
    session.save_pending(interview.id, "Half a tho", "2026-03-02T09:00:01Z")
    assert session.stored_pending() == ("Half a tho", "2026-03-02T09:00:01.000Z")
    session.commit("Half a thought", "2026-03-02T09:00:01Z")
    assert session.stored_pending() is None


def test_stepping_through_questions_passes_through_no_question(world):
    session, _, _, questions = world
    seen = []
    for _ in range(3):
        session.step_question(1)
        seen.append(session.current_question_id())
    assert seen == [questions[1].id, None, questions[0].id]


def test_speakers_are_numbered_and_a_missing_number_is_nobody(world):
    session, _, (dana, sam), _ = world
    assert [session.speaker_numbered(n) for n in (1, 2, 3, 0)] == [dana, sam, None, None]


def test_reading_again_keeps_the_question_being_asked(store, world):
    session, interview, _, questions = world
    session.step_question(1)
    store.notes.add(interview.id, "answer to the first", question_id=questions[0].id)
    session.read(keep_question=True)
    assert session.current_question_id() == questions[1].id
    session.read(keep_question=False)  # another interview shown and back: the first unanswered
    assert session.current_question_id() == questions[1].id


def test_deleted_notes_come_back_together_with_undo(store, world):
    session, interview, _, _ = world
    notes = [session.commit(text, f"2026-03-02T09:00:0{i}Z") for i, text in enumerate(("one", "two"))]
    session.delete(notes)
    assert store.notes.all(interview.id) == []
    step, restored = session.undo()
    assert step.label == "delete" and step.shows == "notes"
    assert [n.text for n in restored] == ["one", "two"] and len(store.notes.all(interview.id)) == 2
    assert session.undo() is None


def test_a_refused_delete_changes_nothing_and_leaves_nothing_to_undo(store, world):
    session, interview, _, _ = world
    notes = [session.commit(text, "2026-03-02T09:00:00Z") for text in ("one", "two")]
    store.conn.fault = DISK
    with pytest.raises(StoreError):
        session.delete(notes)
    store.conn.fault = None
    assert len(store.notes.all(interview.id)) == 2 and session.undo_steps == []


def test_a_refused_undo_stays_the_last_step(store, world):
    session, _, _, _ = world
    note = session.commit("one", "2026-03-02T09:00:00Z")
    session.set_stamp(note, "2026-03-02T09:05:00Z")
    store.conn.fault = DISK
    with pytest.raises(StoreError):
        session.undo()
    store.conn.fault = None
    step, (restored,) = session.undo()
    assert step.label == "time change" and restored.stamped_at == "2026-03-02T09:00:00.000Z"


def test_another_interview_starts_with_nothing_to_undo(store, world):
    session, interview, _, _ = world
    session.delete([session.commit("one", "2026-03-02T09:00:00Z")])
    session.open(store.interviews.get(interview.id))  # the same one again: its steps stay
    assert len(session.undo_steps) == 1
    other = store.interviews.add(interview.application_id, "Round 2")
    assert session.open(other) and session.undo_steps == []


def test_returning_means_back_to_the_interview_opened_last_after_none(store, world):
    session, interview, _, _ = world
    assert not session.returning  # the first open
    session.open(None)  # the dashboard
    assert session.open(interview) and session.returning
    other = store.interviews.add(interview.application_id, "Round 2")
    session.open(other)
    assert not session.returning
    session.open(None)
    session.open(interview)
    assert not session.returning  # Round 2 was shown in between: the note typed here is news


def test_a_highlight_of_some_words_and_its_removal_undone(store, world):
    session, interview, _, _ = world
    note = session.commit("They need faster builds", "2026-03-02T09:00:00Z")
    made = session.highlight([note], (9, 23))
    assert made.quote == "faster builds"
    session.challenge_removed(store.challenges.delete(made.id))
    step, restored = session.undo()
    assert step.shows == "challenge" and restored.quote == "faster builds"
    assert store.challenges.all(interview.id) == [restored]


def test_start_and_end_follow_the_clock(clock, world):
    session, _, _, _ = world
    session.start()
    clock.advance(minutes=2)
    assert session.running() and session.elapsed() == 120
    session.end()
    clock.advance(minutes=5)
    assert not session.running() and session.elapsed() == 120
