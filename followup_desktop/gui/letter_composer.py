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

from followup_desktop.core.models.letters import LETTER_KIND_LABELS, LETTER_KINDS
from followup_desktop.gui.checks_panel import ChecksPanel
from followup_desktop.gui.letter_editor import LetterEditor
from followup_desktop.gui.letter_sources import SourceMargin, SourcesList
from followup_desktop.gui.widgets import make_action


def _combo(name: str, accessible: str) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    combo.setAccessibleName(accessible)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(8)  # narrow windows must still fit
    return combo


class LetterComposer(QWidget):
    """Header fields, toolbar, editor with margin, checks and sources; `owner` parents the actions."""

    def __init__(self, owner: QWidget, insert_link, toolbar_actions: list[QAction]) -> None:
        super().__init__()
        self.editor = LetterEditor()
        self.format_actions = self._format_actions(owner, insert_link)
        self.letter_list = _combo("letterList", "Letters of this interview")
        self.kind = _combo("letterKind", "Kind of letter")
        for k in LETTER_KINDS:
            self.kind.addItem(LETTER_KIND_LABELS[k], k)
        self.recipient = _combo("letterRecipient", "Recipient")
        self.subject = QLineEdit()
        self.subject.setObjectName("letterSubject")
        self.subject.setAccessibleName("Subject")
        self.subject.setPlaceholderText("Subject of the email")
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
        layout.addWidget(self._toolbar(toolbar_actions))
        layout.addWidget(self._split(), 1)

    def _format_actions(self, owner: QWidget, insert_link) -> list[QAction]:
        editor = self.editor
        return [
            make_action(owner, "actionBold", "&Bold", editor.toggle_bold, "Ctrl+B"),
            make_action(owner, "actionItalic", "&Italic", editor.toggle_italic, "Ctrl+I"),
            make_action(
                owner,
                "actionBulletList",
                "• List",
                lambda: editor.toggle_list(QTextListFormat.Style.ListDisc),
                "Ctrl+Shift+8",
            ),
            make_action(
                owner,
                "actionNumberedList",
                "1. List",
                lambda: editor.toggle_list(QTextListFormat.Style.ListDecimal),
                "Ctrl+Shift+7",
            ),
            make_action(owner, "actionInsertLink", "Link…", insert_link, "Ctrl+K"),
        ]

    def _header(self) -> QGridLayout:
        top = QGridLayout()
        # Alt+L opens the Letter menu and Alt+T the Letter tab: the fields take letters no menu or tab uses.
        for row, col, label, widget in (
            (0, 0, "Lette&r:", self.letter_list),
            (0, 2, "&Kind:", self.kind),
            (1, 0, "T&o:", self.recipient),
            (1, 2, "S&ubject:", self.subject),
        ):
            caption = QLabel(label)
            caption.setBuddy(widget)
            top.addWidget(caption, row, col)
            top.addWidget(widget, row, col + 1)
        top.addWidget(self.state, 0, 4)
        top.setColumnStretch(1, 1)
        top.setColumnStretch(3, 2)
        return top

    def _toolbar(self, toolbar_actions: list[QAction]) -> QToolBar:
        toolbar = QToolBar()
        toolbar.setObjectName("letterToolbar")
        for action in self.format_actions:
            toolbar.addAction(action)
        toolbar.addSeparator()
        for action in toolbar_actions:
            toolbar.addAction(action)
        return toolbar

    def _split(self) -> QSplitter:
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
        return split

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt API
        if obj is self.editor and event.type() == event.Type.Resize:
            self.margin.place()
        return super().eventFilter(obj, event)
