"""Themes in a fresh process: "System" follows the desktop's palette before the first paint."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# A platform with a dark colour scheme hands Qt a dark palette (Qt 6.5+); the child sets one
# the same way before the theme is applied, then reports what the theme chose.
CHILD = """
import sys
import PySide6.QtCore
from PySide6.QtWidgets import QApplication
from followup_desktop.gui.common import theme
app = QApplication(sys.argv[:1])
desktop, chosen = sys.argv[1], sys.argv[2]
if desktop == "dark":
    app.setPalette(theme.palette("dark"))
kind = theme.apply_theme(chosen)
touched = "Qt" in vars(PySide6.QtCore)
later = theme.effective("system")  # asked again after the palette is ours (as the settings dialog does)
print(kind, QApplication.palette().color(theme.Role.Window).lightness() < 128, touched, later)
"""


def _run(desktop: str, chosen: str) -> list[str]:
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-c", CHILD, desktop, chosen], capture_output=True, text=True, env=env, cwd=ROOT, timeout=60
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.split()


@pytest.mark.parametrize(
    "desktop, chosen, kind",
    [
        ("light", "system", "light"),
        ("dark", "system", "dark"),
        ("dark", "light", "light"),
        ("light", "dark", "dark"),
    ],
)
def test_theme_at_start(desktop, chosen, kind):
    applied, dark_palette, qt_touched, later = _run(desktop, chosen)
    assert applied == kind and dark_palette == str(kind == "dark")
    assert qt_touched == "False"  # no Qt namespace before the first paint (tests/test_startup_imports.py)
    assert later == desktop  # "System" keeps meaning the same desktop once our palette is set
