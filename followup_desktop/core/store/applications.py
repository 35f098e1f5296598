"""Applications: one company and one role each; deleting one deletes all it holds."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, NamedTuple

from followup_desktop.core.store.rows import Rows, check_choice, clean_text, new_id, required_text
from followup_desktop.core.text.names import application_label

if TYPE_CHECKING:  # the models are made on first use: the window lists summaries before its first paint
    from followup_desktop.core.models import Application


class ApplicationSummary(NamedTuple):
    """What a list shows of an application; its job ad and notes are not read (they stay empty)."""

    id: str
    company: str
    role: str
    status: str
    job_ad: str = ""
    notes: str = ""

    @property
    def label(self) -> str:
        """Company and role, as Application.label."""
        return application_label(self.company, self.role)


class Applications:
    """The applications table (store.applications)."""

    def __init__(self, rows: Rows) -> None:
        self._rows = rows

    def add(self, company: str, role: str = "", **extra: Any) -> Application:
        """Create an application; the company name is required."""
        from followup_desktop.core.models import APPLICATION_STATUSES, Application

        app = Application(id=new_id(), company=required_text(company, "company name"), role=clean_text(role))
        for key, value in extra.items():
            setattr(app, key, clean_text(value) if isinstance(value, str) else value)
        check_choice(app.status, APPLICATION_STATUSES, "status")
        return self._rows.insert(app)

    def get(self, application_id: str) -> Application:
        """One application; NotFoundError when there is none with this id."""
        from followup_desktop.core.models import Application

        return self._rows.get(Application, application_id)

    def all(self) -> list[Application]:
        """Every application, oldest first."""
        from followup_desktop.core.models import Application

        return self._rows.fetch(Application)

    def summaries(self) -> list[ApplicationSummary]:
        """Every application with only id, company, role and status read; job ad and notes stay empty.

        For lists that show names only (the sidebar before the first paint): on thousands of
        applications the job ads are most of the bytes all() reads, and the models are not needed.
        """
        rows = self._rows.select("SELECT id, company, role, status FROM applications ORDER BY created_at, rowid")
        return [ApplicationSummary(**row) for row in rows]

    def names(self) -> list[str]:
        """Every company and person name in the data (one query; for spell checking)."""
        rows = self._rows.select("SELECT company AS name FROM applications UNION SELECT name FROM contacts")
        return [r["name"] for r in rows]

    def update(self, application_id: str, **changes: Any) -> Application:
        """Change some fields of an application."""
        from followup_desktop.core.models import APPLICATION_STATUSES, Application

        if "company" in changes:
            changes["company"] = required_text(changes["company"], "company name")
        if "status" in changes:
            check_choice(changes["status"], APPLICATION_STATUSES, "status")
        return self._rows.update(Application, application_id, changes)

    def delete(self, application_id: str) -> None:
        """Delete an application with its contacts and interviews (and all they hold)."""
        self.get(application_id)
        self._rows.execute("DELETE FROM applications WHERE id = ?", [application_id])
