"""Plain words for a command whose write the store refused (disk full, read-only, locked, invalid).

Autosaving fields keep their text and retry on their own; a command (add, delete, move, tick,
a dialog's OK) tells the user it did not happen, why, and what to do, and leaves the view as
the database is.
"""

from __future__ import annotations

import logging

from followup_desktop.core.store.errors import StoreError, WriteError
from followup_desktop.gui.common import texts

log = logging.getLogger(__name__)


def failure_text(what: str, exc: StoreError) -> str:
    """'<what>: the disk is full. Nothing was lost; free some space, then try again.'"""
    if isinstance(exc, WriteError):
        return texts.FAILURE.format(what=what, reason=exc.reason, advice=exc.advice)
    return texts.FAILURE_PLAIN.format(what=what, error=exc)


def log_failure(what: str, exc: StoreError) -> None:
    """Log a refused command by its kind of failure only (never the user's words)."""
    log.warning("%s: %s", what, getattr(exc, "reason", type(exc).__name__))
