"""Letter commands when the disk refuses the write: a clear message (status bar and dialog), the letter
on screen as it was, nothing typed lost, and the command works once the disk is back."""

import pytest
from PySide6.QtCore import QDate
from PySide6.QtGui import QTextCursor

from followup_desktop.gui.common import dialogs
from followup_desktop.gui.letter.letter_dialogs import NewLetterRequest

from ...core.letter_fixtures import fill_interview

FAULT, WORDS = "database or disk is full", "the disk is full"


@pytest.fixture
def pane(window, monkeypatch):
    interview, dana, sam, challenges = fill_interview(window.store)
    window.refresh()
    window.sidebar.select("interview", interview.id)
    window.tabs.setCurrentWidget(window.letter_pane)
    monkeypatch.setattr(dialogs, "new_letter", lambda parent, interviewers: NewLetterRequest("thank-you", [dana.id]))
    monkeypatch.setattr(dialogs, "mark_sent", lambda parent, today: (QDate(2026, 3, 2), "email"))
    monkeypatch.setattr(dialogs, "choose_challenges", lambda parent, cs: [challenges[2].id])
    monkeypatch.setattr(dialogs, "letter_versions", lambda parent, versions, label: versions[0].id)
    window.letter_pane.commands.action_new.trigger()
    window.store.letters.add_version(window.letter_pane.letter.id, "manual")
    window.letter_pane.sam = sam
    yield window.letter_pane
    window.store.conn.fault = None
    window.letter_pane.flush()


def _recipient(pane):
    pane.recipient.setCurrentIndex(pane.recipient.findData(pane.sam.id))


def _kind(pane):
    pane.kind.setCurrentIndex(pane.kind.findData("check-in"))


def _run(name):
    return lambda pane: getattr(pane.commands, name).trigger()


COMMANDS = {  # name -> (how to run it, what it would have changed in the store)
    "mark as sent": (_run("action_sent"), lambda s, p: s.letters.get(p.letter.id).status),
    "keep a version": (_run("action_keep"), lambda s, p: len(s.letters.versions(p.letter.id))),
    "restore a version": (_run("action_versions"), lambda s, p: s.letters.get(p.letter.id).body),
    "new letter": (_run("action_new"), lambda s, p: len(s.letters.all(p.letter.interview_id))),
    "delete letter": (_run("action_delete"), lambda s, p: len(s.letters.all(p.letter.interview_id))),
    "pull challenges": (_run("action_pull"), lambda s, p: s.letters.sources(p.letter.id)),
    "change recipient": (_recipient, lambda s, p: s.letters.get(p.letter.id).recipient_id),
    "change kind": (_kind, lambda s, p: s.letters.get(p.letter.id).kind),
}


@pytest.mark.parametrize("typed", [False, True], ids=["saved text", "unsaved typing"])
@pytest.mark.parametrize("name", COMMANDS)
def test_a_failed_command_says_why_and_keeps_the_letter(window, pane, answers, qtbot, name, typed):
    run, effect = COMMANDS[name]
    store, letter_id = window.store, pane.letter.id
    if typed:
        store.conn.fault = FAULT
        pane.editor.moveCursor(QTextCursor.MoveOperation.End)
        qtbot.keyClicks(pane.editor, " Zebra")
    before_text, before_effect = pane.editor.toPlainText(), effect(store, pane)
    store.conn.fault = FAULT
    run(pane)
    assert WORDS in answers.errors[-1] and "kept on screen" in answers.errors[-1]
    assert WORDS in window.status_line.saved_label.text()
    assert pane.letter.id == letter_id and pane.editor.toPlainText() == before_text
    assert effect(store, pane) == before_effect
    store.conn.fault = None
    pane.flush()
    assert ("Zebra" in store.letters.get(letter_id).body) == typed


@pytest.mark.parametrize(
    "name, done",
    [
        ("mark as sent", "Marked as sent"),
        ("keep a version", "Kept a version"),
        ("pull challenges", "Pulled 1 challenge"),
        ("new letter", "Drafted 1"),
    ],
)
def test_the_command_works_once_the_disk_is_back(window, pane, answers, name, done):
    run, _ = COMMANDS[name]
    window.store.conn.fault = FAULT
    run(pane)
    window.store.conn.fault = None
    run(pane)
    assert len(answers.errors) == 1 and window.status_line.saved_label.text().startswith(done)


def test_a_failed_recipient_change_puts_back_the_recipient_and_greeting(window, pane, answers):
    window.store.conn.fault = FAULT
    _recipient(pane)
    assert pane.recipient.currentText() == "Dana Lee" and pane.editor.toPlainText().startswith("Dear Dana Lee,")
    assert not pane.autosaver.pending()  # nothing left to retry: the screen shows what is stored


def test_an_export_whose_version_cannot_be_kept_still_writes_the_file_with_the_text_on_screen(
    window, pane, answers, qtbot, tmp_path
):
    answers.save_path = str(tmp_path / "letter.docx")
    window.store.conn.fault = FAULT
    pane.editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(pane.editor, " Zebra")
    window.findChild(type(pane.commands.action_new), "actionExportDocx").trigger()
    from docx import Document

    assert "Zebra" in "\n".join(p.text for p in Document(answers.save_path).paragraphs)
    assert "no version of it was kept: the disk is full" in window.status_line.saved_label.text()
    assert "Zebra" in pane.editor.toPlainText()
