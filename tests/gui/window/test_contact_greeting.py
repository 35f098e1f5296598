"""A person's form of address and greeting, typed in the application form and used by the drafts."""

from PySide6.QtWidgets import QComboBox

from followup_desktop.core.forms import ApplicationForm, ContactForm
from followup_desktop.gui.common import dialogs
from followup_desktop.gui.window.edit_dialogs import ApplicationDialog


def test_the_people_table_shows_and_returns_form_of_address_and_greeting(qtbot):
    initial = ApplicationForm(
        "Acme", contacts=[ContactForm("Priya Raman", "CTO", id="c1", form_of_address="Dr", salutation="first")]
    )
    dialog = ApplicationDialog(None, initial)
    qtbot.addWidget(dialog)
    table = dialog.contacts.table
    assert [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())][4:] == [
        "Form of address",
        "Greeting",
    ]
    greeting = table.cellWidget(0, 5)
    assert isinstance(greeting, QComboBox) and greeting.currentText() == "Dear Priya"
    assert [greeting.itemText(i) for i in range(greeting.count())] == [
        "As in Settings",
        "Dear Ms Raman",
        "Dear Priya",
        "Dear Priya Raman",
    ]
    dialog.contacts.add_row(ContactForm("Sam Roe", "VP"))
    table.item(1, 4).setText(" Mr ")
    table.cellWidget(1, 5).setCurrentIndex(table.cellWidget(1, 5).findData("title"))
    people = dialog.value().contacts
    assert [(p.name, p.form_of_address, p.salutation) for p in people] == [
        ("Priya Raman", "Dr", "first"),
        ("Sam Roe", "Mr", "title"),
    ]


def test_editing_the_application_sets_how_a_person_is_greeted(window, answers, monkeypatch):
    answers.application = ApplicationForm("Acme", "CTO", contacts=[ContactForm("Priya Raman", form_of_address="Ms")])
    window.menus.action_new_application.trigger()
    (app,) = window.store.applications.all()
    (priya,) = window.store.contacts.all(app.id)
    assert (priya.form_of_address, priya.salutation) == ("Ms", "")
    seen = []

    def edit(parent, initial):
        person = initial.contacts[0]
        seen.append((person.form_of_address, person.salutation))  # as the form shows them
        person.salutation = "full"
        return initial

    monkeypatch.setattr(dialogs, "edit_application", edit)
    window.sidebar.select("application", app.id)
    window.menus.action_edit.trigger()
    assert seen == [("Ms", "")]  # shown as stored
    assert window.store.contacts.get(priya.id).salutation == "full"
    assert window.store.contacts.get(priya.id).form_of_address == "Ms"
