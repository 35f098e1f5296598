"""Above the capture line: the question being asked, who is speaking, the kind of the next note, its stamp."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from followup_desktop.core.models import NOTE_KINDS
from followup_desktop.core.notes import times as note_times
from followup_desktop.gui.common.widgets import tip_text
from followup_desktop.gui.notes import texts
from followup_desktop.gui.notes.model import KINDS, kind_icon, one_line


class CaptureBar(QWidget):
    """Shows the note-taking state of `session` (a NotesSession); the kind picker says what was chosen."""

    kind_chosen = Signal(str)

    def __init__(self, session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.question_label = QLabel()
        self.question_label.setObjectName("currentQuestion")
        self.question_label.setWordWrap(True)
        self.question_label.setTextFormat(Qt.TextFormat.PlainText)
        self.speaker_label = QLabel()
        self.speaker_label.setObjectName("speakerLabel")
        self.stamp_label = QLabel()
        self.stamp_label.setObjectName("pendingStamp")
        self.kind_picker = QComboBox()
        self.kind_picker.setObjectName("noteKind")
        self.kind_picker.setAccessibleName(texts.KIND_NAME)
        for kind in NOTE_KINDS:
            self.kind_picker.addItem(kind_icon(kind), KINDS[kind][0], kind)
        self.kind_picker.activated.connect(lambda i: self.kind_chosen.emit(self.kind_picker.itemData(i)))
        row = QHBoxLayout()
        row.addWidget(self.speaker_label)
        row.addWidget(self.kind_picker)
        row.addStretch(1)
        row.addWidget(self.stamp_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.question_label)
        layout.addLayout(row)

    def show_question(self) -> None:
        """The question the next note answers, and how many are still unanswered."""
        s = self.session
        count = len(s.questions)
        unanswered = sum(1 for q in s.questions if q.id not in s.answered)
        question = s.current_question()
        if not count:
            text = texts.NO_QUESTIONS
        elif question is None:
            text = texts.NO_QUESTION.format(unanswered=unanswered, count=count)
        elif not s.links_question():
            text = texts.NOT_AN_ANSWER.format(number=s.question_index + 1, count=count)
        else:
            mark = texts.ANSWERED if question.id in s.answered else texts.NOT_ANSWERED
            text = texts.QUESTION.format(
                number=s.question_index + 1,
                count=count,
                mark=mark,
                text=one_line(question.text, 300),
                unanswered=unanswered,
            )
        self.question_label.setText(text)

    def show_speaker(self) -> None:
        """Who is speaking, with the keys that pick each interviewer."""
        keys = "  ".join(f"Alt+{i + 1} {c.name}" for i, c in enumerate(self.session.speakers[:9]))
        self.speaker_label.setText(texts.WHO.format(name=_escape(self.session.speaker_name() or texts.NOBODY)))
        self.speaker_label.setToolTip(tip_text(keys) or texts.NO_INTERVIEWERS)

    def show_kind(self) -> None:
        self.kind_picker.setCurrentIndex(max(0, self.kind_picker.findData(self.session.kind)))

    def show_stamp(self, stamp: str) -> None:
        """When the note being typed will be stamped."""
        iv = self.session.interview
        if not stamp or not iv:
            self.stamp_label.setText(texts.STAMP_WHEN_TYPING)
            return
        self.stamp_label.setText(
            texts.STAMP.format(
                elapsed=note_times.elapsed_label(stamp, iv.started_at, iv.ended_at), clock=note_times.local_clock(stamp)
            )
        )


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
