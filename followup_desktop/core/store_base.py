"""The store's foundation: opening, migrating, generic row helpers, named errors.

Every public write is committed when the call returns (WAL, synchronous=NORMAL), so data
survives an application crash without a "Save" step. Multi-step writes use ``atomic()``.
"""

from __future__ import annotations

import functools
import logging
import os
import sqlite3
from contextlib import contextmanager
from dataclasses import asdict, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterator, TypeVar

if TYPE_CHECKING:
    from sqlite_utils import Database

from followup_desktop.core import limits, migrations
from followup_desktop.core.clock import Clock, to_iso
from followup_desktop.core.models import TrashEntry

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
T = TypeVar("T")


class StoreError(Exception):
    """Base class of every error the store raises on purpose."""


class NotADatabaseError(StoreError):
    """The file exists but is not a FollowUp (SQLite) database, or is damaged."""


class NewerSchemaError(StoreError):
    """The database was written by a newer version of the program."""


class NotFoundError(StoreError):
    """No row with that id."""


class ValidationError(StoreError):
    """A value the store refuses (for example an empty company name)."""


class WriteError(StoreError):
    """The database could not be written (read-only, disk full, locked by another program).

    Nothing already stored is lost: the failed write was rolled back. The GUI keeps the typed
    text on screen and tries again on the next change.
    """

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"Your changes could not be saved: {reason}. They are kept on screen; "
                         f"{WRITE_ADVICE[reason]} and keep typing.")
        self.reason, self.detail = reason, detail


class TooLongError(WriteError):
    """A text is longer than its field may hold (core/limits.py): refused whole, never cut.

    A WriteError, so every editor keeps the words on screen and tries again once they are shorter.
    """

    advice = "shorten it"

    def __init__(self, what: str, length: int, limit: int) -> None:
        reason = limits.describe(what, length, limit)
        StoreError.__init__(self, f"Your changes could not be saved: {reason}. They are kept on screen; "
                                  "shorten it and try again.")
        self.reason, self.detail = reason, ""
        self.what, self.length, self.limit = what, length, limit


def check_lengths(table: str, values: dict[str, Any]) -> None:
    """TooLongError when a text in values is over its field's limit."""
    found = limits.too_long(table, values)
    if found is not None:
        raise TooLongError(*found)


WRITE_REASONS = (  # words in SQLite's message -> the plain reason shown to the user
    (("readonly", "read-only"), "the database is read-only"),
    (("disk is full", "disk full"), "the disk is full"),
    (("locked", "busy"), "another program is using the database"),
    (("disk i/o error", "unable to open"), "the disk cannot be written"),
)
WRITE_ADVICE = {
    "the database is read-only": "make the data folder writable",
    "the disk is full": "free some space",
    "another program is using the database": "close the other program",
    "the disk cannot be written": "check the disk",
}


def write_error(exc: sqlite3.Error) -> WriteError | None:
    """The WriteError meaning of an SQLite error, or None when it is not a write failure."""
    text = str(exc).lower()
    for words, reason in WRITE_REASONS:
        if any(w in text for w in words):
            return WriteError(reason, str(exc))
    return None


_WRITES = ("insert", "update", "delete", "replace", "commit", "create", "drop", "alter")


class Connection(sqlite3.Connection):
    """An SQLite connection whose write failures raise WriteError, so callers catch one meaning."""

    fault: str | None = None  # tests: every write statement fails with this SQLite message

    def execute(self, sql, parameters=(), /):  # noqa: D102 - sqlite3 API
        if self.fault is not None and sql.lstrip()[:7].lower().startswith(_WRITES):
            _raise_write(sqlite3.OperationalError(self.fault))
        try:
            return super().execute(sql, parameters)
        except sqlite3.OperationalError as exc:
            _raise_write(exc)

    def executemany(self, sql, parameters, /):  # noqa: D102 - sqlite3 API
        if self.fault is not None:
            _raise_write(sqlite3.OperationalError(self.fault))
        try:
            return super().executemany(sql, parameters)
        except sqlite3.OperationalError as exc:
            _raise_write(exc)

    def commit(self):  # noqa: D102 - sqlite3 API
        try:
            return super().commit()
        except sqlite3.OperationalError as exc:
            _raise_write(exc)


def _raise_write(exc: sqlite3.OperationalError):
    mapped = write_error(exc)
    if mapped is None:
        raise exc
    log.warning("database write failed: %s", mapped.reason)
    raise mapped from exc


def new_id() -> str:
    """A stable string id for a new row."""
    import uuid  # not needed until the first write

    return str(uuid.uuid4())


def clean_text(value: str) -> str:
    """Text as SQLite can hold it: surrogate pairs joined, lone surrogates become U+FFFD."""
    if not isinstance(value, str):
        raise ValidationError(f"expected text, got {type(value).__name__}")
    try:
        value.encode("utf-8")
        return value
    except UnicodeEncodeError:
        return value.encode("utf-16", "surrogatepass").decode("utf-16", "replace")


