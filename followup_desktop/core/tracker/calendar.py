"""Follow-up deadlines and next-contact dates as an .ics calendar (RFC 5545, via icalendar).

Every event's UID is derived from the id of what it is about, so importing a newer export
into a calendar updates the events instead of adding duplicates.
"""

from __future__ import annotations

import datetime as _dt
import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from followup_desktop.core.clock import FIRST_YEAR, LAST_YEAR, in_years
from followup_desktop.core.file_checks import check_ics
from followup_desktop.core.files import write_bytes
from followup_desktop.core.tracker.followups import default_hours, facts_due

if TYPE_CHECKING:
    from followup_desktop.core.store import Store

log = logging.getLogger(__name__)

UID_DOMAIN = "followup-desktop.local"
PRODID = "-//FollowUp Desktop//Follow-up tracker//EN"


@dataclass
class CalendarEvent:
    """One event: a timed deadline or an all-day next-contact date."""

    uid: str
    summary: str
    start: _dt.datetime | _dt.date
    description: str = ""


def calendar_events(store: Store) -> list[CalendarEvent]:
    """Deadlines of the follow-ups not yet sent, and every next-contact date."""
    hours = default_hours(store)
    events = []
    for f in store.tracker.interviews_needing_attention():  # recently ended and upcoming ones
        if f.outcome not in ("pending", "next-round") or f.sent_letters:
            continue
        due = facts_due(f, hours)
        if due is not None and in_years(due):
            events.append(
                CalendarEvent(
                    f"followup-{f.id}@{UID_DOMAIN}",
                    f"Send the thank-you: {f.company} — {f.title or 'interview'}",
                    due,
                    "Follow-up letter deadline (FollowUp Desktop)",
                )
            )
    for app in store.tracker.next_contacts():
        try:
            day = _dt.date.fromisoformat(app.next_contact_at)
        except ValueError:
            continue
        if not FIRST_YEAR <= day.year <= LAST_YEAR:  # only an old import could store such a date
            continue
        events.append(
            CalendarEvent(
                f"next-contact-{app.id}@{UID_DOMAIN}",
                f"Get in touch: {app.company}",
                day,
                f"Next planned contact{' about ' + app.role if app.role else ''} (FollowUp Desktop)",
            )
        )
    return events


def calendar_bytes(events: list[CalendarEvent], now: _dt.datetime) -> bytes:
    """The events as an iCalendar document."""
    from icalendar import Calendar, Event

    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("x-wr-calname", "FollowUp Desktop")
    for e in events:
        event = Event()
        event.add("uid", e.uid)
        event.add("dtstamp", now)
        event.add("summary", e.summary)
        event.add("description", e.description)
        if isinstance(e.start, _dt.datetime):
            event.add("dtstart", e.start)
            event.add("dtend", e.start + _dt.timedelta(minutes=30))
        else:
            event.add("dtstart", e.start)
            event.add("dtend", e.start + _dt.timedelta(days=1))
        cal.add_component(event)
    ical: bytes = cal.to_ical()
    return ical


def write_calendar(store: Store, path: str | os.PathLike[str]) -> int:
    """Write the .ics file atomically (temporary file, read back, then rename); returns the number of events."""
    target = Path(path)
    events = calendar_events(store)
    data = calendar_bytes(events, store.clock.now())
    write_bytes(target, data, verify=check_ics, prefix=".calendar-")
    log.info("calendar exported: %d events", len(events))
    return len(events)
