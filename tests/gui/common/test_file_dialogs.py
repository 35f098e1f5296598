"""File dialogs open in the folder last used for that kind of file, else in Documents, never the working folder."""

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog

from followup_desktop.gui.common import dialogs

from ..letter.helpers import open_new_letter

REAL = {name: getattr(dialogs, name) for name in ("ask_save_path", "ask_open_path")}  # before any fixture fakes them


@pytest.fixture
def documents(tmp_path, monkeypatch):
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.chdir(tmp_path)  # the process's working folder is not where anything should open
    return home / "Documents"


@pytest.fixture
def file_dialog(monkeypatch, answers):
    """The real dialogs seam; Qt's file dialog replaced by one that records where it opened."""
    for name, function in REAL.items():
        monkeypatch.setattr(dialogs, name, function)
    opened, answers = [], []

    def save(parent, title, start, file_filter, selected="", options=None):
        opened.append(("save", title, start))
        return (answers.pop(0) if answers else ""), ""

    def open_(parent, title, start, file_filter):
        opened.append(("open", title, start))
        return (answers.pop(0) if answers else ""), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", open_)
    return opened, answers


def _letter(window, monkeypatch):
    interview, dana = open_new_letter(window, monkeypatch)


def _trigger(window, name):
    window.findChild(QAction, name).trigger()


def test_each_kind_of_file_opens_where_that_kind_was_last_saved(
    make_window, documents, file_dialog, tmp_path, monkeypatch
):
    opened, answers = file_dialog
    window = make_window()
    _letter(window, monkeypatch)
    _trigger(window, "actionExportDocx")  # cancelled
    assert opened[-1][2].startswith(str(documents) + "/") and opened[-1][2].endswith(".docx")
    letters, pdfs = tmp_path / "letters", tmp_path / "pdfs"
    letters.mkdir()
    pdfs.mkdir()
    answers.append(str(letters / "mine.docx"))
    _trigger(window, "actionExportDocx")
    assert (letters / "mine.docx").exists()
    _trigger(window, "actionExportPdf")  # another kind of file: still Documents
    assert opened[-1][2].startswith(str(documents) + "/")
    answers.append(str(pdfs / "mine.pdf"))
    _trigger(window, "actionExportPdf")
    window.tabs.setCurrentWidget(window.plan_pane)
    _trigger(window, "actionExportPlanPdf")  # the plan's PDF goes where PDFs went
    assert opened[-1][2].startswith(str(pdfs) + "/") and opened[-1][2].endswith(".pdf")
    for name in ("actionExportBundle", "actionImportBundle", "actionExportCalendar"):  # kinds not used yet
        _trigger(window, name)
        assert opened[-1][2].startswith(str(documents)), name
    window.close()
    again = make_window()  # remembered across a restart
    again.sidebar.select("interview", again.store.interviews.all()[0].id)
    again.tabs.setCurrentWidget(again.letter_pane)
    _trigger(again, "actionExportDocx")
    assert opened[-1][2] == str(letters / opened[-1][2].rsplit("/", 1)[1])
    again.letter_pane.flush()


def test_a_remembered_folder_that_is_gone_falls_back_to_documents(window, documents, file_dialog, tmp_path):
    opened, answers = file_dialog
    gone = tmp_path / "usb-stick"
    gone.mkdir()
    answers.append(str(gone / "followups.ics"))
    assert dialogs.ask_save_path(None, "Export calendar", "followups.ics", "Calendar (*.ics)", kind="calendar")
    gone.rmdir()
    dialogs.ask_save_path(None, "Export calendar", "followups.ics", "Calendar (*.ics)", kind="calendar")
    assert opened[-1][2] == str(documents / "followups.ics")


def test_open_dialogs_remember_their_own_kind(window, documents, file_dialog, tmp_path):
    opened, answers = file_dialog
    heads = tmp_path / "letterheads"
    heads.mkdir()
    assert dialogs.ask_open_path(None, "Import bundle", "JSON bundle (*.json)", kind="bundles") is None
    assert opened[-1][2] == str(documents)
    answers.append(str(heads / "mine.docx"))
    dialogs.ask_open_path(None, "Choose a letterhead", "Word (*.docx)", kind="letterhead")
    dialogs.ask_open_path(None, "Choose a letterhead", "Word (*.docx)", kind="letterhead")
    dialogs.ask_open_path(None, "Import bundle", "JSON bundle (*.json)", kind="bundles")
    assert [o[2] for o in opened[-2:]] == [str(heads), str(documents)]
