"""The Letter pane: follow-up letters built from this interview's challenges."""

from followup_desktop.gui.placeholder import ExplainedPane


class LetterPane(ExplainedPane):
    def __init__(self, parent=None) -> None:
        super().__init__(
            "letterPane", "Letter",
            "After the interview, compose a genuine follow-up letter here: it draws on the challenges you "
            "highlighted and your matching experience, is checked for leftovers, wrong names and clichés, "
            "and exports to Word, print or PDF.", parent)
