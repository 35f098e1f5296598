"""The plan's part of the bundle: everything round-trips, the schema is strict."""

import copy
import re

import pytest

from followup_desktop.core import bundle
from followup_desktop.core.bundle import BundleError
from followup_desktop.core.models import Note
from followup_desktop.core.store import Store

HOSTILE = "مرحبا \x00\x07 😀 e\u0301 \u202e" + "x" * 1000


def _fill(store):
    app = store.applications.add("Acme", "Engineer")
    dana = store.contacts.add(app.id, "Dana")
    first = store.interviews.add(app.id, "Round 1")
    second = store.interviews.add(app.id, "Round 2")
    store.interviews.set_interviewers(second.id, [dana.id])
    store.plans.add_item(first.id, "question", "Open?")
    store.plans.copy_from(first.id, second.id)
    for kind in ("objective", "question", "point"):
        store.plans.add_item(second.id, kind, HOSTILE)
    store.plans.save(
        second.id,
        research=HOSTILE,
        followup_channel="letter",
        followup_whom=HOSTILE,
        followup_due_at="2026-03-09T09:00:00.000Z",
    )
    store.plans.set_checklist(second.id, ["be-genuine", "no-social"])
    store.plans.set_cares_about(second.id, dana.id, HOSTILE)
    store.question_bank.add(HOSTILE)
    store.rows.upsert(
        Note(
            "n",
            second.id,
            "2026-03-02T10:00:00.000Z",
            "yes",
            question_id=store.plans.items(second.id, "question")[0].id,
            created_at="2026-03-02T09:00:00.000Z",
            updated_at="2026-03-02T09:00:00.000Z",
        )
    )
    return second


def test_plan_round_trips_exactly(store, clock):
    _fill(store)
    doc = bundle.export_bundle(store)
    bundle.validate_bundle(doc)
    plan = next(i for i in doc["applications"][0]["interviews"] if i["title"] == "Round 2")["plan"]
    assert plan["checklist"] == ["be-genuine", "no-social"] and plan["questions"][0]["carried_over"] == 1
    assert doc["question_bank"][0]["text"].startswith("مرحبا")
    target = Store.memory(clock)
    bundle.import_bundle(target, doc)
    again = bundle.export_bundle(target)
    assert {**again, "exported_at": 0} == {**doc, "exported_at": 0}
    bundle.import_bundle(target, doc)  # twice: nothing doubles
    assert bundle.export_bundle(target)["applications"] == doc["applications"]


def test_a_newer_local_plan_is_kept(store, clock):
    second = _fill(store)
    doc = bundle.export_bundle(store)
    clock.advance(60)
    store.plans.save(second.id, research="edited later")
    bundle.import_bundle(store, doc)
    assert store.plans.get(second.id).research == "edited later"


@pytest.mark.parametrize(
    "path, value, message",
    [
        (("plan", "colour"), "blue", "'colour' was unexpected"),
        (("plan", "followup_channel"), "pigeon", "followup_channel"),
        (("plan", "questions", 0, "text"), " ", "must not be empty"),
        (("plan", "questions", 0, "extra"), 1, "'extra' was unexpected"),
        (("plan", "cares_about", "stranger"), "x", "not one of its interviewers"),
        (("plan", "objectives", 0, "id"), "@q", "appears more than once"),
    ],
)
def test_broken_plans_are_refused(store, path, value, message):
    _fill(store)
    doc = copy.deepcopy(bundle.export_bundle(store))
    target = next(i for i in doc["applications"][0]["interviews"] if i["title"] == "Round 2")
    if value == "@q":
        value = target["plan"]["questions"][0]["id"]
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    with pytest.raises(BundleError, match=re.escape(message)):
        bundle.validate_bundle(doc)


def test_question_bank_is_required_at_top_level(store):
    doc = bundle.export_bundle(store)
    del doc["question_bank"]
    with pytest.raises(BundleError, match="question_bank"):
        bundle.validate_bundle(doc)
