"""The program as a user starts it: a real process, a real data folder."""

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def run(*args, data_dir=None, timeout=60, env=None, cwd=ROOT):
    cmd = [sys.executable, "-m", "followup_desktop"]
    if data_dir is not None:
        cmd += ["--data-dir", str(data_dir)]
    full_env = os.environ | {"QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)} | (env or {})
    return subprocess.run(cmd + list(args), capture_output=True, text=True, timeout=timeout, env=full_env, cwd=cwd)


def test_help_documents_the_command_line():
    result = run("--help")
    assert result.returncode == 0
    for word in ("--data-dir", "export", "import", "--version", "FOLLOWUP_DATA_DIR"):
        assert word in result.stdout


def test_version():
    from followup_desktop import __version__

    result = run("--version")
    assert result.returncode == 0 and __version__ in result.stdout


def test_export_then_import_into_another_folder(tmp_path):
    first, second = tmp_path / "one", tmp_path / "two"
    from followup_desktop.core.store import Store

    with_data = Store.open(_prepared(first) / "followup.sqlite3")
    app = with_data.applications.add("Acme", "Engineer")
    with_data.interviews.add(app.id, "Round 1")
    with_data.close()
    out = tmp_path / "bundle.json"
    assert run("export", str(out), data_dir=first).returncode == 0
    result = run("import", str(out), data_dir=second)
    assert result.returncode == 0, result.stderr
    assert "1 applications" in result.stdout and "1 interviews" in result.stdout
    again = tmp_path / "again.json"
    run("export", str(again), data_dir=second)
    a, b = json.loads(out.read_text()), json.loads(again.read_text())
    assert {**a, "exported_at": 0} == {**b, "exported_at": 0}


def _prepared(path):
    path.mkdir(mode=0o700, parents=True)
    return path


def test_invalid_bundle_gives_a_message_and_no_traceback(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "followup-desktop-bundle", "version": 1}')
    result = run("import", str(bad), data_dir=tmp_path / "d")
    assert result.returncode == 1
    assert "not valid" in result.stderr and "Traceback" not in result.stderr


def test_export_to_a_missing_folder_gives_a_message(tmp_path):
    result = run("export", str(tmp_path / "no" / "such" / "x.json"), data_dir=tmp_path / "d")
    assert result.returncode == 1 and "Traceback" not in result.stderr and result.stderr.strip()


def test_data_folder_that_cannot_be_written(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    result = run(data_dir=blocker / "data")
    assert result.returncode == 1
    assert "cannot be created" in result.stderr and "Traceback" not in result.stderr
    assert blocker.read_text() == "not a folder"


def test_read_only_data_folder(tmp_path):
    data = tmp_path / "ro"
    data.mkdir()
    data.chmod(0o500)
    try:
        if os.access(data, os.W_OK):
            pytest.skip("this user can write anywhere (root)")
        result = run(data_dir=data)
        assert result.returncode == 1 and "cannot be written" in result.stderr
    finally:
        data.chmod(0o700)


def test_a_database_that_is_not_sqlite_is_left_untouched(tmp_path):
    data = _prepared(tmp_path / "d")
    db = data / "followup.sqlite3"
    db.write_bytes(b"My important notes, not a database\n" * 50)
    before = db.read_bytes()
    result = run(data_dir=data)
    assert result.returncode == 1
    assert "not an SQLite file" in result.stderr and "Traceback" not in result.stderr
    assert db.read_bytes() == before


def test_a_second_instance_explains_and_exits(tmp_path):
    data = tmp_path / "d"
    script = (
        "import sys; from followup_desktop import app; "
        "from PySide6.QtCore import QTimer; "
        "QTimer.singleShot(0, lambda: print('OPEN', flush=True)); "
        "sys.exit(app.main(['--data-dir', sys.argv[1]]))"
    )
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    first = subprocess.Popen([sys.executable, "-c", script, str(data)], stdout=subprocess.PIPE, text=True, env=env)
    try:
        assert first.stdout.readline().strip() == "OPEN"
        second = run(data_dir=data)
        assert second.returncode == 3
        assert "already open" in second.stderr
    finally:
        first.kill()
        first.wait()
    # the first one died without unlocking: the stale lock is recovered
    third = subprocess.Popen([sys.executable, "-c", script, str(data)], stdout=subprocess.PIPE, text=True, env=env)
    try:
        assert third.stdout.readline().strip() == "OPEN"
    finally:
        third.kill()
        third.wait()


def test_no_traceback_for_unknown_command():
    result = run("frobnicate")
    assert result.returncode == 2 and "invalid choice" in result.stderr


def _with_data(path):
    from followup_desktop.core.store import Store

    store = Store.open(_prepared(path) / "followup.sqlite3")
    store.applications.add("Kept Co")
    store.close()
    return path


def test_backup_check_and_restore(tmp_path):
    data = _with_data(tmp_path / "d")
    result = run("backup", data_dir=data)
    assert result.returncode == 0 and "Backed up to" in result.stdout
    made = next((data / "backups").glob("followup-*.sqlite3"))
    assert run("check", data_dir=data).stdout.startswith("The database")
    (data / "followup.sqlite3").write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)
    (data / "followup.sqlite3-wal").unlink(missing_ok=True)
    bad = run("check", data_dir=data)
    assert bad.returncode == 1 and "has problems" in bad.stderr and "Traceback" not in bad.stderr
    restored = run("restore", str(made), data_dir=data)
    assert restored.returncode == 0, restored.stderr
    assert "previous database was kept" in restored.stdout
    assert run("check", data_dir=data).returncode == 0
    assert len(list(data.glob("followup.sqlite3.before-restore-????????-??????"))) == 1


def test_restore_of_a_file_that_is_not_a_backup(tmp_path):
    data = _with_data(tmp_path / "d")
    junk = tmp_path / "junk.sqlite3"
    junk.write_text("no")
    before = (data / "followup.sqlite3").read_bytes()
    result = run("restore", str(junk), data_dir=data)
    assert result.returncode == 1 and "not a healthy backup" in result.stderr
    assert (data / "followup.sqlite3").read_bytes() == before


def test_check_on_an_empty_folder(tmp_path):
    result = run("check", data_dir=tmp_path / "new")
    assert result.returncode == 0 and "nothing to check" in result.stdout


def test_quitting_leaves_a_backup_and_a_log_without_user_text(tmp_path):
    data = _with_data(tmp_path / "d")
    script = (
        "import sys; from followup_desktop import app; from PySide6.QtCore import QTimer; "
        "from PySide6.QtWidgets import QApplication; qapp = QApplication(sys.argv[:1]); "
        "QTimer.singleShot(1500, qapp.closeAllWindows); "
        "sys.exit(app.main(['--data-dir', sys.argv[1]]))"
    )
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-c", script, str(data)], capture_output=True, text=True, env=env, timeout=60
    )
    assert result.returncode == 0, result.stderr
    made = list((data / "backups").glob("followup-*.sqlite3"))
    assert len(made) == 1  # start-up and quit backups on one day: rotation keeps the newest
    from followup_desktop.core.store import Store

    copy = Store.open(made[0])
    assert [a.company for a in copy.applications.all()] == ["Kept Co"]
    copy.close()
    log = (data / "logs" / "followup.log").read_text()
    assert "started" in log and "Kept Co" not in log
    assert (data / "logs" / "followup.log").stat().st_mode & 0o777 == 0o600


