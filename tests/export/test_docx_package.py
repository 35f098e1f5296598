"""The Word package is as clean as Word's own: the letter's properties, no template leftovers, valid OOXML."""

import datetime as dt
import re
import zipfile

import docx
import pytest
from docx.oxml.ns import qn

import followup_desktop
from followup_desktop.export.docx import write_docx

from ..hostile import HOSTILE
from .docx_helpers import BODY, effective, make_letterhead, sample_layout
from .ooxml import part_names, schema_problems, structure_problems

NOW = dt.datetime(2026, 11, 25, 14, 30, 5, 123456, tzinfo=dt.UTC)
PARTS = [
    "[Content_Types].xml",
    "_rels/.rels",
    "docProps/app.xml",
    "docProps/core.xml",
    "word/_rels/document.xml.rels",
    "word/document.xml",
    "word/fontTable.xml",
    "word/header1.xml",
    "word/settings.xml",
    "word/styles.xml",
    "word/theme/theme1.xml",
]
ATTACHED_TEMPLATE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate"
LEFTOVERS = ("thumbnail", "customXml", "stylesWithEffects", "webSettings", "custom.xml", "glossary", "comments")


def utc(moment):
    """python-docx 1.1 reads core times as naive UTC, 1.2 as aware."""
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def read(path, name):
    with zipfile.ZipFile(path) as package:
        return package.read(name).decode("utf-8")


def test_a_letter_holds_exactly_the_parts_it_uses(tmp_path):
    path = write_docx(sample_layout(body_markdown="Thank you for Tuesday."), tmp_path / "letter.docx")
    assert part_names(path) == PARTS  # no numbering part: the letter has no list
    with_lists = write_docx(sample_layout(), tmp_path / "lists.docx")
    assert part_names(with_lists) == sorted([*PARTS, "word/numbering.xml"])
    assert with_lists.stat().st_size < 8_000  # 38.7 KB from python-docx's template


def test_core_properties_are_the_letters_own(tmp_path):
    path = write_docx(sample_layout(language="en-GB"), tmp_path / "letter.docx", now=NOW)
    props = docx.Document(str(path)).core_properties
    assert utc(props.created) == utc(props.modified) == NOW.replace(microsecond=0)
    assert (props.title, props.author, props.last_modified_by) == ("Follow-up: Staff Engineer", "Sam Roe", "Sam Roe")
    assert (props.revision, props.language) == (1, "en-GB")
    core = read(path, "docProps/core.xml")
    assert '<dcterms:created xsi:type="dcterms:W3CDTF">2026-11-25T14:30:05Z</dcterms:created>' in core
    assert "2013" not in core and "<cp:keywords" not in core  # no template date, no empty leftovers


def test_the_export_moment_is_now_by_default(tmp_path):
    before = dt.datetime.now(dt.UTC).replace(microsecond=0)
    created = utc(docx.Document(str(write_docx(sample_layout(), tmp_path / "l.docx"))).core_properties.created)
    assert before <= created <= dt.datetime.now(dt.UTC)


def test_app_properties_name_this_program_and_version(tmp_path):
    app = read(write_docx(sample_layout(), tmp_path / "letter.docx"), "docProps/app.xml")
    assert f"<Application>FollowUp Desktop {followup_desktop.__version__}</Application>" in app
    assert re.search(r"<AppVersion>\d\d\.\d{4}</AppVersion>", app)  # the form Office insists on
    assert "Microsoft" not in app and "Normal.dotm" not in app


def test_word_opens_it_without_compatibility_mode(tmp_path):
    settings = read(write_docx(sample_layout(), tmp_path / "letter.docx"), "word/settings.xml")
    assert re.findall(r'w:name="compatibilityMode"[^>]*w:val="(\d+)"', settings) == ["15"]
    assert "proofState" not in settings and "savePreviewPicture" not in settings


@pytest.mark.parametrize("language", ["en-GB", "en-US"])
def test_word_proofs_the_letter_in_its_spelling_language(tmp_path, language):
    path = write_docx(sample_layout(language=language), tmp_path / "letter.docx")
    document = docx.Document(str(path))
    defaults = document.styles.element.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:lang')}")
    assert defaults.get(qn("w:val")) == language
    header = document.sections[0].header
    runs = [(p, r) for p in [*document.paragraphs, *header.paragraphs] for r in p.runs]
    assert {effective(document, p, r, "w:lang").get(qn("w:val")) for p, r in runs} == {language}
    assert f'w:themeFontLang w:val="{language}"' in read(path, "word/settings.xml")


