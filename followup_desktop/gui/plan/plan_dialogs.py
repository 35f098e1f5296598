"""Dialogs of the Plan pane (opened only through gui/common/dialogs.py): pick an interview to copy from."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from followup_desktop.gui.plan import texts


class InterviewPicker(QDialog):
    """A filterable list of interviews; choose one with Enter or a double-click."""

    def __init__(self, parent: QWidget | None, choices: list[tuple[str, str]], title: str) -> None:
        super().__init__(parent)
        self.setObjectName("interviewPicker")
        self.setWindowTitle(title)
        self.filter = QLineEdit()
        self.filter.setObjectName("interviewPickerFilter")
        self.filter.setAccessibleName(texts.FILTER_NAME)
        self.filter.setPlaceholderText(texts.FILTER_HINT)
        self.filter.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setObjectName("interviewPickerList")
        self.list.setAccessibleName(texts.INTERVIEWS_NAME)
        for ident, label in choices:
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, ident)
            self.list.addItem(item)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(texts.COPY_OK)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(texts.COPY_EXPLAINED))
        layout.addWidget(self.filter)
        layout.addWidget(self.list)
        layout.addWidget(self.buttons)
        self.filter.textChanged.connect(self.apply_filter)
        self.filter.returnPressed.connect(self.accept)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        self.apply_filter("")
        self.resize(520, 420)

    def apply_filter(self, text: str) -> None:
        """Show only interviews whose label holds every typed word."""
        words = text.casefold().split()
        first = None
        for row in range(self.list.count()):
            item = self.list.item(row)
            hidden = not all(w in item.text().casefold() for w in words)
            item.setHidden(hidden)
            if not hidden and first is None:
                first = item
        self.list.setCurrentItem(first)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(first is not None)

    def value(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item and not item.isHidden() else None
