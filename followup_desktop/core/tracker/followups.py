"""Follow-up deadlines (when the thank-you should be sent by) and the dashboard of what is due."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from followup_desktop.core.clock import local, parse_iso, to_iso
from followup_desktop.core.models import Interview, Plan
from followup_desktop.core.models.letters import LETTER_KIND_LABELS
from followup_desktop.core.models.tracker import InterviewFacts

if TYPE_CHECKING:
    from followup_desktop.core.store import Store

DEFAULT_HOURS_KEY = "followup.default_hours"
DEFAULT_HOURS = 24


def interview_end(interview: Interview) -> datetime | None:
    """When the interview ended (or is due to end); None when it is not scheduled."""
    for text, extra in ((interview.ended_at, 0), (interview.scheduled_start, interview.duration_minutes)):
        if text:
            try:
                return parse_iso(text) + timedelta(minutes=extra)
            except (ValueError, OverflowError):
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
    try:
        return None if end is None else end + timedelta(hours=default_hours)
    except OverflowError:  # an end at the edge of the calendar (only an old import could store one)
        return None


# --------------------------------------------------------------------- the dashboard
OVERDUE, DUE, SOON, LATER = 0, 1, 2, 3  # urgency levels, most urgent first
LEVEL_NAMES = {OVERDUE: "Overdue", DUE: "Due", SOON: "To do", LATER: "Coming up"}
UPCOMING_SOON_HOURS = 48


@dataclass
class DashboardItem:
    """One thing that needs the user's attention, and what to open for it."""

    level: int  # OVERDUE, DUE, SOON or LATER
    when: datetime  # the moment it is about (deadline, interview start, date), for ordering
    kind: str  # "thank-you", "draft", "outcome", "rejection", "next-contact", "upcoming"
    title: str
    detail: str
    open_kind: str  # "interview" or "application"
    open_id: str
    tab: str = ""  # "plan", "notes", "letter" or ""
    letter_id: str = ""


def default_hours(store: Store) -> float:
    """The user's default follow-up delay in hours (setting followup.default_hours)."""
    try:
        hours = float(store.settings.get_text(DEFAULT_HOURS_KEY, str(DEFAULT_HOURS)))
    except ValueError:
        return DEFAULT_HOURS
    return hours if 0 < hours < 24 * 365 else DEFAULT_HOURS


def time_left(delta: timedelta) -> str:
    """'3 h left', '2 days left', '5 h ago' for a signed duration."""
    seconds = delta.total_seconds()
    span = abs(seconds)
    if span < 3600:
        amount = f"{max(1, int(span // 60))} min"
    elif span < 48 * 3600:
        amount = f"{int(span // 3600)} h"
    else:
        amount = f"{int(span // 86400)} days"
    return f"{amount} left" if seconds >= 0 else f"{amount} overdue"


def facts_due(facts: InterviewFacts, hours: float) -> datetime | None:
    """When the follow-up of the interview these facts describe is due (None: no deadline)."""
    return followup_due(_as_interview(facts), Plan(interview_id=facts.id, followup_due_at=facts.followup_due_at), hours)


def _as_interview(f: InterviewFacts) -> Interview:
    return Interview(
        id=f.id,
        application_id=f.application_id,
        title=f.title,
        scheduled_start=f.scheduled_start,
        duration_minutes=f.duration_minutes,
        started_at=f.started_at,
        ended_at=f.ended_at,
        outcome=f.outcome,
    )


def _label(company: str, title: str) -> str:
    return f"{company} — {title or 'Interview'}"


