"""Nothing leaves the machine: a whole flow runs with every way to open a socket forbidden."""

import socket

import pytest

from followup_desktop.core import backup, bundle
from followup_desktop.core.letters.layout import LetterLayout
from followup_desktop.export.docx import write_docx

from ..gui.conftest import sample_application, sample_interview


class NetworkUsed(AssertionError):
    pass


@pytest.fixture
def no_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise NetworkUsed("the program tried to open a network connection")

    for name in ("socket", "create_connection", "getaddrinfo", "socketpair"):
        monkeypatch.setattr(socket, name, refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse, raising=False)


def test_a_complete_flow_opens_no_socket(no_network, window, answers, tmp_path, qtbot):
    answers.application = sample_application()
    window.findChild(type(window.menus.action_quit), "actionNewApplication").trigger()
    answers.interview = sample_interview()
    window.findChild(type(window.menus.action_quit), "actionNewInterview").trigger()
    with qtbot.waitSignal(window.backups.message):
        window.backups.back_up_now()
    bundle.write_bundle(window.store, tmp_path / "all.json")
    layout = LetterLayout(
        sender_name="Me",
        sender_lines=("1 Road",),
        date_text="2 March 2026",
        recipient_lines=("Dana Lee",),
        subject="",
        salutation="Dear Dana,",
        body_markdown="Thank you **very** much. [site](https://example.com)",
        closing="Kind regards,",
        signature_name="Me",
    )
    write_docx(layout, tmp_path / "letter.docx")
    assert backup.integrity_problems(window.store.path) == []
    assert (tmp_path / "letter.docx").stat().st_size > 0


def test_the_guard_really_catches_a_connection(no_network):
    with pytest.raises(NetworkUsed):
        socket.create_connection(("127.0.0.1", 9))
