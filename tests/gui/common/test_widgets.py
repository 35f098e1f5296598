"""The enum values set before the first paint without PySide6's Qt namespace match the real enums."""

import pytest
from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QLabel

from followup_desktop.gui.common import widgets


@pytest.mark.parametrize(
    "value, enum",
    [
        (widgets.USER_ROLE, Qt.ItemDataRole.UserRole),
        (widgets.RICH_TEXT, Qt.TextFormat.RichText),
        (widgets.CASE_INSENSITIVE, Qt.CaseSensitivity.CaseInsensitive),
        (widgets.WIDGET_WITH_CHILDREN_SHORTCUT, Qt.ShortcutContext.WidgetWithChildrenShortcut),
    ],
)
def test_enum_values_match_qt(value, enum):
    assert value == enum.value


def test_set_enum_sets_the_property(qtbot):
    label, proxy = QLabel(), QSortFilterProxyModel()
    widgets.set_enum(label, "textFormat", widgets.RICH_TEXT)
    widgets.set_enum(proxy, "filterCaseSensitivity", widgets.CASE_INSENSITIVE)
    assert label.textFormat() == Qt.TextFormat.RichText
    assert proxy.filterCaseSensitivity() == Qt.CaseSensitivity.CaseInsensitive


def test_set_enum_refuses_an_unknown_property():
    with pytest.raises(AttributeError):
        widgets.set_enum(QLabel(), "textFormatt", widgets.RICH_TEXT)


def test_main_window_uses_them(window):
    assert window.menus.action_delete.shortcutContext() == Qt.ShortcutContext.WidgetWithChildrenShortcut
    assert window.sidebar.proxy.filterCaseSensitivity() == Qt.CaseSensitivity.CaseInsensitive
    assert window.dashboard.text.textFormat() == Qt.TextFormat.RichText
    assert window.splitter.orientation() == Qt.Orientation.Horizontal
    assert window.menus.action_new_interview.shortcut().toString() == "Ctrl+Shift+N"
    window.tabs.build()
    assert window.tabs.cornerWidget(Qt.Corner.TopRightCorner) is window.tabs.outcome_bar
