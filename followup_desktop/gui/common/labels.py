"""How items read in lists and summaries, the same everywhere."""

from __future__ import annotations

from followup_desktop.core.clock import to_local
from followup_desktop.core.models import Interview, shown


def interview_label(interview: Interview) -> str:
    """How an interview reads in the tree: its title and local date."""
    title = shown(interview.title) or "Interview"
    if interview.scheduled_start:
        try:
            when = to_local(interview.scheduled_start).strftime("%d %b %Y %H:%M")
        except (ValueError, OverflowError):  # not a real moment (an old import let such dates in)
            when = interview.scheduled_start[:40]
        title += "  ·  " + when
    return title
