"""Export to Word and PDF through the real window: file names, the last folder, overwriting, failures."""

import dataclasses
import zipfile

import docx
import pytest
from PySide6.QtGui import QAction

from followup_desktop.gui.common import dialogs

from ...export.docx_helpers import tiny_png
from .helpers import open_new_letter

NAME = "Acme Robotics - Head of Platform - thank-you - 2026-03-02.docx"


@pytest.fixture
def asked(monkeypatch, answers):
    """Every save dialog shown: (title, suggested path); answers.save_path is what the user picks."""
    calls = []

    def ask_save_path(parent, title, suggested, file_filter, confirm_overwrite=True, kind="letters"):
        calls.append((title, suggested))
        return answers.save_path

    monkeypatch.setattr(dialogs, "ask_save_path", ask_save_path)
    return calls


def _with_letter(window, monkeypatch):
    """An interview with a thank-you letter open on the Letter tab; returns the letter."""
    interview, dana = open_new_letter(window, monkeypatch)
    window.letter_pane.flush()
    return window.letter_pane.letter


def _export(window, name="actionExportDocx"):
    window.findChild(QAction, name).trigger()


def _exports(window, letter):
    return [v.reason for v in window.store.letters.versions(letter.id)].count("export")


def test_proposed_name_is_safe_and_an_export_is_recorded(window, make_window, answers, asked, monkeypatch, tmp_path):
    letter = _with_letter(window, monkeypatch)
    _export(window)  # cancelled: nothing happens
    assert asked[0][1] == NAME and _exports(window, letter) == 0
    folder = tmp_path / "letters"
    folder.mkdir()
    answers.save_path = str(folder / "mine")  # the extension is added
    _export(window)
    assert docx.Document(str(folder / "mine.docx")).paragraphs
    assert _exports(window, letter) == 1
    assert str(folder / "mine.docx") in window.status_line.saved_label.text()
    window.store.applications.update(window.store.applications.all()[0].id, company="CON/Acme: <R&D>.")
    answers.save_path = None
    _export(window)
    name = asked[-1][1]
    assert name.endswith(" - Head of Platform - thank-you - 2026-03-02.docx") and not set('/\\:<>?*"') & set(name)


@pytest.mark.parametrize("replace, expected", [(False, b"older letter"), (True, b"PK")])
def test_overwriting_asks_first(window, answers, asked, monkeypatch, tmp_path, replace, expected):
    letter = _with_letter(window, monkeypatch)
    target = tmp_path / NAME
    target.write_bytes(b"older letter")
    questions = []
    monkeypatch.setattr(dialogs, "confirm", lambda parent, title, text, ok="OK": questions.append(text) or replace)
    answers.save_path = str(target)
    _export(window)
    assert len(questions) == 1 and NAME in questions[0]
    assert target.read_bytes().startswith(expected)
    assert _exports(window, letter) == int(replace)


@pytest.mark.parametrize("action, name", [("actionExportDocx", "letter.docx"), ("actionExportPdf", "letter.pdf")])
def test_unwritable_target_is_explained_and_touches_nothing(
    window, answers, asked, monkeypatch, tmp_path, action, name
):
    letter = _with_letter(window, monkeypatch)
    blocker = tmp_path / "not-a-folder"
    blocker.write_bytes(b"a plain file")  # tests run as root: a file in the way is what root cannot write through
    answers.save_path = str(blocker / name)
    _export(window, action)
    assert len(answers.errors) == 1 and "not a folder" in answers.errors[0] and "Traceback" not in answers.errors[0]
    assert blocker.read_bytes() == b"a plain file" and sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["not-a-folder", "data"]
    )
    assert window.store.letters.get(letter.id) == letter and _exports(window, letter) == 0


def test_a_png_renamed_docx_is_refused_before_anything_is_written(window, answers, asked, monkeypatch, tmp_path):
    letter = _with_letter(window, monkeypatch)
    fake = tmp_path / "letterhead.docx"
    fake.write_bytes(tiny_png())
    store = window.store
    store.settings.save_letter_prefs(dataclasses.replace(store.settings.letter_prefs(), letterhead=str(fake)))
    answers.save_path = str(tmp_path / "out.docx")
    _export(window)
    assert len(answers.errors) == 1 and "letterhead.docx" in answers.errors[0] and "not a Word" in answers.errors[0]
    assert asked == [] and not (tmp_path / "out.docx").exists() and _exports(window, letter) == 0
    assert not zipfile.is_zipfile(fake) and fake.read_bytes() == tiny_png()


FIXTURE = """Dear Dana Lee,

Thank you for **Tuesday's** talk about the *payment queue*; the [runbook you shared](https://example.com/runbook)
helped me think about **_draining nodes_** again.

1. Make every consumer idempotent.
2. Add a pre-stop hook.

- daily releases
- a checklist anyone can run

1. Call me next week.
2. Or write to me.

Best wishes,

Alex Doe"""


def test_editor_word_file_and_pdf_say_the_same_words(window, answers, asked, monkeypatch, tmp_path):
    from ...export.test_pdf import letters_only, pdf_pages

    _with_letter(window, monkeypatch)
    editor = window.letter_pane.editor
    editor.selectAll()
    editor.insert_markdown(FIXTURE)  # as a paste would
    shown = letters_only(editor.toPlainText())
    for action, name in (("actionExportDocx", "l.docx"), ("actionExportPdf", "l.pdf")):
        answers.save_path = str(tmp_path / name)
        _export(window, action)
    in_word = letters_only("\n".join(p.text for p in docx.Document(str(tmp_path / "l.docx")).paragraphs))
    in_pdf = letters_only("\n".join(pdf_pages(tmp_path / "l.pdf")))
    assert in_word == in_pdf
    assert in_word[-len(shown) :] == shown and "runbook" in shown and "draining" in shown
    assert in_word[: len(in_word) - len(shown)][:2] == ["Alex", "Doe"]  # the sender block, date, recipient come first
