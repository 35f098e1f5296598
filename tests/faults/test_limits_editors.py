"""A text over its field's limit, typed or pasted in the real window: refused with a message, kept in the editor."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from followup_desktop.core.limits import NAME, TEXT
from followup_desktop.gui import dialogs

from ..core.letter_fixtures import fill_interview
from ..gui.conftest import answers, data_dir, make_window, sample_application, window  # noqa: F401 - fixtures
from ..gui.test_main_window import _trigger

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
    before = len(window.store.list_notes(interview.id))
    pasted = "They want fewer pages. " * (TEXT // 23 + 1)
    pane.capture.setPlainText(pasted)
    qtbot.keyClick(pane.capture, Qt.Key.Key_Return)
    assert pane.capture.toPlainText() == pasted
    assert len(window.store.list_notes(interview.id)) == before
    assert "The note was not saved" in pane.banner.text() and "the note is" in pane.banner.text()
    assert TOO_LONG in pane.banner.text() and "shorten it" in pane.banner.text()
    pane.capture.setPlainText(pasted[:TEXT])  # shortened: saved
    qtbot.keyClick(pane.capture, Qt.Key.Key_Return)
    assert len(window.store.list_notes(interview.id)) == before + 1


def test_research_over_the_limit_is_kept_on_screen(window, filled, qtbot):  # noqa: F811
    interview, _ = filled
    pane = window.plan_pane
    window.tabs.setCurrentWidget(pane)
    text = "r" * (TEXT + 1)
    pane.research.setPlainText(text)
    pane.flush()
    assert TOO_LONG in window.saved_label.text() and "research" in window.saved_label.text()
    assert pane.research.toPlainText() == text
    assert window.store.get_plan(interview.id).research == ""


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
    assert window.store.list_applications() == []
