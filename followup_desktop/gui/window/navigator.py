"""Where the user is: the one owner of the page on screen, the interview's tab, and Back/Forward.

Every way of moving through the window — the sidebar, a dashboard row, a search hit, View ▸
Dashboard, Back/Forward, F5, a pane asking to be shown — ends in `Navigator.go()`. It writes
the pending edits of the place being left, loads and shows the new page (and tab) *before*
anything selects or focuses inside it, and then makes sure the keyboard focus is in a widget
the user can see. A focus that lands in a hidden widget anyway is moved back to the page on
screen and recorded (`focus_faults`), so tests fail on it and a keystroke can never edit text
nobody sees.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QStackedWidget, QWidget

if TYPE_CHECKING:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QWindow

log = logging.getLogger(__name__)

TABS = ("plan", "notes", "letter")
PAGES = ("dashboard", "application", "interview", "search")
HISTORY_LIMIT = 100
_BACK_BUTTON, _FORWARD_BUTTON = 0x08, 0x10  # Qt.MouseButton.BackButton / ForwardButton


class Place(NamedTuple):  # a named tuple, not a frozen dataclass: ~0.6 against ~3.7 M instructions to define
    """A place in the window: a page, what it shows, and for an interview the tab."""

    page: str = "dashboard"
    ident: str = ""
    tab: str = ""  # "plan", "notes" or "letter" for an interview; "" elsewhere

    def __str__(self) -> str:  # settings and logs: "interview:ID:letter"
        return ":".join((self.page, self.ident, self.tab))

    @classmethod
    def parse(cls, text: str) -> Place | None:
        """The place written by str(); None for anything else."""
        page, _, rest = str(text or "").partition(":")
        ident, _, tab = rest.partition(":")
        if page not in PAGES or (page in ("application", "interview") and not ident):
            return None
        return cls(page, ident, tab if page == "interview" and tab in TABS else "")


class History:
    """Back and Forward over places (plain Python, no Qt)."""

    def __init__(self, limit: int = HISTORY_LIMIT) -> None:
        self.back: list[Place] = []
        self.forward: list[Place] = []
        self.limit = limit

    def visit(self, left: Place | None, arrived: Place) -> None:
        """The user went from `left` to `arrived`: Back returns to `left`, Forward is forgotten."""
        if left is not None and left != arrived:
            self.back.append(left)
            del self.back[: -self.limit]
            self.forward.clear()

    def step(self, current: Place, delta: int) -> Place | None:
        """Move one step back (-1) or forward (+1) from `current`; the place to show, or None."""
        source, target = (self.back, self.forward) if delta < 0 else (self.forward, self.back)
        if not source:
            return None
        place = source.pop()
        target.append(current)
        return place

    def forget(self, keep: Callable[[Place], bool]) -> None:
        """Drop places that no longer exist (deleted items)."""
        self.back = [p for p in self.back if keep(p)]
        self.forward = [p for p in self.forward if keep(p)]


class Navigator(QObject):
    """Shows places in a stack of pages; emits `arrived` after every move, `leaving` before it."""

    leaving = Signal()  # write the pending edits of what is on screen
    arrived = Signal(object)  # the Place now on screen

    def __init__(self, stack: QStackedWidget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.stack = stack
        self.current: Place | None = None
        self.history = History()
        self.focus_faults: list[str] = []  # objectNames of hidden widgets that got the focus
        self._pages: dict[str, tuple[Callable[[], QWidget], Callable[[Place], Place]]] = {}
        self._last_tab: dict[str, str] = {}  # interview id -> the tab last shown for it
        self._moving = False
        self.reloading = False  # True while reload() re-reads the place on screen
        self._loaded_interview = ""  # the interview the panes hold (kept while the search page shows)
        QApplication.instance().focusChanged.connect(self._focus_changed)

    def watch(self, window: QWindow) -> None:
        """Take the mouse's Back and Forward buttons anywhere in this window (its QWindow sees them first).

        Not an application-wide filter: that hands every event of every object to Python, and the first
        object of a Qt-internal class (a text edit's QWidgetTextControl) makes PySide6 build ~140 enum
        classes, ~30 ms and 3 MiB before the first paint. Installing twice keeps one filter.
        """
        window.installEventFilter(self)

    def add_page(self, page: str, widget: Callable[[], QWidget], load: Callable[[Place], Place]) -> None:
        """How to show a page: its widget (built on first use) and a loader that may refine the place.

        The loader reads what the place shows (raising StoreError when it is gone) and returns the
        place to record, e.g. with the interview's tab filled in.
        """
        self._pages[page] = (widget, load)

    # ----------------------------------------------------------------- moving
    def go(self, place: Place, record: bool = True) -> bool:
        """Show a place (the pending edits of the current one are written first); False if it is gone."""
        if self._moving:
            return False
        if place.page == "interview" and not place.tab and place.ident in self._last_tab:
            place = place._replace(tab=self._last_tab[place.ident])  # else the page's loader chooses
        if place == self.current and self.stack.currentWidget() is self._pages[place.page][0]():
            self.ensure_visible_focus()
            return True
        in_page = self._focus_in_page()
        self._moving = True
        try:
            self.leaving.emit()
            shown = self._show(place)
        finally:
            self._moving = False
        if shown is None:
            return False
        if record:
            self.history.visit(self.current, shown)
        self._arrive(shown, in_page)
        return True

    def reload(self) -> None:
        """Show the current place again (its data changed); the dashboard if it is gone."""
        place = self.current or Place()
        in_page = self._focus_in_page()
        self._moving = self.reloading = True
        try:
            shown = self._show(place) or self._show(Place())
        finally:
            self._moving = self.reloading = False
        self._arrive(shown or Place(), in_page, moved=False)

    def tab_switch(self, place: Place) -> bool:
        """True when going to `place` only changes the tab of the interview on screen (nothing to re-read)."""
        now = self.current
        return (
            not self.reloading
            and now is not None
            and now.page == place.page == "interview"
            and now.ident == place.ident
        )

    def back(self) -> bool:
        return self._step(-1)

    def forward(self) -> bool:
        return self._step(1)

    def can_go(self, delta: int) -> bool:
        return bool(self.history.back if delta < 0 else self.history.forward)

    def tab_shown(self, tab: str) -> None:
        """The user switched the interview's tab (tab bar, Ctrl+1/2/3): a step Back can undo."""
        if self._moving or self.current is None or self.current.page != "interview" or tab == self.current.tab:
            return
        place = self.current._replace(tab=tab)
        self.history.visit(self.current, place)
        self._arrive(place)

    def show_tab(self, tab: str) -> None:
        """Bring the current interview's tab on screen (a pane asked to be seen, e.g. F5)."""
        interview = self.interview_id()
        if interview and (self.current.page != "interview" or self.current.tab != tab):
            self.go(Place("interview", interview, tab))

    def interview_id(self) -> str:
        """The interview on screen or, on the search page, the one the panes still hold."""
        return self._loaded_interview

    def _step(self, delta: int) -> bool:
        while self.current is not None and (place := self.history.step(self.current, delta)) is not None:
            in_page = self._focus_in_page()
            self.leaving.emit()
            self._moving = True
            try:
                shown = self._show(place)
            finally:
                self._moving = False
            if shown is not None:
                self._arrive(shown, in_page)
                return True
            (self.history.forward if delta < 0 else self.history.back).pop()  # never show a gone place
        return False

    def _show(self, place: Place) -> Place | None:
        widget, load = self._pages[place.page]
        from followup_desktop.core.store.errors import StoreError

        try:
            shown = load(place)
        except StoreError as exc:
            log.info("place gone: %s", type(exc).__name__)
            return None
        page = widget()
        if self.stack.currentWidget() is not page:
            self.stack.setCurrentWidget(page)
        if shown.page == "interview":
            self._loaded_interview = shown.ident
        elif shown.page != "search":
            self._loaded_interview = ""
        return shown

    def _arrive(self, place: Place, in_page: bool = False, moved: bool = True) -> None:
        """Record where the user is; `in_page`: the keyboard was in the page left, so it goes to this one
        (`moved`: to another place, not the same one read again).

        Qt hands the focus of a page being hidden to the next widget that takes it, often the sidebar's
        filter: a user who pressed Alt+Home or Alt+Left while typing would then type into the filter.
        The keyboard stays in the sidebar when the move was made there (arrows in the list). Nor is a
        tab bar (the interview's, the challenge board's), where Qt may leave it, a place to type.
        """
        self.current = place
        if place.page == "interview":
            self._last_tab[place.ident] = place.tab
        self.arrived.emit(place)
        focus = QApplication.focusWidget()
        on_tab_bar = moved and focus is not None and focus.inherits("QTabBar")  # a reload leaves it there
        if in_page and (not self._focus_in_page() or on_tab_bar):
            self._refocus()
        self.ensure_visible_focus()

    # ----------------------------------------------------------------- the keyboard focus
    def ensure_visible_focus(self) -> None:
        """If the focus is in a hidden widget of the window, or nowhere, give it to the page on screen.

        Nowhere happens when the focused field is disabled on the way (the plan's fields as the
        dashboard is shown): arrows and typing would then do nothing at all.
        """
        focus = QApplication.focusWidget()
        window = self.stack.window()
        if focus is None and window is not None and window.isActiveWindow():
            self._refocus()
        elif focus is not None and not focus.isVisible() and self._in_window(focus):
            self._refocus()

    def _focus_changed(self, _old: QWidget | None, now: QWidget | None) -> None:
        if now is None or self._moving or now.isVisible() or not self._in_window(now):
            return
        self.focus_faults.append(now.objectName() or type(now).__name__)
        log.warning("the focus went to a hidden widget (%s); it was moved to the page on screen", self.focus_faults[-1])
        self._refocus()

    def focus_page(self) -> None:
        """Give the keyboard to the page on screen (its default_focus()), as at start-up."""
        self._refocus()

    def _refocus(self) -> None:
        page = self.stack.currentWidget()
        target = getattr(page, "default_focus", lambda: None)() if page is not None else None
        if target is not None and target.isVisible() and target.isEnabled():
            target.setFocus()
            return
        window = self.stack.window()
        if page is not None and page.isVisible():
            page.setFocus()
            if QApplication.focusWidget() is page or not page.focusPolicy():
                page.nextInFocusChain().setFocus()
        elif window is not None:
            window.setFocus()

    def _focus_in_page(self) -> bool:
        """True when the keyboard is in the page on screen (not in the sidebar, search box or menus).

        While a dialog just closed has not yet handed the keyboard back, the window's own focus widget
        tells where it goes back to.
        """
        window, page = self.stack.window(), self.stack.currentWidget()
        focus = QApplication.focusWidget() or (window.focusWidget() if window is not None else None)
        return focus is not None and page is not None and (focus is page or page.isAncestorOf(focus))

    def _in_window(self, widget: QWidget) -> bool:
        """True for a widget of this window while the window is on screen (a hidden one gets no keys)."""
        window = self.stack.window()
        return window is not None and window.isVisible() and widget.window() is window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """The mouse's Back and Forward buttons go back and forward anywhere in the watched window."""
        from PySide6.QtCore import QEvent  # after the first paint: its Type enum has 179 members

        if event.type() == QEvent.Type.MouseButtonRelease:
            button = int(event.button().value) if hasattr(event.button(), "value") else int(event.button())
            if button in (_BACK_BUTTON, _FORWARD_BUTTON):
                self._step(-1 if button == _BACK_BUTTON else 1)
                return True
        return False
