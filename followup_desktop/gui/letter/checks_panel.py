"""The checks panel: what the letter checks found, with severity, explanation and suggestion."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QStyle, QVBoxLayout, QWidget

from followup_desktop.core.letters.checks import ERROR, INFO, RULE_LABELS, WARNING, Finding
from followup_desktop.gui.common.widgets import tip_text
from followup_desktop.gui.letter import texts

SPAN_ROLE = Qt.ItemDataRole.UserRole
RULE_ROLE = Qt.ItemDataRole.UserRole + 1
_ICONS = {
    ERROR: QStyle.StandardPixmap.SP_MessageBoxCritical,
    WARNING: QStyle.StandardPixmap.SP_MessageBoxWarning,
    INFO: QStyle.StandardPixmap.SP_MessageBoxInformation,
}


def counts_text(findings: list[Finding]) -> str:
    """ "0 errors, 1 warning, 2 notes": notes count too, so a letter full of clichés never reads as clean."""
    counts = [sum(f.severity == severity for f in findings) for severity in (ERROR, WARNING, INFO)]
    words = (texts.ERRORS, texts.WARNINGS, texts.NOTES)
    parts = [(one if n == 1 else many).format(count=n) for n, (one, many) in zip(counts, words)]
    return texts.COUNTS.format(errors=parts[0], warnings=parts[1], notes=parts[2])


class ChecksPanel(QWidget):
    """Lists findings; activating one asks the composer to select its text (str indices)."""

    finding_activated = Signal(int, int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("checksPanel")
        self.setAccessibleName(texts.CHECKS_NAME)
        self.title = QLabel(texts.CHECKS_TITLE)
        self.score = QLabel()
        self.score.setObjectName("checksScore")
        self.score.setWordWrap(True)
        self.score.setTextFormat(Qt.TextFormat.PlainText)
        self.list = QListWidget()
        self.list.setObjectName("checksList")
        self.list.setAccessibleName(texts.FINDINGS_NAME)
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
                self.style().standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton), texts.NO_PROBLEMS
            )
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.list.addItem(item)
        self.title.setText(texts.CHECKS_COUNTED.format(counts=counts_text(shown)))

    def show_pending(self) -> None:
        """A letter was just shown and its checks have not run yet: no findings, not even old ones."""
        self.findings = []
        self.list.clear()
        item = QListWidgetItem(texts.CHECKING)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.list.addItem(item)
        self.score.setVisible(False)
        self.title.setText(texts.CHECKS_TITLE)

    def _item(self, finding: Finding) -> QListWidgetItem:
        severity = texts.SEVERITIES.get(finding.severity, texts.SEVERITIES[INFO])
        if finding.suggestion:
            text = texts.FINDING_SUGGESTION.format(
                severity=severity, message=finding.message, suggestion=finding.suggestion
            )
        else:
            text = texts.FINDING.format(severity=severity, message=finding.message)
        item = QListWidgetItem(self.style().standardIcon(_ICONS.get(finding.severity, _ICONS[INFO])), text)
        item.setData(SPAN_ROLE, (finding.start, finding.end))
        item.setData(RULE_ROLE, finding.rule)
        rule = RULE_LABELS.get(finding.rule, finding.rule)
        tip = texts.RULE_TIP_SELECT if finding.start >= 0 else texts.RULE_TIP
        item.setToolTip(tip_text(tip.format(rule=rule)))
        item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
        return item

    def _activate(self, item: QListWidgetItem) -> None:
        span = item.data(SPAN_ROLE)
        if span and span[0] >= 0:
            self.finding_activated.emit(int(span[0]), int(span[1]))
