"""Run the benchmark suite and print its table:  python -m bench [--quick] [--only NAME] [--size S] [--runs N]

The full run generates (once, then cached in bench/.data) the large database; --quick uses the
small one with one run each and no warm-up, so it finishes in seconds and never rots in CI.
Exit status 0 when every benchmark ran (missed targets are reported in the table, not failed).
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import suite  # noqa: E402
from bench.common import table  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small database, one run each, no warm-up")
    parser.add_argument(
        "--only",
        action="append",
        choices=sorted(suite.BENCHMARKS),
        metavar="NAME",
        help="run only this benchmark (repeatable): " + ", ".join(suite.BENCHMARKS),
    )
    parser.add_argument("--size", choices=sorted(suite.generate.SIZES), help="database size (default large)")
    parser.add_argument("--runs", type=int, help="timed runs per benchmark (default 9; 1 with --quick)")
    args = parser.parse_args(argv)
    size = args.size or ("small" if args.quick else "large")
    runs = args.runs or (1 if args.quick else 9)
    warmup = 0 if args.quick else 2
    started = time.perf_counter()
    suite.generate.database(size, verbose=True)
    rows = suite.run(
        args.only or list(suite.BENCHMARKS),
        size,
        runs,
        warmup,
        lambda name: print(f"running {name}...", file=sys.stderr, flush=True),
    )
    import PySide6

    print(table(rows))
    print(
        f"\n{os.cpu_count()} cores, {platform.platform()}, Python {platform.python_version()}, "
        f"PySide6 {PySide6.__version__}; {runs} run(s) after {warmup} warm-up; "
        f"whole run {time.perf_counter() - started:.0f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
