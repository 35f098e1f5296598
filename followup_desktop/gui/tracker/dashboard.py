"""The dashboard: what needs attention now, most urgent first; shown when nothing is selected."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from followup_desktop.gui.common.theme import TONE_ROLE, ToneDelegate
from followup_desktop.gui.common.widgets import RICH_TEXT, USER_ROLE, set_enum, tip_text
from followup_desktop.gui.tracker import texts

if TYPE_CHECKING:
    from PySide6.QtWidgets import QTreeWidgetItem

log = logging.getLogger(__name__)

REFRESH_MS = 60_000  # "time left" stays current while the dashboard is on screen
ROW_ROLE = USER_ROLE


class Dashboard(QWidget):
    """Rows of what is due; activating one asks the main window to open its item."""

    open_requested = Signal(str, str, str, str)  # kind ("interview"/"application"), id, tab, letter id
    letter_menu_requested = Signal(str, str, QPoint)  # interview id, letter id or "", where: a letter row's menu
    due_changed = Signal(int)
    try_example = Signal()
    remove_example = Signal()

    def __init__(self, store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboard")
        self.store = store
        self.items = []
        self.title = QLabel(texts.ATTENTION_TITLE)
        self.welcome_title = QLabel(texts.WELCOME_TITLE)
        self.welcome_title.setObjectName("dashboardWelcome")
        self.welcome_title.setVisible(False)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(24, 18, 24, 18)
        self._layout.addWidget(self.welcome_title)
        self._layout.addWidget(self.title)
        self._layout.addStretch()  # keeps the welcome at the top while the list is hidden
        # Until the first refresh (right after the window's first paint) only the heading shows: what
        # else shows depends on the data, so the rest is built then. Laying out the how-to text (rich,
        # word-wrapped, at each width the window passes through while it is built) cost 3 % of start-up,
        # and the list (a QTreeWidget with its header) another 2 ms.
        self.active = False
        self.timer = QTimer(self, interval=REFRESH_MS, timeout=self._tick)
        self.timer.start()

    def _build_rest(self) -> None:
        """The how-to text, the example's buttons and the list of what is due (hidden until refreshed)."""
        from PySide6.QtWidgets import QHeaderView, QPushButton, QTreeWidget

        self.text = QLabel(texts.HOW_TO_START)  # shown when the database is empty
        self.text.setObjectName("dashboardHowToStart")
        self.text.setWordWrap(True)
        set_enum(self.text, "textFormat", RICH_TEXT)
        self.tree = QTreeWidget()
        self.tree.setObjectName("dashboardList")
        self.tree.setAccessibleName(texts.ATTENTION_NAME)
        self.tree.setHeaderLabels(list(texts.DASHBOARD_COLUMNS))
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setItemDelegate(ToneDelegate(self.tree))
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 380)
        self.tree.itemActivated.connect(self._activated)
        set_enum(self.tree, "contextMenuPolicy", 3)  # Qt.ContextMenuPolicy.CustomContextMenu: mouse or Menu key
        self.tree.customContextMenuRequested.connect(self._menu_requested)
        self.nothing = QLabel(texts.NOTHING_DUE)
        self.nothing.setObjectName("dashboardNothingDue")
        self.try_button = QPushButton(texts.TRY_EXAMPLE)
        self.try_button.setObjectName("dashboardTryExample")
        self.try_button.setToolTip(texts.TRY_EXAMPLE_TIP)
        self.try_button.clicked.connect(self.try_example)
        self.remove_button = QPushButton(texts.REMOVE_EXAMPLE)
        self.remove_button.setObjectName("dashboardRemoveExample")
        self.remove_button.setToolTip(texts.REMOVE_EXAMPLE_TIP)
        self.remove_button.clicked.connect(self.remove_example)
        for widget in (self.text, self.try_button, self.remove_button, self.nothing, self.tree):
            widget.setVisible(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.try_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        self._layout.insertWidget(2, self.text)  # under the two headings, above the stretch
        self._layout.insertLayout(3, buttons)
        self._layout.insertWidget(4, self.nothing)
        self._layout.insertWidget(5, self.tree, 1)

    def show_heading(self, empty: bool) -> None:
        """Before the first refresh: the heading it will keep (the welcome on an empty database)."""
        self.welcome_title.setVisible(empty)
        self.title.setVisible(not empty)

    def activate(self) -> None:
        """Build the rest and compute the rows (after the window's first paint: start-up never waits for them)."""
        if not self.active:
            self._build_rest()
        self.active = True
        self.refresh()

    def refresh(self) -> None:
        """Recompute the rows from the store."""
        if not self.active:
            return
        # core/tracker (with its models) is loaded when the rows are first computed, after the first paint
        from followup_desktop.core.tracker.followups import DUE, LEVEL_NAMES, OVERDUE, dashboard_items

        self.items = dashboard_items(self.store)
        tones = {OVERDUE: "overdue", DUE: "due"}  # coloured from the palette when painted (gui.theme)
        from PySide6.QtWidgets import QTreeWidgetItem

        from followup_desktop.core.example import example_application_id

        empty = not self.store.applications.all()
        has_example = bool(example_application_id(self.store))
        self.welcome_title.setVisible(empty)
        self.title.setVisible(not empty)
        self.text.setVisible(empty)
        self.try_button.setVisible(empty)
        self.remove_button.setVisible(has_example)
        self.nothing.setVisible(not empty and not self.items)
        self.tree.setVisible(bool(self.items))
        self.tree.clear()
        rows = []
        for index, item in enumerate(self.items):
            row = QTreeWidgetItem([LEVEL_NAMES[item.level], item.title, item.detail])
            row.setData(0, ROW_ROLE, index)
            row.setToolTip(1, tip_text(item.title))
            if item.level in tones:
                row.setData(0, TONE_ROLE, tones[item.level])
                font = row.font(0)
                font.setBold(True)
                row.setFont(0, font)
            rows.append(row)
        self.tree.addTopLevelItems(rows)
        self.due_changed.emit(self.due_count())

    def default_focus(self):
        """The list of what is due; on an empty database the example button."""
        if not self.active:
            return None
        return (
            self.tree if self.tree.isVisibleTo(self) else self.try_button if self.try_button.isVisibleTo(self) else None
        )

    def due_count(self) -> int:
        if not self.items:
            return 0
        from followup_desktop.core.tracker.followups import due_count

        return due_count(self.items)

    def open_row(self, row: int) -> None:
        """Open the item of a row (as a double-click or Enter does)."""
        item = self.items[row]
        self.open_requested.emit(item.open_kind, item.open_id, item.tab, item.letter_id)

    def _activated(self, row: QTreeWidgetItem, _column: int = 0) -> None:
        self.open_row(row.data(0, ROW_ROLE))

    def _menu_requested(self, pos: QPoint) -> None:
        row = self.tree.currentItem()  # a right-click makes its row current; the Menu key uses the current one
        item = self.items[row.data(0, ROW_ROLE)] if row is not None else None
        if item is not None and item.tab == "letter":
            at = pos if self.tree.itemAt(pos) is row else self.tree.visualItemRect(row).bottomLeft()
            self.letter_menu_requested.emit(item.open_id, item.letter_id, self.tree.viewport().mapToGlobal(at))

    def _tick(self) -> None:
        if self.isVisible():
            self.refresh()
