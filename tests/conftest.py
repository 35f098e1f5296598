"""Shared fixtures: every test runs headless, on its own data folder, with a frozen clock."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from followup_desktop.core.clock import FrozenClock
from followup_desktop.core.store import Store


@pytest.fixture(autouse=True)
def _isolated_data(tmp_path, monkeypatch):
    """No test ever touches the real user's data or settings folders."""
    monkeypatch.setenv("FOLLOWUP_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))


@pytest.fixture
def clock():
    return FrozenClock("2026-03-02T09:00:00Z")


@pytest.fixture
def store(clock):
    s = Store.memory(clock)
    yield s
    s.close()


@pytest.fixture
def file_store(tmp_path, clock):
    s = Store.open(tmp_path / "test.sqlite3", clock)
    yield s
    s.close()
