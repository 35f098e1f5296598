"""Tests for the Word export: reopen every file with python-docx and check what Word sees."""

import errno
import os

import docx
import pytest
from docx.oxml.ns import qn
from docx.shared import Cm, Inches

from followup_desktop.core.letters.layout import layout_plain_text
from followup_desktop.export.docx import ExportWriteError, write_docx

from .docx_helpers import is_bold, make_letterhead, sample_layout


@pytest.fixture
def exported(tmp_path):
    """Export a letter and reopen it; returns (layout, document)."""

    def export(**changes):
        layout = sample_layout(**changes)
        path = write_docx(layout, tmp_path / "letter.docx")
        return layout, docx.Document(str(path))

    return export


def body_text(document) -> str:
    return "\n".join(p.text for p in document.paragraphs)


@pytest.mark.parametrize(
    ("page_size", "width", "height", "margin"),
    [("A4", Cm(21), Cm(29.7), Cm(2.5)), ("Letter", Inches(8.5), Inches(11), Inches(1))],
)
def test_page_size_and_margins(exported, page_size, width, height, margin):
    _, document = exported(page_size=page_size)
    section = document.sections[0]
    assert abs(section.page_width - width) < Cm(0.01)
    assert abs(section.page_height - height) < Cm(0.01)
    for side in ("left", "right", "top", "bottom"):
        assert abs(getattr(section, f"{side}_margin") - margin) < Cm(0.01)


def test_blocks_in_reading_order(exported):
    layout, document = exported()
    assert body_text(document) == layout_plain_text(layout)


def test_bold_and_italic_runs(exported):
    _, document = exported()
    runs = [(p, r) for p in document.paragraphs for r in p.runs]
    assert [r.text for p, r in runs if is_bold(document, p, r)] == ["Sam Roe", "Staff Engineer interview", "Tuesday"]
    assert [r.text for _, r in runs if r.italic] == ["billing"]
    assert [r.text for _, r in runs if r.bold] == ["Tuesday"]  # only what the Markdown asks for is direct


def test_each_numbered_list_restarts(exported):
    _, document = exported()
    numbering = document.part.numbering_part.element
    num_ids = []
    for p in document.paragraphs:
        num_pr = p._p.pPr.numPr if p._p.pPr is not None else None
        if num_pr is not None and p.text in ("We measured the backlog daily.", "Call me next week."):
            num_ids.append(num_pr.numId.val)
    assert len(set(num_ids)) == 2
    nums = [numbering.num_having_numId(n) for n in num_ids]
    assert len({n.abstractNumId.val for n in nums}) == 1
    starts = [n.find(f"{qn('w:lvlOverride')}/{qn('w:startOverride')}").get(qn("w:val")) for n in nums]
    assert starts == ["1", "1"]


def test_links_are_real_hyperlinks(exported):
    _, document = exported()
    (link,) = document.element.body.iter(qn("w:hyperlink"))
    rel = document.part.rels[link.get(qn("r:id"))]
    assert rel.is_external and rel.target_ref == "https://example.com/backlog"
    assert link.find(f"{qn('w:r')}/{qn('w:rPr')}/{qn('w:rStyle')}").get(qn("w:val")) == "Hyperlink"


def test_fonts_include_east_asian_slot(exported):
    _, document = exported(font_family="Georgia", font_size_pt=12, east_asian_font="MS Mincho")
    normal = document.styles["Normal"]
    assert normal.font.name == "Georgia" and normal.font.size.pt == 12
    assert normal.element.rPr.rFonts.get(qn("w:eastAsia")) == "MS Mincho"


def test_core_properties(exported):
    _, document = exported()
    props = document.core_properties
    assert (props.title, props.author) == ("Follow-up: Staff Engineer", "Sam Roe")
    assert props.comments == "" and props.last_modified_by == "Sam Roe"
    assert props.revision == 1


def test_continuation_header_from_page_two(exported):
    _, document = exported()
    section = document.sections[0]
    assert section.different_first_page_header_footer
    assert section.first_page_header.is_linked_to_previous  # page 1: no header at all
    assert section.footer.is_linked_to_previous  # the page number is in the header now
    (line,) = section.header.paragraphs
    assert line.style.name == "Continuation Header"
    assert line.text == "Ms Jo Lee\t25 November 2026\tPage 2"  # "2" is the PAGE field's cached result
    assert [e.text for e in line._p.iter(qn("w:instrText"))] == [" PAGE "]


def test_older_file_survives_a_full_disk(tmp_path, monkeypatch):
    target = tmp_path / "letter.docx"
    target.write_bytes(b"older letter")

    def full_disk(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(ExportWriteError, match="disk is full"):
        write_docx(sample_layout(), target)
    assert target.read_bytes() == b"older letter"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["letter.docx"]


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores permissions")
def test_unwritable_folder(tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    (folder / "letter.docx").write_bytes(b"older letter")
    folder.chmod(0o500)
    try:
        with pytest.raises(ExportWriteError, match="permission"):
            write_docx(sample_layout(), folder / "letter.docx")
        assert (folder / "letter.docx").read_bytes() == b"older letter"
    finally:
        folder.chmod(0o700)


@pytest.mark.parametrize("where", ["missing/letter.docx", "a-folder"])
def test_impossible_targets_raise_write_error(tmp_path, where):
    (tmp_path / "a-folder").mkdir()
    with pytest.raises(ExportWriteError):
        write_docx(sample_layout(), tmp_path / where)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-folder"]


def test_export_replaces_an_older_letter(tmp_path):
    target = tmp_path / "letter.docx"
    target.write_bytes(b"older letter")
    assert write_docx(sample_layout(), target) == target
    assert docx.Document(str(target)).paragraphs[0].text.startswith("Sam Roe\n")


def test_importing_the_module_leaves_a_letterhead_untouched(tmp_path):
    letterhead = make_letterhead(tmp_path)
    before = letterhead.read_bytes()
    write_docx(sample_layout(), tmp_path / "out.docx", letterhead=letterhead)
    assert letterhead.read_bytes() == before
