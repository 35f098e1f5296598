"""The benchmark suite keeps running: `python -m bench --quick` exits 0 and prints every row.

No timing is asserted (the machine is shared). Skip with FOLLOWUP_SKIP_BENCH=1.
"""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
OPERATIONS = (
    "start-up, bare PySide6 window", "start-up, empty db / bare window", "start-up, small db / empty db",
    "memory at first paint, small db / bare", "commit one note", "open the busy interview",
    "keystroke in the capture line", "switch interview, Letter tab showing", "search, typical query",
    "search, word in nearly every note", "checks + spell check, 400-word letter", "keystroke in the letter editor",
    ".docx export, one page", "PDF export, one page", "PDF export, long letter: one unbroken word",
    "PDF export, long letter: bold or italic every 3 words", "bundle export", "bundle import", "backup", "dashboard",
)


@pytest.mark.skipif(os.environ.get("FOLLOWUP_SKIP_BENCH") == "1", reason="FOLLOWUP_SKIP_BENCH=1")
@pytest.mark.timeout(180)
def test_quick_suite_prints_every_operation():
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-m", "bench", "--quick"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=170)
    assert done.returncode == 0, done.stderr[-2000:]
    rows = [line for line in done.stdout.splitlines() if line.startswith("| ")]
    for operation in OPERATIONS:
        assert any(row.startswith(f"| {operation}") for row in rows), operation
