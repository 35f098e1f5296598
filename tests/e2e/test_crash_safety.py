"""Kill the note capture with SIGKILL at random moments; nothing committed may be lost.

FOLLOWUP_KILL_CYCLES sets how many kills (default 12; the issue's report ran far more).
"""

import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from followup_desktop.core.store import Store
from followup_desktop.gui.common.autosaver import AUTOSAVE_MS

ROOT = Path(__file__).resolve().parents[2]
DRIVER = Path(__file__).with_name("capture_driver.py")
CYCLES = int(os.environ.get("FOLLOWUP_KILL_CYCLES", "12"))
SAVE_DUE = AUTOSAVE_MS / 1000  # what is typed is written at most this long later, once the driver runs


def _prepare(tmp_path):
    data = tmp_path / "data"
    data.mkdir(mode=0o700)
    store = Store.open(data / "followup.sqlite3")
    app = store.applications.add("Crash Test Co", "Engineer")
    interview = store.interviews.add(app.id, "Round 1")
    store.close()
    return data, interview.id


def _run_and_kill(data, interview_id, seed, rng):
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    errors = open(data.parent / f"driver-{seed}.err", "w")  # a file: a full pipe would stall the driver
    proc = subprocess.Popen(
        [sys.executable, str(DRIVER), str(data), interview_id, str(seed)],
        stdout=subprocess.PIPE,
        stderr=errors,
        text=True,
        env=env,
    )
    lines: list[str] = []
    reader = threading.Thread(target=lambda: lines.extend(iter(proc.stdout.readline, "")), daemon=True)
    reader.start()
    deadline = time.time() + 30
    while "READY\n" not in lines:
        assert proc.poll() is None and time.time() < deadline, Path(errors.name).read_text()
        time.sleep(0.01)
    time.sleep(rng.uniform(0.5, 4.0))
    killed_at = time.time()
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    reader.join(5)
    errors.close()
    return lines, killed_at


def _expected(lines):
    committed, typed = [], {}
    for line in lines:
        word, *rest = line.split(" ", 2)
        if word == "COMMITTED":
            committed.append(rest[1].rstrip("\n"))
        elif word == "TYPED":
            n, rest_line = rest[0], rest[1].split()
            typed.setdefault(int(n), []).append((int(rest_line[0]), float(rest_line[1])))
    current = max(typed) if typed else None
    if current is None or len(committed) > current:
        return committed, 0
    # Typing is written at most SAVE_DUE later, when the driver's event loop next runs. Two keystrokes
    # printed after that moment prove it ran (it waits between them): the text typed by then was stored.
    # A loaded machine may starve the driver; this asks only for what it shows it had time to write.
    times = [when for _chars, when in typed[current]]
    written = [chars for chars, when in typed[current] if sum(t >= when + SAVE_DUE for t in times) >= 2]
    must_have = max(written, default=0)
    return committed, must_have


@pytest.mark.timeout(600)
def test_nothing_committed_is_lost_when_killed(tmp_path):
    data, interview_id = _prepare(tmp_path)
    rng = random.Random(20261125)
    all_committed: list[str] = []
    previous_draft = 0
    for cycle in range(CYCLES):
        lines, killed_at = _run_and_kill(data, interview_id, cycle, rng)
        restored = next(int(line.split()[1]) for line in lines if line.startswith("RESTORED"))
        assert restored == previous_draft, f"cycle {cycle}: the draft was not restored after the kill"
        committed, must_have = _expected(lines)
        all_committed += committed
        conn = sqlite3.connect(data / "followup.sqlite3")
        try:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            stored = {r[0] for r in conn.execute("SELECT text FROM notes WHERE interview_id = ?", [interview_id])}
            draft = conn.execute("SELECT text FROM note_drafts WHERE interview_id = ?", [interview_id]).fetchone()
        finally:
            conn.close()
        missing = [t for t in all_committed if t not in stored]
        assert not missing, f"cycle {cycle}: committed notes lost: {missing[:3]}"
        draft_text = draft[0] if draft else ""
        previous_draft = len(draft_text)
        assert len(draft_text) >= must_have, (
            f"cycle {cycle}: the draft kept {len(draft_text)} characters, at least {must_have} were typed "
            f"more than {SAVE_DUE}s before the driver went on typing (killed at {killed_at:.3f}). "
            f"Last lines: {lines[-4:]}. Stderr:\n" + (tmp_path / f"driver-{cycle}.err").read_text()[-3000:]
        )
    assert all_committed, "the driver never committed a note: the test proved nothing"
