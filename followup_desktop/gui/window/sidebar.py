"""The applications / interviews tree with a filter box that filters as you type."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QTreeView, QVBoxLayout, QWidget

from followup_desktop.gui.common.labels import interview_label
from followup_desktop.gui.common.widgets import CASE_INSENSITIVE, USER_ROLE, set_enum, tip_text
from followup_desktop.gui.window import texts

if TYPE_CHECKING:
    from followup_desktop.core.models import Application, Interview
    from followup_desktop.core.store.applications import ApplicationSummary

KIND_ROLE = USER_ROLE + 1
ID_ROLE = USER_ROLE + 2


DASHBOARD = "dashboard"  # the first row: what is due


class _Filter(QSortFilterProxyModel):
    """Filters applications and interviews by name; the Dashboard row always stays."""

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:  # noqa: N802 - Qt's name
        if not parent.isValid() and self.sourceModel().index(row, 0).data(KIND_ROLE) == DASHBOARD:
            return True
        return super().filterAcceptsRow(row, parent)


class _FilterEdit(QLineEdit):
    """The filter box; Down goes on into the list, as in a search field above any list."""

    down_pressed = Signal()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        from PySide6.QtCore import Qt  # on the first key press, after the window has painted

        if event.key() == Qt.Key.Key_Down and not event.modifiers():
            self.down_pressed.emit()
            return
        super().keyPressEvent(event)


class Sidebar(QWidget):
    """Emits selected(kind, id) when the user picks a row: "dashboard", "application" or "interview"."""

    selected = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sidebarPanel")
        self.filter = _FilterEdit()
        self.filter.setObjectName("sidebarFilter")
        self.filter.setPlaceholderText(texts.FILTER_PLACEHOLDER)
        self.filter.setAccessibleName(texts.FILTER_NAME)
        self.model = QStandardItemModel(self)
        self._quiet = False  # True while the window marks where the user is (no selected() then)
        self.proxy = _Filter(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setRecursiveFilteringEnabled(True)
        self.proxy.setAutoAcceptChildRows(True)
        set_enum(self.proxy, "filterCaseSensitivity", CASE_INSENSITIVE)
        self.tree = QTreeView()
        self.tree.setObjectName("sidebar")
        self.tree.setAccessibleName(texts.SIDEBAR_NAME)
        self.tree.setHeaderHidden(True)
        self.tree.setModel(self.proxy)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setUniformRowHeights(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter)
        layout.addWidget(self.tree)
        self.filter.textChanged.connect(self._filter_changed)
        self.filter.down_pressed.connect(self._into_list)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        self.tree.clicked.connect(self._clicked)  # the selected row again: back to it from search

    def populate(
        self,
        applications: list[Application] | list[ApplicationSummary],
        interviews: dict[str, list[Interview]],
        limit: int | None = None,
    ) -> None:
        """Show these applications (the first `limit`) and their interviews, keeping selection and expansion."""
        kind, ident = self.current()
        expanded = {
            self.proxy.index(r, 0).data(ID_ROLE)
            for r in range(self.proxy.rowCount())
            if self.tree.isExpanded(self.proxy.index(r, 0))
        }
        self.tree.selectionModel().blockSignals(True)
        self.model.clear()
        root = self.model.invisibleRootItem()
        root.appendRow(_item(texts.SIDEBAR_DASHBOARD, DASHBOARD, ""))
        for app in sorted(applications, key=lambda a: (a.company.casefold(), a.role.casefold(), a.id))[:limit]:
            app_item = _item(app.label, "application", app.id)
            status = texts.STATUSES.get(app.status, app.status)
            tip = texts.APPLICATION_TIP.format(label=app.label, status=status) if app.status != "active" else app.label
            app_item.setToolTip(tip_text(tip))
            for interview in interviews.get(app.id, []):
                app_item.appendRow(_item(interview_label(interview), "interview", interview.id))
            root.appendRow(app_item)
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(ID_ROLE) in expanded:
                self.tree.setExpanded(index, True)
        self.tree.selectionModel().blockSignals(False)
        if ident and not self.select(kind, ident):
            self.selected.emit(DASHBOARD, "")

    def current(self) -> tuple[str, str]:
        """The selected application's or interview's (kind, id), or ("", "")."""
        index = self.tree.currentIndex()
        if (
            not index.isValid()
            or not self.tree.selectionModel().isSelected(index)
            or index.data(KIND_ROLE) == DASHBOARD
        ):
            return "", ""
        return index.data(KIND_ROLE), index.data(ID_ROLE)

    def mark(self, kind: str, ident: str) -> None:
        """Show where the user is without asking to go there: a row, the Dashboard row, or none ("")."""
        self._quiet = True
        try:
            if not kind or not self.select(kind, ident):
                self.tree.clearSelection()
        finally:
            self._quiet = False

    def select(self, kind: str, ident: str) -> bool:
        """Select an item by id (clearing the filter if it hides it); False if absent."""
        found = self._find(kind, ident) if kind != DASHBOARD else self.model.index(0, 0)
        if found is None or not found.isValid():
            return False
        index = self.proxy.mapFromSource(found)
        if not index.isValid():
            self.filter.clear()
            index = self.proxy.mapFromSource(found)
        if index.parent().isValid():
            self.tree.expand(index.parent())
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)
        return True

    def application_of_selection(self) -> str:
        """The id of the selected application, or of the selected interview's application."""
        index = self.tree.currentIndex()
        if not index.isValid():
            return ""
        if index.data(KIND_ROLE) == "interview":
            index = index.parent()
        return index.data(ID_ROLE) or ""

    def focus_filter(self) -> None:
        """Ctrl+L: the keyboard to the filter box, its text selected to type over."""
        self.filter.setFocus()
        self.filter.selectAll()

    def _find(self, kind: str, ident: str) -> QModelIndex | None:
        from PySide6.QtCore import Qt  # only once the window is on screen

        matches = self.model.match(
            self.model.index(0, 0), ID_ROLE, ident, 1, Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive
        )
        return matches[0] if matches and matches[0].data(KIND_ROLE) == kind else None

    def _filter_changed(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)
        if text:
            self.tree.expandAll()

    def _into_list(self) -> None:
        """Down in the filter: the keyboard goes to the list, on the selected match or else the first one."""
        self.tree.setFocus()
        index = self.tree.currentIndex()
        if (
            self.filter.text() and self.proxy.rowCount() > 1 and index.data(KIND_ROLE) in (None, DASHBOARD)
        ) or not self.tree.selectionModel().isSelected(index):
            self.tree.setCurrentIndex(self.proxy.index(1 if self.proxy.rowCount() > 1 else 0, 0))

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._quiet:
            return
        if current.isValid():
            self.selected.emit(current.data(KIND_ROLE), current.data(ID_ROLE))
        else:
            self.selected.emit(DASHBOARD, "")

    def _clicked(self, index: QModelIndex) -> None:
        if index.isValid() and index == self.tree.currentIndex():
            self.selected.emit(index.data(KIND_ROLE), index.data(ID_ROLE))


def _item(text: str, kind: str, ident: str) -> QStandardItem:
    item = QStandardItem(text)
    item.setData(kind, KIND_ROLE)
    item.setData(ident, ID_ROLE)
    item.setEditable(False)
    return item
