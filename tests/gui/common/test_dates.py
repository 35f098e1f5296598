"""Dates in date fields read "Sun 29 Nov 2026" (or ISO), never the C locale's "29 11 2026"."""

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateTimeEdit

from followup_desktop.gui.letter.letter_dialogs import MarkSentDialog
from followup_desktop.gui.tracker.tracker_dialogs import ContactEntryDialog

DAY = QDate(2026, 11, 29)


def _readable(edit: QDateTimeEdit) -> bool:
    shown = edit.displayFormat()
    return "MMM" in shown or shown.startswith("yyyy-MM-dd")


def test_logging_a_contact_and_marking_a_letter_sent_show_the_month_by_name(qtbot):
    for dialog in (ContactEntryDialog(None, [], DAY), MarkSentDialog(None, DAY)):
        qtbot.addWidget(dialog)
        assert dialog.date.text() == "Sun 29 Nov 2026"


def test_every_date_field_of_the_window_names_its_month(window, answers):
    app = window.store.applications.add("Acme", "Engineer")
    interview = window.store.interviews.add(app.id, "Round 1", scheduled_start="2026-11-29T14:00:00.000Z")
    window.refresh()
    window.sidebar.select("application", app.id)
    window.sidebar.select("interview", interview.id)
    edits = window.findChildren(QDateTimeEdit)
    assert len(edits) >= 2  # the follow-up deadline and the next contact (the search page is built on use)
    assert all(_readable(edit) for edit in edits), [e.objectName() for e in edits if not _readable(e)]
