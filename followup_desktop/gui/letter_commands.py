"""The Letter pane's commands: new letter, pull challenges, mark as sent, versions, delete, copy, mail.

Every command that writes first saves the text on screen, then writes; when the disk refuses
either write it says why (status bar and a dialog) and leaves the letter on screen as it was, so
nothing the user typed is lost (the pane's autosave keeps retrying unsaved text).
"""

from __future__ import annotations

import datetime as _dt
import logging

from PySide6.QtCore import QDate, QObject
from PySide6.QtGui import QAction, QTextCursor

from followup_desktop.core.clock import to_iso, to_local
from followup_desktop.core.letters import context as letter_context
from followup_desktop.core.letters.drafts import build_draft, challenge_paragraph, draft_input
from followup_desktop.core.store.errors import StoreError, WriteError
from followup_desktop.gui import dialogs
from followup_desktop.gui.letter_sources import map_paragraphs
from followup_desktop.gui.widgets import make_action

log = logging.getLogger(__name__)
VERSION_LABELS = {"export": "exported", "sent": "sent", "manual": "kept"}


def report_failure(pane, what: str, exc: StoreError) -> None:
    """Say in the status bar and a dialog why a letter command did not happen."""
    if isinstance(exc, WriteError):
        text = f"{what}: {exc.reason}. Your letter is kept on screen as it was; {exc.advice} and try again."
    else:
        text = f"{what}: {exc}"
    log.warning("letter command failed: %s (%s)", what, type(exc).__name__)
    pane.status_message.emit(text)
    dialogs.show_error(pane, what, text)