def test_backup_on_the_command_line_keeps_what_the_settings_say(tmp_path):
    import sqlite3

    data = _with_data(tmp_path / "d")
    conn = sqlite3.connect(data / "followup.sqlite3")
    with conn:
        conn.execute(
            "INSERT OR REPLACE INTO settings (key, value, updated_at) VALUES ('backup.daily', '1', ''), "
            "('backup.weekly', '1', '')"
        )
    conn.close()
    (data / "backups").mkdir(exist_ok=True)
    for day in range(1, 15):
        (data / "backups" / f"followup-202001{day:02d}-120000.sqlite3").write_bytes(b"x")
    assert run("backup", data_dir=data).returncode == 0
    assert len(list((data / "backups").glob("followup-*.sqlite3"))) == 1


def test_logging_out_closes_the_window_cleanly(tmp_path):
    """The session's SIGTERM: the window closes as the user would close it, the lock is released."""
    data = tmp_path / "d"
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "followup_desktop", "--data-dir", str(data)],
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    log = data / "logs" / "followup.log"
    try:
        deadline = time.monotonic() + 30
        while not (log.exists() and "started" in log.read_text(encoding="utf-8")):  # after the first paint
            assert proc.poll() is None and time.monotonic() < deadline, "the window did not start"
            time.sleep(0.05)
        proc.send_signal(signal.SIGTERM)
        _, stderr = proc.communicate(timeout=20)
    finally:
        proc.kill()
    assert proc.returncode == 0 and "Traceback" not in stderr, stderr
    assert not (data / "followup.lock").exists()  # a clean close: the next start finds no stale lock
