"""Time the export of a one-page letter to .docx (target: median under 60 ms). Not a test.

Also the long letters every export path must handle in time linear in their length (long_bodies).
"""

import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "export"))

import docx  # noqa: E402,F401  -- the import cost is paid once at first export, not measured here
from docx_helpers import BODY, sample_layout  # noqa: E402

from bench.common import sample  # noqa: E402
from followup_desktop.core.store.limits import TEXT  # noqa: E402
from followup_desktop.export.docx import write_docx  # noqa: E402

TARGET_MS = 60
RUNS = 20


def timings(runs: int = RUNS, warmup: int = 3) -> list[float]:
    """Milliseconds per export of the sample one-page letter (warm-up: parser, template caches)."""
    layout = sample_layout()
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "letter.docx"
        return sample(lambda: write_docx(layout, target), runs, warmup)


def long_bodies(size: int = TEXT) -> dict[str, str]:
    """Letter bodies of `size` characters (the longest a letter may be by default): an ordinary letter
    repeated, one unbroken word, and words with bold or italics every few characters."""
    return {
        "ordinary letter repeated": ((BODY + "\n\n") * (size // len(BODY) + 1))[:size],
        "one unbroken word": "x" * size,
        "bold or italic every 3 words": ("**bold** and *it* plain " * (size // 24 + 1))[:size],
    }


def main() -> None:
    times = timings()
    median = statistics.median(times)
    print(
        f"docx export, one-page letter, {RUNS} runs: median {median:.1f} ms, "
        f"min {min(times):.1f} ms, max {max(times):.1f} ms (target {TARGET_MS} ms) "
        f"{'OK' if median <= TARGET_MS else 'SLOW'}"
    )


if __name__ == "__main__":
    main()
