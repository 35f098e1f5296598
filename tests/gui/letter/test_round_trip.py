"""The composer round-trips any stored body: shown whole, stored back byte for byte, edits keep every word.

Bodies come from bundles, `letter` commands and drafts, so they may hold `<Name>`, `<b>`, `&amp;`
or Markdown syntax; Qt's own Markdown reader showed such a letter only up to the "tag", and the
next keystroke stored the shortened letter over the whole one.
"""

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QTextCursor

from followup_desktop.core.text.markdown import parse_body
from followup_desktop.gui.common import dialogs
from followup_desktop.gui.letter.letter_dialogs import NewLetterRequest

from ...core.letter_fixtures import fill_interview
from ...export.test_pdf import pdf_pages
from ...hostile import MARKDOWN_PIECES
from .helpers import open_new_letter

PIECES = st.sampled_from(MARKDOWN_PIECES)
BODIES = st.one_of(st.lists(st.one_of(PIECES, st.text(max_size=6)), max_size=16).map("".join), st.text(max_size=40))
WORD = st.from_regex(r"[A-Za-z][a-z0-9]{0,6}", fullmatch=True)
STYLED = st.tuples(WORD, st.sampled_from(["{}", "**{}**", "*{}*", "***{}***", "[{}](https://example.com/p)"])).map(
    lambda pair: pair[1].format(pair[0])
)
LINE = st.lists(STYLED, min_size=1, max_size=6).map(" ".join)
FORMATTED = st.lists(
    st.one_of(LINE, LINE.map("- {}".format), LINE.map("1. {}".format), LINE.map("## {}".format)), min_size=1, max_size=5
).map("\n\n".join)


def words(markdown):
    """The words the Word export and the PDF show for a stored body."""
    return " ".join(block.text for block in parse_body(markdown)).split()


@pytest.fixture
def pane(window, monkeypatch):
    interview, dana = open_new_letter(window, monkeypatch)
    yield window.letter_pane
    window.letter_pane.flush()
    window.letter_pane.check_timer.stop()  # the store closes with the test; the checks need it


def _show(pane, body):
    """Store a body as a bundle or a `letter` command would, and show it in the composer."""
    pane.store.letters.save_body(pane.letter.id, body)
    pane.refresh()
    return pane.store.letters.get(pane.letter.id)


def _type_at_end(qtbot, pane, text):
    pane.editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(pane.editor, text)


SETTINGS = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@SETTINGS
@given(body=BODIES)
def test_any_stored_body_is_shown_whole_and_stored_back_unchanged(pane, qtbot, body):
    stored = _show(pane, body)
    assert pane.editor.toPlainText().split() == words(body)  # the words the .docx and the PDF show
    _type_at_end(qtbot, pane, "x")
    qtbot.keyClick(pane.editor, Qt.Key.Key_Backspace)  # an edit taken back is no edit
    pane.flush()
    after = pane.store.letters.get(pane.letter.id)
    assert after.body == body and after.updated_at == stored.updated_at  # byte for byte, and no write at all


@SETTINGS
@given(body=BODIES)
def test_after_an_edit_every_untouched_word_survives(pane, qtbot, clock, body):
    _show(pane, body)
    _type_at_end(qtbot, pane, " zqxj")
    pane.flush()
    assert words(pane.store.letters.get(pane.letter.id).body) == [*words(body), "zqxj"]


def styled(blocks):
    """Each block's kind and the formatting of each of its characters (blanks carry none that shows)."""
    return [
        (b.kind, b.heading, [(ch, r.bold, r.italic, r.href) for r in b.runs for ch in r.text if not ch.isspace()])
        for b in blocks
    ]


@SETTINGS
@given(body=FORMATTED)
def test_an_edit_keeps_bold_italic_links_lists_and_headings(pane, qtbot, body):
    _show(pane, body)
    _type_at_end(qtbot, pane, " zqxj")
    pane.flush()
    before, after = styled(parse_body(body)), styled(parse_body(pane.store.letters.get(pane.letter.id).body))
    last = before[-1][2]
    assert after[:-1] == before[:-1] and after[-1][2][: len(last)] == last


def test_a_tag_in_the_middle_no_longer_cuts_the_letter(pane, qtbot):
    body = "Dear Dana <HR> Lee,\n\nWe spoke about <script> tags & AT&amp;T; see <b>bold</b>.\n\nKind regards,\n\nAlex\n"
    _show(pane, body)
    shown = pane.editor.toPlainText()
    assert "Dana <HR> Lee" in shown and "<script> tags & AT&T; see <b>bold</b>." in shown and "Alex" in shown
    _type_at_end(qtbot, pane, " Doe")
    pane.flush()
    assert words(pane.store.letters.get(pane.letter.id).body) == [*words(body), "Doe"]


def test_a_draft_for_markup_names_reads_as_typed_in_composer_word_and_pdf(window, answers, monkeypatch, tmp_path):
    interview, dana, *_ = fill_interview(window.store)
    window.store.contacts.update(dana.id, name="Dana <HR> Lee")
    window.store.applications.update(interview.application_id, company="*Acme* __Corp__ [x](y)")
    window.refresh()
    window.sidebar.select("interview", interview.id)
    window.tabs.setCurrentWidget(window.letter_pane)
    monkeypatch.setattr(dialogs, "new_letter", lambda parent, people: NewLetterRequest("thank-you", [dana.id]))
    window.letter_pane.commands.action_new.trigger()
    shown = window.letter_pane.editor.toPlainText()
    texts = {"composer": shown}
    for action, name in (("actionExportDocx", "l.docx"), ("actionExportPdf", "l.pdf")):
        answers.save_path = str(tmp_path / name)
        window.findChild(QAction, action).trigger()
    texts["word"] = "\n".join(p.text for p in docx.Document(str(tmp_path / "l.docx")).paragraphs)
    texts["pdf"] = " ".join(" ".join(page.split()) for page in pdf_pages(tmp_path / "l.pdf"))
    for where, text in texts.items():
        assert "Dear Dana <HR> Lee," in text, where
        assert "*Acme* __Corp__ [x](y)" in " ".join(text.split()), where
