"""Time the letter's exports: .docx of a one-page letter (<= 60 ms once python-docx is loaded)
and the Qt PDF of the same letter (<= 150 ms). Not a test.

Run from the repository root:  python bench/bench_export.py [runs]
`measure_docx(runs)` and `measure_pdf(runs)` return the timed runs in seconds (after warm-up)
for the benchmark suite.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

TARGETS_MS = {"docx": 60.0, "pdf": 150.0}
WARM_UP = 3


def _layout():
    from tests.export.docx_helpers import sample_layout

    return sample_layout()  # one page: sender, recipient, bold/italic, a link, three lists


def _timed(write, runs: int) -> list[float]:
    """Seconds per call of write(path), after WARM_UP untimed calls, in a temporary folder."""
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "letter"
        for _ in range(WARM_UP):
            write(target)
        times = []
        for _ in range(runs):
            started = time.perf_counter()
            write(target)
            times.append(time.perf_counter() - started)
    return times


def measure_docx(runs: int = 20) -> list[float]:
    """Seconds per .docx export of a one-page letter, python-docx already imported."""
    import docx  # noqa: F401  -- paid once at the first export, not per export

    from followup_desktop.export.docx import write_docx

    layout = _layout()
    return _timed(lambda target: write_docx(layout, target.with_suffix(".docx")), runs)


def measure_pdf(runs: int = 20) -> list[float]:
    """Seconds per Qt PDF of the same letter (layout, pagination, painting, atomic rename)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])  # noqa: F841  -- fonts need an application
    from followup_desktop.export import pdf

    layout = _layout()
    return _timed(lambda target: pdf.write_pdf(pdf.letter_printable(layout), target.with_suffix(".pdf")), runs)


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    print(
        f"{'export (one-page letter)':<26}{'runs':>6}{'median ms':>11}{'min ms':>9}{'max ms':>9}"
        f"{'target ms':>11}  verdict"
    )
    for name, measure in (("docx", measure_docx), ("pdf", measure_pdf)):
        times = [t * 1000 for t in measure(runs)]
        median = statistics.median(times)
        verdict = "OK" if median <= TARGETS_MS[name] else "SLOW"
        print(
            f"{name:<26}{runs:>6}{median:>11.1f}{min(times):>9.1f}{max(times):>9.1f}"
            f"{TARGETS_MS[name]:>11.0f}  {verdict}"
        )


if __name__ == "__main__":
    main()
