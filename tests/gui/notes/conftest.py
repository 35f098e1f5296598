"""The Notes pane on a filled interview, for the tests of its board, lists and refused writes."""

import pytest

from ...core.letter_fixtures import fill_interview

DISK = "disk I/O error"


@pytest.fixture
def pane(window):
    """The Notes tab of an interview with notes, highlights and people; the disk heals afterwards."""
    interview, *_ = fill_interview(window.store)
    window.refresh()
    window.sidebar.select("interview", interview.id)
    window.tabs.setCurrentWidget(window.notes_pane)
    yield window.notes_pane
    window.store.conn.fault = None
    window.notes_pane.flush()  # what was kept on screen is written before the store closes
