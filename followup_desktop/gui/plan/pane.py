"""The Plan pane: what to learn, questions to ask, points to make, interviewers, follow-up."""

from __future__ import annotations

import logging
from dataclasses import replace

from PySide6.QtCore import QStringListModel, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCompleter,
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
from followup_desktop.core.plan.sheet import build_sheet
from followup_desktop.core.store import StoreError
from followup_desktop.core.store.errors import WriteError
from followup_desktop.core.tracker import followups
from followup_desktop.gui.common import dialogs
from followup_desktop.gui.common.autosaver import Autosaver
from followup_desktop.gui.common.pane import Pane
from followup_desktop.gui.common.reveal import select_text
from followup_desktop.gui.common.tab_shortcuts import ShortcutsWhileShown
from followup_desktop.gui.common.widgets import make_action, named
from followup_desktop.gui.common.write_failures import failure_text, log_failure
from followup_desktop.gui.plan.items import ID_ROLE, PlanList
from followup_desktop.gui.plan.sections import ChecklistBox, FollowUpBox, InterviewersBox

log = logging.getLogger(__name__)

POINT_PROMPTS = (
    "My experience: a result I achieved that this role needs…",
    "I am ready to take on more responsibility: where and how…",
    "Why I fit the way this team works…",
)


def _group(title: str, *widgets: QWidget) -> QGroupBox:
    box = QGroupBox(title)
    layout = QVBoxLayout(box)
    for widget in widgets:
        layout.addWidget(widget)
    return box


PLAN_FIELD_NAMES = {
    "research": "company research",
    "followup_channel": "follow-up channel",
    "followup_whom": "whom to follow up with",
    "followup_due_at": "follow-up deadline",
}


