"""Dates at the edges of the calendar: refused at import and by the store, harmless wherever they are shown.

Before, a note stamped 9999-12-31T23:59:59Z (which import accepted) crashed the window in any time
zone east of UTC as soon as its Notes tab opened (local_clock's OverflowError inside a Qt model).
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from followup_desktop.core import bundle
from followup_desktop.core.bundle import BundleError
from followup_desktop.core.clock import to_local
from followup_desktop.core.models import Note
from followup_desktop.core.notes import times as note_times
from followup_desktop.core.plan import sheet as plan_sheet
from followup_desktop.core.store import Store, ValidationError
from followup_desktop.core.store.rows import new_id
from followup_desktop.core.tracker import calendar as calendar_export
from followup_desktop.core.tracker.followups import dashboard_items, to_local_text

from ..core.letter_fixtures import fill_interview

ROOT = Path(__file__).resolve().parents[2]
EDGES = ["9999-12-31T23:59:59Z", "0001-01-01T00:00:00Z", "1899-12-31T23:59:59Z", "2201-01-01T00:00:00Z"]


@pytest.fixture
def east_of_utc(monkeypatch):
    """Local time is UTC+14 (Kiribati), where 9999-12-31T23:59:59Z has no local time."""
    monkeypatch.setenv("TZ", "Etc/GMT-14")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


# --------------------------------------------------------------------- import and store refuse them
def _bundle_with(store, tmp_path, place, value):
    import json

    interview, *_ = fill_interview(store)
    store.letters.add(interview.id, "thank-you", None, "Thanks", "Dear Dana,")
    doc = bundle.export_bundle(store)
    app = next(a for a in doc["applications"] if a["interviews"])
    place(doc, app, app["interviews"][0], value)
    path = tmp_path / "edge.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


PLACES = {
    "note stamp": lambda doc, app, iv, v: iv["notes"][0].__setitem__("stamped_at", v),
    "interview date": lambda doc, app, iv, v: iv.__setitem__("scheduled_start", v),
    "letter changed": lambda doc, app, iv, v: iv["letters"][0].__setitem__("updated_at", v),
    "next contact day": lambda doc, app, iv, v: app.__setitem__("next_contact_at", v[:10]),
    "bundle date": lambda doc, app, iv, v: doc.__setitem__("exported_at", v),
}


@pytest.mark.parametrize("value", EDGES)
@pytest.mark.parametrize("place", PLACES)
def test_import_refuses_dates_outside_1900_to_2200(store, clock, tmp_path, place, value):
    path = _bundle_with(store, tmp_path, PLACES[place], value)
    fresh = Store.memory(clock)
    with pytest.raises(BundleError, match="is outside the years 1900–2200") as refused:
        bundle.import_file(fresh, path)
    assert "Traceback" not in str(refused.value)
    assert fresh.applications.all() == []


@pytest.mark.parametrize("value", ["1900-01-01T00:00:00Z", "2200-12-31T23:59:59Z"])
def test_the_first_and_last_years_are_accepted(store, clock, tmp_path, value):
    path = _bundle_with(store, tmp_path, PLACES["note stamp"], value)
    fresh = Store.memory(clock)
    assert bundle.import_file(fresh, path).written["notes"] == 1


@pytest.mark.parametrize("value", EDGES)
def test_the_store_refuses_them_too(store, value):
    interview, *_ = fill_interview(store)
    note = store.notes.all(interview.id)[0]
    writes = [
        lambda: store.notes.add(interview.id, "x", stamped_at=value),
        lambda: store.notes.update(note.id, stamped_at=value),
        lambda: store.interviews.update(interview.id, scheduled_start=value),
        lambda: store.plans.save(interview.id, followup_due_at=value),
        lambda: store.tracker.set_keep_in_touch(interview.application_id, True, value[:10]),
    ]
    for write in writes:
        with pytest.raises(ValidationError, match="1900"):
            write()


# --------------------------------------------------------------------- shown anyway, never crashing
def _stored_at_the_edge(store, value="9999-12-31T23:59:59.000Z"):
    """What an older version's import could leave in a database (written without the store's checks)."""
    interview, *_ = fill_interview(store)
    now = store.now()
    store.rows.upsert(Note(new_id(), interview.id, value, "From the far future", created_at=now, updated_at=now))
    store.conn.execute(
        "UPDATE interviews SET scheduled_start = ?, ended_at = ? WHERE id = ?", [value, value, interview.id]
    )
    store.conn.execute("UPDATE applications SET next_contact_at = '9999-12-31', keep_in_touch = 1")
    return interview


def test_every_formatter_shows_the_edge_without_raising(store, tmp_path, east_of_utc):
    interview = _stored_at_the_edge(store)
    value = "9999-12-31T23:59:59.000Z"
    assert note_times.local_clock(value) == "23:59:59"  # shown in UTC: local time cannot hold it
    assert f"{to_local(value):%Y-%m-%d}" == "9999-12-31"
    assert to_local_text(to_local(value)) == "Fri 31 Dec 23:59"
    assert note_times.parse_typed_time("10:00", value) is not None
    assert note_times.shift(value, 5) == value
    dashboard_items(store)
    assert "9999" in plan_sheet.sheet_html(plan_sheet.build_sheet(store, interview.id))
    assert calendar_export.write_calendar(store, tmp_path / "c.ics") >= 0


CHILD = """
import sys
from PySide6.QtWidgets import QApplication
from followup_desktop.app import build_main_window

app = QApplication(sys.argv[:1])
window = build_main_window(sys.argv[1])
window.after_first_paint()
window.show()
window.sidebar.select("interview", sys.argv[2])
for tab in (window.notes_pane, window.plan_pane, window.letter_pane, window.notes_pane):
    window.tabs.setCurrentWidget(tab)
    app.processEvents()
    window.grab()
model = window.notes_pane.view.model()
print("SHOWN", [model.index(r, c).data() for r in range(model.rowCount()) for c in range(model.columnCount())],
      flush=True)
window.store.close()
"""


def test_the_window_opens_the_notes_tab_east_of_utc(tmp_path):
    data = tmp_path / "data"
    data.mkdir(mode=0o700)
    store = Store.open(data / "followup.sqlite3")
    interview = _stored_at_the_edge(store)
    store.close()
    env = os.environ | {"TZ": "Etc/GMT-14", "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(data), interview.id],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]  # was -11 (SIGSEGV)
    assert "SHOWN" in result.stdout and "23:59:59" in result.stdout
    assert "Traceback" not in result.stderr
