"""What the one-folder bundle keeps of PySide6 (packaging/lean.py), on each platform's file names."""

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("lean", ROOT / "packaging" / "lean.py")
lean = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(lean)


@pytest.mark.parametrize(
    "dest, platform",
    [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "linux"),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", "linux"),  # --selftest runs on it
        ("PySide6/Qt/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so", "linux"),
        ("PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so", "linux"),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", "linux"),
        ("PySide6/Qt/plugins/iconengines/libqsvgicon.so", "linux"),
        ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", "linux"),
        ("PySide6/Qt/lib/libQt6Core.so.6", "linux"),
        ("PySide6/Qt/lib/libQt6DBus.so.6", "linux"),  # QtGui links to it
        ("PySide6/Qt/lib/libicudata.so.73", "linux"),
        ("libQt6Gui.so.6", "linux"),
        ("PySide6/QtWidgets.abi3.so", "linux"),
        ("PySide6\\plugins\\platforms\\qwindows.dll", "win32"),
        ("PySide6\\plugins\\styles\\qmodernwindowsstyle.dll", "win32"),
        ("PySide6\\Qt6Network.dll", "win32"),  # libraries are only thinned where a build was checked
        ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", "darwin"),
        ("PySide6/Qt/plugins/styles/libqmacstyle.dylib", "darwin"),
        ("docx/templates/default-header.xml", "linux"),
        ("lxml/etree.cpython-311-x86_64-linux-gnu.so", "linux"),
    ],
)
def test_kept(dest, platform):
    assert lean.keep(dest, platform)


@pytest.mark.parametrize(
    "dest, platform",
    [
        ("PySide6/Qt/translations/qtbase_de.qm", "linux"),
        ("PySide6\\translations\\qtbase_fr.qm", "win32"),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", "linux"),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", "linux"),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", "linux"),
        ("PySide6/Qt/plugins/xcbglintegrations/libqxcb-glx-integration.so", "linux"),
        ("PySide6/Qt/plugins/imageformats/libqtiff.so", "linux"),
        ("PySide6/Qt/plugins/generic/libqevdevmouseplugin.so", "linux"),
        ("PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so", "linux"),
        ("PySide6\\plugins\\tls\\qopensslbackend.dll", "win32"),
        ("PySide6/Qt/plugins/imageformats/libqwebp.dylib", "darwin"),
        ("PySide6/Qt/lib/libQt6Network.so.6", "linux"),
        ("PySide6/Qt/lib/libQt6OpenGL.so.6", "linux"),
        ("PySide6/Qt/lib/libQt6WaylandClient.so.6", "linux"),
        ("libQt6Network.so.6", "linux"),  # the link PyInstaller makes at the top level
    ],
)
def test_dropped(dest, platform):
    assert not lean.keep(dest, platform)


def test_filter_toc_keeps_entries_whole():
    toc = [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/src/libqxcb.so", "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", "/src/libqvnc.so", "BINARY"),
    ]
    assert lean.filter_toc(toc, "linux") == toc[:1]