def _leftover_letterhead(tmp_path):
    """python-docx's template as a letterhead, with a German Normal style, an attached template,
    a mail merge, custom properties and a picture in the body that the letter replaces."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    path = make_letterhead(tmp_path)
    template = docx.Document(str(path))
    template.add_picture(str(tmp_path / "logo.png"))
    normal = template.styles["Normal"].element.get_or_add_rPr()
    normal.append(parse_xml(f'<w:lang {nsdecls("w")} w:val="de-DE"/>'))
    settings = template.settings.element
    rel_id = template.part._settings_part.relate_to(
        "file:///C:/Users/designer/Templates/Acme.dotm", ATTACHED_TEMPLATE, is_external=True
    )
    settings.insert(0, parse_xml(f'<w:attachedTemplate {nsdecls("w", "r")} r:id="{rel_id}"/>'))
    settings.append(parse_xml(f'<w:mailMerge {nsdecls("w")}><w:mainDocumentType w:val="formLetters"/></w:mailMerge>'))
    custom = Part(
        PackURI("/docProps/custom.xml"),
        "application/vnd.openxmlformats-officedocument.custom-properties+xml",
        b'<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"/>',
        template.part.package,
    )
    template.part.package.relate_to(custom, RT.CUSTOM_PROPERTIES)
    template.save(str(path))
    names = "\n".join(part_names(path))
    assert all(leftover in names for leftover in ("thumbnail", "customXml", "stylesWithEffects", "custom.xml"))
    return path


def test_a_letterheads_leftovers_are_left_out(tmp_path):
    path = write_docx(sample_layout(language="en-GB"), tmp_path / "out.docx", _leftover_letterhead(tmp_path))
    names = "\n".join(part_names(path))
    assert not [leftover for leftover in LEFTOVERS if leftover in names]
    assert len([n for n in part_names(path) if n.startswith("word/media/")]) == 1  # the logo, not the body's picture
    settings = read(path, "word/settings.xml")
    assert "attachedTemplate" not in settings and "mailMerge" not in settings
    with zipfile.ZipFile(path) as package:  # the designer's path is nowhere, not even in a relationship
        assert not [n for n in package.namelist() if b"designer" in package.read(n)]
    assert "Microsoft" not in read(path, "docProps/app.xml")
    document = docx.Document(str(path))
    assert document.styles["Normal"].element.rPr.find(qn("w:lang")).get(qn("w:val")) == "en-GB"
    assert structure_problems(path) == [] and schema_problems(path) == []


LAYOUTS = {
    "sample": {},
    "plain": {"body_markdown": "Thank you."},
    "long": {"body_markdown": "\n\n".join([BODY] * 12)},
    "bare": {
        "sender_name": "",
        "sender_lines": (),
        "recipient_lines": (),
        "subject": "",
        "salutation": "",
        "closing": "",
    },
    "letter-paper": {"page_size": "Letter", "font_family": "Georgia & Sons", "language": "en-GB"},
    "nested": {"body_markdown": "- one\n  1. inner\n  2. again\n- two\n\n* other list\n\n# Heading\n\nText"},
    **{
        f"hostile-{key}": {"subject": value, "body_markdown": value}
        for key, value in HOSTILE.items()
        if key != "long-line"
    },
}


@pytest.mark.parametrize("case", LAYOUTS)
def test_every_export_is_valid_ooxml(tmp_path, case):
    path = write_docx(sample_layout(**LAYOUTS[case]), tmp_path / "letter.docx")
    assert structure_problems(path) == []
    assert schema_problems(path) == []


@pytest.mark.parametrize("letterhead", ["titled", "leftovers"])
def test_every_letterhead_export_is_valid_ooxml(tmp_path, letterhead):
    source = make_letterhead(tmp_path) if letterhead == "titled" else _leftover_letterhead(tmp_path)
    path = write_docx(sample_layout(), tmp_path / "letter.docx", source)
    assert structure_problems(path) == []
    assert schema_problems(path) == []


def test_the_checks_find_a_broken_package(tmp_path):
    """The validation above is not vacuous: a part left out, a bad element and a stray part are all found."""
    good = write_docx(sample_layout(), tmp_path / "letter.docx")
    broken = tmp_path / "broken.docx"
    with zipfile.ZipFile(good) as zin, zipfile.ZipFile(broken, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == "word/header1.xml":
                continue
            if info.filename == "word/document.xml":
                data = data.replace(b"<w:body>", b"<w:body><w:bogus/>")
            zout.writestr(info, data)
        zout.writestr("docProps/thumbnail.jpeg", b"\xff\xd8")
    problems = structure_problems(broken)
    assert any("header1.xml: the target is missing" in p for p in problems)
    assert any("thumbnail.jpeg has no content type" in p for p in problems)
    assert any("thumbnail.jpeg is in the package but nothing relates to it" in p for p in problems)
    assert any("bogus" in p for p in schema_problems(broken))
