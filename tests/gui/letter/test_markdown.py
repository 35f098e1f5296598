"""The composer's document written as Markdown: every word reads back, formatting whenever CommonMark can say it."""

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QFont, QTextCharFormat, QTextCursor, QTextDocument

from followup_desktop.core.text.markdown import parse_body
from followup_desktop.core.text.safe import xml_safe
from followup_desktop.gui.letter.editor import LetterEditor
from followup_desktop.gui.letter.markdown import document_markdown, fill_document

TEXT = st.one_of(
    st.sampled_from(
        [
            "word",
            "<Name>",
            "&amp;",
            "*x*",
            "_y_",
            "1.",
            "#",
            "- ",
            "(a)",
            "x_y",
            "\\",
            "`c`",
            "![i](u)",
            "Dana <HR> Lee",
            "!",
            ",",
            "\u2028",
            "\u00a0",
        ]
    ),
    st.text(min_size=1, max_size=4),
)
PIECE = st.tuples(
    TEXT,
    st.booleans(),
    st.booleans(),
    st.sampled_from([None, None, "https://e.com/a", "mailto:x@y.z", "javascript:alert(1)", "a b<c>"]),
)


def _document(pieces):
    doc = QTextDocument()
    cursor = QTextCursor(doc)
    for text, bold, italic, href in pieces:
        fmt = QTextCharFormat()
        fmt.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
        fmt.setFontItalic(italic)
        if href:
            fmt.setAnchor(True)
            fmt.setAnchorHref(href)
        cursor.insertText(text, fmt)
    return doc


@settings(max_examples=400, deadline=None)
@given(st.lists(PIECE, min_size=1, max_size=8))
def test_every_word_of_any_formatted_document_reads_back(qapp, pieces):
    doc = _document(pieces)
    markdown = document_markdown(doc)
    assert " ".join(b.text for b in parse_body(markdown)).split() == xml_safe(doc.toPlainText()).split()
    again = QTextDocument()
    fill_document(again, markdown)
    assert parse_body(document_markdown(again)) == parse_body(markdown)  # writing what was read changes nothing


def test_formatting_that_commonmark_can_say_is_kept(qapp):
    doc = QTextDocument()
    fill_document(
        doc,
        "Some **bold**, *italic* and ***both*** with a [link](<https://example.com/a b>).\n\n"
        "## A heading\n\n- one\n  - nested *two*\n\n3. three\n4. four\n",
    )
    assert parse_body(document_markdown(doc)) == parse_body(
        "Some **bold**, *italic* and ***both*** with a [link](<https://example.com/a b>).\n\n"
        "## A heading\n\n- one\n  - nested *two*\n\n3. three\n4. four\n"
    )


def test_copy_and_paste_between_letters_keeps_tags_and_entities_as_text(qapp):
    source, target = LetterEditor(), LetterEditor()
    source.set_markdown("Dear Dana <HR> Lee, AT&amp;T and **bold** <b>not bold</b>\n")
    source.selectAll()
    target.insertFromMimeData(source.createMimeDataFromSelection())
    assert target.toPlainText() == "Dear Dana <HR> Lee, AT&T and bold <b>not bold</b>"
    assert target.markdown() == source.markdown() or parse_body(target.markdown()) == parse_body(source.markdown())
