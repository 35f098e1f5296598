from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from followup_desktop.core.forms import ApplicationForm, ContactForm, InterviewForm
from followup_desktop.core.models import Contact
from followup_desktop.gui.window.edit_dialogs import ApplicationDialog, InterviewDialog, TrashDialog


def _ok(dialog):
    return dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)


def test_empty_company_is_refused_inline(qtbot):
    dialog = ApplicationDialog(None)
    qtbot.addWidget(dialog)
    assert not _ok(dialog).isEnabled()
    assert "company name is required" in dialog.error.text()
    qtbot.keyClicks(dialog.company, "   ")
    assert not _ok(dialog).isEnabled()
    qtbot.keyClicks(dialog.company, "Acme")
    assert _ok(dialog).isEnabled() and dialog.error.text() == ""
    dialog.company.clear()
    dialog.accept()
    assert dialog.result() == 0  # still open: nothing accepted


def test_application_dialog_returns_what_was_typed(qtbot):
    initial = ApplicationForm("Acme", contacts=[ContactForm("Dana Lee", "CTO", id="c1")])
    dialog = ApplicationDialog(None, initial)
    qtbot.addWidget(dialog)
    dialog.role.setText("Staff Engineer")
    dialog.status.setCurrentText("offer")
    dialog.job_ad.setPlainText("We need 🚀")
    dialog.contacts.add_row(ContactForm("Sam Roe", "VP"))
    dialog.contacts.add_row(ContactForm("  "))  # a row without a name is ignored
    value = dialog.value()
    assert (value.company, value.role, value.status, value.job_ad) == ("Acme", "Staff Engineer", "offer", "We need 🚀")
    assert [(c.name, c.id) for c in value.contacts] == [("Dana Lee", "c1"), ("Sam Roe", None)]
    dialog.contacts.table.selectRow(0)
    dialog.contacts.remove_selected()
    assert [c.name for c in dialog.value().contacts] == ["Sam Roe"]


def _contact(cid, name):
    return Contact(id=cid, application_id="a", name=name, title="T")


def test_interview_dialog_picks_and_adds_interviewers(qtbot):
    contacts = [_contact("c1", "Dana Lee"), _contact("c2", "Sam Roe")]
    initial = InterviewForm("Round 2", "2026-03-05T14:00:00.000Z", 45, "phone", "", [ContactForm("Sam Roe", id="c2")])
    dialog = InterviewDialog(None, contacts, initial)
    qtbot.addWidget(dialog)
    assert dialog.scheduled.isChecked()
    qtbot.keyClicks(dialog.new_name, "Kim Park")
    qtbot.keyClick(dialog.new_name, Qt.Key.Key_Return)
    value = dialog.value()
    assert value.title == "Round 2" and value.format == "phone" and value.duration_minutes == 45
    assert value.scheduled_start == "2026-03-05T14:00:00.000Z"
    assert [(p.name, p.id) for p in value.interviewers] == [("Sam Roe", "c2"), ("Kim Park", None)]


def test_enter_in_the_new_interviewer_fields_adds_the_person_and_keeps_the_form_open(qtbot):
    dialog = InterviewDialog(None, [_contact("c1", "Dana Lee")])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.new_name, "Kim Park")
    qtbot.keyClick(dialog.new_name, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.new_name, "Sam Roe")
    qtbot.keyClicks(dialog.new_title, "CTO")
    qtbot.keyClick(dialog.new_title, Qt.Key.Key_Return)  # the title typed last: Sam is added with it
    assert dialog.isVisible() and dialog.result() == 0
    assert [(p.name, p.title) for p in dialog.value().interviewers] == [("Kim Park", ""), ("Sam Roe", "CTO")]
    qtbot.keyClick(dialog.new_name, Qt.Key.Key_Return)  # nothing typed there: Enter is OK, as elsewhere
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_a_person_typed_but_not_added_is_kept_by_ok(qtbot):
    dialog = InterviewDialog(None, [])
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.new_name, "Kim Park")
    qtbot.keyClicks(dialog.new_email, "kim@example.com")
    assert [(p.name, p.email, p.id) for p in dialog.value().interviewers] == [("Kim Park", "kim@example.com", None)]


def test_unscheduled_interview(qtbot):
    dialog = InterviewDialog(None, [])
    qtbot.addWidget(dialog)
    assert not dialog.scheduled.isChecked() and not dialog.when.isEnabled()
    assert dialog.value().scheduled_start == ""


def test_trash_dialog_choices(qtbot):
    from followup_desktop.core.models import TrashEntry

    entries = [TrashEntry("t1", "application", "Acme — Eng", "2026-03-02T09:00:00.000Z")]
    dialog = TrashDialog(None, entries)
    qtbot.addWidget(dialog)
    dialog._restore()
    assert dialog.choice == ("restore", "t1")
    empty = TrashDialog(None, [])
    qtbot.addWidget(empty)
    assert empty.choice == ("close", None)


def test_line_edits_keep_text_longer_than_qts_default_limit(qtbot):
    dialog = ApplicationDialog(None)
    qtbot.addWidget(dialog)
    dialog.company.setText("x" * 40_000)  # QLineEdit's own limit is 32,767
    assert len(dialog.value().company) == 40_000
