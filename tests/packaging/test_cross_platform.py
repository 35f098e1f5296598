"""The Windows and macOS builds are prepared here but cannot run here: keep them buildable and honest."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SPEC = (ROOT / "packaging" / "followup-desktop.spec").read_text(encoding="utf-8")
WORKFLOW = (ROOT / ".github" / "workflows" / "desktop-builds.yml").read_text(encoding="utf-8")
ISS = (ROOT / "packaging" / "windows" / "followup-desktop.iss").read_text(encoding="utf-8")


def test_spec_names_no_absolute_or_linux_only_path():
    strings = re.findall(r"""["']([^"'\n]*)["']""", SPEC)
    assert not [s for s in strings if s.startswith(("/", "~")) or re.match(r"[A-Za-z]:\\\\", s)]
    # Linux-only steps are guarded by the platform
    assert re.search(r"if LINUX:(\n +#.*)*\n +a\.exclude_system_libraries\(\)", SPEC) and "STRIP = LINUX" in SPEC


def test_workflow_builds_selftests_and_packages_on_windows_and_macos():
    assert "windows-latest" in WORKFLOW and "macos-latest" in WORKFLOW
    assert "--require-hashes -r requirements/build.txt" in WORKFLOW
    assert "packaging/followup-desktop.spec" in WORKFLOW
    assert WORKFLOW.count("--selftest") >= 4  # the build and the installed copy, on each system
    assert "followup-desktop.iss" in WORKFLOW and "hdiutil create" in WORKFLOW


def test_installer_takes_the_one_folder_build_and_leaves_user_data():
    assert r'Source: "..\..\dist\followup-desktop\*"' in ISS
    assert "SetupIconFile=followup-desktop.ico" in ISS
    assert "LOCALAPPDATA" not in ISS.split("[Setup]")[1]  # nothing deletes the data folder


def test_readme_claims_no_windows_or_macos_build_was_tested():
    readme = " ".join((ROOT / "README.md").read_text(encoding="utf-8").split())
    assert "no Windows or macOS build has been tested" in readme
    assert "That workflow has never run" in readme
