"""The Plan pane: what to learn, questions to ask, points to make, interviewers, follow-up."""

from __future__ import annotations

import logging
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from followup_desktop.core.clock import to_local
from followup_desktop.core.models import Interview, shown
from followup_desktop.core.store import StoreError
from followup_desktop.core.store.errors import WriteError
from followup_desktop.core.tracker import followups
from followup_desktop.gui.common.autosaver import Autosaver
from followup_desktop.gui.common.pane import Pane
from followup_desktop.gui.common.reveal import select_text
from followup_desktop.gui.common.widgets import named
from followup_desktop.gui.common.write_failures import failure_text, log_failure
from followup_desktop.gui.plan import texts
from followup_desktop.gui.plan.commands import PlanCommands
from followup_desktop.gui.plan.items import ID_ROLE, PlanList
from followup_desktop.gui.plan.sections import ChecklistBox, FollowUpBox, InterviewersBox

log = logging.getLogger(__name__)


def _group(title: str, *widgets: QWidget) -> QGroupBox:
    box = QGroupBox(title)
    layout = QVBoxLayout(box)
    for widget in widgets:
        layout.addWidget(widget)
    return box


class PlanPane(Pane):
    """A calm form to fill in before the interview and glance at during it."""

    menu_title = texts.MENU

    def __init__(self, store, parent=None) -> None:
        super().__init__(store, parent)
        self.setObjectName("planPane")
        # Plan fields ("research": text) and interviewers' "cares about" (("cares", contact id): text)
        # of the interview shown, written together; the timer never closes an item being edited in place.
        self.autosaver = Autosaver(self, self._write, merge=lambda old, new: old | new, describe=_describe)
        self.autosaver.refused.connect(self._not_saved)

        self.objectives = PlanList(
            store,
            "objective",
            "planObjectives",
            texts.LEARN,
            texts.LEARN_ADD,
        )
        self.questions = PlanList(
            store,
            "question",
            "planQuestions",
            texts.QUESTIONS,
            texts.QUESTIONS_ADD,
            numbered=True,
        )
        self.points = PlanList(
            store, "point", "planPoints", texts.POINTS, texts.POINTS_ADD, prompts=texts.POINT_PROMPTS
        )
        # the Plan menu: copy from another interview, the question bank, the printed sheet
        self.commands = PlanCommands(self, store, self.questions, self.flush)
        self.commands.status.connect(self.status_message)
        self.commands.refused.connect(self._refused)
        self.commands.copied.connect(self._copied)
        self.save_to_bank = named(QPushButton(texts.SAVE_TO_BANK), "planSaveToBank", texts.SAVE_TO_BANK_NAME)
        self.save_to_bank.clicked.connect(self.commands.save_question_to_bank)
        self.research = named(QPlainTextEdit(), "planResearch", texts.RESEARCH)
        self.research.setPlaceholderText(texts.RESEARCH_HINT)
        self.research.setTabChangesFocus(True)  # Tab moves on, as in every other text field; never a trap
        self.research.textChanged.connect(lambda: self._edited("research", self.research.toPlainText()))
        self.interviewers = InterviewersBox()
        self.interviewers.interviewers_changed.connect(self._set_interviewers)
        self.interviewers.cares_edited.connect(self._cares_edited)
        self.followup = FollowUpBox()
        self.followup.edited.connect(self._edited)
        self.followup.default_hours_changed.connect(self._default_hours_changed)
        self.checklist = ChecklistBox()
        self.checklist.changed.connect(self._checklist_changed)
        for plan_list in (self.objectives, self.questions, self.points):
            plan_list.changed.connect(self._items_changed)
            plan_list.failed.connect(self.status_message)
        self._layout()
        self.load(None)

    # ----------------------------------------------------------------- building
    def _layout(self) -> None:
        questions = QWidget()
        q_layout = QVBoxLayout(questions)
        q_layout.setContentsMargins(0, 0, 0, 0)
        q_layout.addWidget(self.questions)
        row = QHBoxLayout()
        hint = QLabel(texts.QUESTIONS_HINT)
        hint.setObjectName("planQuestionsHint")
        row.addWidget(hint, 1)
        row.addWidget(self.save_to_bank)
        q_layout.addLayout(row)
        left = QVBoxLayout()
        left.addWidget(_group(texts.LEARN, self.objectives), 2)
        left.addWidget(_group(texts.QUESTIONS, questions), 4)
        left.addWidget(_group(texts.POINTS, self.points), 2)
        right = QVBoxLayout()
        right.addWidget(self.interviewers)
        right.addWidget(self.followup)
        right.addWidget(self.checklist)
        right.addWidget(_group(texts.RESEARCH, self.research), 1)
        top = QHBoxLayout()
        self.heading = QLabel()
        self.heading.setObjectName("planHeading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        top.addWidget(self.heading, 1)
        for action in (self.commands.action_copy, self.commands.action_print, self.commands.action_pdf):
            button = QPushButton(action.text().replace("&", ""))
            button.setObjectName(action.objectName() + "Button")
            button.setToolTip(action.toolTip())
            button.clicked.connect(action.trigger)
            top.addWidget(button)
        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.addLayout(top)
        body_layout.addLayout(columns, 1)
        scroll = self.scroll = QScrollArea()
        scroll.setObjectName("planScroll")
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def menu_actions(self) -> list[QAction | None]:
        return self.commands.actions()

    # ----------------------------------------------------------------- showing
    def load(self, interview: Interview | None) -> None:
        """Show this interview's plan."""
        iid = interview.id if interview else None
        self.autosaver.show(iid)  # what a failed save kept for it is shown, and written on the next try
        self.interview = interview
        answered = self.store.plans.answered_question_ids(iid) if iid else set()
        for plan_list in (self.objectives, self.questions, self.points):
            plan_list.load(iid, answered if plan_list is self.questions else set())
        for action in self.menu_actions():
            if action is not None:
                action.setEnabled(interview is not None)
        self.setEnabled(interview is not None)
        if interview is None:
            self.heading.setText("")
            return
        plan = replace(self.store.plans.get(iid), **self._waiting()[0])
        self.research.blockSignals(True)
        if self.research.toPlainText() != plan.research:
            self.research.setPlainText(plan.research)
        self.research.blockSignals(False)
        self.checklist.load(self.store.plans.checklist(iid))
        self._load_interviewers()
        hours = self._default_hours()
        self.followup.load(
            plan.followup_channel,
            plan.followup_whom,
            plan.followup_due_at,
            followups.followup_due(interview, plan, hours),
            hours,
        )
        app = self.store.applications.get(interview.application_id)
        self.heading.setText(" · ".join(p for p in (app.label, shown(interview.title)) if p))
        self.commands.fill_bank()

    def reveal(self, kind: str, ref_id: str, text: str) -> None:
        """Show a search result: select the plan item with that id, or the words in the research."""
        if kind != "plan" or self.interview is None:
            return
        for plan_list in (self.objectives, self.questions, self.points):
            row = next(
                (r for r in range(plan_list.view.count()) if plan_list.view.item(r).data(ID_ROLE) == ref_id), None
            )
            if row is not None:
                item = plan_list.view.item(row)
                plan_list.view.setCurrentItem(item)
                plan_list.view.scrollToItem(item)
                plan_list.view.setFocus()
                self.scroll.ensureWidgetVisible(plan_list.view)
                return
        if ref_id == self.interview.id and select_text(self.research, text):
            self.research.setFocus()
            self.scroll.ensureWidgetVisible(self.research)

    def _load_interviewers(self) -> None:
        iid = self.interview.id
        self.interviewers.load(
            self.store.contacts.all(self.interview.application_id),
            self.store.interviews.interviewer_ids(iid),
            self.store.plans.cares_about(iid) | self._waiting()[1],
        )

    def refresh(self) -> None:
        """Another pane changed something: show answered questions anew, keep what is being typed."""
        if self.interview is None:
            return
        self.flush()
        try:
            self.interview = self.store.interviews.get(self.interview.id)
        except StoreError:
            self.load(None)
            return
        answered = self.store.plans.answered_question_ids(self.interview.id)
        for plan_list in (self.objectives, self.questions, self.points):
            current = plan_list.current_id()
            plan_list.show_items(
                self.store.plans.items(self.interview.id, plan_list.kind),
                answered if plan_list is self.questions else set(),
                current,
            )
        self._update_deadline()

    # ----------------------------------------------------------------- autosave
    def _edited(self, field: str, value: str) -> None:
        if self.interview is None:
            return
        self.autosaver.changed({field: value})
        if field == "followup_due_at":
            self.flush()

    def _cares_edited(self, contact_id: str, text: str) -> None:
        self.autosaver.changed({("cares", contact_id): text})

    def _waiting(self) -> tuple[dict, dict]:
        """Plan fields and "cares about" texts typed for the shown interview and not stored yet."""
        return _split(self.autosaver.waiting() or {})

    def flush(self) -> None:
        """Write pending edits now, an item being edited in place included (before leaving or re-reading)."""
        for plan_list in (self.objectives, self.questions, self.points):
            plan_list.commit_open_editor()
        self.autosaver.flush()

    def _write(self, interview_id: str, edits: dict) -> None:
        """Store the typed plan fields and "cares about" texts together (all or nothing)."""
        fields, cares = _split(edits)
        with self.store.atomic():
            if fields:
                self.store.plans.save(interview_id, **fields)
            for contact_id, text in cares.items():
                self.store.plans.set_cares_about(interview_id, contact_id, text)
        if "followup_due_at" in fields:
            self._update_deadline()
        self._saved()

    def _not_saved(self, _interview_id: str, exc: StoreError) -> None:
        """The store refused: what was typed stays on screen and is written at the next change or flush."""
        self.status_message.emit(str(exc) if isinstance(exc, WriteError) else texts.NOT_SAVED.format(error=exc))

    def _saved(self, what: str = "") -> None:
        clock = to_local(self.store.now()).strftime("%H:%M")
        self.status_message.emit(
            texts.SAVED_AFTER.format(what=what, clock=clock) if what else texts.SAVED.format(clock=clock)
        )
        self.data_changed.emit(self.interview.id)

    def _items_changed(self, message: str) -> None:
        self._saved(texts.ITEMS_SAVED.format(message=message.rstrip(".")))

    def _refused(self, what: str, exc: StoreError) -> None:
        """A command the store refused: say so in the status bar (the view then shows what is stored)."""
        log_failure(f"plan: {what}", exc)
        self.status_message.emit(failure_text(what, exc))

    def _checklist_changed(self, checked: set) -> None:
        if self.interview is None:
            return
        try:
            self.store.plans.set_checklist(self.interview.id, checked)
        except StoreError as exc:
            self._refused(texts.CHECKLIST_REFUSED, exc)
            self.checklist.load(self.store.plans.checklist(self.interview.id))
            return
        self._saved()

    def _set_interviewers(self, contact_ids: list) -> None:
        if self.interview is None:
            return
        self.flush()
        try:
            self.store.interviews.set_interviewers(self.interview.id, contact_ids)
        except StoreError as exc:
            self._refused(texts.INTERVIEWERS_REFUSED, exc)
            self._load_interviewers()  # what is stored, with any unsaved "cares about" words kept
            return
        self._saved()

    def _default_hours(self) -> int:
        value = self.store.settings.get(followups.DEFAULT_HOURS_KEY, followups.DEFAULT_HOURS)
        return value if isinstance(value, int) and value > 0 else followups.DEFAULT_HOURS

    def _default_hours_changed(self, hours: int) -> None:
        try:
            self.store.settings.set(followups.DEFAULT_HOURS_KEY, hours)
        except StoreError as exc:
            self._refused(texts.HOURS_REFUSED, exc)
            self.followup.hours.blockSignals(True)
            self.followup.hours.setValue(self._default_hours())
            self.followup.hours.blockSignals(False)
            self._update_deadline()
            return
        self._update_deadline()
        self.status_message.emit(texts.SAVED.format(clock=to_local(self.store.now()).strftime("%H:%M")))

    def _update_deadline(self) -> None:
        plan, hours = self.store.plans.get(self.interview.id), self._default_hours()
        self.followup.show_deadline(
            followups.followup_due(self.interview, plan, hours), bool(plan.followup_due_at), hours
        )

    def _copied(self, message: str) -> None:
        """Another interview's plan was copied in: show it, and say what came over."""
        self.load(self.interview)
        self._saved(message)


def _split(edits: dict) -> tuple[dict, dict]:
    """Typed plan edits as (plan fields, contact id -> "cares about" text)."""
    fields = {k: v for k, v in edits.items() if isinstance(k, str)}
    return fields, {k[1]: v for k, v in edits.items() if not isinstance(k, str)}


def _describe(_interview_id: str, edits: dict) -> list[tuple[str, str]]:
    """A plan's unsaved edits for the close guard."""
    fields, cares = _split(edits)
    shown = [(texts.UNSAVED_FIELD.format(field=texts.FIELD_NAMES.get(n, n)), str(v)) for n, v in fields.items()]
    return shown + [(texts.UNSAVED_CARES, text) for text in cares.values()]
