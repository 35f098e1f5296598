"""The challenge board: every highlight of the interview, paired with my experience and a story."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from followup_desktop.core.models import CHALLENGE_KINDS, Challenge, Note
from followup_desktop.core.notes import times as note_times
from followup_desktop.core.store import StoreError
from followup_desktop.core.store.errors import WriteError
from followup_desktop.core.text import anchors
from followup_desktop.gui.common.autosaver import Autosaver
from followup_desktop.gui.common.widgets import tip_text
from followup_desktop.gui.common.write_failures import failure_text, log_failure
from followup_desktop.gui.notes import texts
from followup_desktop.gui.notes.model import KINDS, kind_icon, one_line
from followup_desktop.gui.notes.summary_field import SummaryField
from followup_desktop.gui.notes.view import plain_text

log = logging.getLogger(__name__)
ID_ROLE = Qt.ItemDataRole.UserRole + 1
REFUSED = {
    "kind": texts.KIND_REFUSED,
    "story_id": texts.STORY_REFUSED,
    "include_in_letter": texts.INCLUDE_REFUSED,
    "quote_in_letter": texts.QUOTE_REFUSED,
}


class ChallengeBoard(QWidget):
    """challengesBoard: quote, kind, speaker, elapsed time; click to jump to the note."""

    jump_to_note = Signal(str)  # note id
    changed = Signal()  # something was written
    removed = Signal(object)  # the removed Challenge, for undo
    status = Signal(str)

    def __init__(self, store, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("challengesBoard")
        self.store = store
        self.interview_id: str | None = None
        self.challenges: list[Challenge] = []
        self.notes: dict[str, Note] = {}
        self.speakers: dict[str, str] = {}
        self._stories_stale = True  # the story choices are read when a challenge is shown
        self.times = ("", "")
        self._loading = False

        self.list = QListWidget()
        self.list.setObjectName("challengesList")
        self.list.setAccessibleName(texts.CHALLENGES_NAME)
        self.list.setWordWrap(True)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.model().rowsMoved.connect(self._dropped)
        self.list.currentItemChanged.connect(self._show_current)
        self.list.itemClicked.connect(self._jump)
        self.list.itemActivated.connect(self._jump)
        for keys, delta in (("Ctrl+Up", -1), ("Ctrl+Down", 1)):
            QShortcut(
                QKeySequence(keys),
                self.list,
                lambda d=delta: self.move_current(d),
                context=Qt.ShortcutContext.WidgetShortcut,
            )
        QShortcut(QKeySequence("Del"), self.list, self.remove_current, context=Qt.ShortcutContext.WidgetShortcut)

        self.empty = QLabel(texts.NO_CHALLENGES)
        self.empty.setWordWrap(True)
        self.empty.setObjectName("challengesEmpty")
        self.kind = QComboBox()
        self.kind.setObjectName("challengeKind")
        self.kind.setAccessibleName(texts.CHALLENGE_KIND_NAME)
        for k in CHALLENGE_KINDS:
            self.kind.addItem(kind_icon(k), KINDS[k][0], k)
        self.kind.activated.connect(lambda _=0: self._save({"kind": self.kind.currentData()}))
        self.experience = QPlainTextEdit()
        self.experience.setObjectName("challengeExperience")
        self.experience.setAccessibleName(texts.EXPERIENCE_NAME)
        self.experience.setPlaceholderText(texts.EXPERIENCE_HINT)
        self.experience.setTabChangesFocus(True)
        self.experience.setMaximumHeight(160)
        self.autosaver = Autosaver(  # the experience, for the challenge it was typed for
            self,
            self._write_experience,
            lambda _cid: plain_text(self.experience),
            describe=lambda cid, text: [(texts.UNSAVED_EXPERIENCE.format(quote=self.quote_of(cid)), text)],
        )
        self.autosaver.refused.connect(self._experience_refused)
        self.experience.textChanged.connect(self._experience_typed)
        self.summary = SummaryField(store, self.quote_of)  # the challenge in my words, which the letter tells back
        self.summary.written.connect(self._summary_written)
        self.summary.autosaver.refused.connect(self._experience_refused)
        self.quote = QCheckBox(texts.QUOTE)
        self.quote.setObjectName("challengeQuote")
        self.quote.setToolTip(texts.QUOTE_TIP)
        self.quote.setAccessibleName(texts.QUOTE_NAME)
        self.quote.toggled.connect(lambda on: self._save({"quote_in_letter": on}))
        self.story = QComboBox()
        self.story.setObjectName("challengeStory")
        self.story.setAccessibleName(texts.STORY_NAME)
        self.story.activated.connect(lambda _=0: self._save({"story_id": self.story.currentData()}))
        self.suggestions = QListWidget()
        self.suggestions.setObjectName("storySuggestions")
        self.suggestions.setAccessibleName(texts.SUGGESTIONS_NAME)
        self.suggestions.setMaximumHeight(90)
        self.suggestions.itemActivated.connect(self._pick_suggestion)
        self.suggestions.itemDoubleClicked.connect(self._pick_suggestion)
        self.include = QCheckBox(texts.INCLUDE)
        self.include.setObjectName("challengeInclude")
        self.include.toggled.connect(lambda on: self._save({"include_in_letter": on}))
        up, down, remove = QPushButton(texts.MOVE_UP), QPushButton(texts.MOVE_DOWN), QPushButton(texts.REMOVE)
        up.setToolTip(texts.MOVE_UP_TIP)
        down.setToolTip(texts.MOVE_DOWN_TIP)
        remove.setObjectName("removeChallenge")
        remove.setToolTip(texts.REMOVE_TIP)
        remove.setAccessibleName(texts.REMOVE_NAME)
        up.clicked.connect(lambda: self.move_current(-1))
        down.clicked.connect(lambda: self.move_current(1))
        remove.clicked.connect(self.remove_current)

        self.detail = QWidget()
        form = QFormLayout(self.detail)
        form.setContentsMargins(0, 0, 0, 0)
        form.setVerticalSpacing(4)  # with "In my words" the board fits the window's smallest height as before
        form.addRow(texts.KIND_FIELD, self.kind)
        form.addRow(self.summary.note, self.summary)
        form.addRow(texts.EXPERIENCE_FIELD, self.experience)
        form.addRow(texts.STORY_FIELD, self.story)
        form.addRow(texts.SUGGESTED_FIELD, self.suggestions)
        ticks = QHBoxLayout()  # one row: the board stays as short as before
        ticks.addWidget(self.include)
        ticks.addWidget(self.quote)
        ticks.addStretch(1)
        form.addRow(ticks)
        buttons = QHBoxLayout()
        for w in (up, down, remove):
            buttons.addWidget(w)
        buttons.addStretch(1)
        form.addRow(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addWidget(self.list, 3)
        layout.addWidget(self.detail, 2)
        self.detail.setEnabled(False)

    # ----------------------------------------------------------------- showing
    def load(
        self,
        interview_id: str | None,
        notes: dict[str, Note],
        speakers: dict[str, str],
        started_at: str,
        ended_at: str,
        select: str | None = None,
    ) -> None:
        """Show an interview's challenges (keeping the selection when possible)."""
        self.flush()
        current = select or self.current_id()
        self.interview_id, self.notes, self.speakers = interview_id, notes, speakers
        self.times = (started_at, ended_at)
        self.challenges = self.store.challenges.all(interview_id) if interview_id else []
        self._loading = True
        self.list.clear()
        for ch in self.challenges:
            item = QListWidgetItem(kind_icon(ch.kind), self._label(ch))
            item.setData(ID_ROLE, ch.id)
            item.setToolTip(tip_text(ch.quote[:2000]))
            self.list.addItem(item)
            if ch.id == current:
                self.list.setCurrentItem(item)
        self._loading = False
        self.empty.setVisible(not self.challenges)
        self._stories_stale = True
        self._show_current()

    def _label(self, ch: Challenge) -> str:
        note = self.notes.get(ch.note_id or "")
        when = note_times.elapsed_label(note.stamped_at, *self.times) if note else ""
        parts = [KINDS[ch.kind][0], self.speakers.get(ch.speaker_id or "", ""), when]
        if note is None:
            parts.append(texts.NOTE_DELETED)
        elif anchors.is_lost(ch.start, ch.end):
            parts.append(texts.HIGHLIGHT_LOST)
        if ch.story_id:
            parts.append(texts.STORY_LINKED_MARK)
        if ch.include_in_letter and not ch.summary and not ch.quote_in_letter:
            parts.append(texts.NOT_IN_MY_WORDS_MARK)
        parts.append(texts.IN_LETTER if ch.include_in_letter else texts.NOT_IN_LETTER)
        details = texts.DETAILS_SEPARATOR.join(p for p in parts if p)
        return texts.CHALLENGE_ITEM.format(quote=one_line(ch.quote, 200), details=details)

    def _reload_stories(self) -> None:
        self.story.clear()
        self.story.addItem(texts.NO_STORY, None)
        for s in self.store.stories.all():
            self.story.addItem(one_line(s.title, 80), s.id)

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(ID_ROLE) if item else None

    def quote_of(self, challenge_id: str) -> str:
        """The highlighted words of a challenge, short, to name it where typed text is listed."""
        return next((one_line(c.quote, 60) for c in self.challenges if c.id == challenge_id), texts.A_CHALLENGE)

    def current(self) -> Challenge | None:
        cid = self.current_id()
        return next((c for c in self.challenges if c.id == cid), None)

    def select(self, challenge_id: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(ID_ROLE) == challenge_id:
                self.list.setCurrentRow(row)

    def _show_current(self, *_):
        if self._loading:
            return
        self.flush()
        ch = self.current()
        if ch is not None and self._stories_stale:
            self._reload_stories()
            self._stories_stale = False
        self.detail.setEnabled(ch is not None)
        self.autosaver.show(None)  # filling the fields below is no edit
        kept = self.autosaver.kept(ch.id) if ch else None  # words the disk refused earlier
        self.experience.setPlainText(kept if kept is not None else ch.experience if ch else "")
        self._show_choices(ch)
        self.autosaver.show(ch.id if ch else None)  # refused words are tried again
        self.summary.show_challenge(ch)
        self.refresh_suggestions()

    def _show_choices(self, ch: Challenge | None) -> None:
        """Kind, story and the letter tick as stored (none of these setters writes)."""
        self.kind.setCurrentIndex(max(0, self.kind.findData(ch.kind)) if ch else 0)
        self.story.setCurrentIndex(max(0, self.story.findData(ch.story_id)) if ch and ch.story_id else 0)
        for box, on in ((self.include, ch and ch.include_in_letter), (self.quote, ch and ch.quote_in_letter)):
            box.blockSignals(True)
            box.setChecked(bool(on))
            box.blockSignals(False)

    def refresh_suggestions(self) -> None:
        """Stories ranked by similarity to the quote and my experience, best first."""
        self.suggestions.clear()
        ch = self.current()
        if ch is None:
            return
        from followup_desktop.core.example import suggested_stories

        for story in suggested_stories(self.store, ch.interview_id, f"{ch.quote} {ch.experience}"):
            item = QListWidgetItem(one_line(story.title, 80))
            item.setData(ID_ROLE, story.id)
            item.setToolTip(tip_text(one_line(f"{story.situation} — {story.result}", 300)))
            self.suggestions.addItem(item)

    # ----------------------------------------------------------------- editing
    def _experience_typed(self) -> None:
        self.autosaver.changed()

    def flush(self) -> None:
        """Save pending edits (experience, my words) now, for the challenge they were typed for."""
        self.autosaver.flush()
        self.summary.flush()

    def unsaved_texts(self) -> list[tuple[str, str]]:
        """Words typed on the board that the store has not taken yet (for the close guard)."""
        return self.autosaver.unsaved_texts() + self.summary.autosaver.unsaved_texts()

    def _summary_written(self, updated: Challenge) -> None:
        ch = next((c for c in self.challenges if c.id == updated.id), None)
        if ch is not None:
            self._stored(ch, updated)

    def _write_experience(self, challenge_id: str, text: str) -> None:
        ch = next((c for c in self.challenges if c.id == challenge_id), None)
        if ch is not None:
            self._stored(ch, self.store.challenges.update(ch.id, experience=text), relabel=False)

    def _experience_refused(self, _challenge_id: str, exc: StoreError) -> None:
        """Typed experience stays on screen (and across reloads) and is written at the next change or flush."""
        self.status.emit(str(exc) if isinstance(exc, WriteError) else texts.NOT_SAVED.format(error=exc))

    def _save(self, changes: dict) -> bool:
        """Write a choice (kind, story, letter tick) of the challenge shown in the detail fields."""
        ch = next((c for c in self.challenges if c.id == self.autosaver.key), None)
        if ch is None or self._loading:
            return False
        try:
            updated = self.store.challenges.update(ch.id, **changes)
        except StoreError as exc:
            self._refused(ch, changes, exc)
            return False
        self._stored(ch, updated)
        return True

    def _stored(self, ch: Challenge, updated: Challenge, relabel: bool = True) -> None:
        self.challenges[self.challenges.index(ch)] = updated
        item = next(
            (self.list.item(r) for r in range(self.list.count()) if self.list.item(r).data(ID_ROLE) == ch.id), None
        )
        if relabel and item:
            item.setText(self._label(updated))
            item.setIcon(kind_icon(updated.kind))
        self.changed.emit()

    def _refused(self, ch: Challenge, changes: dict, exc: StoreError) -> None:
        """A choice the store refused: say why and show what is stored again."""
        what = REFUSED.get(next(iter(changes)), texts.CHOICE_REFUSED)
        log_failure(what, exc)
        self.status.emit(failure_text(what, exc))
        self._show_choices(ch)

    def _write(self, what: str, fn, *args):
        """Run a store write; when refused, say why (status) and show the board as stored; None then."""
        try:
            return fn(*args) or True
        except StoreError as exc:
            log_failure(what, exc)
            self.status.emit(failure_text(what, exc))
            current = self.current_id()  # reloaded after a drop has finished, never inside it
            QTimer.singleShot(
                0, lambda: self.load(self.interview_id, self.notes, self.speakers, *self.times, select=current)
            )
            return None

    def _pick_suggestion(self, item: QListWidgetItem) -> None:
        story_id = item.data(ID_ROLE)
        self.story.setCurrentIndex(max(0, self.story.findData(story_id)))
        if self._save({"story_id": story_id}):
            self.status.emit(texts.STORY_LINKED)

    def _jump(self, item: QListWidgetItem) -> None:
        ch = next((c for c in self.challenges if c.id == item.data(ID_ROLE)), None)
        if ch and ch.note_id:
            self.jump_to_note.emit(ch.note_id)

    def move_current(self, delta: int) -> None:
        """Move the selected challenge up or down."""
        cid = self.current_id()
        if cid:
            self.flush()
            if not self._write(texts.NOT_MOVED, self.store.challenges.move, cid, delta):
                return
            self.changed.emit()
            self.load(self.interview_id, self.notes, self.speakers, *self.times, select=cid)

    def _dropped(self, *_):
        if self._loading:
            return
        ids = [self.list.item(r).data(ID_ROLE) for r in range(self.list.count())]
        if self._write(texts.ORDER_REFUSED, self.store.challenges.reorder, self.interview_id, ids):
            self.changed.emit()
        QTimer.singleShot(0, lambda: self.load(self.interview_id, self.notes, self.speakers, *self.times))

    def remove_current(self) -> None:
        """Remove the selected highlight (undoable from the notes list)."""
        cid = self.current_id()
        if cid:
            self.flush()
            removed = self._write(texts.NOT_REMOVED, self.store.challenges.delete, cid)
            if removed:
                self.autosaver.show(None)
                self.summary.autosaver.show(None)
                self.removed.emit(removed)
