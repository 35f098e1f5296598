"""A user's whole journey in the real program on a real X screen, with X input (see driver.py).

Each journey runs in its own process with the xcb platform (the rest of the suite is offscreen).
Screenshots of every step are kept under out/journeys/<journey>/ (ignored by git): look at them.
"""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "out" / "journeys"


def run_journey(module: str, data: Path, shots: Path, display: str, *args: str) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "FOLLOWUP_DATA_DIR")}
    env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb", PYTHONPATH=str(ROOT), LANG="C.UTF-8")
    proc = subprocess.run(
        [sys.executable, "-m", f"tests.journeys.{module}", str(data), str(shots), *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert proc.returncode == 0, (
        f"{module} {' '.join(args)} failed; screenshots in {shots}\n{proc.stdout[-3000:]}\n{proc.stderr[-6000:]}"
    )


@pytest.mark.timeout(400)
def test_a_new_users_first_session_and_a_restart(x_display, tmp_path):
    shots = SHOTS / "first-user"
    shutil.rmtree(shots, ignore_errors=True)
    data = tmp_path / "data"
    run_journey("walk_first_user", data, shots / "1-first-run", x_display)
    run_journey("walk_first_user", data, shots / "2-restart", x_display, "restart")


@pytest.mark.timeout(400)
def test_a_keyboard_only_user_across_places_and_a_restart(x_display, tmp_path):
    shots = SHOTS / "keyboard-user"
    shutil.rmtree(shots, ignore_errors=True)
    data = tmp_path / "data"
    run_journey("walk_keyboard_user", data, shots / "1-session", x_display)
    run_journey("walk_keyboard_user", data, shots / "2-restart", x_display, "restart")


@pytest.mark.timeout(400)
def test_words_that_look_like_markup_wheel_exports_bundle_and_restore(x_display, tmp_path):
    shots = SHOTS / "hostile-text"
    shutil.rmtree(shots, ignore_errors=True)
    run_journey("walk_hostile_text", tmp_path / "data", shots / "session", x_display)
