"""Time the PDF export of the longest letters allowed (1 MiB characters), shape by shape. Not a test.

Run from the repository root:  python -m bench.bench_long_pdf [--runs N] [--size CHARS] [--only WORD]

Each shape is a letter body of `size` characters: the target is 5 s for each (issue 17), on a
letter that a person could paste or import. The table gives, per shape: the blocks the body
parses into, the PDF's pages, the parse alone (core, markdown), then the whole export (layout,
pagination, painting, the checked atomic write) as wall-clock and as CPU time: on a shared
machine the CPU time is the steadier figure. `shapes()` and `measure()` serve the suite too.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from followup_desktop.core.store.limits import TEXT  # noqa: E402

TARGET_S = 5.0


def _words(count: int, length: int = 10) -> list[str]:
    """Distinct words of `length` letters (no digits: pdftotext would cut them apart)."""
    alphabet = "abcdefghijklmnopqrstuvwxyz"
    out = []
    for n in range(count):
        word = ""
        for _ in range(length):
            n, r = divmod(n, 26)
            word = alphabet[r] + word
        out.append(word)
    return out


def _fill(unit: Callable[[int], str], size: int) -> str:
    """Units 0, 1, 2... joined up to `size` characters, cut there."""
    parts, total, n = [], 0, 0
    while total < size:
        part = unit(n)
        parts.append(part)
        total += len(part)
        n += 1
    return "".join(parts)[:size]


def shapes(size: int = TEXT) -> dict[str, str]:
    """Letter bodies of `size` characters, each stressing another part of the export."""
    from tests.export.docx_helpers import BODY

    words = _words(size // 12 + 1)
    cjk = "面试后的感谢信我们讨论了支付队列在节点排空时丢失消息的问题"
    rtl = "תודה על השיחה על תור התשלומים. شكرا على المحادثة حول قائمة الانتظار. "
    return {
        "ordinary letter repeated": _fill(lambda n: BODY + "\n\n", size),
        "one unbroken word": "x" * size,
        "bold or italic every 3 words": _fill(lambda n: "**bold** and *it* plain ", size),
        "hard line breaks": _fill(lambda n: "a line with a hard break\\\n", size),
        "one-word paragraphs": _fill(lambda n: words[n] + "\n\n", size),
        "one-word list items": _fill(lambda n: f"- {words[n]}\n", size),
        "numbered list, one word each": _fill(lambda n: f"1. {words[n]}\n", size),
        "list, every 5th item nested": _fill(lambda n: ("  " if n % 5 == 4 else "") + f"- {words[n]}\n", size),
        "a link every 4 words": _fill(lambda n: f"see [the {words[n]}](https://example.com/{words[n]}) now ", size),
        "Chinese without spaces": _fill(lambda n: cjk + ("\n\n" if n % 20 == 19 else ""), size),
        "Hebrew and Arabic": _fill(lambda n: rtl + ("\n\n" if n % 10 == 9 else ""), size),
    }


@dataclass
class Result:
    """One shape's figures (seconds; the medians of the runs)."""

    shape: str
    chars: int
    blocks: int
    pages: int
    parse: float
    wall: list[float]
    cpu: list[float]

    @property
    def ok(self) -> str:
        return "ok" if statistics.median(self.wall) <= TARGET_S else "MISSED"


def measure(body: str, runs: int = 3, shape: str = "") -> Result:
    """Time parse_body and the whole PDF export of a letter with this body, `runs` times each."""
    from PySide6.QtGui import QGuiApplication

    QGuiApplication.instance() or QGuiApplication([])
    from followup_desktop.core.text.markdown import parse_body
    from followup_desktop.export import pdf
    from tests.export.docx_helpers import sample_layout

    started = time.perf_counter()
    blocks = len(parse_body(body))
    parse = time.perf_counter() - started
    layout = sample_layout(body_markdown=body)
    wall, cpu, pages = [], [], 0
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "long.pdf"
        for _ in range(runs):
            started, cpu_started = time.perf_counter(), time.process_time()
            pdf.write_pdf(pdf.letter_printable(layout), target)
            wall.append(time.perf_counter() - started)
            cpu.append(time.process_time() - cpu_started)
        pages = len(re.findall(rb"/Type\s*/Page\b(?!s)", target.read_bytes()))
    return Result(shape, len(body), blocks, pages, parse, wall, cpu)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--size", type=int, default=TEXT, help=f"characters per body (default {TEXT:,})")
    parser.add_argument("--only", action="append", help="shapes whose name holds this word (repeatable)")
    args = parser.parse_args(argv)
    columns = ("blocks", "pages", "parse", "PDF, wall", "PDF, CPU", "max wall", f"<= {TARGET_S:.0f} s")
    print(f"| shape ({args.size:,} chars) | " + " | ".join(columns) + " |")
    print("|---|---|---|---|---|---|---|---|")
    for shape, body in shapes(args.size).items():
        if args.only and not any(word in shape for word in args.only):
            continue
        r = measure(body, args.runs, shape)
        print(
            f"| {shape} | {r.blocks:,} | {r.pages:,} | {r.parse:.2f} s | {statistics.median(r.wall):.2f} s | "
            f"{statistics.median(r.cpu):.2f} s | {max(r.wall):.2f} s | {r.ok} |",
            flush=True,
        )


if __name__ == "__main__":
    main()
