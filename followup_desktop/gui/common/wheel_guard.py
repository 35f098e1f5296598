"""Value widgets that store at once change by the mouse wheel only once the user has put the focus in them.

Qt's combo and spin boxes take every wheel event that passes over them, focused or not, and even
take the focus from it. Scrolling a page or a list past the interview's outcome, a letter's
recipient or a follow-up date would pick another value and store it (a recipient also rewrites
the letter's greeting). Guarded, a wheel over an unfocused box scrolls what is around it instead.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QWidget


class _WheelGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Wheel and isinstance(watched, QWidget) and not watched.hasFocus():
            event.ignore()  # ignored and filtered: Qt hands it to the parent (the page scrolls)
            return True
        return False


_guard: _WheelGuard | None = None


def guard_wheel(root: QWidget) -> None:
    """Make every combo and spin box under root (and root itself) ignore the wheel unless it has the focus."""
    from PySide6.QtCore import Qt

    global _guard
    if _guard is None:
        _guard = _WheelGuard()
    boxes = [*root.findChildren(QComboBox), *root.findChildren(QAbstractSpinBox)]
    if isinstance(root, (QComboBox, QAbstractSpinBox)):
        boxes.append(root)
    for box in boxes:
        box.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the wheel no longer gives them the focus
        box.installEventFilter(_guard)
