"""The letter on paper and in PDF: same words as the Word file, its continuation header, no spell underlines."""

import subprocess
from dataclasses import replace

import docx
import pytest
from PySide6.QtGui import QImage

from followup_desktop.core.letters.layout import layout_plain_text
from followup_desktop.export import pdf
from followup_desktop.export.docx import write_docx

from .docx_helpers import BODY, sample_layout, words
from .test_docx_hostile import C0, WORLD


def pdf_pages(path):
    """The text of each page of a PDF (pdftotext)."""
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return out.split("\f")[:-1]


def letters_only(text):
    """Words without digits: list numbers and page numbers are layout, not the letter's words."""
    return [w for w in words(text) if not w.isdigit()]


def write(layout, path):
    return pdf.write_pdf(pdf.letter_printable(layout), path)


def test_docx_and_qt_pdf_say_the_same_words(qapp, tmp_path):
    layout = sample_layout()
    pages = pdf_pages(write(layout, tmp_path / "letter.pdf"))
    docx_text = "\n".join(p.text for p in docx.Document(str(write_docx(layout, tmp_path / "l.docx"))).paragraphs)
    assert len(pages) == 1
    assert letters_only("\n".join(pages)) == letters_only(docx_text) == letters_only(layout_plain_text(layout))
    assert not list(tmp_path.glob(".followup-*"))  # no temporary file left behind


def without_continuation(pages):
    """The pages' text without the continuation line at the top of pages 2 onwards."""
    return [page if n == 0 else page.strip().split("\n", 1)[1] for n, page in enumerate(pages)]


@pytest.mark.parametrize("paper, points", [("A4", (595, 842)), ("Letter", (612, 792))])
def test_long_letter_has_the_continuation_header_from_page_two(qapp, tmp_path, paper, points):
    layout = sample_layout(page_size=paper, body_markdown="\n\n".join([BODY] * 5))
    path = write(layout, tmp_path / "long.pdf")
    pages = pdf_pages(path)
    assert len(pages) >= 2
    assert pages[0].split()[:2] == ["Sam", "Roe"]  # no header on the first page
    for number, page in enumerate(pages[1:], 2):  # as in the Word file: recipient, date, page number
        assert page.strip().splitlines()[0].split() == [
            "Ms",
            "Jo",
            "Lee",
            "25",
            "November",
            "2026",
            "Page",
            str(number),
        ]
    assert not [page for page in pages if page.split()[-1].isdigit()]  # no number at the foot any more
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    assert f"{points[0]} x {points[1]} pts" in info and "Follow-up: Staff Engineer" in info


def test_the_printed_document_has_no_spell_check_formats_and_no_red_ink(qapp, tmp_path):
    layout = sample_layout(body_markdown="Thsi lettre has speling misteaks evrywhere.")
    assert not pdf.has_spell_formats(pdf.letter_document(layout))
    write(layout, tmp_path / "typos.pdf")
    subprocess.run(["pdftoppm", "-r", "50", "-png", str(tmp_path / "typos.pdf"), str(tmp_path / "page")], check=True)
    image = QImage(str(next(tmp_path.glob("page*.png"))))
    red = sum(
        1
        for y in range(image.height())
        for x in range(0, image.width(), 2)
        if (c := image.pixelColor(x, y)).red() > 150 and c.green() < 100 and c.blue() < 100
    )
    assert red == 0


def test_lists_restart_and_links_are_real(qapp, tmp_path):
    doc = pdf.letter_document(sample_layout())
    markers = []
    block = doc.begin()
    while block.isValid():
        if block.blockFormat().textIndent() < 0:  # a list item: its marker hangs in the margin
            markers.append(block.text().split(" ", 1)[0])
        block = block.next()
    assert markers == ["1.", "2.", "\u2022", "\u2022", "1.", "2."]  # each numbered list starts at 1
    html = doc.toHtml()
    assert 'href="https://example.com/backlog"' in html
    text = pdf_pages(write(sample_layout(), tmp_path / "lists.pdf"))[0]
    assert "\u2022 a plan for the first ninety days" in text and "2. We moved the slowest jobs first." in text


