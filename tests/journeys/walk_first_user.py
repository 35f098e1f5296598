"""A new user's first session, from an empty folder to a rejection letter and a restart.

Run by tests/journeys/test_journeys.py in its own process on an X server:
    python -m tests.journeys.walk_first_user DATA_DIR SHOTS_DIR [restart]
"""

from __future__ import annotations

import json
import subprocess
import sys

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit

from followup_desktop.gui.notes.model import COL_TEXT
from followup_desktop.gui.search.view import HIT_ROLE
from tests.journeys.driver import Journey, JourneyFailed, main, snapshot
from tests.journeys.steps import new_application

COMPANY, ROLE = "Fernway Logistics", "Head of Platform"
PEOPLE = [("Priya Raman", "VP Engineering"), ("Tom Berger", "Staff Engineer")]
QUESTIONS = [
    "What does success look like in the first ninety days?",
    "Where does the routing service hurt most?",
    "How are releases approved today?",
]
NOTES = [  # (speaker Alt+N, next question?, kind chord letter or None, text)
    ("1", True, None, "Success means the Baltic routes stop paging at night"),
    ("1", False, "p", "Our routing service falls over at peak season"),
    ("2", True, None, "Releases wait for ladders of approval, two weeks each"),
    ("2", False, "g", "We want daily releases by summer"),
    ("1", True, None, "The approval board meets on Thursdays only"),
    ("2", False, None, "Tom owns the deploy tooling"),
    ("0", False, "i", "Send Priya the article on queue draining"),
    ("1", False, None, "Decision within two weeks"),
]


def first_start(j: Journey) -> None:
    w = j.window
    j.step("first start on an empty folder", place="dashboard", db={})
    if not w.dashboard.try_button.isVisible():
        raise JourneyFailed("an empty database shows no 'Try an example' button")
    j.click(w.dashboard.try_button)
    j.wait_until(lambda: w.navigator.current.page == "interview", "the example opens")
    j.step("the example is loaded and shown", place="interview", tab="letter", writes_from={"help.actions"}, db=None)


def own_application(j: Journey) -> None:
    w = j.window

    new_application(j, COMPANY, ROLE, PEOPLE)
    app = next(a for a in w.store.applications.all() if a.company == COMPANY)
    j.step(
        "own application with two people",
        place="application",
        db={"applications": {"added": 1}, "contacts": {"added": 2}},
    )
    if [c.name for c in w.store.contacts.all(app.id)] != [p[0] for p in PEOPLE]:
        raise JourneyFailed(f"people stored: {w.store.contacts.all(app.id)}")

    def fill_interview(dialog):
        j.type("Round 1 — hiring manager", into="interviewTitleEdit")
        people = dialog.people
        for row in range(people.count()):
            people.item(row).setCheckState(people.item(row).checkState().Checked)
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    j.with_dialog(lambda: j.keys("ctrl+shift+n"), fill_interview, "new interview")
    j.step(
        "a new interview opens on the plan",
        place="interview",
        tab="plan",
        db={"interviews": {"added": 1}, "interview_participants": {"added": 2}},
    )


def plan(j: Journey) -> None:
    w = j.window
    pane = w.plan_pane
    j.click(pane.questions.add_edit)
    for question in QUESTIONS:
        j.type(question, into=pane.questions.add_edit)
        j.keys("Return")
    j.click(pane.objectives.add_edit)
    j.type("Why the last head of platform left", into=pane.objectives.add_edit)
    j.keys("Return")
    j.click(pane.research)
    j.type("Fernway runs freight across the Baltic.", into=pane.research)
    j.click(pane.heading)  # away from the research: its autosave runs on leaving too
    w.flush_panes()
    j.step(
        "the plan",
        place="interview",
        tab="plan",
        db={"plan_items": {"added": 4}, "plans": {"added": 1}},
        writes_from={"plan.items", "plan.pane"},
    )
    iid = w.navigator.current.ident
    if w.store.plans.get(iid).research != "Fernway runs freight across the Baltic.":
        raise JourneyFailed(f"research stored: {w.store.plans.get(iid).research!r}")
    if [i.text for i in w.store.plans.items(iid, "question")] != QUESTIONS:
        raise JourneyFailed("the questions were not stored as typed")


