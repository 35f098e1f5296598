"""Page numbers on a letterhead: only from page 2, only where the letterhead has its own first page."""

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

from followup_desktop.export.docx import write_docx

from .docx_helpers import HAVE_SOFFICE, docx_to_pdf_text, make_letterhead, sample_layout

TWO_PAGES = " ".join(f"point{chr(97 + i % 26)}" for i in range(700))


def _instructions(footer):
    """Every field instruction in a footer: complex fields and simple ones."""
    element = footer._element
    return [e.text.strip() for e in element.iter(qn("w:instrText"))] + [
        e.get(qn("w:instr")).strip() for e in element.iter(qn("w:fldSimple"))
    ]


def _letterhead(tmp_path, first_page=True, numbered=False):
    path = make_letterhead(tmp_path)
    template = docx.Document(str(path))
    section = template.sections[0]
    section.different_first_page_header_footer = first_page
    if numbered:
        section.footer.paragraphs[0]._p.append(
            parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>')
        )
    template.save(str(path))
    return path


@pytest.mark.parametrize(
    "first_page, numbered, expected",
    [
        (True, False, ["PAGE"]),  # a number is added under the continuation footer
        (False, False, []),  # no first page of its own: a number would show on page 1, so none
        (True, True, ["PAGE"]),  # the letterhead numbers its pages already: not twice
    ],
)
def test_page_numbers_only_with_a_distinct_first_page(tmp_path, first_page, numbered, expected):
    letterhead = _letterhead(tmp_path, first_page, numbered)
    section = docx.Document(str(write_docx(sample_layout(), tmp_path / "out.docx", letterhead))).sections[0]
    assert _instructions(section.footer) == expected
    assert section.footer.paragraphs[0].text.startswith("Acme continuation footer")
    if first_page:
        assert _instructions(section.first_page_footer) == []
        assert section.first_page_footer.paragraphs[0].text == "Acme Ltd registered in Bristol"


@pytest.mark.skipif(not HAVE_SOFFICE, reason="LibreOffice is not installed")
def test_libreoffice_numbers_page_two_under_the_letterhead_footer(tmp_path):
    path = write_docx(sample_layout(body_markdown=TWO_PAGES), tmp_path / "two.docx", _letterhead(tmp_path))
    pages = docx_to_pdf_text(path, tmp_path)
    assert len(pages) == 2
    first, second = ([line.strip() for line in page.strip().splitlines() if line.strip()] for page in pages)
    assert first[-1] == "Acme Ltd registered in Bristol" and "2" not in first[-3:]
    assert "Acme continuation footer" in second[-3:] and second[-1] == "2"
    assert "ACME LETTERHEAD" in pages[0] and "ACME LETTERHEAD" not in pages[1]
