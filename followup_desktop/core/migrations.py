"""Schema history: one named step per change. Never edit an applied step; add a new one."""

from __future__ import annotations

from sqlite_utils import Database, Migrations

migrations = Migrations("followup")


@migrations(name="0001_applications_contacts_interviews")
def _applications_contacts_interviews(db: Database) -> None:
    db.execute(
        """
        CREATE TABLE applications (
            id TEXT PRIMARY KEY,
            company TEXT NOT NULL,
            role TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'active',
            job_ad TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )"""
    )
    db.execute(
        """
        CREATE TABLE contacts (
            id TEXT PRIMARY KEY,
            application_id TEXT NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            title TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )"""
    )
    db.execute("CREATE INDEX contacts_application ON contacts(application_id)")
    db.execute(
        """
        CREATE TABLE interviews (
            id TEXT PRIMARY KEY,
            application_id TEXT NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
            title TEXT NOT NULL DEFAULT '',
            scheduled_start TEXT NOT NULL DEFAULT '',
            duration_minutes INTEGER NOT NULL DEFAULT 60,
            location TEXT NOT NULL DEFAULT '',
            format TEXT NOT NULL DEFAULT 'video',
            started_at TEXT NOT NULL DEFAULT '',
            ended_at TEXT NOT NULL DEFAULT '',
            outcome TEXT NOT NULL DEFAULT 'pending',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )"""
    )
    db.execute("CREATE INDEX interviews_application ON interviews(application_id)")
    db.execute(
        """
        CREATE TABLE interview_participants (
            interview_id TEXT NOT NULL REFERENCES interviews(id) ON DELETE CASCADE,
            contact_id TEXT NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
            position INTEGER NOT NULL DEFAULT 0,
            cares_about TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (interview_id, contact_id)
        )"""
    )
    db.execute("CREATE INDEX participants_contact ON interview_participants(contact_id)")
    db.execute(
        """
        CREATE TABLE trash (
            id TEXT PRIMARY KEY,
            kind TEXT NOT NULL,
            label TEXT NOT NULL,
            payload TEXT NOT NULL,
            deleted_at TEXT NOT NULL
        )"""
    )


def known_names() -> set[str]:
    """Names of every step this version of the program knows."""
    return {m.name for m in migrations.pending(Database(memory=True, execute_plugins=False))}
