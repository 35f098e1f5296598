"""Letters as long as a letter may be (core/limits.TEXT, about 1 MB) export to PDF and Word and print.

Before, pagination re-laid out a paragraph at every page turn: one unbroken 64 KB word took 4.9 s,
256 KB over 150 s, 1 MB never finished; a long list was quadratic to build, and the Word writer
looked for the end of the body for every paragraph. Each test here ran for minutes or never
ended; the suite's 60-second timeout per test now guards against a path turning quadratic again
(bench/ measures the times: `python -m bench --only export`).
"""

from __future__ import annotations

import re
import subprocess

import pytest

from followup_desktop.core.file_checks import check_docx, check_pdf
from followup_desktop.core.letters.layout import layout_plain_text
from followup_desktop.core.store.limits import TEXT
from followup_desktop.export import pdf
from followup_desktop.export.docx import write_docx

from ..export.docx_helpers import BODY, sample_layout
from ..export.test_pdf import tagged  # words without digits: pdftotext cuts "step12" in two


def _pdf_text(path):
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


LONG = {
    "one unbroken word": "x" * TEXT,
    "a numbered list": "".join(f"1. {word} done\n" for word in tagged("step", TEXT // 20)),
    "hard line breaks": "a line with a hard break\\\n" * (TEXT // 26),
    "an ordinary letter, repeated": ((BODY + "\n\n") * (TEXT // len(BODY)))[:TEXT],
}


@pytest.mark.parametrize("what", LONG)
def test_a_letter_at_the_length_limit_exports_to_pdf(qapp, tmp_path, what):
    body = LONG[what]
    assert len(body) <= TEXT
    layout = sample_layout(body_markdown=body)
    path = pdf.write_pdf(pdf.letter_printable(layout), tmp_path / "long.pdf")
    check_pdf(path)
    text = _pdf_text(path)
    if what == "one unbroken word":  # every character once, none lost or doubled
        assert "".join(text.split()).count("x") == "".join(layout_plain_text(layout).split()).count("x")
    elif what == "a numbered list":
        assert [w for w in text.split() if w.startswith("step")] == tagged("step", TEXT // 20)


def test_a_long_list_is_numbered_on(qapp, tmp_path):
    count = 300
    body = "".join(f"1. {word}\n" for word in tagged("item", count))
    text = _pdf_text(pdf.write_pdf(pdf.letter_printable(sample_layout(body_markdown=body)), tmp_path / "list.pdf"))
    numbers = [int(m.group(1)) for m in re.finditer(r"^\s*(\d+)\.\s+item", text, re.M)]
    assert numbers == list(range(1, count + 1))


def test_a_long_letter_prints(qapp, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # the same painting as a real printer's
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printable = pdf.letter_printable(sample_layout(body_markdown=LONG["one unbroken word"]))
    printer.setPageLayout(printable.layout)
    assert printable.paint(printer) > 100


def test_a_long_letter_exports_to_word(tmp_path):
    path = write_docx(sample_layout(body_markdown=LONG["an ordinary letter, repeated"]), tmp_path / "long.docx")
    check_docx(path)
