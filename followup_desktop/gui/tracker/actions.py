"""The main window's follow-up tracking commands: outcomes and their offers, the calendar export."""

from __future__ import annotations

import logging
import re

from PySide6.QtCore import QObject, Signal

from followup_desktop.core.store.errors import StoreError
from followup_desktop.gui.common.lazy import LazyModule
from followup_desktop.gui.common.write_failures import failure_text, log_failure

dialogs = LazyModule("followup_desktop.gui.common.dialogs")  # loaded when the first dialog opens
log = logging.getLogger(__name__)

STATUS_FOR_OUTCOME = {"offer": "offer", "hired": "hired", "rejected": "rejected"}  # application status to offer
LINKEDIN_NOW = (
    "Congratulations! Now that you have {what}, connecting with your interviewers on LinkedIn "
    "is appropriate — the letter checks no longer warn about it."
)


def next_round_title(title: str) -> str:
    """'Round 2' after 'Round 1'; 'Next round' when the title has no number."""
    match = re.search(r"(\d+)\s*$", title)
    return title[: match.start(1)] + str(int(match.group(1)) + 1) if match else "Next round"


class TrackerActions(QObject):
    """Outcome changes (with what each one offers) and the .ics export, for the main window."""

    changed = Signal()  # the store changed: refresh the sidebar and the dashboard
    outcome_refused = Signal(object)  # the Interview as stored: the outcome bar shows its outcome again
    open_letter = Signal(str, str)  # interview id, letter id
    open_interview = Signal(str)
    message = Signal(str)

    def __init__(self, window, store) -> None:
        super().__init__(window)
        self.window, self.store = window, store

    def set_outcome(self, interview_id: str, outcome: str) -> None:
        """Record the outcome, then offer what follows from it."""
        try:
            interview = self.store.interviews.get(interview_id)
            if interview.outcome == outcome:
                return
            self.store.interviews.update(interview_id, outcome=outcome)
        except StoreError as exc:
            self._refused("The outcome was not saved", exc)
            if self.store.rows.exists("interviews", interview_id):
                self.outcome_refused.emit(self.store.interviews.get(interview_id))
            return
        self.changed.emit()
        self.message.emit(f"Outcome recorded: {outcome.replace('-', ' ')}.")
        self._offer_status(interview.application_id, outcome)
        if outcome == "rejected":
            self._offer_rejection_letter(interview_id)
        elif outcome in ("offer", "hired"):
            dialogs.show_info(
                self.window,
                "Connecting on LinkedIn",
                LINKEDIN_NOW.format(what="an offer" if outcome == "offer" else "been hired"),
            )
        elif outcome == "next-round":
            self._offer_next_round(interview_id)

    def _offer_status(self, application_id: str, outcome: str) -> None:
        """Offer to set the application's status to match an offer, a hire or a rejection."""
        status = STATUS_FOR_OUTCOME.get(outcome)
        try:
            app = self.store.applications.get(application_id)
        except StoreError:
            return
        if status is None or app.status == status:
            return
        if not dialogs.confirm(
            self.window,
            "Application status",
            f"Mark the application “{app.label}” as {status} too? It is {app.status} now.",
            f"Mark as {status}",
        ):
            return
        try:
            self.store.applications.update(application_id, status=status)
        except StoreError as exc:
            self._refused("The application status was not saved", exc)
            return
        self.changed.emit()
        self.message.emit(f"The application is now marked as {status}.")

    def _offer_rejection_letter(self, interview_id: str) -> None:
        if not dialogs.confirm(
            self.window,
            "Thank them anyway",
            "A short, gracious letter after a rejection keeps the door open and is often "
            "remembered. Draft the after-rejection letter now?",
            "Draft the letter",
        ):
            return
        interviewers = self.store.interviews.interviewers(interview_id)
        recipient_id = interviewers[0].id if interviewers else None
        from followup_desktop.core.letters.drafts import build_draft, draft_input

        draft = build_draft(draft_input(self.store, interview_id, "rejection", recipient_id))
        try:
            letter = self.store.letters.add(
                interview_id, "rejection", recipient_id, draft.subject, draft.body, draft.sources
            )
        except StoreError as exc:
            self._refused("The after-rejection letter was not created", exc)
            return
        self.changed.emit()
        self.open_letter.emit(interview_id, letter.id)

    def _offer_next_round(self, interview_id: str) -> None:
        if not dialogs.confirm(
            self.window,
            "Next round",
            "Create the next interview now, with this plan copied and the questions you did "
            "not get to ask carried over?",
            "Create next interview",
        ):
            return
        old = self.store.interviews.get(interview_id)
        try:
            with self.store.atomic():
                new = self.store.interviews.add(
                    old.application_id,
                    next_round_title(old.title or "Round 1"),
                    format=old.format,
                    duration_minutes=old.duration_minutes,
                )
                self.store.interviews.set_interviewers(new.id, self.store.interviews.interviewer_ids(old.id))
                self.store.plans.copy_from(old.id, new.id)
        except StoreError as exc:
            self._refused("The next interview was not created", exc)
            return
        self.changed.emit()
        self.open_interview.emit(new.id)
        self.message.emit("Created the next interview with the plan copied; set its date with Edit (F2).")

    def _refused(self, what: str, exc: StoreError) -> None:
        """Tell the user a write did not happen, why, and that nothing was lost."""
        log_failure(what, exc)
        text = failure_text(what, exc)
        dialogs.show_error(self.window, what, text)
        self.message.emit(text)

    def export_calendar(self) -> None:
        """Save follow-up deadlines and next-contact dates as an .ics file."""
        from followup_desktop.core.tracker.calendar import write_calendar

        path = dialogs.ask_save_path(
            self.window, "Export calendar", "followups.ics", "Calendar (*.ics)", kind="calendar"
        )
        if not path:
            return
        try:
            count = write_calendar(self.store, path)
        except (OSError, StoreError) as exc:
            dialogs.show_error(self.window, "The calendar was not exported", str(exc))
            return
        self.message.emit(f"Exported {count} event(s) to {path}; importing it again updates them.")
