"""The challenge board's "In my words" field: what was said, as the user would tell it back.

Until the user writes their own, the field holds a suggestion (core/letters/summary.py) shown in
italics with a note saying so. The suggestion is not stored: it becomes the user's words only when
they edit it or press "Use as it is" (or Enter). Drafts built meanwhile mark it «like this», so
the letter checks flag it.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from followup_desktop.core.letters.summary import suggest_summary
from followup_desktop.core.models import Challenge
from followup_desktop.gui.common.autosaver import Autosaver
from followup_desktop.gui.common.widgets import named
from followup_desktop.gui.notes import texts

log = logging.getLogger(__name__)


class SummaryField(QWidget):
    """challengeSummary with its note and "Use as it is" button; writes through its own Autosaver."""

    written = Signal(object)  # the Challenge as stored after a write

    def __init__(self, store, quote_of, parent: QWidget | None = None) -> None:
        """`quote_of(challenge id)` names a challenge where words kept for it are listed."""
        super().__init__(parent)
        self.store = store
        self.challenge: Challenge | None = None
        self._suggested = False
        self.edit = named(QLineEdit(), "challengeSummary", texts.SUMMARY_LABEL)
        self.edit.setPlaceholderText(texts.SUMMARY_HINT)
        self.use = named(QToolButton(), "acceptSummary", texts.SUMMARY_USE_NAME)
        self.use.setText(texts.SUMMARY_USE)
        self.use.setToolTip(texts.SUMMARY_USE_TIP)
        self.note = QLabel(texts.SUMMARY_LABEL)  # the board's form shows it as this row's label
        self.note.setObjectName("challengeSummaryLabel")
        self.note.setBuddy(self.edit)
        self.autosaver = Autosaver(
            self,
            self._write,
            lambda _cid: self.edit.text(),
            describe=lambda cid, text: [(texts.UNSAVED_SUMMARY.format(quote=quote_of(cid)), text)],
        )
        self.edit.textEdited.connect(self._typed)  # only what the user types: never the suggestion put there
        self.edit.returnPressed.connect(self._enter)
        self.use.clicked.connect(self.accept)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.use)
        self._mark(False)

    def show_challenge(self, challenge: Challenge | None) -> None:
        """Show a challenge's words: its summary, words the store refused earlier, else the suggestion."""
        self.autosaver.show(None)  # what was typed for the challenge being left is written first
        self.challenge = challenge
        kept = self.autosaver.kept(challenge.id) if challenge else None
        suggestion = suggest_summary(challenge.quote) if challenge else ""
        if challenge is None:
            text, suggested = "", False
        elif kept is not None:
            text, suggested = kept, False
        elif challenge.summary:
            text, suggested = challenge.summary, False
        else:
            text, suggested = suggestion, bool(suggestion)
        self.edit.setText(text)  # setText is no edit: nothing is written for it
        self.edit.setCursorPosition(0)  # a long summary shows its beginning
        self.edit.setPlaceholderText(suggestion or texts.SUMMARY_HINT)
        self._mark(suggested)
        self.autosaver.show(challenge.id if challenge else None)

    def is_suggestion(self) -> bool:
        """True while the field shows the suggestion, not the user's own words."""
        return self._suggested

    def accept(self) -> None:
        """Keep the suggestion as the user's words (a command: it is written now)."""
        if self.challenge is None or not self.edit.text().strip():
            return
        self._mark(False)
        self.autosaver.changed()
        self.autosaver.flush()

    def flush(self) -> None:
        """Write what was typed now."""
        self.autosaver.flush()

    def _enter(self) -> None:
        if self.is_suggestion():
            self.accept()
        else:
            self.flush()

    def _typed(self, _text: str) -> None:
        self._mark(False)
        self.autosaver.changed()

    def _write(self, challenge_id: str, text: str) -> None:
        updated = self.store.challenges.update(challenge_id, summary=text)
        if self.challenge is not None and self.challenge.id == challenge_id:
            self.challenge = updated
        self.written.emit(updated)

    def _mark(self, suggested: bool) -> None:
        self._suggested = suggested
        font = self.edit.font()
        font.setItalic(suggested)
        self.edit.setFont(font)
        self.edit.setAccessibleDescription(texts.SUMMARY_SUGGESTED_NOTE if suggested else "")
        self.edit.setToolTip(texts.SUMMARY_SUGGESTED_NOTE if suggested else "")
        self.note.setText(texts.SUMMARY_SUGGESTED if suggested else texts.SUMMARY_LABEL)
        self.note.setToolTip(texts.SUMMARY_SUGGESTED_NOTE if suggested else "")
        font = self.note.font()
        font.setItalic(suggested)
        self.note.setFont(font)
        self.use.setVisible(suggested)
