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


# --- what the sharper checks know: everyone, an offer anywhere, the user's own words ----------


def _context(store, interview, recipient_id=None):
    letter = store.letters.add(interview.id, "thank-you", recipient_id, "Thanks", "Dear Dana,\n\nThank you.\n")
    return letter_context.check_context(store, letter, store.settings.letter_prefs())


def test_the_context_knows_every_contact_of_the_application(store):
    interview, dana, sam, _ = fill_interview(store)
    store.contacts.add(interview.application_id, "Priya Raman", title="Recruiter")  # not an interviewer
    ctx = _context(store, interview, dana.id)
    assert set(ctx.contact_names) == {"Dana Lee", "Sam Roe", "Priya Raman"}
    assert [f.message for f in run_checks("Dear Dana,\nPriya Ramen was kind.", ctx) if f.rule == "contact-name"] == [
        "“Ramen” looks like a misspelling of Raman (Priya Raman)."
    ]


@pytest.mark.parametrize("where", ["application", "later-round", "none"])
def test_an_offer_anywhere_in_the_application_allows_connecting(store, where):
    interview, dana, *_ = fill_interview(store)
    if where == "application":
        store.applications.update(interview.application_id, status="offer")
    elif where == "later-round":
        later = store.interviews.add(interview.application_id, "Round 2")
        store.interviews.update(later.id, outcome="offer")
    ctx = _context(store, interview, dana.id)
    assert ctx.offer is (where != "none")
    social = [f for f in run_checks("Dear Dana,\nI added you on XING.", ctx) if f.rule == "social-media"]
    assert bool(social) is (where == "none")


def _own_words_store(store):
    """Fernway (a story), Kubernetes (an earlier round's notes) and intraday (the plan's research)."""
    interview, dana, *_ = fill_interview(store)
    earlier = store.interviews.add(interview.application_id, "Screening call")
    store.notes.add(earlier.id, "They run Kubernetes on their own hardware")
    store.plans.save(interview.id, research="Their intraday replanning is slow")
    store.stories.add("Pricing rebuild", situation="At Fernway the pricing run took forty minutes")
    return interview, dana


def test_the_users_own_words_are_never_an_unknown_company(store):
    interview, dana = _own_words_store(store)
    ctx = _context(store, interview, dana.id)
    text = "Dear Dana,\nThe Fernway team rebuilt the pricing run. The Initrode team did not."
    flagged = [text[f.start : f.end] for f in run_checks(text, ctx) if f.rule == "company-name"]
    assert flagged == ["Initrode"]


def test_words_of_the_users_notes_plan_experience_and_profile_are_never_misspelt(store):
    from followup_desktop.core.letters.spelling import Speller

    interview, dana = _own_words_store(store)
    store.challenges.update(store.challenges.all(interview.id)[0].id, experience="I tuned the Zorbex scheduler")
    profile = store.settings.profile()
    profile.address_lines = ["3 Quillbrook Row", "Leeds"]
    store.settings.save_profile(profile)
    text = "At Fernway, Kubernetes ran our intraday Zorbex jobs from Quillbrook; I recieve mail."
    bare = Speller("en_GB")
    assert {w for *_, w in bare.misspelled(text)} >= {"Fernway", "intraday", "Zorbex", "Quillbrook"}
    ctx = _context(store, interview, dana.id)
    speller = Speller("en_GB", ignore_words=letter_context.speller_words(store, ctx))
    assert [w for *_, w in speller.misspelled(text)] == ["recieve"]
