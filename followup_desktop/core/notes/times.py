"""Stamps shown and typed: elapsed time since the interview started, local clock time."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

from followup_desktop.core.clock import local, parse_iso, to_iso, to_local

_CLOCK = re.compile(r"^\s*(\d{1,2})[:.h](\d{2})(?:[:.](\d{2}))?\s*$")
_ELAPSED = re.compile(r"^\s*\+\s*(?:(\d+):)?(\d{1,3}):(\d{2})\s*$")


def format_elapsed(seconds: float) -> str:
    """mm:ss under an hour, h:mm:ss from then on."""
    total = int(max(0, seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"


def elapsed_label(stamped_at: str, started_at: str, ended_at: str) -> str:
    """'before' / 'after' outside the interview, else the elapsed time since its start."""
    if not started_at or stamped_at < started_at:
        return "before"
    if ended_at and stamped_at > ended_at:
        return "after"
    return format_elapsed((parse_iso(stamped_at) - parse_iso(started_at)).total_seconds())


def shift(stamp: str, seconds: float) -> str:
    """A stamp moved by some seconds (negative: earlier); unchanged at the ends of the calendar."""
    try:
        return to_iso(parse_iso(stamp) + timedelta(seconds=seconds))
    except OverflowError:
        return stamp


def parse_typed_time(text: str, reference: str, started_at: str = "") -> str | None:
    """A stamp from what the user typed, or None if it makes no sense.

    "14:03" or "14:03:20" is a local clock time on the reference stamp's local day;
    "+12:30" or "+1:02:03" is the elapsed time since the interview started.
    """
    elapsed = _ELAPSED.match(text)
    if elapsed:
        if not started_at:
            return None
        hours, minutes, seconds = (int(g or 0) for g in elapsed.groups())
        if seconds >= 60:
            return None
        return to_iso(parse_iso(started_at) + timedelta(hours=hours, minutes=minutes, seconds=seconds))
    clock = _CLOCK.match(text)
    if not clock:
        return None
    hour, minute, second = (int(g or 0) for g in clock.groups())
    if hour > 23 or minute > 59 or second > 59:
        return None
    day = local(parse_iso(reference))
    moment = day.replace(hour=hour, minute=minute, second=second, microsecond=0)
    try:
        return to_iso(moment.astimezone(UTC))
    except OverflowError:
        return None


def local_clock(stamp: str) -> str:
    """A stored stamp as local HH:MM:SS (never raises: see clock.local)."""
    return to_local(stamp).strftime("%H:%M:%S")


def seconds_between(earlier: str, later: str | datetime) -> float:
    """Seconds from one stamp to another (or to an aware datetime)."""
    end = later if isinstance(later, datetime) else parse_iso(later)
    return (end - parse_iso(earlier)).total_seconds()
