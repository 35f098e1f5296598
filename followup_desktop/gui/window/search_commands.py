"""Search everything from the toolbar (Ctrl+F): the search box, the results page, and opening a result.

A result opens where it lives (visibly, first), then the pane shows the match inside it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from followup_desktop.gui.window import texts
from followup_desktop.gui.window.navigator import Place

HIT_TABS = {"plan": "plan", "note": "notes", "challenge": "notes", "letter": "letter"}


class SearchCommands(QObject):
    """The search box in `window`'s toolbar and the results page, built on the first search."""

    message = Signal(str)

    def __init__(self, window, store, navigator, stack, tabs) -> None:
        super().__init__(window)
        self.store, self.navigator, self.stack, self.tabs = store, navigator, stack, tabs
        self._view = None
        from PySide6.QtWidgets import QLineEdit, QSizePolicy, QToolBar

        bar = QToolBar(texts.SEARCH_TOOLBAR)
        bar.setObjectName("searchToolBar")
        bar.setMovable(False)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)
        self.box = QLineEdit()
        self.box.setObjectName("searchBox")
        self.box.setAccessibleName(texts.SEARCH_NAME)
        self.box.setPlaceholderText(texts.SEARCH_PLACEHOLDER)
        self.box.setMinimumWidth(200)
        self.box.textEdited.connect(self.typed)
        self.box.returnPressed.connect(self.entered)
        bar.addWidget(self.box)
        window.addToolBar(bar)

    @property
    def view(self):
        """The search results page, built on the first search."""
        if self._view is None:
            from followup_desktop.gui.search.view import SearchView

            self._view = SearchView(self.store)
            self._view.open_hit.connect(self.open_hit)
            self.stack.addWidget(self._view)
        return self._view

    def load(self, place: Place) -> Place:
        """The navigator shows the results page: offer the companies to filter by."""
        self.view.set_companies(self.store.applications.all())
        return place

    def start(self) -> None:
        """Focus the search box (Ctrl+F) and show the results page."""
        self.box.setFocus()
        self.box.selectAll()
        if self.box.text().strip():
            self._show()

    def _show(self) -> None:
        if self.navigator.current != Place("search"):
            self.navigator.go(Place("search"))

    def typed(self, text: str) -> None:
        """Search as the user types; an emptied box goes back to where the search started."""
        if text.strip():
            self._show()
            self.view.set_query(text)
        elif self.navigator.current == Place("search") and not self.navigator.back():
            self.navigator.go(Place())

    def entered(self) -> None:
        """Enter in the box: search now and give the keyboard to the results."""
        if self.box.text().strip():
            self._show()
            self.view.set_query(self.box.text())
            self.view.search_now()
            self.view.results.setFocus()

    def open_hit(self, hit) -> None:
        """Go to the item a search result is about (visibly, first), then select the match in it."""
        tab = HIT_TABS.get(hit.kind, "")
        if hit.kind == "story":  # stories belong to no interview: show them where one is open
            interview = self.navigator.interview_id()
            if not interview:
                self.message.emit(texts.STORIES_NEED_AN_INTERVIEW)
                return
            place = Place("interview", interview, "notes")
        elif hit.interview_id:
            place = Place("interview", hit.interview_id, tab)
        else:
            place = Place("application", hit.application_id)
        if not self.navigator.go(place):
            self.message.emit(texts.GONE)
            return
        if place.page == "interview" and place.tab:
            self.tabs.pane(place.tab).reveal(hit.kind, hit.ref_id, hit.match_text)
            self.navigator.ensure_visible_focus()

    def close(self) -> None:
        """The window closes: stop the results page's reader (if it was ever built)."""
        if self._view is not None:
            self._view.close_reader()
