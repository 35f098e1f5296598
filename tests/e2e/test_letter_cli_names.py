"""`letter export ID --docx/--pdf` without a path (or with a folder): a well-named new file, never one
that replaces another."""

import re
import subprocess
import sys
import unicodedata
from dataclasses import replace

import docx
import pytest

from followup_desktop import app
from followup_desktop.core.store import Store

from ..core.letter_fixtures import fill_interview
from .test_command_line import ROOT, _prepared, run

NAME = re.compile(r"Acme Robotics - Head of Platform - thank-you - \d{4}-\d{2}-\d{2}( \(\d+\))?\.(docx|pdf)")


def _letter(tmp_path, company="Acme Robotics"):
    data = _prepared(tmp_path / "data")
    store = Store.open(data / "followup.sqlite3")
    interview, dana, *_ = fill_interview(store, with_challenges=False)
    if company != "Acme Robotics":
        store.applications.update(interview.application_id, company=company)
    letter = store.letters.add(interview.id, "thank-you", dana.id, "Thanks", "Dear Dana Lee,\n\nThe payment queue.")
    store.close()
    return data, letter


def _words(path):
    if path.suffix == ".pdf":
        return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return "\n".join(p.text for p in docx.Document(str(path)).paragraphs)


def _export(data, letter, *args, capsys):
    status = app.main(["--data-dir", str(data), "letter", "export", letter.id, *args])
    return status, capsys.readouterr()


def test_without_a_path_both_files_go_to_the_current_folder(tmp_path):
    data, letter = _letter(tmp_path)
    here = tmp_path / "here"
    here.mkdir()
    result = run("letter", "export", letter.id[:8], "--docx", "--pdf", data_dir=data, cwd=here)
    assert result.returncode == 0, result.stderr
    files = sorted(here.iterdir())
    assert [f.suffix for f in files] == [".docx", ".pdf"] and all(NAME.fullmatch(f.name) for f in files)
    assert files[0].stem == files[1].stem
    for path in files:
        assert "The payment queue." in _words(path) and f"Wrote {path}." in result.stdout
    store = Store.open(data / "followup.sqlite3")
    assert [v.reason for v in store.letters.versions(letter.id)] == ["export", "export"]
    store.close()


def test_a_taken_name_gets_a_number_and_the_older_file_is_left_alone(tmp_path, monkeypatch, capsys):
    data, letter = _letter(tmp_path)
    monkeypatch.chdir(tmp_path)
    assert _export(data, letter, "--docx", capsys=capsys)[0] == 0
    (first,) = tmp_path.glob("*.docx")
    first.write_bytes(b"my own edits")  # the user's file now, whatever its name says
    for number in (2, 3):
        status, printed = _export(data, letter, "--docx", capsys=capsys)
        copy = first.with_name(f"{first.stem} ({number}).docx")
        assert status == 0 and "The payment queue." in _words(copy)
        assert printed.out == f"Wrote {copy} (a file named {first.name} was already there and was left as it was).\n"
    assert first.read_bytes() == b"my own edits"


def test_a_folder_as_the_path(tmp_path, capsys):
    data, letter = _letter(tmp_path)
    folder = tmp_path / "letters"
    folder.mkdir()
    status, printed = _export(data, letter, "--docx", str(folder), capsys=capsys)
    (made,) = folder.iterdir()
    assert status == 0 and NAME.fullmatch(made.name) and "The payment queue." in _words(made)
    assert printed.out == f"Wrote {made}.\n"
    assert _export(data, letter, "--docx", str(tmp_path / "none") + "/", capsys=capsys)[0] == 1


def test_a_named_file_that_exists_is_replaced_and_the_message_says_so(tmp_path, capsys):
    data, letter = _letter(tmp_path)
    target = tmp_path / "mine.docx"
    target.write_bytes(b"older")
    status, printed = _export(data, letter, "--docx", str(target), capsys=capsys)
    assert status == 0 and printed.out == f"Wrote {target}, replacing the older file.\n"
    assert "The payment queue." in _words(target)


HOSTILE_COMPANIES = [
    'A/B\\C: "R&D" <x>|?*',
    "\u202eexe.Acme\u200b\x1b[31m",
    "CON",
    "Ａｃｍｅ 株式会社 " * 40,  # over the length a file name may have
    "...  ",
]


@pytest.mark.parametrize("company", HOSTILE_COMPANIES)
def test_the_name_is_safe_on_every_system(tmp_path, monkeypatch, capsys, company):
    data, letter = _letter(tmp_path, company=company)
    monkeypatch.chdir(tmp_path)
    status, printed = _export(data, letter, "--docx", capsys=capsys)
    (made,) = tmp_path.glob("*.docx")
    name = made.name
    assert status == 0 and "The payment queue." in _words(made)
    assert not set('/\\:*?"<>|') & set(name) and not name.rstrip(".docx").endswith((".", " "))
    assert all(unicodedata.category(c) not in ("Cc", "Cf") for c in name)
    assert len(name) <= 120 and len(name.encode()) <= 240 and not name.upper().startswith("CON.")
    assert re.search(r"(^| - )Head of Platform - thank-you - \d{4}-\d{2}-\d{2}\.docx$", name)  # whatever the company
    assert not name.startswith(("-", ".", " "))


def test_when_every_numbered_name_is_taken_nothing_is_written(tmp_path, monkeypatch, capsys):
    data, letter = _letter(tmp_path)
    monkeypatch.chdir(tmp_path)
    _export(data, letter, "--docx", capsys=capsys)
    (first,) = tmp_path.glob("*.docx")
    for number in range(2, 101):
        first.with_name(f"{first.stem} ({number}).docx").write_bytes(b"taken")
    status, printed = _export(data, letter, "--docx", capsys=capsys)
    assert status == 1 and "99 numbered copies" in printed.err and "--docx PATH" in printed.err
    assert len(list(tmp_path.glob("*.docx"))) == 100


def test_a_failed_export_leaves_no_empty_file(tmp_path, monkeypatch, capsys):
    data, letter = _letter(tmp_path)
    letterhead = tmp_path / "letterhead.docx"
    letterhead.write_text("not a Word file")
    store = Store.open(data / "followup.sqlite3")
    store.settings.save_letter_prefs(replace(store.settings.letter_prefs(), letterhead=str(letterhead)))
    store.close()
    out = tmp_path / "out"
    out.mkdir()
    status, printed = _export(data, letter, "--docx", str(out), capsys=capsys)
    assert status == 1 and "letterhead" in printed.err and "left as it was" not in printed.err
    assert list(out.iterdir()) == []


def test_two_exports_at_once_never_share_a_name(tmp_path):
    data, letter = _letter(tmp_path)
    here = tmp_path / "here"
    here.mkdir()
    cmd = [sys.executable, "-m", "followup_desktop", "--data-dir", str(data), "letter", "export", letter.id, "--docx"]
    env = {"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}
    procs = [subprocess.Popen(cmd, cwd=here, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE) for _ in range(4)]
    assert [p.wait(timeout=60) for p in procs] == [0, 0, 0, 0]
    made = sorted(here.iterdir())
    assert len(made) == 4 and all("The payment queue." in _words(p) for p in made)
