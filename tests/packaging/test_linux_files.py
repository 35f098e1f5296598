"""The Linux desktop files: valid for the freedesktop validators, and consistent with each other."""

import configparser
import shutil
import struct
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from followup_desktop import __version__

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
APP_ID = "io.github.followupdesktop.FollowUpDesktop"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
SIZES = (16, 32, 48, 64, 128, 256, 512)


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


@pytest.mark.parametrize("command", [
    ["desktop-file-validate", str(DESKTOP)],
    ["appstreamcli", "validate", "--no-net", "--explain", str(METAINFO)],
])
def test_validators_accept_the_files(command):
    if shutil.which(command[0]) is None:
        pytest.skip(f"{command[0]} is not installed")
    result = subprocess.run(command, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr


def test_desktop_entry_starts_the_installed_program_with_its_icon():
    entry = _desktop_entry()
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["gui-scripts"]
    assert entry["Exec"].split()[0] in scripts
    assert entry["Icon"] == APP_ID


def test_metainfo_names_the_desktop_file_and_this_version():
    component = ET.parse(METAINFO).getroot()
    assert component.findtext("id") == APP_ID
    assert component.findtext("launchable") == DESKTOP.name
    assert component.find("content_rating").get("type") == "oars-1.1"
    assert component.find("releases/release").get("version") == __version__


@pytest.mark.parametrize("size", SIZES)
def test_icon_png_at_every_size(size):
    png = (LINUX / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png").read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and png[12:16] == b"IHDR"
    assert struct.unpack(">II", png[16:24]) == (size, size)


def test_install_script_puts_the_files_where_desktops_look(tmp_path):
    program = tmp_path / "bundle" / "followup-desktop"
    result = subprocess.run([str(LINUX / "install.sh"), str(program)], capture_output=True, text=True,
                            env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "share")})
    assert result.returncode == 0, result.stderr
    share = tmp_path / "share"
    installed = (share / "applications" / DESKTOP.name).read_text(encoding="utf-8")
    assert f"Exec={program}\n" in installed and f"TryExec={program}\n" in installed
    assert (share / "metainfo" / METAINFO.name).exists()
    for size in SIZES:
        assert (share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png").exists()
