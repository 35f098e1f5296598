"""SIGTERM (logging out, shutting down), SIGHUP and SIGINT close the window as the user would."""

import os
import signal

import pytest

from followup_desktop.gui.window.termination import SIGNALS, CloseOnTermination

from ..conftest import open_interview, show


@pytest.fixture
def handlers_restored():
    """The test process gets its own signal handling back afterwards."""
    before = {number: signal.getsignal(number) for number in SIGNALS}
    yield
    signal.set_wakeup_fd(-1)
    for number, handler in before.items():
        signal.signal(number, handler)


@pytest.mark.parametrize("number", SIGNALS, ids=lambda n: signal.Signals(n).name)
def test_a_termination_signal_closes_the_window_and_writes_the_note_being_typed(
    window, qtbot, handlers_restored, number
):
    app = window.store.applications.add("Acme Robotics", "Head of Platform")
    interview = window.store.interviews.add(app.id, "Round 1")
    window.refresh()
    open_interview(window, interview.id, "notes")
    show(qtbot, window)
    guard = CloseOnTermination(window)
    qtbot.keyClicks(window.notes_pane.capture, "Budget is approved for Q3")  # not yet autosaved
    os.kill(os.getpid(), number)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)
    assert guard.received == [number]
    assert window.store.notes.pending(interview.id).text == "Budget is approved for Q3"
