"""Provenance in the composer: a margin marker beside each paragraph built from a challenge,
and a side list of paragraphs with their sources ("generic" when none)."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QPoint, QRect, Qt, Signal
from PySide6.QtGui import QPainter, QPalette, QTextBlock
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QTextEdit, QToolTip, QWidget

from followup_desktop.core.models import Challenge
from followup_desktop.core.text.provenance import match_sources
from followup_desktop.gui.common.theme import TONE_ROLE, ToneDelegate, tone
from followup_desktop.gui.common.widgets import tip_text
from followup_desktop.gui.letter import texts

MARGIN = 16
BLOCK_ROLE = Qt.ItemDataRole.UserRole
NOTE_ROLE = Qt.ItemDataRole.UserRole + 1


GENERIC_MIN_WORDS = 6  # greetings, sign-offs and short list items are not "generic" prose


@dataclass
class ParagraphInfo:
    """One non-empty paragraph of the editor and the challenges it came from."""

    block_number: int
    text: str
    challenges: list[Challenge] = field(default_factory=list)

    @property
    def shown(self) -> bool:
        """Worth a marker: built from a challenge, or a real paragraph of prose."""
        return bool(self.challenges) or len(self.text.split()) >= GENERIC_MIN_WORDS


def map_paragraphs(editor: QTextEdit, anchors: list[tuple[Challenge, str]]) -> list[ParagraphInfo]:
    """Match each (challenge, anchor) to the editor's current paragraphs."""
    infos = []
    block = editor.document().begin()
    while block.isValid():
        if block.text().strip():
            infos.append(ParagraphInfo(block.blockNumber(), block.text().strip()))
        block = block.next()
    found = match_sources(((i, a) for i, (_, a) in enumerate(anchors)), [p.text for p in infos])
    for index, paragraph in found.items():
        infos[paragraph].challenges.append(anchors[index][0])
    return infos


def describe(challenge: Challenge, speakers: dict[str, str]) -> str:
    """Tooltip text: the quote, who said it, the experience it pairs with."""
    who = speakers.get(challenge.speaker_id or "", "")
    quote = (challenge.quote or texts.NO_QUOTE).strip()[:300]
    text = texts.SOURCE_QUOTE_WHO.format(quote=quote, who=who) if who else texts.SOURCE_QUOTE.format(quote=quote)
    if challenge.experience.strip():
        text = texts.SOURCE_EXPERIENCE.format(source=text, experience=challenge.experience.strip()[:300])
    return text


class SourceMargin(QWidget):
    """A strip left of the editor: a blue bar beside sourced paragraphs; hover shows the quote."""

    clicked = Signal(int)  # block number

    def __init__(self, editor: QTextEdit) -> None:
        super().__init__(editor)
        self.setObjectName("letterSourceMargin")
        self.editor = editor
        self.infos: list[ParagraphInfo] = []
        self.speakers: dict[str, str] = {}
        self.setMouseTracking(True)
        editor.setViewportMargins(MARGIN, 0, 0, 0)
        editor.verticalScrollBar().valueChanged.connect(self.update)

    def set_infos(self, infos: list[ParagraphInfo], speakers: dict[str, str]) -> None:
        self.infos, self.speakers = infos, speakers
        self.update()

    def place(self) -> None:
        """Sit beside the viewport (call on resize)."""
        rect = self.editor.contentsRect()
        self.setGeometry(QRect(rect.left(), rect.top(), MARGIN, rect.height()))

    def _rect(self, block: QTextBlock) -> QRect:
        layout = self.editor.document().documentLayout()
        r = layout.blockBoundingRect(block)
        top = int(r.top()) - self.editor.verticalScrollBar().value()
        return QRect(4, top + 2, 5, max(4, int(r.height()) - 4))

    def _at(self, pos: QPoint) -> ParagraphInfo | None:
        doc = self.editor.document()
        for info in (i for i in self.infos if i.shown):
            if self._rect(doc.findBlockByNumber(info.block_number)).adjusted(-4, 0, 8, 0).contains(pos):
                return info
        return None

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().base())
        doc = self.editor.document()
        for info in (i for i in self.infos if i.shown):
            painter.fillRect(
                self._rect(doc.findBlockByNumber(info.block_number)),
                self.palette().color(QPalette.ColorRole.Link) if info.challenges else tone("muted"),
            )
        painter.end()

    def mouseMoveEvent(self, event) -> None:  # noqa: N802 - Qt API
        info = self._at(event.position().toPoint())
        if info is None:
            QToolTip.hideText()
        else:
            text = "\n\n".join(describe(c, self.speakers) for c in info.challenges) or texts.GENERIC_TIP
            QToolTip.showText(event.globalPosition().toPoint(), tip_text(text), self)

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt API
        info = self._at(event.position().toPoint())
        if info is not None:
            self.clicked.emit(info.block_number)


class SourcesList(QListWidget):
    """Paragraph by paragraph: where it came from. Click selects it, double-click opens the note."""

    paragraph_selected = Signal(int)  # block number
    open_note_requested = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("letterSources")
        self.setAccessibleName(texts.SOURCES_NAME)
        self.setWordWrap(True)
        self.setItemDelegate(ToneDelegate(self))
        self.itemClicked.connect(lambda item: self.paragraph_selected.emit(item.data(BLOCK_ROLE)))
        self.itemActivated.connect(self._open)

    def show_infos(self, infos: list[ParagraphInfo], speakers: dict[str, str]) -> None:
        self.clear()
        for number, info in enumerate(infos, 1):
            if not info.shown:
                continue
            if info.challenges:
                first = info.challenges[0]
                quote, more = _short(first.quote) or texts.A_CHALLENGE, len(info.challenges) - 1
                if more:
                    text = texts.SOURCED_MORE.format(number=number, quote=quote, more=more)
                else:
                    text = texts.SOURCED.format(number=number, quote=quote)
                tip = "\n\n".join(describe(c, speakers) for c in info.challenges)
                tip = texts.OPEN_NOTE_TIP.format(sources=tip) if first.note_id else tip
            else:
                text = texts.GENERIC.format(number=number)
                tip = texts.INFORMATION_TIP
            item = QListWidgetItem(text)
            item.setToolTip(tip_text(tip))
            item.setData(BLOCK_ROLE, info.block_number)
            item.setData(NOTE_ROLE, info.challenges[0].note_id if info.challenges else None)
            if not info.challenges:
                item.setData(TONE_ROLE, "muted")  # coloured when painted: legible in either theme
            self.addItem(item)

    def _open(self, item: QListWidgetItem) -> None:
        note_id = item.data(NOTE_ROLE)
        if note_id:
            self.open_note_requested.emit(note_id)


def _short(text: str, limit: int = 48) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + "…"
