"""Time the export of a one-page letter to .docx (target: median under 60 ms). Not a test."""

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "export"))

import docx  # noqa: E402,F401  -- the import cost is paid once at first export, not measured here

from docx_helpers import sample_layout  # noqa: E402
from followup_desktop.export.docx import write_docx  # noqa: E402

TARGET_MS = 60
RUNS = 20


def main() -> None:
    layout = sample_layout()
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "letter.docx"
        for _ in range(3):  # warm-up: parser construction, template caches
            write_docx(layout, target)
        times = []
        for _ in range(RUNS):
            start = time.perf_counter()
            write_docx(layout, target)
            times.append((time.perf_counter() - start) * 1000)
    median = statistics.median(times)
    print(f"docx export, one-page letter, {RUNS} runs: median {median:.1f} ms, "
          f"min {min(times):.1f} ms, max {max(times):.1f} ms (target {TARGET_MS} ms) "
          f"{'OK' if median <= TARGET_MS else 'SLOW'}")


if __name__ == "__main__":
    main()
