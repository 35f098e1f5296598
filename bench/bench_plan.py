"""Time switching the Plan pane between two interviews whose plans hold 50 questions each.

Run from the repository root:  python bench/bench_plan.py [runs]
Target: the new plan is shown in under 30 ms (median after warm-up), measured through the main
window's own selection path (flush, load every pane) with the layout done.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from bench.common import sample, show_started  # noqa: E402
from followup_desktop.app import build_main_window  # noqa: E402

TARGET_MS = 30.0


def time_switch(window, ids: list[str], runs: int, warmup: int = 5) -> list[float]:
    """Milliseconds to select each interview in turn through the sidebar, layout and paint included."""
    app = QApplication.instance()
    turn = iter(range(10**9))

    def switch() -> None:
        window.sidebar.select("interview", ids[next(turn) % len(ids)])
        app.processEvents()  # layout and paint of the new panes

    return sample(switch, runs, warmup)


def main(runs: int = 20) -> int:
    app = QApplication.instance() or QApplication([])
    window = build_main_window(tempfile.mkdtemp(prefix="bench-plan-"))
    store = window.store
    application = store.applications.add("Acme Robotics", "Head of Platform")
    people = [store.contacts.add(application.id, f"Person {n}", title="Engineer") for n in range(4)]
    ids = []
    for round_no in (1, 2):
        interview = store.interviews.add(
            application.id, f"Round {round_no}", scheduled_start="2026-03-05T14:00:00.000Z"
        )
        store.interviews.set_interviewers(interview.id, [p.id for p in people[:3]])
        for n in range(50):
            store.plans.add_item(
                interview.id,
                "question",
                f"Round {round_no} question {n}: how does the team "
                "handle incidents, releases and planning when priorities change?",
            )
        for n in range(5):
            store.plans.add_item(interview.id, "objective", f"Objective {n}")
            store.plans.add_item(interview.id, "point", f"Point {n}")
        store.plans.save(interview.id, research="Research " * 200)
        ids.append(interview.id)
    window.refresh()
    window.resize(1300, 850)
    show_started(app, window)
    timings = time_switch(window, ids, runs)
    assert window.plan_pane.questions.view.count() == 50
    median = statistics.median(timings)
    print(
        f"switch interview (50 questions each): median {median:.1f} ms, min {min(timings):.1f}, "
        f"max {max(timings):.1f} over {runs} runs (target < {TARGET_MS:.0f} ms)"
    )
    window.store.close()
    return 0 if median < TARGET_MS else 1


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 20))
