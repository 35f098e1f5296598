"""End-to-end tests drive the same real window as the GUI tests."""

from ..gui.conftest import answers, data_dir, make_window, window  # noqa: F401 - fixtures
