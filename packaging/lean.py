"""Which collected files the one-folder bundle keeps: the spec filters PyInstaller's lists with it.

PyInstaller's Qt hooks collect every plugin, translation and helper library that PySide6 ships.
The application draws widgets with the raster engine, loads SVG icons, prints through CUPS and
never opens a network connection, so most of them are never loaded. What is kept here is what
`--selftest` and a real window under Xvfb need (packaging/ci-bundle.sh checks both).
"""

from __future__ import annotations

import re
from pathlib import PurePosixPath

# Plugin folders and the plugins kept in each; a folder not listed is dropped whole.
# None keeps every plugin in the folder.
KEPT_PLUGINS: dict[str, set[str] | None] = {
    # the display (xcb on Linux), the headless one (--selftest, tests), Windows, macOS
    "platforms": {"qxcb", "qoffscreen", "qwindows", "qcocoa"},
    # dead keys and the compose key; ibus for Chinese, Japanese and Korean input
    "platforminputcontexts": {"composeplatforminputcontextplugin", "ibusplatforminputcontextplugin"},
    # the toolbar and app icons are SVG (PNG is built into QtGui)
    "imageformats": {"qsvg"},
    "iconengines": {"qsvgicon"},
    # real printers on Linux and macOS (Windows printing is built into QtPrintSupport)
    "printsupport": {"cupsprintersupport"},
    # native look of the file and print dialogs on Windows and macOS
    "styles": None,
}

# The Qt libraries the kept plugins and PySide6 modules link to, on Linux. The others (Network,
# OpenGL, Wayland, EGLFS ...) only served dropped plugins. Not applied on Windows or macOS,
# where no build has been checked yet.
KEPT_QT_LIBRARIES_LINUX = {"Core", "Gui", "Widgets", "Svg", "PrintSupport", "DBus", "XcbQpa"}

_QT_LIBRARY = re.compile(r"^libQt6(\w+?)\.so(\.\d+)*$")


def _plugin_name(filename: str) -> str:
    """'libqxcb.so' -> 'qxcb', 'qwindows.dll' -> 'qwindows', 'libqcocoa.dylib' -> 'qcocoa'."""
    stem = filename.split(".")[0]
    return stem[3:] if stem.startswith("lib") else stem


def keep(dest: str, platform: str) -> bool:
    """True if the file PyInstaller collected to `dest` (inside the bundle) belongs in it."""
    parts = PurePosixPath(dest.replace("\\", "/")).parts
    if not parts:
        return True
    library = _QT_LIBRARY.match(parts[-1])  # also the links to them at the bundle's top level
    if platform.startswith("linux") and library:
        return library.group(1) in KEPT_QT_LIBRARIES_LINUX
    if parts[0] != "PySide6":
        return True
    if "translations" in parts:  # the application is in English and installs no QTranslator
        return False
    if "plugins" in parts:
        index = parts.index("plugins")
        if len(parts) < index + 3:
            return True
        kept = KEPT_PLUGINS.get(parts[index + 1], set())
        return kept is None or _plugin_name(parts[-1]) in kept
    return True


def filter_toc(toc: list, platform: str) -> list:
    """The entries of a PyInstaller TOC (dest, source, kind) that `keep` keeps."""
    return [entry for entry in toc if keep(entry[0], platform)]
