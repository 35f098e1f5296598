"""PDF and print on the user's letterhead look like the Word file on it: compared word by word and pixel by pixel."""

import subprocess
from dataclasses import replace

import pytest

from followup_desktop.export import pdf as printing
from followup_desktop.export.docx import write_docx

from .docx_helpers import HAVE_SOFFICE, make_letterhead, sample_layout
from .test_docx_letterhead_pages import TWO_PAGES, _letterhead

LOGO = (0x20, 0x60, 0xC0)  # the colour of docx_helpers.tiny_png


def pdf_pages(path):
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return [[line.split() for line in page.splitlines() if line.strip()] for page in out.split("\f")[:-1]]


def word_boxes(path, page):
    """(word, xMin, yMin) of every word on a page, in points (pdftotext -bbox)."""
    out = subprocess.run(
        ["pdftotext", "-f", str(page), "-l", str(page), "-bbox", str(path), "-"], capture_output=True, text=True
    ).stdout
    import re

    return [(w, float(x), float(y)) for x, y, w in re.findall(r'xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]+)<', out)]


def logo_box(pdf, tmp_path, name):
    """The logo's bounding box on page 1, in points, from a 72-dpi picture of the page."""
    from PySide6.QtGui import QImage

    subprocess.run(["pdftoppm", "-r", "72", "-f", "1", "-l", "1", "-png", str(pdf), str(tmp_path / name)], check=True)
    image = QImage(str(next(tmp_path.glob(f"{name}*.png"))))
    hits = [
        (x, y)
        for y in range(0, image.height() // 3)
        for x in range(image.width())
        if all(abs(a - b) < 40 for a, b in zip(image.pixelColor(x, y).getRgb()[:3], LOGO))
    ]
    xs, ys = [x for x, _ in hits], [y for _, y in hits]
    return min(xs), min(ys), max(xs), max(ys)


def write_pdf(layout, path):
    return printing.write_pdf(printing.letter_printable(layout), path)


def test_the_pdf_is_on_the_letterhead_page_one_and_the_others(qapp, tmp_path):
    letterhead = make_letterhead(tmp_path)
    first, second = pdf_pages(
        write_pdf(sample_layout(letterhead=str(letterhead), body_markdown=TWO_PAGES), tmp_path / "l.pdf")
    )
    assert first[0][-2:] == ["ACME", "LETTERHEAD"] and first[-1] == "Acme Ltd registered in Bristol".split()
    assert first[1] == ["Sam", "Roe"]  # the letterhead does not show the sender: the letter does
    assert second[0] == ["Ms", "Jo", "Lee", "25", "November", "2026", "Page", "2"]
    assert second[-1] == ["Acme", "continuation", "footer"] and "LETTERHEAD" not in sum(second, [])


def test_a_letterhead_showing_the_sender_drops_the_sender_block_in_the_pdf(qapp, tmp_path):
    layout = sample_layout(letterhead=str(make_letterhead(tmp_path)), letterhead_shows_sender=True)
    (page,) = pdf_pages(write_pdf(layout, tmp_path / "l.pdf"))
    words = sum(page, [])
    assert "High" not in words and words.count("Roe") == 1  # only the signature
    assert page[1] == ["25", "November", "2026"]


def test_a_letterhead_that_numbers_its_pages_is_not_numbered_twice(qapp, tmp_path):
    letterhead = _letterhead(tmp_path, numbered=True)
    pages = pdf_pages(write_pdf(sample_layout(letterhead=str(letterhead), body_markdown=TWO_PAGES), tmp_path / "l.pdf"))
    assert pages[1][0] == ["Ms", "Jo", "Lee", "25", "November", "2026"]
    assert pages[1][-1] == ["Acme", "continuation", "footer2"]  # the letterhead's own PAGE field, as Word shows it


def test_an_unreadable_letterhead_prints_on_plain_paper_with_the_sender(qapp, tmp_path):
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"not a zip")
    layout = sample_layout(letterhead=str(broken), letterhead_shows_sender=True)
    (page,) = pdf_pages(write_pdf(layout, tmp_path / "l.pdf"))
    assert page[0] == ["Sam", "Roe"]


@pytest.mark.skipif(not HAVE_SOFFICE, reason="LibreOffice is not installed")
@pytest.mark.parametrize("first_page", [True, False])
def test_pdf_and_word_file_put_the_letterhead_in_the_same_places(qapp, tmp_path, first_page):
    """Rendered to pictures, the logo and the header, footer and continuation words sit within 4 pt."""
    from .docx_helpers import docx_to_pdf_text

    letterhead = _letterhead(tmp_path, first_page=first_page)
    layout = sample_layout(letterhead=str(letterhead), body_markdown=TWO_PAGES)
    ours = write_pdf(layout, tmp_path / "ours.pdf")
    docx_to_pdf_text(write_docx(layout, tmp_path / "word.docx", letterhead), tmp_path)
    word = tmp_path / "pdf" / "word.pdf"
    logos = logo_box(ours, tmp_path, "ours"), logo_box(word, tmp_path, "word")
    assert all(abs(a - b) <= 4 for a, b in zip(*logos)), logos
    footer = "registered" if first_page else "continuation"  # one letterhead repeats its footer on page 1
    for page, marks in [(1, ["LETTERHEAD", footer]), (2, ["Page", "continuation", "Lee"])]:
        where = {p: {w: (x, y) for w, x, y in word_boxes(p, page)} for p in (ours, word)}
        for mark in marks:
            (x1, y1), (x2, y2) = where[ours][mark], where[word][mark]
            assert abs(y1 - y2) <= 4, (page, mark)
            if mark != "LETTERHEAD":  # after the logo: its distance depends on the font's spaces
                assert abs(x1 - x2) <= 30, (page, mark)


def test_the_page_is_the_letterheads(qapp, tmp_path):
    layout = replace(sample_layout(page_size="A4"), letterhead=str(make_letterhead(tmp_path)))
    info = subprocess.run(
        ["pdfinfo", str(write_pdf(layout, tmp_path / "l.pdf"))], capture_output=True, text=True
    ).stdout
    assert "612 x 792 pts" in info  # the letterhead's Letter paper, not the A4 of the settings
