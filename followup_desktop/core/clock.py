"""An injectable clock: times are stored as UTC ISO-8601 strings and shown in local time."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

UTC = timezone.utc
# Every stored date lies in these years (import and the store refuse others): far enough from the
# ends of Python's calendar (1-9999) that local time and a few days' arithmetic never overflow.
FIRST_YEAR, LAST_YEAR = 1900, 2200


class Clock:
    """The real clock."""

    def now(self) -> datetime:
        """The current moment, timezone-aware, in UTC."""
        return datetime.now(UTC)


class FrozenClock(Clock):
    """A clock that only moves when told to (tests, benchmarks)."""

    def __init__(self, at: datetime | str = "2026-01-15T09:00:00Z") -> None:
        self._now = parse_iso(at) if isinstance(at, str) else at.astimezone(UTC)

    def now(self) -> datetime:
        return self._now

    def set(self, at: datetime | str) -> None:
        """Jump to a moment."""
        self._now = parse_iso(at) if isinstance(at, str) else at.astimezone(UTC)

    def advance(self, seconds: float = 0, **kwargs: float) -> datetime:
        """Move forward by seconds (or any timedelta keywords) and return the new moment."""
        self._now = self._now + timedelta(seconds=seconds, **kwargs)
        return self._now


def to_iso(moment: datetime) -> str:
    """Format an aware datetime as UTC ISO-8601 with milliseconds and a Z suffix."""
    if moment.tzinfo is None:
        raise ValueError("naive datetimes are ambiguous; pass an aware datetime")
    text = moment.astimezone(UTC).isoformat(timespec="milliseconds")
    return text.replace("+00:00", "Z")


def parse_iso(text: str) -> datetime:
    """Parse an ISO-8601 string into an aware UTC datetime (naive strings are taken as UTC)."""
    moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def in_years(moment: datetime) -> bool:
    """True when a moment (taken in UTC) lies in the years the program stores."""
    try:
        year = moment.year if moment.tzinfo is UTC else moment.astimezone(UTC).year  # parse_iso gives UTC
    except (OverflowError, OSError, ValueError):
        return False
    return FIRST_YEAR <= year <= LAST_YEAR


def text_in_years(text: str) -> bool:
    """True when a stored date and time (or a YYYY-MM-DD date) is a real moment in the stored years."""
    try:
        return in_years(parse_iso(text))
    except (TypeError, ValueError, OverflowError):
        return False


YEARS_TEXT = f"between {FIRST_YEAR} and {LAST_YEAR}"


def local(moment: datetime) -> datetime:
    """An aware moment in local time for display; never raises.

    A date near the end of the calendar (9999-12-31T23:59:59Z, which older imports let in) has
    no local time east of UTC: it is shown in UTC instead of crashing the view showing it.
    """
    try:
        return moment.astimezone()
    except (OverflowError, OSError, ValueError):
        return moment


def to_local(text: str) -> datetime:
    """A stored UTC string as a local-time datetime for display (see local())."""
    return local(parse_iso(text))
