"""Time computing the dashboard on a generated database of 5,000 interviews.

Run from the repository root:  python bench/bench_dashboard.py [runs]
Target: at most 20 ms (median) for dashboard_items() — a few set-based queries plus the
Python that turns the rows needing attention into dashboard items.
"""

from __future__ import annotations

import datetime as _dt
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from followup_desktop.core.clock import FrozenClock, to_iso  # noqa: E402
from followup_desktop.core.models import OUTCOMES  # noqa: E402
from followup_desktop.core.store import Store  # noqa: E402
from followup_desktop.core.tracker.followups import dashboard_items  # noqa: E402

TARGET_MS = 20.0
NOW = _dt.datetime(2026, 3, 2, 9, tzinfo=_dt.UTC)


def generate(store: Store, applications: int = 500, per_application: int = 10) -> None:
    """A realistic history: most past interviews have a sent letter and an outcome."""
    rnd = random.Random(7)
    with store.atomic():
        for a in range(applications):
            app = store.applications.add(f"Company {a}", f"Role {a}")
            people = [store.contacts.add(app.id, f"Person {a}-{n}") for n in range(2)]
            if a % 7 == 0:
                day = NOW.date() + _dt.timedelta(days=rnd.randint(-10, 30))
                store.tracker.set_keep_in_touch(app.id, True, day.isoformat())
            for r in range(per_application):
                start = NOW + _dt.timedelta(days=rnd.randint(-400, 20), hours=rnd.randint(0, 9))
                past = start < NOW - _dt.timedelta(days=3)
                outcome = rnd.choice(OUTCOMES[1:]) if past and rnd.random() < 0.9 else "pending"
                interview = store.interviews.add(
                    app.id, f"Round {r + 1}", scheduled_start=to_iso(start), outcome=outcome
                )
                store.interviews.set_interviewers(interview.id, [people[r % 2].id])
                if rnd.random() < 0.7:
                    store.plans.add_item(interview.id, "question", "How is success measured?")
                if start < NOW:
                    letter = store.letters.add(interview.id, "thank-you", people[r % 2].id, "Thanks", "Dear…")
                    if past and rnd.random() < 0.92:
                        store.letters.mark_sent(letter.id, to_iso(start + _dt.timedelta(hours=20)), "email")


def main(runs: int = 50) -> int:
    path = Path(tempfile.mkdtemp(prefix="bench-dashboard-")) / "bench.sqlite3"
    store = Store.open(path, FrozenClock(NOW))
    started = time.perf_counter()
    generate(store)
    print(f"generated 5,000 interviews in {time.perf_counter() - started:.1f} s")
    items = dashboard_items(store)  # warm-up
    timings = []
    for _ in range(runs):
        t0 = time.perf_counter()
        dashboard_items(store)
        timings.append((time.perf_counter() - t0) * 1000)
    median = statistics.median(timings)
    print(
        f"dashboard: {len(items)} items; median {median:.1f} ms, min {min(timings):.1f} ms, "
        f"max {max(timings):.1f} ms over {runs} runs (target <= {TARGET_MS:.0f} ms)"
    )
    store.close()
    return 0 if median <= TARGET_MS else 1


if __name__ == "__main__":
    sys.exit(main(*(int(a) for a in sys.argv[1:2])))
