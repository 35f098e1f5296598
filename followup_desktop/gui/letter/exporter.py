"""The Letter pane's way out: Export to Word, Export PDF, Print and Print preview.

Everything is rendered from the stored letter's LetterLayout (never from the editor's
document, so spell-check underlines stay on screen). A failed export never touches the
letter; a successful one records a version ("export") and remembers the folder.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction

from followup_desktop.core.letters import export as letter_export
from followup_desktop.core.store.errors import StoreError, WriteError
from followup_desktop.gui.common import dialogs
from followup_desktop.gui.common.tab_shortcuts import ShortcutsWhileShown
from followup_desktop.gui.common.widgets import make_action
from followup_desktop.gui.letter import texts

log = logging.getLogger(__name__)


class LetterExporter(QObject):
    """Owns the export and print actions of the Letter pane (`pane`): the letter `session` shows, as the
    `composer` shows it (its pending text stored first through the `autosaver`)."""

    status = Signal(str)
    changed = Signal(str)  # interview id: a version of the letter was recorded

    def __init__(self, pane, session, composer, autosaver, checking) -> None:
        super().__init__(pane)
        self.pane, self.session, self.composer, self.autosaver = pane, session, composer, autosaver
        self.checking = checking  # asks before a letter with errors goes out
        self.action_docx = self._action("actionExportDocx", texts.EXPORT_WORD, self.export_docx, "Ctrl+Shift+E")
        self.action_pdf = self._action("actionExportPdf", texts.EXPORT_PDF, self.export_pdf, None)
        self.action_print = self._action("actionPrint", texts.PRINT, self.print_letter, None)
        self.action_preview = self._action("actionPrintPreview", texts.PREVIEW, self.preview, None)
        # The Plan pane prints with the same keys; they follow the tab shown (tab_shortcuts).
        ShortcutsWhileShown(pane, [(self.action_print, "Ctrl+P"), (self.action_pdf, "Ctrl+Shift+P")])

    def _action(self, name: str, words: tuple[str, str], slot, shortcut: str | None) -> QAction:
        text, tip = words
        return make_action(self.pane, name, text, slot, shortcut, tip)

    @property
    def actions(self) -> list[QAction]:
        """Word, PDF, print, preview: in the Letter menu's order."""
        return [self.action_docx, self.action_pdf, self.action_print, self.action_preview]

    def set_enabled(self, enabled: bool) -> None:
        """Actions work only with a letter open."""
        for action in self.actions:
            action.setEnabled(enabled)

    # ------------------------------------------------------------------ helpers
    @property
    def store(self):
        return self.session.store

    def _layout(self):
        self.autosaver.flush()  # store what is on screen; if the disk refuses, export it all the same
        return letter_export.layout_for(self.store, self.session.shown(*self.composer.text()))

    def _ask_target(self, ext: str, title: str, file_filter: str) -> Path | None:
        name = letter_export.proposed_name(self.store, self.session.letter, ext)
        answer = dialogs.ask_save_path(
            self.pane, title, name, file_filter, confirm_overwrite=False, kind="letters" if ext == "docx" else "pdf"
        )
        if not answer:
            return None
        path = Path(answer)
        if path.suffix.lower() != f".{ext}":
            path = path.with_name(path.name + f".{ext}")
        if path.exists() and not dialogs.confirm(
            self.pane,
            texts.REPLACE_TITLE,
            texts.REPLACE_QUESTION.format(name=path.name, folder=path.parent),
            texts.REPLACE_OK,
        ):
            return None
        return path

    def _exported(self, path: Path, ext: str) -> None:
        letter = self.session.letter
        try:
            self.session.keep_version("export")
        except StoreError as exc:  # the file is written; only the record of it is missing
            log.warning("recording an export failed: %s", type(exc).__name__)
            reason = exc.reason if isinstance(exc, WriteError) else str(exc)
            self.status.emit(texts.SAVED_NOT_KEPT[ext].format(path=path, reason=reason))
            return
        self.status.emit(texts.SAVED_TO[ext].format(path=path))
        self.changed.emit(letter.interview_id)

    # ------------------------------------------------------------------ commands
    def export_docx(self) -> None:
        """Export to Word, on the letterhead from the settings; a bad letterhead stops before writing."""
        if not self.session.letter:
            return
        from followup_desktop.export.docx import ExportError, LetterheadError, check_letterhead, write_docx

        letterhead = letter_export.letterhead(self.store)
        try:
            if letterhead is not None:
                check_letterhead(letterhead)
        except LetterheadError as exc:
            dialogs.show_error(self.pane, texts.BAD_LETTERHEAD_TITLE, texts.BAD_LETTERHEAD.format(error=exc))
            return
        if not self.checking.ready_to_send(texts.EXPORT_ANYWAY):
            return
        path = self._ask_target("docx", texts.WORD_TITLE, texts.WORD_FILTER)
        if path is None:
            return
        try:
            write_docx(self._layout(), path, letterhead)
        except ExportError as exc:
            dialogs.show_error(self.pane, texts.WORD_FAILED, str(exc))
            return
        self._exported(path, "docx")

    def export_pdf(self) -> bool:
        """Save the letter as a PDF (temporary file beside the target, then renamed); True once saved."""
        if not self.session.letter:
            return False
        from followup_desktop.export import pdf

        if not self.checking.ready_to_send(texts.EXPORT_ANYWAY):
            return False
        path = self._ask_target("pdf", texts.PDF_TITLE, texts.PDF_FILTER)
        if path is None:
            return False
        try:
            pdf.write_pdf(pdf.letter_printable(self._layout()), path)
        except OSError as exc:
            reason = texts.NOT_A_FOLDER if path.parent.is_file() else exc.strerror or exc
            dialogs.show_error(
                self.pane,
                texts.PDF_FAILED,
                texts.PDF_NOT_SAVED.format(name=path.name, folder=path.parent, reason=reason),
            )
            return False
        self._exported(path, "pdf")
        return True

    def _printable_or_pdf(self):
        """The letter for the printer; None (after offering a PDF) when no printer is installed."""
        from followup_desktop.export import pdf
        from followup_desktop.gui.common import printers

        if not self.session.letter or not self.checking.ready_to_send(texts.PRINT_ANYWAY):
            return None
        if not printers.printers_available():
            if dialogs.confirm(self.pane, texts.NO_PRINTER_TITLE, texts.NO_PRINTER, texts.SAVE_AS_PDF):
                self.export_pdf()
            return None
        return pdf.letter_printable(self._layout())

    def print_letter(self) -> None:
        """The system print dialog, then print."""
        printable = self._printable_or_pdf()
        if printable is not None and dialogs.print_document(self.pane, printable, printable.title):
            self.status.emit(texts.PRINTED)

    def preview(self) -> None:
        """Print preview, with or without a printer; the user prints or saves a PDF from there."""
        from followup_desktop.export import pdf

        if self.session.letter:
            printable = pdf.letter_printable(self._layout())
            dialogs.print_preview(self.pane, printable, printable.title, save_pdf=self.export_pdf)
