"""Status bar texts that never widen the window: long messages (paths, errors) end in "…".

The temporary message is shortened to the room left of the permanent labels; a permanent label
keeps its full text (for screen readers and tests) but is painted shortened, shows the whole of it
as a tooltip, and takes at most half of the status bar.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from followup_desktop.gui.common.widgets import tip_text

LABEL_SHARE = 0.5  # of the status bar's width, at most, for a permanent label
TOOLTIP_LIMIT = 2000  # characters of a long message shown as the label's tooltip
MIN_ROOM = 120  # pixels: the least a temporary message is shortened to


def fit_message(window: QWidget, bar: QStatusBar, text: str) -> str:
    """The message shortened with "…" to fit left of the status bar's permanent labels."""
    text = " ".join(text.split())  # one line: a line break would make the bar taller
    labels = [
        w for w in bar.findChildren(QLabel, options=Qt.FindChildOption.FindDirectChildrenOnly) if not w.isHidden()
    ]
    room = window.width() - sum(min(w.sizeHint().width(), w.maximumWidth()) + 16 for w in labels) - 32
    metrics = bar.fontMetrics()
    return metrics.elidedText(text, Qt.TextElideMode.ElideRight, max(room, MIN_ROOM))


class _ElidingPainter(QObject):
    """Event filter: paints its label's text shortened and caps the label at a share of the bar."""

    def __init__(self, label: QLabel, bar: QWidget) -> None:
        super().__init__(label)
        self.label, self.bar = label, bar
        label.setMinimumWidth(1)  # its own minimum would be the whole text's width
        label.installEventFilter(self)
        bar.installEventFilter(self)
        self._cap()

    def _cap(self) -> None:
        self.label.setMaximumWidth(max(MIN_ROOM, int(self.bar.width() * LABEL_SHARE)))

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt API
        if obj is self.bar and event.type() == QEvent.Type.Resize:
            self._cap()
        elif obj is self.label and event.type() == QEvent.Type.Paint:
            self._paint()
            return True
        return False

    def _paint(self) -> None:
        label = self.label
        rect = label.contentsRect()
        text = " ".join(label.text().split())
        shown = label.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
        tip = tip_text(text[:TOOLTIP_LIMIT]) if shown != text else ""
        if label.toolTip() != tip:
            label.setToolTip(tip)
        painter = QPainter(label)
        painter.setPen(label.palette().color(label.foregroundRole()))
        painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, shown)
        painter.end()


def elide_label(label: QLabel) -> None:
    """Make a permanent status bar label paint long texts shortened (once per label)."""
    if not label.property("elided") and label.parentWidget() is not None:
        label.setProperty("elided", True)
        _ElidingPainter(label, label.parentWidget())
