"""Plan writes: fields, dense item positions, delete/restore, copy-from, question bank, settings."""

import pytest

from followup_desktop.core.models import Note
from followup_desktop.core.store import NotFoundError, ValidationError


@pytest.fixture
def iv(store):
    app = store.add_application("Acme")
    return store.add_interview(app.id, "Round 1")


def _texts(store, iv, kind="question"):
    items = store.list_plan_items(iv.id, kind)
    assert [i.position for i in items] == list(range(len(items)))  # always dense
    return [i.text for i in items]


def test_save_plan_fields_and_checklist(store, iv):
    store.save_plan(iv.id, research="Founded 1999", followup_channel="both", followup_whom="Dana")
    store.set_checklist(iv.id, ["be-genuine", "plan-ahead"])
    plan = store.get_plan(iv.id)
    assert (plan.research, plan.followup_channel, plan.followup_whom) == ("Founded 1999", "both", "Dana")
    assert store.checklist(iv.id) == {"be-genuine", "plan-ahead"}


@pytest.mark.parametrize("changes", [{"followup_channel": "pigeon"}, {"followup_due_at": "soon"}, {"colour": "x"}])
def test_save_plan_refuses_bad_values(store, iv, changes):
    with pytest.raises(ValidationError):
        store.save_plan(iv.id, **changes)


def test_add_insert_move_delete_keep_positions_dense(store, iv):
    for text in ("A", "B", "C"):
        store.add_plan_item(iv.id, "question", text)
    store.add_plan_item(iv.id, "question", "first", position=0)
    assert _texts(store, iv) == ["first", "A", "B", "C"]
    c = store.list_plan_items(iv.id, "question")[3]
    store.move_plan_item(c.id, 1)
    assert _texts(store, iv) == ["first", "C", "A", "B"]
    deleted = store.delete_plan_item(c.id)
    assert _texts(store, iv) == ["first", "A", "B"]
    store.restore_plan_item(deleted)
    assert _texts(store, iv) == ["first", "C", "A", "B"]


def test_restore_relinks_the_answers(store, iv):
    q = store.add_plan_item(iv.id, "question", "Why?")
    store.upsert(
        Note("n1", iv.id, "2026-03-02T10:00:00.000Z", "because", question_id=q.id, created_at="t", updated_at="t")
    )
    deleted = store.delete_plan_item(q.id)
    assert store.answered_question_ids(iv.id) == set()
    store.restore_plan_item(deleted)
    assert store.answered_question_ids(iv.id) == {q.id}


def test_blank_items_are_refused(store, iv):
    with pytest.raises(ValidationError):
        store.add_plan_item(iv.id, "objective", "   ")


def test_copy_from_marks_unanswered_questions_carried_over(store, iv):
    first = iv
    second = store.add_interview(first.application_id, "Round 2")
    store.add_plan_item(first.id, "objective", "Learn the team")
    answered = store.add_plan_item(first.id, "question", "Answered?")
    store.add_plan_item(first.id, "question", "Open?")
    store.add_plan_item(first.id, "point", "My migration")
    store.upsert(
        Note("n", first.id, "2026-03-02T10:00:00.000Z", "yes", question_id=answered.id, created_at="t", updated_at="t")
    )
    store.add_plan_item(second.id, "question", "Already here")
    store.copy_plan_from(first.id, second.id)
    qs = store.list_plan_items(second.id, "question")
    assert [(q.text, q.carried_over) for q in qs] == [("Already here", 0), ("Answered?", 0), ("Open?", 1)]
    assert _texts(store, second, "objective") == ["Learn the team"]
    assert _texts(store, second, "point") == ["My migration"]


def test_question_bank_search_and_dedupe(store):
    a = store.add_bank_question("What does success look like in 90 days?")
    assert store.add_bank_question("What does success look like in 90 days?") == a
    store.add_bank_question("Why did the last person leave?")
    store.add_bank_question("How is success measured?")
    assert [q.text for q in store.search_bank_questions("success")] == [
        "What does success look like in 90 days?",
        "How is success measured?",
    ]
    assert [q.text for q in store.search_bank_questions("how SUCC")] == ["How is success measured?"]
    store.update_bank_question(a.id, "Changed?")
    store.delete_bank_question(a.id)
    assert len(store.list_bank_questions()) == 2


def test_cares_about_only_for_interviewers(store, iv):
    dana = store.add_contact(iv.application_id, "Dana")
    other = store.add_contact(iv.application_id, "Sam")
    store.set_interviewers(iv.id, [dana.id])
    store.set_cares_about(iv.id, dana.id, "Reliability")
    assert store.interviewer_cares(iv.id) == {dana.id: "Reliability"}
    with pytest.raises(NotFoundError):
        store.set_cares_about(iv.id, other.id, "x")


def test_settings_round_trip_and_default(store):
    assert store.get_setting("followup.default_hours", 24) == 24
    store.set_setting("followup.default_hours", 48)
    assert store.get_setting("followup.default_hours", 24) == 48
