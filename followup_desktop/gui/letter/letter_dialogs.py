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
from followup_desktop.core.models.letters import LETTER_KINDS, SENT_CHANNELS, LetterVersion
from followup_desktop.gui.common.widgets import DATE_FORMAT
from followup_desktop.gui.letter import texts

ID_ROLE = Qt.ItemDataRole.UserRole


@dataclass
class NewLetterRequest:
    """What New letter asked for: a kind and one letter per recipient (None = nobody yet)."""

    kind: str
    recipient_ids: list[str | None]
    news: str = ""  # a check-in's "what is new since we spoke"; "" = the notes taken after the interview


def _buttons(dialog: QDialog, ok_text: str = texts.OK) -> QDialogButtonBox:
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
        self.setWindowTitle(texts.NEW_TITLE)
        self.kind = QComboBox()
        self.kind.setAccessibleName(texts.KIND_NAME)
        for k in LETTER_KINDS:
            self.kind.addItem(texts.KINDS.get(k, k), k)
        self.kind.setCurrentIndex(LETTER_KINDS.index(kind) if kind in LETTER_KINDS else 0)
        self.recipient = QComboBox()
        self.recipient.setAccessibleName(texts.RECIPIENT_NAME)
        for contact in interviewers:
            if contact.title:
                label = texts.NEW_RECIPIENT_TITLED.format(name=contact.name, title=contact.title)
            else:
                label = texts.NEW_RECIPIENT.format(name=contact.name)
            self.recipient.addItem(label, contact.id)
        self.recipient.addItem(texts.NOBODY_PLACEHOLDER, None)
        self.each = QCheckBox(texts.EACH.format(count=len(interviewers)))
        self.each.setVisible(len(interviewers) > 1)
        self.each.toggled.connect(lambda on: self.recipient.setEnabled(not on))
        self._ids = [c.id for c in interviewers]
        self.news = QLineEdit()
        self.news.setObjectName("newLetterNews")
        self.news.setAccessibleName(texts.NEWS_NAME)
        self.news.setPlaceholderText(texts.NEWS_HINT)
        form = QFormLayout(self)
        form.addRow(texts.NEW_KIND, self.kind)
        form.addRow(texts.NEW_TO, self.recipient)
        form.addRow("", self.each)
        form.addRow(texts.NEW_NEWS, self.news)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        form.addRow(QLabel(texts.DRAFT_FROM))
        form.addRow(_buttons(self, texts.CREATE_DRAFT))

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
        self.setWindowTitle(texts.PULL_DIALOG_TITLE)
        self.list = QListWidget()
        self.list.setAccessibleName(texts.CHALLENGES_NAME)
        self.list.setWordWrap(True)
        for c in challenges:
            experience = " ".join(c.experience.split())[:120] or texts.NO_EXPERIENCE
            text = texts.PULL_ITEM.format(quote=" ".join(c.quote.split())[:120], experience=experience)
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, c.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if c.include_in_letter else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(texts.PULL_EXPLAINED))
        layout.addWidget(self.list)
        layout.addWidget(_buttons(self, texts.INSERT))
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
        self.setWindowTitle(texts.SENT_TITLE)
        self.date = QDateEdit(today)
        self.date.setDisplayFormat(DATE_FORMAT)
        self.date.setCalendarPopup(True)
        self.date.setAccessibleName(texts.SENT_DATE_NAME)
        self.channel = QComboBox()
        self.channel.setAccessibleName(texts.SENT_BY_NAME)
        for channel in SENT_CHANNELS:
            self.channel.addItem(texts.CHANNELS.get(channel, channel), channel)
        form = QFormLayout(self)
        form.addRow(texts.SENT_DATE, self.date)
        form.addRow(texts.SENT_BY, self.channel)
        form.addRow(_buttons(self, texts.SENT_OK))

    def value(self) -> tuple[QDate, str]:
        return self.date.date(), self.channel.currentData()


class VersionsDialog(QDialog):
    """Older versions of a letter: view one, restore it."""

    def __init__(self, parent: QWidget | None, versions: list[LetterVersion], label) -> None:
        super().__init__(parent)
        from followup_desktop.gui.letter.editor import LetterEditor

        self.setObjectName("letterVersionsDialog")
        self.setWindowTitle(texts.VERSIONS_TITLE)
        self.versions = versions
        self.chosen: str | None = None
        self.list = QListWidget()
        self.list.setAccessibleName(texts.VERSIONS_NAME)
        for v in versions:
            self.list.addItem(label(v))
        self.preview = LetterEditor()
        self.preview.setObjectName("letterVersionPreview")
        self.preview.setReadOnly(True)
        self.list.currentRowChanged.connect(
            lambda row: self.preview.set_markdown(versions[row].body if 0 <= row < len(versions) else "")
        )
        restore = QPushButton(texts.RESTORE_VERSION)
        restore.setEnabled(bool(versions))
        restore.clicked.connect(self._restore)
        close = QPushButton(texts.CLOSE)
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
