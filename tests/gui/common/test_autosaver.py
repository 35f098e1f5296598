"""The one Autosaver: written after a pause, never when nothing changed, kept and retried when refused."""

import pytest
from PySide6.QtCore import QObject

from followup_desktop.core.store.errors import StoreError, WriteError
from followup_desktop.gui.common.autosaver import Autosaver

DELAY = 30  # ms: the real 500 ms would only slow the tests


class Editor:
    """A stand-in for an editor: its text per record, a store that can refuse, and what was written."""

    def __init__(self) -> None:
        self.text = ""
        self.refuse = False
        self.written: list[tuple[str, object]] = []

    def read(self, _key):
        return self.text

    def write(self, key, value):
        if self.refuse:
            raise WriteError("the disk is full")
        self.written.append((key, value))


@pytest.fixture
def editor():
    return Editor()


@pytest.fixture
def saver(qtbot, editor):
    owner = QObject()
    saver = Autosaver(owner, editor.write, editor.read, delay_ms=DELAY, describe=lambda k, v: [(f"note {k}", v)])
    yield saver
    owner.deleteLater()


def type_text(saver, editor, text):
    editor.text = text
    saver.changed()


def test_written_once_after_the_pause_with_the_last_text(qtbot, saver, editor):
    saver.show("a")
    for text in ("H", "He", "Hello"):
        type_text(saver, editor, text)
    assert editor.written == []
    qtbot.waitUntil(lambda: bool(editor.written))
    qtbot.wait(DELAY * 2)
    assert editor.written == [("a", "Hello")]
    assert not saver.pending()


def test_nothing_is_written_when_nothing_changed(qtbot, saver, editor):
    saver.show("a")
    assert saver.flush()
    saver.show("b")
    saver.show(None)
    qtbot.wait(DELAY * 2)
    assert editor.written == []
    assert saver.unsaved() == []


def test_a_timer_that_ran_out_on_a_refused_write_still_leaves_it_pending(qtbot, saver, editor):
    refusals = []
    saver.refused.connect(lambda key, exc: refusals.append((key, exc)))
    saver.show("a")
    editor.refuse = True
    type_text(saver, editor, "my words")
    qtbot.waitUntil(lambda: bool(refusals))
    assert saver.pending()  # the single-shot timer fired: that is not "nothing pending"
    assert isinstance(refusals[0][1], WriteError)
    editor.refuse = False
    assert saver.flush()
    assert editor.written == [("a", "my words")]


def test_a_refused_write_keeps_the_text_and_the_next_change_writes_it(qtbot, saver, editor):
    saver.show("a")
    editor.refuse = True
    type_text(saver, editor, "first")
    assert not saver.flush()
    assert saver.unsaved() == [("a", "first")]
    assert saver.unsaved_texts() == [("note a", "first")]
    editor.refuse = False
    type_text(saver, editor, "first and more")
    qtbot.waitUntil(lambda: bool(editor.written))
    assert editor.written == [("a", "first and more")]
    assert saver.unsaved() == []


def test_save_now_raises_and_keeps_the_text(saver, editor):
    saver.show("a")
    editor.refuse = True
    type_text(saver, editor, "kept")
    with pytest.raises(StoreError):
        saver.save_now()
    assert saver.kept("a") == "kept"


def test_leaving_a_record_writes_for_the_record_it_was_typed_for(qtbot, saver, editor):
    saver.show("challenge 1")
    type_text(saver, editor, "experience typed for challenge 1")
    saver.show("challenge 2")  # chosen within the pause: before the editor shows challenge 2's text
    editor.text = "challenge 2's own text"
    qtbot.wait(DELAY * 2)
    assert editor.written == [("challenge 1", "experience typed for challenge 1")]


def test_refused_text_comes_back_with_its_record_and_is_retried(qtbot, saver, editor):
    saver.show("a")
    editor.refuse = True
    type_text(saver, editor, "words for a")
    assert saver.show("b") is None  # the write for "a" was refused while leaving it
    assert saver.kept("a") == "words for a"
    editor.refuse = False
    editor.text = "words for a"  # the editor shows what show() handed back
    assert saver.show("a") == "words for a"
    qtbot.waitUntil(lambda: bool(editor.written))
    assert editor.written == [("a", "words for a")]


def test_a_forgotten_record_is_not_written(qtbot, saver, editor):
    saver.show("a")
    editor.refuse = True
    type_text(saver, editor, "gone soon")
    saver.flush()
    editor.refuse = False
    saver.forget("a")
    assert saver.flush()
    assert editor.written == [] and saver.unsaved() == []


def test_an_edit_taken_back_is_not_written(qtbot, saver, editor):
    saver.show("a")
    type_text(saver, editor, "x")
    saver.discard()
    qtbot.wait(DELAY * 2)
    assert editor.written == [] and not saver.pending()


def test_steady_typing_is_saved_every_pause_when_steady(qtbot, editor):
    owner = QObject()
    saver = Autosaver(owner, editor.write, editor.read, delay_ms=DELAY * 3, steady=True)
    saver.show("a")
    for i in range(12):  # keys every DELAY ms: longer than one pause in all
        type_text(saver, editor, "x" * (i + 1))
        qtbot.wait(DELAY)
    assert editor.written  # a debounce would still be waiting for typing to stop
    owner.deleteLater()


def test_values_handed_over_are_merged_newer_over_older(qtbot, editor):
    owner = QObject()
    saver = Autosaver(owner, editor.write, merge=lambda old, new: old | new, delay_ms=DELAY)
    saver.show("plan")
    saver.changed({"research": "a"})
    saver.changed({"channel": "email"})
    editor.refuse = True
    assert not saver.flush()
    saver.changed({"research": "ab"})
    assert saver.waiting() == {"research": "ab", "channel": "email"}
    editor.refuse = False
    assert saver.flush()
    assert editor.written == [("plan", {"research": "ab", "channel": "email"})]
    owner.deleteLater()


def test_nothing_is_written_without_a_record_on_screen(qtbot, saver, editor):
    type_text(saver, editor, "no record")
    qtbot.wait(DELAY * 2)
    assert editor.written == [] and not saver.pending()
