import icalendar
import pytest

from followup_desktop.core.tracker.calendar import write_calendar

from ..tracker_fixtures import tracker_world


def _events(path):
    cal = icalendar.Calendar.from_ical(path.read_bytes())
    return {str(e["uid"]): e for e in cal.walk("VEVENT")}


def test_deadlines_and_next_contacts_become_one_event_each(store, tmp_path):
    ids = tracker_world(store)
    path = tmp_path / "followups.ics"
    count = write_calendar(store, path)
    events = _events(path)
    assert count == len(events)
    for name in ("due", "overdue", "upcoming", "later"):
        assert f"followup-{ids[name]}@followup-desktop.local" in events, name
    for name in ("sent", "rejected", "drafted"):
        assert f"followup-{ids[name]}@followup-desktop.local" not in events, name
    due = events[f"followup-{ids['due']}@followup-desktop.local"]
    assert due.decoded("dtstart").isoformat() == "2026-03-02T16:00:00+00:00"
    contact = events[f"next-contact-{ids['globex']}@followup-desktop.local"]
    assert str(contact.decoded("dtstart")) == "2026-03-01" and "Globex" in str(contact["summary"])


def test_re_export_keeps_the_uids_and_moves_the_event(store, tmp_path):
    ids = tracker_world(store)
    path = tmp_path / "f.ics"
    write_calendar(store, path)
    before = set(_events(path))
    store.tracker.set_keep_in_touch(ids["globex"], True, "2026-05-04")
    write_calendar(store, path)
    after = _events(path)
    assert set(after) == before
    assert str(after[f"next-contact-{ids['globex']}@followup-desktop.local"].decoded("dtstart")) == "2026-05-04"
    assert [p.name for p in tmp_path.iterdir()] == ["f.ics"]  # no temporary file left behind


@pytest.mark.parametrize("company", ["Ünïcode; \\ , GmbH\nLtd", "😀" * 40, "a" * 300])
def test_awkward_names_round_trip(store, tmp_path, company):
    app = store.applications.add(company)
    store.tracker.set_keep_in_touch(app.id, True, "2026-03-10")
    path = tmp_path / "x.ics"
    write_calendar(store, path)
    assert all(len(line) <= 75 for line in path.read_bytes().split(b"\r\n"))
    event = _events(path)[f"next-contact-{app.id}@followup-desktop.local"]
    assert str(event["summary"]) == f"Get in touch: {company}"
