"""Search everywhere: results grouped by type with the match highlighted, off the GUI thread."""

from __future__ import annotations

import html
import logging
from datetime import datetime, time, timedelta

from PySide6.QtCore import QDate, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAbstractTextDocumentLayout, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from followup_desktop.core.clock import to_iso
from followup_desktop.core.search import KINDS, MARK_END, MARK_START, Hit, SearchFilter, grouped
from followup_desktop.core.store.errors import SearchInterrupted
from followup_desktop.gui.common.background import run_in_background
from followup_desktop.gui.common.widgets import tip_text
from followup_desktop.gui.search import texts

log = logging.getLogger(__name__)
HIT_ROLE = Qt.ItemDataRole.UserRole + 10


def snippet_html(snippet: str) -> str:
    """A snippet as HTML: text escaped, the matched words bold and underlined (not colour alone)."""
    text = html.escape(snippet.replace("\n", " "))
    return text.replace(MARK_START, "<b><u>").replace(MARK_END, "</u></b>")


class HtmlDelegate(QStyledItemDelegate):
    """Paints an item's text as rich text (bold matches)."""

    def paint(self, painter, option, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        doc = QTextDocument()
        doc.setDefaultFont(opt.font)
        doc.setHtml(opt.text)
        doc.setTextWidth(max(opt.rect.width(), 50))
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        ctx = QAbstractTextDocumentLayout.PaintContext()
        if opt.state & QStyle.StateFlag.State_Selected:
            ctx.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(QPalette.ColorRole.HighlightedText))
        painter.save()
        painter.translate(opt.rect.topLeft())
        painter.setClipRect(QRectF(0, 0, opt.rect.width(), opt.rect.height()))
        doc.documentLayout().draw(painter, ctx)
        painter.restore()

    def sizeHint(self, option, index) -> QSize:  # noqa: N802 - Qt API
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        doc = QTextDocument()
        doc.setDefaultFont(opt.font)
        doc.setHtml(opt.text)
        doc.setTextWidth(max(opt.rect.width(), 400))
        return QSize(int(doc.idealWidth()), int(doc.size().height()))


