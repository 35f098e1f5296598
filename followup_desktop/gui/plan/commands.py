"""The Plan menu's commands: copy a plan from another interview, the question bank, the printed plan sheet."""

from __future__ import annotations

from PySide6.QtCore import QObject, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QCompleter

from followup_desktop.core.clock import to_local
from followup_desktop.core.plan.sheet import build_sheet
from followup_desktop.core.store import StoreError
from followup_desktop.gui.common import dialogs
from followup_desktop.gui.common.tab_shortcuts import ShortcutsWhileShown
from followup_desktop.gui.common.widgets import make_action
from followup_desktop.gui.common.write_failures import failure_text, log_failure
from followup_desktop.gui.plan import texts


class PlanCommands(QObject):
    """Commands of the plan shown in `pane` (its `interview`); `questions` is the plan's question list."""

    status = Signal(str)
    refused = Signal(str, object)  # what did not happen, the StoreError
    copied = Signal(str)  # a plan was copied in: show the plan again, and say this

    def __init__(self, pane, store, questions, flush) -> None:
        super().__init__(pane)
        self.pane, self.store, self.questions, self.flush = pane, store, questions, flush
        a = self._action
        self.action_copy = a("actionCopyPlanFrom", texts.COPY, self.copy_plan_from, texts.COPY_TIP)
        self.action_bank = a("actionSaveQuestionToBank", texts.BANK, self.save_question_to_bank, texts.BANK_TIP)
        self.action_print = a("actionPrintPlan", texts.PRINT, self.print_plan, texts.PRINT_TIP)
        self.action_pdf = a("actionExportPlanPdf", texts.PDF, self.export_pdf, texts.PDF_TIP)
        # Ctrl+P prints what the current tab shows: the keys follow the shown pane (tab_shortcuts).
        ShortcutsWhileShown(pane, [(self.action_print, "Ctrl+P"), (self.action_pdf, "Ctrl+Shift+P")])
        self.bank_model = QStringListModel(self)
        self.completer = QCompleter(self.bank_model, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.completer.setMaxVisibleItems(12)
        questions.add_edit.setCompleter(self.completer)
        self.completer.activated.connect(self._insert_from_bank)

    def _action(self, name: str, text: str, slot, tip: str) -> QAction:
        return make_action(self.pane, name, text, slot, None, tip)

    def actions(self) -> list[QAction | None]:
        """The Plan menu, top to bottom (None = separator)."""
        return [self.action_copy, self.action_bank, None, self.action_print, self.action_pdf]

    # ----------------------------------------------------------------- question bank
    def fill_bank(self) -> None:
        """Offer the question bank's questions while a question is typed."""
        questions = [q.text for q in self.store.question_bank.all()]
        if questions != self.bank_model.stringList():
            self.bank_model.setStringList(questions)

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
            self.status.emit(texts.SELECT_QUESTION)
            return
        try:
            self.store.question_bank.add(text)
        except StoreError as exc:
            self.refused.emit(texts.BANK_REFUSED, exc)
            return
        self.fill_bank()
        self.status.emit(texts.BANKED)

    # ----------------------------------------------------------------- copy
    def copy_plan_from(self) -> None:
        """Append another interview's objectives, questions and points to this plan."""
        interview = self.pane.interview
        if interview is None:
            return
        apps = {a.id: a for a in self.store.applications.all()}
        choices = []
        for other in self.store.interviews.all():
            if other.id != interview.id and self.store.plans.items(other.id):
                when = to_local(other.scheduled_start).strftime("%d %b %Y") if other.scheduled_start else ""
                parts = (apps[other.application_id].label, other.title or texts.INTERVIEW, when)
                choices.append((other.id, " · ".join(p for p in parts if p)))
        if not choices:
            dialogs.show_info(self.pane, texts.COPY_TITLE, texts.NOTHING_TO_COPY)
            return
        source = dialogs.pick_interview(self.pane, choices, texts.COPY_PICK)
        if not source:
            return
        self.flush()
        try:
            added = self.store.plans.copy_from(source, interview.id)
        except StoreError as exc:
            log_failure("plan not copied", exc)
            dialogs.show_error(self.pane, texts.COPY_FAILED, failure_text(texts.COPY_REFUSED_AS_WAS, exc))
            self.status.emit(failure_text(texts.COPY_REFUSED, exc))
            return
        carried = sum(1 for i in added if i.carried_over)
        self.copied.emit(texts.COPIED.format(count=len(added), carried=carried))

    # ----------------------------------------------------------------- printing
    def _document(self):
        from followup_desktop.gui.plan import sheet

        self.flush()
        return sheet.build_document(build_sheet(self.store, self.pane.interview.id))

    def print_plan(self) -> None:
        """Print preview of the plan sheet, with or without a printer; print or save a PDF from there."""
        if self.pane.interview is None:
            return
        dialogs.print_preview(self.pane, self._document(), texts.SHEET_TITLE, save_pdf=self.export_pdf)

    def export_pdf(self) -> bool:
        """Save the plan sheet as a PDF file; True once saved."""
        interview = self.pane.interview
        if interview is None:
            return False
        from followup_desktop.core.text.safe import safe_filename
        from followup_desktop.gui.plan import sheet

        app = self.store.applications.get(interview.application_id)
        title = interview.title or texts.AN_INTERVIEW
        suggested = safe_filename(texts.PDF_FILE.format(company=app.company, title=title), "pdf")
        path = dialogs.ask_save_path(self.pane, texts.PDF_TITLE, suggested, texts.PDF_FILTER, kind="pdf")
        if not path:
            return False
        try:
            sheet.write_pdf(self._document(), path)
        except OSError as exc:
            dialogs.show_error(self.pane, texts.PDF_FAILED, str(exc))
            return False
        self.status.emit(texts.PDF_SAVED.format(path=path))
        return True
