"""Start-up stays light: what is loaded at the first paint of the window (a guard, never a timing)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

# The child paints the real window on a migrated data folder and prints what is loaded at that moment, then
# again once the window's start-up work is done (`started`). Markers: "<Qt-namespace>" if PySide6's Qt
# namespace was built (~15 ms for its ~100 enum classes), "<every-widget-class>" if PySide6 built every
# QtWidgets class (it does when Python first meets an object of a Qt-internal class, e.g. in an
# application-wide event filter: ~140 enum classes, ~30 ms), "<QStyle>" if the application was asked for
# its style (QStyle's 11 enum classes, ~6 ms), "<QEvent>" if Python met an event (its Type enum has 179
# members, ~4 ms), "<sources-read>" if PySide6 read the program's modules
# for its __feature__ switches (gui/common/feature_scan.py: ~4 MiB). No application-wide filter here either.
CHILD = """
import sys

def report():
    import gc
    import linecache
    import PySide6.QtCore, PySide6.QtWidgets

    built = ["<Qt-namespace>"] if "Qt" in vars(PySide6.QtCore) else []  # PySide6 builds it on first use
    built += ["<every-widget-class>"] if "QWizard" in vars(PySide6.QtWidgets) else []
    built += ["<QStyle>"] if "QStyle" in vars(PySide6.QtWidgets) else []
    built += ["<QEvent>"] if "QEvent" in vars(PySide6.QtCore) else []
    built += ["<sources-read>"] if any("followup_desktop" in name for name in linecache.cache) else []
    built += [] if gc.isenabled() else ["<no-cycle-collection>"]
    print(" ".join(sorted(sys.modules) + built), flush=True)

from followup_desktop import app as followup  # no PySide6 yet: the program imports it, as on a real start

build = followup.build_main_window

def build_main_window(*args, **kwargs):
    from PySide6.QtCore import QTimer
    from followup_desktop.gui.window import main_window

    after_first_paint = main_window.MainWindow.after_first_paint

    def first_paint(window):  # called once the window has painted, before it does anything more
        if not getattr(window, "reported", False):
            window.reported = True
            report()
            window.started.connect(lambda: (report(), QTimer.singleShot(0, window.close)))
        after_first_paint(window)

    main_window.MainWindow.after_first_paint = first_paint
    return build(*args, **kwargs)

followup.build_main_window = build_main_window
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
    "followup_desktop.core.models",  # dataclasses, ~3 M instructions each: the sidebar lists summaries
    "followup_desktop.core.store.notes",  # the store's repositories are made on first use
    "followup_desktop.core.store.stories",
    "followup_desktop.core.store.letters",
    "followup_desktop.core.search",
    "json",
    "<every-widget-class>",
    "<QStyle>",
    "<QEvent>",
    "<sources-read>",
)


@pytest.fixture(scope="module")
def loaded(tmp_path_factory) -> list[str]:
    from followup_desktop.core.store import Store

    folder = tmp_path_factory.mktemp("data")
    Store.open(folder / "followup.sqlite3").close()  # migrated already, as on every start but the first
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(folder)], capture_output=True, text=True, env=env, cwd=ROOT, timeout=60
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.splitlines()


@pytest.fixture(scope="module")
def loaded_at_first_paint(loaded) -> set[str]:
    return set(loaded[0].split())


@pytest.fixture(scope="module")
def loaded_once_started(loaded) -> set[str]:
    return set(loaded[1].split())


def test_the_window_painted_with_the_store_open(loaded_at_first_paint):
    assert "followup_desktop.gui.window.main_window" in loaded_at_first_paint


@pytest.mark.parametrize("module", NOT_AT_FIRST_PAINT)
def test_not_loaded_before_the_first_paint(loaded_at_first_paint, module):
    assert module not in loaded_at_first_paint


# Once started, the window idles with these still not loaded: they cost memory for as long as it runs.
NOT_ONCE_STARTED = (
    "sqlite_utils",  # only a migration needs it; the store writes in plain SQL
    "click",
    "dateutil",
    "pluggy",
    "<every-widget-class>",
    "<Qt-namespace>",  # the menus' icons are set without it; they are drawn when a menu shows
    "<sources-read>",
    "<no-cycle-collection>",  # paused during start-up only
    "followup_desktop.gui.plan.pane",  # the panes are built when an interview is opened
    "followup_desktop.gui.notes.pane",
    "followup_desktop.gui.letter.pane",
)


def test_the_window_started(loaded_once_started):
    assert "followup_desktop.core.tracker.followups" in loaded_once_started


@pytest.mark.parametrize("module", NOT_ONCE_STARTED)
def test_not_loaded_once_started(loaded_once_started, module):
    assert module not in loaded_once_started
