"""Letterhead templates: their header, footer, logo and page setup survive the export."""

import shutil
import zipfile

import docx
import pytest
from docx.oxml.ns import qn
from docx.shared import Cm, Inches

from followup_desktop.core.letters.layout import layout_plain_text
from followup_desktop.export.docx import LetterheadError, write_docx

from .docx_helpers import make_letterhead, sample_layout, tiny_png

TEMPLATE_CT = b"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
DOCUMENT_CT = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


def as_dotx(source, target):
    """Copy a .docx as a .dotx: same package, main part declared as a template."""
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == "[Content_Types].xml":
                data = data.replace(DOCUMENT_CT, TEMPLATE_CT)
            zout.writestr(info, data)
    return target


@pytest.mark.parametrize("kind", ["docx", "dotx"])
def test_letter_on_letterhead_keeps_header_footer_and_page(tmp_path, kind):
    letterhead = make_letterhead(tmp_path)
    if kind == "dotx":
        letterhead = as_dotx(letterhead, tmp_path / "letterhead.dotx")
    layout = sample_layout(page_size="A4")
    document = docx.Document(str(write_docx(layout, tmp_path / "out.docx", letterhead)))
    section = document.sections[0]
    assert abs(section.page_width - Inches(8.5)) < Cm(0.01)  # the letterhead's paper, not A4
    assert abs(section.left_margin - Cm(2)) < Cm(0.01)
    assert section.different_first_page_header_footer
    header = section.first_page_header._element
    assert "ACME LETTERHEAD" in "".join(t.text for t in header.iter(qn("w:t")))
    assert next(header.iter(qn("a:blip")), None) is not None
    assert section.first_page_footer.paragraphs[0].text == "Acme Ltd registered in Bristol"
    assert section.footer.paragraphs[0].text == "Acme continuation footer"
    assert "\n".join(p.text for p in document.paragraphs) == layout_plain_text(layout)


def test_letterhead_without_list_styles_still_numbers(tmp_path):
    letterhead = make_letterhead(tmp_path)
    template = docx.Document(str(letterhead))
    for style in list(template.styles.element.iterchildren(qn("w:style"))):
        if style.get(qn("w:styleId")) in ("ListBullet", "ListNumber", "ListParagraph"):
            template.styles.element.remove(style)
    template.save(str(letterhead))
    document = docx.Document(str(write_docx(sample_layout(), tmp_path / "out.docx", letterhead)))
    listed = [p for p in document.paragraphs if p._p.pPr is not None and p._p.pPr.numPr is not None]
    assert len(listed) == 6
    assert {p.style.name for p in listed} == {"List Bullet", "List Number"}  # the letter's own, added


@pytest.mark.parametrize(
    ("name", "content"),
    [("logo.docx", tiny_png()), ("empty.docx", b""), ("notes.docx", b"just text"), ("book.docx", None)],
)
def test_bad_letterhead_is_refused_before_writing(tmp_path, name, content):
    bad = tmp_path / name
    if content is None:  # a real zip that is not a Word document
        with zipfile.ZipFile(bad, "w") as z:
            z.writestr("[Content_Types].xml", "<Types/>")
    else:
        bad.write_bytes(content)
    with pytest.raises(LetterheadError):
        write_docx(sample_layout(), tmp_path / "out.docx", bad)
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]


def test_missing_letterhead_is_refused(tmp_path):
    with pytest.raises(LetterheadError, match="cannot be read"):
        write_docx(sample_layout(), tmp_path / "out.docx", tmp_path / "gone.docx")
    assert not (tmp_path / "out.docx").exists()


def test_letterhead_copy_keeps_working_when_renamed(tmp_path):
    letterhead = make_letterhead(tmp_path)
    copy = shutil.copy(letterhead, tmp_path / "copy.dotx")  # a .docx named .dotx
    assert write_docx(sample_layout(), tmp_path / "out.docx", copy).exists()


def test_letterhead_without_section_properties_gets_a_page(tmp_path):
    template = docx.Document()
    template.element.body.remove(template.element.body.sectPr)
    template.save(str(tmp_path / "bare.docx"))
    out = write_docx(sample_layout(page_size="A4"), tmp_path / "out.docx", tmp_path / "bare.docx")
    assert abs(docx.Document(str(out)).sections[0].page_width - Cm(21)) < Cm(0.01)


def test_the_letterheads_header_words_are_read_for_the_sender_check(tmp_path):
    from followup_desktop.core.letters.layout import letterhead_shows
    from followup_desktop.export.docx import letterhead_header_text

    letterhead = make_letterhead(tmp_path)
    text = letterhead_header_text(as_dotx(letterhead, tmp_path / "letterhead.dotx"))
    assert text.strip() == "ACME LETTERHEAD"
    assert letterhead_shows(text, "Acme  letterhead") and not letterhead_shows(text, "Sam Roe")
    assert not letterhead_shows(text, "")
    with pytest.raises(LetterheadError):
        letterhead_header_text(tmp_path / "logo.png")


def test_a_letterhead_that_shows_the_sender_drops_the_sender_block(tmp_path):
    from followup_desktop.core.letters.layout import build_layout
    from followup_desktop.core.models.letters import Letter, LetterPrefs, Profile

    letterhead = make_letterhead(tmp_path)
    profile = Profile(name="Sam Roe", address_lines=["12 High Street"], email="sam@example.com")
    letter = Letter(id="l", interview_id="i", body="Dear Jo,\n\nThank you.\n\nKind regards,\n\nSam Roe")
    shown = LetterPrefs(letterhead=str(letterhead), letterhead_shows_sender=True)
    for prefs, on, sender in [
        (shown, letterhead, False),
        (shown, None, True),  # plain paper needs it
        (LetterPrefs(letterhead=str(letterhead)), letterhead, True),
        (LetterPrefs(letterhead="", letterhead_shows_sender=True), letterhead, True),  # no letterhead chosen
    ]:
        layout = build_layout(letter, profile, None, None, prefs)
        paragraphs = docx.Document(str(write_docx(layout, tmp_path / "out.docx", on))).paragraphs
        texts = [p.text for p in paragraphs]
        assert ("12 High Street" in "\n".join(texts)) == sender
        assert ("Sender" in {p.style.name for p in paragraphs}) == sender
        assert texts[-1] == "Sam Roe"  # the signature stays
