"""Time the note commit, opening a busy interview and a keystroke in the capture line.

Run from the repository root:  python bench/bench_notes.py [runs]
Targets (median): Enter-to-durable commit <= 5 ms with 200,000 notes in the database;
opening an interview with 2,000 notes <= 100 ms; one keystroke in the capture line <= 8 ms.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import show_started  # noqa: E402
from followup_desktop.core.clock import FrozenClock  # noqa: E402
from followup_desktop.core.store import Store  # noqa: E402
from followup_desktop.core.store.rows import new_id  # noqa: E402

TOTAL_NOTES = 200_000
BUSY_NOTES = 2_000


def _report(name: str, samples: list[float], budget: float) -> bool:
    med = statistics.median(samples)
    ok = med <= budget
    print(
        f"{name:<42} median {med:7.2f} ms  min {min(samples):7.2f}  max {max(samples):7.2f}  "
        f"budget {budget:g} ms  {'OK' if ok else 'OVER'}"
    )
    return ok


def _fill(store: Store) -> tuple[str, str]:
    """200,000 notes over 100 interviews; returns a busy interview (2,000 notes) and another."""
    app = store.applications.add("Bench Co")
    speaker = store.contacts.add(app.id, "Dana")
    interviews = [store.interviews.add(app.id, f"Round {i}").id for i in range(TOTAL_NOTES // BUSY_NOTES)]
    rows = []
    for n in range(TOTAL_NOTES):
        iv = interviews[n % len(interviews)]
        stamp = f"2026-03-02T{9 + (n % 10):02d}:{(n // 10) % 60:02d}:{n % 60:02d}.000Z"
        rows.append(
            (
                new_id(),
                iv,
                stamp,
                f"Note {n}: the queue loses messages when nodes drain " * 2,
                "answer",
                speaker.id,
                None,
                stamp,
                stamp,
            )
        )
    with store.atomic():
        store.db.conn.executemany(
            "INSERT INTO notes (id, interview_id, stamped_at, text, kind, speaker_id, "
            "question_id, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?)",
            rows,
        )
        first = store.notes.all(interviews[0])
        for note in first[:50]:
            store.challenges.add(note.id, 0, 4)
    return interviews[0], interviews[1]


def bench_commit(store: Store, interview_id: str, runs: int) -> list[float]:
    out = []
    for i in range(runs):
        store.notes.save_pending(interview_id, f"draft {i}", "2026-03-02T10:00:00Z")
        t = time.perf_counter()
        store.notes.add(interview_id, f"Committed note {i}", "2026-03-02T10:00:00Z", clear_pending=True)
        out.append((time.perf_counter() - t) * 1000)
    return out


def bench_gui(data_dir: Path, interview_id: str, runs: int) -> tuple[list[float], list[float]]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from followup_desktop.app import build_main_window

    app = QApplication.instance() or QApplication([])
    window = build_main_window(data_dir, FrozenClock("2026-03-02T12:00:00Z"))
    window.resize(1300, 800)
    show_started(app, window)
    pane = window.notes_pane
    interview = window.store.interviews.get(interview_id)
    other = window.store.interviews.all()[-1]
    opens = []
    for _ in range(runs):
        pane.load(other)
        app.processEvents()
        t = time.perf_counter()
        pane.load(interview)
        app.processEvents()  # includes painting the visible rows
        opens.append((time.perf_counter() - t) * 1000)
    pane.capture.setFocus()
    keys = []
    for i in range(runs * 5):
        t = time.perf_counter()
        QTest.keyClick(pane.capture, Qt.Key.Key_A if i % 7 else Qt.Key.Key_Space)
        app.processEvents()
        keys.append((time.perf_counter() - t) * 1000)
    pane.capture.reset()
    pane.flush()
    window.close()
    window.store.close()
    return opens, keys


def main(runs: int = 50) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp)
        store = Store.open(data_dir / "followup.sqlite3", FrozenClock("2026-03-02T12:00:00Z"))
        t = time.perf_counter()
        busy, other = _fill(store)
        print(f"filled {TOTAL_NOTES:,} notes in {time.perf_counter() - t:.1f} s")
        commit = bench_commit(store, other, runs * 4)
        store.close()
        opens, keys = bench_gui(data_dir, busy, runs // 5 or 1)
    ok = _report(f"commit a note ({TOTAL_NOTES:,} in db, WAL)", commit, 5)
    ok &= _report(f"open an interview with {BUSY_NOTES:,} notes", opens, 100)
    ok &= _report("one keystroke in the capture line", keys, 8)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 50))
