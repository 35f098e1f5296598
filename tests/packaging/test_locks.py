"""The lock files in requirements/ agree with pyproject.toml and with each other."""

import re
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[2]
REQUIREMENTS = ROOT / "requirements"
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
RUNTIME = [Requirement(line) for line in PYPROJECT["dependencies"]]
TEST = [Requirement(line) for line in PYPROJECT["optional-dependencies"]["test"]]
PIN = re.compile(r"^([A-Za-z0-9._-]+)==([^\s;\\]+)")


def pins(name: str) -> dict[str, Version]:
    """Package -> pinned version, from one lock file; every pin must carry a hash."""
    text = (REQUIREMENTS / name).read_text(encoding="utf-8")
    found = {}
    for block in re.split(r"\n(?=\S)", text):
        match = PIN.match(block)
        if match:
            assert "--hash=sha256:" in block, f"{name}: {match.group(1)} has no hash"
            found[canonicalize_name(match.group(1))] = Version(match.group(2))
    return found


def lower_bound(requirement: Requirement) -> Version:
    return next(Version(s.version) for s in requirement.specifier if s.operator == ">=")


@pytest.mark.parametrize(
    "lock, wanted",
    [
        ("test.txt", RUNTIME + TEST),
        ("build.txt", RUNTIME + [Requirement("pyinstaller>=6.10,<7")]),
        ("lowest.txt", RUNTIME + TEST),
    ],
)
def test_lock_pins_every_dependency_within_its_bounds(lock, wanted):
    pinned = pins(lock)
    for requirement in wanted:
        name = canonicalize_name(requirement.name)
        assert name in pinned, f"{lock} lacks {name}: run requirements/lock.sh"
        assert pinned[name] in requirement.specifier, f"{lock}: {name} {pinned[name]} is outside {requirement}"


@pytest.mark.parametrize("requirement", RUNTIME + TEST, ids=str)
def test_lowest_lock_holds_each_lower_bound(requirement):
    """The lowest-versions run tests the bound itself (or its first release, e.g. 4 -> 4.0, 2.3 -> 2.3.1)."""
    bound = lower_bound(requirement)
    pinned = pins("lowest.txt")[canonicalize_name(requirement.name)]
    assert pinned.release[: len(bound.release)] == bound.release, f"{requirement}: lowest.txt has {pinned}"


def test_the_bundle_ships_the_versions_the_tests_ran_on():
    tested, built = pins("test.txt"), pins("build.txt")
    differ = {name: (tested[name], built[name]) for name in tested.keys() & built.keys() if tested[name] != built[name]}
    assert not differ, f"test.txt and build.txt disagree (run requirements/lock.sh): {differ}"


def test_build_and_ci_install_from_the_locks():
    build = (ROOT / "packaging" / "build.sh").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "--require-hashes" in build and "requirements/build.txt" in build
    assert "--require-hashes -r requirements/test.txt" in ci
    assert "--require-hashes -r requirements/lowest.txt" in ci
