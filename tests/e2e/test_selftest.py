"""`followup-desktop --selftest` in a real process, from the source tree (CI runs it on the bundle too)."""

from .test_command_line import ROOT, run


def test_selftest_passes_and_says_what_it_checked(tmp_path):
    result = run("--selftest", data_dir=tmp_path / "unused", timeout=120)
    assert result.returncode == 0, result.stderr
    for check in ("database", "word", "pdf", "spelling", "bundle", "svg", "selftest passed"):
        assert check in result.stdout
    assert not (tmp_path / "unused").exists()  # it never touches a real data folder


def test_selftest_failure_is_a_message_and_status_1(tmp_path):
    broken = tmp_path / "sitecustomize.py"  # hide the spell checker's package from the child
    broken.write_text("import sys\nsys.modules['spellchecker'] = None\n", encoding="utf-8")
    result = run("--selftest", env={"PYTHONPATH": f"{tmp_path}:{ROOT}"}, timeout=120)
    assert result.returncode == 1
    assert "FAILED  spelling" in result.stderr and "ok  word" in result.stdout
