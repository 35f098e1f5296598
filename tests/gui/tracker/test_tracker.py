import icalendar
import pytest

from followup_desktop.gui.common import dialogs

from ...core.tracker_fixtures import tracker_world


@pytest.fixture
def world(window):
    ids = tracker_world(window.store)
    window.sidebar.tree.clearSelection()
    window.refresh()
    return ids


def _row_of(window, ident):
    return next(n for n, item in enumerate(window.dashboard.items) if item.open_id == ident)


def test_empty_database_dashboard_explains_how_to_start(window):
    assert window.stack.currentWidget() is window.dashboard
    assert window.dashboard.objectName() == "dashboard"
    assert window.dashboard.text.isVisibleTo(window) and not window.dashboard.tree.isVisibleTo(window)


def test_dashboard_lists_what_is_due_and_counts_it(window, world):
    assert window.stack.currentWidget() is window.dashboard
    assert not window.dashboard.text.isVisibleTo(window)
    titles = [window.dashboard.tree.topLevelItem(n).text(1) for n in range(window.dashboard.tree.topLevelItemCount())]
    assert titles[0] == "Thank-you letter: Acme — overdue"
    due = window.findChild(type(window.status_line.due_label), "dueCount")
    assert due.text() == '<a href="dashboard">5 follow-ups due</a>'


@pytest.mark.parametrize(
    "name, kind, tab", [("due", "interview", 2), ("upcoming", "interview", 0), ("globex", "application", None)]
)
def test_rows_open_their_item(window, world, name, kind, tab):
    window.dashboard.open_row(_row_of(window, world[name]))
    assert window.sidebar.current() == (kind, world[name])
    if tab is not None:
        assert window.tabs.currentIndex() == tab


def test_draft_row_opens_its_letter(window, world):
    window.dashboard.open_row(_row_of(window, world["drafted"]))
    assert window.letter_pane.letter.id == world["draft letter"]


def test_rejected_offers_the_after_rejection_letter(window, world, answers):
    window.sidebar.select("interview", world["due"])
    window.tabs.outcome_bar.choose("rejected")
    assert window.store.interviews.get(world["due"]).outcome == "rejected"
    [letter] = window.store.letters.all(world["due"])
    assert letter.kind == "rejection" and window.letter_pane.letter.id == letter.id
    assert window.tabs.currentWidget() is window.letter_pane


def test_declining_the_offer_writes_no_letter(window, world, answers):
    answers.confirm = False
    window.sidebar.select("interview", world["due"])
    window.tabs.outcome_bar.choose("rejected")
    assert window.store.letters.all(world["due"]) == []


@pytest.mark.parametrize(
    "outcome, warns", [("pending", True), ("next-round", True), ("offer", False), ("hired", False)]
)
def test_linkedin_check_stops_warning_only_after_offer_or_hire(window, world, answers, outcome, warns):
    answers.confirm = False
    store = window.store
    store.interviews.update(world["drafted"], outcome="pending")  # else Acme already has an offer
    letter = store.letters.add(
        world["due"],
        "thank-you",
        world["dana"],
        "Thanks",
        "Dear Dana Lee,\n\nI would love to connect with you on LinkedIn.\n",
    )
    window.sidebar.select("interview", world["due"])
    window.tabs.outcome_bar.choose(outcome)
    window.tabs.setCurrentWidget(window.letter_pane)
    window.letter_pane.letter_list.setCurrentIndex(window.letter_pane.letter_list.findData(letter.id))
    window.letter_pane.run_checks_now()
    rules = {f.rule for f in window.letter_pane.checks.findings}
    assert ("social-media" in rules) is warns
    if not warns:
        assert "LinkedIn" in answers.infos[-1]


def test_an_offer_in_another_round_of_the_application_also_ends_the_linkedin_warning(window, world):
    store = window.store
    assert store.interviews.get(world["drafted"]).outcome == "offer"  # Acme's offer, in another round
    letter = store.letters.add(
        world["due"], "thank-you", world["dana"], "Thanks", "Dear Dana,\n\nI added you on XING.\n"
    )
    window.sidebar.select("interview", world["due"])
    window.tabs.setCurrentWidget(window.letter_pane)
    window.letter_pane.letter_list.setCurrentIndex(window.letter_pane.letter_list.findData(letter.id))
    window.letter_pane.run_checks_now()
    assert "social-media" not in {f.rule for f in window.letter_pane.checks.findings}
    store.interviews.update(world["drafted"], outcome="rejected")
    window.letter_pane.checking.load_context()
    window.letter_pane.run_checks_now()
    assert "social-media" in {f.rule for f in window.letter_pane.checks.findings}


