"""PySide6 records the modules imported after it without reading them (the program has no __feature__ switch)."""

import linecache
import sys
import types

import PySide6.QtCore  # noqa: F401 - PySide6 installs its import hook here

from followup_desktop.gui.common import feature_scan


def test_a_module_imported_later_is_recorded_unread(tmp_path, monkeypatch):
    (tmp_path / "later_module_for_scan.py").write_text("from PySide6.QtCore import QObject\n\nVALUE = 1\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    assert feature_scan.skip_feature_scan()
    module = __import__("later_module_for_scan")  # an import statement: PySide6 hooks __import__
    assert module.VALUE == 1
    assert sys.modules["PySide6.support.feature"].pyside_feature_dict["later_module_for_scan"] == -1
    assert not any("later_module_for_scan" in name for name in linecache.cache)


def test_the_programs_own_modules_are_recorded_as_using_pyside(monkeypatch):
    feature = sys.modules["PySide6.support.feature"]
    assert feature_scan.skip_feature_scan()
    for name in ("followup_desktop.gui.not_yet_seen", "not_the_program.not_yet_seen"):
        monkeypatch.delitem(feature.pyside_feature_dict, name, raising=False)
        feature.feature_imported(types.ModuleType(name))  # what PySide6 calls after each import statement
    assert feature.pyside_feature_dict["followup_desktop.gui.not_yet_seen"] == 0
    assert feature.pyside_feature_dict["not_the_program.not_yet_seen"] == -1


def test_without_pysides_scan_nothing_is_replaced(monkeypatch):
    monkeypatch.setitem(sys.modules, "PySide6.support.feature", types.ModuleType("PySide6.support.feature"))
    assert feature_scan.skip_feature_scan() is False
