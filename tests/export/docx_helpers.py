"""Shared helpers for the Word export tests: a fixture letter, a tiny PNG, a PDF converter."""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import zlib
from dataclasses import replace
from pathlib import Path

from followup_desktop.core.letters.layout import LetterLayout

BODY = """Thank you for taking the time to talk with me on **Tuesday** about the *billing*
migration. Your point about [the reconciliation backlog](https://example.com/backlog) stayed
with me.

At Northwind I faced the same problem:

1. We measured the backlog daily.
2. We moved the slowest jobs first.

What I would bring:

- a plan for the first ninety days
- patience with legacy data

1. Call me next week.
2. Or write to me.

I look forward to hearing from you."""


def sample_layout(**changes) -> LetterLayout:
    """A realistic one-page letter; keyword arguments replace fields."""
    layout = LetterLayout(
        sender_name="Sam Roe",
        sender_lines=("12 High Street", "Bristol BS1 4DJ", "sam.roe@example.com"),
        date_text="25 November 2026",
        recipient_lines=("Ms Jo Lee", "Head of Platform", "Acme Ltd"),
        subject="Staff Engineer interview",
        salutation="Dear Ms Lee,",
        body_markdown=BODY,
        closing="Kind regards,",
        signature_name="Sam Roe",
        title="Follow-up: Staff Engineer",
        author="Sam Roe",
    )
    return replace(layout, **changes)


def words(text: str) -> list[str]:
    """The words of a text, ignoring punctuation, list markers and layout."""
    return re.findall(r"[^\W\d_]+|\d+", text)


def is_subsequence(needle: list[str], haystack: list[str]) -> bool:
    """True when needle's items appear in haystack in the same order."""
    it = iter(haystack)
    return all(any(item == other for other in it) for item in needle)


def tiny_png(width: int = 8, height: int = 4) -> bytes:
    """A valid solid-colour PNG built from scratch."""

    def chunk(tag: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data))

    rows = b"".join(b"\x00" + b"\x20\x60\xc0" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


def make_letterhead(folder: Path, name: str = "letterhead.docx") -> Path:
    """A letterhead: Letter paper, first-page header with a logo, footers, body to discard."""
    import docx
    from docx.shared import Cm, Inches

    document = docx.Document()
    section = document.sections[0]
    section.page_width, section.page_height = Inches(8.5), Inches(11)
    section.left_margin = section.right_margin = Cm(2)
    section.different_first_page_header_footer = True
    logo = folder / "logo.png"
    logo.write_bytes(tiny_png())
    first = section.first_page_header.paragraphs[0]
    inline = first.add_run().add_picture(str(logo), width=Cm(2))._inline
    for side in "TBLR":  # as Word writes them (LibreOffice reads none as a 0.25 cm gap)
        inline.set(f"dist{side}", "0")
    first.add_run(" ACME LETTERHEAD")
    section.first_page_footer.paragraphs[0].text = "Acme Ltd registered in Bristol"
    section.footer.paragraphs[0].text = "Acme continuation footer"
    document.add_paragraph("Placeholder body that the letter replaces")
    path = folder / name
    document.save(str(path))
    return path


def docx_to_pdf_text(docx_path: Path, workdir: Path) -> list[str]:
    """Convert with LibreOffice and return the text of each page (pdftotext)."""
    out = workdir / "pdf"
    out.mkdir(exist_ok=True)
    profile = (workdir / "lo-profile").as_uri()
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out),
            str(docx_path),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    pdf = out / (docx_path.stem + ".pdf")
    assert pdf.exists() and pdf.stat().st_size > 0, "LibreOffice produced no PDF"
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    return text.split("\f")[:-1]


HAVE_SOFFICE = shutil.which("soffice") is not None and shutil.which("pdftotext") is not None


def _style_chain(style):
    """A style and the styles it is based on, nearest first."""
    while style is not None:
        yield style
        style = style.base_style


def effective(document, paragraph, run, tag: str):
    """The w:val of a run property (e.g. "w:lang", "w:b") as Word resolves it: run, character style,
    paragraph style, document defaults. Returns the element or None."""
    from docx.oxml.ns import qn

    def own(element):
        rpr = element.find(qn("w:rPr")) if element is not None else None
        return rpr.find(qn(tag)) if rpr is not None else None

    sources = [run._r]
    run_style = run._r.rPr.rStyle.val if run._r.rPr is not None and run._r.rPr.rStyle is not None else None
    if run_style:
        sources += [s.element for s in _style_chain(document.styles.get_by_id(run_style, 2))]
    sources += [s.element for s in _style_chain(paragraph.style)]
    defaults = document.styles.element.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}")
    sources.append(defaults)
    for source in sources:
        found = own(source)
        if found is not None:
            return found
    return None


def is_bold(document, paragraph, run) -> bool:
    """True when Word shows the run in bold."""
    from docx.oxml.ns import qn

    found = effective(document, paragraph, run, "w:b")
    return found is not None and found.get(qn("w:val"), "1") not in ("0", "false")
