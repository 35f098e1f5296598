"""The Letter pane's commands: new letter, pull challenges, mark as sent, versions, delete, copy, mail.

Every command that writes first saves the text on screen, then writes through the LetterSession;
when the disk refuses either write it says why (status bar and a dialog) and leaves the letter on
screen as it was, so nothing the user typed is lost (the autosaver keeps retrying unsaved text).
"""

from __future__ import annotations

import datetime as _dt
import logging

from PySide6.QtCore import QDate, QObject, Signal
from PySide6.QtGui import QAction, QTextCursor

from followup_desktop.core.clock import to_iso, to_local
from followup_desktop.core.letters import context as letter_context
from followup_desktop.core.store.errors import StoreError, WriteError
from followup_desktop.core.text.markdown import body_plain_text
from followup_desktop.gui.common import dialogs
from followup_desktop.gui.common.widgets import make_action
from followup_desktop.gui.letter import texts
from followup_desktop.gui.letter.editor import replace_greeting
from followup_desktop.gui.letter.sources import map_paragraphs

log = logging.getLogger(__name__)


class LetterCommands(QObject):
    """The Letter menu's commands over `session`, the `composer` on screen, its `checking` and `autosaver`."""

    status = Signal(str)
    saved = Signal(object)  # the Letter whose text a command stored
    meta_changed = Signal()  # the letter's kind, recipient or status changed: list and show it again
    letters_changed = Signal(str)  # letters were added: list them again and show this one
    restored = Signal(object)  # an earlier version of the letter (a Letter) is back: show it
    deleted = Signal()  # the letter on screen is gone: show the interview's letters again
    show_requested = Signal()  # bring the Letter tab on screen
    changed = Signal(str)  # interview id: other panes may show what changed

    def __init__(self, parent, session, composer, checking, autosaver) -> None:
        super().__init__(parent)
        self.parent_widget, self.session, self.composer = parent, session, composer
        self.checking, self.autosaver = checking, autosaver
        a = self._action
        self.action_new = a("actionNewLetter", texts.NEW, self.new_letter, "Ctrl+Shift+L", texts.NEW_TIP)
        self.action_pull = a("actionPullChallenges", texts.PULL, self.pull_challenges, "Ctrl+Shift+J", texts.PULL_TIP)
        self.action_sent = a("actionMarkSent", texts.SENT, self.mark_sent, None, texts.SENT_TIP)
        self.action_copy = a("actionCopyLetterText", texts.COPY, self.copy_plain_text, None, texts.COPY_TIP)
        self.action_mail = a("actionOpenInMail", texts.MAIL, self.open_in_mail, None, texts.MAIL_TIP)
        self.action_versions = a("actionLetterVersions", texts.VERSIONS, self.show_versions, None, texts.VERSIONS_TIP)
        self.action_keep = a("actionKeepLetterVersion", texts.KEEP, self.keep_version, None, texts.KEEP_TIP)
        self.action_delete = a("actionDeleteLetter", texts.DELETE, self.delete_letter, None, texts.DELETE_TIP)

    def _action(self, name: str, text: str, slot, shortcut: str | None, tip: str) -> QAction:
        return make_action(self.parent_widget, name, text, slot, shortcut, tip)

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

    def report_failure(self, what: str, exc: StoreError) -> None:
        """Say in the status bar and a dialog why a letter command did not happen."""
        if isinstance(exc, WriteError):
            text = texts.COMMAND_REFUSED.format(what=what, reason=exc.reason, advice=exc.advice)
        else:
            text = f"{what}: {exc}"
        log.warning("letter command failed: %s (%s)", what, type(exc).__name__)
        self.status.emit(text)
        dialogs.show_error(self.parent_widget, what, text)

    def _saved(self, what: str) -> bool:
        """Save the text on screen first; False (after saying why) when it cannot be saved."""
        try:
            self.autosaver.save_now()
        except StoreError as exc:
            self.report_failure(what, exc)
            return False
        return True

    def take_back_edit(self) -> None:
        """Take back the last edit of the letter (a command whose write failed) without saving it."""
        self.composer.editor.undo()
        self.autosaver.discard()  # text a failed save kept before stays kept

    # ------------------------------------------------------------------ drafting
    def new_letter(self) -> None:
        """Draft one letter per chosen recipient from the interview's notes and challenges."""
        session = self.session
        if not session.interview:
            return
        request = dialogs.new_letter(self.parent_widget, session.interviewers())
        if not request or not self._saved(texts.NOT_DRAFTED):
            return
        try:
            created = session.new_letters(request.kind, request.recipient_ids, getattr(request, "news", ""))
        except StoreError as exc:
            self.report_failure(texts.NOT_DRAFTED, exc)
            return
        self.letters_changed.emit(created[0].id)
        self.show_requested.emit()  # Ctrl+Shift+L from another tab: the draft is what to look at now
        self.composer.editor.setFocus()
        self.checking.run_now()
        self.status.emit(texts.DRAFTED.format(count=len(created)))
        self.changed.emit(session.interview.id)

    def pull_challenges(self) -> None:
        """Insert (or refresh in place) the paragraphs of chosen challenges at the cursor."""
        if not self.session.letter:
            return
        what = texts.NOT_PULLED
        challenges = self.session.challenges()
        if not challenges:
            dialogs.show_info(self.parent_widget, texts.PULL_TITLE, texts.NOTHING_TO_PULL)
            return
        chosen = dialogs.choose_challenges(self.parent_widget, challenges)
        if not chosen or not self._saved(what):
            return
        self.checking.ensure_context()
        links = self._insert_paragraphs(chosen)
        try:
            letter = self.session.pull(*self.composer.text(), links)
        except StoreError as exc:
            self.take_back_edit()  # the screen shows what is stored again; the user's own text is untouched
            self.report_failure(what, exc)
            return
        self.saved.emit(letter)
        self.checking.load_context()
        self.checking.run_now()
        self.status.emit(texts.PULLED.format(count=len(links)))

    def _insert_paragraphs(self, chosen: list[str]) -> list[tuple[str, str]]:
        """One undoable edit: each chosen challenge's paragraph, replacing its old one if present."""
        editor = self.composer.editor
        infos = {c.id: info for info in map_paragraphs(editor, self.checking.sources) for c in info.challenges}
        refreshed = {infos[cid].block_number for cid in chosen if cid in infos}
        document = editor.document()
        existing = [  # the paragraphs the new ones sit among: none may open like them
            document.findBlockByNumber(n).text() for n in range(document.blockCount()) if n not in refreshed
        ]
        links = self.session.paragraphs_for(chosen, existing)
        cursor = editor.textCursor()
        cursor.beginEditBlock()
        for cid, text in links:
            if cid in infos:  # refresh the paragraph where it already is
                block = document.findBlockByNumber(infos[cid].block_number)
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
        if not self.session.letter or not self.checking.ready_to_send(texts.MARK_SENT_ANYWAY):
            return
        clock = self.session.store.clock
        today = clock.now().astimezone().date()
        answer = dialogs.mark_sent(self.parent_widget, QDate(today.year, today.month, today.day))
        if not answer:
            return
        day, channel = answer
        chosen = _dt.date(day.year(), day.month(), day.day())
        moment = clock.now() if chosen == today else _dt.datetime.combine(chosen, _dt.time(12)).astimezone()
        if not self._saved(texts.NOT_SENT):
            return
        try:
            self.session.mark_sent(to_iso(moment), channel)
        except StoreError as exc:
            self.report_failure(texts.NOT_SENT, exc)
            return
        self.meta_changed.emit()
        self.status.emit(texts.MARKED_SENT.format(channel=channel))

    def plain_text(self) -> str:
        """The letter as plain text (what Copy and the mail client get)."""
        return body_plain_text(self.composer.editor.markdown())

    def copy_plain_text(self) -> None:
        """Put the letter on the clipboard as plain text."""
        dialogs.copy_text(self.plain_text())
        self.status.emit(texts.COPIED)

    def open_in_mail(self) -> None:
        """Start an email with the letter as shown (saved or not) in the user's mail program."""
        if not self.session.letter:
            return
        self.autosaver.flush()
        shown = self.session.shown(*self.composer.text())
        if not dialogs.open_url(letter_context.mailto_url(shown, self.session.recipient_email())):
            dialogs.show_error(self.parent_widget, texts.NO_MAIL_TITLE, texts.NO_MAIL)

    # ------------------------------------------------------------------ versions
    def keep_version(self) -> None:
        """Keep the text on screen as a version to go back to."""
        if not self.session.letter or not self._saved(texts.NOT_KEPT):
            return
        try:
            self.session.keep_version()
        except StoreError as exc:
            self.report_failure(texts.NOT_KEPT, exc)
            return
        self.status.emit(texts.KEPT)

    def show_versions(self) -> None:
        """List the versions; restoring one first keeps the text it replaces as a version."""
        what = texts.NOT_RESTORED
        if not self.session.letter or not self._saved(what):  # the text on screen must be stored before replaced
            return
        chosen = dialogs.letter_versions(
            self.parent_widget,
            self.session.versions(),
            lambda v: texts.VERSION.format(
                when=to_local(v.created_at), reason=texts.VERSION_LABELS.get(v.reason, v.reason)
            ),
        )
        if not chosen:
            return
        try:
            letter = self.session.restore_version(chosen)
        except StoreError as exc:
            self.report_failure(what, exc)
            return
        self.restored.emit(letter)
        self.status.emit(texts.RESTORED)

    def delete_letter(self) -> None:
        """Delete the letter and its versions, after asking."""
        letter = self.session.letter
        if not letter or not dialogs.confirm(
            self.parent_widget, texts.DELETE_TITLE, texts.DELETE_QUESTION, texts.DELETE_OK
        ):
            return
        try:
            self.session.delete()
        except StoreError as exc:  # the letter and any unsaved text stay; autosave keeps trying
            self.report_failure(texts.NOT_DELETED, exc)
            return
        self.autosaver.forget(letter.id)
        self.deleted.emit()
        self.changed.emit(letter.interview_id)

    # ------------------------------------------------------------------ kind and recipient
    def change_kind(self, kind: str) -> StoreError | None:
        """Store a new kind for the letter (its text first); the refusal, if any, for the caller to report."""
        try:
            self.autosaver.save_now()
            self.session.set_kind(kind)
        except StoreError as exc:
            return exc
        self.meta_changed.emit()
        return None

    def change_recipient(self, recipient_id: str | None) -> StoreError | None:
        """Address the letter to someone else, its greeting too; the refusal, if any (the greeting taken back)."""
        try:
            self.autosaver.save_now()
        except StoreError as exc:
            return exc
        new = self.session.addressed_as(recipient_id)[0]
        greeted = any(  # the greeting as drafted for the old recipient, in whichever style it was written
            replace_greeting(self.composer.editor, old, new)
            for old in self.session.addressed_as(self.session.letter.recipient_id)
        )
        try:
            self.session.set_recipient(recipient_id, self.composer.text() if greeted else None)
        except StoreError as exc:
            if greeted:
                self.take_back_edit()
            return exc
        self.autosaver.saved()
        self.meta_changed.emit()
        return None

    # ------------------------------------------------------------------ editing helpers
    def add_to_dictionary(self, word: str) -> None:
        """Accept a word from now on (stored in the personal dictionary)."""
        try:
            self.session.add_word(word)
        except StoreError as exc:
            self.report_failure(texts.WORD_NOT_ADDED.format(word=word), exc)
            return
        self.checking.spell.speller.add_word(word)
        self.checking.spell.rehighlight()
        self.status.emit(texts.WORD_ADDED.format(word=word))
