"""The Letter pane: follow-up letters built from this interview's challenges.

The pane shows and saves letters; its helpers hold the rest: the widgets (letter_composer), the
checks, provenance markers and spelling (letter_checking), the commands (letter_commands) and the
exports (letter_export). Per keystroke the pane only restarts two timers (and the highlighter
re-checks the edited paragraph): autosave runs 500 ms after the last key, the checks and the
provenance markers 300 ms after it. Switching interview only sets the letter's text; its checks
follow once the pane is on screen.
"""

from __future__ import annotations

import dataclasses
import logging

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QTextCursor
from PySide6.QtWidgets import QPushButton, QStackedWidget, QVBoxLayout

from followup_desktop.core.clock import to_local
from followup_desktop.core.models.letters import LETTER_KIND_LABELS, LETTER_KINDS, Letter
from followup_desktop.core.store.errors import StoreError, WriteError
from followup_desktop.core.text.markdown import body_plain_text
from followup_desktop.core.text.spans import utf16_offset
from followup_desktop.gui import dialogs
from followup_desktop.gui.letter_checking import LetterChecking
from followup_desktop.gui.letter_commands import LetterCommands, report_failure
from followup_desktop.gui.letter_composer import LetterComposer
from followup_desktop.gui.letter_editor import select_span
from followup_desktop.gui.letter_export import LetterExporter
from followup_desktop.gui.pane import Pane
from followup_desktop.gui.placeholder import ExplainedPane
from followup_desktop.gui.reveal import select_text

log = logging.getLogger(__name__)

AUTOSAVE_MS = 500
EXPLANATION = (
    "After the interview, compose a genuine follow-up letter here: <b>Letter ▸ New letter…</b> builds a draft "
    "from the challenges you highlighted and your matching experience. It is checked for leftovers, wrong names "
    "and clichés as you type, and exports to Word, print or PDF."
)
NOBODY = "«interviewer name»"


