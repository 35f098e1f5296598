"""The pages the navigator shows in the window's stack: the dashboard, an application, an interview, search.

Each page has a loader that reads what the place shows (raising StoreError when it is gone) and
returns the place to record. The application page is built the first time one is shown (after
the first paint); its requests are passed on as this object's signals.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QObject, Signal

from followup_desktop.gui.window import texts
from followup_desktop.gui.window.interview_tabs import TAB_NAMES
from followup_desktop.gui.window.navigator import Place


class Pages(QObject):
    """Registers the window's pages with `navigator` and loads them from `store`."""

    title_changed = Signal(str)  # the window's title for the page shown
    edit_requested = Signal()  # the application page asks to edit the application
    new_interview_requested = Signal()
    contact_logged = Signal()  # the application page wrote to the contact log

    def __init__(self, parent, store, navigator, stack, dashboard, tabs, search) -> None:
        super().__init__(parent)
        self.store, self.navigator, self.stack = store, navigator, stack
        self.dashboard, self.tabs, self.search = dashboard, tabs, search
        self._application_view = None
        navigator.add_page("dashboard", lambda: dashboard, self._load_dashboard)
        navigator.add_page("application", lambda: self.application_view, self._load_application)
        navigator.add_page("interview", lambda: tabs, self._load_interview)
        navigator.add_page("search", lambda: search.view, self._load_search)

    @property
    def application_view(self):
        """The page of a selected application; built the first time one is shown."""
        if self._application_view is None:
            from followup_desktop.gui.tracker.application_view import ApplicationView

            view = self._application_view = ApplicationView(self.store)
            self.stack.addWidget(view)
            view.edit_requested.connect(self.edit_requested)
            view.new_interview_requested.connect(self.new_interview_requested)
            if view.keep_in_touch is not None:
                view.keep_in_touch.data_changed.connect(lambda _id: self.contact_logged.emit())
        return self._application_view

    def _load_dashboard(self, place: Place) -> Place:
        for pane in self.tabs.built_panes():
            pane.load(None)
        self.dashboard.refresh()
        self.title_changed.emit(texts.APP)
        return Place()

    def _load_application(self, place: Place) -> Place:
        app = self.store.applications.get(place.ident)
        self.application_view.load(app, self.store.contacts.all(place.ident), self.store.interviews.all(place.ident))
        self.title_changed.emit(texts.TITLE.format(what=app.label))
        return place

    def _load_interview(self, place: Place) -> Place:
        nav = self.navigator
        if nav.tab_switch(place):
            self.tabs.setCurrentIndex(TAB_NAMES.index(place.tab or nav.current.tab))
            return replace(place, tab=place.tab or nav.current.tab)
        interview = self.store.interviews.get(place.ident)
        app = self.store.applications.get(interview.application_id)
        for pane in self.tabs.panes:
            pane.load(interview)
        self.tabs.outcome_bar.load(interview)
        place = replace(place, tab=place.tab or first_tab(interview))
        self.tabs.setCurrentIndex(TAB_NAMES.index(place.tab))
        title = interview.title or texts.INTERVIEW
        self.title_changed.emit(texts.TITLE_INTERVIEW.format(company=app.company, title=title))
        return place

    def _load_search(self, place: Place) -> Place:
        self.search.load(place)
        self.title_changed.emit(texts.TITLE_SEARCH)
        return place


def first_tab(interview) -> str:
    """The tab an interview opens on when it was not shown before: what comes next for it."""
    if not interview.started_at:
        return "plan"  # a new interview: prepare
    return "notes" if not interview.ended_at else "letter"  # taking notes; then the follow-up
