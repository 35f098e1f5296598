"""The Letter pane: follow-up letters built from this interview's challenges.

Per keystroke the pane only restarts two timers (and the highlighter re-checks the edited
paragraph): autosave runs 500 ms after the last key, the checks and the provenance markers
300 ms after it.
"""

from __future__ import annotations

import datetime as _dt
import logging

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QTextCursor, QTextListFormat
from PySide6.QtWidgets import (
    QComboBox, QGridLayout, QLabel, QLineEdit, QPushButton, QSplitter, QStackedWidget, QToolBar, QVBoxLayout, QWidget,
)

from followup_desktop.core import letter_context
from followup_desktop.core.checks import run_checks
from followup_desktop.core.clock import to_iso, to_local
from followup_desktop.core.drafts import build_draft, challenge_paragraph, draft_input
from followup_desktop.core.letter_models import LETTER_KIND_LABELS, LETTER_KINDS, Letter
from followup_desktop.core.letters import body_plain_text
from followup_desktop.core.store_base import StoreError, WriteError
from followup_desktop.core.text_spans import utf16_offset
from followup_desktop.gui import dialogs
from followup_desktop.gui.checks_panel import ChecksPanel
from followup_desktop.gui.letter_editor import LetterEditor, select_span
from followup_desktop.gui.letter_export import LetterExporter
from followup_desktop.gui.letter_sources import SourceMargin, SourcesList, map_paragraphs
from followup_desktop.gui.pane import Pane
from followup_desktop.gui.placeholder import ExplainedPane
from followup_desktop.gui.reveal import select_text
from followup_desktop.gui.spell import DictionaryLoader, SpellHighlighter, speller_for
from followup_desktop.gui.widgets import make_action

log = logging.getLogger(__name__)

