"""Independent readers see the letter: a golden document.xml, mammoth and LibreOffice.

Regenerate the golden file after an intended layout change with
`FOLLOWUP_REGEN_GOLDEN=1 python -m pytest tests/export/test_docx_readers.py`, then review the diff.
"""

import html as html_lib
import io
import os
import re
import zipfile
from pathlib import Path

import mammoth
import pytest
from lxml import etree

from followup_desktop.core.letters.layout import layout_plain_text
from followup_desktop.export.docx import write_docx

from .docx_helpers import HAVE_SOFFICE, docx_to_pdf_text, is_subsequence, make_letterhead, sample_layout, words

GOLDEN = Path(__file__).parent / "golden" / "letter_document.xml"
needs_soffice = pytest.mark.skipif(not HAVE_SOFFICE, reason="LibreOffice is not installed")


def normalised_document_xml(path: Path) -> str:
    """word/document.xml, pretty-printed, without volatile revision ids."""
    with zipfile.ZipFile(path) as package:
        root = etree.fromstring(package.read("word/document.xml"))
    for element in root.iter():
        for name in [n for n in element.attrib if "rsid" in n]:
            del element.attrib[name]
    return etree.tostring(root, pretty_print=True, encoding="unicode")


def test_document_xml_matches_golden(tmp_path):
    actual = normalised_document_xml(write_docx(sample_layout(), tmp_path / "letter.docx"))
    if os.environ.get("FOLLOWUP_REGEN_GOLDEN"):
        GOLDEN.write_text(actual, encoding="utf-8")
    assert actual == GOLDEN.read_text(encoding="utf-8")


def test_mammoth_reads_the_same_words(tmp_path):
    layout = sample_layout()
    path = write_docx(layout, tmp_path / "letter.docx")
    # extract_raw_text drops <w:br/>, gluing lines together; the HTML keeps them.
    html = mammoth.convert_to_html(io.BytesIO(path.read_bytes())).value
    text = html_lib.unescape(re.sub(r"<[^>]+>", " ", html))
    assert words(text) == words(layout_plain_text(layout))


@needs_soffice
def test_libreoffice_prints_one_page_with_every_word(tmp_path):
    layout = sample_layout()
    pages = docx_to_pdf_text(write_docx(layout, tmp_path / "letter.docx"), tmp_path)
    assert len(pages) == 1
    assert is_subsequence(words(layout_plain_text(layout)), words(pages[0]))


@needs_soffice
def test_libreoffice_shows_the_continuation_header_from_page_two(tmp_path):
    essay = " ".join(f"point{i % 50}" for i in range(1500))
    layout = sample_layout(body_markdown=essay)
    pages = docx_to_pdf_text(write_docx(layout, tmp_path / "long.docx"), tmp_path)
    assert len(pages) >= 3
    first_lines = [page.strip().splitlines()[0].split() for page in pages]
    assert first_lines[0] == ["Sam", "Roe"]  # page 1 starts with the sender: no header
    for number, line in enumerate(first_lines[1:], 2):
        assert line == ["Ms", "Jo", "Lee", "25", "November", "2026", "Page", str(number)]
    body = "\n".join(page.strip().split("\n", 1)[1] if n else page for n, page in enumerate(pages))
    assert is_subsequence(words(layout_plain_text(layout)), words(body))


@needs_soffice
def test_libreoffice_keeps_letterhead_header_and_footer(tmp_path):
    letterhead = make_letterhead(tmp_path)
    path = write_docx(sample_layout(), tmp_path / "letter.docx", letterhead)
    (page,) = docx_to_pdf_text(path, tmp_path)
    assert "ACME LETTERHEAD" in page and "Acme Ltd registered in Bristol" in page
    assert "Placeholder body" not in page
    assert is_subsequence(words(layout_plain_text(sample_layout())), words(page))
