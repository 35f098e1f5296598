"""Switching interview shows the letter at once; its checks follow once the pane is on screen, always
for the letter shown, never the previous one, and not at all for letters flicked past."""

import pytest

from ..conftest import open_interview, show


@pytest.fixture
def two(window, qtbot):
    """Two interviews at different companies, each with a letter; the Letter tab on screen."""
    store = window.store
    ids, letters = [], []
    for company, body in (("Acme Robotics", "Dear Dana, TBD thank you."), ("Globex", "Dear Sam, thank you.")):
        app = store.applications.add(company, "Engineer")
        person = store.contacts.add(app.id, "Dana Lee" if company == "Acme Robotics" else "Sam Roe")
        interview = store.interviews.add(app.id, "Round 1", scheduled_start="2026-03-05T14:00:00.000Z")
        store.interviews.set_interviewers(interview.id, [person.id])
        letters.append(store.letters.add(interview.id, "thank-you", person.id, "Thanks", body))
        ids.append(interview.id)
    window.refresh()
    open_interview(window, ids[0], "letter")
    show(qtbot, window)
    yield window.letter_pane, ids, letters
    window.letter_pane.flush()


def _spy(pane, monkeypatch):
    """The letter shown each time the checks panel receives findings."""
    runs = []
    real = pane.checks.show_findings
    monkeypatch.setattr(pane.checks, "show_findings", lambda findings: runs.append(pane.letter.id) or real(findings))
    return runs


def _rules(pane):
    return {f.rule for f in pane.checks.findings}


def test_checks_appear_after_a_switch_and_old_ones_never_show(two, window, qtbot):
    pane, ids, letters = two
    qtbot.waitUntil(lambda: "placeholder" in _rules(pane))  # "TBD" in the first letter
    open_interview(window, ids[1], "letter")
    assert pane.editor.toPlainText() == "Dear Sam, thank you."  # the letter is there at once
    assert pane.checks.findings == [] and pane.checks.list.item(0).text() == "Checking…"
    qtbot.waitUntil(lambda: bool(pane.checks.findings))
    assert "placeholder" not in _rules(pane) and pane.checking.ctx.company == "Globex"


def test_rapid_switching_checks_only_the_letter_left_on_screen(two, window, qtbot, monkeypatch):
    pane, ids, letters = two
    qtbot.waitUntil(lambda: bool(pane.checks.findings))
    runs = _spy(pane, monkeypatch)
    for interview_id in (ids[1], ids[0], ids[1], ids[0], ids[1]):
        open_interview(window, interview_id, "letter")
    qtbot.waitUntil(lambda: bool(runs))
    qtbot.wait(300)
    assert runs == [letters[1].id] and pane.checking.ctx.company == "Globex"


def test_a_hidden_letter_pane_checks_nothing_until_shown(two, window, qtbot, monkeypatch):
    pane, ids, letters = two
    qtbot.waitUntil(lambda: bool(pane.checks.findings))
    runs = _spy(pane, monkeypatch)
    window.tabs.setCurrentWidget(window.plan_pane)
    window.sidebar.select("interview", ids[1])
    qtbot.wait(300)
    assert runs == [] and pane.editor.toPlainText() == "Dear Sam, thank you."
    window.tabs.setCurrentWidget(pane)
    qtbot.waitUntil(lambda: runs == [letters[1].id])


def test_typing_before_the_checks_ran_checks_the_letter_shown(two, window, qtbot):
    pane, ids, letters = two
    window.sidebar.select("interview", ids[1])
    pane.run_checks_now()  # what the 300 ms timer after a keystroke does, possibly before the deferred run
    assert pane.checking.ctx.company == "Globex" and "placeholder" not in _rules(pane)


def test_the_header_counts_notes_too(two, window, qtbot):
    pane, ids, letters = two
    qtbot.waitUntil(lambda: bool(pane.checks.findings))
    pane.editor.setPlainText("Dear Dana, TBD thank you. I am a team player.")
    pane.run_checks_now()
    # TBD; a very short letter; a stock phrase and the deadline to come
    assert pane.checks.title.text() == "<b>Checks</b> — 1 error, 1 warning, 2 notes"
    pane.editor.setPlainText("Dear Dana, I am a team player and a self-starter.")
    pane.run_checks_now()
    assert pane.checks.title.text().endswith("— 0 errors, 1 warning, 3 notes")
