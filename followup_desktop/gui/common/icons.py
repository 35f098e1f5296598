"""Action icons: single-colour SVG line drawings from resources/icons/, tinted by the theme.

The SVGs draw with ``currentColor``; an icon engine substitutes the palette's text colour
(dimmer for a disabled action) when it renders, at the exact device pixel size asked for, so
icons stay crisp on HiDPI screens and follow a theme switch without being reloaded. QtSvg is
imported on first use: icons are set after the window's first paint, never on the path to it, and
drawn when a menu first shows them. Setting them touches neither PySide6's Qt namespace (~100 enum
classes) nor an action of Qt's own making (PySide6 builds every class it might be).
"""

from __future__ import annotations

import logging
from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtGui import QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from PySide6.QtCore import QRect, QSize

from followup_desktop.paths import resource

log = logging.getLogger(__name__)

APP_ICON = "followup-desktop"
ACTION_ICONS = {  # action objectName -> icon file name (without .svg)
    "actionNewApplication": "new-application",
    "actionNewInterview": "new-interview",
    "actionEditItem": "edit",
    "actionDelete": "delete",
    "actionUndoDelete": "undo",
    "actionTrash": "trash",
    "actionSearch": "search",
    "actionSettings": "settings",
    "actionBackupNow": "backup",
    "actionRestoreBackup": "backup",
    "actionExportBundle": "export",
    "actionImportBundle": "import",
    "actionQuit": "quit",
    "actionShortcuts": "keyboard",
    "actionAbout": "about",
    "actionTryExample": "example",
    "actionShowPlan": "plan",
    "actionShowNotes": "notes",
    "actionShowLetter": "letter",
    "actionStartInterview": "start-interview",
    "actionEndInterview": "end-interview",
    "actionStampNow": "stamp",
    "actionHighlightChallenge": "highlight",
    "actionNewLetter": "letter",
    "actionExportDocx": "export-word",
    "actionExportPdf": "export-pdf",
    "actionExportPlanPdf": "export-pdf",
    "actionPrint": "print",
    "actionPrintPlan": "print",
    "actionPrintPreview": "print",
    "actionDeleteLetter": "delete",
    "actionDeleteNote": "delete",
    "actionEditNote": "edit",
    "actionUndoNotes": "undo",
}


@cache
def _svg_text(name: str) -> str:
    return resource(f"icons/{name}.svg").read_text(encoding="utf-8")


class TintedSvgEngine(QIconEngine):
    """Renders one SVG with currentColor replaced by the palette's colour for the icon's mode."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name

    def _colour(self, mode: QIcon.Mode) -> str:
        palette = QApplication.palette()
        group = QPalette.ColorGroup.Disabled if mode == QIcon.Mode.Disabled else QPalette.ColorGroup.Normal
        role = QPalette.ColorRole.HighlightedText if mode == QIcon.Mode.Selected else QPalette.ColorRole.WindowText
        return palette.color(group, role).name()

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:  # noqa: N802
        from PySide6.QtCore import QByteArray, QRectF, Qt
        from PySide6.QtSvg import QSvgRenderer

        svg = _svg_text(self.name).replace("currentColor", self._colour(mode))
        renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
        renderer.setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
        renderer.render(painter, QRectF(rect))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:  # noqa: N802
        from PySide6.QtCore import QRect, Qt

        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(0, 0, size.width(), size.height()), mode, state)
        painter.end()
        return pixmap

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float) -> QPixmap:  # noqa: N802
        """Render at device pixels (crisp on HiDPI)."""
        from PySide6.QtCore import QSize

        pixmap = self.pixmap(QSize(round(size.width() * scale), round(size.height() * scale)), mode, state)
        pixmap.setDevicePixelRatio(scale)
        return pixmap

    def clone(self) -> "TintedSvgEngine":
        return TintedSvgEngine(self.name)

    def key(self) -> str:
        return "followup-tinted-svg"


_icons: dict[str, QIcon] = {}


def icon(name: str) -> QIcon:
    """The action icon of this name (e.g. "edit"), tinted to the current theme."""
    if name not in _icons:
        _icons[name] = QIcon(TintedSvgEngine(name))
    return _icons[name]


def app_icon() -> QIcon:
    """The program's own (coloured) icon."""
    if APP_ICON not in _icons:
        _icons[APP_ICON] = QIcon(str(resource(f"icons/{APP_ICON}.svg")))
    return _icons[APP_ICON]


def apply_icons(window) -> int:
    """Give every known action of the window (and its panes, once built) its icon; returns how many."""
    from PySide6.QtGui import QAction

    count = 0
    for action_name, name in ACTION_ICONS.items():
        for action in window.findChildren(QAction, action_name):
            if action.icon().isNull():
                action.setIcon(icon(name))
                count += 1
    return count