@pytest.mark.parametrize("family", ["Calibri", "No Such Family", "Sans Serif"])
def test_digits_reach_the_text_layer_whatever_fonts_are_installed(qapp, tmp_path, family):
    # With only DejaVu installed, the system font's name is the alias "Sans Serif": Qt passed over it
    # for the East Asian font, whose digits pdftotext reads as nothing ("High Street", "BS DJ").
    layout = sample_layout(font_family=family, body_markdown="1. On 3 March at 10:30\n2. Call 0117 496 0000")
    text = pdf_pages(write(layout, tmp_path / "digits.pdf"))[0]
    for needle in ("12 High Street", "Bristol BS1 4DJ", "25 November 2026", "1. On 3 March at 10:30", "0117 496 0000"):
        assert needle in text


@pytest.mark.parametrize("marker", ["- ", "9. ", "10. "])
@pytest.mark.parametrize("words", ["the reconciliation backlog stayed with me " * 6, "שלום עולם פריט ברשימה " * 8])
def test_a_wrapped_list_item_goes_on_under_its_first_word(qapp, marker, words):
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QPdfWriter

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageLayout(pdf.page_layout("A4"))
    writer.setResolution(pdf.PDF_RESOLUTION)
    doc = pdf.letter_document(sample_layout(body_markdown=f"Intro\n\n{marker}{words}\n\n{marker}{words}"), writer)
    items = [b for b in _blocks(doc) if b.blockFormat().textIndent() < 0]
    assert len(items) == 2
    for item in items:
        layout, skip = item.layout(), len(item.text().split(" ", 1)[0]) + 1
        first, second = layout.lineAt(0), layout.lineAt(1)
        start = first.cursorToX(skip)[0]  # where the first word begins, after the marker
        edge = second.x() + (second.width() if pdf.is_rtl(words) else 0)  # right-to-left lines end at the right
        assert abs(start - edge) < 1, (start, edge)
        assert first.cursorToX(0)[0] != start  # the marker stands before it, in the margin


def _blocks(doc):
    block = doc.begin()
    while block.isValid():
        yield block
        block = block.next()


def test_hostile_text_prints_to_pdf(qapp, tmp_path):
    layout = sample_layout(
        sender_name=f"Sam{C0}Roe\ud800",
        salutation="Dear\u2028Ms Lee,",
        body_markdown=f"Nul\x00 and bell\x07.\u2029{WORLD}\n\n" + "word " * 10_000,
    )
    text = " ".join(pdf_pages(write(layout, tmp_path / "hostile.pdf")))
    assert "SamRoe" in text and "Nul and bell." in text and "你好世界" in text
    assert text.count("word") == 10_000  # every line on exactly one page, also in the text layer


def tagged(prefix, count):
    """Distinct words without digits (digits are list and page numbers): prefix + base-26 letters."""

    def letters(n):
        return letters(n // 26 - 1) + chr(97 + n % 26) if n >= 26 else chr(97 + n)

    return [prefix + letters(i) for i in range(count)]


@pytest.mark.parametrize(
    "body",
    [
        " ".join(tagged("para", 3000)),
        "- " + " ".join(tagged("item", 1500)) + "\n- short item",
        "1. " + " ".join(tagged("step", 1500)) + "\n2. next step",
        "\\\n".join(tagged("line", 200)),
    ],
)
def test_every_word_is_printed_once_in_order_across_page_breaks(qapp, tmp_path, body):
    layout = sample_layout(body_markdown=body)
    pages = pdf_pages(write(layout, tmp_path / "long.pdf"))
    assert len(pages) >= 2
    assert letters_only("\n".join(without_continuation(pages))) == letters_only(layout_plain_text(layout))


def test_the_pdf_gives_back_the_digits_of_the_date_and_address(qapp, tmp_path):
    text = "\n".join(pdf_pages(write(sample_layout(), tmp_path / "letter.pdf")))
    assert "25 November 2026" in text and "12 High Street" in text and "BS1 4DJ" in text


def test_missing_font_falls_back_to_a_latin_font_first(qapp):
    families = pdf.font_families(replace(sample_layout(), font_family="No Such Font Anywhere"))
    assert families[-1] == "Noto Sans CJK SC" and families[0] != "Noto Sans CJK SC"


LIGATURES = "".join(map(chr, range(0xFB00, 0xFB07)))  # ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ


def test_the_pdf_text_layer_gives_back_plain_letters_not_ligatures(qapp, tmp_path):
    words_with_ligatures = "Staff office afflicted fluffy fjord"
    pages = pdf_pages(write(sample_layout(body_markdown=words_with_ligatures), tmp_path / "lig.pdf"))
    text = "\n".join(pages)
    assert words_with_ligatures in " ".join(text.split())
    assert not set(text) & set(LIGATURES)
