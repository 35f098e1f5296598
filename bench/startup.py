"""Start-up to a painted main window, as a ratio to a bare PySide6 window measured in the same run.

    python bench/startup.py [--runs 9] [--data-dir DIR] [--platform offscreen|xcb]

Runs alternate bare / app so that machine noise hits both alike. Prints medians and the ratio.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHILD = Path(__file__).with_name("startup_child.py")


def start_once(mode: str, data_dir: str, env: dict[str, str]) -> float:
    """Seconds from process start to the first paint of its main window."""
    begin = time.perf_counter()
    proc = subprocess.Popen([sys.executable, str(CHILD), mode, data_dir], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True, env=env, cwd=ROOT)
    line = proc.stdout.readline()
    elapsed = time.perf_counter() - begin
    proc.wait(timeout=30)
    if line.strip() != "PAINTED":
        raise RuntimeError(f"{mode} start-up did not paint (exit {proc.returncode})")
    return elapsed


def measure(runs: int, data_dir: str, platform: str) -> dict[str, list[float]]:
    env = os.environ | {"QT_QPA_PLATFORM": platform, "PYTHONPATH": str(ROOT)}
    times: dict[str, list[float]] = {"bare": [], "app": []}
    for mode in times:  # warm-up: file caches, bytecode
        start_once(mode, data_dir, env)
    for _ in range(runs):
        for mode in times:
            times[mode].append(start_once(mode, data_dir, env))
    return times


def report(label: str, times: dict[str, list[float]]) -> float:
    bare, app = statistics.median(times["bare"]), statistics.median(times["app"])
    for mode, values in times.items():
        print(f"{label:<28} {mode:<5} median {statistics.median(values) * 1000:7.1f} ms   "
              f"min {min(values) * 1000:7.1f}   max {max(values) * 1000:7.1f}")
    ratio = app / bare
    print(f"{label:<28} ratio app/bare {ratio:.2f}  (target <= 1.5, aim 1.3)")
    return ratio


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--data-dir", help="an existing data folder (default: a new, empty one)")
    parser.add_argument("--platform", default=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = args.data_dir or tmp
        label = "start-up, " + ("given database" if args.data_dir else "empty database")
        report(label, measure(args.runs, data_dir, args.platform))
    return 0


if __name__ == "__main__":
    sys.exit(main())