class LetterCommands(QObject):
    """Owns the Letter menu's commands and their actions; `pane` is the LetterPane."""

    def __init__(self, pane) -> None:
        super().__init__(pane)
        self.pane = pane
        a = self._action
        self.action_new = a(
            "actionNewLetter",
            "&New letter…",
            self.new_letter,
            "Ctrl+Shift+L",
            "Draft a letter from this interview's notes and challenges",
        )
        self.action_pull = a(
            "actionPullChallenges",
            "&Pull challenges…",
            self.pull_challenges,
            "Ctrl+Shift+J",
            "Insert or refresh the paragraphs for chosen challenges at the cursor",
        )
        self.action_sent = a(
            "actionMarkSent",
            "&Mark as sent…",
            self.mark_sent,
            None,
            "Record when and how the letter was sent (keeps a version)",
        )
        self.action_copy = a(
            "actionCopyLetterText", "&Copy as plain text", self.copy_plain_text, None, "Copy the letter as plain text"
        )
        self.action_mail = a(
            "actionOpenInMail",
            "Open in &mail client",
            self.open_in_mail,
            None,
            "Start an email with this letter in your mail program",
        )
        self.action_versions = a(
            "actionLetterVersions",
            "&Versions…",
            self.show_versions,
            None,
            "View and restore earlier versions of this letter",
        )
        self.action_keep = a(
            "actionKeepLetterVersion",
            "&Keep a version now",
            self.keep_version,
            None,
            "Save the current text as a version you can go back to",
        )
        self.action_delete = a(
            "actionDeleteLetter", "&Delete letter…", self.delete_letter, None, "Delete this letter and its versions"
        )

    def _action(self, name: str, text: str, slot, shortcut: str | None, tip: str) -> QAction:
        return make_action(self.pane, name, text, slot, shortcut, tip)

    @property
    def letter_actions(self) -> list[QAction]:
        """The actions that need a letter open."""
        return [
            self.action_pull,
            self.action_sent,
            self.action_copy,
            self.action_mail,
            self.action_versions,
            self.action_keep,
            self.action_delete,
        ]

    @property
    def store(self):
        return self.pane.store

    def _saved(self, what: str) -> bool:
        """Save the text on screen first; False (after saying why) when it cannot be saved."""
        try:
            self.pane.save_now()
        except StoreError as exc:
            report_failure(self.pane, what, exc)
            return False
        return True

    # ------------------------------------------------------------------ drafting
    def new_letter(self) -> None:
        """Draft one letter per chosen recipient from the interview's notes and challenges."""
        pane = self.pane
        if not pane.interview:
            return
        request = dialogs.new_letter(pane, self.store.interviews.interviewers(pane.interview.id))
        if not request or not self._saved("No letter was drafted"):
            return
        created = []
        try:
            with self.store.atomic():
                for recipient_id in request.recipient_ids:
                    draft = build_draft(
                        draft_input(
                            self.store, pane.interview.id, request.kind, recipient_id, getattr(request, "news", "")
                        )
                    )
                    created.append(
                        self.store.letters.add(
                            pane.interview.id, request.kind, recipient_id, draft.subject, draft.body, draft.sources
                        )
                    )
        except StoreError as exc:
            report_failure(pane, "No letter was drafted", exc)
            return
        pane.letters = self.store.letters.all(pane.interview.id)
        pane.fill_letter_list(created[0].id)
        pane.show_requested.emit()  # Ctrl+Shift+L from another tab: the draft is what to look at now
        pane.editor.setFocus()
        pane.run_checks_now()
        pane.status_message.emit(f"Drafted {len(created)} letter(s) from your notes")
        pane.data_changed.emit(pane.interview.id)

    def pull_challenges(self) -> None:
        """Insert (or refresh in place) the paragraphs of chosen challenges at the cursor."""
        pane = self.pane
        if not pane.letter:
            return
        what = "The challenges were not pulled into the letter"
        challenges = self.store.challenges.all(pane.letter.interview_id)
        if not challenges:
            dialogs.show_info(
                pane,
                "Pull challenges",
                "Highlight challenges in your notes first; each one then becomes a paragraph here.",
            )
            return
        chosen = dialogs.choose_challenges(pane, challenges)
        if not chosen or not self._saved(what):
            return
        pane.checking.ensure_context()
        links = self._insert_paragraphs({c.id: c for c in challenges}, chosen)
        try:
            with self.store.atomic():
                pane.letter = self.store.letters.save_body(
                    pane.letter.id, pane.editor.markdown(), subject=pane.subject.text()
                )
                self.store.letters.set_sources(pane.letter.id, links)
        except StoreError as exc:
            pane.undo_last_edit()  # the screen shows what is stored again; the user's own text is untouched
            report_failure(pane, what, exc)
            return
        pane.saved(pane.letter)
        pane.checking.load_context()
        pane.run_checks_now()
        pane.status_message.emit(f"Pulled {len(links)} challenge(s) into the letter")

    def _insert_paragraphs(self, by_id: dict, chosen: list[str]) -> list[tuple[str, str]]:
        """One undoable edit: each chosen challenge's paragraph, replacing its old one if present."""
        pane, editor = self.pane, self.pane.editor
        speakers = pane.checking.speakers
        recipient = next(
            (
                c
                for c in self.store.interviews.interviewers(pane.letter.interview_id)
                if c.id == pane.letter.recipient_id
            ),
            None,
        )
        infos = {c.id: info for info in map_paragraphs(editor, pane.checking.sources) for c in info.challenges}
        cursor = editor.textCursor()
        cursor.beginEditBlock()
        links = []
        for cid in chosen:
            text = challenge_paragraph(by_id[cid], recipient, speakers)
            links.append((cid, text))
            if cid in infos:  # refresh the paragraph where it already is
                block = editor.document().findBlockByNumber(infos[cid].block_number)
                replace = QTextCursor(block)
                replace.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
                replace.insertText(text)
            else:
                if cursor.block().text().strip():
                    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
                    cursor.insertBlock()
                cursor.insertText(text)
        cursor.endEditBlock()
        return links

    # ------------------------------------------------------------------ sending
    def mark_sent(self) -> None:
        """Record when and how the letter went out (the store keeps a version of it)."""
        pane = self.pane
        if not pane.letter:
            return
        today = self.store.clock.now().astimezone().date()
        answer = dialogs.mark_sent(pane, QDate(today.year, today.month, today.day))
        if not answer:
            return
        day, channel = answer
        chosen = _dt.date(day.year(), day.month(), day.day())
        moment = self.store.clock.now() if chosen == today else _dt.datetime.combine(chosen, _dt.time(12)).astimezone()
        what = "The letter was not marked as sent"
        if not self._saved(what):
            return
        try:
            pane.letter = self.store.letters.mark_sent(pane.letter.id, to_iso(moment), channel)
        except StoreError as exc:
            report_failure(pane, what, exc)
            return
        pane.meta_changed()
        pane.status_message.emit(f"Marked as sent by {channel}")

    def copy_plain_text(self) -> None:
        """Put the letter on the clipboard as plain text."""
        dialogs.copy_text(self.pane.plain_text())
        self.pane.status_message.emit("Copied the letter as plain text")

    def open_in_mail(self) -> None:
        """Start an email with the letter as shown (saved or not) in the user's mail program."""
        pane = self.pane
        if not pane.letter:
            return
        pane.flush()
        to = ""
        if pane.letter.recipient_id:
            try:
                to = self.store.contacts.get(pane.letter.recipient_id).email
            except StoreError:
                to = ""
        if not dialogs.open_url(letter_context.mailto_url(pane.shown_letter(), to)):
            dialogs.show_error(
                pane,
                "No mail program",
                "No mail program is set up to open the letter. "
                "Use Copy as plain text and paste it into your email instead.",
            )

    # ------------------------------------------------------------------ versions
    def keep_version(self) -> None:
        """Keep the text on screen as a version to go back to."""
        pane = self.pane
        what = "No version was kept"
        if not pane.letter or not self._saved(what):
            return
        try:
            self.store.letters.add_version(pane.letter.id, "manual")
        except StoreError as exc:
            report_failure(pane, what, exc)
            return
        pane.status_message.emit("Kept a version of the letter")

    def show_versions(self) -> None:
        """List the versions; restoring one first keeps the text it replaces as a version."""
        pane = self.pane
        what = "The earlier version was not restored"
        if not pane.letter or not self._saved(what):  # the text on screen must be stored before it is replaced
            return
        versions = self.store.letters.versions(pane.letter.id)
        chosen = dialogs.letter_versions(
            pane,
            versions,
            lambda v: f"{to_local(v.created_at):%d %b %Y %H:%M} — {VERSION_LABELS.get(v.reason, v.reason)}",
        )
        if not chosen:
            return
        try:
            pane.letter = self.store.letters.restore_version(chosen)
        except StoreError as exc:
            report_failure(pane, what, exc)
            return
        pane.letters = [pane.letter if x.id == pane.letter.id else x for x in pane.letters]
        pane.show_letter_now(pane.letter)
        pane.status_message.emit("Restored an earlier version (the text it replaced was kept as a version)")

    def delete_letter(self) -> None:
        """Delete the letter and its versions, after asking."""
        pane = self.pane
        if not pane.letter or not dialogs.confirm(
            pane, "Delete letter", "Delete this letter and all its versions? This cannot be undone.", "Delete"
        ):
            return
        try:
            self.store.letters.delete(pane.letter.id)
        except StoreError as exc:  # the letter and any unsaved text stay; autosave keeps trying
            report_failure(pane, "The letter was not deleted", exc)
            return
        pane.forget_letter()
        pane.load(pane.interview)
        pane.data_changed.emit(pane.interview.id)

    # ------------------------------------------------------------------ editing helpers
    def insert_link(self) -> None:
        """Ask for an address and link the selected text to it."""
        editor = self.pane.editor
        selected = editor.textCursor().selectedText()
        url = dialogs.ask_link(self.pane, selected if "://" in selected else "")
        if url:
            editor.insert_link(url)

    def add_to_dictionary(self, word: str) -> None:
        """Accept a word from now on (stored in the personal dictionary)."""
        pane = self.pane
        try:
            self.store.dictionary.add(word)
        except StoreError as exc:
            report_failure(pane, f"“{word}” was not added to your dictionary", exc)
            return
        pane.spell.speller.add_word(word)
        pane.spell.rehighlight()
        pane.status_message.emit(f"Added “{word}” to your dictionary")
