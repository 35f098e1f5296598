"""The main window: it builds its parts, then wires their signals in one place.

Parts: the sidebar, the dashboard, the interview's tabs (their panes built on first use), the
navigator and its pages, the status line, the menus, and the commands (items, search, tracking,
data, settings, help). Reading `_connect` tells how the window works; no part reaches into
another, and panes never import each other.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QMainWindow, QSplitter, QStackedWidget

from followup_desktop.core.store import Store
from followup_desktop.gui.common import theme
from followup_desktop.gui.data.backups import BackupActions
from followup_desktop.gui.data.bundles import BundleCommands
from followup_desktop.gui.help.actions import HelpActions
from followup_desktop.gui.settings.commands import SettingsCommands
from followup_desktop.gui.tracker.actions import TrackerActions
from followup_desktop.gui.tracker.dashboard import Dashboard
from followup_desktop.gui.window import texts
from followup_desktop.gui.window.focus_layout import FocusLayout
from followup_desktop.gui.window.interview_tabs import TAB_NAMES, InterviewTabs
from followup_desktop.gui.window.item_commands import ItemCommands
from followup_desktop.gui.window.main_menu import MainMenu
from followup_desktop.gui.window.navigator import Navigator, Place
from followup_desktop.gui.window.pages import Pages
from followup_desktop.gui.window.search_commands import SearchCommands
from followup_desktop.gui.window.sidebar import Sidebar
from followup_desktop.gui.window.status_bar import StatusLine
from followup_desktop.gui.window.window_state import WindowState
from followup_desktop.paths import DataPaths

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent

log = logging.getLogger(__name__)

FIRST_PAINT_ROWS = 150  # sidebar rows listed before the first paint: more than a tall screen shows
PAINT_POLL_MS = (5, 100)  # looking whether the window has painted: every 5 ms for a second, then (minimized?) 100


class MainWindow(QMainWindow):
    """The fully wired window over one store."""

    started = Signal()  # the window has painted and finished its deferred start-up work

    def __init__(self, store: Store, data: DataPaths) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.store, self.data = store, data
        self.setWindowTitle(texts.APP)
        theme.apply_saved_theme(store)  # before the first paint: a dark theme must not flash light first
        self._first_paint_seen = False
        self._paint_poll = QTimer(self, interval=PAINT_POLL_MS[0], timeout=self._look_for_first_paint)
        self._paint_polls = 0
        self._build()
        self._connect()
        self.refresh(with_interviews=False)  # the interviews join right after the first paint
        self._pending_place = self.state.restore()
        self._update_actions()

    # ----------------------------------------------------------------- the parts
    def _build(self) -> None:
        store = self.store
        self.sidebar = Sidebar()
        self.dashboard = Dashboard(store)  # what is due; also explains how to start on an empty database
        self.tabs = InterviewTabs(store)  # the panes are built on first use (after the first paint)
        self.stack = QStackedWidget()
        self.stack.setObjectName("paneStack")
        self.stack.addWidget(self.dashboard)
        self.stack.addWidget(self.tabs)
        self.splitter = QSplitter()  # horizontal
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([280, 820])
        self.setCentralWidget(self.splitter)
        self.status_line = StatusLine(self)
        self.navigator = Navigator(self.stack, self)
        self.search = SearchCommands(self, store, self.navigator, self.stack, self.tabs)
        self.pages = Pages(self, store, self.navigator, self.stack, self.dashboard, self.tabs, self.search)
        self.items = ItemCommands(self, store, self.sidebar, self.navigator, self.flush_panes)
        self.bundles = BundleCommands(self, store, self.flush_panes)
        self.settings = SettingsCommands(self, store, self.flush_panes)
        self.tracker = TrackerActions(self, store)
        self.backups = BackupActions(self, store, self.data, self.flush_panes)
        self.help = HelpActions(self, store, self.data)
        self.focus_layout = FocusLayout(  # the chrome is asked for when the layout is entered, not before
            self, lambda: (self.sidebar, self.tabs.tabBar(), self.menuBar()), lambda: self.navigator.show_tab("notes")
        )
        self.state = WindowState(self, self.splitter, self.data.window_settings)
        self.menus = MainMenu(self, self.sidebar.tree)
        self.menus.build(self.backups.actions(), self.help.actions())
        edit = self.menus["edit"]
        edit.insertAction(edit.actions()[1], self.settings.undo_fill_action)  # beside Undo delete

    def _connect(self) -> None:
        """Every connection between the parts, in one place."""
        m, nav, items, status = self.menus, self.navigator, self.items, self.status_line.show
        for action, slot in (
            (m.action_new_application, items.new_application),
            (m.action_new_interview, items.new_interview),
            (m.action_edit, items.edit_item),
            (m.action_delete, items.delete_item),
            (m.action_undo, items.undo_delete),
            (m.action_trash, items.open_trash),
            (m.action_export, self.bundles.export_bundle),
            (m.action_import, self.bundles.import_bundle),
            (m.action_export_calendar, self.tracker.export_calendar),
            (m.action_quit, self.close),
            (m.action_filter, self.sidebar.focus_filter),
            (m.action_search, self.search.start),
            (m.action_settings, self.settings.open_settings),
            (m.action_dashboard, self.show_dashboard),
            (m.action_back, nav.back),
            (m.action_forward, nav.forward),
        ):
            action.triggered.connect(slot)
        for i, action in enumerate(m.pane_actions):
            action.triggered.connect(lambda _=False, i=i: self._show_tab(i))
        # where the user is
        nav.leaving.connect(self.flush_panes)
        nav.arrived.connect(self._arrived)
        self.sidebar.selected.connect(lambda kind, ident: nav.go(Place(kind or "dashboard", ident)))
        self.tabs.currentChanged.connect(lambda i: nav.tab_shown(TAB_NAMES[i]) if 0 <= i < len(TAB_NAMES) else None)
        self.tabs.built.connect(self._wire_panes)
        self.pages.title_changed.connect(self.setWindowTitle)
        self.pages.edit_requested.connect(items.edit_item)
        self.pages.new_interview_requested.connect(items.new_interview)
        self.pages.contact_logged.connect(self.dashboard.refresh)
        self.status_line.due_label.linkActivated.connect(lambda _link: self.show_dashboard())
        # commands
        for part in (items, self.bundles, self.settings, self.search, self.tracker, self.backups, self.help):
            part.message.connect(status)
        items.changed.connect(self.refresh)
        items.undo_changed.connect(self._update_actions)
        self.bundles.changed.connect(self.refresh)
        self.settings.applied.connect(self._refresh_panes)
        self.backups.restored.connect(self._data_replaced)
        self.help.example_changed.connect(self._example_changed)
        # follow-up tracking
        self.dashboard.open_requested.connect(self.open_dashboard_item)
        self.dashboard.due_changed.connect(self.status_line.show_due)
        self.dashboard.try_example.connect(self.help.try_example_action.trigger)
        self.dashboard.remove_example.connect(self.help.remove_example_action.trigger)
        self.dashboard.letter_menu_requested.connect(self._letter_row_menu)
        self.tracker.changed.connect(self._data_changed)
        self.tracker.outcome_refused.connect(lambda interview: self.tabs.outcome_bar.load(interview))
        open_item = self.open_dashboard_item
        self.tracker.open_interview.connect(lambda ident: open_item("interview", ident, "plan", ""))
        self.tracker.open_letter.connect(lambda ident, letter: open_item("interview", ident, "letter", letter))
        nav.go(Place(), record=False)

    def _wire_panes(self) -> None:
        """Connect the panes once they exist: to each other, the status line and their menus."""
        self.status_line.panes_built()
        for pane, tab in zip(self.tabs.built_panes(), TAB_NAMES):
            pane.data_changed.connect(lambda _id, source=pane: self._pane_changed(source))
            pane.show_requested.connect(lambda tab=tab: self.navigator.show_tab(tab))
            pane.status_message.connect(self.status_line.show_saved)
        self.menus.add_pane_menus(self.tabs.built_panes())
        if self._first_paint_seen:
            from followup_desktop.gui.common.icons import apply_icons

            apply_icons(self)
        notes, letter = self.tabs.notes_pane, self.tabs.letter_pane
        notes.focus_mode_changed.connect(self.focus_layout.set)
        notes.keep_on_top_changed.connect(self.focus_layout.keep_on_top)
        letter.open_note_requested.connect(self._open_note)
        self.tabs.outcome_bar.outcome_chosen.connect(self.tracker.set_outcome)

    # the panes, built on first use
    plan_pane = property(lambda self: self.tabs.plan_pane)
    notes_pane = property(lambda self: self.tabs.notes_pane)
    letter_pane = property(lambda self: self.tabs.letter_pane)

    # ----------------------------------------------------------------- showing things
    def refresh(self, with_interviews: bool = True) -> None:
        """Rebuild the sidebar from the store, keeping the selection.

        Before the first paint only the applications that fit on a screen are listed, without
        their interviews: on a database of thousands of rows the rest would cost more than the
        rest of start-up. Everything joins right after the first paint.
        """
        apps = self.store.applications.all() if with_interviews else self.store.applications.summaries()
        by_app: dict[str, list] = {}
        for interview in self.store.interviews.all() if with_interviews else ():
            by_app.setdefault(interview.application_id, []).append(interview)
        self.sidebar.populate(apps, by_app, limit=None if with_interviews else FIRST_PAINT_ROWS)
        if not self.dashboard.active:
            self.dashboard.show_heading(empty=not apps)
        if with_interviews:  # before the first paint the Help menu is closed: its example items can wait
            self.help.update()
        self.navigator.reload()

    def _refresh_panes(self) -> None:
        for pane in self.tabs.built_panes():
            pane.refresh()  # the letter pane re-reads its preferences, speller and checks

    def _data_changed(self) -> None:
        """The data changed beyond the panes (an outcome, a restored backup): show it everywhere."""
        self.refresh()
        self._refresh_panes()

    def _data_replaced(self) -> None:
        self.items.forget_undo()
        self.settings.forget_fill()
        self._data_changed()

    def _example_changed(self, app_id: str) -> None:
        """The example was loaded (show it) or removed (back to the dashboard)."""
        self.refresh()
        interviews = self.store.interviews.all(app_id) if app_id else []
        if interviews:
            self.sidebar.select("interview", interviews[0].id)
        self._refresh_panes()
        self.navigator.focus_page()  # the button that had the keyboard is gone: not the search box

    def _pane_changed(self, source) -> None:
        for pane in self.tabs.built_panes():
            if pane is not source:
                pane.refresh()
        self.dashboard.refresh()

    def _update_actions(self) -> None:
        kind, _ = self.sidebar.current()
        has_app = bool(self.sidebar.application_of_selection())
        self.menus.update(bool(kind), has_app, self.items.can_undo(), self.navigator.current, self.navigator)

    def _arrived(self, place: Place) -> None:
        """Show in the sidebar, the actions and Back/Forward where the user now is."""
        if place.page in ("application", "interview"):
            self.sidebar.mark(place.page, place.ident)
        else:
            self.sidebar.mark(place.page if place.page == "dashboard" else "", "")
        self._update_actions()

    def show_dashboard(self) -> None:
        """View ▸ Dashboard: what is due, from anywhere."""
        self.navigator.go(Place())

    def flush_panes(self) -> None:
        """Write every pane's pending edits."""
        for pane in self.tabs.built_panes():
            pane.flush()

    def open_dashboard_item(self, kind: str, ident: str, tab: str, letter_id: str) -> None:
        """Open what a dashboard row is about: the interview's tab (and letter) or the application."""
        place = Place(kind, ident, tab if kind == "interview" and tab in TAB_NAMES else "")
        if self.navigator.go(place) and letter_id:
            self.letter_pane.show_letter(letter_id)

    def _letter_row_menu(self, interview_id: str, letter_id: str, at) -> None:
        """A dashboard letter row's menu: open, export, print or send it (the Letter pane's own commands)."""
        from followup_desktop.gui.common import dialogs
        from followup_desktop.gui.window.letter_row_menu import letter_row_menu

        menu = letter_row_menu(self, self.store, self.letter_pane, self.open_dashboard_item, interview_id, letter_id)
        dialogs.popup(menu, at)

    def _open_note(self, note_id: str) -> None:
        """Show the Notes tab at a note a letter paragraph came from."""
        self.navigator.show_tab("notes")
        self.notes_pane.reveal("note", note_id, "")

    def _show_tab(self, index: int) -> None:
        if self.navigator.current and self.navigator.current.page == "interview":
            self.navigator.show_tab(TAB_NAMES[index])
            self.navigator.focus_page()  # Ctrl+2 then typing writes a note, as after F5

    # ----------------------------------------------------------------- start-up and closing
    def setVisible(self, visible: bool) -> None:  # noqa: N802 - Qt API
        super().setVisible(visible)
        if visible and not self._first_paint_seen:
            self._paint_poll.start()
        elif visible:
            self.navigator.watch(self.windowHandle())  # again, should Qt have made a new native window

    def _look_for_first_paint(self) -> None:
        """Once Qt has exposed the window it has painted it (in the same step): start-up goes on.

        No paintEvent or showEvent in Python: the first event Python meets makes PySide6 build QEvent's
        179-member Type enum, about 5 ms before the first paint.
        """
        handle = self.windowHandle()
        if handle is None or not handle.isExposed():
            self._paint_polls += 1
            if self._paint_polls * PAINT_POLL_MS[0] >= 1000:  # shown minimized, or on no screen yet
                self._paint_poll.setInterval(PAINT_POLL_MS[1])
            return
        self._paint_poll.stop()
        self._first_paint_seen = True
        self.navigator.watch(handle)  # the mouse's Back and Forward buttons, from now on
        self.after_first_paint()
        # A timer, not a queued call: it waits until the content above has painted (Qt posts repaints
        # at low priority, after queued calls), so nothing it does delays what the user sees.
        QTimer.singleShot(1, self.finish_startup)

    def after_first_paint(self) -> None:
        """What the window shows once it is on screen: interviews, the dashboard's rows, the last selection."""
        if self.dashboard.active:
            return  # done already
        self.refresh()
        self.dashboard.activate()
        if self._pending_place:
            self.navigator.go(self._pending_place, record=False)  # the last tab only for its own interview
            self._pending_place = None
        self.navigator.focus_page()  # a returning user types where they left off

    def finish_startup(self) -> None:
        """Work that waits until the window has painted: its content (after_first_paint), then icons, the
        store's check and daily backup, and `started` (the log, the read-only message)."""
        self.after_first_paint()
        from followup_desktop.gui.common.icons import app_icon, apply_icons

        self.setWindowIcon(app_icon())
        apply_icons(self)
        for box in (self.sidebar.filter, self.search.box):  # its icon (~4 ms) shows only over typed text
            box.setClearButtonEnabled(True)
        self.store.checkpoint()  # what a killed window left in the -wal is not re-read at every start
        self.backups.back_up_if_due()
        self.started.emit()

    def unsaved_texts(self) -> list[tuple[str, str]]:
        """Typed text the store refused, from every pane's autosavers (and the notes' refused edits)."""
        return [item for pane in self.tabs.built_panes() for item in pane.unsaved_texts()]

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        self.flush_panes()
        reason = self.status_line.saved_label.text
        from followup_desktop.gui.window.close_guard import unsaved_text_handled  # on closing only

        if not unsaved_text_handled(self, self.unsaved_texts, self.flush_panes, reason, self.store.now()):
            event.ignore()
            return
        if self.tabs.built_panes():
            self.notes_pane.leave_focus_mode()  # save the normal layout, not the focus one
        self.search.close()
        self.state.save(self._pending_place or self.navigator.current or Place())
        for timer in self.findChildren(QTimer):  # written and closed: no autosave retry or check runs later
            timer.stop()
        event.accept()
