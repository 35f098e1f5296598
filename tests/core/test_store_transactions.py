"""The store's transactions: atomic() all or nothing (nested as savepoints), single writes committed at once,
and ordinary writes that never load sqlite-utils (it is only needed to migrate)."""

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from followup_desktop.core.store import Store

ROOT = Path(__file__).resolve().parents[2]


def _companies(path) -> list[str]:
    """What another connection sees: only committed rows."""
    with sqlite3.connect(path) as other:
        return [r[0] for r in other.execute("SELECT company FROM applications ORDER BY company")]


def test_a_single_write_is_committed_at_once(file_store):
    file_store.applications.add("Acme")
    assert not file_store.conn.in_transaction
    assert _companies(file_store.path) == ["Acme"]


def test_atomic_writes_all_or_nothing(file_store):
    with pytest.raises(RuntimeError), file_store.atomic():
        file_store.applications.add("Acme")
        raise RuntimeError("stop")
    assert _companies(file_store.path) == [] and not file_store.conn.in_transaction
    with file_store.atomic():
        file_store.applications.add("Acme")
        file_store.applications.add("Beta")
        assert _companies(file_store.path) == []  # not before the block ends
    assert _companies(file_store.path) == ["Acme", "Beta"]


def test_a_failed_inner_block_leaves_the_outer_one(file_store):
    with file_store.atomic():
        file_store.applications.add("Acme")
        with pytest.raises(RuntimeError), file_store.atomic():
            file_store.applications.add("Beta")
            raise RuntimeError("stop")
        file_store.applications.add("Gamma")
    assert _companies(file_store.path) == ["Acme", "Gamma"]


def test_a_failed_single_write_leaves_no_transaction_open(file_store):
    with pytest.raises(sqlite3.IntegrityError):
        file_store.rows.execute("INSERT INTO applications (id, company) VALUES (NULL, NULL)")
    assert not file_store.conn.in_transaction
    file_store.applications.add("Acme")
    assert _companies(file_store.path) == ["Acme"]


def test_update_and_upsert_write_what_they_are_given(file_store):
    app = file_store.applications.add("Acme")
    interview = file_store.interviews.add(app.id, "Round 1")
    assert file_store.applications.update(app.id, role="CTO").role == "CTO"
    file_store.plans.save(interview.id, followup_channel="email")
    file_store.plans.save(interview.id, followup_channel="letter")
    file_store.settings.set("ui.theme", "dark")
    file_store.settings.set("ui.theme", ["light", "dark"])
    reopened = Store.open(file_store.path)
    try:
        assert reopened.applications.get(app.id).role == "CTO"
        assert reopened.plans.get(interview.id).followup_channel == "letter"
        assert reopened.settings.get("ui.theme") == ["light", "dark"]
    finally:
        reopened.close()


WRITES = """
import sys
from followup_desktop.core.store import Store

store = Store.open(sys.argv[1])
app = store.applications.add("Acme", "CTO")
store.applications.update(app.id, role="CEO")
interview = store.interviews.add(app.id, "Round 1")
store.plans.save(interview.id, followup_channel="email")
item = store.plans.add_item(interview.id, "question", "Why now?")
store.plans.restore_item(store.plans.delete_item(item.id))
store.notes.add(interview.id, "They need a platform team.")
store.settings.set("ui.theme", "dark")
store.trash.put("application", "Old", "{}")
with store.atomic():
    store.applications.add("Beta")
store.close()
print(" ".join(sorted(sys.modules)))
"""


def test_ordinary_writes_load_no_sqlite_utils(tmp_path):
    path = tmp_path / "followup.sqlite3"
    Store.open(path).close()  # migrated, as on every start but the first
    result = subprocess.run(
        [sys.executable, "-c", WRITES, str(path)], capture_output=True, text=True, cwd=ROOT, timeout=60
    )
    assert result.returncode == 0, result.stderr
    loaded = set(result.stdout.split())
    assert not loaded & {"sqlite_utils", "click", "dateutil", "pluggy"}


def test_a_checkpoint_puts_the_wal_into_the_file(tmp_path):
    path = tmp_path / "followup.sqlite3"
    store = Store.open(path)  # a new database: the schema steps are in the -wal
    try:
        store.applications.add("Acme")
        assert path.with_name(path.name + "-wal").stat().st_size > 0
        store.checkpoint()
        assert path.with_name(path.name + "-wal").stat().st_size == 0  # nothing left for the next start to re-read
        with sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True) as alone:  # the file without its -wal
            assert alone.execute("SELECT company FROM applications").fetchall() == [("Acme",)]
    finally:
        store.close()


def test_a_checkpoint_that_cannot_run_changes_nothing(file_store):
    file_store.applications.add("Acme")
    reading = file_store.conn.execute("SELECT company FROM applications")  # a statement still open
    file_store.checkpoint()  # the table is locked: no checkpoint, no error
    assert reading.fetchall() == [("Acme",)]
    assert _companies(file_store.path) == ["Acme"]
