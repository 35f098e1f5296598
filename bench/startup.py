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


def start_once(mode: str, data_dir: str, env: dict[str, str]) -> tuple[float, float, float]:
    """Wall seconds from process start to the first paint, CPU seconds and PSS (MiB) at that moment.

    CPU time is less disturbed than wall time by other work on a shared machine.
    """
    begin = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, str(CHILD), mode, data_dir],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
        cwd=ROOT,
    )
    line = proc.stdout.readline()
    elapsed = time.perf_counter() - begin
    proc.wait(timeout=60)
    word, *values = line.split()
    if word != "PAINTED":
        raise RuntimeError(f"{mode} start-up did not paint (exit {proc.returncode})")
    return elapsed, float(values[0]), int(values[1]) / 1024


def measure(runs: int, data_dir: str, platform: str, warmup: bool = True) -> dict[str, dict[str, list[float]]]:
    """Alternating runs of both modes; {"wall"|"cpu"|"pss": {"bare"|"app": [seconds or MiB]}}."""
    env = os.environ | {"QT_QPA_PLATFORM": platform, "PYTHONPATH": str(ROOT)}
    # The warm-up must leave bytecode behind, as an installed application has it (pip and PyInstaller
    # compile it); with PYTHONDONTWRITEBYTECODE every app run recompiled the package (~35 ms here)
    # while the bare window, whose modules are all precompiled, paid nothing.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    out: dict[str, dict[str, list[float]]] = {k: {"bare": [], "app": []} for k in ("wall", "cpu", "pss")}
    for mode in ("bare", "app") if warmup else ():  # warm-up: file caches, bytecode, a new database migrated
        start_once(mode, data_dir, env)
    for _ in range(runs):
        for mode in ("bare", "app"):
            for key, value in zip(("wall", "cpu", "pss"), start_once(mode, data_dir, env)):
                out[key][mode].append(value)
    return out


def report(label: str, results: dict[str, dict[str, list[float]]]) -> float:
    """Print medians and the app/bare ratios; returns the wall-time ratio."""
    ratios = {}
    for clock, times in results.items():
        scale, unit = (1, "MiB") if clock == "pss" else (1000, "ms")
        for mode, values in times.items():
            print(
                f"{label:<28} {clock:<4} {mode:<5} median {statistics.median(values) * scale:7.1f} {unit}  "
                f"min {min(values) * scale:7.1f}   max {max(values) * scale:7.1f}"
            )
        ratios[clock] = statistics.median(times["app"]) / statistics.median(times["bare"])
    print(
        f"{label:<28} ratio app/bare: wall {ratios['wall']:.2f}, cpu {ratios['cpu']:.2f}, pss {ratios['pss']:.2f}"
        "  (target <= 1.5, aim 1.3)"
    )
    return ratios["wall"]


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
