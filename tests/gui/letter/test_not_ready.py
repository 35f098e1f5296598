"""A letter with an error still in it (a «placeholder», a misspelt name) is asked about before it goes out."""

import pytest
from PySide6.QtGui import QAction, QTextCursor

from followup_desktop.gui.common import dialogs
from followup_desktop.gui.letter import texts

from .helpers import open_new_letter


@pytest.fixture
def questions(monkeypatch, answers):
    """Every yes/no question asked: (title, text, the button that goes on); answers.confirm answers it."""
    asked = []

    def confirm(parent, title, text, ok_text=""):
        asked.append((title, text, ok_text))
        return answers.confirm

    monkeypatch.setattr(dialogs, "confirm", confirm)
    return asked


def _letter(window, monkeypatch, qtbot, ending):
    open_new_letter(window, monkeypatch)
    editor = window.letter_pane.editor
    editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(editor, ending)
    window.letter_pane.flush()
    return window.letter_pane.letter


@pytest.mark.parametrize(
    ("action", "go_on"),
    [
        ("actionExportDocx", texts.EXPORT_ANYWAY),
        ("actionExportPdf", texts.EXPORT_ANYWAY),
        ("actionPrint", texts.PRINT_ANYWAY),
        ("actionMarkSent", texts.MARK_SENT_ANYWAY),
    ],
)
def test_a_placeholder_left_in_the_letter_is_asked_about_and_cancel_sends_nothing(
    window, answers, questions, monkeypatch, qtbot, tmp_path, action, go_on
):
    letter = _letter(window, monkeypatch, qtbot, " «the date we spoke»")
    saves = []
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *a, **kw: saves.append(a) or str(tmp_path / "out"))
    monkeypatch.setattr(dialogs, "mark_sent", lambda *a, **kw: saves.append(a))
    monkeypatch.setattr(dialogs, "print_document", lambda *a, **kw: saves.append(a))
    answers.confirm = False  # "Cancel": fix it first
    window.findChild(QAction, action).trigger()
    title, text, ok = questions[-1]
    assert title == texts.NOT_READY_TITLE and ok == go_on and "«the date we spoke»" in text
    assert saves == [] and not list(tmp_path.glob("out*"))  # no file asked for, nothing written or sent
    assert window.store.letters.get(letter.id).sent_at in (None, "")


def test_going_on_anyway_exports_and_a_letter_without_errors_is_not_asked_about(
    window, answers, questions, monkeypatch, qtbot, tmp_path
):
    _letter(window, monkeypatch, qtbot, " «the date we spoke»")
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *a, **kw: str(tmp_path / "anyway.docx"))
    answers.confirm = True
    window.findChild(QAction, "actionExportDocx").trigger()
    assert len(questions) == 1 and (tmp_path / "anyway.docx").exists()
    editor = window.letter_pane.editor
    editor.setPlainText(editor.toPlainText().replace(" «the date we spoke»", ""))
    window.letter_pane.flush()
    window.letter_pane.checking.run_now()
    assert not any(f.severity == "error" for f in window.letter_pane.composer.checks.findings)
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *a, **kw: str(tmp_path / "clean.docx"))
    window.findChild(QAction, "actionExportDocx").trigger()
    assert len(questions) == 1 and (tmp_path / "clean.docx").exists()  # no question this time
