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
    parent, name: str, text: str, shortcut: str | None = None, tip: str = "", checkable: bool = False
) -> QAction:
    action = make_action(parent, name, text, shortcut=shortcut, tip=tip, checkable=checkable)
    if tip and shortcut:
        action.setToolTip(f"{tip} ({shortcut})")
    return action


def build_actions(parent) -> NotesActions:
    """Create the pane's actions with their object names and keys."""
    a = NotesActions(
        start=_action(
            parent,
            "actionStartInterview",
            "&Start interview",
            "F5",
            "Record that the interview started now and run the clock",
        ),
        end=_action(
            parent,
            "actionEndInterview",
            "&End interview",
            "Shift+F5",
            "Record that the interview ended now (the follow-up deadline starts)",
        ),
        stamp_now=_action(
            parent, "actionStampNow", "Stamp &now", "Ctrl+T", "Stamp the next note with this moment, before you type it"
        ),
        highlight=_action(
            parent,
            "actionHighlightChallenge",
            "&Highlight challenge",
            "Ctrl+H",
            "Turn the selected words (or the whole note) into a challenge on the board",
        ),
        focus=_action(
            parent,
            "actionFocusLayout",
            "&Focus layout",
            "Ctrl+Shift+F",
            "Show only the clock, the question, the capture line and the latest notes",
            True,
        ),
        keep_on_top=_action(
            parent,
            "actionKeepOnTop",
            "Keep window on &top",
            None,
            "Keep the window above your video call while in the focus layout",
            True,
        ),
        previous_question=_action(
            parent,
            "actionPreviousQuestion",
            "&Previous question",
            "Alt+Up",
            "Link new notes to the previous planned question",
        ),
        next_question=_action(
            parent, "actionNextQuestion", "Ne&xt question", "Alt+Down", "Link new notes to the next planned question"
        ),
        edit_note=_action(parent, "actionEditNote", "Edit note (Enter)", None, "Edit the selected note in place"),
        delete_note=_action(
            parent,
            "actionDeleteNote",
            "Delete note (Del)",
            None,
            "Delete the selected notes; Ctrl+Z in the list brings them back",
        ),
        undo=_action(
            parent,
            "actionUndoNotes",
            "Undo in notes (Ctrl+Z in the list)",
            None,
            "Bring back the last deleted note, removed highlight or story, or the last time change",
        ),
        set_time=_action(
            parent,
            "actionSetNoteTime",
            "Type the time…",
            None,
            "Type a time for the selected note (14:03 or +12:30 since the start)",
        ),
    )
    for name, text, key, seconds in (
        ("actionNudgeBack5s", "Earlier by 5 s", "Alt+,", -5),
        ("actionNudgeForward5s", "Later by 5 s", "Alt+.", 5),
        ("actionNudgeBack1m", "Earlier by 1 min", "Alt+Shift+Left", -60),
        ("actionNudgeForward1m", "Later by 1 min", "Alt+Shift+Right", 60),
    ):
        action = _action(parent, name, text, key, "Move the selected note's stamp")
        action.setData(seconds)
        a.nudges.append(action)
    a.speakers.append(_action(parent, "actionSpeaker0", "Speaker: nobody in particular", "Alt+0"))
    for n in range(1, 10):
        action = _action(parent, f"actionSpeaker{n}", f"Speaker {n}", f"Alt+{n}")
        action.setData(n)
        a.speakers.append(action)
    a.speakers[0].setData(0)
    for kind in NOTE_KINDS:
        action = _action(
            parent,
            f"actionKind{kind.capitalize()}",
            f"Kind: {KINDS[kind][0]}",
            f"{KIND_CHORD}, {KIND_KEYS[kind]}",
            "Set the kind of the note being typed or selected",
        )
        action.setIcon(kind_icon(kind))
        action.setData(kind)
        a.kinds[kind] = action
    return a
