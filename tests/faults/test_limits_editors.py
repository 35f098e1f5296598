"""A text over its field's limit, typed or pasted in the real window: refused with a message, kept in the editor."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from followup_desktop.core.store.limits import NAME, TEXT
from followup_desktop.gui.common import dialogs

from ..core.letter_fixtures import fill_interview
from ..gui.conftest import answers, data_dir, make_window, sample_application, window  # noqa: F401 - fixtures
from ..gui.window.test_main_window import _trigger

TOO_LONG = f"more than the {TEXT:,} it can hold"


@pytest.fixture
def filled(window):  # noqa: F811 - the fixture imported above
    interview, dana, *_ = fill_interview(window.store)
    window.refresh()
    window.sidebar.select("interview", interview.id)
    yield interview, dana


def test_a_note_over_the_limit_stays_in_the_capture_line(window, filled, qtbot):  # noqa: F811
    interview, _ = filled
    window.tabs.setCurrentWidget(window.notes_pane)
    pane = window.notes_pane
    before = len(window.store.notes.all(interview.id))
    pasted = "They want fewer pages. " * (TEXT // 23 + 1)
    pane.capture.setPlainText(pasted)
    qtbot.keyClick(pane.capture, Qt.Key.Key_Return)
    assert pane.capture.toPlainText() == pasted
    assert len(window.store.notes.all(interview.id)) == before
    assert "The note was not saved" in pane.banner.text() and "the note is" in pane.banner.text()
    assert TOO_LONG in pane.banner.text() and "shorten it" in pane.banner.text()
    pane.capture.setPlainText(pasted[:TEXT])  # shortened: saved
    qtbot.keyClick(pane.capture, Qt.Key.Key_Return)
    assert len(window.store.notes.all(interview.id)) == before + 1


def test_research_over_the_limit_is_kept_on_screen(window, filled, qtbot):  # noqa: F811
    interview, _ = filled
    pane = window.plan_pane
    window.tabs.setCurrentWidget(pane)
    text = "r" * (TEXT + 1)
    pane.research.setPlainText(text)
    pane.flush()
    assert TOO_LONG in window.status_line.saved_label.text() and "research" in window.status_line.saved_label.text()
    assert pane.research.toPlainText() == text
    assert window.store.plans.get(interview.id).research == ""


def test_a_letter_over_the_limit_is_kept_in_the_editor(window, filled, qtbot, monkeypatch):  # noqa: F811
    from followup_desktop.gui.letter.letter_dialogs import NewLetterRequest

    interview, dana = filled
    pane = window.letter_pane
    window.tabs.setCurrentWidget(pane)
    monkeypatch.setattr(dialogs, "new_letter", lambda parent, interviewers: NewLetterRequest("thank-you", [dana.id]))
    pane.commands.action_new.trigger()
    stored = window.store.letters.get(pane.letter.id).body
    pane.editor.setPlainText("word " * (TEXT // 5 + 1))
    pane.flush()
    saved = window.status_line.saved_label.text()
    assert TOO_LONG in saved and "the letter is" in saved
    assert len(pane.editor.toPlainText()) > TEXT
    assert window.store.letters.get(pane.letter.id).body == stored


def _document(markdown):
    from PySide6.QtGui import QTextDocument

    from followup_desktop.gui.letter.markdown import fill_document

    doc = QTextDocument()
    fill_document(doc, markdown)
    return doc


@pytest.mark.parametrize(
    "paragraph",
    [
        "word " * 10_000,
        "**bold** then *italic* and plain " * 1_500,
        "a [link](https://example.com/x) in " * 2_000,
        "emoji 👩‍👩‍👧 and 😀 take two places in Qt " * 1_000,
    ],
)
def test_a_long_paragraph_keeps_its_words_and_formatting(qapp, paragraph):
    """The composer's writer is linear (Qt's took seconds here) and reads back the same."""
    from followup_desktop.core.text.markdown import parse_body
    from followup_desktop.gui.letter.markdown import document_markdown

    written = document_markdown(_document(paragraph))
    assert parse_body(written) == parse_body(paragraph.strip())  # the same words, bold, italics and links
    assert document_markdown(_document(written)) == written  # saving again without an edit changes nothing


def test_a_1_mb_paragraph_is_written_at_once(qapp):
    from followup_desktop.gui.letter.markdown import document_markdown

    text = ("They want fewer pages. " * (TEXT // 23))[:TEXT].strip()
    assert _document(document_markdown(_document(text))).toPlainText() == text


def test_a_company_name_over_the_limit_reopens_the_form_with_it(window, monkeypatch):  # noqa: F811
    typed = sample_application("A" * 10_000_000, "Engineer")  # a 10 MB paste
    offered = []

    def edit_application(parent, initial=None):
        offered.append(initial)
        return typed if len(offered) == 1 else None

    monkeypatch.setattr(dialogs, "edit_application", edit_application)
    errors = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text, details="": errors.append(text))
    _trigger(window, "actionNewApplication")
    assert len(errors) == 1 and "the company name is 10,000,000 characters long" in errors[0]
    assert f"more than the {NAME:,} it can hold" in errors[0] and "shorten it" in errors[0]
    assert "AAAA" not in errors[0]
    assert offered[1] is typed  # the form opens again with everything typed
    assert window.store.applications.all() == []


def test_a_name_longer_than_the_limit_from_an_older_version_is_shown_cut(make_window, data_dir):  # noqa: F811
    """An older version imported a 10 MB company name: the window took ~10 s to open and a minute and
    a half to show the application. The name stays stored whole; lists and headings show it cut."""
    from followup_desktop.core.store import Store

    data_dir.mkdir(mode=0o700)
    store = Store.open(data_dir / "followup.sqlite3")
    interview, *_ = fill_interview(store)
    huge = "Acme " * 2_000_000
    store.conn.execute("UPDATE applications SET company = ? WHERE id = ?", [huge, interview.application_id])
    store.conn.execute("UPDATE interviews SET title = ? WHERE id = ?", [huge, interview.id])
    store.conn.commit()
    store.close()
    shown = make_window()
    shown.sidebar.select("application", interview.application_id)
    shown.sidebar.select("interview", interview.id)
    shown.tabs.setCurrentWidget(shown.plan_pane)
    heading = shown.plan_pane.heading.text()
    assert heading.startswith("Acme Acme") and "…" in heading and len(heading) < 1200
    assert shown.store.applications.get(interview.application_id).company == huge  # nothing was cut in the data
