"""Commands that write through a dialog's form: say why the disk refused, and ask again with what was typed."""

from __future__ import annotations

from collections.abc import Callable

from followup_desktop.core.store import StoreError
from followup_desktop.core.store.errors import WriteError
from followup_desktop.gui.common import texts
from followup_desktop.gui.common.lazy import LazyModule
from followup_desktop.gui.common.write_failures import failure_text, log_failure

dialogs = LazyModule("followup_desktop.gui.common.dialogs")  # loaded when the first dialog opens


class KeepEditing(Exception):
    """The user declined what saving a form would do; the form opens again as typed."""


def guarded(parent, tell: Callable[[str], None], title: str, fn, *args):
    """Run a store operation; on a known failure show why (dialog, and `tell` for the status bar); None then."""
    try:
        return fn(*args)
    except (StoreError, OSError) as exc:
        text = str(exc)
        if isinstance(exc, StoreError):
            log_failure(title, exc)
            text = failure_text(texts.NOTHING_CHANGED, exc) if isinstance(exc, WriteError) else text
        dialogs.show_error(parent, title, text)
        tell(text)
        return None


def ask_and_save(parent, title: str, ask, save, initial=None):
    """A form dialog, then its write; when the disk refuses, say why and ask again with what was typed."""
    while (form := ask(initial)) is not None:
        try:
            return save(form)
        except KeepEditing:
            initial = form  # the user chose to look again: the form opens with what was typed
        except WriteError as exc:
            log_failure(title, exc)
            dialogs.show_error(parent, title, texts.OPENS_AGAIN.format(failure=failure_text(texts.NOT_SAVED, exc)))
            initial = form
        except StoreError as exc:
            dialogs.show_error(parent, title, str(exc))
            return None
    return None
