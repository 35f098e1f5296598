"""The window's menu bar: File, Edit, View, the panes' menus once they exist, and Help.

The actions are made here with their names, keys and tips; what they do is connected by the
main window, in its one block of connections.
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence

from followup_desktop.gui.common.widgets import WIDGET_WITH_CHILDREN_SHORTCUT, make_action, set_enum
from followup_desktop.gui.window import texts

TABS = ("Plan", "Notes", "Letter")  # the View menu's actionShowPlan, …: objectNames, never translated


class MainMenu:
    """The actions of the window's own menus (window-wide shortcuts) and the menus themselves."""

    def __init__(self, window, sidebar_tree) -> None:
        self.window = window
        key = QKeySequence.StandardKey
        a = self._action
        self.action_new_application = a("actionNewApplication", texts.NEW_APPLICATION, key.New)
        self.action_new_interview = a("actionNewInterview", texts.NEW_INTERVIEW_ACTION, "Ctrl+Shift+N")
        self.action_edit = a("actionEditItem", texts.EDIT_ITEM, "F2")
        self.action_delete = a("actionDelete", texts.DELETE_ITEM, key.Delete)
        set_enum(self.action_delete, "shortcutContext", WIDGET_WITH_CHILDREN_SHORTCUT)
        window.removeAction(self.action_delete)  # Del deletes in the sidebar only, never in a text field
        sidebar_tree.addAction(self.action_delete)
        self.action_undo = a("actionUndoDelete", texts.UNDO_DELETE, key.Undo)
        self.action_trash = a("actionTrash", texts.TRASH)
        self.action_export = a("actionExportBundle", texts.EXPORT)
        self.action_import = a("actionImportBundle", texts.IMPORT)
        self.action_export_calendar = a("actionExportCalendar", texts.CALENDAR)
        self.action_quit = a("actionQuit", texts.QUIT, key.Quit)
        self.action_quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.action_filter = a("actionFilter", texts.FILTER, "Ctrl+L")
        self.action_search = a("actionSearch", texts.SEARCH)
        # Ctrl+F only: Ctrl+K is the letter's Insert link (as in word processors); both at once is ambiguous
        self.action_search.setShortcuts(QKeySequence.keyBindings(key.Find) or [QKeySequence("Ctrl+F")])
        self.action_settings = a("actionSettings", texts.SETTINGS, "Ctrl+,")
        self.action_settings.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.action_dashboard = a("actionShowDashboard", texts.DASHBOARD, "Alt+Home")
        self.action_back = a("actionBack", texts.BACK)
        self.action_forward = a("actionForward", texts.FORWARD)
        self.action_back.setShortcuts([QKeySequence("Alt+Left"), QKeySequence("Back")])  # and the Back key
        self.action_forward.setShortcuts([QKeySequence("Alt+Right"), QKeySequence("Forward")])
        self.pane_actions = [
            a(f"actionShow{name}", (text, ""), f"Ctrl+{i + 1}")
            for i, (name, text) in enumerate(zip(TABS, texts.SHOW_TABS))
        ]
        self.menus: dict = {}

    def _action(self, name: str, text_and_tip: tuple[str, str], shortcut=None) -> QAction:
        text, tip = text_and_tip
        action = make_action(self.window, name, text, None, shortcut, tip)
        self.window.addAction(action)  # window-wide shortcut
        return action

    def __getitem__(self, name: str):
        """A menu by name: "file", "edit", "view", "help", or a pane's objectName."""
        return self.menus[name]

    def build(self, data_actions: list[QAction], help_actions: list[QAction | None]) -> None:
        """Fill the menu bar: File (with the data commands), Edit, View and Help."""
        bar = self.window.menuBar()
        self.menus["file"] = _menu(
            bar,
            texts.FILE,
            [
                self.action_new_application,
                self.action_new_interview,
                None,
                self.action_export,
                self.action_import,
                self.action_export_calendar,
                None,
                *data_actions,
                None,
                self.action_quit,
            ],
        )
        self.menus["edit"] = _menu(
            bar,
            texts.EDIT,
            [self.action_undo, None, self.action_edit, self.action_delete, None, self.action_trash, None]
            + [self.action_settings],  # profile and letter preferences
        )
        self.menus["view"] = _menu(
            bar,
            texts.VIEW,
            [self.action_dashboard, self.action_back, self.action_forward, None, self.action_search]
            + [self.action_filter, None, *self.pane_actions],
        )
        self.menus["help"] = _menu(bar, texts.HELP, help_actions)

    def add_pane_menus(self, panes) -> None:
        """The panes' own menus (Plan, Notes, Letter), before Help; their actions get window-wide keys."""
        bar = self.window.menuBar()
        for pane in panes:
            actions = pane.menu_actions()
            if pane.menu_title and actions:
                self.menus[pane.objectName()] = _menu(bar, pane.menu_title, actions)
                for action in actions:
                    if action is not None:
                        self.window.addAction(action)
        bar.addAction(self.menus["help"].menuAction())  # Help stays the last menu

    def update(self, has_selection: bool, has_application: bool, can_undo: bool, place, history) -> None:
        """Enable what makes sense where the user is."""
        self.action_new_interview.setEnabled(has_application)
        self.action_edit.setEnabled(has_selection)
        self.action_delete.setEnabled(has_selection)
        self.action_undo.setEnabled(can_undo)
        for action in self.pane_actions:
            action.setEnabled(place is not None and place.page == "interview")
        self.action_back.setEnabled(history.can_go(-1))
        self.action_forward.setEnabled(history.can_go(1))


def _menu(bar, title: str, actions: list[QAction | None]):
    menu = bar.addMenu(title)
    for action in actions:
        menu.addSeparator() if action is None else menu.addAction(action)
    return menu