def interview(j: Journey) -> str:
    w = j.window
    j.click(w.plan_pane.research)  # the focus is in the plan when the interview starts
    j.keys("F5")
    j.step(
        "F5 starts the interview in the capture line",
        place="interview",
        tab="notes",
        focus="noteInput",
        db={"interviews": {"changed": 1}},
        writes_from={"notes.pane"},
    )
    for speaker, next_question, kind, text in NOTES:
        j.keys(f"alt+{speaker}")
        if next_question:
            j.keys("alt+Down")
        if kind:
            j.keys("ctrl+j", kind)
        j.type(text, into="noteInput")
        j.keys("Return")
    interview_id = w.navigator.current.ident
    notes = w.store.notes.all(interview_id)
    if [n.text for n in notes] != [n[3] for n in NOTES]:
        raise JourneyFailed(f"notes stored: {[n.text for n in notes]}")
    j.step(
        "eight notes",
        place="interview",
        tab="notes",
        focus="noteInput",
        writes_from={"notes.pane", "notes.list_commands"},
    )
    return interview_id


def highlights(j: Journey, iid: str) -> None:
    w = j.window
    view, model = w.notes_pane.view, w.notes_pane.model
    j.click(view.viewport(), view.visualRect(model.index(1, COL_TEXT)).center())
    j.keys("Return")  # edit the note in place
    j.wait_until(lambda: view.active_editor() is not None, "the note's editor opens")
    j.keys("ctrl+Home", "ctrl+Right", "ctrl+shift+End")  # "routing service falls over at peak season"
    j.keys("ctrl+h")
    j.click(view.viewport(), view.visualRect(model.index(2, COL_TEXT)).center())
    j.keys("ctrl+h")  # the whole note
    quotes = sorted(c.quote for c in w.store.challenges.all(iid))
    if quotes != sorted(["routing service falls over at peak season", NOTES[2][3]]):
        raise JourneyFailed(f"challenges: {quotes}")
    j.step(
        "two highlights",
        place="interview",
        tab="notes",
        db={"challenges": {"added": 2}},
        writes_from={"notes.list_commands"},
    )
    j.keys("shift+F5")
    j.step(
        "the interview ends",
        place="interview",
        tab="notes",
        db={"interviews": {"changed": 1}},
        writes_from={"notes.pane"},
    )


def letter(j: Journey, iid: str) -> str:
    w = j.window

    def create(dialog):
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    j.with_dialog(lambda: j.keys("ctrl+shift+l"), create, "new letter")
    pane = w.letter_pane
    j.step(
        "New letter shows the draft",
        place="interview",
        tab="letter",
        focus="letterEditor",
        db={"letters": {"added": 1}, "letter_sources": {"added": 2}},
        writes_from={"letter.commands"},
    )
    j.wait_until(
        lambda: (
            bool(pane.checks.findings) or pane.checks.list.count() and "Checking" not in pane.checks.list.item(0).text()
        ),
        "the checks ran",
    )
    letter_id = pane.letter.id
    body = w.store.letters.get(letter_id).body
    for words in ("Priya", "routing service"):
        if words not in body:
            raise JourneyFailed(f"the draft does not mention {words!r}: {body!r}")
    j.keys("ctrl+End")
    j.type(" I enjoyed hearing about the Baltic routes.", into="letterEditor")
    j.keys("alt+Home", "alt+Left")  # away and back: the edit is saved on leaving
    stored = w.store.letters.get(letter_id).body
    if "I enjoyed hearing about the Baltic routes." not in stored or not stored.startswith(body.split("\n")[0]):
        raise JourneyFailed(f"the edit was not stored as typed: {stored!r}")
    j.step(
        "edit the letter", place="interview", tab="letter", db={"letters": {"changed": 1}}, writes_from={"letter.pane"}
    )
    return letter_id


