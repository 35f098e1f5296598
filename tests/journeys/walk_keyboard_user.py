"""A keyboard-only user: the example, the sidebar by arrows, Back/Forward, F2, delete and undo, the
trash, settings, the focus layout, notes edited in place, and a restart.

Run by tests/journeys/test_journeys.py in its own process on an X server:
    python -m tests.journeys.walk_keyboard_user DATA_DIR SHOTS_DIR [restart]
"""

from __future__ import annotations

import json
import sys

from PySide6.QtWidgets import QApplication

from followup_desktop.gui.notes.model import COL_TEXT
from tests.journeys.driver import Journey, JourneyFailed, main, snapshot

NEW_PERSON = ("Sam Okafor", "Head of Data")
SHARPER = " And what would you change first?"
TYPED_QUESTION = "Who signs off the platform budget?"
NOTE = "Budget is frozen until March"


def example(j: Journey) -> str:
    w = j.window
    j.step("first start: the example button has the keyboard", place="dashboard", focus="dashboardTryExample", db={})
    j.keys("space")
    j.wait_until(lambda: w.navigator.current.page == "interview", "the example opens")
    j.step(
        "Space on Try an example: the example's letter, with the keyboard in it",
        place="interview",
        tab="letter",
        focus="letterEditor",
        db=None,
        writes_from={"help.actions"},
    )
    return w.navigator.current.ident


def sidebar_and_history(j: Journey, iid: str) -> None:
    w = j.window
    j.keys("ctrl+l")
    j.type("north", into="sidebarFilter")
    j.keys("Down", "Up")
    j.step(
        "Ctrl+L, a filter, Down into the list and Up: the application",
        place="application",
        focus="sidebar",
        db={},
        writes_from=set(),
    )
    j.keys("Down")
    j.step(
        "Down: the interview again, on the tab it was left on",
        place="interview",
        tab="letter",
        focus="sidebar",
        db={},
        writes_from=set(),
    )
    j.keys("ctrl+1", "ctrl+2")
    j.step("Ctrl+1, Ctrl+2", place="interview", tab="notes", db={}, writes_from=set())
    j.keys("alt+Left", "alt+Left")
    j.step("Alt+Left twice: back through the tabs", place="interview", tab="letter", db={}, writes_from=set())
    j.keys("alt+Right")
    j.step("Alt+Right", place="interview", tab="plan", db={}, writes_from=set())
    j.keys("alt+Home")
    j.step("Alt+Home: the dashboard", place="dashboard", db={}, writes_from=set())
    j.keys("alt+Left")
    j.step("Alt+Left: the plan again", place="interview", tab="plan", db={}, writes_from=set())
    if w.navigator.current.ident != iid:
        raise JourneyFailed(f"back at {w.navigator.current}, not the example's interview")


def edit_interview(j: Journey, iid: str) -> None:
    w = j.window
    j.keys("ctrl+l", "Tab")  # the interview's row, where F2 edits it

    def add_person(dialog):
        j.click(dialog.new_name)
        j.type(NEW_PERSON[0], into="newInterviewerName")
        j.keys("Tab")
        j.type(NEW_PERSON[1], into="newInterviewerTitle")
        j.keys("Return")
        if not dialog.isVisible():
            raise JourneyFailed("Enter in the new interviewer's fields closed the interview form")
        listed = [dialog.people.item(r).text() for r in range(dialog.people.count())]
        if f"{NEW_PERSON[0]} — {NEW_PERSON[1]} (new)" not in listed:
            raise JourneyFailed(f"the new interviewer is not listed: {listed}")
        j.expect_focus("newInterviewerName")
        j.keys("Return")  # the fields are empty again: Enter is OK

    j.with_dialog(lambda: j.keys("F2"), add_person, "edit interview")
    j.step(
        "F2: an interviewer added with Enter, the form closed with Enter",
        place="interview",
        tab="plan",
        db={"contacts": {"added": 1}, "interview_participants": {"added": 1}},
        writes_from={"window.item_commands"},
    )
    people = [(c.name, c.title) for c in w.store.interviews.interviewers(iid)]
    if people[-1] != NEW_PERSON:
        raise JourneyFailed(f"interviewers stored: {people}")


def plan_in_place(j: Journey, iid: str) -> None:
    w = j.window
    view = w.plan_pane.questions.view
    first = w.store.plans.items(iid, "question")[0]
    j.click(view.viewport(), view.visualItemRect(view.item(0)).center())
    j.keys("F2")
    j.wait_until(lambda: view.state() == view.State.EditingState, "F2 opens the question's editor")
    j.keys("End")
    j.type(SHARPER)
    j.keys("alt+Home")
    j.step(
        "a question edited in place, then Alt+Home at once",
        place="dashboard",
        db={"plan_items": {"changed": 1}},
        writes_from={"plan.items"},
    )
    if w.store.plans.get_item(first.id).text != first.text + SHARPER:
        raise JourneyFailed(f"the question stored: {w.store.plans.get_item(first.id).text!r}")
    _keyboard_somewhere("Alt+Home")
    j.keys("alt+Left")
    j.step("and back to the plan", place="interview", tab="plan", db={}, writes_from=set())
    _keyboard_somewhere("Alt+Left")


