"""Small builders every window part uses: named actions and named, accessible inputs."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLineEdit, QWidget

from followup_desktop.gui.common import texts

MAX_LINE = 2**31 - 1  # QLineEdit cuts at 32,767 characters unless told otherwise

# Qt enum values for what is built before the first paint. Touching PySide6's Qt namespace
# (`Qt.Anything`) builds its ~100 enum classes, ~15 ms of start-up, so these are set through
# Qt properties (set_enum) or passed as ints (item data roles). tests/gui/test_widgets.py checks
# them against the enums.
USER_ROLE = 256  # Qt.ItemDataRole.UserRole
RICH_TEXT = 1  # Qt.TextFormat.RichText
CASE_INSENSITIVE = 0  # Qt.CaseSensitivity.CaseInsensitive
WIDGET_WITH_CHILDREN_SHORTCUT = 3  # Qt.ShortcutContext.WidgetWithChildrenShortcut
DATE_FORMAT = texts.DATE_FORMAT

# Some platforms (and the offscreen one) define no binding for these standard keys.
FALLBACK_KEYS = {
    QKeySequence.StandardKey.New: "Ctrl+N",
    QKeySequence.StandardKey.Delete: "Del",
    QKeySequence.StandardKey.Undo: "Ctrl+Z",
    QKeySequence.StandardKey.Quit: "Ctrl+Q",
}


def tip_text(text: str) -> str:
    """A tooltip that shows a user's words as typed: Qt renders a tip holding "<b>" or "&amp;" as HTML."""
    if not text:
        return ""
    return "<p>" + text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>") + "</p>"


def make_action(
    parent, name: str, text: str, slot=None, shortcut=None, tip: str = "", checkable: bool = False
) -> QAction:
    """A QAction with an objectName, a shortcut (text or a standard key), a tip and a slot."""
    action = QAction(parent)  # QAction(text, parent) makes PySide6 build QIcon's 150 enum members (~1 ms)
    action.setText(text)
    action.setObjectName(name)
    if isinstance(shortcut, QKeySequence.StandardKey):
        action.setShortcuts(QKeySequence.keyBindings(shortcut) or [QKeySequence(FALLBACK_KEYS[shortcut])])
    elif shortcut:
        action.setShortcuts([QKeySequence(shortcut)])  # setShortcut() would touch the Qt namespace
    if tip:
        action.setStatusTip(tip)
        action.setToolTip(tip)
    action.setCheckable(checkable)
    if slot is not None:
        action.triggered.connect(slot)
    return action


def set_enum(obj, prop: str, value: int) -> None:
    """Set an enum-typed Qt property from its int value, without touching PySide6's Qt namespace."""
    if not obj.setProperty(prop, value):
        raise AttributeError(f"{type(obj).__name__} has no property {prop!r}")


def named(widget: QWidget, name: str, accessible: str) -> QWidget:
    """Give an input its objectName and accessible name; line edits hold text of any length."""
    if isinstance(widget, QLineEdit):
        widget.setMaxLength(MAX_LINE)
    widget.setObjectName(name)
    widget.setAccessibleName(accessible)
    return widget
