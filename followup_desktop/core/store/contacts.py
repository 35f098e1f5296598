"""Contacts: the people at an application's company (interviewers, recruiters...)."""

from __future__ import annotations

from typing import Any

from followup_desktop.core.models import SALUTATION_STYLES, Contact
from followup_desktop.core.store.applications import Applications
from followup_desktop.core.store.errors import ValidationError
from followup_desktop.core.store.rows import Rows, check_choice, clean_text, new_id, required_text

# What may name a person: (what the user calls it, the query counting this person's rows)
_LINKS = (
    ("interviews", "SELECT count(*) FROM interview_participants WHERE contact_id = ?"),
    ("notes", "SELECT count(*) FROM notes WHERE speaker_id = ?"),
    ("highlights", "SELECT count(*) FROM challenges WHERE speaker_id = ?"),
    ("letters", "SELECT count(*) FROM letters WHERE recipient_id = ?"),
    ("contact log entries", "SELECT count(*) FROM contact_log WHERE contact_id = ?"),
)


def _check(values: dict[str, Any]) -> None:
    """A salutation is one of the styles or "" (the default); a form of address is one line, trimmed."""
    if "salutation" in values:
        check_choice(values["salutation"], ("", *SALUTATION_STYLES), "salutation")
    if "form_of_address" in values:
        if not isinstance(values["form_of_address"], str):
            raise ValidationError("The form of address must be text.")
        values["form_of_address"] = " ".join(values["form_of_address"].split())


class Contacts:
    """The contacts table (store.contacts); a contact belongs to one application."""

    def __init__(self, rows: Rows, applications: Applications) -> None:
        self._rows = rows
        self._applications = applications

    def add(self, application_id: str, name: str, **extra: Any) -> Contact:
        """Add a person at the application's company."""
        self._applications.get(application_id)
        contact = Contact(id=new_id(), application_id=application_id, name=required_text(name, "name"))
        _check(extra)
        allowed = set(Contact.__dataclass_fields__) - {"id", "application_id", "name", "created_at", "updated_at"}
        if set(extra) - allowed:
            raise ValidationError(f"Unknown field(s) for a person: {', '.join(sorted(set(extra) - allowed))}")
        for key, value in extra.items():
            setattr(contact, key, clean_text(value))
        return self._rows.insert(contact)

    def get(self, contact_id: str) -> Contact:
        """One contact; NotFoundError when there is none with this id."""
        return self._rows.get(Contact, contact_id)

    def all(self, application_id: str) -> list[Contact]:
        """The people of one application, oldest first."""
        return self._rows.fetch(Contact, "application_id = ?", [application_id])

    def update(self, contact_id: str, **changes: Any) -> Contact:
        """Change some fields of a contact."""
        if "name" in changes:
            changes["name"] = required_text(changes["name"], "name")
        _check(changes)
        return self._rows.update(Contact, contact_id, changes)

    def links(self, contact_id: str) -> dict[str, int]:
        """How many rows name this person: {"notes": 3, "letters": 1, ...} (zeros left out)."""
        counts = {}
        for what, sql in _LINKS:
            count = self._rows.conn.execute(sql, [contact_id]).fetchone()[0]
            if count:
                counts[what] = count
        return counts

    def delete(self, contact_id: str) -> None:
        """Delete a person; what named them stays, without the name."""
        self.get(contact_id)
        self._rows.execute("DELETE FROM contacts WHERE id = ?", [contact_id])
