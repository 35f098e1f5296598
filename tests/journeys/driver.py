"""Drive the real application as a person would: on an X server (xcb), with X input from xdotool.

A journey runs in its own process (`python -m tests.journeys.<walk> DATA SHOTS`): the program is
started with `app.run_gui()` exactly as `followup-desktop` starts it, and the steps run inside its
event loop. Keys and text go through the X server (xdotool's XTEST), so they land wherever the
keyboard focus really is; clicks are Qt's own mouse events on the widget under the pointer. After
each step the journey checks what is on screen (place, tab, a visible focused widget), what the
database holds, and which writes reached it, and saves a screenshot of the whole screen.
"""

from __future__ import annotations

import gc
import json
import re
import shutil
import sqlite3
import subprocess
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

USER_TABLES = (
    "applications",
    "contacts",
    "interviews",
    "interview_participants",
    "plans",
    "plan_items",
    "notes",
    "note_drafts",
    "challenges",
    "letters",
    "letter_versions",
    "letter_sources",
    "stories",
    "contact_log",
    "question_bank",
    "personal_words",
    "trash",
    "settings",
)
WATCHDOG_S = 120  # a journey takes ~20 s; past this it is stuck, not slow
VOLATILE = {"updated_at", "created_at"}  # compared where a step says so, not in every snapshot


class JourneyFailed(AssertionError):
    """A step did not leave the window or the database as the user would expect."""


def snapshot(database: Path) -> dict[str, dict[str, dict]]:
    """Every user row of the database, by table and id, read on a separate read-only connection."""
    conn = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    try:
        out = {}
        for table in USER_TABLES:
            rows = conn.execute(f"SELECT rowid AS _rowid, * FROM {table}").fetchall()
            key = next((k for k in ("id", "key") if rows and k in rows[0].keys()), "_rowid")
            out[table] = {str(r[key]): {k: r[k] for k in r.keys() if k != "_rowid"} for r in rows}
        return out
    finally:
        conn.close()


def changes(before: dict, after: dict) -> dict[str, dict[str, list[str]]]:
    """{table: {"added": ids, "removed": ids, "changed": ["id.column", ...]}} between two snapshots."""
    out: dict[str, dict[str, list[str]]] = {}
    for table in USER_TABLES:
        old, new = before.get(table, {}), after.get(table, {})
        diff = {
            "added": sorted(set(new) - set(old)),
            "removed": sorted(set(old) - set(new)),
            "changed": sorted(
                f"{i}.{c}"
                for i in set(old) & set(new)
                for c in new[i]
                if c not in VOLATILE and old[i].get(c) != new[i][c]
            ),
        }
        if any(diff.values()):
            out[table] = {k: v for k, v in diff.items() if v}
    return out


class WriteLog:
    """Every statement that writes to the program's connection, with the program's code that ran it."""

    WRITES = ("insert", "update", "delete", "replace")

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.entries: list[tuple[str, str]] = []
        conn.set_trace_callback(self._trace)

    def _trace(self, sql: str) -> None:
        head = sql.lstrip().split(None, 1)[0].lower() if sql.strip() else ""
        if head in self.WRITES:
            self.entries.append((" ".join(sql.split()[:4]), _origin()))

    def take(self) -> list[tuple[str, str]]:
        taken, self.entries = self.entries, []
        return taken


def _origin() -> str:
    """module:function of the innermost frame in the program's GUI (where a write was asked for)."""
    frame = sys._getframe(2)
    first = ""
    while frame is not None:
        module = frame.f_globals.get("__name__", "")
        if module.startswith("followup_desktop.gui."):
            return f"{module.removeprefix('followup_desktop.gui.')}:{frame.f_code.co_name}"  # "notes.pane:commit"
        if module.startswith("followup_desktop") and not first:
            first = f"{module.rsplit('.', 1)[-1]}:{frame.f_code.co_name}"
        frame = frame.f_back
    return first or "?"


