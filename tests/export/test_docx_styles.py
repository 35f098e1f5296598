"""Each part of the letter has a real paragraph style carrying its spacing: one place to restyle it in Word."""

import docx
from docx.oxml.ns import qn
from docx.shared import Pt

from followup_desktop.export.docx import write_docx

from .docx_helpers import make_letterhead, sample_layout

ORDER = [
    ("Sender", "Sam Roe"),
    ("Date", "25 November 2026"),
    ("Recipient", "Ms Jo Lee"),
    ("Subject", "Staff Engineer interview"),
    ("Salutation", "Dear Ms Lee,"),
    ("Body Text", "Thank you"),
    ("Body Text", "At Northwind"),
    ("List Number", "We measured"),
    ("List Number", "We moved"),
    ("Body Text", "What I would"),
    ("List Bullet", "a plan"),
    ("List Bullet", "patience"),
    ("List Number", "Call me"),
    ("List Number", "Or write"),
    ("Body Text", "I look forward"),
    ("Closing", "Kind regards,"),
    ("Signature", "Sam Roe"),
]
DIRECT = ("w:spacing", "w:ind", "w:keepNext", "w:keepLines", "w:jc", "w:contextualSpacing")


def _direct(paragraph):
    ppr = paragraph._p.pPr
    return [tag for tag in DIRECT if ppr is not None and ppr.find(qn(tag)) is not None]


def test_every_part_of_the_letter_has_its_style(tmp_path):
    document = docx.Document(str(write_docx(sample_layout(), tmp_path / "letter.docx")))
    got = [(p.style.name, p.text) for p in document.paragraphs]
    assert len(got) == len(ORDER)
    for (style, text), (wanted_style, start) in zip(got, ORDER):
        assert style == wanted_style and text.startswith(start)


def test_spacing_lives_in_the_styles_not_on_each_paragraph(tmp_path):
    document = docx.Document(str(write_docx(sample_layout(), tmp_path / "letter.docx")))
    assert [p.text for p in document.paragraphs if _direct(p)] == []
    styles = document.styles
    assert styles["Normal"].paragraph_format.space_after == Pt(11)
    assert styles["Closing"].paragraph_format.space_after == Pt(44)  # room to sign
    assert styles["Closing"].paragraph_format.keep_with_next
    assert styles["Subject"].font.bold and styles["Sender Name"].font.bold
    for name in ("List Bullet", "List Number"):  # items of a list sit together
        assert styles[name].element.pPr.find(qn("w:contextualSpacing")) is not None
        assert styles[name].base_style.name == "Body Text"


def test_restyling_body_text_in_one_place_changes_every_body_paragraph(tmp_path):
    """What a Word user does with Modify Style: every paragraph follows, none keeps its own setting."""
    path = write_docx(sample_layout(), tmp_path / "letter.docx")
    document = docx.Document(str(path))
    document.styles["Body Text"].paragraph_format.space_after = Pt(3)
    follows = [p for p in document.paragraphs if p.style.name.startswith(("Body Text", "List"))]
    assert len(follows) == 10
    for paragraph in follows:
        style = paragraph.style
        while style.paragraph_format.space_after is None:
            style = style.base_style
        assert style.paragraph_format.space_after == Pt(3) and paragraph.paragraph_format.space_after is None


def test_direct_formatting_only_where_the_markdown_asks(tmp_path):
    body = "- one\n  1. inner\n  2. again\n- two\n\n* another list at once\n\nafter\n\n  indented"
    document = docx.Document(str(write_docx(sample_layout(body_markdown=body), tmp_path / "letter.docx")))
    direct = {p.text: _direct(p) for p in document.paragraphs if _direct(p)}
    assert direct == {
        "one": ["w:spacing"],  # a bullet item followed by its nested numbered list: no gap between them
        "again": ["w:spacing"],  # the nested list back into the outer one
        "two": ["w:contextualSpacing"],  # two bullet lists in a row keep the gap between them
    }


def test_a_letterhead_keeps_its_own_styles_and_gets_the_missing_ones(tmp_path):
    letterhead = make_letterhead(tmp_path)
    template = docx.Document(str(letterhead))
    template.styles["Body Text"].paragraph_format.space_after = Pt(7)  # the designer's
    template.save(str(letterhead))
    document = docx.Document(str(write_docx(sample_layout(), tmp_path / "out.docx", letterhead)))
    assert document.styles["Body Text"].paragraph_format.space_after == Pt(7)
    assert document.styles["Sender"].base_style.name == "Normal"
    assert document.styles["Normal"].font.name is None  # the letterhead's fonts win (theme fonts)
    ids = [s.get(qn("w:styleId")) for s in document.styles.element.findall(qn("w:style"))]
    assert len(ids) == len(set(ids))
