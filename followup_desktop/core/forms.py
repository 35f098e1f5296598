"""What the edit dialogs return, and how it is written to the store (no Qt here)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from followup_desktop.core.models import Application, Contact, Interview
from followup_desktop.core.store import Store


@dataclass
class ContactForm:
    """A person as typed in a dialog; id is None for someone new."""

    name: str
    title: str = ""
    email: str = ""
    phone: str = ""
    id: str | None = None
    form_of_address: str | None = None  # "Ms", "Dr"...; None = a form that does not show it (kept as stored)
    salutation: str | None = None  # "", "title", "first", "full"; None as above

    def extra(self) -> dict[str, str]:
        """The fields beyond name, title, e-mail and phone that this form shows (the others stay as stored)."""
        return {
            key: value
            for key, value in (("form_of_address", self.form_of_address), ("salutation", self.salutation))
            if value is not None
        }


@dataclass
class ApplicationForm:
    company: str
    role: str = ""
    status: str = "active"
    job_ad: str = ""
    notes: str = ""
    contacts: list[ContactForm] = field(default_factory=list)


@dataclass
class InterviewForm:
    title: str = ""
    scheduled_start: str = ""  # UTC ISO or ""
    duration_minutes: int = 60
    format: str = "video"
    location: str = ""
    interviewers: list[ContactForm] = field(default_factory=list)  # in panel order


def application_form(app: Application, contacts: list[Contact]) -> ApplicationForm:
    """The form that shows an existing application."""
    return ApplicationForm(
        app.company,
        app.role,
        app.status,
        app.job_ad,
        app.notes,
        [ContactForm(c.name, c.title, c.email, c.phone, c.id, c.form_of_address, c.salutation) for c in contacts],
    )


def interview_form(interview: Interview, interviewers: list[Contact]) -> InterviewForm:
    """The form that shows an existing interview."""
    return InterviewForm(
        interview.title,
        interview.scheduled_start,
        interview.duration_minutes,
        interview.format,
        interview.location,
        [ContactForm(c.name, c.title, c.email, c.phone, c.id) for c in interviewers],
    )


def save_application(store: Store, form: ApplicationForm, application_id: str | None = None) -> Application:
    """Create or update an application and its people in one transaction."""
    values = dict(role=form.role, status=form.status, job_ad=form.job_ad, notes=form.notes)
    with store.atomic():
        if application_id:
            app = store.applications.update(application_id, company=form.company, **values)
        else:
            app = store.applications.add(form.company, **values)
        existing = {c.id for c in store.contacts.all(app.id)}
        kept = set()
        for person in form.contacts:
            details = dict(title=person.title, email=person.email, phone=person.phone, **person.extra())
            if person.id in existing:
                store.contacts.update(person.id, name=person.name, **details)
                kept.add(person.id)
            else:
                store.contacts.add(app.id, person.name, **details)
        for gone in existing - kept:
            store.contacts.delete(gone)
    return app


def removed_people(store: Store, form: ApplicationForm, application_id: str) -> list[tuple[Contact, dict[str, int]]]:
    """The people the form removes (or whose name was cleared) who are named elsewhere, with how often."""
    kept = {p.id for p in form.contacts if p.id}
    gone = [c for c in store.contacts.all(application_id) if c.id not in kept]
    return [(c, links) for c in gone if (links := store.contacts.links(c.id))]


_ONE = {
    "interviews": "interview",
    "notes": "note",
    "highlights": "highlight",
    "letters": "letter",
    "contact log entries": "contact log entry",
}


def removal_warning(removed: list[tuple[Contact, dict[str, int]]]) -> str:
    """'Tom Berger is named in 2 interviews and 4 notes.' for each person, and what removing does."""
    lines = []
    for contact, links in removed:
        counts = ", ".join(f"{n} {what if n != 1 else _ONE.get(what, what)}" for what, n in links.items())
        lines.append(f"• {contact.name or 'Someone without a name'}: {counts}")
    return (
        "Removing these people from the application also removes them from what names them:\n\n"
        + "\n".join(lines)
        + "\n\nNotes, highlights and letters stay, without the person's name; they are taken off the "
        "interviews, with what you noted they care about. This cannot be undone."
    )


def save_interview(
    store: Store, application_id: str, form: InterviewForm, interview_id: str | None = None
) -> Interview:
    """Create or update an interview; people typed in as new become contacts of the application."""
    values: dict[str, Any] = dict(
        title=form.title,
        scheduled_start=form.scheduled_start,
        duration_minutes=form.duration_minutes,
        format=form.format,
        location=form.location,
    )
    with store.atomic():
        if interview_id:
            interview = store.interviews.update(interview_id, **values)
        else:
            title = values.pop("title")
            interview = store.interviews.add(application_id, title, **values)
        ids = [
            person.id
            or store.contacts.add(
                application_id,
                person.name,
                title=person.title,
                email=person.email,
                phone=person.phone,
                **person.extra(),
            ).id
            for person in form.interviewers
        ]
        store.interviews.set_interviewers(interview.id, ids)
    return interview