def _keyboard_somewhere(keys: str) -> None:
    """A keyboard-only user needs the focus somewhere: with none, arrows and typing do nothing."""
    if QApplication.focusWidget() is None:
        raise JourneyFailed(f"after {keys} no widget has the keyboard")


def typed_question_stays_home(j: Journey, iid: str) -> str:
    w = j.window
    add = w.plan_pane.questions.add_edit
    j.click(add)
    j.type(TYPED_QUESTION, into=add)

    def title(dialog):
        j.type("Round 2", into="interviewTitleEdit")
        j.keys("Return")

    j.with_dialog(lambda: j.keys("ctrl+shift+n"), title, "new interview")
    j.step(
        "a new interview: its plan, its own empty Add field",
        place="interview",
        tab="plan",
        db={"interviews": {"added": 1}},
        writes_from={"window.item_commands"},
    )
    second = w.navigator.current.ident
    if add.text():
        raise JourneyFailed(f"Round 2's Add field shows words typed for the example: {add.text()!r}")
    j.keys("alt+Left")
    j.step(
        "Alt+Left: the example's plan, the words still in its Add field",
        place="interview",
        tab="plan",
        db={},
        writes_from=set(),
    )
    if add.text() != TYPED_QUESTION:
        raise JourneyFailed(f"the example's Add field holds {add.text()!r}")
    j.click(add)
    j.keys("End", "Return")
    j.step(
        "Enter adds the question to the example",
        place="interview",
        tab="plan",
        db={"plan_items": {"added": 1}},
        writes_from={"plan.items"},
    )
    if w.store.plans.items(iid, "question")[-1].text != TYPED_QUESTION:
        raise JourneyFailed("the typed question was not added to the example")
    return second


def delete_and_bring_back(j: Journey, second: str) -> None:
    w = j.window
    kept = snapshot(w.data.database)
    j.keys("ctrl+l", "Tab", "Down")
    j.step("Down in the sidebar: Round 2", place="interview", focus="sidebar", db={}, writes_from=set())
    if w.navigator.current.ident != second:
        raise JourneyFailed(f"Down went to {w.navigator.current}")
    j.with_dialog(lambda: j.keys("Delete"), lambda d: j.press_button(d, "Delete"), "delete interview")
    j.step(
        "Delete: Round 2 in the trash",
        place="dashboard",
        db={"interviews": {"removed": 1}, "trash": {"added": 1}},
        writes_from={"window.item_commands"},
    )
    j.keys("ctrl+z")
    j.step(
        "Ctrl+Z brings it back",
        db={"interviews": {"added": 1}, "trash": {"removed": 1}},
        writes_from={"window.item_commands"},
    )
    _same(kept, snapshot(w.data.database), "after Ctrl+Z")
    w.sidebar.select("interview", second)
    j.with_dialog(lambda: j.keys("Delete"), lambda d: j.press_button(d, "Delete"), "delete interview")
    j.step(
        "deleted again",
        place="dashboard",
        db={"interviews": {"removed": 1}, "trash": {"added": 1}},
        writes_from={"window.item_commands"},
    )

    def open_trash():
        j.keys("alt+e")
        j.wait_until(lambda: w.menus["edit"].isVisible(), "the Edit menu opens")
        j.keys("t")

    j.with_dialog(open_trash, lambda d: j.keys("alt+r"), "trash")
    j.step(
        "Edit ▸ Trash ▸ Restore",
        db={"interviews": {"added": 1}, "trash": {"removed": 1}},
        writes_from={"window.item_commands"},
    )
    _same(kept, snapshot(w.data.database), "after restoring from the trash")


def _same(before: dict, after: dict, when: str) -> None:
    for table in before:
        if json.dumps(before[table], sort_keys=True) != json.dumps(after[table], sort_keys=True):
            raise JourneyFailed(f"{table} {when} differs from before the delete")


def settings(j: Journey, iid: str) -> None:
    w = j.window
    body = w.store.letters.all(iid)[0].body

    def name(dialog):
        j.keys("alt+n", "ctrl+a")
        j.type("Alex Moreau", into="profileName")
        j.keys("Return")

    def fill(dialog):  # the example's draft signs with «your name»: Enter fills it in
        j.press_button(dialog, "Fill it in")

    j.with_dialog(lambda: j.keys("ctrl+comma"), [name, fill], "settings")
    written_by = {"settings.commands", "common.guarded"}  # the fill runs through the guard that reports refusals
    j.step("Ctrl+, : the profile's name, filled into the example's draft", db=None, writes_from=written_by)
    if w.store.settings.profile().name != "Alex Moreau":
        raise JourneyFailed(f"profile stored: {w.store.settings.profile()}")
    if j.log[-1]["changes"].keys() - {"settings", "letters"}:
        raise JourneyFailed(f"the settings changed more than settings and the draft: {j.log[-1]['changes']}")
    if w.store.letters.all(iid)[0].body != body.replace("«your name»", "Alex Moreau"):
        raise JourneyFailed("saving the settings did not sign the draft, or changed more of it")
    j.keys("alt+e", "f")  # Edit ▸ Undo filling in drafts
    j.step("Edit ▸ Undo filling in drafts", db=None, writes_from=written_by)
    if w.store.letters.all(iid)[0].body != body:
        raise JourneyFailed("undo did not put the draft back as it was")


