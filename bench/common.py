"""What every benchmark shares: timing a callable, a result row, the printed table."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass


def show_started(app, window, timeout_ms: int = 10_000) -> None:
    """Show the main window and wait for its start-up work after the first paint (`started`), so that
    what is timed next is the interaction alone, as a user meets it once the window is there."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    window.started.connect(loop.quit)
    QTimer.singleShot(timeout_ms, loop.quit)
    window.show()
    loop.exec()
    app.processEvents()


def sample(fn: Callable[[], object], runs: int, warmup: int = 1) -> list[float]:
    """Milliseconds of `runs` calls of fn, after `warmup` untimed calls."""
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append((time.perf_counter() - started) * 1000)
    return times


@dataclass
class Row:
    """One line of the table: samples in `unit` and the target (a median must not exceed it)."""

    operation: str
    size: str
    samples: list[float]
    target: float | None
    unit: str = "ms"
    note: str = ""

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    @property
    def ok(self) -> str:
        if self.target is None:
            return "info"
        return "ok" if self.median <= self.target else "MISSED"


def _fmt(value: float, unit: str) -> str:
    if unit == "x":
        return f"{value:.2f}x"
    if unit == "s":
        return f"{value:.2f} s"
    if unit == "MB":
        return f"{value:.0f} MB"
    return f"{value:.1f} ms" if value >= 10 else f"{value:.2f} ms"


def table(rows: list[Row]) -> str:
    """The results as a Markdown table (readable in a terminal and pasteable into the README)."""
    lines = ["| operation | size | median | min | max | target | ok? |", "|---|---|---|---|---|---|---|"]
    for r in rows:
        target = "—" if r.target is None else "<= " + _fmt(r.target, r.unit)
        name = r.operation + (f" ({r.note})" if r.note else "")
        lines.append(
            f"| {name} | {r.size} | {_fmt(r.median, r.unit)} | {_fmt(min(r.samples), r.unit)} | "
            f"{_fmt(max(r.samples), r.unit)} | {target} | {r.ok} |"
        )
    return "\n".join(lines)
