"""An injectable clock: times are stored as UTC ISO-8601 strings and shown in local time."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

UTC = timezone.utc


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


def to_local(text: str) -> datetime:
    """A stored UTC string as a local-time datetime for display."""
    return parse_iso(text).astimezone()
