"""The plain-line reader gives exactly the blocks markdown-it gives, and spares markdown-it plain letters."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from followup_desktop.core.text import markdown
from followup_desktop.core.text.markdown import parse_body, parse_body_tokens

from ...export.docx_helpers import BODY

LINES = [
    *("", " ", "\t", "text", "more text", "a *b* c", "x\\", "trail  ", "2026 was", "1.5 m", "Dear Dana,"),
    *("- a", "* b", "+ c", "1. d", "2. e", "1) f", "3) g", "0. h", "007. z", "123456789. big", "1234567890. no"),
    *("- - x", "-", "1.", "- ", "-  two", "-\tx", "  - nested", "   three", "    code", "  more", "\t- tab"),
    *("# h", "## h2", "> q", ">q", "---", "***", "___", "===", "- ***", "* * *", "*em*", "_em_", "+x", "-x"),
    *("<b>", "<!--", "-->", "<script>", "[x](y)", "[r]", "[r]: /u", "```", "~~~", "``` x", "x ```", "| a |"),
    *("\u3000x", "\xa0", "\u2003", "\u0661. arabic", "- [x] task", "a & b", "&amp;", "![i](u)", "<http://a.b>"),
    *("**bold** start", "__b__ x", "_ _ _", "*\t*  *", "**", "*", "_", "***x***", "- **b** c", "*a", "___"),
    *("- *x*", "1. **b**", "\\- esc", "x\u2028y", "\x00", "a\r\nb", "\ufeff", "- \u3000", "\u00851. x", "2.x"),
]
BODIES = st.lists(st.one_of(st.sampled_from(LINES), st.text(max_size=8)), max_size=30).map("\n".join)


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(BODIES)
def test_both_readers_agree(body):
    assert parse_body(body) == parse_body_tokens(body)


ITEMS = ["- a", "- b", "* c", "1. d", "2. e", "3) f", "text", "", "1. g", "+ h"]
ODD = ["  - nested", "  more", "    code", "  > q", "> q", "-", "1.", "- - x", "---", "===", "  1. n", "# h", "- # h"]
LIST_HEAVY = st.lists(st.one_of(st.sampled_from(ITEMS), st.sampled_from(ITEMS), st.sampled_from(ODD)), max_size=40)


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(LIST_HEAVY.map("\n".join))
def test_both_readers_agree_on_lists_with_odd_lines(body):
    assert parse_body(body) == parse_body_tokens(body)


@given(st.text())
def test_both_readers_agree_on_any_text(body):
    assert parse_body(body) == parse_body_tokens(body)


@pytest.mark.parametrize(
    "body",
    [
        BODY,
        "".join(f"- item {i}\n" for i in range(300)),
        "".join(f"{i}. step {i}\n\n" for i in range(300)),
        "para\n2. goes on\n1. a list\n- another\n\n- same\n* new\n\ntext\nlazy\n- x\nlazy too\n\n3) three",
        "intro\n\n- a\n\n\n- b\n  indented\n\nback at the margin\n\n# Heading\n\n- c",
        "1. d\n1.\n\n\n1. d",  # an empty item and a blank line end the list: the next "1." starts another
        "- a\n-\n\n- b\n- - c\n- d",
        "- a\n  - b\n\n\n- c\n    code\n- e",
    ],
)
def test_both_readers_agree_on_letters(body):
    assert parse_body(body) == parse_body_tokens(body)


@pytest.mark.parametrize(
    "body",
    [
        "".join(f"- w{i}\n" for i in range(1000)),
        "".join(f"1. w{i}\n" for i in range(1000)),
        "".join(f"word {i}\nand a second line\n\n" for i in range(1000)),
        BODY * 20,
    ],
)
def test_plain_letters_do_not_go_through_markdown_it_block_by_block(monkeypatch, body):
    expected = parse_body(body)
    monkeypatch.setattr(markdown._parser(), "parse", None)  # only the inline parser may be used
    assert parse_body(body) == expected


INLINE = [
    "a_b_",
    "a*b*",
    "a",
    "bold",
    "x1",
    " ",
    "  ",
    "*",
    "**",
    "***",
    "_",
    "__",
    ".",
    ",",
    "(",
    ")",
    "-",
    "é",
    "\t",
    "!",
    "'",
    "\u00a0",
]


@settings(max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(INLINE), max_size=24).map("".join))
def test_both_readers_agree_on_emphasis(text):
    assert parse_body(text) == parse_body_tokens(text)


@pytest.mark.parametrize(
    "text",
    [
        "**bold** and *it* plain " * 500,
        "(**a**), *b*; __c__: _d_ **e *f* g** '*h*'",
        "**a** **b**",
        "a **b",
        "*a **b** c",
        "**a** *b **c**",
    ],
)
def test_plain_emphasis_does_not_go_through_markdown_it(monkeypatch, text):
    expected = parse_body_tokens(text)
    monkeypatch.setattr(markdown._parser(), "parseInline", None)
    assert parse_body(text) == expected
