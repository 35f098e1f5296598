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

Colours chosen in code are "tones" (muted text, overdue, due, error), looked up in the palette
at paint time (`tone`, `ToneDelegate`), never baked into an item: an item coloured when it was
filled kept its light colour on a dark background. Each tone reads at 4.5:1 or more on the
theme's Base and Window colours (WCAG AA for text); tests/gui/test_colours.py measures it.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyledItemDelegate

from followup_desktop.gui.common import texts

log = logging.getLogger(__name__)

SETTING_KEY = "ui.theme"
THEMES = texts.THEMES  # key: words in the settings
DEFAULT_THEME = "system"

Role, Group = QPalette.ColorRole, QPalette.ColorGroup

LIGHT = {
    Role.Window: "#f3f3f5",
    Role.WindowText: "#1d1d20",
    Role.Base: "#ffffff",
    Role.AlternateBase: "#f5f6f8",
    Role.ToolTipBase: "#ffffe8",
    Role.ToolTipText: "#1d1d20",
    Role.PlaceholderText: "#6b6b73",
    Role.Text: "#1d1d20",
    Role.Button: "#ececef",
    Role.ButtonText: "#1d1d20",
    Role.BrightText: "#ffffff",
    Role.Light: "#ffffff",
    Role.Midlight: "#e4e4e8",
    Role.Mid: "#b8b8c0",
    Role.Dark: "#9a9aa3",
    Role.Shadow: "#5a5a60",
    Role.Highlight: "#2f6fd0",
    Role.HighlightedText: "#ffffff",
    Role.Link: "#1f5fbf",
    Role.LinkVisited: "#6a3fb0",
    Role.Accent: "#2f6fd0",
}
DARK = {
    Role.Window: "#26272b",
    Role.WindowText: "#e8e8ec",
    Role.Base: "#1c1d20",
    Role.AlternateBase: "#24252a",
    Role.ToolTipBase: "#33343a",
    Role.ToolTipText: "#e8e8ec",
    Role.PlaceholderText: "#9797a0",
    Role.Text: "#e8e8ec",
    Role.Button: "#313238",
    Role.ButtonText: "#e8e8ec",
    Role.BrightText: "#ffffff",
    Role.Light: "#45464d",
    Role.Midlight: "#3a3b41",
    Role.Mid: "#2c2d32",
    Role.Dark: "#18191b",
    Role.Shadow: "#0c0c0e",
    Role.Highlight: "#2f6ad0",
    Role.HighlightedText: "#ffffff",
    Role.Link: "#7fb0ff",
    Role.LinkVisited: "#c0a0ff",
    Role.Accent: "#4b8ce8",
}
DISABLED = {  # text of disabled widgets: dimmer, but still readable
    "light": {
        Role.WindowText: "#8c8c94",
        Role.Text: "#8c8c94",
        Role.ButtonText: "#8c8c94",
        Role.Highlight: "#b9c6da",
        Role.HighlightedText: "#f3f3f5",
    },
    "dark": {
        Role.WindowText: "#7b7b84",
        Role.Text: "#7b7b84",
        Role.ButtonText: "#7b7b84",
        Role.Highlight: "#3b4658",
        Role.HighlightedText: "#9a9aa3",
    },
}

_current = {"name": DEFAULT_THEME, "hooked": False, "palette_set": False, "platform_dark": False, "fusion": False}


def new_application(argv: list[str]) -> QApplication:
    """The program's QApplication, made with the Fusion style.

    Asking an application which style it has makes PySide6 build QStyle's eleven enum classes
    (about 6 ms before the first paint); one made with ``-style Fusion`` need not be asked.
    """
    app = QApplication([*argv[:1], "-style", "Fusion", *argv[1:]])
    _current["fusion"] = True
    return app


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
    """ "light" or "dark": what a theme name means on this desktop now."""
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
    if not _current["fusion"]:
        if app.style().name().lower() != "fusion":
            app.setStyle("Fusion")
        _current["fusion"] = True  # nothing else in the program sets a style
    app.setPalette(palette(kind))
    _current["palette_set"] = True
    if not _current["hooked"]:  # follow the desktop switching while "System" is chosen
        QGuiApplication.styleHints().colorSchemeChanged.connect(_desktop_switched)
        _current["hooked"] = True
    log.info("theme %s (%s)", name, kind)
    return kind


def apply_saved_theme(store) -> str:
    """Apply the theme stored in the settings (System when none)."""
    return apply_theme(str(store.settings.get(SETTING_KEY, DEFAULT_THEME) or DEFAULT_THEME))


def save_and_apply(store, name: str) -> str:
    """Remember the chosen theme and apply it at once."""
    store.settings.set(SETTING_KEY, name)
    return apply_theme(name)


def _desktop_switched(_scheme=None) -> None:
    if _current["name"] == "system":
        apply_theme("system")


def is_dark(widget) -> bool:
    """Whether a widget is drawn on a dark background (for colours chosen in code)."""
    return widget.palette().color(Role.Window).lightness() < 128


# ----------------------------------------------------------------------- tones
TONE_ROLE = 256 + 40  # Qt.ItemDataRole.UserRole + 40: an item's tone, coloured at paint time
TONES = {  # tone: (on a light palette, on a dark one); "muted" is mixed from the palette itself
    "overdue": ("#b3261e", "#ff8a80"),
    "due": ("#a64600", "#ffb74d"),
    "error": ("#b3261e", "#ff8a80"),
}
MIN_CONTRAST = 4.5  # WCAG AA for normal text


def luminance(colour: QColor) -> float:
    """Relative luminance (WCAG 2)."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG contrast ratio of two colours, 1 to 21."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def _mix(a: QColor, b: QColor, share: float) -> QColor:
    return QColor.fromRgbF(
        *(
            share * x + (1 - share) * y
            for x, y in zip((a.redF(), a.greenF(), a.blueF()), (b.redF(), b.greenF(), b.blueF()))
        )
    )


def tone(name: str, pal: QPalette | None = None) -> QColor:
    """A tone's colour in a palette (the application's by default), legible on its Base."""
    pal = pal if pal is not None else QGuiApplication.palette()
    text, base = pal.color(Group.Active, Role.Text), pal.color(Group.Active, Role.Base)  # a disabled list's too
    if name == "muted":  # secondary text: between Text and Base, never below the contrast floor
        for share in (0.6, 0.7, 0.8, 0.9, 1.0):
            colour = _mix(text, base, share)
            if contrast(colour, base) >= MIN_CONTRAST:
                return colour
        return text
    light, dark = TONES[name]
    return QColor(dark if base.lightness() < 128 else light)


class ToneDelegate(QStyledItemDelegate):
    """Paints an item whose TONE_ROLE names a tone in that tone of the palette it is painted with."""

    def initStyleOption(self, option, index) -> None:  # noqa: N802 - Qt API
        super().initStyleOption(option, index)
        name = index.data(TONE_ROLE)
        if name:
            option.palette.setColor(Role.Text, tone(name, option.palette))
