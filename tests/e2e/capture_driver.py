"""Types notes into the real capture line until it is killed (used by test_crash_safety.py).

    python capture_driver.py DATA_DIR INTERVIEW_ID SEED

Prints "READY" once the window is up, "TYPED <note> <chars> <unix time>" after each keystroke and
"COMMITTED <note> <text>" once Enter has returned (the note is then in the database).
"""

import os
import random
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from followup_desktop.app import build_main_window  # noqa: E402
from followup_desktop.lock import acquire_lock  # noqa: E402
from followup_desktop.paths import prepare_data_dir  # noqa: E402

WORDS = "the team needs a plan for the migration budget hiring roadmap latency reliability".split()


def main() -> int:
    data_dir, interview_id, seed = sys.argv[1], sys.argv[2], int(sys.argv[3])
    app = QApplication(sys.argv[:1])
    lock = acquire_lock(prepare_data_dir(__import__("pathlib").Path(data_dir)))
    if not lock.isLocked():
        print("LOCKED", flush=True)
        return 3
    window = build_main_window(data_dir)
    window.after_first_paint()  # lists the interviews, as a shown window does once it has painted
    window.sidebar.select("interview", interview_id)
    window.tabs.setCurrentWidget(window.notes_pane)
    window.show()
    capture = window.notes_pane.capture
    capture.setFocus()
    rng = random.Random(seed)
    # The draft a previous kill left was checked by the test; it must be back in the capture line.
    print(f"RESTORED {len(capture.text())}", flush=True)
    capture.reset()
    print("READY", flush=True)
    for n in range(10_000):
        text = f"n{seed}.{n} " + " ".join(rng.choice(WORDS) for _ in range(rng.randint(6, 24)))
        for i, char in enumerate(text):
            QTest.keyClick(capture, char)
            print(f"TYPED {n} {i + 1} {time.time():.3f}", flush=True)
            QTest.qWait(rng.randint(2, 30))
        QTest.keyClick(capture, Qt.Key.Key_Return)
        print(f"COMMITTED {n} {text}", flush=True)
    app.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
