import pytest

from followup_desktop.core import bundle, trash
from followup_desktop.core.store import StoreError


def _filled(store):
    app = store.applications.add("Acme", "Engineer", job_ad="Build things")
    c = store.contacts.add(app.id, "Dana Lee", title="CTO")
    i = store.interviews.add(app.id, "Round 1", scheduled_start="2026-03-03T10:00:00.000Z")
    store.interviews.set_interviewers(i.id, [c.id])
    return app, c, i


def test_trash_and_restore_an_application_exactly(store):
    app, _, _ = _filled(store)
    before = bundle.export_bundle(store)
    entry = trash.trash_application(store, app.id)
    assert store.applications.all() == []
    assert [e.label for e in store.trash.all()] == ["Acme — Engineer"]
    trash.restore(store, entry.id)
    assert bundle.export_bundle(store)["applications"] == before["applications"]
    assert store.trash.all() == []


def test_trash_and_restore_an_interview(store):
    app, c, i = _filled(store)
    entry = trash.trash_interview(store, i.id)
    assert store.interviews.all() == []
    trash.restore(store, entry.id)
    assert store.interviews.get(i.id).title == "Round 1"
    assert store.interviews.interviewer_ids(i.id) == [c.id]


def test_an_interview_cannot_come_back_without_its_application(store):
    app, _, i = _filled(store)
    entry = trash.trash_interview(store, i.id)
    trash.trash_application(store, app.id)
    with pytest.raises(StoreError, match="restore the application first"):
        trash.restore(store, entry.id)
    assert len(store.trash.all()) == 2


def test_empty_trash(store):
    app, _, _ = _filled(store)
    trash.trash_application(store, app.id)
    assert store.trash.empty() == 1
    assert store.trash.all() == []
