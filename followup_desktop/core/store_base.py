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

from followup_desktop.core import dbfile, limits, migrations
from followup_desktop.core.clock import Clock, to_iso
from followup_desktop.core.models import TrashEntry
from followup_desktop.core.store_errors import (  # noqa: F401 - the store's public names
    WRITE_ADVICE,
    WRITE_REASONS,
    CannotWriteError,
    Connection,
    ForeignDatabaseError,
    NewerSchemaError,
    NotADatabaseError,
    NotARegularFileError,
    NotFoundError,
    StoreError,
    TooLongError,
    ValidationError,
    WalMismatchError,
    WriteError,
    read_only_reason,
    write_error,
)

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
T = TypeVar("T")


def check_lengths(table: str, values: dict[str, Any]) -> None:
    """TooLongError when a text in values is over its field's limit."""
    found = limits.too_long(table, values)
    if found is not None:
        raise TooLongError(*found)


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


def _cannot_write(path: Path) -> bool:
    """The file or its disk refuses writing (root writes anyway, except on a read-only disk)."""
    try:
        return bool(os.statvfs(path).f_flag & os.ST_RDONLY) or not os.access(path, os.W_OK)
    except OSError:
        return False


def _refuse_foreign(path: Path) -> None:
    """Refuse another database's -wal, or another program's database left with a -wal or a -journal.

    A read-write connection would apply those to the file (a checkpoint when it closes, a rollback when
    it first reads), so such a file is looked at read-only first. Without them, the read-write
    connection looks before it writes anything (a second connection would cost ~0.5 ms of schema parsing).
    """
    mismatch = dbfile.wal_mismatch(path)
    if mismatch:
        raise WalMismatchError(f"{mismatch[0].upper()}{mismatch[1:]}. Nothing was changed.")
    wal = dbfile.size(path.with_name(path.name + "-wal")) > 0
    if not wal and not dbfile.exists(path.with_name(path.name + "-journal")):
        return
    try:  # through the -wal; ignoring a -journal (immutable), which SQLite would otherwise roll back
        conn = sqlite3.connect(dbfile.read_only_uri(path, immutable=not wal), uri=True, timeout=5.0)
    except sqlite3.Error:
        return  # the read-write open explains what is wrong
    try:
        _refuse_foreign_tables(conn, path)
    except sqlite3.Error:
        pass  # unreadable here (read-only folder, damage): the read-write open explains it
    finally:
        conn.close()


def _refuse_foreign_tables(conn: sqlite3.Connection, path: Path) -> None:
    foreign = dbfile.foreign_tables(conn)
    if foreign:
        shown = ", ".join(foreign[:3]) + (", …" if len(foreign) > 3 else "")
        raise ForeignDatabaseError(
            f"{path} is another program's database (it holds tables such as {shown}), not FollowUp "
            "Desktop's. It was left untouched; move it away, or choose another folder with --data-dir.")


class BaseStore:
    """One open database; the domain methods live in the mixins that make up Store."""

    def __init__(self, conn: sqlite3.Connection, path: Path | None, clock: Clock | None = None) -> None:
        self.conn = conn
        self.path = path
        self.clock = clock or Clock()
        self._db: "Database | None" = None
        self.read_only = False  # opened with read_only=True: every write fails as "read-only"

    @property
    def db(self) -> "Database":
        """sqlite-utils over the same connection, imported on the first write (not at start-up)."""
        if self._db is None:
            from sqlite_utils import Database

            self._db = Database(self.conn, execute_plugins=False)
        return self._db

    # ----------------------------------------------------------------- opening
    @classmethod
    def open(cls, path: str | os.PathLike, clock: Clock | None = None, read_only: bool = False) -> "BaseStore":
        """Open (creating owner-only if new) and migrate the database at path; read_only never writes.

        Nothing is written before the file is known to be an ordinary file holding this program's
        database (or nothing at all), with a -wal of its own.
        """
        path = Path(path)
        problem = dbfile.not_regular(path)
        if problem:
            raise NotARegularFileError(problem)
        if read_only:
            from followup_desktop.core.store_read_only import open_read_only

            return open_read_only(cls, path, clock)
        if path.exists():
            _check_header(path)
            _refuse_foreign(path)
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
            _refuse_foreign_tables(conn, path)
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
            raise CannotWriteError(f"The database {path} cannot be opened for writing: {exc.reason}.",
                                   exc.reason) from exc
        except StoreError:
            conn.close()
            raise
        store.read_only = _cannot_write(path)  # it opened, but every write will fail: say so up front
        return store

    def reader(self) -> "BaseStore":
        """A read-only store on the same file for another thread (searches); self when in memory."""
        if self.path is None:
            return self
        if self.read_only:  # perhaps a folder that cannot be written: read as the store itself does
            conn = dbfile.connect_read_only(self.path, check_same_thread=False)
            return type(self)(conn, self.path, self.clock)
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

