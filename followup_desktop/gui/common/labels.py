"""How items read in lists and summaries, the same everywhere."""

from __future__ import annotations

from typing import TYPE_CHECKING

from followup_desktop.core.clock import to_local
from followup_desktop.core.text.names import shown
from followup_desktop.gui.common import texts

if TYPE_CHECKING:
    from followup_desktop.core.models import Interview


def interview_label(interview: Interview) -> str:
    """How an interview reads in the tree: its title and local date."""
    title = shown(interview.title) or texts.INTERVIEW
    if not interview.scheduled_start:
        return title
    try:
        return texts.INTERVIEW_WHEN.format(title=title, when=to_local(interview.scheduled_start))
    except (ValueError, OverflowError):  # not a real moment (an old import let such dates in)
        return texts.INTERVIEW_AT.format(title=title, when=interview.scheduled_start[:40])
