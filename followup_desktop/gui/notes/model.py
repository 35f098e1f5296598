"""The model behind the notes list: one row per note, always in time order."""

from __future__ import annotations

import bisect
from functools import cache

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QPainter, QPixmap

from followup_desktop.core.models import Challenge, Note
from followup_desktop.core.notes import times as note_times
from followup_desktop.gui.common.theme import tone
from followup_desktop.gui.notes import texts

COL_ELAPSED, COL_CLOCK, COL_SPEAKER, COL_KIND, COL_QUESTION, COL_TEXT = range(6)
HEADERS = texts.COLUMNS
NOTE_ROLE = Qt.ItemDataRole.UserRole + 1  # the Note
SPANS_ROLE = Qt.ItemDataRole.UserRole + 2  # [(start, end)] of live highlights, str offsets
DISPLAY_LIMIT = 600  # characters painted in a row; the editor and tooltip show everything

KIND_COLOURS = {
    "answer": "#5b7083",
    "challenge": "#c0392b",
    "need": "#b34700",
    "problem": "#8e44ad",
    "goal": "#1e8449",
    "action": "#1f618d",
    "other": "#66727a",
}
# kind: (label, letter, colour); a letter and a word go with every colour, never colour alone.
KINDS = {kind: (texts.KIND_NAMES[kind], texts.KIND_LETTERS[kind], colour) for kind, colour in KIND_COLOURS.items()}


@cache
def kind_icon(kind: str, size: int = 18) -> QIcon:
    """A round chip in the kind's colour with its letter."""
    _, letter, colour = KINDS.get(kind, KINDS["other"])
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(colour))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(0, 0, size, size)
    font = QFont()
    font.setBold(True)
    font.setPixelSize(int(size * 0.62))
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, letter)
    painter.end()
    return QIcon(pixmap)


def one_line(text: str, limit: int = DISPLAY_LIMIT) -> str:
    """Text for a single row: line breaks shown as ⏎, long text cut."""
    cut = text[:limit].replace("\r\n", " ⏎ ").replace("\n", " ⏎ ").replace("\r", " ⏎ ")
    return texts.CUT.format(text=cut, count=len(text) - limit) if len(text) > limit else cut


class NotesModel(QAbstractTableModel):
    """An interview's notes; edits go back through the pane (which owns the store)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.notes: list[Note] = []
        self.spans: dict[str, list[tuple[int, int]]] = {}
        self.speakers: dict[str, str] = {}
        self.questions: dict[str, str] = {}
        self.started_at = ""
        self.ended_at = ""
        self.edit_handler = None  # callable(note, column, value) -> bool, set by the pane

    # ----------------------------------------------------------------- filling
    def reset(
        self,
        notes: list[Note],
        challenges: list[Challenge],
        speakers: dict[str, str],
        questions: dict[str, str],
        started_at: str,
        ended_at: str,
    ) -> None:
        """Show these notes (already in time order)."""
        self.beginResetModel()
        self.notes = list(notes)
        self.speakers, self.questions = speakers, questions
        self.started_at, self.ended_at = started_at, ended_at
        self.spans = {}
        for ch in challenges:
            if ch.note_id and ch.end > ch.start:
                self.spans.setdefault(ch.note_id, []).append((ch.start, ch.end))
        self.endResetModel()

    def set_challenges(self, challenges: list[Challenge]) -> None:
        """Refresh the highlighted spans."""
        self.spans = {}
        for ch in challenges:
            if ch.note_id and ch.end > ch.start:
                self.spans.setdefault(ch.note_id, []).append((ch.start, ch.end))
        if self.notes:
            self.dataChanged.emit(self.index(0, COL_TEXT), self.index(len(self.notes) - 1, COL_TEXT))

    def set_times(self, started_at: str, ended_at: str) -> None:
        self.started_at, self.ended_at = started_at, ended_at
        if self.notes:
            self.dataChanged.emit(self.index(0, COL_ELAPSED), self.index(len(self.notes) - 1, COL_ELAPSED))

    def insert(self, note: Note) -> int:
        """Add a note where its stamp belongs; returns its row."""
        keys = [n.stamped_at for n in self.notes]
        row = bisect.bisect_right(keys, note.stamped_at) if keys and keys[-1] > note.stamped_at else len(keys)
        self.beginInsertRows(QModelIndex(), row, row)
        self.notes.insert(row, note)
        self.endInsertRows()
        return row

    def replace(self, note: Note) -> int:
        """Put a changed note back in place (moving it if its stamp changed); returns its row."""
        row = self.row_of(note.id)
        if row < 0:
            return self.insert(note)
        if self.notes[row].stamped_at == note.stamped_at:
            self.notes[row] = note
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(HEADERS) - 1))
            return row
        self.remove(note.id)
        return self.insert(note)

    def remove(self, note_id: str) -> None:
        row = self.row_of(note_id)
        if row >= 0:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.notes[row]
            self.endRemoveRows()

    def row_of(self, note_id: str) -> int:
        return next((i for i in range(len(self.notes) - 1, -1, -1) if self.notes[i].id == note_id), -1)

    # ----------------------------------------------------------------- Qt model API
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.notes)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 - Qt API
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[section]
        return None

    def flags(self, index):
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in (COL_ELAPSED, COL_CLOCK, COL_TEXT):
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        note = self.notes[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(note, col)
        if role == Qt.ItemDataRole.EditRole:
            if col == COL_TEXT:
                return note.text
            if col == COL_ELAPSED:
                label = note_times.elapsed_label(note.stamped_at, self.started_at, self.ended_at)
                return "+" + label if ":" in label else note_times.local_clock(note.stamped_at)
            return self._display(note, col)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        if role == NOTE_ROLE:
            return note
        if role == SPANS_ROLE:
            return self.spans.get(note.id, [])
        if role == Qt.ItemDataRole.DecorationRole and col == COL_KIND:
            return kind_icon(note.kind)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(note, col)
        if role == Qt.ItemDataRole.ForegroundRole and col == COL_ELAPSED and ":" not in self._display(note, col):
            return QBrush(tone("muted"))  # the palette's, when painted
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{self._display(note, col)}"
        return None

    def _display(self, note: Note, col: int) -> str:
        if col == COL_ELAPSED:
            return note_times.elapsed_label(note.stamped_at, self.started_at, self.ended_at)
        if col == COL_CLOCK:
            return note_times.local_clock(note.stamped_at)
        if col == COL_SPEAKER:
            return self.speakers.get(note.speaker_id or "", "")
        if col == COL_KIND:
            return KINDS.get(note.kind, KINDS["other"])[0]
        if col == COL_QUESTION:
            return one_line(self.questions.get(note.question_id or "", ""), 80)
        return one_line(note.text)

    def _tooltip(self, note: Note, col: int) -> str | None:
        if col == COL_TEXT:
            return note.text[:4000]
        if col == COL_QUESTION and note.question_id:
            return self.questions.get(note.question_id, "")[:4000]
        if col in (COL_ELAPSED, COL_CLOCK):
            return texts.TIME_TIP
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):  # noqa: N802 - Qt API
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.edit_handler is None:
            return False
        return bool(self.edit_handler(self.notes[index.row()], index.column(), value))

    def note_at(self, row: int) -> Note | None:
        return self.notes[row] if 0 <= row < len(self.notes) else None

    def persistent(self, row: int) -> QPersistentModelIndex:
        return QPersistentModelIndex(self.index(row, COL_TEXT))
