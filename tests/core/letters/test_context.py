"""The composer's deadline is the plan pane's and the dashboard's deadline."""

from datetime import timedelta

import pytest

from followup_desktop.core.clock import FrozenClock, parse_iso
from followup_desktop.core.letters import context as letter_context
from followup_desktop.core.letters.checks import run_checks
from followup_desktop.core.tracker import followups

from ..letter_fixtures import fill_interview


def _deadline_finding(store, interview):
    letter = store.letters.add(interview.id, "thank-you", None, "Thanks", "Dear Dana,\n\nThank you.\n")
    ctx = letter_context.check_context(store, letter, store.settings.letter_prefs())
    return ctx.due_at, [f.message for f in run_checks("Dear Dana,\n\nThank you.", ctx) if f.rule == "deadline"]


@pytest.mark.parametrize("hours, overdue", [(24, True), (72, False)])
def test_the_default_hours_setting_moves_the_composers_deadline(store, hours, overdue):
    interview, *_ = fill_interview(store)  # ends 5 March 15:00
    store.settings.set(followups.DEFAULT_HOURS_KEY, hours)
    store.clock = FrozenClock("2026-03-07T09:00:00Z")  # 42 h after the interview
    due, messages = _deadline_finding(store, interview)
    assert due == followups.interview_end(interview) + timedelta(hours=hours)
    assert due == followups.followup_due(interview, store.plans.get(interview.id), followups.default_hours(store))
    assert any("overdue" in m for m in messages) is overdue


def test_the_plans_own_deadline_wins(store):
    interview, *_ = fill_interview(store)
    store.plans.save(interview.id, followup_due_at="2026-03-09T17:00:00.000Z")
    assert _deadline_finding(store, interview)[0] == parse_iso("2026-03-09T17:00:00Z")
