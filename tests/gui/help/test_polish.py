"""Themes, the Help menu (shortcuts overview, About), icons and the first-run example, on the real window."""

import pytest
from PySide6.QtGui import QAction, QPalette
from PySide6.QtWidgets import QToolBar

from followup_desktop.core import example
from followup_desktop.gui.common import dialogs, icons, theme
from followup_desktop.gui.help import help_dialogs


@pytest.fixture
def restore_theme():
    yield
    theme.apply_theme("system")


def _window_colour(window):
    return window.palette().color(QPalette.ColorRole.Window).lightness()


@pytest.mark.parametrize("name, dark", [("dark", True), ("light", False)])
def test_settings_switch_the_theme_of_the_open_window(window, qtbot, monkeypatch, restore_theme, name, dark):
    monkeypatch.setattr(
        dialogs, "edit_settings", lambda parent, profile, prefs, ui_theme, retention: (profile, prefs, name, retention)
    )
    theme.apply_theme("dark" if not dark else "light")
    window.menus.action_settings.trigger()
    qtbot.waitUntil(lambda: (_window_colour(window) < 128) is dark)  # Qt posts the palette change
    assert (_window_colour(window) < 128) is dark
    assert (window.sidebar.palette().color(QPalette.ColorRole.Base).lightness() < 128) is dark
    assert window.store.settings.get("ui.theme") == name


def test_saved_theme_is_applied_at_start(make_window, qtbot, restore_theme):
    first = make_window()
    first.store.settings.set("ui.theme", "dark")
    second = make_window()
    assert theme.current_theme() == "dark"
    qtbot.waitUntil(lambda: _window_colour(second) < 128)


def test_settings_dialog_offers_the_themes(qtbot):
    from followup_desktop.core.models.letters import LetterPrefs, Profile
    from followup_desktop.gui.settings.settings_dialog import SettingsDialog

    dialog = SettingsDialog(None, Profile(), LetterPrefs(), "dark")
    qtbot.addWidget(dialog)
    assert dialog.chosen_theme() == "dark"
    dialog.theme.setCurrentIndex(dialog.theme.findData("light"))
    assert dialog.chosen_theme() == "light" and len(dialog.value()) == 2


def test_shortcuts_overview_lists_the_live_actions(window, monkeypatch):
    shown = []
    monkeypatch.setattr(dialogs, "show_shortcuts", lambda parent, groups: shown.append(groups))
    window.tabs.build()
    assert window.help.shortcuts_action.shortcuts()[-1].toString() == "Ctrl+/"
    window.help.shortcuts_action.trigger()
    groups = dict(shown[0])
    assert any(text == "New application" and keys.startswith("Ctrl+N") for text, keys in groups["File"])
    assert any(text == "Start interview" for text, _ in groups["Notes"])
    assert any("F1" in keys for text, keys in groups["Help"])


def test_shortcuts_dialog_shows_groups(qtbot):
    dialog = help_dialogs.ShortcutsDialog(None, [("File", [("New application", "Ctrl+N")])])
    qtbot.addWidget(dialog)
    assert dialog.tree.topLevelItem(0).child(0).text(1) == "Ctrl+N"


def test_every_action_is_reachable_and_no_shortcut_is_shared(window):
    window.tabs.build()
    in_menus = set()

    def walk(menu):
        for a in menu.actions():
            in_menus.add(id(a))
            if a.menu():
                walk(a.menu())

    for top in window.menuBar().actions():
        walk(top.menu())
    owners = {}
    toggles = {id(bar.toggleViewAction()) for bar in window.findChildren(QToolBar)}  # the toolbar's own menu
    for action in window.findChildren(QAction):
        if not action.text() or action.menu() is not None or id(action) in toggles:
            continue
        assert action.shortcuts() or id(action) in in_menus, action.objectName()
        for key in action.shortcuts():
            owners.setdefault(key.toString(), []).append(action.objectName())
    assert {k: v for k, v in owners.items() if len(v) > 1} == {}


def test_about_shows_version_folder_licence_and_opens_the_folder(qtbot, window, monkeypatch):
    opened = []
    dialog = help_dialogs.AboutDialog(None, "1.2.3", window.data.root, opened.append)
    qtbot.addWidget(dialog)
    text = " ".join(label.text() for label in dialog.findChildren(type(dialog.where)))
    assert "1.2.3" in text and str(window.data.root) in text and "GPL-3.0-or-later" in text
    assert "never connects to the network" in text
    dialog.open_button.click()
    assert opened == [window.data.root]


def test_about_goes_through_the_seam(window, monkeypatch):
    seen = []
    monkeypatch.setattr(dialogs, "show_about", lambda parent, root: seen.append(root))
    window.help.about_action.trigger()
    assert seen == [window.data.root]


def test_first_run_welcome_try_and_remove_the_example(window, qtbot):
    board = window.dashboard
    assert board.try_button.isVisibleTo(window) and "Take notes" in board.text.text()
    assert not board.remove_button.isVisibleTo(window)
    board.try_button.click()
    app_id = example.example_application_id(window.store)
    assert app_id and window.sidebar.current()[0] == "interview"
    assert len(window.notes_pane.model.rowCount() and window.store.notes.all(window.sidebar.current()[1])) == 12
    assert not window.help.try_example_action.isEnabled()
    window.help.remove_example_action.trigger()
    assert window.store.applications.all() == [] and window.store.stories.all() == []
    assert window.stack.currentWidget() is window.dashboard and board.try_button.isVisibleTo(window)


def test_the_example_takes_the_keyboard_from_the_button_that_added_it(window, qtbot):
    from PySide6.QtWidgets import QApplication

    from ..conftest import show

    show(qtbot, window)
    board = window.dashboard
    board.try_button.setFocus()
    qtbot.keyClick(board.try_button, " ")  # Space on the focused "Try an example"
    assert window.navigator.current.page == "interview"
    assert QApplication.focusWidget() is window.tabs.default_focus()
    window.help.remove_example_action.trigger()
    assert QApplication.focusWidget() is board.try_button


def test_icons_render_and_follow_the_theme(restore_theme):
    theme.apply_theme("light")
    light = icons.icon("edit").pixmap(48, 48).toImage()
    theme.apply_theme("dark")
    dark = icons.icon("edit").pixmap(48, 48).toImage()
    assert light != dark
    assert any(dark.pixelColor(x, y).alpha() for x in range(48) for y in range(48))
    assert not icons.app_icon().pixmap(64, 64).isNull()


def test_icons_are_set_after_the_first_paint(window, qtbot):
    assert window.menus.action_edit.icon().isNull()
    window.finish_startup()
    assert not window.menus.action_edit.icon().isNull() and not window.windowIcon().isNull()


def test_every_action_icon_file_exists():
    from followup_desktop.paths import resource

    for name in set(icons.ACTION_ICONS.values()) | {icons.APP_ICON}:
        assert resource(f"icons/{name}.svg").is_file(), name
