"""Every benchmark of the suite as a function returning table rows; ``python -m bench`` runs them.

Each function reuses the older single-purpose scripts (startup.py, bench_notes.py, ...) and the
generated databases of bench/generate.py. GUI benchmarks share one offscreen QApplication.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench import generate  # noqa: E402
from bench.common import Row, sample, show_started  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


@dataclass
class Config:
    """How big and how often: quick mode is small sizes, one run each, no warm-up."""

    size: str
    runs: int
    warmup: int
    work: Path

    def data_dir(self, name: str, size: str | None = None) -> Path:
        """A fresh data folder holding a copy of the generated database."""
        return generate.data_copy(size or self.size, self.work / name)


def _ratios(top: list[float], bottom: list[float]) -> list[float]:
    return [a / b for a, b in zip(top, bottom)]


def _busy_and_typical(db: Path) -> tuple[str, list[str]]:
    """The interview with the most notes, and two ordinary ones with a letter and some notes."""
    conn = sqlite3.connect(db)
    counts = conn.execute("SELECT interview_id, count(*) n FROM notes GROUP BY interview_id ORDER BY n DESC").fetchall()
    lettered = {r[0] for r in conn.execute("SELECT interview_id FROM letters")}
    conn.close()
    typical = [iid for iid, n in counts[1:] if iid in lettered and n >= 3][:2]
    return counts[0][0], typical


def bench_startup(cfg: Config) -> list[Row]:
    """Start-up to the first paint, empty and generated database, as ratios to a bare window."""
    from bench import startup

    runs = cfg.runs if cfg.runs > 1 else 1
    empty = startup.measure(runs, str(cfg.work / "empty"), "offscreen", warmup=cfg.warmup > 0)
    big = startup.measure(runs, str(cfg.data_dir("startup")), "offscreen", warmup=cfg.warmup > 0)
    return [
        Row("start-up, bare PySide6 window", cfg.size, [t * 1000 for t in empty["wall"]["bare"]], None),
        Row(
            "start-up, empty db / bare window",
            "empty",
            _ratios(empty["wall"]["app"], empty["wall"]["bare"]),
            1.5,
            "x",
            "wall",
        ),
        Row(
            "start-up, empty db / bare window (CPU)",
            "empty",
            _ratios(empty["cpu"]["app"], empty["cpu"]["bare"]),
            None,
            "x",
        ),
        Row(
            f"start-up, {cfg.size} db / empty db",
            cfg.size,
            _ratios(big["wall"]["app"], empty["wall"]["app"]),
            1.1,
            "x",
            "wall",
        ),
        Row("memory at first paint, bare window", cfg.size, big["pss"]["bare"], None, "MB", "PSS"),
        Row(
            f"memory at first paint, {cfg.size} db / bare",
            cfg.size,
            _ratios(big["pss"]["app"], big["pss"]["bare"]),
            1.5,
            "x",
            "PSS",
        ),
    ]


def bench_notes(cfg: Config) -> list[Row]:
    """Commit one note (Enter to durable), open the busy interview, a keystroke in the capture line."""
    from bench import bench_notes as notes
    from followup_desktop.core.clock import FrozenClock
    from followup_desktop.core.store import Store

    data = cfg.data_dir("notes")
    busy, typical = _busy_and_typical(data / "followup.sqlite3")
    store = Store.open(data / "followup.sqlite3", FrozenClock(generate.NOW))
    notes.bench_commit(store, typical[0], cfg.warmup)
    commit = notes.bench_commit(store, typical[0], cfg.runs * 4)
    store.close()
    opens, keys = notes.bench_gui(data, busy, cfg.runs)
    count = generate.SIZES[cfg.size].busy_notes
    return [
        Row("commit one note", cfg.size, commit, 5),
        Row("open the busy interview", cfg.size, opens, 100, note=f"{count:,} notes"),
        Row("keystroke in the capture line", cfg.size, keys, 8),
    ]


def bench_switch(cfg: Config) -> list[Row]:
    """Switch between two ordinary interviews through the sidebar: plan, notes and letter panes."""
    from PySide6.QtWidgets import QApplication

    from bench.bench_plan import time_switch
    from followup_desktop.app import build_main_window
    from followup_desktop.core.clock import FrozenClock

    app = QApplication.instance() or QApplication([])
    data = cfg.data_dir("switch")
    _, typical = _busy_and_typical(data / "followup.sqlite3")
    window = build_main_window(data, FrozenClock(generate.NOW))
    window.resize(1300, 850)
    show_started(app, window)
    rows = []
    for tab in ("plan", "notes", "letter"):
        window.tabs.setCurrentWidget(getattr(window, f"{tab}_pane"))
        app.processEvents()
        times = time_switch(window, typical, cfg.runs * 2, max(cfg.warmup, 2))
        rows.append(Row(f"switch interview, {tab.capitalize()} tab showing", cfg.size, times, 50))

    checks = []  # what the Letter tab does once switching stops (100 ms later, when idle)
    for turn in range(cfg.runs + cfg.warmup):
        window.sidebar.select("interview", typical[turn % len(typical)])
        app.processEvents()
        started = time.perf_counter()
        window.letter_pane.run_checks_now()
        app.processEvents()
        checks.append((time.perf_counter() - started) * 1000)
    checks = checks[cfg.warmup :]
    window.close()
    window.store.close()
    return rows + [Row("letter checks once switching stops (idle)", cfg.size, checks, None)]


def bench_search(cfg: Config) -> list[Row]:
    """store.search.find for a typical word and for a word in nearly every note."""
    from followup_desktop.core.store import Store

    store = Store.open(cfg.data_dir("search") / "followup.sqlite3")
    typical = sample(lambda: store.search.find("grafana"), cfg.runs * 2, cfg.warmup)
    common = sample(lambda: store.search.find("the"), cfg.runs * 2, cfg.warmup)
    store.close()
    return [
        Row("search, typical query", cfg.size, typical, 30, note="'grafana'"),
        Row("search, word in nearly every note", cfg.size, common, 150, note="'the'"),
    ]


def bench_checks(cfg: Config) -> list[Row]:
    """Letter checks and a spell-check pass on a 400-word letter."""
    from bench import bench_checks as checks

    times = checks.timings(cfg.runs * 4, cfg.warmup)
    return [Row("checks + spell check, 400-word letter", "—", times["both"], 20)]


def bench_letter(cfg: Config) -> list[Row]:
    """A keystroke in the letter composer (the real Letter pane)."""
    from bench import bench_letter as letter

    times = letter.timings(cfg.runs * 4, cfg.warmup)
    return [Row("keystroke in the letter editor", "—", times["keystroke"], 8)]


def bench_export(cfg: Config) -> list[Row]:
    """A one-page letter to .docx (python-docx already loaded) and to PDF through Qt."""
    from PySide6.QtWidgets import QApplication

    from bench import bench_docx
    from followup_desktop.export import pdf
    from tests.export.docx_helpers import sample_layout

    QApplication.instance() or QApplication([])
    layout = sample_layout()
    target = cfg.work / "letter.pdf"
    pdf_times = sample(lambda: pdf.write_pdf(pdf.letter_printable(layout), target), cfg.runs * 2, cfg.warmup)
    rows = [
        Row(".docx export, one page", "—", bench_docx.timings(cfg.runs * 2, cfg.warmup), 60),
        Row("PDF export, one page", "—", pdf_times, 150),
    ]
    return rows + _long_letters(cfg, pdf, bench_docx, sample_layout)


def _long_letters(cfg: Config, pdf, bench_docx, sample_layout) -> list[Row]:
    """The longest letters allowed (1 MiB characters; 1/8 of that in quick mode), in seconds: every
    shape of bench/bench_long_pdf.py (which also gives each one's parse, pages and CPU time)."""
    from bench import bench_long_pdf
    from followup_desktop.core.store.limits import TEXT

    size = TEXT // 8 if cfg.runs == 1 and not cfg.warmup else TEXT
    label = f"{size // 1024:,} K chars"
    runs, rows = min(cfg.runs, 3), []
    for what, body in bench_long_pdf.shapes(size).items():
        layout = sample_layout(body_markdown=body)
        printable = pdf.letter_printable(layout)
        pdf_times = sample(lambda p=printable: pdf.write_pdf(p, cfg.work / "long.pdf"), runs, min(cfg.warmup, 1))
        rows.append(Row(f"PDF export, long letter: {what}", label, [t / 1000 for t in pdf_times], 5, "s"))
    layout = sample_layout(body_markdown=bench_docx.long_bodies(size)["ordinary letter repeated"])
    docx = sample(lambda: bench_docx.write_docx(layout, cfg.work / "long.docx"), runs, 0)
    rows.append(Row(".docx export, long letter: ordinary letter repeated", label, [t / 1000 for t in docx], None, "s"))
    return rows


def _child(*args: str) -> tuple[float, float]:
    env = os.environ | {"PYTHONPATH": str(ROOT)}
    out = subprocess.run(
        [sys.executable, "-m", "bench.bundle_child", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        check=True,
    ).stdout.split()
    return float(out[0]), float(out[1])


def bench_bundle(cfg: Config) -> list[Row]:
    """Bundle export of the whole database and its import into an empty one, each in its own process."""
    db = generate.database(cfg.size)
    rows: dict[str, list[float]] = {"export": [], "export_mem": [], "import": [], "import_mem": [], "merge": []}
    for run in range(min(3, cfg.runs)):  # about 20 s a run at the large size: the median of three
        path = cfg.work / f"bundle{run}.json"
        seconds, mem = _child("export", str(db), str(path))
        rows["export"].append(seconds)
        rows["export_mem"].append(mem)
        fresh = cfg.work / f"import{run}.sqlite3"
        seconds, mem = _child("import", str(path), str(fresh))
        rows["import"].append(seconds)
        rows["import_mem"].append(mem)
        merged = cfg.work / f"merge{run}.sqlite3"  # the same bundle into the data it came from
        with sqlite3.connect(db) as source, sqlite3.connect(merged) as copy:
            source.backup(copy)
        source.close()
        copy.close()
        rows["merge"].append(_child("import", str(path), str(merged))[0])
        size_mb = path.stat().st_size / 2**20
        for done in (path, fresh, merged):
            done.unlink()
    return [
        Row("bundle export", cfg.size, rows["export"], 15, "s", f"{size_mb:.0f} MB file"),
        Row("bundle export, peak RSS", cfg.size, rows["export_mem"], None, "MB"),
        Row("bundle import", cfg.size, rows["import"], 15, "s"),
        Row("bundle import, peak RSS", cfg.size, rows["import_mem"], None, "MB"),
        Row("bundle import into the data it came from", cfg.size, rows["merge"], 15, "s", "every row merged"),
    ]


def bench_backup(cfg: Config) -> list[Row]:
    """core.backup.make_backup of the generated database (the GUI runs it on a worker thread)."""
    from followup_desktop.core import backup

    db = generate.database(cfg.size)
    folder = cfg.work / "backups"
    turn = iter(range(10**6))

    def once() -> None:
        backup.make_backup(db, folder, generate.NOW.replace(second=next(turn) % 60))
        shutil.rmtree(folder)

    times = sample(once, max(1, cfg.runs // 2), min(cfg.warmup, 1))
    return [Row("backup", cfg.size, [t / 1000 for t in times], 5, "s", f"{db.stat().st_size / 2**20:.0f} MB db")]


def bench_dashboard(cfg: Config) -> list[Row]:
    """The start page's dashboard items on the generated database."""
    from followup_desktop.core.clock import FrozenClock
    from followup_desktop.core.store import Store
    from followup_desktop.core.tracker.followups import dashboard_items

    store = Store.open(cfg.data_dir("dashboard") / "followup.sqlite3", FrozenClock(generate.NOW))
    times = sample(lambda: dashboard_items(store), cfg.runs * 4, cfg.warmup)
    store.close()
    return [Row("dashboard", cfg.size, times, 20)]


BENCHMARKS = {
    "startup": bench_startup,
    "notes": bench_notes,
    "switch": bench_switch,
    "search": bench_search,
    "checks": bench_checks,
    "letter": bench_letter,
    "export": bench_export,
    "bundle": bench_bundle,
    "backup": bench_backup,
    "dashboard": bench_dashboard,
}


def run(names: list[str], size: str, runs: int, warmup: int, progress=None) -> list[Row]:
    """Run the named benchmarks in a scratch folder; returns their rows."""
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="followup-bench-") as tmp:
        cfg = Config(size, runs, warmup, Path(tmp))
        for name in names:
            if progress:
                progress(name)
            rows += BENCHMARKS[name](cfg)
    return rows
