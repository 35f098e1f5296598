"""Guards against known-bad builds of the Qt binding."""

import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem
from PySide6.QtWidgets import QListWidgetItem


def test_item_set_data_keeps_the_reference_count_of_none(qapp):
    # PySide6 6.12.0 dropped a reference to None on every item setData(); after a few
    # thousand calls Python aborts ("none_dealloc"). pyproject.toml excludes that build.
    before = sys.getrefcount(None)
    for _ in range(500):
        QListWidgetItem().setData(Qt.ItemDataRole.UserRole, "x")
        QStandardItem().setData("y", Qt.ItemDataRole.UserRole)
    assert sys.getrefcount(None) - before > -100
