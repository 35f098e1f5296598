"""A letterhead read for paper (PDF and print): its page, headers, footers, pictures and font."""

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm

from followup_desktop.export.docx import LetterheadError
from followup_desktop.export.letterhead import PAGE_FIELD, read_letterhead

from .docx_helpers import make_letterhead


def _text(band):
    return "".join(s.text for p in band.paras for s in p.spans)


def test_page_bands_and_font_of_a_letterhead(tmp_path):
    paper = read_letterhead(make_letterhead(tmp_path))
    assert (paper.width, paper.height) == (12240, 15840)  # Letter, in twips
    assert paper.margins[1] == paper.margins[3] == round(Cm(2) / 635)
    assert _text(paper.first_header).strip() == "ACME LETTERHEAD"
    (logo,) = [s.picture for p in paper.first_header.paras for s in p.spans if s.picture]
    assert logo.width == Cm(2) and logo.data.startswith(b"\x89PNG") and logo.anchor is None
    assert _text(paper.first_footer) == "Acme Ltd registered in Bristol"
    assert paper.header.empty and _text(paper.footer) == "Acme continuation footer"
    assert paper.font_family == "Cambria" and not paper.numbered  # python-docx's template: the theme's body font


def test_placed_pictures_tables_and_page_fields_are_read(tmp_path):
    path = make_letterhead(tmp_path)
    template = docx.Document(str(path))
    header = template.sections[0].first_page_header._element
    inline = next(header.iter("{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}inline"))
    anchor = parse_xml(
        f'<wp:anchor {nsdecls("wp")} distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="1" '
        'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="margin"><wp:align>right</wp:align></wp:positionH>'
        '<wp:positionV relativeFrom="page"><wp:posOffset>360000</wp:posOffset></wp:positionV></wp:anchor>'
    )
    for child in list(inline):
        anchor.append(child)
    inline.getparent().replace(inline, anchor)
    footer = template.sections[0].footer._element
    footer.append(
        parse_xml(
            f"<w:tbl {nsdecls('w')}><w:tr><w:tc><w:p><w:r><w:t>Left cell</w:t></w:r></w:p></w:tc>"
            '<w:tc><w:p><w:r><w:t xml:space="preserve">Page </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            '<w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            '<w:r><w:t>9</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:tc></w:tr></w:tbl>'
        )
    )
    template.save(str(path))
    paper = read_letterhead(path)
    (placed,) = paper.first_header.floating
    assert (placed.anchor.from_x, placed.anchor.align_x, placed.anchor.from_y, placed.anchor.y) == (
        "margin",
        "right",
        "page",
        360000,
    )
    row = paper.footer.paras[-1]
    assert [[s.text for p in cell for s in p.spans] for cell in row.cells] == [["Left cell"], ["Page ", PAGE_FIELD]]
    assert paper.numbered  # pages 2 onwards are numbered by the letterhead itself


def test_a_broken_letterhead_is_refused(tmp_path):
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"PK\x03\x04 not really")
    with pytest.raises(LetterheadError):
        read_letterhead(broken)
