"""Time the export of a one-page letter to .docx (target: median under 60 ms). Not a test."""

import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "export"))

import docx  # noqa: E402,F401  -- the import cost is paid once at first export, not measured here

from bench.common import sample  # noqa: E402
from docx_helpers import sample_layout  # noqa: E402
from followup_desktop.export.docx import write_docx  # noqa: E402

TARGET_MS = 60
RUNS = 20


def timings(runs: int = RUNS, warmup: int = 3) -> list[float]:
    """Milliseconds per export of the sample one-page letter (warm-up: parser, template caches)."""
    layout = sample_layout()
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "letter.docx"
        return sample(lambda: write_docx(layout, target), runs, warmup)


def main() -> None:
    times = timings()
    median = statistics.median(times)
    print(f"docx export, one-page letter, {RUNS} runs: median {median:.1f} ms, "
          f"min {min(times):.1f} ms, max {max(times):.1f} ms (target {TARGET_MS} ms) "
          f"{'OK' if median <= TARGET_MS else 'SLOW'}")


if __name__ == "__main__":
    main()
