"""The Plan pane: what to learn, questions to ask, points to make, interviewers, follow-up."""

from followup_desktop.gui.placeholder import ExplainedPane


class PlanPane(ExplainedPane):
    def __init__(self, parent=None) -> None:
        super().__init__(
            "planPane", "Plan",
            "Before the interview, plan it here: what you need to learn, the questions you will ask, "
            "the points you want to make, who will interview you and what they care about, and how and "
            "by when you will follow up.", parent)
