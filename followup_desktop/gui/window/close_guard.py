"""Closing with typed text the store refused: try again, keep it in a text file, or discard it by choice."""

from __future__ import annotations

import logging

from followup_desktop.gui.common.lazy import LazyModule
from followup_desktop.gui.window import texts

dialogs = LazyModule("followup_desktop.gui.common.dialogs")
log = logging.getLogger(__name__)


def unsaved_text_handled(window, unsaved_texts, flush, reason, now: str) -> bool:
    """True when nothing typed would be lost by closing (saved, kept in a file, or discarded by choice).

    `unsaved_texts()` lists (what, text) the store refused; `flush()` tries to write it again;
    `reason()` says why the last write failed.
    """
    while texts_ := unsaved_texts():
        choice = dialogs.ask_unsaved_on_close(window, [what for what, _ in texts_], reason())
        if choice == "cancel":
            return False
        if choice == "discard":
            log.warning("closed with %d unsaved text(s) discarded by the user", len(texts_))
            return True
        if choice == "save" and _save_to_file(window, texts_, now):
            return True
        flush()  # "retry", or the file was not written: try the database again
    return True


def _save_to_file(window, unsaved: list[tuple[str, str]], now: str) -> bool:
    from followup_desktop.core.clock import to_local
    from followup_desktop.core.files import write_text_file

    path = dialogs.ask_save_path(window, texts.SAVE_UNSAVED_TITLE, texts.UNSAVED_FILE, texts.TEXT_FILES)
    if not path:
        return False
    parts = [texts.UNSAVED_HEADING.format(when=to_local(now))]
    parts += [f"== {what} ==\n{text}" for what, text in unsaved]
    try:
        write_text_file(path, "\n\n".join(parts) + "\n")
    except OSError as exc:
        dialogs.show_error(window, texts.NOT_WRITTEN, f"{path}: {exc.strerror or exc}")
        return False
    return True
