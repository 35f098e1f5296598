"""The main window: menus, the sidebar, the Plan/Notes/Letter panes, the status bar."""

from __future__ import annotations

import logging
from dataclasses import replace

from PySide6.QtCore import QByteArray, QSettings, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter, QStackedWidget

from followup_desktop.core.store import Store
from followup_desktop.gui.interview_tabs import TAB_NAMES, InterviewTabs
from followup_desktop.gui.navigator import Navigator, Place
from followup_desktop.gui.sidebar import Sidebar
from followup_desktop.gui.widgets import RICH_TEXT, WIDGET_WITH_CHILDREN_SHORTCUT, make_action, set_enum, tip_text
from followup_desktop.gui.window_editing import EditingMixin
from followup_desktop.gui.window_search import SearchMixin
from followup_desktop.paths import DataPaths

log = logging.getLogger(__name__)

FIRST_PAINT_ROWS = 150  # sidebar rows listed before the first paint: more than a tall screen shows


class MainWindow(SearchMixin, EditingMixin, QMainWindow):
    """The fully wired window over one store."""

    started = Signal()  # the window has painted and finished its deferred start-up work

    def __init__(self, store: Store, data: DataPaths) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.store = store
        self.data = data
        self.undo_deletes: list[str] = []  # trash entry ids deleted in this session, newest last
        self.setWindowTitle("FollowUp Desktop")
        from followup_desktop.gui import theme

        theme.apply_saved_theme(store)  # before the first paint: a dark theme must not flash light first

        self.sidebar = Sidebar()
        from followup_desktop.gui.dashboard import Dashboard

        self.dashboard = Dashboard(store)  # what is due; also explains how to start on an empty database
        self.welcome = self.dashboard
        self._application_view = None  # built when an application is first shown (after the first paint)
        self.tabs = InterviewTabs(store)  # the panes are built on first use (after the first paint)
        self.tabs.built.connect(self._wire_panes)
        from followup_desktop.gui.tracker_actions import TrackerActions

        self.tracker = TrackerActions(self, store)
        self.stack = QStackedWidget()
        self.stack.setObjectName("paneStack")
        self._search_view = None
        for page in (self.welcome, self.tabs):
            self.stack.addWidget(page)
        self.navigator = Navigator(self.stack, self)
        self._add_pages()
        self.splitter = QSplitter()  # horizontal
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([280, 820])
        self.setCentralWidget(self.splitter)
        self.saved_label = QLabel()
        self.saved_label.setObjectName("savedLabel")
        self.statusBar().addPermanentWidget(self.saved_label)
        self.due_label = QLabel()
        self.due_label.setObjectName("dueCount")
        set_enum(self.due_label, "textFormat", RICH_TEXT)  # "N due" is a link to the dashboard
        self.due_label.setToolTip("Open the dashboard (Alt+Home)")
        self.statusBar().addPermanentWidget(self.due_label)

        from followup_desktop.gui.backup_actions import BackupActions

        self.backups = BackupActions(self, store, data)
        self.backups.message.connect(self.status)
        self.backups.restored.connect(self._data_replaced)
        from followup_desktop.gui.help_actions import HelpActions

        self.help = HelpActions(self, store, data)
        self.help.message.connect(self.status)
        self.help.example_changed.connect(self._example_changed)
        self.dashboard.try_example.connect(self.help.try_example_action.trigger)
        self.dashboard.remove_example.connect(self.help.remove_example_action.trigger)
        self.dashboard.letter_menu_requested.connect(self._letter_row_menu)
        self._make_actions()
        self._make_menus()
        self._make_search_box()
        self._wire_navigation()
        self._before_focus: tuple[bool, ...] | None = None
        self._wire_tracker()
        self.refresh(with_interviews=False)  # the interviews join right after the first paint
        self._restore_state()
        self._update_actions()
        self._first_paint_seen = False

    # ----------------------------------------------------------------- pages built on first use
    @property
    def application_view(self):
        """The page of a selected application; built the first time one is shown."""
        if self._application_view is None:
            from followup_desktop.gui.application_view import ApplicationView

            view = self._application_view = ApplicationView(self.store)
            self.stack.addWidget(view)
            view.edit_requested.connect(self.edit_item)
            view.new_interview_requested.connect(self.new_interview)
            if view.keep_in_touch is not None:
                view.keep_in_touch.data_changed.connect(lambda _id: self.dashboard.refresh())
        return self._application_view

    @property
    def plan_pane(self):
        return self.tabs.plan_pane

    @property
    def notes_pane(self):
        return self.tabs.notes_pane

    @property
    def letter_pane(self):
        return self.tabs.letter_pane

    @property
    def panes(self) -> tuple:
        return self.tabs.panes

    @property
    def outcome_bar(self):
        return self.tabs.outcome_bar

    def _wire_panes(self) -> None:
        """Connect the panes once they exist: to each other, the status bar and their menus."""
        from followup_desktop.gui.status_line import elide_label

        elide_label(self.saved_label)  # long pane messages end in "…" and never widen the window
        for pane, tab in zip(self.tabs.built_panes(), TAB_NAMES):
            pane.data_changed.connect(lambda _id, source=pane: self._pane_changed(source))
            pane.show_requested.connect(lambda tab=tab: self.navigator.show_tab(tab))
            pane.status_message.connect(self.saved_label.setText)
            actions = pane.menu_actions()
            if pane.menu_title and actions:
                menu = self.menuBar().addMenu(pane.menu_title)
                for a in actions:
                    if a is None:
                        menu.addSeparator()
                    else:
                        menu.addAction(a)
                        self.addAction(a)
                self.menus[pane.objectName()] = menu
        self.menuBar().addAction(self.menus["help"].menuAction())  # Help stays the last menu
        if self._first_paint_seen:
            from followup_desktop.gui.icons import apply_icons

            apply_icons(self)
        notes, letter = self.tabs.notes_pane, self.tabs.letter_pane
        notes.focus_mode_changed.connect(self._set_focus_layout)
        notes.keep_on_top_changed.connect(self._set_keep_on_top)
        letter.open_note_requested.connect(self._open_note)
        self.tabs.outcome_bar.outcome_chosen.connect(self.tracker.set_outcome)

    # ----------------------------------------------------------------- actions and menus
    def _action(self, name: str, text: str, slot, shortcut=None, tip: str = "") -> QAction:
        action = make_action(self, name, text, slot, shortcut, tip)
        self.addAction(action)  # window-wide shortcut
        return action

    def _make_actions(self) -> None:
        key = QKeySequence.StandardKey
        self.action_new_application = self._action(
            "actionNewApplication",
            "New &application…",
            self.new_application,
            key.New,
            "Add a company and role you are applying for",
        )
        self.action_new_interview = self._action(
            "actionNewInterview",
            "New &interview…",
            self.new_interview,
            "Ctrl+Shift+N",
            "Add an interview to the selected application",
        )
        self.action_edit = self._action(
            "actionEditItem", "&Edit…", self.edit_item, "F2", "Edit the selected application or interview"
        )
        self.action_delete = self._action(
            "actionDelete",
            "&Delete…",
            self.delete_item,
            key.Delete,
            "Delete the selected application or interview (undoable)",
        )
        set_enum(self.action_delete, "shortcutContext", WIDGET_WITH_CHILDREN_SHORTCUT)
        self.removeAction(self.action_delete)
        self.sidebar.tree.addAction(self.action_delete)
        self.action_undo = self._action(
            "actionUndoDelete", "&Undo delete", self.undo_delete, key.Undo, "Bring back what you deleted last"
        )
        self.action_trash = self._action(
            "actionTrash", "&Trash…", self.open_trash, None, "Restore deleted items or empty the trash"
        )
        self.action_export = self._action(
            "actionExportBundle",
            "&Export everything…",
            self.export_bundle,
            None,
            "Save all your data as one JSON bundle",
        )
        self.action_import = self._action(
            "actionImportBundle", "&Import bundle…", self.import_bundle, None, "Merge a JSON bundle into your data"
        )
        self.action_export_calendar = self._action(
            "actionExportCalendar",
            "Export &calendar (.ics)…",
            self.tracker.export_calendar,
            None,
            "Save follow-up deadlines and next-contact dates for your calendar",
        )
        self.action_quit = self._action("actionQuit", "&Quit", self.close, key.Quit)
        self.action_quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.action_filter = self._action("actionFilter", "&Filter applications", self._focus_filter, "Ctrl+L")
        self.action_search = self._action(
            "actionSearch",
            "&Search everything…",
            self.start_search,
            None,
            "Search applications, people, plans, notes, letters and stories",
        )
        # Ctrl+F only: Ctrl+K is the letter's Insert link (as in word processors); both at once is ambiguous
        self.action_search.setShortcuts(
            QKeySequence.keyBindings(QKeySequence.StandardKey.Find) or [QKeySequence("Ctrl+F")]
        )
        self.action_settings = self._action(
            "actionSettings", "&Settings…", self.open_settings, "Ctrl+,", "Your profile and letter preferences"
        )
        self.action_settings.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.action_dashboard = self._action(
            "actionShowDashboard",
            "&Dashboard",
            self.show_dashboard,
            "Alt+Home",
            "What needs your attention, most urgent first",
        )
        self.action_back = self._action(
            "actionBack", "&Back", self.navigator.back, "Alt+Left", "Go back to where you were"
        )
        self.action_forward = self._action(
            "actionForward", "&Forward", self.navigator.forward, "Alt+Right", "Go forward again"
        )
        self.action_back.setShortcuts([QKeySequence("Alt+Left"), QKeySequence("Back")])  # and the Back key
        self.action_forward.setShortcuts([QKeySequence("Alt+Right"), QKeySequence("Forward")])
        self.pane_actions = [
            self._action(f"actionShow{name}", f"Show {name}", lambda _=False, i=i: self._show_tab(i), f"Ctrl+{i + 1}")
            for i, name in enumerate(("Plan", "Notes", "Letter"))
        ]

    def _make_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        for a in (
            self.action_new_application,
            self.action_new_interview,
            None,
            self.action_export,
            self.action_import,
            self.action_export_calendar,
            None,
            *self.backups.actions(),
            None,
            self.action_quit,
        ):
            file_menu.addSeparator() if a is None else file_menu.addAction(a)
        edit_menu = bar.addMenu("&Edit")
        for a in (self.action_undo, None, self.action_edit, self.action_delete, None, self.action_trash):
            edit_menu.addSeparator() if a is None else edit_menu.addAction(a)
        edit_menu.addSeparator()
        edit_menu.addAction(self.action_settings)  # profile and letter preferences
        view_menu = bar.addMenu("&View")
        for a in (self.action_dashboard, self.action_back, self.action_forward):
            view_menu.addAction(a)
        view_menu.addSeparator()
        view_menu.addAction(self.action_search)
        view_menu.addAction(self.action_filter)
        view_menu.addSeparator()
        for a in self.pane_actions:
            view_menu.addAction(a)
        help_menu = bar.addMenu("&Help")
        for a in self.help.actions():
            help_menu.addSeparator() if a is None else help_menu.addAction(a)
        self.menus = {"file": file_menu, "edit": edit_menu, "view": view_menu, "help": help_menu}

    def _update_actions(self) -> None:
        kind, _ = self.sidebar.current()
        self.action_new_interview.setEnabled(bool(self.sidebar.application_of_selection()))
        self.action_edit.setEnabled(bool(kind))
        self.action_delete.setEnabled(bool(kind))
        self.action_undo.setEnabled(bool(self.undo_deletes))
        place = self.navigator.current
        for a in self.pane_actions:
            a.setEnabled(place is not None and place.page == "interview")
        self.action_back.setEnabled(self.navigator.can_go(-1))
        self.action_forward.setEnabled(self.navigator.can_go(1))

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
        if hasattr(self, "help"):
            self.help.update()
        self.navigator.reload()

    def _example_changed(self, app_id: str) -> None:
        """The example was loaded (show it) or removed (back to the dashboard)."""
        self.refresh()
        if app_id:
            interviews = self.store.interviews.all(app_id)
            if interviews:
                self.sidebar.select("interview", interviews[0].id)
        for pane in self.tabs.built_panes():
            pane.refresh()

    def _pane_changed(self, source) -> None:
        for pane in self.tabs.built_panes():
            if pane is not source:
                pane.refresh()
        self.dashboard.refresh()

    def _data_replaced(self) -> None:
        self.undo_deletes.clear()
        self.refresh()
        for pane in self.tabs.built_panes():
            pane.refresh()

    # ----------------------------------------------------------------- where the user is
    def _add_pages(self) -> None:
        nav = self.navigator
        nav.add_page("dashboard", lambda: self.dashboard, self._load_dashboard)
        nav.add_page("application", lambda: self.application_view, self._load_application)
        nav.add_page("interview", lambda: self.tabs, self._load_interview)
        nav.add_page("search", lambda: self.search_view, self._load_search)

    def _wire_navigation(self) -> None:
        nav = self.navigator
        nav.leaving.connect(self.flush_panes)
        nav.arrived.connect(self._arrived)
        self.sidebar.selected.connect(lambda kind, ident: nav.go(Place(kind or "dashboard", ident)))
        self.tabs.currentChanged.connect(lambda i: nav.tab_shown(TAB_NAMES[i]) if 0 <= i < len(TAB_NAMES) else None)
        self.due_label.linkActivated.connect(lambda _link: self.show_dashboard())
        nav.go(Place(), record=False)

    def _load_dashboard(self, place: Place) -> Place:
        for pane in self.tabs.built_panes():
            pane.load(None)
        self.dashboard.refresh()
        self.setWindowTitle("FollowUp Desktop")
        return Place()

    def _load_application(self, place: Place) -> Place:
        app = self.store.applications.get(place.ident)
        self.application_view.load(app, self.store.contacts.all(place.ident), self.store.interviews.all(place.ident))
        self.setWindowTitle(f"{app.label} — FollowUp Desktop")
        return place

    def _load_interview(self, place: Place) -> Place:
        if self.navigator.tab_switch(place):
            self.tabs.setCurrentIndex(TAB_NAMES.index(place.tab or self.navigator.current.tab))
            return replace(place, tab=place.tab or self.navigator.current.tab)
        interview = self.store.interviews.get(place.ident)
        app = self.store.applications.get(interview.application_id)
        for pane in (self.plan_pane, self.notes_pane, self.letter_pane):
            pane.load(interview)
        self.outcome_bar.load(interview)
        place = replace(place, tab=place.tab or first_tab(interview))
        self.tabs.setCurrentIndex(TAB_NAMES.index(place.tab))
        self.setWindowTitle(f"{app.company}: {interview.title or 'Interview'} — FollowUp Desktop")
        return place

    def _load_search(self, place: Place) -> Place:
        self.search_view.set_companies(self.store.applications.all())
        self.setWindowTitle("Search — FollowUp Desktop")
        return place

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

    # ----------------------------------------------------------------- follow-up tracking
    def _wire_tracker(self) -> None:
        self.dashboard.open_requested.connect(self.open_dashboard_item)
        self.dashboard.due_changed.connect(self._show_due)
        self.tracker.changed.connect(self._tracker_changed)
        self.tracker.message.connect(self.status)
        self.tracker.open_interview.connect(lambda ident: self.open_dashboard_item("interview", ident, "plan", ""))
        self.tracker.open_letter.connect(
            lambda ident, letter: self.open_dashboard_item("interview", ident, "letter", letter)
        )

    def _tracker_changed(self) -> None:
        self.refresh()
        for pane in self.tabs.built_panes():
            pane.refresh()

    def _show_due(self, count: int) -> None:
        text = f"{count} follow-up{'s' if count != 1 else ''} due" if count else "Nothing due"
        self.due_label.setText(f'<a href="dashboard">{text}</a>')

    def open_dashboard_item(self, kind: str, ident: str, tab: str, letter_id: str) -> None:
        """Open what a dashboard row is about: the interview's tab (and letter) or the application."""
        place = Place(kind, ident, tab if kind == "interview" and tab in TAB_NAMES else "")
        if self.navigator.go(place) and letter_id:
            self.letter_pane.show_letter(letter_id)

    def _letter_row_menu(self, interview_id: str, letter_id: str, at) -> None:
        """A dashboard letter row's menu: open, export, print or send it (the Letter pane's own commands)."""
        from followup_desktop.gui import dialogs
        from followup_desktop.gui.letter_row_menu import letter_row_menu

        dialogs.popup(letter_row_menu(self, interview_id, letter_id), at)

    def _open_note(self, note_id: str) -> None:
        """Show the Notes tab at a note a letter paragraph came from."""
        self.navigator.show_tab("notes")
        self.notes_pane.reveal("note", note_id, "")

    def _set_focus_layout(self, on: bool) -> None:
        """The Notes pane's focus layout: hide sidebar, tab bar and menus; restore them on leaving."""
        chrome = (self.sidebar, self.tabs.tabBar(), self.menuBar())
        if on and self._before_focus is None:
            self._before_focus = tuple(w.isVisible() for w in chrome)
            for w in chrome:
                w.hide()
            self.navigator.show_tab("notes")
        elif not on and self._before_focus is not None:
            for w, visible in zip(chrome, self._before_focus):
                w.setVisible(visible)
            self._before_focus = None
            self._set_keep_on_top(False)

    def _set_keep_on_top(self, on: bool) -> None:
        """Keep the window above a video call (only asked for in the focus layout)."""
        from PySide6.QtCore import Qt

        if bool(self.windowFlags() & Qt.WindowType.WindowStaysOnTopHint) != on:
            visible = self.isVisible()
            self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, on)
            if visible:
                self.show()

    def _show_tab(self, index: int) -> None:
        if self.navigator.current and self.navigator.current.page == "interview":
            self.navigator.show_tab(TAB_NAMES[index])
            self.navigator.focus_page()  # Ctrl+2 then typing writes a note, as after F5

    def _focus_filter(self) -> None:
        self.sidebar.filter.setFocus()
        self.sidebar.filter.selectAll()

    def status(self, text: str, ms: int = 6000) -> None:
        from followup_desktop.gui.status_line import elide_label, fit_message

        elide_label(self.saved_label)  # a long message never widens the window
        shown = fit_message(self, self.statusBar(), text)
        self.statusBar().setToolTip(tip_text(text) if shown != " ".join(text.split()) else "")  # the whole of a cut one
        self.statusBar().showMessage(shown, ms)

    # ----------------------------------------------------------------- closing
    def unsaved_texts(self) -> list[tuple[str, str]]:
        """Typed text the store refused, from every pane: (what, text)."""
        return [item for pane in self.tabs.built_panes() for item in pane.unsaved_texts()]

    def _unsaved_text_handled(self) -> bool:
        """Before closing: True when nothing typed would be lost (saved, kept in a file, or discarded by choice)."""
        from followup_desktop.gui import dialogs

        while texts := self.unsaved_texts():
            choice = dialogs.ask_unsaved_on_close(self, [what for what, _ in texts], self.saved_label.text())
            if choice == "cancel":
                return False
            if choice == "discard":
                log.warning("closed with %d unsaved text(s) discarded by the user", len(texts))
                return True
            if choice == "save" and self._save_texts_to_file(texts):
                return True
            self.flush_panes()  # "retry", or the file was not written: try the database again
        return True

    def _save_texts_to_file(self, texts: list[tuple[str, str]]) -> bool:
        from followup_desktop.core.clock import to_local
        from followup_desktop.core.files import write_text_file
        from followup_desktop.gui import dialogs

        path = dialogs.ask_save_path(self, "Save the unsaved text", "followup-unsaved.txt", "Text files (*.txt)")
        if not path:
            return False
        parts = [f"FollowUp Desktop: text that could not be saved ({to_local(self.store.now()):%d %b %Y %H:%M})"]
        parts += [f"== {what} ==\n{text}" for what, text in texts]
        try:
            write_text_file(path, "\n\n".join(parts) + "\n")
        except OSError as exc:
            dialogs.show_error(self, "The file was not written", f"{path}: {exc.strerror or exc}")
            return False
        return True

    # ----------------------------------------------------------------- window state
    def _settings(self) -> QSettings:
        return QSettings(str(self.data.window_settings), QSettings.Format.IniFormat)

    def _restore_state(self) -> None:
        settings = self._settings()
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1180, 760)
        for key, restore in (("window/state", self.restoreState), ("window/splitter", self.splitter.restoreState)):
            value = settings.value(key)
            if isinstance(value, QByteArray):
                restore(value)
        self._pending_place = Place.parse(settings.value("window/place", "")) or _place_of_0_1(settings)

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().paintEvent(event)
        if not self._first_paint_seen:
            self._first_paint_seen = True
            QTimer.singleShot(0, self.finish_startup)

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
        """Work that waits until the window has painted: the dashboard, last selection, warm caches."""
        self.after_first_paint()
        from followup_desktop.gui.icons import app_icon, apply_icons

        self.setWindowIcon(app_icon())
        apply_icons(self)
        self.store.warm_up()
        self.backups.back_up_if_due()
        self.started.emit()

    def save_state(self) -> None:
        """Remember size, layout and selection for the next start."""
        settings = self._settings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        sizes = self.splitter.sizes()
        if all(sizes):  # save the sizes shown, not the ones asked for: pages' minimum widths may have
            self.splitter.setSizes(sizes)  # overruled those, and the pages built later are not there at start
        settings.setValue("window/splitter", self.splitter.saveState())
        settings.setValue("window/place", str(self._pending_place or self.navigator.current or Place()))
        for key in ("window/tab", "window/selectedKind", "window/selectedId"):  # 0.1's keys
            settings.remove(key)
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        self.flush_panes()
        if not self._unsaved_text_handled():
            event.ignore()
            return
        if self.tabs.built_panes():
            self.notes_pane.leave_focus_mode()  # save the normal layout, not the focus one
        if self._search_view is not None:
            self._search_view.close_reader()
        self.save_state()
        for timer in self.findChildren(QTimer):  # written and closed: no autosave retry or check runs later
            timer.stop()
        event.accept()


def _place_of_0_1(settings: QSettings) -> Place | None:
    """The last selection as 0.1 saved it (kind, id and a tab for whatever was selected)."""
    kind, ident = str(settings.value("window/selectedKind", "")), str(settings.value("window/selectedId", ""))
    try:
        tab = TAB_NAMES[int(settings.value("window/tab", 0) or 0)]
    except (ValueError, IndexError):
        tab = ""
    return Place.parse(f"{kind}:{ident}:{tab}")


def first_tab(interview) -> str:
    """The tab an interview opens on when it was not shown before: what comes next for it."""
    if not interview.started_at:
        return "plan"  # a new interview: prepare
    return "notes" if not interview.ended_at else "letter"  # taking notes; then the follow-up