class LetterPane(Pane):
    """Compose, check and send the follow-up letters of one interview."""

    menu_title = "&Letter"
    open_note_requested = Signal(str)  # note id: show this note in the Notes pane

    def __init__(self, store, parent=None) -> None:
        super().__init__(store, parent)
        self.setObjectName("letterPane")
        self.letter: Letter | None = None
        self.letters: list[Letter] = []
        self._loading = False
        self._dirty = False
        self._unsaved: dict[str, tuple[str, str]] = {}  # letter id -> (subject, body) a failed save kept
        self.prefs = store.settings.letter_prefs()
        self.commands = LetterCommands(self)
        for name in (
            "action_new",
            "action_pull",
            "action_sent",
            "action_copy",
            "action_mail",
            "action_versions",
            "action_keep",
            "action_delete",
        ):
            setattr(self, name, getattr(self.commands, name))
        self.exporter = LetterExporter(self)  # Export to Word / PDF, Print, Print preview
        self._build()
        self.checking = LetterChecking(self)
        self.spell, self.check_timer = self.checking.spell, self.checking.timer
        self.autosave = QTimer(self, singleShot=True, interval=AUTOSAVE_MS, timeout=self.flush)
        self.editor.textChanged.connect(self._text_changed)
        self._update_actions()

    def _build(self) -> None:
        self.empty = ExplainedPane("letterPaneExplanation", "Letter", EXPLANATION)
        new_button = QPushButton("New letter…")
        new_button.setObjectName("newLetterButton")
        new_button.clicked.connect(self.commands.new_letter)
        self.empty.layout().insertWidget(2, new_button, 0, Qt.AlignmentFlag.AlignLeft)
        c = self.commands
        composer = LetterComposer(
            self, c.insert_link, [c.action_pull, c.action_sent, c.action_copy, c.action_mail, c.action_versions]
        )
        self.composer = composer
        self.editor, self.margin, self.checks, self.sources = (
            composer.editor,
            composer.margin,
            composer.checks,
            composer.sources,
        )
        self.letter_list, self.kind, self.recipient = composer.letter_list, composer.kind, composer.recipient
        self.subject, self.state, self.format_actions = composer.subject, composer.state, composer.format_actions
        self.letter_list.currentIndexChanged.connect(self._letter_chosen)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.recipient.currentIndexChanged.connect(self._recipient_changed)
        self.subject.textEdited.connect(self._edited)
        self.editor.add_word_requested.connect(c.add_to_dictionary)
        self.margin.clicked.connect(self.select_paragraph)
        self.checks.finding_activated.connect(self._select_finding)
        self.sources.paragraph_selected.connect(self.select_paragraph)
        self.sources.open_note_requested.connect(self.open_note_requested)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(composer)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

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
        self.prefs = self.store.settings.letter_prefs()
        self.letters = self.store.letters.all(interview.id) if interview else []
        keep = self.letter.id if self.letter and any(x.id == self.letter.id for x in self.letters) else None
        self.fill_letter_list(keep or (self.letters[-1].id if self.letters else None))
        if interview is not None:
            self.checking.load_dictionary(self.prefs.spelling_language)

    def refresh(self) -> None:
        self.load(self.interview)

    def fill_letter_list(self, select_id: str | None) -> None:
        """List this interview's letters and show the one with select_id (or none)."""
        self._loading = True
        self.letter_list.clear()
        names = self.contact_names()
        for letter in self.letters:
            who = names.get(letter.recipient_id or "", "nobody yet")
            status = f"sent {to_local(letter.sent_at):%d %b}" if letter.status == "sent" and letter.sent_at else "draft"
            self.letter_list.addItem(f"{LETTER_KIND_LABELS[letter.kind].split(' (')[0]} — {who} ({status})", letter.id)
        self._loading = False
        index = next((i for i, x in enumerate(self.letters) if x.id == select_id), -1)
        self.letter_list.setCurrentIndex(index)
        self.show_letter_now(self.letters[index] if index >= 0 else None)

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
            self.status_message.emit("The letter is open; the words found are in its formatting or subject.")

    def unsaved_texts(self) -> list[tuple[str, str]]:
        """Letters whose subject and text the store refused (the one on screen included)."""
        kept = dict(self._unsaved)
        if self._dirty and self.letter is not None:
            kept[self.letter.id] = (self.subject.text(), self.editor.markdown())
        return [(f"Letter: {subject or 'no subject'}", body) for subject, body in kept.values()]

    def default_focus(self):
        """The letter's text when one is open."""
        return self.editor if self.letter is not None else None

    def contact_names(self) -> dict[str, str]:
        """Contact id -> name at this interview's company."""
        if not self.interview:
            return {}
        return {c.id: c.name for c in self.store.contacts.all(self.interview.application_id)}

    def _letter_chosen(self, index: int) -> None:
        if self._loading:
            return
        self.flush()
        self.show_letter_now(self.letters[index] if 0 <= index < len(self.letters) else None)

    def show_letter_now(self, letter: Letter | None) -> None:
        """Put a letter (or the explanation) on screen; its checks follow once the pane is shown."""
        self.letter = letter
        self.checking.forget()
        self._loading = True
        try:
            self.stack.setCurrentIndex(1 if letter else 0)
            if letter:
                self._fill_recipients(letter)
                self.kind.setCurrentIndex(LETTER_KINDS.index(letter.kind))
                subject, body = self._unsaved.get(letter.id, (letter.subject, letter.body))
                self.subject.setText(subject)
                self.editor.set_markdown(body)
            else:
                self.editor.set_markdown("")
        finally:
            self._loading = False
        self._dirty = bool(letter and letter.id in self._unsaved)  # text a failed save kept: try again
        if self._dirty:
            self.autosave.start()
        self._update_state()
        self._update_actions()
        self.checking.schedule()

    def _fill_recipients(self, letter: Letter) -> None:
        self.recipient.clear()
        interviewers = self.store.interviews.interviewers(letter.interview_id)
        for contact in interviewers:
            self.recipient.addItem(contact.name, contact.id)
        if letter.recipient_id and letter.recipient_id not in [c.id for c in interviewers]:
            try:
                self.recipient.addItem(self.store.contacts.get(letter.recipient_id).name, letter.recipient_id)
            except StoreError:
                pass
        self.recipient.addItem("Nobody yet", None)
        self.recipient.setCurrentIndex(max(0, self.recipient.findData(letter.recipient_id)))

    # ------------------------------------------------------------------ editing and saving
    def _text_changed(self) -> None:
        if not self.spell.busy:  # re-underlining the whole letter is not an edit
            self._edited()

    def _edited(self, *_args) -> None:
        if self._loading or self.letter is None:
            return
        self._dirty = True
        self.autosave.start()
        self.check_timer.start()

    def flush(self) -> None:
        """Save the letter now if it changed; a failed save keeps the text on screen and is retried."""
        try:
            self.save_now()
        except WriteError as exc:
            self.status_message.emit(str(exc))
        except StoreError as exc:
            dialogs.show_error(self, "The letter could not be saved", str(exc))

    def save_now(self) -> None:
        """Save the letter now if it changed; raises StoreError (text kept on screen) when it cannot."""
        self.autosave.stop()
        if not self._dirty or self.letter is None:
            return
        self._dirty = False
        body, subject = self.editor.markdown(), self.subject.text()
        if (body, subject) == (self.letter.body, self.letter.subject):  # nothing the user changed is new
            self._unsaved.pop(self.letter.id, None)
            return
        try:
            letter = self.store.letters.save_body(self.letter.id, body, subject=subject)
        except WriteError:  # the text stays in the editor; the next keystroke or switch retries
            self._dirty = True
            self._unsaved[self.letter.id] = (subject, body)
            raise
        except StoreError:
            self._dirty = True
            raise
        self.saved(letter)

    def saved(self, letter: Letter) -> None:
        """The shown letter's text was stored: say so and tell the other panes."""
        self.letter = letter
        self._dirty = False
        self._unsaved.pop(letter.id, None)
        self.letters = [letter if x.id == letter.id else x for x in self.letters]
        self.status_message.emit(f"Saved {to_local(letter.updated_at):%H:%M}")
        self.data_changed.emit(letter.interview_id)

    def undo_last_edit(self) -> None:
        """Take back the last edit of the letter (a command whose write failed) without saving."""
        self.editor.undo()
        self._dirty = bool(self.letter and self.letter.id in self._unsaved)
        if not self._dirty:
            self.autosave.stop()

    def forget_letter(self) -> None:
        """The shown letter is gone from the store: nothing of it is left to save."""
        if self.letter:
            self._unsaved.pop(self.letter.id, None)
        self._dirty = False
        self.autosave.stop()
        self.letter = None

    def shown_letter(self) -> Letter:
        """The shown letter with the subject and text on screen, saved or not."""
        return dataclasses.replace(self.letter, subject=self.subject.text(), body=self.editor.markdown())

    # ------------------------------------------------------------------ kind and recipient
    def _kind_changed(self) -> None:
        if self._loading or not self.letter:
            return
        what = "The kind of letter was not changed"
        try:
            self.save_now()
            self.letter = self.store.letters.update(self.letter.id, kind=self.kind.currentData())
        except StoreError as exc:
            self._set_quietly(self.kind, LETTER_KINDS.index(self.letter.kind))
            report_failure(self, what, exc)
            return
        self.meta_changed()

    def _recipient_changed(self) -> None:
        if self._loading or not self.letter:
            return
        what = "The recipient was not changed"
        new_id = self.recipient.currentData()
        try:
            self.save_now()
        except StoreError as exc:
            self._set_quietly(self.recipient, max(0, self.recipient.findData(self.letter.recipient_id)))
            report_failure(self, what, exc)
            return
        greeted = self._greet(
            self.contact_names().get(self.letter.recipient_id or "", NOBODY),
            self.contact_names().get(new_id or "", NOBODY),
        )
        try:
            with self.store.atomic():
                if greeted:
                    self.letter = self.store.letters.save_body(
                        self.letter.id, self.editor.markdown(), subject=self.subject.text()
                    )
                self.letter = self.store.letters.update(self.letter.id, recipient_id=new_id)
        except StoreError as exc:
            if greeted:
                self.undo_last_edit()
            self._set_quietly(self.recipient, max(0, self.recipient.findData(self.letter.recipient_id)))
            report_failure(self, what, exc)
            return
        self._dirty = False
        self.autosave.stop()
        self.meta_changed()

    def _greet(self, old: str, new: str) -> bool:
        """Keep the greeting in step with the recipient; True if the text changed."""
        first = self.editor.document().firstBlock()
        if not (first.text().startswith("Dear ") and old in first.text()):
            return False
        cursor = QTextCursor(first)
        start = first.text().index(old)
        cursor.setPosition(first.position() + utf16_offset(first.text(), start))
        cursor.setPosition(
            first.position() + utf16_offset(first.text(), start + len(old)), QTextCursor.MoveMode.KeepAnchor
        )
        cursor.insertText(new)
        return True

    def _set_quietly(self, combo, index: int) -> None:
        self._loading = True
        combo.setCurrentIndex(index)
        self._loading = False

    def meta_changed(self) -> None:
        """The shown letter's kind, recipient or status changed in the store: list and show it again."""
        self.letters = [self.letter if x.id == self.letter.id else x for x in self.letters]
        self.fill_letter_list(self.letter.id)
        self.data_changed.emit(self.letter.interview_id)

    def _update_state(self) -> None:
        letter = self.letter
        if not letter:
            self.state.setText("")
        elif letter.status == "sent":
            self.state.setText(f"Sent {to_local(letter.sent_at):%d %b %Y} by {letter.sent_channel}")
        else:
            self.state.setText("Draft")

    def _update_actions(self) -> None:
        has_letter = self.letter is not None
        self.commands.action_new.setEnabled(self.interview is not None)
        for action in (*self.commands.letter_actions, *self.format_actions):
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

    def plain_text(self) -> str:
        """The letter as plain text (what Copy and the mail client get)."""
        return body_plain_text(self.editor.markdown())
