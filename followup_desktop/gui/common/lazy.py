"""Modules loaded on first use: what only a menu command needs stays out of start-up."""

from __future__ import annotations

import importlib
import sys
from typing import Any


class LazyModule:
    """Stands for a module and imports it when one of its attributes is first read.

    Every read goes to the real module, so a test that monkeypatches the module (the dialog
    seams in gui/common/dialogs.py) is seen here too.
    """

    def __init__(self, name: str) -> None:
        self._name = name

    def __getattr__(self, attr: str) -> Any:
        module = sys.modules.get(self._name) or importlib.import_module(self._name)
        return getattr(module, attr)

    def __repr__(self) -> str:
        return f"<lazy module {self._name!r}>"
