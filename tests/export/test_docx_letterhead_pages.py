"""Pages 2 onwards on a letterhead: the continuation header goes under its own; page 1 stays as designed."""

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

from followup_desktop.export.docx import write_docx

from .docx_helpers import HAVE_SOFFICE, docx_to_pdf_text, make_letterhead, sample_layout
from .ooxml import schema_problems, structure_problems

TWO_PAGES = " ".join(f"point{chr(97 + i % 26)}" for i in range(700))
CONTINUATION = "Ms Jo Lee\t25 November 2026"


def _instructions(part):
    """Every field instruction in a header or footer: complex fields and simple ones."""
    element = part._element
    return [e.text.strip() for e in element.iter(qn("w:instrText"))] + [
        e.get(qn("w:instr")).strip() for e in element.iter(qn("w:fldSimple"))
    ]


def _letterhead(tmp_path, first_page=True, numbered=False):
    path = make_letterhead(tmp_path)
    template = docx.Document(str(path))
    section = template.sections[0]
    section.different_first_page_header_footer = first_page
    if not first_page:  # one header on every page: the logo and name
        logo_header = section.first_page_header._element
        section.header.is_linked_to_previous = False
        section.header._element.append(logo_header[0])  # moves the logo's paragraph (and needs its picture)
        image_rel = next(r for r in section.first_page_header.part.rels.values() if "image" in r.reltype)
        rel_id = section.header.part.relate_to(image_rel.target_part, image_rel.reltype)
        for blip in section.header._element.iter(qn("a:blip")):
            blip.set(qn("r:embed"), rel_id)
    if numbered:
        section.footer.paragraphs[0]._p.append(
            parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>')
        )
    template.save(str(path))
    return path


@pytest.mark.parametrize("numbered", [False, True])
def test_continuation_header_under_a_letterhead_with_its_own_first_page(tmp_path, numbered):
    out = write_docx(sample_layout(), tmp_path / "out.docx", _letterhead(tmp_path, numbered=numbered))
    section = docx.Document(str(out)).sections[0]
    assert section.header.paragraphs[-1].text.startswith(CONTINUATION)
    # a letterhead that numbers its pages itself is not numbered twice
    assert _instructions(section.header) == ([] if numbered else ["PAGE"])
    assert section.footer.paragraphs[0].text == "Acme continuation footer"
    assert "ACME LETTERHEAD" in section.first_page_header._element.xml
    assert CONTINUATION.split("\t")[0] not in section.first_page_header._element.xml
    assert section.first_page_footer.paragraphs[0].text == "Acme Ltd registered in Bristol"
    assert structure_problems(out) == [] and schema_problems(out) == []


def test_a_letterhead_on_every_page_keeps_page_one_and_continues_under_it(tmp_path):
    out = write_docx(sample_layout(), tmp_path / "out.docx", _letterhead(tmp_path, first_page=False))
    section = docx.Document(str(out)).sections[0]
    assert section.different_first_page_header_footer
    first = section.first_page_header
    assert "ACME LETTERHEAD" in first._element.xml and next(first._element.iter(qn("a:blip")), None) is not None
    assert "Ms Jo Lee" not in first._element.xml
    assert "ACME LETTERHEAD" in section.header._element.xml
    assert section.header.paragraphs[-1].text.startswith(CONTINUATION)
    assert section.first_page_footer.paragraphs[0].text == "Acme continuation footer"
    assert structure_problems(out) == [] and schema_problems(out) == []


@pytest.mark.skipif(not HAVE_SOFFICE, reason="LibreOffice is not installed")
@pytest.mark.parametrize("first_page", [True, False])
def test_libreoffice_continues_page_two_under_the_letterhead(tmp_path, first_page):
    letterhead = _letterhead(tmp_path, first_page=first_page)
    pages = docx_to_pdf_text(
        write_docx(sample_layout(body_markdown=TWO_PAGES), tmp_path / "two.docx", letterhead), tmp_path
    )
    assert len(pages) == 2
    first, second = ([line.split() for line in page.strip().splitlines() if line.strip()] for page in pages)
    assert "LETTERHEAD" in first[0] and "Page" not in sum(first[:8], [])
    assert ["Ms", "Jo", "Lee", "25", "November", "2026", "Page", "2"] in second[:4]
    assert ("LETTERHEAD" in sum(second[:4], [])) == (not first_page)
