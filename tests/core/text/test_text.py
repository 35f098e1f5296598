"""Tests for core.text: XML-safe text and portable file names."""

import datetime as dt
import os
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from followup_desktop.core.text.safe import proposed_letter_filename, safe_filename, xml_safe

FORBIDDEN = set('/\\:*?"<>|') | {chr(c) for c in range(32)}


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("plain", "plain"),
        ("tab\tand\nnewline", "tab\tand\nnewline"),
        ("nul\x00bell\x07esc\x1b", "nulbellesc"),
        ("vt\x0bff\x0c", "vtff"),
        ("crlf\r\nmac\r", "crlf\nmac\n"),
        ("line\u2028sep", "line\nsep"),
        ("para\u2029sep", "para\n\nsep"),
        ("obj\ufffcect", "object"),
        ("non\ufffechar\uffff", "nonchar"),
        ("lone\ud800high\udfff", "lonehigh"),
        ("مرحبا שלום 你好 👩‍💻", "مرحبا שלום 你好 👩‍💻"),
        ("", ""),
    ],
)
def test_xml_safe(raw, expected):
    assert xml_safe(raw) == expected


def test_xml_safe_keeps_every_legal_character():
    mapped = {0x2028, 0x2029}
    legal = "".join(chr(c) for c in range(0x20, 0xD800) if c not in mapped) + "\t\n\U0001f600"
    assert xml_safe(legal) == legal


@pytest.mark.parametrize(
    ("stem", "ext", "expected"),
    [
        ("Acme letter", "docx", "Acme letter.docx"),
        ('a/b\\c:d*e?f"g<h>i|j', "docx", "a b c d e f g h i j.docx"),
        ("trailing dots...  ", "docx", "trailing dots.docx"),
        ("", "docx", "letter.docx"),
        ("..", "docx", "letter.docx"),
        ("...hidden", "docx", "hidden.docx"),
        ("\x00\x01\x1f", "pdf", "letter.pdf"),
        ("CON", "docx", "_CON.docx"),
        ("nul", "txt", "_nul.txt"),
        ("com1", "docx", "_com1.docx"),
        ("LPT9", "docx", "_LPT9.docx"),
        ("COM10", "docx", "COM10.docx"),
        ("com\u00b9", "docx", "_com\u00b9.docx"),  # Windows 11 reserves superscript digits too
        ("LPT0", "pdf", "_LPT0.pdf"),
        ("CONIN$", "docx", "_CONIN$.docx"),
        ("-rf", "docx", "rf.docx"),  # read as an option in a shell
        ("Zoë Müller – Café", "docx", "Zoë Müller – Café.docx"),
        ("株式会社 テスト", "docx", "株式会社 テスト.docx"),
        ("name", ".pdf", "name.pdf"),
    ],
)
def test_safe_filename(stem, ext, expected):
    assert safe_filename(stem, ext) == expected


@pytest.mark.parametrize("stem", ["x" * 500, "日本" * 200, "é" * 300])
def test_safe_filename_length_limits(stem):
    name = safe_filename(stem, "docx")
    assert name.endswith(".docx")
    assert len(name) <= 120
    assert len(name.encode("utf-8")) <= 255


def test_proposed_letter_filename():
    name = proposed_letter_filename("Acme", "Staff Engineer", "thank-you", dt.date(2026, 11, 25))
    assert name == "Acme - Staff Engineer - thank-you - 2026-11-25.docx"


def test_proposed_letter_filename_skips_empty_and_hostile_parts():
    name = proposed_letter_filename("A/B Corp", "", "follow-up", "2026-01-02")
    assert name == "A B Corp - follow-up - 2026-01-02.docx"


@pytest.mark.parametrize(
    "copy, expected",
    [(1, "Acme - Engineer - thank-you - 2026-11-29.pdf"), (12, "Acme - Engineer - thank-you - 2026-11-29 (12).pdf")],
)
def test_a_further_copy_is_numbered(copy, expected):
    assert proposed_letter_filename("Acme", "Engineer", "thank-you", "2026-11-29", "pdf", copy) == expected


@pytest.mark.parametrize("company", ["x" * 500, "株式会社" * 125, "Acme " * 100])
def test_a_long_company_or_role_never_pushes_the_kind_and_date_out(company):
    name = proposed_letter_filename(company, company, "check-in", "2026-11-29", "docx", 100)
    assert name.endswith(" - check-in - 2026-11-29 (100).docx"), name
    assert len(name) <= 120 and len(name.encode()) <= 240


def test_the_number_stays_when_the_stem_is_shortened():
    name = safe_filename("y" * 300, "docx", tail=" (7)")
    assert name.endswith("y (7).docx") and len(name) == 120


@given(st.text(), st.sampled_from(["docx", "pdf", ".dotx", ""]))
def test_any_text_gives_a_safe_name(stem, ext):
    name = safe_filename(stem, ext)
    assert name and not (FORBIDDEN & set(name))
    assert len(name) <= 120
    assert name not in {".", ".."} and not name.endswith((".", " "))
    assert name.split(".")[0].upper() not in {"CON", "PRN", "AUX", "NUL"}
    folder = Path("/tmp/out-folder")
    target = (folder / name).resolve()
    assert target.parent == folder.resolve()
    assert os.path.basename(name) == name
