"""Importing the export layer loads neither the window's toolkit (QtWidgets) nor python-docx.

Rules import-linter cannot state (tests/test_architecture.py): one module of PySide6, and an
import that is there but must wait until the first export.
"""

import pkgutil
import subprocess
import sys

import followup_desktop.export


def test_the_export_modules_load_no_qt_widgets_and_no_docx():
    modules = [m.name for m in pkgutil.iter_modules(followup_desktop.export.__path__, "followup_desktop.export.")]
    # docx_render and the modules it uses import python-docx itself, on the first export
    modules = [m for m in modules if not m.startswith("followup_desktop.export.docx_")]
    assert "followup_desktop.export.docx" in modules
    modules += ["followup_desktop.core.letters.layout", "followup_desktop.core.text.markdown"]  # what they render
    code = (
        "import sys\n"
        + "".join(f"import {m}\n" for m in modules)
        + "assert 'PySide6.QtWidgets' not in sys.modules, 'QtWidgets'\nassert 'docx' not in sys.modules, 'docx'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