class PlanPane(Pane):
    """A calm form to fill in before the interview and glance at during it."""

    menu_title = "&Plan"

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
            "What I need to learn",
            "Add something you need to learn, e.g. what the first 90 days look like",
        )
        self.questions = PlanList(
            store,
            "question",
            "planQuestions",
            "Questions to ask",
            "Add a question (type to search your question bank), then Enter",
            numbered=True,
        )
        self.points = PlanList(
            store, "point", "planPoints", "Points I want to make", "Add a point you want to make", prompts=POINT_PROMPTS
        )
        self.bank_model = QStringListModel(self)
        self.completer = QCompleter(self.bank_model, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.completer.setMaxVisibleItems(12)
        self.questions.add_edit.setCompleter(self.completer)
        self.completer.activated.connect(self._insert_from_bank)
        self.save_to_bank = named(
            QPushButton("Save to question &bank"), "planSaveToBank", "Save the selected question to the question bank"
        )
        self.save_to_bank.clicked.connect(self.save_question_to_bank)
        self.research = named(QPlainTextEdit(), "planResearch", "Company research")
        self.research.setPlaceholderText(
            "What the company does, recent news, the team, the product, what the job ad stresses…"
        )
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
        self._make_actions()
        self._layout()
        self.load(None)

    # ----------------------------------------------------------------- building
    def _layout(self) -> None:
        questions = QWidget()
        q_layout = QVBoxLayout(questions)
        q_layout.setContentsMargins(0, 0, 0, 0)
        q_layout.addWidget(self.questions)
        row = QHBoxLayout()
        hint = QLabel("Alt+↑/↓ or drag to reorder · Del deletes · Ctrl+Z brings it back")
        hint.setObjectName("planQuestionsHint")
        row.addWidget(hint, 1)
        row.addWidget(self.save_to_bank)
        q_layout.addLayout(row)
        left = QVBoxLayout()
        left.addWidget(_group("What I need to learn", self.objectives), 2)
        left.addWidget(_group("Questions to ask", questions), 4)
        left.addWidget(_group("Points I want to make", self.points), 2)
        right = QVBoxLayout()
        right.addWidget(self.interviewers)
        right.addWidget(self.followup)
        right.addWidget(self.checklist)
        right.addWidget(_group("Company research", self.research), 1)
        top = QHBoxLayout()
        self.heading = QLabel()
        self.heading.setObjectName("planHeading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        top.addWidget(self.heading, 1)
        for action in (self.action_copy, self.action_print, self.action_pdf):
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

    def _make_actions(self) -> None:
        def action(name, text, slot, shortcut=None, tip=""):
            return make_action(self, name, text, slot, shortcut, tip)

        self.action_copy = action(
            "actionCopyPlanFrom",
            "&Copy plan from…",
            self.copy_plan_from,
            None,
            "Bring objectives, questions and points over from another interview",
        )
        self.action_bank = action(
            "actionSaveQuestionToBank",
            "Save question to &bank",
            self.save_question_to_bank,
            None,
            "Keep the selected question in your question bank for other plans",
        )
        self.action_print = action(
            "actionPrintPlan",
            "&Print plan…",
            self.print_plan,
            None,
            "Print the plan as a sheet to take into the interview",
        )
        self.action_pdf = action(
            "actionExportPlanPdf",
            "Export plan as P&DF…",
            self.export_pdf,
            None,
            "Save the printable plan sheet as a PDF file",
        )
        # Ctrl+P prints what the current tab shows: the keys follow the shown pane (tab_shortcuts).
        ShortcutsWhileShown(self, [(self.action_print, "Ctrl+P"), (self.action_pdf, "Ctrl+Shift+P")])

    def menu_actions(self) -> list[QAction | None]:
        return [self.action_copy, self.action_bank, None, self.action_print, self.action_pdf]

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
        self._fill_bank()

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

    def _fill_bank(self) -> None:
        texts = [q.text for q in self.store.question_bank.all()]
        if texts != self.bank_model.stringList():
            self.bank_model.setStringList(texts)

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
        self.status_message.emit(str(exc) if isinstance(exc, WriteError) else f"Not saved: {exc}")

    def _saved(self, what: str = "Saved") -> None:
        self.status_message.emit(f"{what} {to_local(self.store.now()).strftime('%H:%M')}")
        self.data_changed.emit(self.interview.id)

    def _items_changed(self, message: str) -> None:
        self._saved(message.rstrip(".") + " · saved")

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
            self._refused("The checklist tick was not saved", exc)
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
            self._refused("The interviewers were not saved", exc)
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
            self._refused("The default deadline was not saved", exc)
            self.followup.hours.blockSignals(True)
            self.followup.hours.setValue(self._default_hours())
            self.followup.hours.blockSignals(False)
            self._update_deadline()
            return
        self._update_deadline()
        self.status_message.emit(f"Saved {to_local(self.store.now()).strftime('%H:%M')}")

    def _update_deadline(self) -> None:
        plan, hours = self.store.plans.get(self.interview.id), self._default_hours()
        self.followup.show_deadline(
            followups.followup_due(self.interview, plan, hours), bool(plan.followup_due_at), hours
        )

    # ----------------------------------------------------------------- question bank, copy
    def _insert_from_bank(self, text: str) -> None:
        # Enter in the popup reaches the field first (which adds the question); a click only comes here.
        if self.questions.just_added != text:
            self.questions.add(text)
        QTimer.singleShot(0, self._clear_after_bank_insert)

    def _clear_after_bank_insert(self) -> None:
        self.questions.just_added = None
        self.questions.add_edit.clear()  # the completer puts its text back after activating

    def save_question_to_bank(self) -> None:
        """Keep the selected question (or the one being typed) in the question bank."""
        item = self.questions.view.currentItem()
        text = (
            item.data(Qt.ItemDataRole.UserRole + 3)
            if item and item.data(Qt.ItemDataRole.UserRole)
            else self.questions.add_edit.text()
        )
        if not text or not text.strip():
            self.status_message.emit("Select a question to save to the question bank.")
            return
        try:
            self.store.question_bank.add(text)
        except StoreError as exc:
            self._refused("The question was not saved to the question bank", exc)
            return
        self._fill_bank()
        self.status_message.emit("Saved to the question bank.")

    def copy_plan_from(self) -> None:
        """Append another interview's objectives, questions and points to this plan."""
        if self.interview is None:
            return
        apps = {a.id: a for a in self.store.applications.all()}
        choices = []
        for other in self.store.interviews.all():
            if other.id != self.interview.id and self.store.plans.items(other.id):
                when = to_local(other.scheduled_start).strftime("%d %b %Y") if other.scheduled_start else ""
                label = " · ".join(p for p in (apps[other.application_id].label, other.title or "Interview", when) if p)
                choices.append((other.id, label))
        if not choices:
            dialogs.show_info(self, "Copy plan from", "No other interview has a plan to copy yet.")
            return
        source = dialogs.pick_interview(self, choices, "Copy plan from…")
        if not source:
            return
        self.flush()
        try:
            added = self.store.plans.copy_from(source, self.interview.id)
        except StoreError as exc:
            log_failure("plan not copied", exc)
            dialogs.show_error(
                self,
                "The plan could not be copied",
                failure_text("The plan was not copied; this plan is as it was", exc),
            )
            self.status_message.emit(failure_text("The plan was not copied", exc))
            return
        self.load(self.interview)
        carried = sum(1 for i in added if i.carried_over)
        self._saved(f"Copied {len(added)} item(s), {carried} question(s) carried over ·")

    # ----------------------------------------------------------------- printing
    def _document(self):
        from followup_desktop.gui.plan import sheet

        self.flush()
        return sheet.build_document(build_sheet(self.store, self.interview.id))

    def print_plan(self) -> None:
        """Print preview of the plan sheet, with or without a printer; print or save a PDF from there."""
        if self.interview is None:
            return
        dialogs.print_preview(self, self._document(), "Interview plan", save_pdf=self.export_pdf)

    def export_pdf(self) -> bool:
        """Save the plan sheet as a PDF file; True once saved."""
        if self.interview is None:
            return False
        from followup_desktop.core.text.safe import safe_filename
        from followup_desktop.gui.plan import sheet

        app = self.store.applications.get(self.interview.application_id)
        suggested = safe_filename(f"{app.company} - {self.interview.title or 'interview'} - plan", "pdf")
        path = dialogs.ask_save_path(self, "Export plan as PDF", suggested, "PDF (*.pdf)", kind="pdf")
        if not path:
            return False
        try:
            sheet.write_pdf(self._document(), path)
        except OSError as exc:
            dialogs.show_error(self, "The PDF was not saved", str(exc))
            return False
        self.status_message.emit(f"Saved the plan as {path}")
        return True


def _split(edits: dict) -> tuple[dict, dict]:
    """Typed plan edits as (plan fields, contact id -> "cares about" text)."""
    fields = {k: v for k, v in edits.items() if isinstance(k, str)}
    return fields, {k[1]: v for k, v in edits.items() if not isinstance(k, str)}


def _describe(_interview_id: str, edits: dict) -> list[tuple[str, str]]:
    """A plan's unsaved edits for the close guard."""
    fields, cares = _split(edits)
    texts = [(f"Plan: {PLAN_FIELD_NAMES.get(name, name)}", str(value)) for name, value in fields.items()]
    return texts + [("Plan: what an interviewer cares about", text) for text in cares.values()]