def focus_layout(j: Journey, iid: str) -> None:
    w = j.window
    w.sidebar.select("interview", iid)
    j.keys("ctrl+1", "ctrl+shift+f")
    j.step(
        "Ctrl+Shift+F from the plan: the focus layout, the keyboard in the capture line",
        place="interview",
        tab="notes",
        focus="noteInput",
        db={},
        writes_from=set(),
    )
    if w.menuBar().isVisible() or w.sidebar.isVisible():
        raise JourneyFailed("the focus layout shows the menus or the sidebar")
    j.keys("F5")  # the example's interview is over: F5 resumes it
    j.keys("ctrl+t", "alt+Down", "alt+Down", "ctrl+j", "c")
    linked = w.notes_pane.session.current_question_id()
    j.type(NOTE, into="noteInput")
    j.keys("Return")
    j.step(
        "stamp, question, kind and a note in the focus layout",
        place="interview",
        tab="notes",
        focus="noteInput",
        db=None,
        writes_from={"notes.pane"},
    )
    note = w.store.notes.all(iid)[-1]
    if (note.text, note.kind, note.question_id) != (NOTE, "challenge", linked) or linked is None:
        raise JourneyFailed(f"note stored: {note}")
    j.keys("ctrl+1")
    j.step("Ctrl+1 leaves the focus layout", place="interview", tab="plan", db={}, writes_from=set())
    if not (w.menuBar().isVisible() and w.sidebar.isVisible() and w.tabs.tabBar().isVisible()):
        raise JourneyFailed("the plan is shown without menus, sidebar or tabs")


def notes_in_place(j: Journey, iid: str) -> None:
    w = j.window
    j.keys("ctrl+2")
    view, model = w.notes_pane.view, w.notes_pane.model
    last = model.rowCount() - 1
    j.wait_until(
        lambda: view.isVisible() and view.visualRect(model.index(last, COL_TEXT)).isValid(),
        "the notes list is laid out",
    )
    view.scrollTo(model.index(last, COL_TEXT))
    j.click(view.viewport(), view.visualRect(model.index(last, COL_TEXT)).center())
    j.keys("Return")
    j.wait_until(lambda: view.active_editor() is not None, "the note's editor opens")
    j.keys("ctrl+a")
    j.type("REPLACED")
    j.keys("Escape")
    j.step(
        "a note edited in place, then Escape: unchanged",
        place="interview",
        tab="notes",
        focus="notesList",
        db={},
        writes_from=set(),
    )
    if model.index(last, COL_TEXT).data() != NOTE:
        raise JourneyFailed(f"the list shows {model.index(last, COL_TEXT).data()!r}")
    j.keys("Delete")
    j.step(
        "Delete in the list",
        place="interview",
        tab="notes",
        db={"notes": {"removed": 1}},
        writes_from={"notes.list_commands"},
    )
    j.keys("ctrl+z")
    j.step(
        "Ctrl+Z in the list",
        place="interview",
        tab="notes",
        db={"notes": {"added": 1}},
        writes_from={"notes.list_commands"},
    )
    if w.store.notes.all(iid)[-1].text != NOTE:
        raise JourneyFailed("the note did not come back")


def walk(j: Journey) -> None:
    iid = example(j)
    sidebar_and_history(j, iid)
    edit_interview(j, iid)
    plan_in_place(j, iid)
    second = typed_question_stays_home(j, iid)
    delete_and_bring_back(j, second)
    settings(j, iid)
    focus_layout(j, iid)
    notes_in_place(j, iid)
    j.remember("last place", str(j.window.navigator.current))
    j.remember("snapshot", snapshot(j.window.data.database))
    j.keys("ctrl+q")


def restart(j: Journey) -> None:
    """The same folder again: where the user left off, the normal layout, nothing changed."""
    w = j.window
    place = j.recall("last place")
    j.step("restart: the notes where the user left off", place="interview", tab="notes", db={})
    if str(w.navigator.current) != place:
        raise JourneyFailed(f"reopened at {w.navigator.current}, left at {place}")
    if json.loads(json.dumps(snapshot(w.data.database))) != j.recall("snapshot"):
        raise JourneyFailed("the database after the restart differs from the one the user left")
    if not (w.menuBar().isVisible() and w.sidebar.isVisible()):
        raise JourneyFailed("the window reopened without its menus or sidebar")
    if QApplication.focusWidget() is not w.notes_pane.capture:
        raise JourneyFailed("the keyboard is not in the capture line")
    j.keys("ctrl+q")


if __name__ == "__main__":
    main(restart if sys.argv[3:] == ["restart"] else walk)