def _check_header(path: Path) -> None:
    try:
        with open(path, "rb") as fh:
            head = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise StoreError(f"The database {path} cannot be read: {exc.strerror or exc}.") from exc
    if head and head != SQLITE_HEADER:
        raise NotADatabaseError(
            f"{path} is not a FollowUp Desktop database (it is not an SQLite file). "
            "It was left untouched."
        )


class BaseStore:
    """One open database; the domain methods live in the mixins that make up Store."""

    def __init__(self, conn: sqlite3.Connection, path: Path | None, clock: Clock | None = None) -> None:
        self.conn = conn
        self.path = path
        self.clock = clock or Clock()
        self._db: "Database | None" = None

    @property
    def db(self) -> "Database":
        """sqlite-utils over the same connection, imported on the first write (not at start-up)."""
        if self._db is None:
            from sqlite_utils import Database

            self._db = Database(self.conn, execute_plugins=False)
        return self._db

    # ----------------------------------------------------------------- opening
    @classmethod
    def open(cls, path: str | os.PathLike, clock: Clock | None = None) -> "BaseStore":
        """Open (creating owner-only if new) and migrate the database at path."""
        path = Path(path)
        if path.exists():
            _check_header(path)
        else:
            fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
            os.close(fd)
        try:
            conn = sqlite3.connect(str(path), timeout=5.0, factory=Connection)
        except sqlite3.Error as exc:
            raise StoreError(f"The database {path} cannot be opened: {exc}.") from exc
        store = cls(conn, path, clock)
        try:
            store._configure()
            store.migrate()
        except sqlite3.DatabaseError as exc:
            conn.close()
            if "locked" in str(exc):
                raise StoreError(f"The database {path} is locked by another program.") from exc
            raise NotADatabaseError(
                f"{path} is damaged or is not a FollowUp Desktop database ({exc}). "
                "It was left untouched."
            ) from exc
        except WriteError as exc:
            conn.close()
            if exc.reason == "another program is using the database":
                raise StoreError(f"The database {path} is locked by another program.") from exc
            raise StoreError(f"The database {path} cannot be opened for writing: {exc.reason}.") from exc
        except StoreError:
            conn.close()
            raise
        return store

    def reader(self) -> "BaseStore":
        """A read-only store on the same file for another thread (searches); self when in memory."""
        if self.path is None:
            return self
        conn = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, timeout=5.0, check_same_thread=False)
        return type(self)(conn, self.path, self.clock)

    def interrupt(self) -> None:
        """Stop the query running on this connection (from any thread); it raises OperationalError."""
        self.conn.interrupt()

    @classmethod
    def memory(cls, clock: Clock | None = None) -> "BaseStore":
        """A migrated in-memory database (tests, benchmarks)."""
        store = cls(sqlite3.connect(":memory:", factory=Connection), None, clock)
        store._configure()
        store.migrate()
        return store

    def _configure(self) -> None:
        self.conn.execute("PRAGMA foreign_keys = ON")
        if self.path is not None:
            self.conn.execute("PRAGMA journal_mode = WAL")
        self.conn.execute("PRAGMA synchronous = NORMAL")
        self.conn.execute("PRAGMA recursive_triggers = ON")

    def warm_up(self) -> None:
        """Load what the first write needs (sqlite-utils) ahead of time, e.g. when the app is idle."""
        _ = self.db

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
            migrations.migrations.apply(self.db)

    def close(self) -> None:
        """Close the connection (checkpointing the WAL)."""
        try:
            self.conn.close()
        except sqlite3.Error:  # pragma: no cover - closing never matters more than the data
            log.exception("closing the database failed")

    @contextmanager
    def atomic(self) -> Iterator["BaseStore"]:
        """All writes inside happen together or not at all (nests as savepoints)."""
        with self.db.atomic():
            yield self

    def now(self) -> str:
        """The store's clock as a UTC ISO string."""
        return to_iso(self.clock.now())

    # ----------------------------------------------------------------- generic rows
    def _rows(self, sql: str, params: Any = ()) -> list[dict[str, Any]]:
        cursor = self.conn.execute(sql, params)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row)) for row in cursor.fetchall()]

    def _get(self, cls: type[T], row_id: str) -> T:
        rows = self._rows(f"SELECT * FROM {cls.__table__} WHERE id = ?", [row_id])
        if not rows:
            raise NotFoundError(f"No {cls.__name__.lower()} with id {row_id}.")
        return cls(**rows[0])

    def _list(self, cls: type[T], where: str = "", params: Any = (), order: str = "created_at, rowid") -> list[T]:
        sql = f"SELECT * FROM {cls.__table__}"
        if where:
            sql += f" WHERE {where}"
        return [cls(**row) for row in self._rows(sql + f" ORDER BY {order}", params)]

    def _insert(self, obj: Any) -> Any:
        row = asdict(obj)
        if obj.__table__ not in limits.COPIES:
            check_lengths(obj.__table__, row)
        now = self.now()
        row.update(created_at=row.get("created_at") or now, updated_at=now)
        self.db[obj.__table__].insert(row)
        return type(obj)(**row)

    def _update(self, cls: type[T], row_id: str, changes: dict[str, Any]) -> T:
        allowed = {f.name for f in fields(cls)} - {"id", "created_at", "updated_at"}
        bad = set(changes) - allowed
        if bad:
            raise ValidationError(f"Unknown field(s) for {cls.__name__}: {', '.join(sorted(bad))}")
        check_lengths(cls.__table__, changes)  # only what changes: an older, longer text may stay as it is
        current = self._get(cls, row_id)
        row = asdict(current) | {k: clean_text(v) if isinstance(v, str) else v for k, v in changes.items()}
        row["updated_at"] = self.now()
        self.db[cls.__table__].update(row_id, row)
        return cls(**row)

    def row_exists(self, table: str, row_id: str) -> bool:
        """Whether a row with this id is in the table (tables are the models' __table__ names)."""
        return bool(self._rows(f"SELECT 1 FROM {table} WHERE id = ?", [row_id]))

    def upsert(self, obj: Any) -> bool:
        """Insert obj, or replace the stored row unless the stored one is newer. True if written.

        Lengths are not checked here: an import was checked against the schema (the same limits),
        and undo or restore from the trash put back exactly what was stored before.
        """
        row = {f.name: getattr(obj, f.name) for f in fields(obj)}  # shallow: rows hold plain values
        row = {k: clean_text(v) if isinstance(v, str) else v for k, v in row.items()}
        sql = _upsert_sql(obj.__table__, tuple(row))
        if self.conn.in_transaction:  # an import's transaction: no savepoint per row
            cursor = self.conn.execute(sql, list(row.values()))
        else:
            with self.atomic():
                cursor = self.conn.execute(sql, list(row.values()))
        return cursor.rowcount > 0

    def upsert_many(self, objs: list[Any]) -> int:
        """upsert() for many rows of one table at once (an import's hot path); how many were written."""
        if not objs:
            return 0
        names = tuple(f.name for f in fields(objs[0]))
        rows = [[clean_text(v) if isinstance(v, str) else v for v in map(obj.__getattribute__, names)]
                for obj in objs]
        sql = _upsert_sql(objs[0].__table__, names)
        if self.conn.in_transaction:
            return self.conn.executemany(sql, rows).rowcount
        with self.atomic():
            return self.conn.executemany(sql, rows).rowcount

    # ----------------------------------------------------------------- trash
    def put_in_trash(self, kind: str, label: str, payload: str) -> TrashEntry:
        """Keep a deleted thing's snapshot (JSON text) so it can be restored."""
        entry = TrashEntry(id=new_id(), kind=kind, label=clean_text(label), deleted_at=self.now())
        self.db["trash"].insert(asdict(entry) | {"payload": payload})
        return entry

    def list_trash(self) -> list[TrashEntry]:
        """Deleted things, newest first."""
        rows = self._rows("SELECT id, kind, label, deleted_at FROM trash ORDER BY deleted_at DESC, rowid DESC")
        return [TrashEntry(**r) for r in rows]

    def trash_payload(self, entry_id: str) -> str:
        rows = self._rows("SELECT payload FROM trash WHERE id = ?", [entry_id])
        if not rows:
            raise NotFoundError(f"Nothing in the trash with id {entry_id}.")
        return rows[0]["payload"]

    def remove_from_trash(self, entry_id: str) -> None:
        self.db.execute("DELETE FROM trash WHERE id = ?", [entry_id])

    def empty_trash(self) -> int:
        """Delete everything in the trash for good; returns how many entries went."""
        return self.db.execute("DELETE FROM trash").rowcount


@functools.lru_cache(maxsize=64)
def _upsert_sql(table: str, names: tuple[str, ...]) -> str:
    """Insert, or update only when the incoming copy is not older than the stored one."""
    columns = ", ".join(f'"{n}"' for n in names)
    updates = ", ".join(f'"{n}" = excluded."{n}"' for n in names if n != "id")
    return (f"INSERT INTO {table} ({columns}) VALUES ({', '.join('?' * len(names))}) "
            f"ON CONFLICT(id) DO UPDATE SET {updates} WHERE excluded.updated_at >= {table}.updated_at")


def required_text(value: Any, what: str) -> str:
    """Stripped, cleaned text; ValidationError when blank."""
    if not isinstance(value, str) or not value.strip():
        raise ValidationError(f"The {what} cannot be empty.")
    return clean_text(value.strip())


def check_choice(value: str, choices: tuple[str, ...], what: str) -> None:
    """ValidationError unless value is one of choices."""
    if value not in choices:
        raise ValidationError(f"Unknown {what} {value!r}; expected one of {', '.join(choices)}.")

