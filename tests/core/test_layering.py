import subprocess
import sys
from pathlib import Path

import followup_desktop

PACKAGE = Path(followup_desktop.__file__).parent


def _modules(layer):
    return sorted(
        "followup_desktop." + ".".join(p.relative_to(PACKAGE).with_suffix("").parts)
        for p in (PACKAGE / layer).rglob("*.py")
        if p.name != "__init__.py"
    )


def test_core_and_export_never_import_qt():
    modules = _modules("core") + _modules("export")
    assert "followup_desktop.core.store.store" in modules
    code = (
        "import sys\n"
        + "".join(f"import {m}\n" for m in modules)
        + "bad = sorted(m for m in sys.modules if m.startswith('PySide6'))\nprint(bad)\nsys.exit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=PACKAGE.parent)
    assert result.returncode == 0, result.stdout + result.stderr
