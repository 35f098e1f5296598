"""Store: one open database. It owns the connection and its transactions, and composes one
repository per domain (store.notes, store.letters, ...), each a small class over the shared Rows.

Every public write is committed when the call returns (WAL, synchronous=NORMAL), so data
survives an application crash without a "Save" step. Multi-step writes use ``atomic()``.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from followup_desktop.core.clock import Clock
from followup_desktop.core.store import dbfile, migrations, opening
from followup_desktop.core.store.connection import Connection
from followup_desktop.core.store.errors import (
    CannotWriteError,
    NewerSchemaError,
    NotADatabaseError,
    NotARegularFileError,
    StoreError,
    WriteError,
)
from followup_desktop.core.store.rows import Rows

if TYPE_CHECKING:
    from sqlite_utils import Database

    from followup_desktop.core.store.applications import Applications
    from followup_desktop.core.store.challenges import Challenges
    from followup_desktop.core.store.contacts import Contacts
    from followup_desktop.core.store.dictionary import Dictionary
    from followup_desktop.core.store.interviews import Interviews
    from followup_desktop.core.store.letters import Letters
    from followup_desktop.core.store.notes import Notes
    from followup_desktop.core.store.plans import Plans
    from followup_desktop.core.store.question_bank import QuestionBank
    from followup_desktop.core.store.search import Search
    from followup_desktop.core.store.settings import Settings
    from followup_desktop.core.store.stories import Stories
    from followup_desktop.core.store.tracker import Tracker
    from followup_desktop.core.store.trash import Trash

log = logging.getLogger(__name__)


class Store:
    """One open database and its repositories; the only way the program reads or writes data."""

    def __init__(self, conn: sqlite3.Connection, path: Path | None, clock: Clock | None = None) -> None:
        self.rows = Rows(conn, path, clock or Clock())
        self.read_only = False  # opened with read_only=True: every write fails as "read-only"

    # One repository per domain, each made (and its module imported) on first use: the window's first
    # paint needs three of the fourteen. What a repository needs of another, it is given here.
    @cached_property
    def applications(self) -> Applications:
        from followup_desktop.core.store.applications import Applications

        return Applications(self.rows)

    @cached_property
    def contacts(self) -> Contacts:
        from followup_desktop.core.store.contacts import Contacts

        return Contacts(self.rows, self.applications)

    @cached_property
    def interviews(self) -> Interviews:
        from followup_desktop.core.store.interviews import Interviews

        return Interviews(self.rows, self.applications, self.contacts)

    @cached_property
    def plans(self) -> Plans:
        from followup_desktop.core.store.plans import Plans

        return Plans(self.rows, self.interviews)

    @cached_property
    def question_bank(self) -> QuestionBank:
        from followup_desktop.core.store.question_bank import QuestionBank

        return QuestionBank(self.rows)

    @cached_property
    def notes(self) -> Notes:
        from followup_desktop.core.store.notes import Notes

        return Notes(self.rows)

    @cached_property
    def stories(self) -> Stories:
        from followup_desktop.core.store.stories import Stories

        return Stories(self.rows)

    @cached_property
    def challenges(self) -> Challenges:
        from followup_desktop.core.store.challenges import Challenges

        return Challenges(self.rows, self.notes, self.stories)

    @cached_property
    def tracker(self) -> Tracker:
        from followup_desktop.core.store.tracker import Tracker

        return Tracker(self.rows, self.applications, self.contacts, self.interviews)

    @cached_property
    def letters(self) -> Letters:
        from followup_desktop.core.store.letters import Letters

        return Letters(self.rows, self.interviews, self.tracker)

    @cached_property
    def dictionary(self) -> Dictionary:
        from followup_desktop.core.store.dictionary import Dictionary

        return Dictionary(self.rows)

    @cached_property
    def settings(self) -> Settings:
        from followup_desktop.core.store.settings import Settings

        return Settings(self.rows)

    @cached_property
    def search(self) -> Search:
        from followup_desktop.core.store.search import Search

        return Search(self.rows)

    @cached_property
    def trash(self) -> Trash:
        from followup_desktop.core.store.trash import Trash

        return Trash(self.rows)

    @property
    def conn(self) -> sqlite3.Connection:
        """The SQLite connection (a Connection: write failures raise WriteError)."""
        return self.rows.conn

    @property
    def path(self) -> Path | None:
        """The database file; None in memory."""
        return self.rows.path

    @property
    def clock(self) -> Clock:
        """Where the store's "now" comes from (tests freeze it)."""
        return self.rows.clock

    @clock.setter
    def clock(self, clock: Clock) -> None:
        self.rows.clock = clock

    @property
    def db(self) -> Database:
        """sqlite-utils over the same connection (imported on first use)."""
        return self.rows.db

    # ----------------------------------------------------------------- opening
    @classmethod
    def open(cls, path: str | os.PathLike[str], clock: Clock | None = None, read_only: bool = False) -> Store:
        """Open (creating owner-only if new) and migrate the database at path; read_only never writes.

        Nothing is written before the file is known to be an ordinary file holding this program's
        database (or nothing at all), with a -wal of its own.
        """
        path = Path(path)
        problem = dbfile.not_regular(path)
        if problem:
            raise NotARegularFileError(problem)
        if read_only:
            from followup_desktop.core.store.read_only import open_read_only

            conn = open_read_only(path, upgrade=lambda memory: cls(memory, path, clock).migrate())
            store = cls(conn, path, clock)
            store.read_only = True
            return store
        if path.exists():
            opening.check_header(path)
            opening.refuse_foreign(path)
        else:
            fd = os.open(path, os.O_CREAT | os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0), 0o600)
            os.close(fd)
        try:
            conn = sqlite3.connect(str(path), timeout=5.0, factory=Connection)
        except sqlite3.Error as exc:
            raise StoreError(f"The database {path} cannot be opened: {exc}.") from exc
        conn.path = path
        store = cls(conn, path, clock)
        try:
            opening.refuse_foreign_tables(conn, path)
            store._configure()
            store.migrate()
        except sqlite3.DatabaseError as exc:
            conn.close()
            if "locked" in str(exc):
                raise StoreError(f"The database {path} is locked by another program.") from exc
            raise NotADatabaseError(
                f"{path} is damaged or is not a FollowUp Desktop database ({exc}). It was left untouched."
            ) from exc
        except WriteError as exc:
            conn.close()
            if exc.reason == "another program is using the database":
                raise StoreError(f"The database {path} is locked by another program.") from exc
            raise CannotWriteError(
                f"The database {path} cannot be opened for writing: {exc.reason}.", exc.reason
            ) from exc
        except StoreError:
            conn.close()
            raise
        store.read_only = opening.cannot_write(path)  # it opened, but every write will fail: say so up front
        return store

    @classmethod
    def memory(cls, clock: Clock | None = None) -> Store:
        """A migrated in-memory database (tests, benchmarks)."""
        store = cls(sqlite3.connect(":memory:", factory=Connection), None, clock)
        store._configure()
        store.migrate()
        return store

    def reader(self) -> Store:
        """A read-only store on the same file for another thread (searches); self when in memory."""
        if self.path is None:
            return self
        if self.read_only:  # perhaps a folder that cannot be written: read as the store itself does
            conn = dbfile.connect_read_only(self.path, check_same_thread=False)
            return type(self)(conn, self.path, self.clock)
        conn = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, timeout=5.0, check_same_thread=False)
        return type(self)(conn, self.path, self.clock)

    def _configure(self) -> None:
        self.conn.execute("PRAGMA foreign_keys = ON")
        if self.path is not None:
            self.conn.execute("PRAGMA journal_mode = WAL")
        self.conn.execute("PRAGMA synchronous = NORMAL")
        self.conn.execute("PRAGMA recursive_triggers = ON")

    def migrate(self) -> None:
        """Apply pending schema steps; refuse a database from a newer version."""
        applied = migrations.migrations.applied(self.conn)
        unknown = set(applied) - migrations.known_names()
        if unknown:
            raise NewerSchemaError(
                "This database was written by a newer version of FollowUp Desktop "
                f"(it has schema steps this version does not know: {', '.join(sorted(unknown))}). "
                "Please update the program; the file was left untouched."
            )
        if applied != migrations.migrations.names():
            migrations.migrations.apply(self.rows.db)

    def checkpoint(self) -> None:
        """Copy the -wal's pages into the database file and empty it (as closing does).

        A window that was killed never closed: its -wal (a new database's whole schema, some 140
        pages) would be re-read on every start until one closes cleanly, three times each.
        """
        if self.path is not None and not self.read_only:
            try:
                self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            except (sqlite3.Error, WriteError) as exc:  # busy, locked, a full disk: the pages stay in the -wal
                log.info("no checkpoint: %s", exc)

    def interrupt(self) -> None:
        """Stop the query running on this connection (from any thread); it raises OperationalError."""
        self.conn.interrupt()

    def close(self) -> None:
        """Close the connection (checkpointing the WAL)."""
        try:
            self.conn.close()
        except sqlite3.Error:  # pragma: no cover - closing never matters more than the data
            log.exception("closing the database failed")

    # ----------------------------------------------------------------- transactions
    @contextmanager
    def atomic(self) -> Iterator[Store]:
        """All writes inside happen together or not at all (nests as savepoints)."""
        with self.rows.atomic():
            yield self

    def now(self) -> str:
        """The store's clock as a UTC ISO string."""
        return self.rows.now()

    @contextmanager
    def snapshot(self) -> Iterator[Store]:
        """A read-only store that sees one moment of the database for the whole block.

        It has its own connection holding one read transaction: WAL keeps that moment for it while
        the window (or another process) goes on writing, so a long export never mixes rows from
        before and after a change (a highlight without its note). In memory there is one connection
        and nothing else writes to it: the store itself is that moment.
        """
        if self.path is None:
            yield self
            return
        moment = self.reader()
        try:
            moment.conn.execute("BEGIN")
            moment.conn.execute("SELECT count(*) FROM sqlite_master").fetchall()  # the moment is taken here
            yield moment
        finally:
            moment.conn.rollback()
            moment.close()

    def bulk_writes(self) -> AbstractContextManager[None]:
        """Inside the caller's transaction: indexes and search triggers rebuilt once at the end (store/bulk.py)."""
        from followup_desktop.core.store.bulk import bulk_writes

        return bulk_writes(self.rows)
