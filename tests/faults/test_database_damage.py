"""Every kind of damage through the command line: the healthy backup survives, nothing is replaced
by a broken copy, nothing crashes, and the message says what is wrong."""

import json
import sqlite3

from followup_desktop.core import backup

from .conftest import backups_and_leftovers, database_files, digest, run


def _edited_notes(path) -> int:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT count(*) FROM notes WHERE text LIKE '% edited'").fetchone()[0]
    finally:
        conn.close()


def test_check_names_the_damage_and_changes_nothing(damaged, data):
    kind, seen = damaged
    before = digest(*database_files(data))
    result = run("check", folder=data.root)
    assert "Traceback" not in result.stderr
    if seen:
        assert result.returncode == 1 and "has problems" in result.stderr, result.stdout
    else:
        assert result.returncode == 0 and "is healthy" in result.stdout, result.stderr
    assert digest(*database_files(data)) == before


def test_backup_of_a_damaged_database_keeps_the_healthy_backup(damaged, data, healthy_backup):
    kind, seen = damaged
    good, before = digest(healthy_backup.path), digest(*database_files(data))
    result = run("backup", folder=data.root)
    assert "Traceback" not in result.stderr
    if seen:
        assert result.returncode == 1 and "No backup was made" in result.stderr
        assert f"The newest healthy backup is {healthy_backup.path}" in result.stderr
        assert backups_and_leftovers(data) == [healthy_backup.path.name]  # nothing added, removed or left over
        assert digest(healthy_backup.path) == good and digest(*database_files(data)) == before
    else:
        assert result.returncode == 0 and "integrity check" in result.stdout
        newest = backup.list_backups(data.backups)[0]
        assert _edited_notes(newest.path) == 600  # the copy holds what the -wal held
    assert all(not backup.backup_problems(b.path) for b in backup.list_backups(data.backups))


def test_export_of_a_damaged_database_says_so(damaged, data, tmp_path):
    kind, seen = damaged
    out = tmp_path / "out.json"
    before = digest(*database_files(data))
    result = run("export", out, folder=data.root)
    assert "Traceback" not in result.stderr
    if seen:
        assert result.returncode == 1 and result.stderr.count("\n") <= 2, result.stderr
        assert any(w in result.stderr for w in ("damaged", "empty (0 bytes)", "another database")), result.stderr
        assert digest(*database_files(data)) == before
    else:
        assert result.returncode == 0, result.stderr
        assert len(json.loads(out.read_text())["applications"]) == 60


def test_letter_list_of_a_damaged_database_never_crashes(damaged, data):
    kind, seen = damaged
    result = run("letter", "list", folder=data.root)
    assert "Traceback" not in result.stderr
    assert (result.returncode, bool(result.stderr.strip())) in ((0, False), (1, True))
    if not seen:
        assert "Thanks" in result.stdout or "thank-you" in result.stdout
