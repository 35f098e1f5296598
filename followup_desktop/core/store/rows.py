"""Rows: the one connection's generic row helpers, which every repository of the store shares.

Every public write is committed when the call returns (WAL, synchronous=NORMAL), so data
survives an application crash without a "Save" step. Multi-step writes use ``atomic()``.
Rows are read into the dataclasses of core/models (each names its table in ``__table__``).

Writes are plain SQL with sqlite-utils' transaction rules (``atomic`` nests as savepoints; a write
outside a transaction is committed at once). sqlite-utils itself is loaded only to migrate: with
its command-line dependencies it cost the running window 12 MiB and ~150 ms for five helpers.
"""

from __future__ import annotations

import datetime
import functools
import itertools
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, Protocol, TypeVar

from followup_desktop.core.clock import Clock, to_iso
from followup_desktop.core.store import limits
from followup_desktop.core.store.errors import NotFoundError, TooLongError, ValidationError

if TYPE_CHECKING:
    from sqlite_utils import Database
    from sqlite_utils.db import Table


class Row(Protocol):
    """A dataclass of core/models that names its table."""

    __table__: ClassVar[str]
    __dataclass_fields__: ClassVar[dict[str, Any]]


R = TypeVar("R", bound=Row)
Params = Sequence[Any] | dict[str, Any]


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


def required_text(value: Any, what: str) -> str:
    """Stripped, cleaned text; ValidationError when blank."""
    if not isinstance(value, str) or not value.strip():
        raise ValidationError(f"The {what} cannot be empty.")
    return clean_text(value.strip())


def check_choice(value: str, choices: tuple[str, ...], what: str) -> None:
    """ValidationError unless value is one of choices."""
    if value not in choices:
        raise ValidationError(f"Unknown {what} {value!r}; expected one of {', '.join(choices)}.")


def cleaned(values: dict[str, Any]) -> dict[str, Any]:
    """values with every text cleaned (clean_text); other values as they are."""
    return {k: clean_text(v) if isinstance(v, str) else v for k, v in values.items()}


