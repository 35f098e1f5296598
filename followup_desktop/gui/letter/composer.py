"""The Letter pane's widgets: the letter header (letter, kind, recipient, subject), the formatting
toolbar, the editor with its provenance margin, and the checks and sources beside it.

Only layout and the editor's formatting actions live here; the pane wires the widgets to the store.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QTextListFormat
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from followup_desktop.core.models.letters import LETTER_KINDS
from followup_desktop.gui.common import dialogs
from followup_desktop.gui.common.widgets import make_action
from followup_desktop.gui.letter import texts
from followup_desktop.gui.letter.checks_panel import ChecksPanel
from followup_desktop.gui.letter.editor import LetterEditor
from followup_desktop.gui.letter.sources import SourceMargin, SourcesList


def _combo(name: str, accessible: str) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    combo.setAccessibleName(accessible)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(8)  # narrow windows must still fit
    return combo


class LetterComposer(QWidget):
    """Header fields, toolbar, editor with margin, checks and sources; `owner` parents the actions."""

    def __init__(self, owner: QWidget) -> None:
        super().__init__()
        self.owner = owner
        self.editor = LetterEditor()
        self.format_actions = self._format_actions(owner, self.insert_link)
        self.letter_list = _combo("letterList", texts.LETTERS_NAME)
        self.kind = _combo("letterKind", texts.KIND_NAME)
        for k in LETTER_KINDS:
            self.kind.addItem(texts.KINDS.get(k, k), k)
        self.recipient = _combo("letterRecipient", texts.RECIPIENT_NAME)
        self.subject = QLineEdit()
        self.subject.setObjectName("letterSubject")
        self.subject.setAccessibleName(texts.SUBJECT_NAME)
        self.subject.setPlaceholderText(texts.SUBJECT_HINT)
        self.state = QLabel()
        self.state.setObjectName("letterState")

        for action in self.format_actions:
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.editor.addAction(action)
        self.margin = SourceMargin(self.editor)
        self.editor.installEventFilter(self)
        self.checks = ChecksPanel()
        self.sources = SourcesList()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(self._header())
        self.toolbar = self._toolbar()
        layout.addWidget(self.toolbar)
        layout.addWidget(self._split(), 1)

    def _format_actions(self, owner: QWidget, insert_link) -> list[QAction]:
        editor = self.editor
        return [
            make_action(owner, "actionBold", texts.BOLD, editor.toggle_bold, "Ctrl+B"),
            make_action(owner, "actionItalic", texts.ITALIC, editor.toggle_italic, "Ctrl+I"),
            make_action(
                owner,
                "actionBulletList",
                texts.BULLETS,
                lambda: editor.toggle_list(QTextListFormat.Style.ListDisc),
                "Ctrl+Shift+8",
            ),
            make_action(
                owner,
                "actionNumberedList",
                texts.NUMBERS,
                lambda: editor.toggle_list(QTextListFormat.Style.ListDecimal),
                "Ctrl+Shift+7",
            ),
            make_action(owner, "actionInsertLink", texts.LINK, insert_link, "Ctrl+K"),
        ]

    def _header(self) -> QGridLayout:
        top = QGridLayout()
        for row, col, label, widget in (
            (0, 0, texts.LETTER_FIELD, self.letter_list),
            (0, 2, texts.KIND_FIELD, self.kind),
            (1, 0, texts.TO_FIELD, self.recipient),
            (1, 2, texts.SUBJECT_FIELD, self.subject),
        ):
            caption = QLabel(label)
            caption.setBuddy(widget)
            top.addWidget(caption, row, col)
            top.addWidget(widget, row, col + 1)
        top.addWidget(self.state, 0, 4)
        top.setColumnStretch(1, 1)
        top.setColumnStretch(3, 2)
        return top

    def _toolbar(self) -> QToolBar:
        toolbar = QToolBar()
        toolbar.setObjectName("letterToolbar")
        for action in self.format_actions:
            toolbar.addAction(action)
        toolbar.addSeparator()
        return toolbar

    def add_to_toolbar(self, actions: list[QAction]) -> None:
        """The letter commands offered beside the formatting (after a separator)."""
        for action in actions:
            self.toolbar.addAction(action)

    def insert_link(self) -> None:
        """Ask for an address and link the selected text to it."""
        selected = self.editor.textCursor().selectedText()
        url = dialogs.ask_link(self.owner, selected if "://" in selected else "")
        if url:
            self.editor.insert_link(url)

    def text(self) -> tuple[str, str]:
        """The subject and the letter's text (Markdown) as on screen."""
        return self.subject.text(), self.editor.markdown()

    def _split(self) -> QSplitter:
        side = QSplitter(Qt.Orientation.Vertical)
        side.addWidget(self.checks)
        sources_box = QWidget()
        box = QVBoxLayout(sources_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(QLabel(texts.SOURCES_TITLE))
        box.addWidget(self.sources)
        side.addWidget(sources_box)
        side.setSizes([320, 200])
        split = QSplitter(Qt.Orientation.Horizontal)
        split.setObjectName("letterSplitter")
        split.addWidget(self.editor)
        split.addWidget(side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        return split

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt API
        if obj is self.editor and event.type() == event.Type.Resize:
            self.margin.place()
        return super().eventFilter(obj, event)
