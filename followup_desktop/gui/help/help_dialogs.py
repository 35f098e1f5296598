"""The shortcuts overview and the About dialog (opened through gui/common/dialogs.py)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from followup_desktop.gui.help import texts

LICENCE = "GPL-3.0-or-later"


class ShortcutsDialog(QDialog):
    """Every keyboard shortcut, grouped by menu."""

    def __init__(self, parent: QWidget | None, groups: list[tuple[str, list[tuple[str, str]]]]) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(texts.SHORTCUTS_TITLE)
        self.tree = QTreeWidget()
        self.tree.setObjectName("shortcutsList")
        self.tree.setAccessibleName(texts.SHORTCUTS_NAME)
        self.tree.setHeaderLabels(list(texts.SHORTCUTS_COLUMNS))
        self.tree.setAlternatingRowColors(True)
        for title, rows in groups:
            group = QTreeWidgetItem([title, ""])
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            group.addChildren([QTreeWidgetItem([text, keys]) for text, keys in rows])
            self.tree.addTopLevelItem(group)
        self.tree.expandAll()
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addWidget(box)
        self.resize(520, 600)


class AboutDialog(QDialog):
    """Version, where the data lives (with a button to open the folder), licence, offline promise."""

    def __init__(self, parent: QWidget | None, version: str, data_root: Path, open_folder) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(texts.ABOUT_TITLE)
        icon = QLabel()
        icon.setPixmap(_app_pixmap(64))
        title = QLabel(texts.VERSION.format(version=version))
        title.setObjectName("aboutVersion")
        top = QHBoxLayout()
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(title, 1)
        self.where = QLabel(texts.DATA_FOLDER.format(folder=_escape(str(data_root))))
        self.where.setObjectName("aboutDataFolder")
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.where.setWordWrap(True)
        self.open_button = QPushButton(texts.OPEN_FOLDER)
        self.open_button.setObjectName("aboutOpenFolder")
        self.open_button.clicked.connect(lambda: open_folder(data_root))
        licence = QLabel(texts.LICENCE.format(licence=LICENCE))
        licence.setObjectName("aboutLicence")
        offline = QLabel(texts.OFFLINE)
        offline.setObjectName("aboutOffline")
        offline.setWordWrap(True)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.where)
        layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignLeft)
        for widget in (licence, offline):
            layout.addWidget(widget)
        layout.addWidget(box)
        self.setMinimumWidth(460)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _app_pixmap(size: int):
    """The app icon at size logical pixels (rendered from SVG, so crisp at any device pixel ratio)."""
    from followup_desktop.gui.common.icons import app_icon

    return app_icon().pixmap(size, size)