def _interview_items(facts: InterviewFacts, now: datetime, hours: float) -> Iterator[DashboardItem]:
    if facts.outcome == "rejected":
        end = interview_end(_as_interview(facts)) or now
        draft = " (a draft is waiting)" if facts.draft_letters else ""
        yield DashboardItem(
            DUE,
            end,
            "rejection",
            f"Thank them anyway: {_label(facts.company, facts.title)}",
            "Rejected — a gracious letter keeps the door open" + draft,
            "interview",
            facts.id,
            "letter",
        )
    elif facts.has_ended and not facts.sent_letters:
        due = facts_due(facts, hours) or now
        draft = "draft ready, not sent" if facts.draft_letters else "no letter yet"
        yield DashboardItem(
            OVERDUE if due <= now else DUE,
            due,
            "thank-you",
            f"Thank-you letter: {_label(facts.company, facts.title)}",
            f"{time_left(due - now)} · {draft}",
            "interview",
            facts.id,
            "letter",
        )
    elif facts.has_ended and facts.outcome == "pending":
        end = interview_end(_as_interview(facts)) or now
        yield DashboardItem(
            SOON,
            end,
            "outcome",
            f"Record the outcome: {_label(facts.company, facts.title)}",
            "Letter sent; no outcome recorded yet",
            "interview",
            facts.id,
            "plan",
        )
    elif not facts.has_ended and facts.scheduled_start:
        start = parse_iso(facts.scheduled_start)
        missing = [
            what
            for what, n in (("no questions yet", facts.questions), ("no interviewers named", facts.interviewers))
            if not n
        ]
        ready = ", ".join(missing) if missing else f"{facts.questions} question(s), ready"
        soon = start - now <= timedelta(hours=UPCOMING_SOON_HOURS)
        yield DashboardItem(
            DUE if soon and missing else LATER,
            start,
            "upcoming",
            f"Upcoming: {_label(facts.company, facts.title)}",
            f"{to_local_text(start)} · {ready}",
            "interview",
            facts.id,
            "plan",
        )


def to_local_text(moment: datetime) -> str:
    """A moment in local time, short: 'Thu 05 Mar 14:00'."""
    return local(moment).strftime("%a %d %b %H:%M")


DRAFT_LOOKBACK_DAYS = 60


def dashboard_items(store: Store, now: datetime | None = None) -> list[DashboardItem]:
    """Everything that needs attention, most urgent first (a few set-based queries)."""
    now = now or store.clock.now()
    hours = default_hours(store)
    items: list[DashboardItem] = []
    open_thanks: set[str] = set()
    for facts in store.tracker.interviews_needing_attention(to_iso(now)):
        for item in _interview_items(facts, now, hours):
            items.append(item)
            if item.kind in ("thank-you", "rejection"):
                open_thanks.add(facts.id)
    # Drafts left alone for longer than the look-back are no longer a follow-up to send.
    for draft in store.tracker.unsent_drafts(since=to_iso(now - timedelta(days=DRAFT_LOOKBACK_DAYS))):
        if draft.interview_id in open_thanks:
            continue  # that interview's row already opens its letter
        items.append(
            DashboardItem(
                SOON,
                parse_iso(draft.updated_at),
                "draft",
                f"Draft never sent: {_label(draft.company, draft.interview_title)}",
                f"{LETTER_KIND_LABELS.get(draft.kind, draft.kind)} · last edited "
                f"{to_local_text(parse_iso(draft.updated_at))}",
                "interview",
                draft.interview_id,
                "letter",
                draft.id,
            )
        )
    today = now.astimezone().date()
    for app in store.tracker.next_contacts(today.isoformat()):
        day = date.fromisoformat(app.next_contact_at)
        moment = datetime.combine(day, time(9)).astimezone()
        late = (today - day).days
        items.append(
            DashboardItem(
                OVERDUE if late > 0 else DUE,
                moment,
                "next-contact",
                f"Get in touch: {app.company}" + (f" — {app.role}" if app.role else ""),
                "Next contact was planned for today" if not late else f"Next contact was planned {late} day(s) ago",
                "application",
                app.id,
            )
        )
    items.sort(key=lambda i: (i.level, i.when))
    return items


def due_count(items: list[DashboardItem]) -> int:
    """How many items are due now or overdue."""
    return sum(1 for i in items if i.level <= DUE)
