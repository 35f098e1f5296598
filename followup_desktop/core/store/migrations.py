"""Schema history: one named step per change. Never edit an applied step; add a new one.

Every step is frozen: literal SQL and literal lists only, nothing imported from the program's
live modules, so that changing, say, which columns search looks at can never change a step a
user's database has already run (that takes a new step). tests/core/store/test_migrations.py migrates
each released schema and a fresh database and compares their sqlite_master exactly.

Steps are applied by sqlite-utils' ``Migrations``, which is built on first need: checking an
up-to-date database at start-up reads the record table directly and imports nothing heavy.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from followup_desktop.core.store.steps import LEGACY_NAMES, Steps  # the runner (steps.py), not live data

if TYPE_CHECKING:
    from sqlite_utils import Database

migrations = Steps()


@migrations(name="0001_applications_contacts_interviews")
def _applications_contacts_interviews(db: "Database") -> None:
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


@migrations(name="0002_plans_settings_question_bank")
def _plans(db: "Database") -> None:
    db.execute(
        """
        CREATE TABLE plans (
            interview_id TEXT PRIMARY KEY REFERENCES interviews(id) ON DELETE CASCADE,
            research TEXT NOT NULL DEFAULT '',
            followup_channel TEXT NOT NULL DEFAULT 'email',
            followup_whom TEXT NOT NULL DEFAULT '',
            followup_due_at TEXT NOT NULL DEFAULT '',
            checklist TEXT NOT NULL DEFAULT '[]',
            updated_at TEXT NOT NULL
        )"""
    )
    db.execute(
        """
        CREATE TABLE plan_items (
            id TEXT PRIMARY KEY,
            interview_id TEXT NOT NULL REFERENCES interviews(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            position INTEGER NOT NULL DEFAULT 0,
            text TEXT NOT NULL DEFAULT '',
            carried_over INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )"""
    )
    db.execute("CREATE INDEX plan_items_interview ON plan_items(interview_id, kind, position)")
    db.execute(
        """
        CREATE TABLE question_bank (
            id TEXT PRIMARY KEY,
            text TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )"""
    )
    db.execute(
        """
        CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )"""
    )


@migrations(name="0003_notes_challenges_stories")
def _notes(db: "Database") -> None:
    db.execute(
        """
        CREATE TABLE notes (
            id TEXT PRIMARY KEY,
            interview_id TEXT NOT NULL REFERENCES interviews(id) ON DELETE CASCADE,
            stamped_at TEXT NOT NULL,
            text TEXT NOT NULL DEFAULT '',
            kind TEXT NOT NULL DEFAULT 'answer',
            speaker_id TEXT REFERENCES contacts(id) ON DELETE SET NULL,
            question_id TEXT REFERENCES plan_items(id) ON DELETE SET NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )"""
    )
    db.execute("CREATE INDEX notes_interview_time ON notes(interview_id, stamped_at)")
    db.execute("CREATE INDEX notes_question ON notes(question_id)")
    db.execute(
        """
        CREATE TABLE note_drafts (
            interview_id TEXT PRIMARY KEY REFERENCES interviews(id) ON DELETE CASCADE,
            text TEXT NOT NULL DEFAULT '',
            started_at TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL
        )"""
    )
    db.execute(
        """
        CREATE TABLE stories (
            id TEXT PRIMARY KEY,
            title TEXT NOT NULL DEFAULT '',
            situation TEXT NOT NULL DEFAULT '',
            action TEXT NOT NULL DEFAULT '',
            result TEXT NOT NULL DEFAULT '',
            tags TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )"""
    )
    db.execute(
        """
        CREATE TABLE challenges (
            id TEXT PRIMARY KEY,
            interview_id TEXT NOT NULL REFERENCES interviews(id) ON DELETE CASCADE,
            note_id TEXT REFERENCES notes(id) ON DELETE SET NULL,
            start INTEGER NOT NULL DEFAULT 0,
            "end" INTEGER NOT NULL DEFAULT 0,
            quote TEXT NOT NULL DEFAULT '',
            kind TEXT NOT NULL DEFAULT 'challenge',
            speaker_id TEXT REFERENCES contacts(id) ON DELETE SET NULL,
            experience TEXT NOT NULL DEFAULT '',
            story_id TEXT REFERENCES stories(id) ON DELETE SET NULL,
            include_in_letter INTEGER NOT NULL DEFAULT 1,
            position INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )"""
    )
    db.execute("CREATE INDEX challenges_interview ON challenges(interview_id, position)")
    db.execute("CREATE INDEX challenges_note ON challenges(note_id)")


@migrations(name="0004_letters_sources_versions_words")
def _letters(db: Database) -> None:
    db.execute(
        """
        CREATE TABLE letters (
            id TEXT PRIMARY KEY,
            interview_id TEXT NOT NULL REFERENCES interviews(id) ON DELETE CASCADE,
            kind TEXT NOT NULL DEFAULT 'thank-you',
            recipient_id TEXT REFERENCES contacts(id) ON DELETE SET NULL,
            subject TEXT NOT NULL DEFAULT '',
            body TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'draft',
            sent_at TEXT NOT NULL DEFAULT '',
            sent_channel TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )"""
    )
    db.execute("CREATE INDEX letters_interview ON letters(interview_id)")
    # One row per (letter, challenge): the anchor is the paragraph's text when last seen, so
    # the paragraph is found again by similarity after the user rewrites it.
    db.execute(
        """
        CREATE TABLE letter_sources (
            id TEXT PRIMARY KEY,
            letter_id TEXT NOT NULL REFERENCES letters(id) ON DELETE CASCADE,
            challenge_id TEXT NOT NULL REFERENCES challenges(id) ON DELETE CASCADE,
            anchor TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            UNIQUE (letter_id, challenge_id)
        )"""
    )
    db.execute("CREATE INDEX letter_sources_challenge ON letter_sources(challenge_id)")
    db.execute(
        """
        CREATE TABLE letter_versions (
            id TEXT PRIMARY KEY,
            letter_id TEXT NOT NULL REFERENCES letters(id) ON DELETE CASCADE,
            reason TEXT NOT NULL DEFAULT 'manual',
            subject TEXT NOT NULL DEFAULT '',
            body TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )"""
    )
    db.execute("CREATE INDEX letter_versions_letter ON letter_versions(letter_id, created_at)")
    db.execute(
        """
        CREATE TABLE personal_words (
            word TEXT PRIMARY KEY,
            created_at TEXT NOT NULL
        )"""
    )


def _fts5_index(db: "Database", table: str, columns: tuple[str, ...], tokenize: str) -> None:
    """An FTS5 index over table's columns, filled and kept current by triggers (frozen: steps use it).

    The SQL is the one sqlite-utils 3.x/4.x writes for enable_fts(..., create_triggers=True),
    spelled out here so that a change in sqlite-utils cannot change an applied step.
    """
    cols = ", ".join(f'"{c}"' for c in columns)
    new = ", ".join(f'new."{c}"' for c in columns)
    old = ", ".join(f'old."{c}"' for c in columns)
    fts = f"{table}_fts"
    db.execute(f"""CREATE VIRTUAL TABLE "{fts}" USING FTS5 (
    {cols},
    tokenize='{tokenize}',
    content="{table}"
)""")
    db.execute(f'INSERT INTO "{fts}" (rowid, {cols})\n    SELECT rowid, {cols} FROM "{table}";')
    db.execute(f"""CREATE TRIGGER "{table}_ai" AFTER INSERT ON "{table}" BEGIN
  INSERT INTO "{fts}" (rowid, {cols}) VALUES (new.rowid, {new});
