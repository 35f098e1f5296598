"""Start-up stays light: what is loaded at the first paint of the window (a guard, never a timing)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

# The child paints the real window on a migrated data folder and prints what is loaded at that moment,
# and "<Qt-namespace>" if PySide6's Qt namespace was built (~15 ms for its ~100 enum classes).
CHILD = """
import sys
import PySide6.QtCore
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and isinstance(obj, QMainWindow):
            QApplication.instance().removeEventFilter(self)
            qt = ["<Qt-namespace>"] if "Qt" in vars(PySide6.QtCore) else []  # PySide6 builds it on first use
            print(" ".join(sorted(sys.modules) + qt), flush=True)
            QTimer.singleShot(0, QApplication.instance().quit)
        return False

app = QApplication(sys.argv[:1])
watcher = FirstPaint()
app.installEventFilter(watcher)
from followup_desktop import app as followup
sys.exit(followup.main(["--data-dir", sys.argv[1]]))
"""

NOT_AT_FIRST_PAINT = (
    "sqlite_utils",
    "docx",
    "spellchecker",
    "markdown_it",
    "jsonschema",  # heavy third-party libraries
    "followup_desktop.core.backup",
    "followup_desktop.core.bundle",
    "followup_desktop.gui.common.icons",
    "followup_desktop.gui.plan.pane",
    "followup_desktop.gui.notes.pane",
    "followup_desktop.gui.letter.pane",
    "followup_desktop.gui.search.view",
    "followup_desktop.gui.settings.settings_dialog",
    "html",
    "<Qt-namespace>",
    "followup_desktop.gui.tracker.application_view",
    "followup_desktop.gui.common.dialogs",
    "followup_desktop.core.forms",
    "json",
)


@pytest.fixture(scope="module")
def loaded_at_first_paint(tmp_path_factory) -> set[str]:
    from followup_desktop.core.store import Store

    folder = tmp_path_factory.mktemp("data")
    Store.open(folder / "followup.sqlite3").close()  # migrated already, as on every start but the first
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(folder)], capture_output=True, text=True, env=env, cwd=ROOT, timeout=60
    )
    assert result.returncode == 0, result.stderr
    return set(result.stdout.split())


def test_the_window_painted_with_the_store_open(loaded_at_first_paint):
    assert "followup_desktop.gui.window.main_window" in loaded_at_first_paint


@pytest.mark.parametrize("module", NOT_AT_FIRST_PAINT)
def test_not_loaded_before_the_first_paint(loaded_at_first_paint, module):
    assert module not in loaded_at_first_paint
