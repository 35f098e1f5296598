"""The README's two commands are the project's contract with a new machine and with CI."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _code_lines():
    blocks = re.findall(r"```[a-z]*\n(.*?)```", (ROOT / "README.md").read_text(encoding="utf-8"), re.S)
    return [line.strip() for block in blocks for line in block.splitlines() if line.strip()]


def test_ci_runs_the_readme_test_command_verbatim():
    test_command = next(line for line in _code_lines() if "pytest" in line)
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert test_command in ci.splitlines()
    assert "set -euo pipefail" in ci  # a failing test run fails CI


def test_readme_has_an_install_and_run_command():
    run = next(line for line in _code_lines() if line.endswith("followup-desktop") and "pip install" in line)
    assert "venv" in run


def test_the_run_command_names_the_real_entry_point():
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert 'followup-desktop = "followup_desktop.app:main"' in pyproject
