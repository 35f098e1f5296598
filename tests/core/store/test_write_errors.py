"""Write failures reach callers as one named error; nothing already stored is lost."""

import sqlite3

import pytest

from followup_desktop.core.store import Store
from followup_desktop.core.store.errors import WriteError

FAULTS = [
    ("attempt to write a readonly database", "read-only"),
    ("database or disk is full", "disk is full"),
    ("database is locked", "another program is using the database"),
]


@pytest.mark.parametrize("fault, words", FAULTS)
def test_every_write_path_raises_write_error_and_keeps_the_data(file_store, fault, words):
    app = file_store.applications.add("Acme")
    interview = file_store.interviews.add(app.id, "Round 1")
    file_store.plans.save(interview.id, research="kept")
    file_store.conn.fault = fault
    writes = [
        lambda: file_store.applications.add("Globex"),  # _insert
        lambda: file_store.applications.update(app.id, role="CTO"),  # _update
        lambda: file_store.plans.save(interview.id, research="new"),
        lambda: file_store.notes.save_pending(interview.id, "typing"),  # a direct execute
        lambda: file_store.notes.add(interview.id, "a note"),
    ]
    for write in writes:
        with pytest.raises(WriteError, match=words) as caught:
            with file_store.atomic():
                write()
        assert "kept on screen" in str(caught.value)
    file_store.conn.fault = None
    assert [a.company for a in file_store.applications.all()] == ["Acme"]
    assert file_store.plans.get(interview.id).research == "kept"
    assert file_store.notes.pending(interview.id) is None and file_store.notes.all(interview.id) == []
    file_store.plans.save(interview.id, research="new")  # works again once the cause is gone
    assert file_store.plans.get(interview.id).research == "new"


def test_a_real_lock_held_by_another_program(tmp_path, clock):
    store = Store.open(tmp_path / "f.sqlite3", clock)
    store.conn.execute("PRAGMA busy_timeout = 50")
    app = store.applications.add("Acme")
    other = sqlite3.connect(tmp_path / "f.sqlite3", isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(WriteError, match="another program is using the database"):
            store.applications.update(app.id, role="CTO")
        assert store.applications.get(app.id).role == ""  # reading still works
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert store.applications.update(app.id, role="CTO").role == "CTO"
    store.close()


def test_other_sqlite_errors_keep_their_meaning(store):
    with pytest.raises(sqlite3.OperationalError, match="no such table"):
        store.conn.execute("SELECT * FROM nowhere")
