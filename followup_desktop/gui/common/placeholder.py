"""A calm explanation of what a pane will hold, shown until the pane has content."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class ExplainedPane(QWidget):
    """A page that shows a heading and a paragraph explaining what appears there."""

    def __init__(self, object_name: str, heading: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.heading = QLabel(f"<h2>{heading}</h2>")
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.text = QLabel(text)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setObjectName(object_name + "Explanation")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addWidget(self.heading)
        layout.addWidget(self.text)
        layout.addStretch(1)