class Journey:
    """Steps against the running window; `run()` calls `walk(journey)` once the window is on screen."""

    def __init__(self, data_dir: Path, shots: Path, walk: Callable[[Journey], None]) -> None:
        self.data_dir, self.shots, self.walk = data_dir, shots, walk
        self.window = None
        self.failed: str | None = None
        self.step_no = 0
        self.log: list[dict] = []
        self.before: dict = {}
        self.writes: WriteLog | None = None
        self.xdotool = shutil.which("xdotool")
        self.started = time.monotonic()

    # ----------------------------------------------------------------- running
    def run(self) -> int:
        from followup_desktop import app

        qapp = QApplication.instance() or QApplication(sys.argv[:1])
        QTimer.singleShot(0, self._begin)
        self.watchdog(WATCHDOG_S)
        code = app.run_gui(self.data_dir)
        (self.shots / "journey.json").write_text(json.dumps(self.log, indent=1, ensure_ascii=False), "utf-8")
        del qapp
        if self.failed:
            print(self.failed, file=sys.stderr)
            return 1
        return code

    def _begin(self) -> None:
        from followup_desktop.gui.window.main_window import MainWindow

        deadline = time.monotonic() + 20
        while self.window is None and time.monotonic() < deadline:
            self.window = next((w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)), None)
            QTest.qWait(20)
        try:
            if self.window is None:
                raise JourneyFailed("the main window never appeared")
            window = self.window
            if not QTest.qWaitForWindowExposed(window, 10_000):
                raise JourneyFailed("the main window was never exposed on the X screen")
            self.wait_until(lambda: window.dashboard.active, "the window finished starting")
            window.activateWindow()
            self.wait_until(window.isActiveWindow, "the window has the keyboard")
            self.writes = WriteLog(window.store.conn)
            self.before = snapshot(window.data.database)
            self.walk(self)
        except Exception:  # a failed step: say which, keep the picture, and let the program close
            self.failed = f"journey failed at step {self.step_no}:\n{traceback.format_exc()}"
            self.screenshot("FAILED")
            if self.window is not None:
                self.window.store.conn.set_trace_callback(None)
                from followup_desktop.gui.common import dialogs

                dialogs.ask_unsaved_on_close = lambda *a: "discard"
                self.window.close()
            QApplication.instance().exit(1)

    # ----------------------------------------------------------------- steps
    def step(
        self,
        name: str,
        *,
        place: str | None = None,
        tab: str | None = None,
        focus: str | None = "visible",
        db: dict[str, dict[str, int]] | None = None,
        writes_from: set[str] | None = None,
    ) -> dict:
        """Check the window and the database after the actions of one step; returns the database changes.

        place/tab: where the navigator must be. focus: "visible" (the focus widget, if any, is on
        screen), an objectName the focus widget must have, or None (not checked). db: the exact
        number of rows added/removed/changed per table ({"notes": {"added": 1}}); any other change
        fails. writes_from: the GUI modules allowed to have written in this step.
        """
        self.step_no += 1
        print(f"{time.monotonic() - self.started:6.1f} s  step {self.step_no}: {name}", flush=True)
        gc.collect()  # here, between steps, rather than inside a nested event loop of a dialog
        QTest.qWait(50)
        window = self.window
        self.screenshot(name)
        problems = []
        nav = window.navigator
        if place is not None and (nav.current is None or nav.current.page != place):
            problems.append(f"place is {nav.current}, expected {place}")
        if tab is not None and (nav.current is None or nav.current.tab != tab):
            problems.append(f"tab is {nav.current}, expected {tab}")
        if place is not None and window.stack.currentWidget() is not nav._pages[place][0]():
            problems.append(f"the page on screen is {window.stack.currentWidget().objectName()}")
        widget = QApplication.focusWidget()
        if focus is not None and widget is not None and not widget.isVisible():
            problems.append(f"the focus is in a hidden widget: {widget.objectName()}")
        if focus not in (None, "visible") and (widget is None or widget.objectName() != focus):
            problems.append(f"the focus is in {widget.objectName() if widget else None}, expected {focus}")
        if nav.focus_faults:
            problems.append(f"the focus went to hidden widgets: {nav.focus_faults}")
        after = snapshot(window.data.database)
        found = changes(self.before, after)
        if db is not None:
            counted = {t: {k: len(v) for k, v in d.items()} for t, d in found.items()}
            if counted != db:
                problems.append(f"database changes {counted}, expected {db}: {found}")
        writes = self.writes.take() if self.writes else []
        origins = {origin.split(":")[0] for _, origin in writes}
        if writes_from is not None and not origins <= writes_from:
            problems.append(f"writes from {sorted(origins - writes_from)} not asked for: {writes}")
        self.log.append(
            {
                "step": self.step_no,
                "name": name,
                "place": str(nav.current),
                "changes": found,
                "writes": sorted(origins),
                "focus": widget.objectName() if widget else None,
            }
        )
        self.before = after
        if problems:
            raise JourneyFailed(f"step {self.step_no} ({name}): " + "; ".join(problems))
        return found

    def remember(self, key: str, value) -> None:
        """Keep a value for the next run of a journey on the same folder (a restart)."""
        path = self.shots.parent / "memory.json"
        memory = json.loads(path.read_text("utf-8")) if path.exists() else {}
        memory[key] = value
        path.write_text(json.dumps(memory, ensure_ascii=False), "utf-8")

    def recall(self, key: str):
        return json.loads((self.shots.parent / "memory.json").read_text("utf-8"))[key]

    def screenshot(self, name: str) -> None:
        screen = QApplication.primaryScreen()
        if screen is not None:
            safe = "".join(c if c.isalnum() else "-" for c in name.lower())[:60]
            screen.grabWindow(0).save(str(self.shots / f"{self.step_no:02d}-{safe}.png"))

    # ----------------------------------------------------------------- input
    def keys(self, *chords: str) -> None:
        """Press key chords through the X server, e.g. keys("ctrl+shift+l"), to whatever has the focus."""
        for chord in chords:
            self._xdotool("key", "--clearmodifiers", chord)

    def type(self, text: str, into: QWidget | str | None = None) -> None:
        """Type text through the X server; `into`: the widget (or objectName) that must have the focus.

        Plain ASCII is typed key by key. Other characters are pasted (Ctrl+V), as a person enters
        text their keyboard lacks: xdotool's typing of them depends on remapping the X keymap on
        the fly, which drops characters now and then.
        """
        self.expect_focus(into)
        for index, line in enumerate(text.split("\n")):
            if index:
                self.keys("shift+Return")
            for run in re.findall(r"[ -~]+|[^ -~]+", line):
                if run.isascii():
                    self._xdotool("type", "--delay", "4", "--clearmodifiers", run)
                else:
                    QApplication.clipboard().setText(run)
                    self.keys("ctrl+v")

    def expect_focus(self, into: QWidget | str | None) -> QWidget | None:
        widget = QApplication.focusWidget()
        if into is not None:
            wanted = into if isinstance(into, str) else into.objectName()
            if widget is None or widget.objectName() != wanted or not widget.isVisible():
                raise JourneyFailed(
                    f"typing for {wanted}, but the focus is in {widget.objectName() if widget else None}"
                )
        return widget

    def _xdotool(self, *args: str) -> None:
        if not self.xdotool:
            raise JourneyFailed("xdotool is needed to type through the X server")
        proc = subprocess.Popen([self.xdotool, *args])
        while proc.poll() is None:
            QTest.qWait(5)  # the program keeps handling what arrives meanwhile
        if proc.returncode:
            raise JourneyFailed(f"xdotool {' '.join(args)} failed")
        QTest.qWait(30)

    def click(self, widget: QWidget, pos: QPoint | None = None, button=Qt.MouseButton.LeftButton) -> None:
        """A click on a visible widget."""
        if not widget.isVisible():
            raise JourneyFailed(f"clicking {widget.objectName()}, which is not on screen")
        QTest.mouseClick(widget, button, Qt.KeyboardModifier.NoModifier, pos or widget.rect().center())
        QTest.qWait(30)

    def wait_until(self, condition: Callable[[], bool], what: str, timeout: float = 10.0) -> None:
        deadline = time.monotonic() + timeout
        while not condition():
            if time.monotonic() > deadline:
                raise JourneyFailed(f"waited {timeout:.0f} s for: {what}")
            QTest.qWait(20)

    def with_dialog(self, open_it: Callable[[], None], answer: Callable[[QWidget], None] | list, what: str) -> None:
        """Open modal dialogs with `open_it`; `answer(dialog)` handles each in turn while it is on screen."""
        answers = list(answer) if isinstance(answer, list) else [answer]
        errors: list[str] = []
        opened: list[QWidget] = []

        def poll() -> None:
            dialog = QApplication.activeModalWidget()
            if dialog is not None and dialog not in opened:
                opened.append(dialog)
                try:
                    QTest.qWaitForWindowExposed(dialog, 5000)
                    dialog.activateWindow()
                    self.wait_until(dialog.isActiveWindow, f"the {what} dialog has the keyboard", 5)
                    self.screenshot(f"dialog {what} {len(opened)}")
                    answers.pop(0)(dialog)
                except Exception:
                    errors.append(traceback.format_exc())
                    dialog.reject() if hasattr(dialog, "reject") else dialog.close()
            if answers and not errors:
                QTimer.singleShot(30, poll)

        QTimer.singleShot(30, poll)
        open_it()
        self.wait_until(lambda: not answers or bool(errors), f"the {what} dialogs", 10)
        QTest.qWait(50)
        opened.clear()  # wrappers of dialogs Qt has deleted (file dialogs, message boxes): never kept
        if errors:
            raise JourneyFailed(f"in the {what} dialog:\n{errors[0]}")
        self.window.activateWindow()
        self.wait_until(self.window.isActiveWindow, "the window has the keyboard again", 5)

    def press_button(self, dialog: QWidget, text: str) -> None:
        """Click the dialog's button whose text (without mnemonics) is `text`."""
        from PySide6.QtWidgets import QAbstractButton

        buttons = [b for b in dialog.findChildren(QAbstractButton) if b.text().replace("&", "") == text]
        if not buttons:
            raise JourneyFailed(
                f"no button {text!r} in {dialog.windowTitle()!r}: "
                f"{[b.text() for b in dialog.findChildren(QAbstractButton)]}"
            )
        self.click(buttons[0])

    def watchdog(self, seconds: float) -> None:
        """Fail (with a screenshot) instead of hanging when the journey is stuck, e.g. on an unexpected dialog."""

        def bite() -> None:
            if self.failed is None and QApplication.instance() is not None:
                modal = QApplication.activeModalWidget()
                self.failed = (
                    f"journey stuck after step {self.step_no} for {seconds:.0f} s; open dialog: "
                    f"{modal.windowTitle() if modal else None}"
                )
                self.screenshot("STUCK")
                while (modal := QApplication.activeModalWidget()) is not None:
                    modal.close()
                    QTest.qWait(20)
                QApplication.instance().exit(1)

        QTimer.singleShot(int(seconds * 1000), bite)


def main(walk: Callable[[Journey], None]) -> None:
    """Command line of a journey module: DATA_DIR SHOTS_DIR."""
    data_dir, shots = Path(sys.argv[1]), Path(sys.argv[2])
    shots.mkdir(parents=True, exist_ok=True)
    sys.exit(Journey(data_dir, shots, walk).run())