END""")
    db.execute(f"""CREATE TRIGGER "{table}_ad" AFTER DELETE ON "{table}" BEGIN
  INSERT INTO "{fts}" ("{fts}", rowid, {cols}) VALUES('delete', old.rowid, {old});
END""")
    db.execute(f"""CREATE TRIGGER "{table}_au" AFTER UPDATE ON "{table}" BEGIN
  INSERT INTO "{fts}" ("{fts}", rowid, {cols}) VALUES('delete', old.rowid, {old});
  INSERT INTO "{fts}" (rowid, {cols}) VALUES (new.rowid, {new});
END""")


@migrations(name="0005_notes_story_search")
def _notes_story_search(db: "Database") -> None:
    """Full-text index over the story bank, kept current by triggers (suggestions by bm25)."""
    _fts5_index(db, "stories", ("title", "situation", "action", "result", "tags"), "porter")
    db.execute("CREATE INDEX challenges_story ON challenges(story_id)")


@migrations(name="0006_search_fts")
def _search(db: "Database") -> None:
    """Search everything: one index per table the user writes in."""
    for table, columns in (
        ("applications", ("company", "role", "job_ad", "notes")),
        ("contacts", ("name", "title", "email", "notes")),
        ("plan_items", ("text",)),
        ("plans", ("research",)),
        ("notes", ("text",)),
        ("challenges", ("quote", "experience")),
    ):
        _fts5_index(db, table, columns, "unicode61 remove_diacritics 2")


@migrations(name="0007_search_letters")
def _search_letters(db: "Database") -> None:
    _fts5_index(db, "letters", ("subject", "body"), "unicode61 remove_diacritics 2")


@migrations(name="0008_tracker_keep_in_touch_contact_log")
def _tracker(db: "Database") -> None:
    db.execute("ALTER TABLE applications ADD COLUMN keep_in_touch INTEGER NOT NULL DEFAULT 0")
    db.execute("ALTER TABLE applications ADD COLUMN next_contact_at TEXT NOT NULL DEFAULT ''")
    db.execute(
        """
        CREATE TABLE contact_log (
            id TEXT PRIMARY KEY,
            application_id TEXT NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
            contacted_at TEXT NOT NULL,
            channel TEXT NOT NULL DEFAULT 'email',
            contact_id TEXT REFERENCES contacts(id) ON DELETE SET NULL,
            summary TEXT NOT NULL DEFAULT '',
            letter_id TEXT REFERENCES letters(id) ON DELETE SET NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )"""
    )
    db.execute("CREATE INDEX contact_log_application ON contact_log(application_id, contacted_at)")
    db.execute("CREATE UNIQUE INDEX contact_log_letter ON contact_log(letter_id) WHERE letter_id IS NOT NULL")
    db.execute("CREATE INDEX letters_status ON letters(status, interview_id)")


@migrations(name="0009_challenges_in_my_words")
def _challenges_in_my_words(db: "Database") -> None:
    """Each challenge's summary in the user's own words, and whether a letter may quote the interviewer."""
    db.execute("ALTER TABLE challenges ADD COLUMN summary TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE challenges ADD COLUMN quote_in_letter INTEGER NOT NULL DEFAULT 0")
    # The summary is searchable like the quote and the experience: the index is built anew over all three.
    for trigger in ("challenges_ai", "challenges_ad", "challenges_au"):
        db.execute(f'DROP TRIGGER IF EXISTS "{trigger}"')
    db.execute('DROP TABLE IF EXISTS "challenges_fts"')
    _fts5_index(db, "challenges", ("quote", "summary", "experience"), "unicode61 remove_diacritics 2")


@migrations(name="0010_contacts_form_of_address")
def _contacts_form_of_address(db: "Database") -> None:
    """How a person is addressed ("Ms", "Dr") and greeted ("title", "first", "full"; "" = the default)."""
    db.execute("ALTER TABLE contacts ADD COLUMN form_of_address TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE contacts ADD COLUMN salutation TEXT NOT NULL DEFAULT ''")


def known_names() -> set[str]:
    """Names of every step this version of the program knows (and the names 0.1 recorded for some)."""
    return set(migrations.names()) | set(LEGACY_NAMES)
