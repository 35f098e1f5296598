"""Something other than an ordinary file where the database goes: a clear message, no hang, no traceback."""

import os
import shutil

import pytest

from followup_desktop import app as app_module
from followup_desktop.core import backup
from followup_desktop.paths import DataPaths

from .conftest import run


def fifo(data):
    os.mkfifo(data.database)


def link_to_nowhere(data):
    os.symlink(data.root.parent / "unplugged-drive" / "followup.sqlite3", data.database)


def folder(data):
    data.database.mkdir()


def fifo_as_its_wal(data):
    os.mkfifo(data.database.with_name("followup.sqlite3-wal"))


KINDS = {
    "a named pipe (FIFO)": (fifo, "named pipe"),
    "a link to nowhere": (link_to_nowhere, "does not exist"),
    "a folder": (folder, "a folder"),
    "a FIFO as its -wal": (fifo_as_its_wal, "named pipe"),
}


@pytest.fixture(params=list(KINDS), ids=lambda k: k.replace(" ", "-"))
def odd(request, tmp_path, template):
    root = tmp_path / "data"
    root.mkdir(mode=0o700)
    data = DataPaths(root)
    make, words = KINDS[request.param]
    if make is fifo_as_its_wal:
        shutil.copyfile(template, data.database)
    make(data)
    return data, words


@pytest.mark.parametrize(
    "command",
    [("check",), ("export", "out.json"), ("backup",), ("letter", "list"), ("import", "in.json"), ()],
    ids=lambda c: c[0] if c else "window",
)
def test_a_clear_message_and_no_hang(odd, tmp_path, command):
    data, words = odd
    (tmp_path / "in.json").write_text('{"format": "followup-desktop-bundle", "version": 1, "applications": []}')
    args = [tmp_path / a if a.endswith(".json") else a for a in command]
    result = run(*args, folder=data.root, timeout=30)  # a hang fails here instead of blocking
    assert result.returncode == 1, (result.stdout, result.stderr)
    assert words in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "out.json").exists() and os.path.lexists(data.database)


def test_the_window_says_so(odd, monkeypatch):
    data, words = odd
    shown = []
    monkeypatch.setattr(app_module, "_startup_error", lambda title, text: shown.append(text) or 1)
    assert app_module._open_window(data) is None
    assert words in shown[0]


def test_check_does_not_take_a_dangling_link_for_no_database(tmp_path):
    data = DataPaths(tmp_path)
    link_to_nowhere(data)
    result = run("check", folder=tmp_path)
    assert result.returncode == 1 and "nothing to check" not in result.stdout and "does not exist" in result.stderr


def test_backup_checks_say_so_without_reading(tmp_path):
    data = DataPaths(tmp_path)
    fifo(data)
    assert "named pipe" in backup.integrity_problems(data.database)[0]
    with pytest.raises(backup.UnhealthyDatabaseError, match="named pipe"):
        backup.make_backup(data.database, data.backups, backup.datetime.now(backup.UTC))
