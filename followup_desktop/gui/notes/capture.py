"""The capture line: type a note, Enter commits it stamped when typing began."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QPlainTextEdit

from followup_desktop.gui.notes import texts
from followup_desktop.gui.notes.view import plain_text


class CaptureLine(QPlainTextEdit):
    """noteInput: Enter commits, Shift+Enter breaks the line; the stamp is the first keystroke's moment."""

    committed = Signal(str, str)  # text, stamped_at
    typed = Signal()  # the note being typed (text or stamp) changed: the pane's autosaver stores it
    stamp_changed = Signal(str)  # the pending stamp ("" when none)

    def __init__(self, now, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("noteInput")
        self.setAccessibleName(texts.NEW_NOTE_NAME)
        self.setPlaceholderText(texts.NEW_NOTE_HINT)
        self.setTabChangesFocus(True)
        self.now = now  # callable -> UTC ISO string (the store's clock)
        self.started_at = ""
        self.explicit = False  # stamped with Stamp now: keep the stamp even if the text is cleared
        self._empty = True
        self.document().contentsChanged.connect(self._changed)
        self.setMaximumHeight(self.fontMetrics().lineSpacing() * 4 + 14)

    # ----------------------------------------------------------------- stamping
    def stamp_now(self) -> None:
        """Stamp the next note with this moment, before typing at all."""
        self.started_at = self.now()
        self.explicit = True
        self.stamp_changed.emit(self.started_at)
        self.typed.emit()

    def _changed(self) -> None:
        # Per keystroke: one emptiness check and telling the autosaver, nothing more (it saves
        # steadily while typing goes on). Signals are blocked while restore() fills the line.
        empty = self.document().isEmpty()
        if empty != self._empty:
            self._empty = empty
            if not empty and not self.started_at:
                self.started_at = self.now()
                self.stamp_changed.emit(self.started_at)
            elif empty and not self.explicit and self.started_at:
                self.started_at = ""
                self.stamp_changed.emit("")
        self.typed.emit()

    def restore(self, text: str, started_at: str) -> None:
        """Put the stored note being typed back (after a crash or switching interviews)."""
        self.blockSignals(True)
        self.setPlainText(text)
        self.blockSignals(False)
        self._empty = self.document().isEmpty()
        self.started_at = started_at
        self.explicit = bool(started_at) and not text
        self.stamp_changed.emit(started_at)

    def reset(self) -> None:
        """Empty, unstamped, nothing pending."""
        self.restore("", "")

    def text(self) -> str:
        return plain_text(self)

    def pending(self) -> tuple[str, str]:
        """What to store as the note being typed: (text, stamp)."""
        return self.text(), self.started_at

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.textCursor().insertText("\n")
            else:
                text = self.text()
                if text.strip():
                    self.committed.emit(text, self.started_at or self.now())
            return
        super().keyPressEvent(event)
