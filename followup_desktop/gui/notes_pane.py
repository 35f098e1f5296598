"""The Notes pane: timestamped notes taken during the interview."""

from followup_desktop.gui.placeholder import ExplainedPane


class NotesPane(ExplainedPane):
    def __init__(self, parent=None) -> None:
        super().__init__(
            "notesPane", "Notes",
            "During the interview, take timestamped notes here: the salient points of each "
            "interviewer's answers, linked to your planned questions and to who said them. "
            "Afterwards, highlight the challenges the role faces and pair each with your own experience.",
            parent)
