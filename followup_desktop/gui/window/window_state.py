"""The window's size, layout and place, remembered between runs in the settings file beside the data."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from followup_desktop.gui.window.interview_tabs import TAB_NAMES
from followup_desktop.gui.window.navigator import Place

DEFAULT_SIZE = (1180, 760)
OLD_KEYS = ("window/tab", "window/selectedKind", "window/selectedId")  # 0.1's


class WindowState:
    """Restores and saves `window`'s geometry, its toolbars and docks, the splitter and the last place."""

    def __init__(self, window, splitter, path) -> None:
        self.window, self.splitter, self.path = window, splitter, path

    def _settings(self) -> QSettings:
        return QSettings(str(self.path), QSettings.Format.IniFormat)

    def restore(self) -> Place | None:
        """Put the window back as it was; the place it showed (to go to once it has painted)."""
        settings = self._settings()
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.window.restoreGeometry(geometry)
        else:
            self.window.resize(*DEFAULT_SIZE)
        restorers = (("window/state", self.window.restoreState), ("window/splitter", self.splitter.restoreState))
        for key, restore in restorers:
            value = settings.value(key)
            if isinstance(value, QByteArray):
                restore(value)
        return Place.parse(settings.value("window/place", "")) or _place_of_0_1(settings)

    def save(self, place: Place) -> None:
        """Remember size, layout and the place shown for the next start."""
        settings = self._settings()
        settings.setValue("window/geometry", self.window.saveGeometry())
        settings.setValue("window/state", self.window.saveState())
        sizes = self.splitter.sizes()
        if all(sizes):  # save the sizes shown, not the ones asked for: pages' minimum widths may have
            self.splitter.setSizes(sizes)  # overruled those, and the pages built later are not there at start
        settings.setValue("window/splitter", self.splitter.saveState())
        settings.setValue("window/place", str(place))
        for key in OLD_KEYS:
            settings.remove(key)
        settings.sync()


def _place_of_0_1(settings: QSettings) -> Place | None:
    """The last selection as 0.1 saved it (kind, id and a tab for whatever was selected)."""
    kind, ident = str(settings.value("window/selectedKind", "")), str(settings.value("window/selectedId", ""))
    try:
        tab = TAB_NAMES[int(settings.value("window/tab", 0) or 0)]
    except (ValueError, IndexError):
        tab = ""
    return Place.parse(f"{kind}:{ident}:{tab}")
