"""PySide6 reads every module imported after it, looking for its ``__feature__`` switches; this program has none.

PySide6 lets a module opt into snake_case names or true properties (``from __feature__ import
snake_case``). To know which modules did, it hooks every import made after PySide6 itself and reads the
module's source (``inspect.getsource``), the first time it sees each module name, standard library
included. linecache then keeps every line it read: for this window 115 files, about 51,000 lines, some
4 MiB of memory for as long as it runs, and about 15 ms before the first paint.

This program uses no ``__feature__`` switch, so nothing needs reading: the hook records each module as
PySide6 itself would for one that does not switch (0 for the program's own modules, -1, PySide6's
"ignore", for the rest) without opening its file. If PySide6 changes how it does this, nothing is
replaced and everything works as before (tests/test_startup_imports.py then fails on the memory).
"""

from __future__ import annotations

import logging
import sys
from types import ModuleType

log = logging.getLogger(__name__)

OWN_PACKAGE = __name__.partition(".")[0]


def skip_feature_scan() -> bool:
    """Let PySide6 record modules imported from now on without reading them; True if it could."""
    feature = sys.modules.get("PySide6.support.feature")
    table = getattr(feature, "pyside_feature_dict", None)
    if feature is None or not isinstance(table, dict) or not callable(getattr(feature, "feature_imported", None)):
        log.info("PySide6 has no feature scan to skip")
        return False

    def feature_imported(module: ModuleType) -> None:
        name = getattr(module, "__name__", None)  # a module may lack one (PySide6 checks this too)
        if name is not None and name not in table:
            table[name] = 0 if name.partition(".")[0] == OWN_PACKAGE else -1

    feature.feature_imported = feature_imported  # type: ignore[attr-defined]
    return True
