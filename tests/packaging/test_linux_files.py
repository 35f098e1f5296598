"""The Linux desktop files: valid for the freedesktop validators, and consistent with each other."""

import configparser
import re
import shutil
import struct
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from packaging.version import Version

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


def _installed_metainfo(tmp_path, *base) -> Path:
    """The metainfo file as install.sh and the .deb install it (render_metainfo.py)."""
    target = tmp_path / METAINFO.name
    subprocess.run(
        [sys.executable, str(LINUX / "render_metainfo.py"), str(target), *base],
        check=True,
        env={"PATH": "/usr/bin:/bin"},
    )
    return target


def test_desktop_file_validate_is_clean():
    if shutil.which("desktop-file-validate") is None:
        pytest.skip("desktop-file-validate is not installed")
    result = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


# appstreamcli 0.16 (Debian 12) notes capitals in the id (which is also the .desktop file's name)
# and does not know <developer> (AppStream 1.0 asks for it); anything else must be fixed.
KNOWN_NOTES = {"cid-contains-uppercase-letter", "unknown-tag"}


@pytest.mark.parametrize(
    "base",
    [[], ["--screenshot-base", "https://example.org/followup-desktop"]],
    ids=["no-public-screenshots", "public-screenshots"],
)
def test_appstreamcli_pedantic_is_clean_on_the_installed_metainfo(tmp_path, base):
    if shutil.which("appstreamcli") is None:
        pytest.skip("appstreamcli is not installed")
    installed = _installed_metainfo(tmp_path, *base)
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", "--pedantic", str(installed)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    notes = re.findall(r"^([EWIP]): \S+?:\d*:? ?(\S+)", result.stdout, re.M)
    assert {tag for _, tag in notes} <= KNOWN_NOTES, result.stdout
    assert not [kind for kind, _ in notes if kind in "EW"], result.stdout


def test_desktop_entry_starts_the_installed_program_with_its_icon():
    entry = _desktop_entry()
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["gui-scripts"]
    assert entry["Exec"].split()[0] in scripts
    assert entry["Icon"] == APP_ID


def test_metainfo_names_the_desktop_file_and_its_content_rating():
    component = ET.parse(METAINFO).getroot()
    assert component.findtext("id") == APP_ID
    assert component.findtext("launchable") == DESKTOP.name
    assert component.find("content_rating").get("type") == "oars-1.1"


def test_release_notes_for_this_version_and_only_unreleased_ones_above_it():
    releases = ET.parse(METAINFO).getroot().findall("releases/release")
    versions = [Version(r.get("version")) for r in releases]
    assert versions == sorted(versions, reverse=True)  # newest first, as AppStream wants
    stable = [r for r in releases if r.get("type", "stable") == "stable"]
    assert stable[0].get("version") == __version__
    for release in releases:
        assert release.find("description") is not None and release.get("date"), release.get("version")
        if Version(release.get("version")) > Version(__version__):
            assert release.get("type") == "development", f"{release.get('version')} is not released yet"


def test_screenshots_are_the_readme_pictures():
    images = [i.text for i in ET.parse(METAINFO).getroot().findall("screenshots/screenshot/image")]
    assert images and all((ROOT / image).is_file() for image in images)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert all(f"({image})" in readme for image in images)


def test_installed_metainfo_has_web_addresses_or_no_screenshots(tmp_path):
    bare = ET.parse(_installed_metainfo(tmp_path)).getroot()
    assert bare.find("screenshots") is None and bare.find("releases") is not None
    public = ET.parse(_installed_metainfo(tmp_path, "--screenshot-base", "https://example.org/f/")).getroot()
    assert [i.text for i in public.findall("screenshots/screenshot/image")][
        0
    ] == "https://example.org/f/docs/screenshots/dashboard.png"


@pytest.mark.parametrize("size", SIZES)
def test_icon_png_at_every_size(size):
    png = (LINUX / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png").read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and png[12:16] == b"IHDR"
    assert struct.unpack(">II", png[16:24]) == (size, size)


def test_install_script_puts_the_files_where_desktops_look(tmp_path):
    program = tmp_path / "bundle" / "followup-desktop"
    result = subprocess.run(
        [str(LINUX / "install.sh"), str(program)],
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "share")},
    )
    assert result.returncode == 0, result.stderr
    share = tmp_path / "share"
    installed = (share / "applications" / DESKTOP.name).read_text(encoding="utf-8")
    assert f"Exec={program}\n" in installed and f"TryExec={program}\n" in installed
    assert "<screenshots>" not in (share / "metainfo" / METAINFO.name).read_text(encoding="utf-8")
    for size in SIZES:
        assert (share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png").exists()
