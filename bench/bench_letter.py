"""Time the composer's work on a realistic 400-word letter, in the real Letter pane.

Run from the repository root:  python bench/bench_letter.py [runs]
Targets (median after warm-up): all checks <= 20 ms, a spell-check pass <= 10 ms,
the work one keystroke triggers on the GUI thread <= 8 ms (the key event with the
highlighter re-checking the edited paragraph and the timers restarting), plus the
debounced work (checks + provenance) and the autosave, reported for information.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from PySide6.QtGui import QTextCursor  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from bench.bench_checks import LETTER  # noqa: E402
from bench.common import sample  # noqa: E402
from followup_desktop.core.letters import spelling  # noqa: E402
from followup_desktop.core.letters.checks import run_checks  # noqa: E402
from followup_desktop.core.text.words import word_count  # noqa: E402


def measure(label: str, fn, runs: int, target_ms: float | None) -> float:
    """Print and return the median milliseconds of fn over runs (after one warm-up)."""
    times = sample(fn, runs, warmup=1)
    median = statistics.median(times)
    verdict = "" if target_ms is None else ("ok" if median <= target_ms else "OVER TARGET")
    target = f"(target {target_ms:.0f} ms)" if target_ms else "(information)"
    print(f"{label:<44} median {median:6.2f} ms  max {max(times):6.2f} ms  {target} {verdict}")
    return median


def _open_letter():
    """The real main window showing a 400-word letter in the Letter pane, spell check ready."""
    app = QApplication.instance() or QApplication([])
    from core.letter_fixtures import fill_interview

    from followup_desktop.app import build_main_window

    window = build_main_window(tempfile.mkdtemp())
    interview, dana, _, _ = fill_interview(window.store)
    window.store.letters.add(interview.id, "thank-you", dana.id, "Thanks", LETTER)
    window.refresh()
    window.sidebar.select("interview", interview.id)
    pane = window.letter_pane
    window.tabs.setCurrentWidget(pane)  # typing happens in a letter on screen, checked and underlined
    window.resize(1200, 800)
    window.show()
    app.processEvents()
    spelling.preload(pane.spell.speller.language)
    pane.run_checks_now()
    pane.spell.set_ready()
    cursor = pane.editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    cursor.movePosition(QTextCursor.MoveOperation.PreviousBlock)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    pane.editor.setTextCursor(cursor)
    return app, window, pane


def _keystroke(app, pane):
    keys = iter("the quick brown fox jumps over the lazy dog " * 400)

    def keystroke():
        QTest.keyClick(pane.editor, next(keys))
        app.processEvents()  # relayout and repaint belong to the keystroke too

    return keystroke


def _close(app, window, pane) -> None:
    pane.autosaver.postpone()
    pane.check_timer.stop()
    window.store.close()
    app.processEvents()


def timings(runs: int, warmup: int = 1) -> dict[str, list[float]]:
    """Milliseconds of one keystroke in the composer (key event, highlighter, repaint)."""
    app, window, pane = _open_letter()
    out = {"keystroke": sample(_keystroke(app, pane), runs, warmup)}
    _close(app, window, pane)
    return out


def main(runs: int = 40) -> int:
    app, window, pane = _open_letter()
    text = pane.editor.toPlainText()
    print(f"letter: {word_count(text)} words")
    over = 0
    over += measure("all checks (run_checks)", lambda: run_checks(text, pane._ctx), runs, 20) > 20
    over += measure("spell-check pass (whole letter)", lambda: pane.spell.speller.misspelled(text), runs, 10) > 10
    over += measure("one keystroke in the editor (+ repaint)", _keystroke(app, pane), runs, 8) > 8
    measure("debounced: checks + provenance markers", pane.run_checks_now, runs, None)

    def save():
        pane.autosaver.changed()
        pane.flush()

    measure("debounced: autosave", save, runs, None)
    _close(app, window, pane)
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 40))
