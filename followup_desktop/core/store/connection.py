"""The store's SQLite connection, which turns write failures into WriteError.

Callers catch a meaning (WriteError with a reason and advice), never a raw sqlite3 error text.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import Any, NoReturn

from followup_desktop.core.store.errors import write_error

log = logging.getLogger(__name__)

_WRITES = ("insert", "update", "delete", "replace", "commit", "create", "drop", "alter")


class Connection(sqlite3.Connection):
    """An SQLite connection whose write failures raise WriteError, so callers catch one meaning."""

    fault: str | None = None  # tests: every write statement fails with this SQLite message
    path: Path | None = None  # the database file, to say which of file, folder or disk is read-only

    def execute(self, sql: str, parameters: Any = (), /) -> sqlite3.Cursor:  # noqa: D102 - sqlite3 API
        if self.fault is not None and sql.lstrip()[:7].lower().startswith(_WRITES):
            self._raise_write(sqlite3.OperationalError(self.fault))
        try:
            return super().execute(sql, parameters)
        except sqlite3.OperationalError as exc:
            self._raise_write(exc)

    def executemany(self, sql: str, parameters: Iterable[Any], /) -> sqlite3.Cursor:  # noqa: D102 - sqlite3 API
        if self.fault is not None:
            self._raise_write(sqlite3.OperationalError(self.fault))
        try:
            return super().executemany(sql, parameters)
        except sqlite3.OperationalError as exc:
            self._raise_write(exc)

    def commit(self) -> None:  # noqa: D102 - sqlite3 API
        try:
            return super().commit()
        except sqlite3.OperationalError as exc:
            self._raise_write(exc)

    def _raise_write(self, exc: sqlite3.OperationalError) -> NoReturn:
        mapped = write_error(exc, self.path)
        if mapped is None:
            raise exc
        log.warning("database write failed: %s", mapped.reason)
        raise mapped from exc
