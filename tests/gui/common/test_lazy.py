"""A lazy module imports on first read and always reads the real module (so dialog seams still work)."""

import sys

from followup_desktop.gui.common import dialogs
from followup_desktop.gui.common.lazy import LazyModule


def test_imports_on_first_read(monkeypatch):
    monkeypatch.delitem(sys.modules, "colorsys", raising=False)
    lazy = LazyModule("colorsys")
    assert "colorsys" not in sys.modules
    assert lazy.rgb_to_hsv(1.0, 0.0, 0.0) == (0.0, 1.0, 1.0)
    assert "colorsys" in sys.modules


def test_reads_see_a_monkeypatched_module(monkeypatch):
    lazy = LazyModule("followup_desktop.gui.common.dialogs")
    monkeypatch.setattr(dialogs, "confirm", lambda *args: "patched")
    assert lazy.confirm(None, "t", "x") == "patched"
