"""The Letter pane: follow-up letters built from this interview's challenges.

Which letter is edited, what is stored of it and the commands' writes live in a LetterSession
(core/letters/session.py). The pane shows it through its parts: the widgets (composer), the checks,
provenance markers and spelling (checking), the commands and the exports (exporter). Per keystroke
the pane only restarts two timers (and the highlighter re-checks the edited paragraph): autosave
runs 500 ms after the last key, the checks and the provenance markers 300 ms after it. Switching
interview only sets the letter's text; its checks follow once the pane is on screen.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QPushButton, QStackedWidget, QVBoxLayout

from followup_desktop.core.clock import to_local
from followup_desktop.core.letters.session import LetterSession
from followup_desktop.core.models.letters import LETTER_KINDS, Letter
from followup_desktop.core.store.errors import StoreError, WriteError
from followup_desktop.core.text.spans import utf16_offset
from followup_desktop.gui.common import dialogs
from followup_desktop.gui.common.autosaver import Autosaver
from followup_desktop.gui.common.pane import Pane
from followup_desktop.gui.common.placeholder import ExplainedPane
from followup_desktop.gui.common.reveal import select_text
from followup_desktop.gui.letter import texts
from followup_desktop.gui.letter.checking import LetterChecking
from followup_desktop.gui.letter.commands import LetterCommands
from followup_desktop.gui.letter.composer import LetterComposer
from followup_desktop.gui.letter.editor import select_span
from followup_desktop.gui.letter.exporter import LetterExporter

log = logging.getLogger(__name__)


class LetterPane(Pane):
    """Compose, check and send the follow-up letters of one interview."""

    menu_title = texts.MENU
    open_note_requested = Signal(str)  # note id: show this note in the Notes pane

    def __init__(self, store, parent=None) -> None:
        super().__init__(store, parent)
        self.setObjectName("letterPane")
        self._loading = False
        self.session = LetterSession(store)
        self.composer = composer = LetterComposer(self)
        self.editor, self.subject, self.checks = composer.editor, composer.subject, composer.checks
        self.letter_list, self.kind, self.recipient = composer.letter_list, composer.kind, composer.recipient
        self.autosaver = Autosaver(  # the letter's subject and text, for the letter they were typed in
            self,
            self._write,
            lambda _letter_id: composer.text(),
            describe=lambda _letter_id, text: [(texts.UNSAVED.format(subject=text[0] or texts.NO_SUBJECT), text[1])],
        )
        self.checking = LetterChecking(self, self.session, composer)
        self.spell, self.check_timer = self.checking.spell, self.checking.timer
        self.commands = c = LetterCommands(self, self.session, composer, self.checking, self.autosaver)
        composer.add_to_toolbar([c.action_pull, c.action_sent, c.action_copy, c.action_mail, c.action_versions])
        self.exporter = LetterExporter(self, self.session, composer, self.autosaver, self.checking)  # Word, PDF, print
        self.empty = ExplainedPane("letterPaneExplanation", texts.TITLE, texts.EXPLANATION)
        self.new_button = QPushButton(texts.NEW_BUTTON)
        self.new_button.setObjectName("newLetterButton")
        self.empty.layout().insertWidget(2, self.new_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(composer)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)
        self._connect()
        self._update_actions()

    def _connect(self) -> None:
        c, composer = self.commands, self.composer
        self.new_button.clicked.connect(c.new_letter)
        self.letter_list.currentIndexChanged.connect(self._letter_chosen)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.recipient.currentIndexChanged.connect(self._recipient_changed)
        self.subject.textEdited.connect(self._edited)
        self.editor.textChanged.connect(self._text_changed)
        self.editor.add_word_requested.connect(c.add_to_dictionary)
        composer.margin.clicked.connect(self.select_paragraph)
        composer.checks.finding_activated.connect(self._select_finding)
        composer.sources.paragraph_selected.connect(self.select_paragraph)
        composer.sources.open_note_requested.connect(self.open_note_requested)
        self.autosaver.refused.connect(self._not_saved)
        c.status.connect(self.status_message)
        c.saved.connect(self._saved)
        c.meta_changed.connect(self.meta_changed)
        c.letters_changed.connect(self.fill_letter_list)
        c.restored.connect(self.show_letter_now)
        c.deleted.connect(lambda: self.load(self.interview))
        c.show_requested.connect(self.show_requested)
        c.changed.connect(self.data_changed)
        self.exporter.status.connect(self.status_message)
        self.exporter.changed.connect(self.data_changed)

    @property
    def letter(self) -> Letter | None:
        """The letter on screen, as stored."""
        return self.session.letter

    def menu_actions(self) -> list[QAction | None]:
        c = self.commands
        return [
            c.action_new,
            c.action_pull,
            None,
            *self.exporter.actions,
            None,
            c.action_sent,
            c.action_copy,
            c.action_mail,
            None,
            c.action_versions,
            c.action_keep,
            None,
            c.action_delete,
        ]

    # ------------------------------------------------------------------ loading
    def load(self, interview) -> None:
        self.flush()
        super().load(interview)
        self.fill_letter_list(self.session.open(interview))
        if interview is not None:
            self.checking.load_dictionary(self.session.prefs.spelling_language)

    def refresh(self) -> None:
        self.load(self.interview)

    def fill_letter_list(self, select_id: str | None) -> None:
        """List this interview's letters and show the one with select_id (or none)."""
        self._loading = True
        self.letter_list.clear()
        names = self.session.contact_names()
        for letter in self.session.letters:
            who = names.get(letter.recipient_id or "", texts.LISTED_NOBODY)
            sent = letter.status == "sent" and letter.sent_at
            status = texts.LISTED_SENT.format(day=to_local(letter.sent_at)) if sent else texts.LISTED_DRAFT
            kind = texts.KINDS_SHORT.get(letter.kind, letter.kind)
            self.letter_list.addItem(texts.LISTED.format(kind=kind, who=who, status=status), letter.id)
        self._loading = False
        index = next((i for i, x in enumerate(self.session.letters) if x.id == select_id), -1)
        self.letter_list.setCurrentIndex(index)
        self.show_letter_now(self.session.letters[index] if index >= 0 else None)

    def show_letter(self, letter_id: str) -> bool:
        """Show one of this interview's letters (saving the one being edited); False if it is not here."""
        row = self.letter_list.findData(letter_id)
        if row < 0:
            return False
        self.letter_list.setCurrentIndex(row)  # a change saves the current letter and shows the chosen one
        return True

    def reveal(self, kind: str, ref_id: str, text: str) -> None:
        """Open the letter a search result is about and select the first occurrence of text in it."""
        if kind != "letter" or not self.show_letter(ref_id):
            return
        found = select_text(self.editor, text)
        self.editor.setFocus()
        if not found:
            self.status_message.emit(texts.FOUND_ELSEWHERE)

    def default_focus(self):
        """The letter's text when one is open."""
        return self.editor if self.letter is not None else None

    def _letter_chosen(self, index: int) -> None:
        if self._loading:
            return
        self.flush()
        letters = self.session.letters
        self.show_letter_now(letters[index] if 0 <= index < len(letters) else None)

    def show_letter_now(self, letter: Letter | None) -> None:
        """Put a letter (or the explanation) on screen; its checks follow once the pane is shown."""
        kept = self.autosaver.show(letter.id if letter else None)  # text a failed save kept: tried again
        self.session.letter = letter
        self.checking.forget()
        self._loading = True
        try:
            self.stack.setCurrentIndex(1 if letter else 0)
            if letter:
                self._fill_recipients(letter)
                self.kind.setCurrentIndex(LETTER_KINDS.index(letter.kind))
                subject, body = kept or (letter.subject, letter.body)
                self.subject.setText(subject)
                self.editor.set_markdown(body)
            else:
                self.editor.set_markdown("")
        finally:
            self._loading = False
        self._update_state()
        self._update_actions()
        self.checking.schedule()

    def _fill_recipients(self, letter: Letter) -> None:
        self.recipient.clear()
        for contact in self.session.recipients(letter):
            self.recipient.addItem(contact.name, contact.id)
        self.recipient.addItem(texts.NOBODY_YET, None)
        self.recipient.setCurrentIndex(max(0, self.recipient.findData(letter.recipient_id)))

    # ------------------------------------------------------------------ editing and saving
    def _text_changed(self) -> None:
        if not self.spell.busy:  # re-underlining the whole letter is not an edit
            self._edited()

    def _edited(self, *_args) -> None:
        if self._loading or self.letter is None:
            return
        self.autosaver.changed()
        self.check_timer.start()

    def flush(self) -> None:
        """Save the letter now if it changed; a failed save keeps the text on screen and is retried."""
        self.autosaver.flush()

    def _not_saved(self, _letter_id: str, exc: StoreError) -> None:
        if isinstance(exc, WriteError):  # the text stays in the editor; the next keystroke or switch retries
            self.status_message.emit(str(exc))
        else:
            dialogs.show_error(self, texts.NOT_SAVED_TITLE, str(exc))

    def _write(self, letter_id: str, text: tuple[str, str]) -> None:
        letter = self.session.save_text(letter_id, *text)  # None: nothing the user changed is new
        if letter is not None:
            self._saved(letter)

    def _saved(self, letter: Letter) -> None:
        """The shown letter's text was stored: say so and tell the other panes."""
        self.session.stored(letter)
        self.autosaver.saved()
        if letter.status == "sent":
            self._update_state()  # "changed since it was sent"
        self.status_message.emit(texts.SAVED.format(time=to_local(letter.updated_at)))
        self.data_changed.emit(letter.interview_id)

    # ------------------------------------------------------------------ kind and recipient
    def _kind_changed(self) -> None:
        if self._loading or not self.letter:
            return
        refused = self.commands.change_kind(self.kind.currentData())
        if refused is not None:
            self._set_quietly(self.kind, LETTER_KINDS.index(self.letter.kind))
            self.commands.report_failure(texts.KIND_REFUSED, refused)

    def _recipient_changed(self) -> None:
        if self._loading or not self.letter:
            return
        refused = self.commands.change_recipient(self.recipient.currentData())
        if refused is not None:
            self._set_quietly(self.recipient, max(0, self.recipient.findData(self.letter.recipient_id)))
            self.commands.report_failure(texts.RECIPIENT_REFUSED, refused)

    def _set_quietly(self, combo, index: int) -> None:
        self._loading = True
        combo.setCurrentIndex(index)
        self._loading = False

    def meta_changed(self) -> None:
        """The shown letter's kind, recipient or status changed in the store: list and show it again."""
        self.fill_letter_list(self.letter.id)
        self.data_changed.emit(self.letter.interview_id)

    def _update_state(self) -> None:
        letter = self.letter
        self.composer.state.setToolTip("")
        if not letter:
            self.composer.state.setText("")
        elif letter.status == "sent":
            sent = texts.SENT_STATE.format(day=to_local(letter.sent_at), channel=letter.sent_channel)
            changed = self.session.changed_since_sent()  # what was sent is in Versions
            self.composer.state.setText(sent + (texts.CHANGED_SINCE_SENT if changed else ""))
            if changed:
                self.composer.state.setToolTip(texts.CHANGED_SINCE_SENT_TIP)
        else:
            self.composer.state.setText(texts.DRAFT_STATE)

    def _update_actions(self) -> None:
        has_letter = self.letter is not None
        self.commands.action_new.setEnabled(self.interview is not None)
        for action in (*self.commands.letter_actions, *self.composer.format_actions):
            action.setEnabled(has_letter)
        self.exporter.set_enabled(has_letter)

    # ------------------------------------------------------------------ checks and provenance
    def run_checks_now(self) -> None:
        """Run the checks and re-match the provenance markers now (the debounced work)."""
        self.checking.run_now()

    def _select_finding(self, start: int, end: int) -> None:
        text = self.editor.toPlainText()
        select_span(self.editor, utf16_offset(text, start), utf16_offset(text, end))

    def select_paragraph(self, block_number: int) -> None:
        """Select a whole paragraph of the editor."""
        block = self.editor.document().findBlockByNumber(block_number)
        if block.isValid():
            select_span(self.editor, block.position(), block.position() + block.length() - 1)
