"""Steps more than one walk takes, typed the same way in each."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QDialogButtonBox, QPushButton

from tests.journeys.driver import Journey


def new_application(j: Journey, company: str, role: str, people: list[tuple[str, str]]) -> None:
    """Ctrl+N, then type the company, the role and each person (name, Tab, title, Enter), then OK."""

    def fill(dialog):
        j.type(company, into="companyEdit")
        j.keys("Tab")
        j.type(role, into="roleEdit")
        table = dialog.contacts.table
        for name, title in people:
            j.click(dialog.findChild(QPushButton, "addContactButton"))
            j.wait_until(
                lambda: (
                    QApplication.focusWidget() is not None and QApplication.focusWidget().parent() is table.viewport()
                ),
                "the name cell is edited",
            )
            j.type(name)
            j.keys("Tab")
            j.type(title)
            j.keys("Return")
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    j.with_dialog(lambda: j.keys("ctrl+n"), fill, "new application")
