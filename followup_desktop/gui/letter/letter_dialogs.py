"""Small dialogs of the composer: new letter, choose challenges, mark as sent, versions, link."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from followup_desktop.core.models import Challenge, Contact
from followup_desktop.core.models.letters import LETTER_KIND_LABELS, LETTER_KINDS, SENT_CHANNELS, LetterVersion
from followup_desktop.gui.common.widgets import DATE_FORMAT

ID_ROLE = Qt.ItemDataRole.UserRole


@dataclass
class NewLetterRequest:
    """What New letter asked for: a kind and one letter per recipient (None = nobody yet)."""

    kind: str
    recipient_ids: list[str | None]
    news: str = ""  # a check-in's "what is new since we spoke"; "" = the notes taken after the interview


def _buttons(dialog: QDialog, ok_text: str = "OK") -> QDialogButtonBox:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    box.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


class NewLetterDialog(QDialog):
    """Kind and recipient of a new letter; for a panel, optionally one letter per interviewer."""

    def __init__(self, parent: QWidget | None, interviewers: list[Contact], kind: str = "thank-you") -> None:
        super().__init__(parent)
        self.setObjectName("newLetterDialog")
        self.setWindowTitle("New letter")
        self.kind = QComboBox()
        self.kind.setAccessibleName("Kind of letter")
        for k in LETTER_KINDS:
            self.kind.addItem(LETTER_KIND_LABELS[k], k)
        self.kind.setCurrentIndex(LETTER_KINDS.index(kind) if kind in LETTER_KINDS else 0)
        self.recipient = QComboBox()
        self.recipient.setAccessibleName("Recipient")
        for contact in interviewers:
            label = contact.name + (f" ({contact.title})" if contact.title else "")
            self.recipient.addItem(label, contact.id)
        self.recipient.addItem("Nobody yet (a placeholder)", None)
        self.each = QCheckBox(f"One letter per interviewer ({len(interviewers)} letters, each to personalise)")
        self.each.setVisible(len(interviewers) > 1)
        self.each.toggled.connect(lambda on: self.recipient.setEnabled(not on))
        self._ids = [c.id for c in interviewers]
        self.news = QLineEdit()
        self.news.setObjectName("newLetterNews")
        self.news.setAccessibleName("What is new since the interview")
        self.news.setPlaceholderText("Optional: what is new since you spoke (else your later notes)")
        form = QFormLayout(self)
        form.addRow("&Kind:", self.kind)
        form.addRow("&To:", self.recipient)
        form.addRow("", self.each)
        form.addRow("What is &new:", self.news)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        form.addRow(QLabel("The draft is built from your notes, highlighted challenges and plan."))
        form.addRow(_buttons(self, "Create draft"))

    def _kind_changed(self) -> None:
        check_in = self.kind.currentData() == "check-in"
        self.news.setEnabled(check_in)
        self.layout().labelForField(self.news).setEnabled(check_in)

    def value(self) -> NewLetterRequest:
        recipients = list(self._ids) if self.each.isChecked() else [self.recipient.currentData()]
        news = self.news.text() if self.kind.currentData() == "check-in" else ""
        return NewLetterRequest(self.kind.currentData(), recipients, news)


class ChallengesDialog(QDialog):
    """Tick the challenges whose paragraphs to insert or refresh."""

    def __init__(self, parent: QWidget | None, challenges: list[Challenge]) -> None:
        super().__init__(parent)
        self.setObjectName("pullChallengesDialog")
        self.setWindowTitle("Pull challenges into the letter")
        self.list = QListWidget()
        self.list.setAccessibleName("Challenges")
        self.list.setWordWrap(True)
        for c in challenges:
            experience = " ".join(c.experience.split())[:120] or "(no experience yet)"
            text = f"“{' '.join(c.quote.split())[:120]}”\n    {experience}"
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, c.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if c.include_in_letter else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Paragraphs already in the letter are refreshed in place; new ones go at the cursor."))
        layout.addWidget(self.list)
        layout.addWidget(_buttons(self, "Insert"))
        self.resize(560, 380)

    def value(self) -> list[str]:
        return [
            self.list.item(i).data(ID_ROLE)
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]


class MarkSentDialog(QDialog):
    """When and how the letter went out."""

    def __init__(self, parent: QWidget | None, today: QDate) -> None:
        super().__init__(parent)
        self.setObjectName("markSentDialog")
        self.setWindowTitle("Mark as sent")
        self.date = QDateEdit(today)
        self.date.setDisplayFormat(DATE_FORMAT)
        self.date.setCalendarPopup(True)
        self.date.setAccessibleName("Date sent")
        self.channel = QComboBox()
        self.channel.setAccessibleName("Sent by")
        self.channel.addItems(list(SENT_CHANNELS))
        form = QFormLayout(self)
        form.addRow("&Date:", self.date)
        form.addRow("&Sent by:", self.channel)
        form.addRow(_buttons(self, "Mark as sent"))

    def value(self) -> tuple[QDate, str]:
        return self.date.date(), self.channel.currentText()


class VersionsDialog(QDialog):
    """Older versions of a letter: view one, restore it."""

    def __init__(self, parent: QWidget | None, versions: list[LetterVersion], label) -> None:
        super().__init__(parent)
        from followup_desktop.gui.letter.editor import LetterEditor

        self.setObjectName("letterVersionsDialog")
        self.setWindowTitle("Letter versions")
        self.versions = versions
        self.chosen: str | None = None
        self.list = QListWidget()
        self.list.setAccessibleName("Versions")
        for v in versions:
            self.list.addItem(label(v))
        self.preview = LetterEditor()
        self.preview.setObjectName("letterVersionPreview")
        self.preview.setReadOnly(True)
        self.list.currentRowChanged.connect(
            lambda row: self.preview.set_markdown(versions[row].body if 0 <= row < len(versions) else "")
        )
        restore = QPushButton("&Restore this version")
        restore.setEnabled(bool(versions))
        restore.clicked.connect(self._restore)
        close = QPushButton("Close")
        close.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addWidget(self.preview, 2)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(restore)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addLayout(buttons)
        if versions:
            self.list.setCurrentRow(0)
        self.resize(820, 480)

    def _restore(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.versions):
            self.chosen = self.versions[row].id
            self.accept()
