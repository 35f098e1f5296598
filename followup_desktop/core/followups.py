"""Follow-up deadlines: when the thank-you should be sent by."""

from __future__ import annotations

from datetime import datetime, timedelta

from followup_desktop.core.clock import parse_iso
from followup_desktop.core.models import Interview, Plan

DEFAULT_HOURS_KEY = "followup.default_hours"
DEFAULT_HOURS = 24


def interview_end(interview: Interview) -> datetime | None:
    """When the interview ended (or is due to end); None when it is not scheduled."""
    for text, extra in ((interview.ended_at, 0), (interview.scheduled_start, interview.duration_minutes)):
        if text:
            try:
                return parse_iso(text) + timedelta(minutes=extra)
            except ValueError:
                continue
    return None


def followup_due(interview: Interview, plan: Plan, default_hours: float = DEFAULT_HOURS) -> datetime | None:
    """The send-by deadline: the plan's own date if set, else the end plus default_hours."""
    if plan.followup_due_at:
        try:
            return parse_iso(plan.followup_due_at)
        except ValueError:
            pass
    end = interview_end(interview)
    return None if end is None else end + timedelta(hours=default_hours)
