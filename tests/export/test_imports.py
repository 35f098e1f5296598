"""The export layer must stay importable without Qt and without paying for python-docx."""

import subprocess
import sys


def test_core_modules_do_not_import_qt_or_docx():
    code = (
        "import sys, followup_desktop.core.letters, followup_desktop.core.text, "
        "followup_desktop.export.docx; "
        "assert 'PySide6' not in sys.modules; assert 'docx' not in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
