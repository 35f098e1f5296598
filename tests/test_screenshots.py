"""The README's screenshots come from a script that drives the real window; it must keep working."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.timeout(300)
def test_the_screenshot_script_runs(tmp_path):
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, str(ROOT / "docs" / "make_screenshots.py"), str(tmp_path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=280,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    for name in ("dashboard", "plan", "notes", "challenge-board", "letter"):
        assert (tmp_path / f"{name}.png").stat().st_size > 10_000, name
