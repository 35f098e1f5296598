"""File ▸ Export everything and Import bundle: the whole database as one JSON bundle, with progress."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from followup_desktop.core.store import StoreError
from followup_desktop.gui.common.lazy import LazyModule

dialogs = LazyModule("followup_desktop.gui.common.dialogs")  # loaded when the first dialog opens

EXPORT_TITLE = "Export everything"
IMPORT_TITLE = "Import bundle"
BUNDLE_FILE = "followup-bundle.json"
BUNDLE_FILTER = "JSON bundle (*.json)"


class BundleCommands(QObject):
    """Export and import everything; `flush` writes the panes' pending edits first."""

    changed = Signal()  # an import merged data in (or was stopped): list everything again
    message = Signal(str)

    def __init__(self, parent, store, flush) -> None:
        super().__init__(parent)
        self.parent_widget, self.store, self.flush = parent, store, flush

    def export_bundle(self) -> None:
        path = dialogs.ask_save_path(self.parent_widget, EXPORT_TITLE, BUNDLE_FILE, BUNDLE_FILTER, kind="bundles")
        if not path:
            return
        from followup_desktop.core import bundle

        try:
            written = self._with_progress(
                EXPORT_TITLE,
                "Writing every application to the bundle…",
                "Saving the file…",
                "Export cancelled; no file was written.",
                lambda step: bundle.write_bundle(self.store, path, step),
            )
        except (StoreError, OSError) as exc:
            from followup_desktop.core.files import WriteFailed  # its words name the file and say why

            text = str(exc) if isinstance(exc, (StoreError, WriteFailed)) else f"{path}: {exc.strerror or exc}"
            dialogs.show_error(self.parent_widget, "The export failed", text)
            return
        if written:
            self.message.emit(f"Exported everything to {path}.")

    def import_bundle(self) -> None:
        path = dialogs.ask_open_path(self.parent_widget, IMPORT_TITLE, BUNDLE_FILTER, kind="bundles")
        if not path:
            return
        from followup_desktop.core import bundle

        try:
            report = self._with_progress(
                IMPORT_TITLE,
                "Reading and merging the applications…",
                "Updating the search index and saving…",
                "Import cancelled; nothing was changed.",
                lambda step: bundle.import_file(self.store, path, step),
            )
        except (bundle.BundleError, StoreError) as exc:
            dialogs.show_error(self.parent_widget, "The bundle was not imported", f"{exc}\n\nNothing was changed.")
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
