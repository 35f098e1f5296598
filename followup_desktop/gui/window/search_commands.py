"""The main window's search box and results page (Ctrl+F): a part of MainWindow."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from followup_desktop.gui.window.navigator import Place

HIT_TABS = {"plan": "plan", "note": "notes", "challenge": "notes", "letter": "letter"}


class SearchMixin:
    """Search everything from the toolbar; results open where they live."""

    @property
    def search_view(self):
        """The search results page, built on the first search."""
        if self._search_view is None:
            from followup_desktop.gui.search.view import SearchView

            self._search_view = SearchView(self.store)
            self._search_view.open_hit.connect(self.open_search_hit)
            self.stack.addWidget(self._search_view)
        return self._search_view

    def _make_search_box(self) -> None:
        from PySide6.QtWidgets import QLineEdit, QSizePolicy, QToolBar

        bar = QToolBar("Search")
        bar.setObjectName("searchToolBar")
        bar.setMovable(False)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)
        self.search_box = QLineEdit()
        self.search_box.setObjectName("searchBox")
        self.search_box.setAccessibleName("Search everything")
        self.search_box.setPlaceholderText("Search everything (Ctrl+F)")
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setMinimumWidth(200)
        self.search_box.textEdited.connect(self._search_typed)
        self.search_box.returnPressed.connect(self._search_entered)
        bar.addWidget(self.search_box)
        self.addToolBar(bar)

    def start_search(self) -> None:
        """Focus the search box (Ctrl+F) and show the results page."""
        self.search_box.setFocus()
        self.search_box.selectAll()
        if self.search_box.text().strip():
            self._show_search()

    def _show_search(self) -> None:
        if self.navigator.current != Place("search"):
            self.navigator.go(Place("search"))

    def _search_typed(self, text: str) -> None:
        if text.strip():
            self._show_search()
            self.search_view.set_query(text)
        elif self.navigator.current == Place("search") and not self.navigator.back():
            self.navigator.go(Place())

    def _search_entered(self) -> None:
        if self.search_box.text().strip():
            self._show_search()
            self.search_view.set_query(self.search_box.text())
            self.search_view.search_now()
            self.search_view.results.setFocus()

    def open_search_hit(self, hit) -> None:
        """Go to the item a search result is about (visibly, first), then select the match in it."""
        tab = HIT_TABS.get(hit.kind, "")
        if hit.kind == "story":  # stories belong to no interview: show them where one is open
            interview = self.navigator.interview_id()
            if not interview:
                self.status("Stories live in the Notes tab's story bank: open any interview to see it.")
                return
            place = Place("interview", interview, "notes")
        elif hit.interview_id:
            place = Place("interview", hit.interview_id, tab)
        else:
            place = Place("application", hit.application_id)
        if not self.navigator.go(place):
            self.status("That item no longer exists.")
            return
        if place.page == "interview" and place.tab:
            self.tabs.pane(place.tab).reveal(hit.kind, hit.ref_id, hit.match_text)
            self.navigator.ensure_visible_focus()
