"""The dashboard: what needs attention now, most urgent first; shown when nothing is selected."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHeaderView, QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from followup_desktop.core.followups import LEVEL_NAMES, OVERDUE, DUE, dashboard_items, due_count

log = logging.getLogger(__name__)

HOW_TO_START = (
    "Start with <b>File ▸ New application…</b> (Ctrl+N) for the company and role you are interviewing for, "
    "then add an interview with <b>New interview…</b> (Ctrl+Shift+N). Select an interview on the left to plan "
    "it, take notes during it and write your follow-up letter. What needs your attention will appear here.")
REFRESH_MS = 60_000  # "time left" stays current while the dashboard is on screen
LEVEL_COLOURS = {OVERDUE: "#c62828", DUE: "#e65100"}
ROW_ROLE = Qt.ItemDataRole.UserRole


class Dashboard(QWidget):
    """Rows of what is due; activating one asks the main window to open its item."""

    open_requested = Signal(str, str, str, str)  # kind ("interview"/"application"), id, tab, letter id
    due_changed = Signal(int)

    def __init__(self, store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboard")
        self.store = store
        self.items = []
        self.title = QLabel("<h2>What needs your attention</h2>")
        self.text = QLabel(HOW_TO_START)  # shown when the database is empty
        self.text.setObjectName("dashboardHowToStart")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.tree = QTreeWidget()
        self.tree.setObjectName("dashboardList")
        self.tree.setAccessibleName("What needs your attention")
        self.tree.setHeaderLabels(["When", "What", "Details"])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 380)
        self.tree.itemActivated.connect(self._activated)
        self.nothing = QLabel("Nothing is due. Well done — select an interview on the left to work on it.")
        self.nothing.setObjectName("dashboardNothingDue")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        for widget in (self.title, self.text, self.nothing):
            layout.addWidget(widget)
        layout.addWidget(self.tree, 1)
        self.timer = QTimer(self, interval=REFRESH_MS, timeout=self._tick)
        self.timer.start()

    def refresh(self) -> None:
        """Recompute the rows from the store."""
        self.items = dashboard_items(self.store)
        empty = not self.store.list_applications()
        self.text.setVisible(empty)
        self.nothing.setVisible(not empty and not self.items)
        self.tree.setVisible(bool(self.items))
        self.tree.clear()
        rows = []
        for index, item in enumerate(self.items):
            row = QTreeWidgetItem([LEVEL_NAMES[item.level], item.title, item.detail])
            row.setData(0, ROW_ROLE, index)
            row.setToolTip(1, item.title)
            if item.level in LEVEL_COLOURS:
                row.setForeground(0, QBrush(QColor(LEVEL_COLOURS[item.level])))
                font = row.font(0)
                font.setBold(True)
                row.setFont(0, font)
            rows.append(row)
        self.tree.addTopLevelItems(rows)
        self.due_changed.emit(self.due_count())

    def due_count(self) -> int:
        return due_count(self.items)

    def open_row(self, row: int) -> None:
        """Open the item of a row (as a double-click or Enter does)."""
        item = self.items[row]
        self.open_requested.emit(item.open_kind, item.open_id, item.tab, item.letter_id)

    def _activated(self, row: QTreeWidgetItem, _column: int = 0) -> None:
        self.open_row(row.data(0, ROW_ROLE))

    def _tick(self) -> None:
        if self.isVisible():
            self.refresh()
