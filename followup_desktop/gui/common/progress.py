"""A progress dialog for long operations on the whole database (bundle export and import).

The work runs on the GUI thread (an import inside one transaction). The dialog is window-modal
and shown at once, before the first step lets events through, so nothing can be typed into the
window meanwhile (a write then would share the import's fate); it keeps the window painted.
Cancel raises bundle.Cancelled from the next progress step, which rolls the work back.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from followup_desktop.gui.common import texts

PAINT_EVERY_S = 0.05


@contextmanager
def progress_steps(
    parent: QWidget, title: str, label: str, finishing: str = texts.FINISHING
) -> Iterator[Callable[[int, int], None]]:
    """Yield a progress callback (done, total) that updates the dialog and raises Cancelled on Cancel.

    Once every step is done the label says `finishing` for whatever the work does after its last step.
    """
    from followup_desktop.core.bundle import Cancelled

    dialog = QProgressDialog(label, texts.CANCEL, 0, 0, parent)
    dialog.setObjectName("progressDialog")
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.show()  # modal from the start: no keystroke reaches the window until the work is over
    QApplication.processEvents()  # painted before the work's first, silent part (reading the file)
    painted = 0.0

    def step(done: int, total: int) -> None:
        nonlocal painted
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, max(total, 1)))
        if done >= total:
            dialog.setLabelText(finishing)
        if time.monotonic() - painted >= PAINT_EVERY_S:
            painted = time.monotonic()
            QApplication.processEvents()
        if dialog.wasCanceled():
            raise Cancelled()

    try:
        yield step
    finally:
        dialog.hide()
        dialog.deleteLater()
