"""The Notes pane's actions and key chords, built in one place so clashes are easy to see.

Window-wide keys taken elsewhere: Ctrl+N, Ctrl+Shift+N, F2, Del (sidebar), Ctrl+Z, Ctrl+L,
Ctrl+1/2/3, Ctrl+Q, Alt+Left / Alt+Right (Back / Forward), Alt+Home (Dashboard), and the menus'
and tabs' mnemonics.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtGui import QAction

from followup_desktop.core.models import NOTE_KINDS
from followup_desktop.gui.common.widgets import make_action
from followup_desktop.gui.notes import texts
from followup_desktop.gui.notes.model import KINDS, kind_icon

KIND_KEYS = {"answer": "A", "challenge": "C", "need": "N", "problem": "P", "goal": "G", "action": "I", "other": "O"}
KIND_CHORD = "Ctrl+J"  # then a letter: Ctrl+J, C marks a challenge (Ctrl+K deletes to line end in editors)


@dataclass
class NotesActions:
    """Every action of the pane; the pane connects them."""

    start: QAction
    end: QAction
    stamp_now: QAction
    highlight: QAction
    focus: QAction
    keep_on_top: QAction
    previous_question: QAction
    next_question: QAction
    edit_note: QAction
    delete_note: QAction
    undo: QAction
    nudges: list[QAction] = field(default_factory=list)
    set_time: QAction | None = None
    speakers: list[QAction] = field(default_factory=list)
    kinds: dict[str, QAction] = field(default_factory=dict)

    def menu(self) -> list[QAction | None]:
        """The Notes menu, top to bottom (None = separator)."""
        return [
            self.start,
            self.end,
            None,
            self.stamp_now,
            self.previous_question,
            self.next_question,
            None,
            *self.speakers,
            None,
            *self.kinds.values(),
            None,
            self.highlight,
            self.edit_note,
            self.set_time,
            *self.nudges,
            self.delete_note,
            self.undo,
            None,
            self.focus,
            self.keep_on_top,
        ]


def _action(
    parent, name: str, words: str | tuple[str, str], shortcut: str | None = None, checkable: bool = False
) -> QAction:
    text, tip = (words, "") if isinstance(words, str) else words
    action = make_action(parent, name, text, shortcut=shortcut, tip=tip, checkable=checkable)
    if tip and shortcut:
        action.setToolTip(texts.TIP_WITH_KEYS.format(tip=tip, keys=shortcut))
    return action


def build_actions(parent) -> NotesActions:
    """Create the pane's actions with their object names and keys."""
    a = NotesActions(
        start=_action(parent, "actionStartInterview", texts.START_ACTION, "F5"),
        end=_action(parent, "actionEndInterview", texts.END_ACTION, "Shift+F5"),
        stamp_now=_action(parent, "actionStampNow", texts.STAMP_NOW, "Ctrl+T"),
        highlight=_action(parent, "actionHighlightChallenge", texts.HIGHLIGHT, "Ctrl+H"),
        focus=_action(parent, "actionFocusLayout", texts.FOCUS, "Ctrl+Shift+F", True),
        keep_on_top=_action(parent, "actionKeepOnTop", texts.KEEP_ON_TOP, None, True),
        previous_question=_action(parent, "actionPreviousQuestion", texts.PREVIOUS_QUESTION, "Alt+Up"),
        next_question=_action(parent, "actionNextQuestion", texts.NEXT_QUESTION, "Alt+Down"),
        edit_note=_action(parent, "actionEditNote", texts.EDIT_NOTE),
        delete_note=_action(parent, "actionDeleteNote", texts.DELETE_NOTE),
        undo=_action(parent, "actionUndoNotes", texts.UNDO),
        set_time=_action(parent, "actionSetNoteTime", texts.SET_TIME),
    )
    for name, text, key, seconds in (
        ("actionNudgeBack5s", texts.EARLIER_5S, "Alt+,", -5),
        ("actionNudgeForward5s", texts.LATER_5S, "Alt+.", 5),
        ("actionNudgeBack1m", texts.EARLIER_1M, "Alt+Shift+Left", -60),
        ("actionNudgeForward1m", texts.LATER_1M, "Alt+Shift+Right", 60),
    ):
        action = _action(parent, name, (text, texts.NUDGE_TIP), key)
        action.setData(seconds)
        a.nudges.append(action)
    a.speakers.append(_action(parent, "actionSpeaker0", texts.SPEAKER_NOBODY, "Alt+0"))
    for n in range(1, 10):
        action = _action(parent, f"actionSpeaker{n}", texts.SPEAKER.format(number=n), f"Alt+{n}")
        action.setData(n)
        a.speakers.append(action)
    a.speakers[0].setData(0)
    for kind in NOTE_KINDS:
        action = _action(
            parent,
            f"actionKind{kind.capitalize()}",
            (texts.KIND.format(kind=KINDS[kind][0]), texts.KIND_TIP),
            f"{KIND_CHORD}, {KIND_KEYS[kind]}",
        )
        action.setIcon(kind_icon(kind))
        action.setData(kind)
        a.kinds[kind] = action
    return a
