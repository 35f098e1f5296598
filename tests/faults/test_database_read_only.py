"""Read-only media: check, export and letter list still get the data out, without writing a byte.

Where permissions matter the program runs without root's power to ignore them (see `unprivileged`).
"""

import json
import os
import subprocess

import pytest

from .conftest import ROOT, _killed_writer, digest, run

READERS = [("check",), ("export", "OUT"), ("letter", "list")]


def _listing(folder):
    return sorted((p.name, p.stat().st_size) for p in folder.iterdir())


def _reads_everything(result, command, out, extra=0):
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    if command == "check":
        assert "is healthy" in result.stdout
    elif command == "export":
        assert len(json.loads(out.read_text())["applications"]) == 60 + extra
    else:
        assert "thank-you" in result.stdout


WAL_STATES = {
    "no -wal": lambda data: None,
    "a -wal and -shm left by a crash": lambda data: _killed_writer(data.database, "store.applications.add('Last')"),
    "a -wal left by a crash, no -shm": lambda data: (
        _killed_writer(data.database, "store.applications.add('Last')"),
        data.database.with_name("followup.sqlite3-shm").unlink(),
    ),
}


@pytest.mark.parametrize("state", list(WAL_STATES), ids=lambda s: s.replace(" ", "-"))
@pytest.mark.parametrize("command", READERS, ids=lambda c: c[0])
def test_a_folder_that_cannot_be_written(data, tmp_path, unprivileged, state, command):
    WAL_STATES[state](data)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    unprivileged.give(data.root, out_dir)
    files = [p for p in data.root.iterdir() if not p.name.endswith("-shm")]  # -shm: SQLite's scratch index
    before, listing = digest(*files), _listing(data.root)
    data.root.chmod(0o500)
    try:
        args = [out_dir / "out.json" if a == "OUT" else a for a in command]
        result = unprivileged.run(*args, folder=data.root)
    finally:
        data.root.chmod(0o700)
    _reads_everything(result, command[0], out_dir / "out.json", extra=0 if state == "no -wal" else 1)
    assert digest(*files) == before and _listing(data.root) == listing


@pytest.mark.parametrize("command", READERS, ids=lambda c: c[0])
def test_a_read_only_database_file(data, tmp_path, unprivileged, command):
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    unprivileged.give(data.root, out_dir)
    data.database.chmod(0o400)
    before = digest(data.database)
    args = [out_dir / "out.json" if a == "OUT" else a for a in command]
    _reads_everything(unprivileged.run(*args, folder=data.root), command[0], out_dir / "out.json")
    assert digest(data.database) == before


def test_writing_to_a_read_only_database_file_says_which_file(data, tmp_path, unprivileged):
    bundle = tmp_path / "in.json"
    assert run("export", bundle, folder=data.root).returncode == 0
    unprivileged.give(data.root, tmp_path)
    data.database.chmod(0o400)
    before = digest(data.database)
    result = unprivileged.run("import", bundle, folder=data.root)
    assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
    assert "the database file is read-only" in result.stderr and "writable" in result.stderr
    assert "on screen" not in result.stderr and "keep typing" not in result.stderr
    assert "data folder" not in result.stderr  # the folder is writable: the file is what refuses
    assert digest(data.database) == before


WINDOW = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel
from followup_desktop import app

qapp = QApplication(sys.argv[:1])
def report():
    window = next(w for w in qapp.topLevelWidgets() if w.objectName() == "mainWindow")
    banner = window.findChild(QLabel, "readOnlyBanner")
    print("BANNER", banner.text() if banner else None, len(window.store.applications.all()), flush=True)
    qapp.closeAllWindows()
QTimer.singleShot(1500, report)
sys.exit(app.main(["--data-dir", sys.argv[1]]))
"""


def test_the_window_opens_a_read_only_database_for_reading(data, unprivileged):
    unprivileged.give(data.root)
    data.database.chmod(0o400)
    before = digest(data.database)
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [*unprivileged.prefix, os.sys.executable, "-c", WINDOW, str(data.root)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    assert "BANNER Read only: the database file is read-only; changes are not saved 60" in result.stdout
    assert "Traceback" not in result.stderr and digest(data.database) == before


@pytest.fixture
def mounted(tmp_path):
    """A small tmpfs of our own (root only): read-only or full disks are real, not simulated."""
    point = tmp_path / "disk"
    point.mkdir()
    if (
        subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=3m,mode=0700", "tmpfs", str(point)], capture_output=True
        ).returncode
        != 0
    ):
        pytest.skip("mounting a tmpfs is not permitted here; the unprivileged tests above cover the same reads")
    yield point
    subprocess.run(["umount", "-l", str(point)], check=False)


@pytest.mark.parametrize("command", READERS, ids=lambda c: c[0])
def test_a_read_only_disk(data, tmp_path, mounted, command):
    folder = mounted / "data"
    subprocess.run(["cp", "-a", str(data.root), str(folder)], check=True)
    subprocess.run(["mount", "-o", "remount,ro", str(mounted)], check=True)
    args = [tmp_path / "out.json" if a == "OUT" else a for a in command]
    _reads_everything(run(*args, folder=folder), command[0], tmp_path / "out.json")
    backup = run("backup", folder=folder)
    assert backup.returncode == 1 and "cannot be written" in backup.stderr and "Traceback" not in backup.stderr


@pytest.mark.parametrize("command", READERS, ids=lambda c: c[0])
def test_a_full_disk(data, tmp_path, mounted, command):
    folder = mounted / "data"
    subprocess.run(["cp", "-a", str(data.root), str(folder)], check=True)
    with open(mounted / "filler", "wb") as fh:  # fill the disk to the last byte
        try:
            while True:
                fh.write(b"\0" * 65536)
                fh.flush()
        except OSError:
            pass
    args = [tmp_path / "out.json" if a == "OUT" else a for a in command]
    _reads_everything(run(*args, folder=folder), command[0], tmp_path / "out.json")
    backup = run("backup", folder=folder)
    assert backup.returncode == 1 and "free some space" in backup.stderr and "Traceback" not in backup.stderr


def test_the_window_on_a_folder_that_cannot_be_written_says_how_to_read(data, unprivileged):
    """It needs its lock file, logs and backups there: it refuses, and names the commands that still read."""
    unprivileged.give(data.root)
    data.root.chmod(0o500)
    try:
        result = unprivileged.run(folder=data.root)
    finally:
        data.root.chmod(0o700)
    assert result.returncode == 1 and "cannot be written" in result.stderr and "Traceback" not in result.stderr
    assert "export FILE.json" in result.stderr
