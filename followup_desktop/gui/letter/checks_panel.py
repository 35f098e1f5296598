"""The checks panel: what the letter checks found, with severity, explanation and suggestion."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QStyle, QVBoxLayout, QWidget

from followup_desktop.core.letters.checks import ERROR, INFO, RULE_LABELS, WARNING, Finding
from followup_desktop.gui.common.widgets import tip_text

SPAN_ROLE = Qt.ItemDataRole.UserRole
RULE_ROLE = Qt.ItemDataRole.UserRole + 1
SEVERITY_TEXT = {ERROR: "Error", WARNING: "Warning", INFO: "Note"}
_ICONS = {
    ERROR: QStyle.StandardPixmap.SP_MessageBoxCritical,
    WARNING: QStyle.StandardPixmap.SP_MessageBoxWarning,
    INFO: QStyle.StandardPixmap.SP_MessageBoxInformation,
}


def counts_text(findings: list[Finding]) -> str:
    """ "0 errors, 1 warning, 2 notes": notes count too, so a letter full of clichés never reads as clean."""
    counts = [sum(f.severity == severity for f in findings) for severity in (ERROR, WARNING, INFO)]
    words = (("error", "errors"), ("warning", "warnings"), ("note", "notes"))
    return ", ".join(f"{n} {one if n == 1 else many}" for n, (one, many) in zip(counts, words))


class ChecksPanel(QWidget):
    """Lists findings; activating one asks the composer to select its text (str indices)."""

    finding_activated = Signal(int, int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("checksPanel")
        self.setAccessibleName("Letter checks")
        self.title = QLabel("<b>Checks</b>")
        self.score = QLabel()
        self.score.setObjectName("checksScore")
        self.score.setWordWrap(True)
        self.score.setTextFormat(Qt.TextFormat.PlainText)
        self.list = QListWidget()
        self.list.setObjectName("checksList")
        self.list.setAccessibleName("Findings")
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.itemClicked.connect(self._activate)
        self.list.itemActivated.connect(self._activate)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.score)
        layout.addWidget(self.list, 1)
        self.findings: list[Finding] = []

    def show_findings(self, findings: list[Finding]) -> None:
        """Replace the list; the specificity score goes to the header line."""
        self.findings = findings
        self.list.clear()
        score = [f for f in findings if f.rule == "specificity"]
        self.score.setText(score[0].message if score else "")
        self.score.setVisible(bool(score))
        shown = [f for f in findings if f.rule != "specificity"]
        for finding in shown:
            self.list.addItem(self._item(finding))
        if not shown:
            item = QListWidgetItem(
                self.style().standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton), "No problems found."
            )
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.list.addItem(item)
        self.title.setText(f"<b>Checks</b> — {counts_text(shown)}")

    def show_pending(self) -> None:
        """A letter was just shown and its checks have not run yet: no findings, not even old ones."""
        self.findings = []
        self.list.clear()
        item = QListWidgetItem("Checking…")
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.list.addItem(item)
        self.score.setVisible(False)
        self.title.setText("<b>Checks</b>")

    def _item(self, finding: Finding) -> QListWidgetItem:
        text = f"{SEVERITY_TEXT.get(finding.severity, 'Note')}: {finding.message}"
        if finding.suggestion:
            text += f"\n→ {finding.suggestion}"
        item = QListWidgetItem(self.style().standardIcon(_ICONS.get(finding.severity, _ICONS[INFO])), text)
        item.setData(SPAN_ROLE, (finding.start, finding.end))
        item.setData(RULE_ROLE, finding.rule)
        tip = RULE_LABELS.get(finding.rule, finding.rule)
        hint = "Click to select the text. " if finding.start >= 0 else ""
        item.setToolTip(tip_text(f"{tip}. {hint}This rule can be switched off in Settings."))
        item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
        return item

    def _activate(self, item: QListWidgetItem) -> None:
        span = item.data(SPAN_ROLE)
        if span and span[0] >= 0:
            self.finding_activated.emit(int(span[0]), int(span[1]))
