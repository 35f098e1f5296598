"""A user's words escaped for Markdown read back as exactly those words, through the exports' parser."""

from hypothesis import given, settings
from hypothesis import strategies as st

from followup_desktop.core.text.markdown import escape_markdown, parse_body
from followup_desktop.core.text.safe import xml_safe

from ...hostile import MARKDOWN_PIECES

SYNTAX = st.sampled_from(MARKDOWN_PIECES)
TEXT = st.one_of(st.lists(st.one_of(SYNTAX, st.text(max_size=6)), max_size=14).map("".join), st.text())


def _lines(text: str) -> str:
    lines = [line.strip() for line in xml_safe(text).split("\n")]
    return "\n".join(lines).strip("\n")


@settings(max_examples=1500, deadline=None)
@given(TEXT)
def test_escaped_text_reads_back_exactly(text):
    blocks = parse_body(escape_markdown(text))
    want = _lines(text)
    if not want.strip():
        assert blocks == []
        return
    assert len(blocks) == 1 and blocks[0].kind == "paragraph"
    assert blocks[0].text == want  # line breaks stay line breaks; only blanks at a line's ends go
    assert not any(run.bold or run.italic or run.href for run in blocks[0].runs)


def test_examples_from_the_field():
    for typed in (
        "Dana <HR> Lee",
        "*Acme* __Corp__ [x](y)",
        "# 1 in sales",
        "1. priority",
        "AT&T &amp; co",
        "- dash",
        "C:\\Users\\x",
        "a `tick`",
        "<script>alert(1)</script>",
    ):
        assert [b.text for b in parse_body(escape_markdown(typed))] == [typed]
