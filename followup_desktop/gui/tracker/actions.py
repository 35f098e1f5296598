"""The main window's follow-up tracking commands: outcomes and their offers, the calendar export."""

from __future__ import annotations

import logging
import re

from PySide6.QtCore import QObject, Signal

from followup_desktop.core.store.errors import StoreError
from followup_desktop.gui.common.lazy import LazyModule
from followup_desktop.gui.common.write_failures import failure_text, log_failure
from followup_desktop.gui.tracker import texts

dialogs = LazyModule("followup_desktop.gui.common.dialogs")  # loaded when the first dialog opens
log = logging.getLogger(__name__)

STATUS_FOR_OUTCOME = {"offer": "offer", "hired": "hired", "rejected": "rejected"}  # application status to offer


def next_round_title(title: str) -> str:
    """'Round 2' after 'Round 1'; 'Next round' when the title has no number."""
    match = re.search(r"(\d+)\s*$", title)
    return title[: match.start(1)] + str(int(match.group(1)) + 1) if match else texts.NEXT_ROUND


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
            self._refused(texts.OUTCOME_REFUSED, exc)
            if self.store.rows.exists("interviews", interview_id):
                self.outcome_refused.emit(self.store.interviews.get(interview_id))
            return
        self.changed.emit()
        self.message.emit(texts.OUTCOME_RECORDED.format(outcome=texts.OUTCOME_WORDS.get(outcome, outcome)))
        self._offer_status(interview.application_id, outcome)
        if outcome == "rejected":
            self._offer_rejection_letter(interview_id)
        elif outcome in ("offer", "hired"):
            linkedin = texts.LINKEDIN_OFFER if outcome == "offer" else texts.LINKEDIN_HIRED
            dialogs.show_info(self.window, texts.LINKEDIN_TITLE, linkedin)
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
        words = texts.STATUS_WORDS.get(status, status)
        if not dialogs.confirm(
            self.window,
            texts.STATUS_TITLE,
            texts.STATUS_QUESTION.format(
                label=app.label, status=words, current=texts.STATUS_WORDS.get(app.status, app.status)
            ),
            texts.STATUS_OK.format(status=words),
        ):
            return
        try:
            self.store.applications.update(application_id, status=status)
        except StoreError as exc:
            self._refused(texts.STATUS_REFUSED, exc)
            return
        self.changed.emit()
        self.message.emit(texts.STATUS_MARKED.format(status=words))

    def _offer_rejection_letter(self, interview_id: str) -> None:
        if not dialogs.confirm(self.window, texts.REJECTION_TITLE, texts.REJECTION_QUESTION, texts.REJECTION_OK):
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
            self._refused(texts.REJECTION_REFUSED, exc)
            return
        self.changed.emit()
        self.open_letter.emit(interview_id, letter.id)

    def _offer_next_round(self, interview_id: str) -> None:
        if not dialogs.confirm(self.window, texts.NEXT_ROUND_TITLE, texts.NEXT_ROUND_QUESTION, texts.NEXT_ROUND_OK):
            return
        old = self.store.interviews.get(interview_id)
        try:
            with self.store.atomic():
                new = self.store.interviews.add(
                    old.application_id,
                    next_round_title(old.title or texts.FIRST_ROUND),
                    format=old.format,
                    duration_minutes=old.duration_minutes,
                )
                self.store.interviews.set_interviewers(new.id, self.store.interviews.interviewer_ids(old.id))
                self.store.plans.copy_from(old.id, new.id)
        except StoreError as exc:
            self._refused(texts.NEXT_ROUND_REFUSED, exc)
            return
        self.changed.emit()
        self.open_interview.emit(new.id)
        self.message.emit(texts.NEXT_ROUND_CREATED)

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
            self.window, texts.CALENDAR_TITLE, texts.CALENDAR_FILE, texts.CALENDAR_FILTER, kind="calendar"
        )
        if not path:
            return
        try:
            count = write_calendar(self.store, path)
        except (OSError, StoreError) as exc:
            dialogs.show_error(self.window, texts.CALENDAR_FAILED, str(exc))
            return
        if not count:  # "Exported 0 event(s)" left the user guessing whether the export failed
            self.message.emit(texts.CALENDAR_EMPTY.format(path=path))
            return
        words = texts.CALENDAR_EXPORTED_ONE if count == 1 else texts.CALENDAR_EXPORTED
        self.message.emit(words.format(count=count, path=path))
