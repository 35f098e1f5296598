"""Tests for the Markdown body model and the plain-text view of a letter."""

import pytest

from followup_desktop.core.letters.layout import LetterLayout, layout_plain_text
from followup_desktop.core.text.markdown import Run, parse_body


def kinds(markdown):
    return [(b.kind, b.text) for b in parse_body(markdown)]


@pytest.mark.parametrize(
    ("markdown", "expected"),
    [
        ("One.\n\nTwo.", [("paragraph", "One."), ("paragraph", "Two.")]),
        ("soft\nbreak", [("paragraph", "soft break")]),
        ("hard  \nbreak", [("paragraph", "hard\nbreak")]),
        ("hard\\\nbreak", [("paragraph", "hard\nbreak")]),
        ("- a\n- b", [("bullet", "a"), ("bullet", "b")]),
        ("1. a\n2. b", [("numbered", "a"), ("numbered", "b")]),
        ("# Title", [("heading", "Title")]),
        ("<script>x</script> & <b>y</b>", [("paragraph", "<script>x</script> & <b>y</b>")]),
        ("www.example.com", [("paragraph", "www.example.com")]),
        ("a\u2029b", [("paragraph", "a"), ("paragraph", "b")]),
        ("nul\x00here", [("paragraph", "nulhere")]),
        ("", []),
    ],
)
def test_parse_body_blocks(markdown, expected):
    assert kinds(markdown) == expected


def test_inline_runs_carry_bold_italic_and_links():
    (block,) = parse_body("a **b** *c* [d](https://x.test/)")
    assert block.runs == (
        Run("a "),
        Run("b", bold=True),
        Run(" "),
        Run("c", italic=True),
        Run(" "),
        Run("d", href="https://x.test/"),
    )


def test_heading_runs_are_bold():
    (block,) = parse_body("## Next *steps*")
    assert all(run.bold for run in block.runs)


def test_numbering_restarts_per_list():
    blocks = parse_body("1. a\n2. b\n\ntext\n\n1. c\n\n5. d")
    numbered = [(b.list_id, b.number) for b in blocks if b.kind == "numbered"]
    assert numbered == [(1, 1), (1, 2), (2, 1), (2, 2)]


def test_nested_list_levels():
    blocks = parse_body("- a\n  - b\n- c")
    assert [(b.text, b.level) for b in blocks] == [("a", 0), ("b", 1), ("c", 0)]


def test_javascript_links_are_not_links():
    (block,) = parse_body("[x](javascript:alert(1))")
    assert all(run.href is None for run in block.runs)


def test_layout_plain_text_reading_order():
    layout = LetterLayout(
        sender_name="Sam Roe",
        sender_lines=("1 High St", ""),
        date_text="25 November 2026",
        recipient_lines=("Ms Lee",),
        subject="",
        salutation="Dear Ms Lee,",
        body_markdown="Thank **you**.\n\n- one",
        closing="Kind regards,",
        signature_name="Sam Roe",
    )
    assert layout_plain_text(layout) == (
        "Sam Roe\n1 High St\n25 November 2026\nMs Lee\nDear Ms Lee,\nThank you.\none\nKind regards,\nSam Roe"
    )