def test_next_round_creates_the_next_interview_with_the_plan(window, world, answers):
    store = window.store
    store.plans.add_item(world["due"], "question", "What does the first month look like?")
    store.interviews.update(world["due"], title="Round 1")
    window.sidebar.select("interview", world["due"])
    window.tabs.outcome_bar.choose("next-round")
    kind, new_id = window.sidebar.current()
    assert kind == "interview" and new_id != world["due"]
    assert store.interviews.get(new_id).title == "Round 2"
    [question] = store.plans.items(new_id, "question")
    assert question.carried_over == 1


def test_keep_in_touch_box_edits_and_logs_by_hand(window, world, monkeypatch):
    from PySide6.QtCore import QDate

    window.sidebar.select("application", world["acme"])
    box = window.pages.application_view.keep_in_touch
    box.keep.setChecked(True)
    box.has_date.setChecked(True)
    box.date.setDate(QDate(2026, 3, 2))
    app = window.store.applications.get(world["acme"])
    assert (app.keep_in_touch, app.next_contact_at) == (1, "2026-03-02")
    assert any(i.open_id == world["acme"] for i in window.dashboard.items)
    monkeypatch.setattr(
        dialogs,
        "add_contact_entry",
        lambda parent, contacts, today, initial=None: (today, "phone", contacts[0].id, "Called Dana 📞"),
    )
    box.add_entry()
    texts = [box.log.topLevelItem(n).text(3) for n in range(box.log.topLevelItemCount())]
    assert "Called Dana 📞" in texts and any(t.startswith("Sent: ") for t in texts)


def test_calendar_export_action(window, world, answers, tmp_path):
    answers.save_path = str(tmp_path / "f.ics")
    window.findChild(type(window.menus.action_quit), "actionExportCalendar").trigger()
    cal = icalendar.Calendar.from_ical((tmp_path / "f.ics").read_bytes())
    assert f"followup-{world['due']}@followup-desktop.local" in {str(e["uid"]) for e in cal.walk("VEVENT")}


@pytest.mark.parametrize(
    "outcome, accept, status",
    [
        ("offer", True, "offer"),
        ("hired", True, "hired"),
        ("rejected", True, "rejected"),
        ("rejected", False, "active"),
        ("next-round", True, "active"),
        ("withdrawn", True, "active"),
    ],
)
def test_an_outcome_offers_to_update_the_application_status(window, world, monkeypatch, outcome, accept, status):
    asked = []
    monkeypatch.setattr(
        dialogs,
        "confirm",
        lambda parent, title, text, *a: asked.append(title) or (accept if title == "Application status" else False),
    )
    window.sidebar.select("interview", world["due"])
    window.tabs.outcome_bar.choose(outcome)
    app_id = window.store.interviews.get(world["due"]).application_id
    assert window.store.applications.get(app_id).status == status
    assert ("Application status" in asked) is (outcome in ("offer", "hired", "rejected"))


def test_the_status_question_after_an_offer_reads_as_english(window, world, monkeypatch):
    asked = []
    monkeypatch.setattr(dialogs, "confirm", lambda parent, title, text, ok="": asked.append((title, text, ok)) or False)
    window.sidebar.select("interview", world["due"])
    window.tabs.outcome_bar.choose("offer")
    _, question, button = next(a for a in asked if a[0] == "Application status")
    assert "as offer received too? It is active now." in question  # not "as offer too?"
    assert button == "Mark as offer received"


def test_a_calendar_with_no_deadline_says_so_instead_of_0_events(window, answers, tmp_path):
    answers.save_path = str(tmp_path / "f.ics")
    window.findChild(type(window.menus.action_quit), "actionExportCalendar").trigger()
    said = window.statusBar().currentMessage()
    assert "0 event" not in said and "nothing has a deadline" in said.lower()
    assert not icalendar.Calendar.from_ical((tmp_path / "f.ics").read_bytes()).walk("VEVENT")


def test_the_calendar_message_counts_one_event_in_the_singular(window, world, answers, tmp_path):
    answers.save_path = str(tmp_path / "f.ics")
    window.findChild(type(window.menus.action_quit), "actionExportCalendar").trigger()
    count = len(icalendar.Calendar.from_ical((tmp_path / "f.ics").read_bytes()).walk("VEVENT"))
    noun = "event" if count == 1 else "events"
    assert window.statusBar().currentMessage().startswith(f"Exported {count} {noun} to ")
