"""The only place that runs SQL: Store opens the database, migrates it and hands out one repository
per domain (store.applications, store.notes, store.letters, ...), which return dataclasses."""

from followup_desktop.core.store.errors import (
    CannotWriteError,
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
)
from followup_desktop.core.store.store import Store

__all__ = [
    "CannotWriteError",
    "ForeignDatabaseError",
    "NewerSchemaError",
    "NotADatabaseError",
    "NotARegularFileError",
    "NotFoundError",
    "Store",
    "StoreError",
    "TooLongError",
    "ValidationError",
    "WalMismatchError",
    "WriteError",
]
