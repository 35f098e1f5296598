"""The main window's search box and results page (Ctrl+F): a part of MainWindow."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


class SearchMixin:
    """Search everything from the toolbar; results open where they live."""

    @property
    def search_view(self):
        """The search results page, built on the first search."""
        if self._search_view is None:
            from followup_desktop.gui.search import SearchView

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
        if self.stack.currentWidget() is not self.search_view:
            self._before_search = self.stack.currentWidget()
            self.search_view.set_companies(self.store.list_applications())
            self.stack.setCurrentWidget(self.search_view)

    def _search_typed(self, text: str) -> None:
        if text.strip():
            self._show_search()
            self.search_view.set_query(text)
        elif self._search_view is not None and self.stack.currentWidget() is self._search_view:
            self.stack.setCurrentWidget(getattr(self, "_before_search", self.welcome))

    def _search_entered(self) -> None:
        if self.search_box.text().strip():
            self._show_search()
            self.search_view.set_query(self.search_box.text())
            self.search_view.search_now()
            self.search_view.results.setFocus()

    def open_search_hit(self, hit) -> None:
        """Open the item a search result is about, with the match selected."""
        if hit.interview_id:
            self.sidebar.select("interview", hit.interview_id)
            tab = {"plan": 0, "note": 1, "challenge": 1, "letter": 2}.get(hit.kind)
            if tab is not None:
                self.tabs.setCurrentIndex(tab)
                self.panes[tab].reveal(hit.kind, hit.ref_id, hit.match_text)
        elif hit.kind == "story":  # stories belong to no interview: show them where one is open
            if self.stack.currentWidget() is not self.tabs:
                self.status("Stories live in the Notes tab's story bank: open any interview to see it.")
                return
            self.tabs.setCurrentWidget(self.notes_pane)
            self.notes_pane.reveal("story", hit.ref_id, hit.match_text)
        else:
            self.sidebar.select("application", hit.application_id)