class Rows:
    """The open connection, its clock and transactions, and generic reads and writes of rows."""

    def __init__(self, conn: sqlite3.Connection, path: Path | None, clock: Clock) -> None:
        self.conn = conn
        self.path = path
        self.clock = clock
        self._db: Database | None = None

    @property
    def db(self) -> Database:
        """sqlite-utils over the same connection, imported on first use (migrations, tests)."""
        if self._db is None:
            from sqlite_utils import Database

            self._db = Database(self.conn, execute_plugins=False)
        return self._db

    def table(self, name: str) -> Table:
        """sqlite-utils' view of one table; it loads sqlite-utils (insert_row and upsert_row do not)."""
        return self.db.table(name)

    @contextmanager
    def atomic(self) -> Iterator[None]:
        """All writes inside happen together or not at all (nests as savepoints)."""
        conn = self.conn
        if conn.in_transaction:
            savepoint = f"followup_{next(_savepoints)}"
            conn.execute(f"SAVEPOINT {savepoint}")
            try:
                yield
            except BaseException:
                if conn.in_transaction:  # a RAISE(ROLLBACK) trigger ends the whole transaction, savepoints too
                    conn.execute(f"ROLLBACK TO SAVEPOINT {savepoint}")
                    conn.execute(f"RELEASE SAVEPOINT {savepoint}")
                raise
            conn.execute(f"RELEASE SAVEPOINT {savepoint}")
            return
        conn.execute("BEGIN")
        try:
            yield
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        try:
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise

    def now(self) -> str:
        """The clock as a UTC ISO string."""
        return to_iso(self.clock.now())

    def execute(self, sql: str, params: Params = ()) -> sqlite3.Cursor:
        """Run one statement: a write outside a transaction is committed at once."""
        conn = self.conn
        was_in_transaction = conn.in_transaction
        try:
            cursor = conn.execute(sql, params)
        except Exception:
            if not was_in_transaction and conn.in_transaction:  # sqlite3 opened one for the failed write
                conn.execute("ROLLBACK")
            raise
        if (
            not was_in_transaction
            and conn.in_transaction
            and cursor.description is None
            and sql.lstrip().split(None, 1)[0].upper() not in _TRANSACTION_CONTROL
        ):
            conn.execute("COMMIT")
        return cursor

    def insert_row(self, table: str, row: dict[str, Any]) -> None:
        """Insert one row given as {column: value}."""
        self.execute(_insert_sql(table, tuple(row)), [_plain(v) for v in row.values()])

    def upsert_row(self, table: str, row: dict[str, Any], pk: str) -> None:
        """Insert one row, or replace the columns given of the row with the same pk."""
        self.execute(_upsert_by_sql(table, tuple(row), pk), [_plain(v) for v in row.values()])

    # ----------------------------------------------------------------- reads
    def select(self, sql: str, params: Params = ()) -> list[dict[str, Any]]:
        """The rows of a query as dicts."""
        cursor = self.conn.execute(sql, params)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row)) for row in cursor.fetchall()]

    def get(self, cls: type[R], row_id: str) -> R:
        """The row with this id as a cls; NotFoundError when there is none."""
        rows = self.select(f"SELECT * FROM {cls.__table__} WHERE id = ?", [row_id])
        if not rows:
            raise NotFoundError(f"No {cls.__name__.lower()} with id {row_id}.")
        return cls(**rows[0])

    def fetch(self, cls: type[R], where: str = "", params: Params = (), order: str = "created_at, rowid") -> list[R]:
        """Rows of cls's table (those matching where), in order."""
        sql = f"SELECT * FROM {cls.__table__}"
        if where:
            sql += f" WHERE {where}"
        return [cls(**row) for row in self.select(sql + f" ORDER BY {order}", params)]

    def exists(self, table: str, row_id: str) -> bool:
        """Whether a row with this id is in the table (tables are the models' __table__ names)."""
        return bool(self.select(f"SELECT 1 FROM {table} WHERE id = ?", [row_id]))

    # ----------------------------------------------------------------- writes
    def insert(self, obj: R) -> R:
        """Insert a new row (lengths checked), stamped created and updated now."""
        row = asdict(obj)
        if obj.__table__ not in limits.COPIES:
            check_lengths(obj.__table__, row)
        now = self.now()
        row.update(created_at=row.get("created_at") or now, updated_at=now)
        self.insert_row(obj.__table__, row)
        return type(obj)(**row)

    def update(self, cls: type[R], row_id: str, changes: dict[str, Any]) -> R:
        """Change some fields of a row (lengths of what changes checked), stamped updated now."""
        allowed = {f.name for f in fields(cls)} - {"id", "created_at", "updated_at"}
        bad = set(changes) - allowed
        if bad:
            raise ValidationError(f"Unknown field(s) for {cls.__name__}: {', '.join(sorted(bad))}")
        check_lengths(cls.__table__, changes)  # only what changes: an older, longer text may stay as it is
        current = self.get(cls, row_id)
        row = asdict(current) | cleaned(changes)
        row["updated_at"] = self.now()
        sets = ", ".join(f'"{name}" = ?' for name in row)
        cursor = self.execute(f"UPDATE {cls.__table__} SET {sets} WHERE id = ?", [*map(_plain, row.values()), row_id])
        if cursor.rowcount != 1:
            raise NotFoundError(f"No {cls.__name__.lower()} with id {row_id}.")
        return cls(**row)

    def upsert(self, obj: Row) -> bool:
        """Insert obj, or replace the stored row unless the stored one is newer. True if written.

        Lengths are not checked here: an import was checked against the schema (the same limits),
        and undo or restore from the trash put back exactly what was stored before.
        """
        row = cleaned({f.name: getattr(obj, f.name) for f in fields(obj)})  # rows hold plain values
        sql = _upsert_sql(obj.__table__, tuple(row))
        if self.conn.in_transaction:  # an import's transaction: no savepoint per row
            cursor = self.conn.execute(sql, list(row.values()))
        else:
            with self.atomic():
                cursor = self.conn.execute(sql, list(row.values()))
        return cursor.rowcount > 0

    def upsert_many(self, objs: Sequence[Row]) -> int:
        """upsert() for many rows of one table at once (an import's hot path); how many were written."""
        if not objs:
            return 0
        names = tuple(f.name for f in fields(objs[0]))
        rows = [[clean_text(v) if isinstance(v, str) else v for v in map(obj.__getattribute__, names)] for obj in objs]
        sql = _upsert_sql(objs[0].__table__, names)
        if self.conn.in_transaction:
            return self.conn.executemany(sql, rows).rowcount
        with self.atomic():
            return self.conn.executemany(sql, rows).rowcount


_savepoints = itertools.count()  # names for nested atomic() blocks
_TRANSACTION_CONTROL = {"BEGIN", "COMMIT", "END", "ROLLBACK", "SAVEPOINT", "RELEASE"}


def _plain(value: Any) -> Any:
    """A value as SQLite stores it: lists, tuples and dicts as JSON text, dates as ISO text."""
    if isinstance(value, (dict, list, tuple)):
        import json

        return json.dumps(value, default=repr, ensure_ascii=False)
    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()
    return value


@functools.lru_cache(maxsize=64)
def _insert_sql(table: str, names: tuple[str, ...]) -> str:
    columns = ", ".join(f'"{n}"' for n in names)
    return f"INSERT INTO {table} ({columns}) VALUES ({', '.join('?' * len(names))})"


@functools.lru_cache(maxsize=64)
def _upsert_by_sql(table: str, names: tuple[str, ...], pk: str) -> str:
    updates = ", ".join(f'"{n}" = excluded."{n}"' for n in names if n != pk)
    return f'{_insert_sql(table, names)} ON CONFLICT("{pk}") DO UPDATE SET {updates}'


@functools.lru_cache(maxsize=64)
def _upsert_sql(table: str, names: tuple[str, ...]) -> str:
    """Insert, or update only when the incoming copy is not older than the stored one."""
    columns = ", ".join(f'"{n}"' for n in names)
    updates = ", ".join(f'"{n}" = excluded."{n}"' for n in names if n != "id")
    return (
        f"INSERT INTO {table} ({columns}) VALUES ({', '.join('?' * len(names))}) "
        f"ON CONFLICT(id) DO UPDATE SET {updates} WHERE excluded.updated_at >= {table}.updated_at"
    )