def exports(j: Journey, letter_id: str) -> None:
    out = j.shots.parent / "files"
    out.mkdir(exist_ok=True)

    def save_as(path):
        def answer(dialog):
            name = next(e for e in dialog.findChildren(QLineEdit) if e.isVisible() and e.hasFocus())
            j.keys("ctrl+a")
            j.type(str(path), into=name)
            j.keys("Return")

        return answer

    def anyway(_dialog):  # the draft still has «placeholders»: the checks' errors are asked about first
        j.keys("alt+e")  # Export anyway

    j.with_dialog(lambda: j.keys("ctrl+shift+e"), [anyway, save_as(out / "letter.docx")], "export to Word")
    j.with_dialog(lambda: j.keys("ctrl+shift+p"), [anyway, save_as(out / "letter.pdf")], "save as PDF")
    import docx

    words = " ".join(p.text for p in docx.Document(str(out / "letter.docx")).paragraphs)
    pdf = subprocess.run(["pdftotext", str(out / "letter.pdf"), "-"], capture_output=True, text=True).stdout
    for text in (words, " ".join(pdf.split())):
        if "I enjoyed hearing about the Baltic routes." not in text or "Priya" not in text:
            raise JourneyFailed(f"an exported file lacks the letter's words: {text[:300]!r}")
    j.step(
        "export .docx and PDF",
        place="interview",
        tab="letter",
        db=None,
        writes_from={"letter.exporter", "letter.commands", "common.folders"},
    )  # folders: where the next export opens


def search(j: Journey, iid: str, letter_id: str) -> None:
    w = j.window
    j.keys("ctrl+f")
    j.type("Baltic", into="searchBox")
    j.keys("Return")
    results = w.search.view.results
    j.wait_until(lambda: results.topLevelItemCount() > 0, "search results")
    j.step("search results", place="search", focus="searchResults", db={}, writes_from=set())
    for _ in range(20):  # down the list to the letter's hit
        item = results.currentItem()
        hit = item.data(0, HIT_ROLE) if item else None
        if hit is not None and hit.kind == "letter" and hit.ref_id == letter_id:
            break
        j.keys("Down")
    else:
        raise JourneyFailed("no letter hit for 'Baltic'")
    j.keys("Return")
    pane = w.letter_pane
    if pane.editor.textCursor().selectedText() != "Baltic":
        raise JourneyFailed(f"selected: {pane.editor.textCursor().selectedText()!r}")
    j.step(
        "a hit in the open interview shows the letter",
        place="interview",
        tab="letter",
        focus="letterEditor",
        db={},
        writes_from=set(),
    )
    j.keys("End")
    j.type(" Thank you again.", into="letterEditor")
    w.flush_panes()
    stored = w.store.letters.get(letter_id).body
    if "Baltic routes. Thank you again." not in stored:
        raise JourneyFailed(f"typing after a search hit stored {stored!r}")
    j.step(
        "typing after the hit edits what is on screen",
        place="interview",
        tab="letter",
        db={"letters": {"changed": 1}},
        writes_from={"letter.pane"},
    )
    j.keys("ctrl+f", "ctrl+a")
    j.type("warehouse", into="searchBox")
    j.keys("Return")
    j.wait_until(
        lambda: (
            "warehouse" in w.search.view.summary.text()
            and results.currentItem() is not None
            and results.currentItem().parent() is not None
        ),  # the new results, not the last search's
        "results for another interview",
    )
    hit = results.currentItem().data(0, HIT_ROLE)
    j.keys("Return")
    where = "interview" if hit.interview_id else "application"
    j.step(f"a hit in another interview ({hit.kind})", place=where, db={}, writes_from=set())
    j.type("zz")  # wherever the focus is now, it is on screen: letters in a list only move the selection
    j.step("typing there changes nothing", place=where, db={}, writes_from=set())
    j.keys("alt+Home")
    j.step("the dashboard", place="dashboard", db={}, writes_from=set())
    j.keys("alt+Left")
    j.step("and back", place="interview" if hit.interview_id else "application", db={}, writes_from=set())


