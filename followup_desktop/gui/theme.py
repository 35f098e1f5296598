"""Light, Dark and System themes: the Fusion style with our own palettes, applied without a restart.

Fusion draws the same on every platform and honours the palette fully (native styles ignore
parts of it, and QStyleHints.setColorScheme does nothing without a desktop environment).
"System" follows the desktop where Qt can tell, else light, and follows it again when the
desktop switches.

Before the first paint "System" reads the desktop's choice from the platform palette, not from
QStyleHints.colorScheme(): that returns a Qt.ColorScheme, and touching PySide6's Qt namespace
builds its ~100 enum classes (~15 ms of start-up). Since Qt 6.5 the platform palette is dark
exactly when the desktop asks for dark (Qt derives it from the colour scheme on Linux and
Windows; macOS and KDE give their own dark palettes). Once our own palette is set the platform
palette cannot be read any more, so later checks ask colorScheme(), falling back to what the
platform palette said when Qt cannot tell.

The theme is applied before the window is first shown: building a palette and setting the
style costs about a millisecond, while applying it after the first paint would flash a light
window at a user who chose dark.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

SETTING_KEY = "ui.theme"
THEMES = {"system": "System (follow the desktop)", "light": "Light", "dark": "Dark"}
DEFAULT_THEME = "system"

Role, Group = QPalette.ColorRole, QPalette.ColorGroup

LIGHT = {
    Role.Window: "#f3f3f5", Role.WindowText: "#1d1d20", Role.Base: "#ffffff", Role.AlternateBase: "#f5f6f8",
    Role.ToolTipBase: "#ffffe8", Role.ToolTipText: "#1d1d20", Role.PlaceholderText: "#6b6b73",
    Role.Text: "#1d1d20", Role.Button: "#ececef", Role.ButtonText: "#1d1d20", Role.BrightText: "#ffffff",
    Role.Light: "#ffffff", Role.Midlight: "#e4e4e8", Role.Mid: "#b8b8c0", Role.Dark: "#9a9aa3",
    Role.Shadow: "#5a5a60", Role.Highlight: "#2f6fd0", Role.HighlightedText: "#ffffff",
    Role.Link: "#1f5fbf", Role.LinkVisited: "#6a3fb0", Role.Accent: "#2f6fd0",
}
DARK = {
    Role.Window: "#26272b", Role.WindowText: "#e8e8ec", Role.Base: "#1c1d20", Role.AlternateBase: "#24252a",
    Role.ToolTipBase: "#33343a", Role.ToolTipText: "#e8e8ec", Role.PlaceholderText: "#9797a0",
    Role.Text: "#e8e8ec", Role.Button: "#313238", Role.ButtonText: "#e8e8ec", Role.BrightText: "#ffffff",
    Role.Light: "#45464d", Role.Midlight: "#3a3b41", Role.Mid: "#2c2d32", Role.Dark: "#18191b",
    Role.Shadow: "#0c0c0e", Role.Highlight: "#4b8ce8", Role.HighlightedText: "#ffffff",
    Role.Link: "#7fb0ff", Role.LinkVisited: "#c0a0ff", Role.Accent: "#4b8ce8",
}
DISABLED = {  # text of disabled widgets: dimmer, but still readable
    "light": {Role.WindowText: "#8c8c94", Role.Text: "#8c8c94", Role.ButtonText: "#8c8c94",
              Role.Highlight: "#b9c6da", Role.HighlightedText: "#f3f3f5"},
    "dark": {Role.WindowText: "#7b7b84", Role.Text: "#7b7b84", Role.ButtonText: "#7b7b84",
             Role.Highlight: "#3b4658", Role.HighlightedText: "#9a9aa3"},
}

_current = {"name": DEFAULT_THEME, "hooked": False, "palette_set": False, "platform_dark": False}


def palette(kind: str) -> QPalette:
    """The light or dark palette."""
    pal = QPalette()
    for role, colour in (DARK if kind == "dark" else LIGHT).items():
        pal.setColor(role, QColor(colour))
    for role, colour in DISABLED["dark" if kind == "dark" else "light"].items():
        pal.setColor(Group.Disabled, role, QColor(colour))
    return pal


def platform_palette_is_dark() -> bool:
    """Whether the application palette (the platform's until we set ours) has a dark window colour."""
    return QGuiApplication.palette().color(Role.Window).lightness() < 128


def desktop_is_dark() -> bool:
    """True when the desktop says it prefers dark; False when it prefers light or cannot tell."""
    if QGuiApplication.instance() is None:
        return False
    if not _current["palette_set"]:
        return platform_palette_is_dark()  # no Qt namespace before the first paint (see above)
    from PySide6.QtCore import Qt

    scheme = QGuiApplication.styleHints().colorScheme()
    if scheme == Qt.ColorScheme.Unknown:
        return _current["platform_dark"]
    return scheme == Qt.ColorScheme.Dark


def effective(name: str) -> str:
    """"light" or "dark": what a theme name means on this desktop now."""
    if name == "system":
        return "dark" if desktop_is_dark() else "light"
    return "dark" if name == "dark" else "light"


def current_theme() -> str:
    """The theme name last applied ("system", "light" or "dark")."""
    return _current["name"]


def apply_theme(name: str) -> str:
    """Use this theme now for every window; returns the palette used ("light"/"dark")."""
    app = QApplication.instance()
    name = name if name in THEMES else DEFAULT_THEME
    _current["name"] = name
    if app is None:
        return effective(name)
    kind = effective(name)
    if not _current["palette_set"]:
        _current["platform_dark"] = platform_palette_is_dark()
    if app.style().name().lower() != "fusion":
        app.setStyle("Fusion")
    app.setPalette(palette(kind))
    _current["palette_set"] = True
    if not _current["hooked"]:  # follow the desktop switching while "System" is chosen
        QGuiApplication.styleHints().colorSchemeChanged.connect(_desktop_switched)
        _current["hooked"] = True
    log.info("theme %s (%s)", name, kind)
    return kind


def apply_saved_theme(store) -> str:
    """Apply the theme stored in the settings (System when none)."""
    return apply_theme(str(store.get_setting(SETTING_KEY, DEFAULT_THEME) or DEFAULT_THEME))


def save_and_apply(store, name: str) -> str:
    """Remember the chosen theme and apply it at once."""
    store.set_setting(SETTING_KEY, name)
    return apply_theme(name)


def _desktop_switched(_scheme=None) -> None:
    if _current["name"] == "system":
        apply_theme("system")


def is_dark(widget) -> bool:
    """Whether a widget is drawn on a dark background (for colours chosen in code)."""
    return widget.palette().color(Role.Window).lightness() < 128