AUTOSAVE_MS, CHECKS_MS = 500, 300
EXPLANATION = (
    "After the interview, compose a genuine follow-up letter here: <b>Letter ▸ New letter…</b> builds a draft "
    "from the challenges you highlighted and your matching experience. It is checked for leftovers, wrong names "
    "and clichés as you type, and exports to Word, print or PDF.")


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
        self._ctx = None
        self._sources: list = []  # (Challenge, anchor) of the current letter
        self._unsaved: dict[str, tuple[str, str]] = {}  # letter id -> (subject, body) a failed save kept
        self._speakers: dict[str, str] = {}
        self._make_actions()
        self.exporter = LetterExporter(self)  # Export to Word / PDF, Print, Print preview
        self._build()
        self.prefs = store.get_letter_prefs()
        self.loader = DictionaryLoader(self)
        self.loader.loaded.connect(self._dictionary_loaded)
        self.spell = SpellHighlighter(self.editor.document(), speller_for(self.prefs.spelling_language, [], []))
        self.editor.spell = self.spell
        self.autosave = QTimer(self, singleShot=True, interval=AUTOSAVE_MS, timeout=self.flush)
        self.check_timer = QTimer(self, singleShot=True, interval=CHECKS_MS, timeout=self.run_checks_now)
        self.editor.textChanged.connect(self._text_changed)
        self._update_actions()

    # ------------------------------------------------------------------ building
    def _action(self, name: str, text: str, slot, shortcut: str | None = None, tip: str = "") -> QAction:
        return make_action(self, name, text, slot, shortcut, tip)

    def _make_actions(self) -> None:
        a = self._action
        self.action_new = a("actionNewLetter", "&New letter…", self.new_letter, "Ctrl+Shift+L",
                            "Draft a letter from this interview's notes and challenges")
        self.action_pull = a("actionPullChallenges", "&Pull challenges…", self.pull_challenges, "Ctrl+Shift+J",
                             "Insert or refresh the paragraphs for chosen challenges at the cursor")
        self.action_sent = a("actionMarkSent", "&Mark as sent…", self.mark_sent, None,
                             "Record when and how the letter was sent (keeps a version)")
        self.action_copy = a("actionCopyLetterText", "&Copy as plain text", self.copy_plain_text, None,
                             "Copy the letter as plain text")
        self.action_mail = a("actionOpenInMail", "Open in &mail client", self.open_in_mail, None,
                             "Start an email with this letter in your mail program")
        self.action_versions = a("actionLetterVersions", "&Versions…", self.show_versions, None,
                                 "View and restore earlier versions of this letter")
        self.action_keep = a("actionKeepLetterVersion", "&Keep a version now", self.keep_version, None,
                             "Save the current text as a version you can go back to")
        self.action_delete = a("actionDeleteLetter", "&Delete letter…", self.delete_letter, None,
                               "Delete this letter and its versions")
        self.format_actions = [
            a("actionBold", "&Bold", lambda: self.editor.toggle_bold(), "Ctrl+B"),
            a("actionItalic", "&Italic", lambda: self.editor.toggle_italic(), "Ctrl+I"),
            a("actionBulletList", "• List", lambda: self.editor.toggle_list(QTextListFormat.Style.ListDisc),
              "Ctrl+Shift+8"),
            a("actionNumberedList", "1. List", lambda: self.editor.toggle_list(QTextListFormat.Style.ListDecimal),
              "Ctrl+Shift+7"),
            a("actionInsertLink", "Link…", self.insert_link, "Ctrl+K"),
        ]

    def _build(self) -> None:
        self.empty = ExplainedPane("letterPaneExplanation", "Letter", EXPLANATION)
        new_button = QPushButton("New letter…")
        new_button.setObjectName("newLetterButton")
        new_button.clicked.connect(self.new_letter)
        self.empty.layout().insertWidget(2, new_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.letter_list = QComboBox()
        self.letter_list.setObjectName("letterList")
        self.letter_list.setAccessibleName("Letters of this interview")
        self.letter_list.currentIndexChanged.connect(self._letter_chosen)
        self.kind = QComboBox()
        self.kind.setObjectName("letterKind")
        self.kind.setAccessibleName("Kind of letter")
        for k in LETTER_KINDS:
            self.kind.addItem(LETTER_KIND_LABELS[k], k)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.recipient = QComboBox()
        self.recipient.setObjectName("letterRecipient")
        self.recipient.setAccessibleName("Recipient")
        self.recipient.currentIndexChanged.connect(self._recipient_changed)
        self.subject = QLineEdit()
        self.subject.setObjectName("letterSubject")
        self.subject.setAccessibleName("Subject")
        self.subject.setPlaceholderText("Subject of the email")
        self.subject.textEdited.connect(self._edited)
        self.state = QLabel()
        self.state.setObjectName("letterState")

        for combo in (self.letter_list, self.kind, self.recipient):  # narrow windows must still fit
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
        top = QGridLayout()
        for row, col, label, widget in ((0, 0, "&Letter:", self.letter_list), (0, 2, "&Kind:", self.kind),
                                        (1, 0, "&To:", self.recipient), (1, 2, "S&ubject:", self.subject)):
            caption = QLabel(label)
            caption.setBuddy(widget)
            top.addWidget(caption, row, col)
            top.addWidget(widget, row, col + 1)
        top.addWidget(self.state, 0, 4)
        top.setColumnStretch(1, 1)
        top.setColumnStretch(3, 2)

        self.editor = LetterEditor()
        self.editor.add_word_requested.connect(self.add_to_dictionary)
        for action in self.format_actions:
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.editor.addAction(action)
        self.margin = SourceMargin(self.editor)
        self.margin.clicked.connect(self.select_paragraph)
        self.editor.installEventFilter(self)
        toolbar = QToolBar()
        toolbar.setObjectName("letterToolbar")
        for action in self.format_actions:
            toolbar.addAction(action)
        toolbar.addSeparator()
        for action in (self.action_pull, self.action_sent, self.action_copy, self.action_mail, self.action_versions):
            toolbar.addAction(action)

        self.checks = ChecksPanel()
        self.checks.finding_activated.connect(self._select_finding)
        self.sources = SourcesList()
        self.sources.paragraph_selected.connect(self.select_paragraph)
        self.sources.open_note_requested.connect(self.open_note_requested)
        side = QSplitter(Qt.Orientation.Vertical)
        side.addWidget(self.checks)
        sources_box = QWidget()
        box = QVBoxLayout(sources_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(QLabel("<b>Where each paragraph came from</b>"))
        box.addWidget(self.sources)
        side.addWidget(sources_box)
        side.setSizes([320, 200])
        split = QSplitter(Qt.Orientation.Horizontal)
        split.setObjectName("letterSplitter")
        split.addWidget(self.editor)
        split.addWidget(side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)

        composer = QWidget()
        layout = QVBoxLayout(composer)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(toolbar)
        layout.addWidget(split, 1)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(composer)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt API
        if obj is self.editor and event.type() == event.Type.Resize:
            self.margin.place()
        return super().eventFilter(obj, event)

    def menu_actions(self) -> list[QAction | None]:
        return [self.action_new, self.action_pull, None, *self.exporter.actions, None, self.action_sent,
                self.action_copy, self.action_mail, None, self.action_versions, self.action_keep, None,
                self.action_delete]

    # ------------------------------------------------------------------ loading
    def load(self, interview) -> None:
        self.flush()
        super().load(interview)
        self.prefs = self.store.get_letter_prefs()
        self.letters = self.store.list_letters(interview.id) if interview else []
        keep = self.letter.id if self.letter and any(x.id == self.letter.id for x in self.letters) else None
        self._fill_letter_list(keep or (self.letters[-1].id if self.letters else None))
        if interview is not None:
            self.loader.load(self.prefs.spelling_language)

    def _fill_letter_list(self, select_id: str | None) -> None:
        self._loading = True
        self.letter_list.clear()
        names = self._contact_names()
        for letter in self.letters:
            who = names.get(letter.recipient_id or "", "nobody yet")
            status = f"sent {to_local(letter.sent_at):%d %b}" if letter.status == "sent" and letter.sent_at else "draft"
            self.letter_list.addItem(f"{LETTER_KIND_LABELS[letter.kind].split(' (')[0]} — {who} ({status})", letter.id)
        self._loading = False
        index = next((i for i, x in enumerate(self.letters) if x.id == select_id), -1)
        self.letter_list.setCurrentIndex(index)
        self._show_letter(self.letters[index] if index >= 0 else None)

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

    def _contact_names(self) -> dict[str, str]:
        if not self.interview:
            return {}
        return {c.id: c.name for c in self.store.list_contacts(self.interview.application_id)}

    def _letter_chosen(self, index: int) -> None:
        if self._loading:
            return
        self.flush()
        self._show_letter(self.letters[index] if 0 <= index < len(self.letters) else None)

    def _show_letter(self, letter: Letter | None) -> None:
        self.letter = letter
        self._loading = True
        try:
            self.stack.setCurrentIndex(1 if letter else 0)
            if letter:
                self._fill_recipients(letter)
                self.kind.setCurrentIndex(LETTER_KINDS.index(letter.kind))
                subject, body = self._unsaved.get(letter.id, (letter.subject, letter.body))
                self.subject.setText(subject)
                self.editor.set_markdown(body)
                self._load_context()
            else:
                self.editor.set_markdown("")
        finally:
            self._loading = False
        self._dirty = bool(letter and letter.id in self._unsaved)  # text a failed save kept: try again
        if self._dirty:
            self.autosave.start()
        self._update_state()
        self._update_actions()
        if letter:
            self.run_checks_now()

    def _fill_recipients(self, letter: Letter) -> None:
        self.recipient.clear()
        interviewers = self.store.list_interviewers(letter.interview_id)
        for contact in interviewers:
            self.recipient.addItem(contact.name, contact.id)
        if letter.recipient_id and letter.recipient_id not in [c.id for c in interviewers]:
            try:
                self.recipient.addItem(self.store.get_contact(letter.recipient_id).name, letter.recipient_id)
            except StoreError:
                pass
        self.recipient.addItem("Nobody yet", None)
        self.recipient.setCurrentIndex(max(0, self.recipient.findData(letter.recipient_id)))

    def _load_context(self) -> None:
        """Re-read what the checks, speller and provenance compare the letter with."""
        letter = self.letter
        self._ctx = letter_context.check_context(self.store, letter, self.prefs)
        challenges = {c.id: c for c in self.store.list_challenges(letter.interview_id)}
        self._sources = [(challenges[s.challenge_id], s.anchor) for s in self.store.list_letter_sources(letter.id)
                         if s.challenge_id in challenges]
        self._speakers = self._contact_names()
        speller = speller_for(self.prefs.spelling_language, self.store.list_personal_words(),
                              letter_context.known_names(self.store))
        self.spell.set_speller(speller)

    def refresh(self) -> None:
        self.load(self.interview)

    def _dictionary_loaded(self, language: str) -> None:
        if language == self.spell.speller.language:
            self.spell.set_ready()

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
        """Save the letter now if it changed."""
        self.autosave.stop()
        if not self._dirty or self.letter is None:
            return
        self._dirty = False
        try:
            self.letter = self.store.save_letter_body(self.letter.id, self.editor.markdown(),
                                                      subject=self.subject.text())
        except WriteError as exc:  # the text stays in the editor; the next keystroke or switch retries
            self._dirty = True
            self._unsaved[self.letter.id] = (self.subject.text(), self.editor.markdown())
            self.status_message.emit(str(exc))
            return
        except StoreError as exc:
            self._dirty = True
            dialogs.show_error(self, "The letter could not be saved", str(exc))
            return
        self._unsaved.pop(self.letter.id, None)
        self._replace_in_list(self.letter)
        self.status_message.emit(f"Saved {to_local(self.letter.updated_at):%H:%M}")
        self.data_changed.emit(self.letter.interview_id)

    def _replace_in_list(self, letter: Letter) -> None:
        self.letters = [letter if x.id == letter.id else x for x in self.letters]

    def _kind_changed(self) -> None:
        if self._loading or not self.letter:
            return
        self.flush()
        self.letter = self.store.update_letter(self.letter.id, kind=self.kind.currentData())
        self._after_meta_change()

    def _recipient_changed(self) -> None:
        if self._loading or not self.letter:
            return
        old = self._contact_names().get(self.letter.recipient_id or "", "«interviewer name»")
        new_id = self.recipient.currentData()
        new = self._contact_names().get(new_id or "", "«interviewer name»")
        first = self.editor.document().firstBlock()
        if first.text().startswith("Dear ") and old in first.text():  # keep the greeting in step
            cursor = QTextCursor(first)
            start = first.text().index(old)
            cursor.setPosition(first.position() + utf16_offset(first.text(), start))
            cursor.setPosition(first.position() + utf16_offset(first.text(), start + len(old)),
                               QTextCursor.MoveMode.KeepAnchor)
            cursor.insertText(new)
        self.flush()
        self.letter = self.store.update_letter(self.letter.id, recipient_id=new_id)
        self._after_meta_change()

    def _after_meta_change(self) -> None:
        self._replace_in_list(self.letter)
        self._loading = True
        index = self.letter_list.currentIndex()
        self._loading = False
        self._fill_letter_list(self.letter.id)
        self.letter_list.setCurrentIndex(index)
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
        has_interview, has_letter = self.interview is not None, self.letter is not None
        self.action_new.setEnabled(has_interview)
        for action in (self.action_pull, self.action_sent, self.action_copy, self.action_mail, self.action_versions,
                       self.action_keep, self.action_delete, *self.format_actions):
            action.setEnabled(has_letter)
        self.exporter.set_enabled(has_letter)

    # ------------------------------------------------------------------ checks and provenance
    def run_checks_now(self) -> None:
        """Run the checks and re-match the provenance markers (the debounced work)."""
        self.check_timer.stop()
        if not self.letter or self._ctx is None:
            return
        self.checks.show_findings(run_checks(self.editor.toPlainText(), self._ctx))
        infos = map_paragraphs(self.editor, self._sources)
        self.margin.set_infos(infos, self._speakers)
        self.sources.show_infos(infos, self._speakers)

    def _select_finding(self, start: int, end: int) -> None:
        text = self.editor.toPlainText()
        select_span(self.editor, utf16_offset(text, start), utf16_offset(text, end))

    def select_paragraph(self, block_number: int) -> None:
        """Select a whole paragraph of the editor."""
        block = self.editor.document().findBlockByNumber(block_number)
        if block.isValid():
            select_span(self.editor, block.position(), block.position() + block.length() - 1)

    # ------------------------------------------------------------------ commands
    def new_letter(self) -> None:
        if not self.interview:
            return
        request = dialogs.new_letter(self, self.store.list_interviewers(self.interview.id))
        if not request:
            return
        self.flush()
        created = []
        with self.store.atomic():
            for recipient_id in request.recipient_ids:
                draft = build_draft(draft_input(self.store, self.interview.id, request.kind, recipient_id,
                                                getattr(request, "news", "")))
                created.append(self.store.add_letter(self.interview.id, request.kind, recipient_id, draft.subject,
                                                     draft.body, draft.sources))
        self.letters = self.store.list_letters(self.interview.id)
        self._fill_letter_list(created[0].id)
        self.status_message.emit(f"Drafted {len(created)} letter(s) from your notes")
        self.data_changed.emit(self.interview.id)

    def pull_challenges(self) -> None:
        if not self.letter:
            return
        challenges = self.store.list_challenges(self.letter.interview_id)
        if not challenges:
            dialogs.show_info(self, "Pull challenges", "Highlight challenges in your notes first; "
                              "each one then becomes a paragraph here.")
            return
        chosen = dialogs.choose_challenges(self, challenges)
        if not chosen:
            return
        by_id = {c.id: c for c in challenges}
        recipient = next((c for c in self.store.list_interviewers(self.letter.interview_id)
                          if c.id == self.letter.recipient_id), None)
        infos = {c.id: info for info in map_paragraphs(self.editor, self._sources) for c in info.challenges}
        cursor = self.editor.textCursor()
        cursor.beginEditBlock()
        links = []
        for cid in chosen:
            text = challenge_paragraph(by_id[cid], recipient, self._speakers)
            links.append((cid, text))
            if cid in infos:  # refresh the paragraph where it already is
                block = self.editor.document().findBlockByNumber(infos[cid].block_number)
                replace = QTextCursor(block)
                replace.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
                replace.insertText(text)
            else:
                if cursor.block().text().strip():
                    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
                    cursor.insertBlock()
                cursor.insertText(text)
        cursor.endEditBlock()
        self._dirty = True
        self.flush()
        self.store.set_letter_sources(self.letter.id, links)
        self._load_context()
        self.run_checks_now()
        self.status_message.emit(f"Pulled {len(links)} challenge(s) into the letter")

    def mark_sent(self) -> None:
        if not self.letter:
            return
        today = self.store.clock.now().astimezone().date()
        answer = dialogs.mark_sent(self, QDate(today.year, today.month, today.day))
        if not answer:
            return
        day, channel = answer
        chosen = _dt.date(day.year(), day.month(), day.day())
        moment = self.store.clock.now() if chosen == today else \
            _dt.datetime.combine(chosen, _dt.time(12)).astimezone()
        self.flush()
        self.letter = self.store.mark_letter_sent(self.letter.id, to_iso(moment), channel)
        self._after_meta_change()
        self._update_state()
        self.status_message.emit(f"Marked as sent by {channel}")

    def plain_text(self) -> str:
        """The letter as plain text (what Copy and the mail client get)."""
        return body_plain_text(self.editor.markdown())

    def copy_plain_text(self) -> None:
        dialogs.copy_text(self.plain_text())
        self.status_message.emit("Copied the letter as plain text")

    def open_in_mail(self) -> None:
        if not self.letter:
            return
        self.flush()
        to = ""
        if self.letter.recipient_id:
            try:
                to = self.store.get_contact(self.letter.recipient_id).email
            except StoreError:
                to = ""
        if not dialogs.open_url(letter_context.mailto_url(self.letter, to)):
            dialogs.show_error(self, "No mail program", "No mail program is set up to open the letter. "
                               "Use Copy as plain text and paste it into your email instead.")

    def keep_version(self) -> None:
        if self.letter:
            self.flush()
            self.store.add_letter_version(self.letter.id, "manual")
            self.status_message.emit("Kept a version of the letter")

    def show_versions(self) -> None:
        if not self.letter:
            return
        self.flush()
        versions = self.store.list_letter_versions(self.letter.id)
        labels = {"export": "exported", "sent": "sent", "manual": "kept"}
        chosen = dialogs.letter_versions(
            self, versions, lambda v: f"{to_local(v.created_at):%d %b %Y %H:%M} — {labels.get(v.reason, v.reason)}")
        if chosen:
            self.letter = self.store.restore_letter_version(chosen)
            self._replace_in_list(self.letter)
            self._show_letter(self.letter)
            self.status_message.emit("Restored an earlier version (the text it replaced was kept as a version)")

    def delete_letter(self) -> None:
        if not self.letter or not dialogs.confirm(self, "Delete letter", "Delete this letter and all its "
                                                  "versions? This cannot be undone.", "Delete"):
            return
        self._dirty = False
        self.store.delete_letter(self.letter.id)
        self.letter = None
        self.load(self.interview)
        self.data_changed.emit(self.interview.id)

    def insert_link(self) -> None:
        url = dialogs.ask_link(self, self.editor.textCursor().selectedText() if
                               "://" in self.editor.textCursor().selectedText() else "")
        if url:
            self.editor.insert_link(url)

    def add_to_dictionary(self, word: str) -> None:
        try:
            self.store.add_personal_word(word)
        except StoreError as exc:
            dialogs.show_error(self, "Not added", str(exc))
            return
        self.spell.speller.add_word(word)
        self.spell.rehighlight()
        self.status_message.emit(f"Added “{word}” to your dictionary")
