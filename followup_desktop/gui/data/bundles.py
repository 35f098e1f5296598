"""File ▸ Export everything and Import bundle: the whole database as one JSON bundle, with progress."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from followup_desktop.core.store import StoreError
from followup_desktop.gui.common.lazy import LazyModule
from followup_desktop.gui.data import texts

dialogs = LazyModule("followup_desktop.gui.common.dialogs")  # loaded when the first dialog opens


class BundleCommands(QObject):
    """Export and import everything; `flush` writes the panes' pending edits first."""

    changed = Signal()  # an import merged data in (or was stopped): list everything again
    message = Signal(str)

    def __init__(self, parent, store, flush) -> None:
        super().__init__(parent)
        self.parent_widget, self.store, self.flush = parent, store, flush

    def export_bundle(self) -> None:
        path = dialogs.ask_save_path(
            self.parent_widget, texts.EXPORT_TITLE, texts.BUNDLE_FILE, texts.BUNDLE_FILTER, kind="bundles"
        )
        if not path:
            return
        from followup_desktop.core import bundle

        try:
            written = self._with_progress(
                texts.EXPORT_TITLE,
                texts.EXPORTING,
                texts.EXPORT_SAVING,
                texts.EXPORT_CANCELLED,
                lambda step: bundle.write_bundle(self.store, path, step),
            )
        except (StoreError, OSError) as exc:
            from followup_desktop.core.files import WriteFailed  # its words name the file and say why

            if isinstance(exc, (StoreError, WriteFailed)):
                text = str(exc)
            else:
                text = texts.FILE_ERROR.format(path=path, reason=exc.strerror or exc)
            dialogs.show_error(self.parent_widget, texts.EXPORT_FAILED, text)
            return
        if written:
            self.message.emit(texts.EXPORTED.format(path=path))

    def import_bundle(self) -> None:
        path = dialogs.ask_open_path(self.parent_widget, texts.IMPORT_TITLE, texts.BUNDLE_FILTER, kind="bundles")
        if not path:
            return
        from followup_desktop.core import bundle

        try:
            report = self._with_progress(
                texts.IMPORT_TITLE,
                texts.IMPORTING,
                texts.IMPORT_SAVING,
                texts.IMPORT_CANCELLED,
                lambda step: bundle.import_file(self.store, path, step),
            )
        except (bundle.BundleError, StoreError) as exc:
            dialogs.show_error(self.parent_widget, texts.IMPORT_FAILED, texts.IMPORT_FAILED_TEXT.format(error=exc))
            return
        finally:
            self.changed.emit()
        if report:
            self.message.emit(report.summary())

    def _with_progress(self, title: str, label: str, finishing: str, cancelled: str, work):
        """Save the panes, then run work(step) under a progress dialog; None (and says so) if cancelled."""
        from followup_desktop.core.bundle import Cancelled
        from followup_desktop.gui.common.progress import progress_steps

        self.flush()
        try:
            with progress_steps(self.parent_widget, title, label, finishing) as step:
                return work(step)
        except Cancelled:
            self.message.emit(cancelled)
            return None