def outcome(j: Journey, iid: str) -> None:
    w = j.window
    w.sidebar.select("interview", iid)  # as a click on its row does
    combo = w.tabs.outcome_bar.combo

    def choose_rejected():
        j.click(combo)
        j.wait_until(lambda: combo.view().isVisible(), "the outcome list opens")
        for _ in range(combo.count()):
            if combo.view().currentIndex().data() == "Rejected":
                break
            j.keys("Down")
        j.keys("Return")

    j.with_dialog(
        choose_rejected,
        [lambda d: j.press_button(d, "Mark as rejected"), lambda d: j.press_button(d, "Draft the letter")],
        "after the rejection",
    )
    if w.store.interviews.get(iid).outcome != "rejected":
        raise JourneyFailed(f"outcome stored: {w.store.interviews.get(iid).outcome}")
    body = w.letter_pane.editor.toPlainText()
    if "considered again" not in body or w.letter_pane.letter.kind != "rejection":
        raise JourneyFailed(f"the rejection letter reads: {body!r}")
    j.step(
        "rejected: the application too, and a letter after the rejection",
        place="interview",
        tab="letter",
        db={
            "interviews": {"changed": 1},
            "applications": {"changed": 1},
            "letters": {"added": 1},
            "letter_sources": {"added": 2},
        },
        writes_from={"tracker.actions"},
    )


def backup(j: Journey) -> None:
    w = j.window
    before = set(w.data.backups.glob("*.sqlite3")) if w.data.backups.exists() else set()
    w.findChild(QAction, "actionBackupNow").trigger()  # File ▸ Back up now
    j.wait_until(lambda: set(w.data.backups.glob("*.sqlite3")) - before, "a new backup file")
    j.step("back up now", db={}, writes_from={"data.backups"})


def walk(j: Journey) -> None:
    first_start(j)
    own_application(j)
    plan(j)
    iid = interview(j)
    highlights(j, iid)
    letter_id = letter(j, iid)
    exports(j, letter_id)
    search(j, iid, letter_id)
    outcome(j, iid)
    backup(j)
    j.remember("last place", str(j.window.navigator.current))
    j.remember("snapshot", snapshot(j.window.data.database))
    j.keys("ctrl+q")


def restart(j: Journey) -> None:
    """The same folder opened again: where the user left off, with everything as it was."""
    w = j.window
    place = j.recall("last place")
    j.step("restart: where the user left off", place=place.split(":")[0], tab=place.split(":")[2], db={})
    if str(w.navigator.current) != place:
        raise JourneyFailed(f"reopened at {w.navigator.current}, left at {place}")
    before = j.recall("snapshot")
    now = snapshot(w.data.database)
    if json.loads(json.dumps(now)) != before:
        raise JourneyFailed("the database after the restart differs from the one the user left")
    if w.letter_pane.letter.kind != "rejection" or not w.letter_pane.editor.hasFocus():
        raise JourneyFailed("the rejection letter is not on screen with the keyboard in it")
    newest = max(w.data.backups.glob("*.sqlite3"), key=lambda p: p.stat().st_mtime)
    if snapshot(newest)["letters"] != now["letters"]:
        raise JourneyFailed(f"the newest backup {newest.name} lacks the letters written before quitting")
    j.keys("ctrl+q")


if __name__ == "__main__":
    main(restart if sys.argv[3:] == ["restart"] else walk)
