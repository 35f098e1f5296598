"""A user whose words look like markup: names and notes with tags, entities, Markdown, emoji and
right-to-left text, a long paste, a mouse wheel that scrolls past value boxes, the exports, search,
a bundle round trip and a restore from backup.

Run by tests/journeys/test_journeys.py in its own process on an X server:
    python -m tests.journeys.walk_hostile_text DATA_DIR SHOTS_DIR
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtGui import QAction, QTextDocument
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit

from followup_desktop.core.text.markdown import body_plain_text
from followup_desktop.gui.notes.model import COL_TEXT
from followup_desktop.gui.search.view import HIT_ROLE
from tests.journeys.driver import Journey, JourneyFailed, changes, main, snapshot
from tests.journeys.steps import new_application

COMPANY = "Café <b>Bold</b> & Co 🚀"
ROLE = "*Lead* [x](y) &amp; שלום"
PEOPLE = [("Dana <HR> Lee", "VP &amp; <i>Eng</i>"), ("أحمد 🚀", "__Staff__")]
TITLE = "Round <1> & *final*"
QUESTION = "What about <script>alert(1)</script> & *this*?"
RESEARCH = "Founded in <1999> &copy; 🚀 مرحبا — " + "long pasted research. " * 900  # ~20 KB, pasted
NOTES = [
    ("1", "Dana said <b>scaling</b> & *cost* are the pain [link](http://x)"),
    ("2", "مرحبا the migration 🚀 is late &amp; over budget"),
]


def plain(html: str) -> str:
    """What a rich-text label shows, as text."""
    doc = QTextDocument()
    doc.setHtml(html)
    return doc.toPlainText()


def application(j: Journey) -> tuple[str, str]:
    w = j.window
    j.step("first start", place="dashboard", db={})

    new_application(j, COMPANY, ROLE, PEOPLE)
    j.step(
        "an application and two people with markup in their names",
        place="application",
        db={"applications": {"added": 1}, "contacts": {"added": 2}},
        writes_from={"window.item_commands"},
    )
    app = w.store.applications.all()[0]
    if (app.company, app.role) != (COMPANY, ROLE) or [
        (c.name, c.title) for c in w.store.contacts.all(app.id)
    ] != PEOPLE:
        raise JourneyFailed(f"stored: {app} {w.store.contacts.all(app.id)}")
    shown = plain(w.pages.application_view.summary.text())
    for words in (COMPANY, ROLE, *[p for pair in PEOPLE for p in pair]):
        if words not in shown:
            raise JourneyFailed(f"the application page does not show {words!r}: {shown!r}")

    def fill_interview(dialog):
        j.type(TITLE, into="interviewTitleEdit")
        for row in range(dialog.people.count()):
            dialog.people.item(row).setCheckState(dialog.people.item(row).checkState().Checked)
        j.keys("Return")

    j.with_dialog(lambda: j.keys("ctrl+shift+n"), fill_interview, "new interview")
    j.step(
        "the interview",
        place="interview",
        tab="plan",
        db={"interviews": {"added": 1}, "interview_participants": {"added": 2}},
        writes_from={"window.item_commands"},
    )
    if w.windowTitle() != f"{COMPANY}: {TITLE} — FollowUp Desktop" or TITLE not in w.plan_pane.heading.text():
        raise JourneyFailed(f"title {w.windowTitle()!r}, heading {w.plan_pane.heading.text()!r}")
    return app.id, w.navigator.current.ident


def plan(j: Journey, iid: str) -> None:
    w = j.window
    pane = w.plan_pane
    j.click(pane.questions.add_edit)
    j.type(QUESTION, into=pane.questions.add_edit)
    j.keys("Return")
    j.click(pane.research)
    QApplication.clipboard().setText(RESEARCH)
    j.keys("ctrl+v")
    j.keys("alt+Home", "alt+Left")
    j.step(
        "a question with a script tag and a long pasted research",
        place="interview",
        tab="plan",
        db={"plan_items": {"added": 1}, "plans": {"added": 1}},
        writes_from={"plan.items", "plan.pane"},
    )
    if [q.text for q in w.store.plans.items(iid, "question")] != [QUESTION]:
        raise JourneyFailed("the question was not stored as typed")
    if w.store.plans.get(iid).research != RESEARCH:
        raise JourneyFailed(f"research stored: {w.store.plans.get(iid).research[:80]!r}…")


def notes(j: Journey, iid: str) -> None:
    w = j.window
    j.keys("F5")
    for speaker, text in NOTES:
        j.keys(f"alt+{speaker}")
        j.type(text, into="noteInput")
        j.keys("Return")
    view, model = w.notes_pane.view, w.notes_pane.model
    for row in range(model.rowCount()):
        j.click(view.viewport(), view.visualRect(model.index(row, COL_TEXT)).center())
        j.keys("ctrl+h")
    j.keys("shift+F5")
    j.step(
        "notes in markup and two languages, both highlighted",
        place="interview",
        tab="notes",
        db={"interviews": {"changed": 2}, "notes": {"added": 2}, "challenges": {"added": 2}},
        writes_from={"notes.pane", "notes.list_commands"},
    )
    stored = [(n.text, n.speaker_id) for n in w.store.notes.all(iid)]
    people = [c.id for c in w.store.interviews.interviewers(iid)]
    if stored != [(NOTES[0][1], people[0]), (NOTES[1][1], people[1])]:
        raise JourneyFailed(f"notes stored: {stored}")
    if PEOPLE[1][0] not in plain(w.notes_pane.capture_bar.speaker_label.text()):
        raise JourneyFailed(f"the speaker reads {w.notes_pane.capture_bar.speaker_label.text()!r}")


def new_letter(j: Journey, iid: str) -> str:
    w = j.window
    j.with_dialog(
        lambda: j.keys("ctrl+shift+l"),
        lambda d: d.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click(),
        "new letter",
    )
    j.step(
        "New letter",
        place="interview",
        tab="letter",
        focus="letterEditor",
        db={"letters": {"added": 1}, "letter_sources": {"added": 2}},
        writes_from={"letter.commands"},
    )
    return w.letter_pane.letter.id


def composer_shows_the_letter(j: Journey, letter_id: str) -> None:
    """Every word of the stored draft is in the composer (the next keystroke saves what it shows)."""
    body = j.window.store.letters.get(letter_id).body
    shown = set(j.window.letter_pane.editor.toPlainText().split())
    missing = [word for word in body_plain_text(body).split() if word not in shown]
    if missing:
        raise JourneyFailed(f"the composer lacks {len(missing)} word(s) of the stored letter: {missing[:12]}")


def wheel_over(j: Journey, widget, clicks: int = 2) -> None:
    """Scroll the mouse wheel down over a widget, through the X server."""
    centre = widget.mapToGlobal(widget.rect().center())
    j._xdotool("mousemove", str(centre.x()), str(centre.y()))
    for _ in range(clicks):
        j._xdotool("click", "5")


def wheel(j: Journey, iid: str, app_id: str) -> None:
    w = j.window
    for box in (w.letter_pane.recipient, w.letter_pane.kind, w.tabs.outcome_bar.combo):
        wheel_over(j, box)
    j.step(
        "the wheel over To:, Kind and Outcome changes nothing",
        place="interview",
        tab="letter",
        db={},
        writes_from=set(),
    )
    j.keys("ctrl+1")
    follow = w.plan_pane.followup
    for box in (follow.channel, follow.hours):
        w.plan_pane.scroll.ensureWidgetVisible(box)
        wheel_over(j, box)
    w.flush_panes()
    j.step(
        "the wheel over the follow-up channel and hours changes nothing",
        place="interview",
        tab="plan",
        db={},
        writes_from=set(),
    )


def calendar(j: Journey) -> None:
    w = j.window
    out = j.shots.parent / "files"
    out.mkdir(exist_ok=True)
    j.with_dialog(lambda: w.menus.action_export_calendar.trigger(), save_as(j, out / "deadlines.ics"), "calendar")
    from icalendar import Calendar

    events = Calendar.from_ical((out / "deadlines.ics").read_bytes()).walk("VEVENT")
    if [str(e.get("summary")) for e in events] != [f"Send the thank-you: {COMPANY} — {TITLE}"]:
        raise JourneyFailed(f"calendar events: {[str(e.get('summary')) for e in events]}")
    j.step(
        "the calendar export holds the names as typed (its folder remembered)",
        place="interview",
        tab="plan",
        db={"settings": {"added": 1}},
        writes_from={"common.folders"},
    )


def word_export(j: Journey, letter_id: str) -> None:
    """The exported .docx says every word of the stored letter."""
    out = j.shots.parent / "files"
    out.mkdir(exist_ok=True)

    def anyway(_dialog):  # the checks' errors are asked about first: export anyway (Alt+E)
        j.keys("alt+e")

    j.with_dialog(lambda: j.keys("ctrl+shift+e"), [anyway, save_as(j, out / "letter.docx")], "export to Word")
    import docx

    words = set(" ".join(p.text for p in docx.Document(str(out / "letter.docx")).paragraphs).split())
    body = j.window.store.letters.get(letter_id).body
    missing = [word for word in body_plain_text(body).split() if word not in words]
    if missing:
        raise JourneyFailed(f"the Word letter lacks {len(missing)} word(s) of the stored letter: {missing[:12]}")
    j.step(
        "the composer and the Word export say every word of the draft",
        place="interview",
        tab="letter",
        db=None,
        writes_from={"letter.exporter", "letter.commands", "common.folders"},
    )
    if (
        set(j.log[-1]["changes"]) - {"letter_versions", "settings"}
        or j.window.store.letters.get(letter_id).body != body
    ):
        raise JourneyFailed(f"the export changed more than its record: {j.log[-1]['changes']}")


def save_as(j: Journey, path: Path):
    def answer(dialog):
        name = next(e for e in dialog.findChildren(QLineEdit) if e.isVisible() and e.hasFocus())
        j.keys("ctrl+a")
        j.type(str(path), into=name)
        j.keys("Return")

    return answer


def search(j: Journey, app_id: str) -> None:
    w = j.window
    j.keys("ctrl+f")
    j.type("Dana", into="searchBox")
    j.keys("Return")
    results = w.search.view.results
    j.wait_until(lambda: results.topLevelItemCount() > 0, "search results")
    j.step("search for a name with a tag in it", place="search", focus="searchResults", db={}, writes_from=set())
    hits = [
        results.topLevelItem(g).child(c)
        for g in range(results.topLevelItemCount())
        for c in range(results.topLevelItem(g).childCount())
    ]
    people = [h for h in hits if h.data(0, HIT_ROLE).kind == "contact"]
    if not people or PEOPLE[0][0] not in plain(people[0].text(0)):
        raise JourneyFailed(f"the person's hit reads {[plain(h.text(0)) for h in hits]}")
    results.setCurrentItem(people[0])
    j.keys("Return")
    j.step("the person's hit opens the application", place="application", db={}, writes_from=set())
    if w.navigator.current.ident != app_id:
        raise JourneyFailed(f"the hit opened {w.navigator.current}")


def bundle_round_trip(j: Journey) -> None:
    w = j.window
    out = j.shots.parent / "files"
    place = w.navigator.current
    j.with_dialog(lambda: w.menus.action_export.trigger(), save_as(j, out / "bundle.json"), "export everything")
    texts = set(_strings(json.loads((out / "bundle.json").read_text("utf-8"))))
    for text in (COMPANY, ROLE, RESEARCH, QUESTION, *[n for _, n in NOTES], *[p for pair in PEOPLE for p in pair]):
        if text not in texts:
            raise JourneyFailed(f"the bundle lacks {text[:60]!r} as typed")
    j.with_dialog(lambda: w.menus.action_import.trigger(), save_as(j, out / "bundle.json"), "import bundle")
    j.step(
        "the bundle exported and imported again: nothing changes but the folder remembered, the window stays",
        db={"settings": {"added": 1}},
        writes_from={"data.bundles", "common.folders"},
    )
    if w.navigator.current != place:
        raise JourneyFailed(f"the window moved to {w.navigator.current} from {place}")


def _strings(value):
    """Every string in a JSON value."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def restore(j: Journey, iid: str) -> None:
    w = j.window
    before = set(w.data.backups.glob("*.sqlite3")) if w.data.backups.exists() else set()
    w.findChild(QAction, "actionBackupNow").trigger()
    j.wait_until(lambda: set(w.data.backups.glob("*.sqlite3")) - before, "a new backup file")
    backup = snapshot(max(set(w.data.backups.glob("*.sqlite3")) - before))
    w.sidebar.select("interview", iid)
    j.keys("ctrl+1")
    j.click(w.plan_pane.research)
    j.keys("ctrl+End")
    j.type(" Typed after the backup.")

    def open_restore():
        j.keys("alt+f")
        j.wait_until(lambda: w.menus["file"].isVisible(), "the File menu opens")
        j.keys("r")

    j.with_dialog(
        open_restore, [lambda d: j.keys("Return"), lambda d: j.press_button(d, "Restore")], "restore from backup"
    )
    j.step(
        "File ▸ Restore from backup: the plan shown as backed up",
        place="interview",
        tab="plan",
        db=None,
        writes_from={"plan.pane"},
    )
    now = snapshot(w.data.database)
    if json.dumps(now, sort_keys=True) != json.dumps(backup, sort_keys=True):
        raise JourneyFailed(f"the restored data differs from the backup: {changes(backup, now)}")
    if w.plan_pane.research.toPlainText() != RESEARCH:
        raise JourneyFailed("the plan does not show the restored research")
    aside = [p for p in w.data.root.iterdir() if ".before-restore-" in p.name]
    if (
        len(aside) != 1
        or not snapshot(aside[0])["plans"]
        or not next(iter(snapshot(aside[0])["plans"].values()))["research"].endswith("Typed after the backup.")
    ):
        raise JourneyFailed(f"the words typed before the restore are not in the copy kept aside: {aside}")


def walk(j: Journey) -> None:
    app_id, iid = application(j)
    plan(j, iid)
    notes(j, iid)
    letter_id = new_letter(j, iid)
    composer_shows_the_letter(j, letter_id)
    word_export(j, letter_id)
    wheel(j, iid, app_id)
    calendar(j)
    search(j, app_id)
    bundle_round_trip(j)
    restore(j, iid)
    j.keys("ctrl+q")


if __name__ == "__main__":
    main(walk)
