"""The notes list: a table view whose note column paints highlights and edits in place."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QKeySequence,
    QPalette,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHeaderView,
    QPlainTextEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTextEdit,
    QWidget,
)

from followup_desktop.core.text.spans import str_index, utf16_offset
from followup_desktop.gui.notes import texts
from followup_desktop.gui.notes.model import (
    COL_CLOCK,
    COL_ELAPSED,
    COL_KIND,
    COL_QUESTION,
    COL_SPEAKER,
    COL_TEXT,
    DISPLAY_LIMIT,
    SPANS_ROLE,
)

HIGHLIGHT = QColor(255, 214, 102)  # marker yellow; an underline marks it too for colour-blind users


def plain_text(edit: QPlainTextEdit) -> str:
    """An editor's exact text: paragraph separators back to line breaks, nothing else changed."""
    return edit.document().toRawText().replace("\u2029", "\n")


def highlight_format() -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setBackground(HIGHLIGHT)
    fmt.setForeground(QColor("black"))
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
    return fmt


def mark_spans(doc: QTextDocument, text: str, spans: list[tuple[int, int]]) -> None:
    """Colour str-offset spans of text inside a document holding that text."""
    cursor = QTextCursor(doc)
    fmt = highlight_format()
    limit = len(text)
    for start, end in spans:
        if start >= limit:
            continue
        cursor.setPosition(utf16_offset(text, start))
        cursor.setPosition(utf16_offset(text, min(end, limit)), QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(fmt)


def is_undo_key(event) -> bool:
    """Ctrl+Z (some platforms bind no standard Undo key, so check it by hand too)."""
    return event.matches(QKeySequence.StandardKey.Undo) or (
        event.key() == Qt.Key.Key_Z and event.modifiers() == Qt.KeyboardModifier.ControlModifier
    )


class NoteEditor(QPlainTextEdit):
    """In-place editor of a note: Enter saves, Shift+Enter breaks the line, Escape cancels."""

    commit_requested = Signal()

    def __init__(self, parent=None, actions=()) -> None:
        super().__init__(parent)
        self.setObjectName("noteEditor")
        self.extra_actions = list(actions)
        self.setAccessibleName(texts.EDIT_NOTE_NAME)
        self.setTabChangesFocus(True)
        self.spans: list[tuple[int, int]] = []
        self.original = ""

    def set_note(self, text: str, spans: list[tuple[int, int]]) -> None:
        self.original = text
        self.spans = spans
        self.setPlainText(text)
        self.show_spans()

    def show_typed(self, text: str) -> None:
        """Words typed earlier that were not saved (their highlights would be out of place: none shown)."""
        self.spans = []
        self.setExtraSelections([])
        self.setPlainText(text)
        self.moveCursor(QTextCursor.MoveOperation.End)

    def show_spans(self) -> None:
        """Show highlights as extra selections (they never enter the text itself)."""
        text = self.original
        selections = []
        for start, end in self.spans:
            sel = QTextEdit.ExtraSelection()
            sel.format = highlight_format()
            cursor = QTextCursor(self.document())
            cursor.setPosition(utf16_offset(text, start))
            cursor.setPosition(utf16_offset(text, end), QTextCursor.MoveMode.KeepAnchor)
            sel.cursor = cursor
            selections.append(sel)
        self.setExtraSelections(selections)

    def selected_span(self) -> tuple[int, int] | None:
        """The selection as str offsets of the editor's text, or None."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        text = plain_text(self)
        return str_index(text, cursor.selectionStart()), str_index(text, cursor.selectionEnd())

    def contextMenuEvent(self, event) -> None:  # noqa: N802 - Qt API
        menu = self.createStandardContextMenu()
        if self.extra_actions:
            menu.addSeparator()
            menu.addActions(self.extra_actions)
        menu.exec(event.globalPos())
        menu.deleteLater()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.textCursor().insertText("\n")
            else:
                self.commit_requested.emit()
            return
        super().keyPressEvent(event)


def _whole_lines_height(doc: QTextDocument, height: int) -> int:
    """The height of the document's lines that fit whole into `height` pixels (all of it when all fit)."""
    layout, fitted, block = doc.documentLayout(), 0, doc.begin()
    while block.isValid():
        top, lines = layout.blockBoundingRect(block).top(), block.layout()
        for i in range(lines.lineCount()):
            bottom = top + lines.lineAt(i).rect().bottom()
            if bottom > height:
                return int(fitted) + 1
            fitted = bottom
        block = block.next()
    return height


class NoteTextDelegate(QStyledItemDelegate):
    """Paints a note's first lines with its highlights; edits it with a NoteEditor."""

    editor_actions: list = []  # extra context-menu actions of the in-place editor (Highlight challenge)

    def paint(self, painter, option, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = index.data(Qt.ItemDataRole.EditRole) or ""
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        shown = text[:DISPLAY_LIMIT] + ("…" if len(text) > DISPLAY_LIMIT else "")
        doc = QTextDocument()
        doc.setDefaultFont(opt.font)
        doc.setPlainText(shown)
        mark_spans(doc, shown, index.data(SPANS_ROLE) or [])
        rect = opt.rect.adjusted(4, 2, -4, -2)
        doc.setTextWidth(rect.width())
        painter.save()
        painter.translate(rect.topLeft())
        # only the lines that fit whole: a cut line shows the tops of its letters as noise
        fits = _whole_lines_height(doc, rect.height())
        painter.setClipRect(QRect(0, 0, rect.width(), fits))
        ctx = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        ctx.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(role))
        doc.documentLayout().draw(painter, ctx)
        if fits < rect.height():  # more follows: say so at the end of the last line shown
            line = opt.fontMetrics.lineSpacing()
            mark = QRect(rect.width() - opt.fontMetrics.horizontalAdvance("…") - 6, fits - line, rect.width(), line)
            ground = QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Base
            if not selected and opt.features & QStyleOptionViewItem.ViewItemFeature.Alternate:
                ground = QPalette.ColorRole.AlternateBase
            painter.fillRect(mark, opt.palette.color(ground))
            painter.setPen(opt.palette.color(role))
            painter.drawText(mark, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, " …")
        painter.restore()

    def createEditor(self, parent, option, index):  # noqa: N802 - Qt API
        if index.column() != COL_TEXT:
            return super().createEditor(parent, option, index)
        editor = NoteEditor(parent, self.editor_actions)
        editor.commit_requested.connect(lambda e=editor: self._commit(e))
        return editor

    def _commit(self, editor) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor, index) -> None:  # noqa: N802 - Qt API
        if editor.document().isEmpty():
            editor.set_note(index.data(Qt.ItemDataRole.EditRole) or "", index.data(SPANS_ROLE) or [])

    def setModelData(self, editor, model, index) -> None:  # noqa: N802 - Qt API
        text = plain_text(editor)
        if text != editor.original and text.strip():
            model.setData(index, text, Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor, option, index) -> None:  # noqa: N802 - Qt API
        rect = QRect(option.rect)
        rect.setHeight(max(rect.height(), 110))
        editor.setGeometry(rect)

    def sizeHint(self, option, index) -> QSize:  # noqa: N802 - Qt API
        return QSize(200, option.fontMetrics.lineSpacing() * 2 + 8)


