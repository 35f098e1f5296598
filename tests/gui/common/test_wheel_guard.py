"""A mouse wheel passing over a value box changes nothing stored unless the user focused that box."""

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox

from ..conftest import open_interview, sample_application, show
from ..plan.helpers import add_interview


def _wheel(widget, notches=-1):
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(widget.rect().center())),
        QPoint(),
        QPoint(0, 120 * notches),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def _value(box):
    return box.currentIndex() if isinstance(box, QComboBox) else box.text()


def test_the_wheel_over_an_unfocused_box_of_an_interview_changes_nothing(window, answers, qtbot):
    interview = add_interview(window, answers)
    window.store.letters.add(interview.id, "thank-you", None, "Thanks", "Dear Dana Lee,\n\nThank you.\n")
    window.store.settings.set("followup.default_hours", 48)
    show(qtbot, window)
    for tab in ("plan", "notes", "letter"):
        open_interview(window, interview.id, tab)
        boxes = [
            b
            for b in (*window.tabs.findChildren(QComboBox), *window.tabs.findChildren(QAbstractSpinBox))
            if b.isVisible() and b.isEnabled()
        ]
        assert boxes
        before = [_value(b) for b in boxes]
        stored = (
            window.store.interviews.get(interview.id),
            window.store.letters.all(interview.id),
            window.store.plans.get(interview.id),
            window.store.settings.get("followup.default_hours"),
        )
        for box in boxes:
            assert not box.hasFocus()
            _wheel(box)
            _wheel(box, 1)
            _wheel(box, 1)
        assert [_value(b) for b in boxes] == before, tab
        window.flush_panes()
        assert stored == (
            window.store.interviews.get(interview.id),
            window.store.letters.all(interview.id),
            window.store.plans.get(interview.id),
            window.store.settings.get("followup.default_hours"),
        )


def test_a_focused_box_still_follows_the_wheel(window, answers, qtbot):
    interview = add_interview(window, answers)
    show(qtbot, window)
    open_interview(window, interview.id, "notes")
    picker = window.notes_pane.capture_bar.kind_picker
    picker.setFocus()
    qtbot.waitUntil(picker.hasFocus)
    _wheel(picker)
    assert picker.currentIndex() == 1


def test_the_wheel_over_the_next_contact_date_moves_nothing(window, answers, qtbot):
    answers.application = sample_application()
    window.menus.action_new_application.trigger()
    app = window.store.applications.all()[0]
    window.store.tracker.set_keep_in_touch(app.id, True, "2026-04-01")
    window.refresh()
    show(qtbot, window)
    date = window.pages.application_view.keep_in_touch.date
    assert date.isEnabled() and not date.hasFocus()
    _wheel(date)
    assert window.store.applications.get(app.id).next_contact_at == "2026-04-01"
