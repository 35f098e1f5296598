import pytest

from followup_desktop.core.clock import to_iso
from followup_desktop.core.models import Interview, Plan
from followup_desktop.core.tracker.followups import followup_due


@pytest.mark.parametrize(
    "interview, due_at, hours, expected",
    [
        ({"ended_at": "2026-03-05T15:00:00Z"}, "", 24, "2026-03-06T15:00:00.000Z"),
        ({"scheduled_start": "2026-03-05T14:00:00Z", "duration_minutes": 45}, "", 24, "2026-03-06T14:45:00.000Z"),
        (
            {"scheduled_start": "2026-03-05T14:00:00Z", "ended_at": "2026-03-05T16:00:00Z"},
            "",
            2,
            "2026-03-05T18:00:00.000Z",
        ),
        ({"ended_at": "2026-03-05T15:00:00Z"}, "2026-03-09T09:00:00.000Z", 24, "2026-03-09T09:00:00.000Z"),
        ({}, "", 24, None),
    ],
)
def test_followup_due(interview, due_at, hours, expected):
    due = followup_due(Interview("i", "a", **interview), Plan("i", followup_due_at=due_at), hours)
    assert (to_iso(due) if due else None) == expected