class NotesView(QTableView):
    """The notes list (objectName notesList). Ctrl+Z here undoes note deletes and highlight removals."""

    undo_requested = Signal()
    delete_requested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("notesList")
        self.setAccessibleName(texts.NOTES_NAME)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setTabKeyNavigation(False)  # Tab leaves the list (arrows move in it), never walks six cells a note
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().lineSpacing() * 2 + 10)
        self.text_delegate = NoteTextDelegate(self)
        self.setItemDelegateForColumn(COL_TEXT, self.text_delegate)
        self._to_newest = False  # scroll to the last note once the list is on screen with its size

    def setModel(self, model) -> None:  # noqa: N802 - Qt API
        super().setModel(model)
        header = self.horizontalHeader()
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        # widths for the font in use (a larger font gets wider columns); times as long as they get
        fm, scale = self.fontMetrics(), self.fontMetrics().lineSpacing() / 14
        time_width = fm.horizontalAdvance("00:00:00") + 14
        for col, width in (
            (COL_ELAPSED, time_width),
            (COL_CLOCK, time_width),
            (COL_SPEAKER, round(92 * scale)),
            (COL_KIND, round(96 * scale)),
            (COL_QUESTION, round(120 * scale)),
        ):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            self.setColumnWidth(col, width)

    def show_newest(self) -> None:
        """Scroll to the last note, now or, while the list has no size yet (start-up), once it has."""
        self._to_newest = True
        self._scroll_if_sized()

    def _scroll_if_sized(self) -> None:
        if self._to_newest and self.isVisible() and self.viewport().height() > 0:
            self._to_newest = False
            self.scrollToBottom()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        bar = self.verticalScrollBar()  # a list showing its newest note keeps showing it when resized
        self._to_newest = self._to_newest or (bar.maximum() > 0 and bar.value() >= bar.maximum())
        super().resizeEvent(event)
        self._scroll_if_sized()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self._scroll_if_sized()

    def active_editor(self) -> NoteEditor | None:
        """The in-place note editor, when one is open."""
        index = self.currentIndex()
        if self.state() != QAbstractItemView.State.EditingState or not index.isValid():
            return None
        editor = self.indexWidget(index) or self.focusWidget()
        if isinstance(editor, NoteEditor):
            return editor
        found = self.viewport().findChildren(NoteEditor)
        return found[0] if found else None

    def commit_open_editor(self) -> None:
        """Store what an open cell editor holds, as Enter would (saved, or kept if refused), and close it."""
        note_editor = self.active_editor()
        if note_editor is not None:
            note_editor.commit_requested.emit()
            return
        if self.state() != QAbstractItemView.State.EditingState:
            return
        # a time cell's editor: disabling or hiding the list would commit it later, for no interview
        for editor in self.viewport().findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
            if editor.isVisible():
                self.commitData(editor)
                self.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def event(self, event) -> bool:
        # Take Ctrl+Z and Del before window-wide shortcuts: here they undo/delete notes.
        if event.type() == QEvent.Type.ShortcutOverride and (
            is_undo_key(event) or (event.key() == Qt.Key.Key_Delete and not event.modifiers())
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        if is_undo_key(event):
            self.undo_requested.emit()
            return
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and not event.modifiers():
            self.delete_requested.emit()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.state() != self.State.EditingState:
            index = self.currentIndex()
            if index.isValid():
                self.edit(index.siblingAtColumn(COL_TEXT) if index.column() not in (COL_ELAPSED, COL_CLOCK) else index)
                return
        super().keyPressEvent(event)
