"""Plan writes: fields, dense item positions, delete/restore, copy-from, question bank, settings."""

import pytest

from followup_desktop.core.models import Note
from followup_desktop.core.store import NotFoundError, ValidationError


@pytest.fixture
def iv(store):
    app = store.applications.add("Acme")
    return store.interviews.add(app.id, "Round 1")


def _texts(store, iv, kind="question"):
    items = store.plans.items(iv.id, kind)
    assert [i.position for i in items] == list(range(len(items)))  # always dense
    return [i.text for i in items]


def test_save_plan_fields_and_checklist(store, iv):
    store.plans.save(iv.id, research="Founded 1999", followup_channel="both", followup_whom="Dana")
    store.plans.set_checklist(iv.id, ["be-genuine", "plan-ahead"])
    plan = store.plans.get(iv.id)
    assert (plan.research, plan.followup_channel, plan.followup_whom) == ("Founded 1999", "both", "Dana")
    assert store.plans.checklist(iv.id) == {"be-genuine", "plan-ahead"}


@pytest.mark.parametrize("changes", [{"followup_channel": "pigeon"}, {"followup_due_at": "soon"}, {"colour": "x"}])
def test_save_plan_refuses_bad_values(store, iv, changes):
    with pytest.raises(ValidationError):
        store.plans.save(iv.id, **changes)


def test_add_insert_move_delete_keep_positions_dense(store, iv):
    for text in ("A", "B", "C"):
        store.plans.add_item(iv.id, "question", text)
    store.plans.add_item(iv.id, "question", "first", position=0)
    assert _texts(store, iv) == ["first", "A", "B", "C"]
    c = store.plans.items(iv.id, "question")[3]
    store.plans.move_item(c.id, 1)
    assert _texts(store, iv) == ["first", "C", "A", "B"]
    deleted = store.plans.delete_item(c.id)
    assert _texts(store, iv) == ["first", "A", "B"]
    store.plans.restore_item(deleted)
    assert _texts(store, iv) == ["first", "C", "A", "B"]


def test_restore_relinks_the_answers(store, iv):
    q = store.plans.add_item(iv.id, "question", "Why?")
    store.rows.upsert(
        Note("n1", iv.id, "2026-03-02T10:00:00.000Z", "because", question_id=q.id, created_at="t", updated_at="t")
    )
    deleted = store.plans.delete_item(q.id)
    assert store.plans.answered_question_ids(iv.id) == set()
    store.plans.restore_item(deleted)
    assert store.plans.answered_question_ids(iv.id) == {q.id}


def test_blank_items_are_refused(store, iv):
    with pytest.raises(ValidationError):
        store.plans.add_item(iv.id, "objective", "   ")


def test_copy_from_marks_unanswered_questions_carried_over(store, iv):
    first = iv
    second = store.interviews.add(first.application_id, "Round 2")
    store.plans.add_item(first.id, "objective", "Learn the team")
    answered = store.plans.add_item(first.id, "question", "Answered?")
    store.plans.add_item(first.id, "question", "Open?")
    store.plans.add_item(first.id, "point", "My migration")
    store.rows.upsert(
        Note("n", first.id, "2026-03-02T10:00:00.000Z", "yes", question_id=answered.id, created_at="t", updated_at="t")
    )
    store.plans.add_item(second.id, "question", "Already here")
    store.plans.copy_from(first.id, second.id)
    qs = store.plans.items(second.id, "question")
    assert [(q.text, q.carried_over) for q in qs] == [("Already here", 0), ("Answered?", 0), ("Open?", 1)]
    assert _texts(store, second, "objective") == ["Learn the team"]
    assert _texts(store, second, "point") == ["My migration"]


def test_question_bank_search_and_dedupe(store):
    a = store.question_bank.add("What does success look like in 90 days?")
    assert store.question_bank.add("What does success look like in 90 days?") == a
    store.question_bank.add("Why did the last person leave?")
    store.question_bank.add("How is success measured?")
    assert [q.text for q in store.question_bank.matching("success")] == [
        "What does success look like in 90 days?",
        "How is success measured?",
    ]
    assert [q.text for q in store.question_bank.matching("how SUCC")] == ["How is success measured?"]
    store.question_bank.update(a.id, "Changed?")
    store.question_bank.delete(a.id)
    assert len(store.question_bank.all()) == 2


def test_cares_about_only_for_interviewers(store, iv):
    dana = store.contacts.add(iv.application_id, "Dana")
    other = store.contacts.add(iv.application_id, "Sam")
    store.interviews.set_interviewers(iv.id, [dana.id])
    store.plans.set_cares_about(iv.id, dana.id, "Reliability")
    assert store.plans.cares_about(iv.id) == {dana.id: "Reliability"}
    with pytest.raises(NotFoundError):
        store.plans.set_cares_about(iv.id, other.id, "x")


def test_settings_round_trip_and_default(store):
    assert store.settings.get("followup.default_hours", 24) == 24
    store.settings.set("followup.default_hours", 48)
    assert store.settings.get("followup.default_hours", 24) == 48