class SearchView(QWidget):
    """The results page: filters above, grouped results below. Emits open_hit(Hit)."""

    open_hit = Signal(object)

    def __init__(self, store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchView")
        self.store = store
        self._reader = None
        self._generation = 0
        self._running = False
        self._pending = False
        self.query = ""
        self._shown_query = ""  # the query whose results (or "Searching…") are on screen
        self.kind = QComboBox()
        self.kind.setObjectName("searchKind")
        self.kind.setAccessibleName(texts.KIND_NAME)
        self.kind.addItem(texts.EVERYTHING, "")
        for key, label in KINDS.items():
            self.kind.addItem(label, key)
        self.company = QComboBox()
        self.company.setObjectName("searchCompany")
        self.company.setAccessibleName(texts.COMPANY_NAME)
        self.use_dates = QCheckBox(texts.BETWEEN)
        self.use_dates.setObjectName("searchUseDates")
        self.date_from, self.date_to = QDateEdit(), QDateEdit()
        for edit, name in ((self.date_from, "searchFrom"), (self.date_to, "searchTo")):
            edit.setObjectName(name)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setEnabled(False)
            self.use_dates.toggled.connect(edit.setEnabled)
        self.date_from.setAccessibleName(texts.FROM_NAME)
        self.date_to.setAccessibleName(texts.TO_NAME)
        self.date_from.setDate(QDate.currentDate().addYears(-1))
        self.date_to.setDate(QDate.currentDate())
        self.summary = QLabel()
        self.summary.setObjectName("searchSummary")
        self.results = QTreeWidget()
        self.results.setObjectName("searchResults")
        self.results.setAccessibleName(texts.RESULTS_NAME)
        self.results.setHeaderHidden(True)
        self.results.setItemDelegate(HtmlDelegate(self.results))
        self.results.setWordWrap(True)
        self.results.setUniformRowHeights(False)
        self.results.itemActivated.connect(self._activated)
        self.results.itemClicked.connect(self._activated)
        filters = QHBoxLayout()
        for widget in (
            QLabel(texts.IN),
            self.kind,
            QLabel(texts.COMPANY),
            self.company,
            self.use_dates,
            self.date_from,
            QLabel(texts.AND),
            self.date_to,
        ):
            filters.addWidget(widget)
        filters.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.summary)
        layout.addWidget(self.results, 1)
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(120)
        self.debounce.timeout.connect(self._run)
        for signal in (
            self.kind.currentIndexChanged,
            self.company.currentIndexChanged,
            self.use_dates.toggled,
            self.date_from.dateChanged,
            self.date_to.dateChanged,
        ):
            signal.connect(self.debounce.start)

    def default_focus(self):
        """The results list."""
        return self.results

    def set_companies(self, applications) -> None:
        """Offer these applications in the company filter."""
        current = self.company.currentData()
        self.company.blockSignals(True)
        self.company.clear()
        self.company.addItem(texts.ANY_COMPANY, "")
        for app in sorted(applications, key=lambda a: a.label.casefold()):
            self.company.addItem(app.label, app.id)
        index = self.company.findData(current)
        self.company.setCurrentIndex(max(index, 0))
        self.company.blockSignals(False)

    def set_query(self, text: str) -> None:
        """Search for text (debounced: the next keystroke cancels a pending search)."""
        self.query = text
        self.debounce.start()

    def search_now(self) -> None:
        """Run the current search at once (Enter in the box)."""
        self.debounce.stop()
        if self.query != self._shown_query:  # the older results must not be there to open meanwhile
            self.results.clear()
            self.summary.setText(texts.SEARCHING.format(query=html.escape(self.query)))
            self._shown_query = self.query
        self._run()

    def current_filter(self) -> SearchFilter:
        kind = self.kind.currentData()
        where = SearchFilter(
            kinds=frozenset({kind}) if kind else frozenset(KINDS), application_id=self.company.currentData() or ""
        )
        if self.use_dates.isChecked():
            start = datetime.combine(self.date_from.date().toPython(), time()).astimezone()
            end = datetime.combine(self.date_to.date().toPython(), time()).astimezone() + timedelta(days=1)
            where = SearchFilter(where.kinds, where.application_id, to_iso(start), to_iso(end))
        return where

    def _run(self) -> None:
        self._generation += 1
        generation, query, where = self._generation, self.query, self.current_filter()
        if not query.strip():
            self._show([], query)
            return
        reader = self._get_reader()
        if reader is self.store:  # an in-memory store cannot be shared with a thread
            self._show(self.store.search.find(query, where), query)
            return
        if self._running:  # the newer query runs when the interrupted one has returned
            reader.interrupt()
            return
        self._running = True

        def work():
            try:
                return reader.search.find(query, where)
            except SearchInterrupted:  # a newer query replaces it
                return None

        def done(hits, error):
            self._running = False
            if generation == self._generation and hits is not None:
                self._show(hits, query)
            elif generation != self._generation:
                self.debounce.start()

        run_in_background(work, done, self)

    def _get_reader(self):
        if self._reader is None:
            self._reader = self.store.reader()
        return self._reader

    def _show(self, hits: list[Hit], query: str) -> None:
        self._shown_query = query
        self.results.clear()
        groups = grouped(hits)
        total = sum(len(v) for v in groups.values())
        self.summary.setText(
            texts.HOW_TO_SEARCH
            if not query.strip()
            else texts.FOUND.format(count=total, query=html.escape(query))
            if total
            else texts.NOTHING_FOUND.format(query=html.escape(query))
        )
        for kind, items in groups.items():
            group = QTreeWidgetItem([f"<b>{KINDS[kind]}</b> ({len(items)})"])
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.results.addTopLevelItem(group)
            for hit in items:
                when = f" · {hit.when[:10]}" if hit.when else ""
                child = QTreeWidgetItem(
                    [f"{snippet_html(hit.snippet)}<br><small>{html.escape(hit.context)}{when}</small>"]
                )
                child.setData(0, HIT_ROLE, hit)
                child.setToolTip(0, tip_text(hit.context))
                group.addChild(child)
            group.setExpanded(True)
        first = self.results.topLevelItem(0)
        if first and first.childCount():
            self.results.setCurrentItem(first.child(0))

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        hit = item.data(0, HIT_ROLE)
        if hit is not None:
            self.open_hit.emit(hit)

    def close_reader(self) -> None:
        if self._reader is not None and self._reader is not self.store:
            self._reader.close()
        self._reader = None
