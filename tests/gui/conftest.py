"""GUI fixtures: the real main window on a temporary data folder, dialogs replaced at the seam."""

import pytest
from PySide6.QtWidgets import QApplication

from followup_desktop.app import build_main_window
from followup_desktop.core.forms import ApplicationForm, ContactForm, InterviewForm
from followup_desktop.gui.common import dialogs
from followup_desktop.gui.common.background import wait_for_background


class Answers:
    """What the patched dialogs answer next; each test sets what it needs."""

    def __init__(self):
        self.application = None
        self.interview = None
        self.confirm = True
        self.save_path = None
        self.open_path = None
        self.trash = ("close", None)
        self.backup_choice = 0  # index into the offered backups, or None to cancel
        self.errors = []
        self.infos = []
        self.pick = None
        self.menus = []  # context menus popped up (QMenu), in order
        self.previews = []  # (title, words on the pages, save_pdf) of each print preview shown
        self.unsaved_choice = "discard"  # closing with text the disk refused
        self.fill_drafts = False  # fill «your name» in unsent drafts after the profile is saved?
        self.fill_questions = []  # (count, what) of each time that was asked


@pytest.fixture
def answers(monkeypatch):
    a = Answers()
    monkeypatch.setattr(dialogs, "edit_application", lambda parent, initial=None: a.application)
    monkeypatch.setattr(dialogs, "edit_interview", lambda parent, contacts, initial=None: a.interview)
    monkeypatch.setattr(dialogs, "confirm", lambda *args, **kw: a.confirm)
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *args, **kw: a.save_path)
    monkeypatch.setattr(dialogs, "ask_open_path", lambda *args, **kw: a.open_path)
    monkeypatch.setattr(dialogs, "manage_trash", lambda parent, entries: a.trash)
    monkeypatch.setattr(
        dialogs, "choose_backup", lambda parent, backups: None if a.backup_choice is None else backups[a.backup_choice]
    )
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text, details="": a.errors.append(text))
    monkeypatch.setattr(dialogs, "show_info", lambda parent, title, text: a.infos.append(text))
    monkeypatch.setattr(dialogs, "pick_interview", lambda parent, choices, title: a.pick)
    monkeypatch.setattr(
        dialogs,
        "print_preview",
        lambda parent, document, title, save_pdf=None: a.previews.append((title, document.toPlainText(), save_pdf)),
    )
    monkeypatch.setattr(dialogs, "print_document", lambda parent, printable, title: False)
    monkeypatch.setattr(dialogs, "popup", lambda menu, at: a.menus.append(menu))
    monkeypatch.setattr(dialogs, "ask_unsaved_on_close", lambda parent, what, reason: a.unsaved_choice)
    monkeypatch.setattr(
        dialogs, "ask_fill_drafts", lambda parent, count, what: a.fill_questions.append((count, what)) or a.fill_drafts
    )
    return a


@pytest.fixture
def data_dir(tmp_path):
    return tmp_path / "data"


@pytest.fixture
def make_window(qtbot, data_dir, clock, answers):
    """Build (or rebuild) the real window on the same data folder."""
    built = []

    def make():
        window = build_main_window(data_dir, clock)
        qtbot.addWidget(window)
        window.after_first_paint()  # what a shown window does once it has painted
        built.append(window)
        return window

    yield make
    for window in built:
        window.close()  # as the user would: pending edits are written while the database is open
    # Work a window started off the GUI thread (the start-up check and backup) ends in its own test:
    # its report must not reach the next test's dialogs, nor run on a database a test moved away.
    wait_for_background()
    QApplication.processEvents()
    for window in built:
        window.store.close()
    for window in built:  # in every GUI test: the keyboard never went to a widget nobody could see
        assert window.navigator.focus_faults == [] or getattr(window, "expected_focus_faults", False), (
            f"the focus went to hidden widgets: {window.navigator.focus_faults}"
        )


@pytest.fixture
def window(make_window):
    return make_window()


def sample_application(company="Acme Robotics", role="Head of Platform"):
    return ApplicationForm(company, role, contacts=[ContactForm("Dana Lee", "CTO", "dana@acme.test")])


def sample_interview(title="Round 1", **kw):
    return InterviewForm(title, "2026-03-05T14:00:00.000Z", 45, "video", "https://meet.example/abc", **kw)


def show(qtbot, widget):
    """Show a window and wait until it is on screen and active (keyboard shortcuts need that)."""
    with qtbot.waitExposed(widget):
        widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)


def open_interview(window, interview_id, tab):
    """Go to an interview's tab as the user would (sidebar, then the tab)."""
    from followup_desktop.gui.window.navigator import Place

    assert window.navigator.go(Place("interview", interview_id, tab))
