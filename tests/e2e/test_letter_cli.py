"""`followup-desktop letter list|export` in a real process: files checked with python-docx and pdftotext."""

import os
import subprocess
import sys

import docx

from followup_desktop.core.store import Store

from ..core.letter_fixtures import fill_interview
from .test_command_line import ROOT, _prepared, run


def _letter(tmp_path, body="Thank you for the talk about the payment queue.\n\nKind regards,\n\nAlex Doe"):
    data = _prepared(tmp_path / "data")
    store = Store.open(data / "followup.sqlite3")
    interview, dana, *_ = fill_interview(store)
    letter = store.letters.add(interview.id, "thank-you", dana.id, "Thanks", "Dear Dana Lee,\n\n" + body)
    store.close()
    return data, letter


def test_list_and_export_docx_and_pdf(tmp_path):
    data, letter = _letter(tmp_path)
    listed = run("letter", "list", data_dir=data)
    assert listed.returncode == 0 and letter.id in listed.stdout and "Acme Robotics" in listed.stdout
    result = run(
        "letter",
        "export",
        letter.id,
        "--docx",
        str(tmp_path / "a.docx"),
        "--pdf",
        str(tmp_path / "a.pdf"),
        data_dir=data,
    )
    assert result.returncode == 0, result.stderr
    text = "\n".join(p.text for p in docx.Document(str(tmp_path / "a.docx")).paragraphs)
    pdf = subprocess.run(["pdftotext", str(tmp_path / "a.pdf"), "-"], capture_output=True, text=True).stdout
    for needle in ("Alex Doe", "Dear Dana Lee,", "payment queue", "Kind regards,"):
        assert needle in text and needle in pdf
    store = Store.open(data / "followup.sqlite3")
    assert [v.reason for v in store.letters.versions(letter.id)].count("export") == 2
    store.close()


def test_errors_are_messages_not_tracebacks(tmp_path):
    data, letter = _letter(tmp_path)
    blocker = tmp_path / "file"
    blocker.write_text("x")
    for status, args in (
        (4, ("letter", "export", "nope", "--docx", str(tmp_path / "x.docx"))),  # no such letter (see --help)
        (1, ("letter", "export", letter.id, "--pdf", str(blocker / "x.pdf"))),
        (1, ("letter", "export", letter.id)),
    ):
        result = run(*args, data_dir=data)
        assert result.returncode == status and result.stderr.strip() and "Traceback" not in result.stderr


def test_hostile_letter_exports(tmp_path):
    data, letter = _letter(tmp_path, "Nul\x00 bell\x07 \u2028 \ufffc שלום 你好 👩‍👩‍👧 " + "word " * 2000)
    result = run(
        "letter",
        "export",
        letter.id,
        "--docx",
        str(tmp_path / "h.docx"),
        "--pdf",
        str(tmp_path / "h.pdf"),
        data_dir=data,
    )
    assert result.returncode == 0, result.stderr


def _modules_loaded_by_export(tmp_path, option, name):
    """The modules `letter export ID --docx/--pdf FILE` loads, read from the real process' -X importtime."""
    data, letter = _letter(tmp_path)
    cmd = [sys.executable, "-X", "importtime", "-m", "followup_desktop", "--data-dir", str(data)]
    cmd += ["letter", "export", letter.id, option, str(tmp_path / name)]
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    result = subprocess.run(cmd, capture_output=True, text=True, timeout=60, env=env, cwd=ROOT)
    assert result.returncode == 0, result.stderr[-2000:]
    assert (tmp_path / name).stat().st_size > 1000
    return {line.rsplit("|", 1)[-1].strip() for line in result.stderr.splitlines() if line.startswith("import time:")}


def test_the_pdf_from_the_command_line_loads_no_window_toolkit(tmp_path):
    loaded = _modules_loaded_by_export(tmp_path, "--pdf", "a.pdf")
    assert "PySide6.QtGui" in loaded
    assert not {"PySide6.QtWidgets", "PySide6.QtPrintSupport"} & loaded
    assert not any(name.startswith("followup_desktop.gui") for name in loaded)


def test_the_word_file_from_the_command_line_loads_no_qt_at_all(tmp_path):
    """export/ uses QtGui only to paint PDFs and printed pages; a .docx is written without Qt."""
    loaded = _modules_loaded_by_export(tmp_path, "--docx", "a.docx")
    assert "docx" in loaded
    assert not [name for name in loaded if name.startswith(("PySide6", "shiboken6"))]
