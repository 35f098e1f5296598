"""Journeys need an X server: a private Xvfb per test session, on a display it picks itself."""

import os
import shutil
import subprocess

import pytest


@pytest.fixture(scope="session")
def x_display():
    """DISPLAY of a fresh Xvfb screen (1280x800), stopped after the session."""
    xvfb = shutil.which("Xvfb")
    if xvfb is None or shutil.which("xdotool") is None:
        if os.environ.get("FOLLOWUP_JOURNEYS") == "required":
            pytest.fail("the journeys need Xvfb and xdotool (apt-get install xvfb xdotool)")
        pytest.skip("the journeys need Xvfb and xdotool (apt-get install xvfb xdotool)")
    read, write = os.pipe()
    proc = subprocess.Popen(
        [xvfb, "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten", "tcp", "-noreset"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    if not number:
        proc.kill()
        pytest.fail("Xvfb did not start")
    yield f":{number}"
    proc.terminate()
    proc.wait(10)
