"""A whole interview driven through the real window: keys, clicks and actions on a frozen clock."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from followup_desktop.core.models import PlanItem
from followup_desktop.core.text.spans import utf16_offset
from followup_desktop.gui.notes.model import COL_TEXT, SPANS_ROLE

from ..conftest import open_interview, show

ALT, CTRL, SHIFT = (
    Qt.KeyboardModifier.AltModifier,
    Qt.KeyboardModifier.ControlModifier,
    Qt.KeyboardModifier.ShiftModifier,
)


def _setup(window):
    s = window.store
    app = s.applications.add("Acme Robotics", "Head of Platform")
    dana, sam = s.contacts.add(app.id, "Dana Lee"), s.contacts.add(app.id, "Sam Roe")
    iv = s.interviews.add(app.id, "Round 1")
    s.interviews.set_interviewers(iv.id, [dana.id, sam.id])
    for i, text in enumerate(("What does success look like?", "What is the biggest risk?", "How is on-call?")):
        s.rows.upsert(
            PlanItem(
                f"q{i}",
                iv.id,
                "question",
                i,
                text,
                created_at="2026-03-01T00:00:00.000Z",
                updated_at="2026-03-01T00:00:00.000Z",
            )
        )
    s.stories.add("Hiring loop", situation="Hiring took months", tags="hiring")
    s.stories.add(
        "Queue migration",
        situation="Consumers lost messages when nodes drained",
        action="Drain hooks and idempotent handlers",
        tags="kubernetes, queues",
    )
    window.refresh()
    window.sidebar.select("interview", iv.id)
    window.tabs.setCurrentWidget(window.notes_pane)
    return iv, dana, sam


def _type_note(qtbot, pane, text, clock, seconds_typing=15):
    qtbot.keyClicks(pane.capture, text[:1])
    clock.advance(seconds_typing)
    qtbot.keyClicks(pane.capture, text[1:])
    qtbot.keyClick(pane.capture, Qt.Key.Key_Return)


def _action(window, name):
    return window.findChild(type(window.menus.action_quit), name)


def test_notes_pane_contract(window):
    pane = window.notes_pane
    for name in ("notesList", "noteInput", "challengesBoard", "storyBank", "interviewClock"):
        assert pane.findChild(object, name) is not None, name
    for name in ("actionStartInterview", "actionEndInterview", "actionStampNow", "actionHighlightChallenge"):
        assert _action(window, name) is not None, name
    assert _action(window, "actionHighlightChallenge").shortcut().toString() == "Ctrl+H"
    window_keys = [a.shortcut().toString() for a in window.actions() if not a.shortcut().isEmpty()]
    assert len(window_keys) == len(set(window_keys)), "two actions share a key"


def test_a_whole_interview(make_window, clock, qtbot):
    window = make_window()
    iv, dana, sam = _setup(window)
    pane = window.notes_pane
    show(qtbot, window)
    pane.capture.setFocus()
    # A note before the interview starts is marked "before".
    _type_note(qtbot, pane, "Read their blog", clock)
    assert pane.model.index(0, 0).data() == "before"
    clock.set("2026-03-02T10:00:00Z")
    qtbot.keyClick(pane.capture, Qt.Key.Key_F5)
    assert window.store.interviews.get(iv.id).started_at == "2026-03-02T10:00:00.000Z"
    assert pane.header.clock_timer.isActive() and pane.header.clock_label.text() == "00:00"
    # Stamp = first keystroke; Alt+2 picks Sam, it sticks; the first unanswered question is linked.
    clock.advance(30)
    qtbot.keyClick(pane.capture, Qt.Key.Key_2, ALT)
    _type_note(qtbot, pane, "Success is a calm billing team", clock)
    note = window.store.notes.all(iv.id)[-1]
    assert (note.stamped_at, note.speaker_id, note.question_id) == ("2026-03-02T10:00:30.000Z", sam.id, "q0")
    assert window.store.plans.answered_question_ids(iv.id) == {"q0"}
    # Stamp now, then a challenge (Ctrl+J, C) on the next question (Alt+Down), with a line break.
    clock.advance(60)
    qtbot.keyClick(pane.capture, Qt.Key.Key_T, CTRL)
    clock.advance(20)
    qtbot.keyClick(pane.capture, Qt.Key.Key_Down, ALT)
    qtbot.keyClick(pane.capture, Qt.Key.Key_J, CTRL)
    qtbot.keyClick(pane.capture, Qt.Key.Key_C)
    qtbot.keyClick(pane.capture, Qt.Key.Key_1, ALT)
    qtbot.keyClicks(pane.capture, "The ")
    pane.capture.insertPlainText("👨‍👩")  # QTest types ASCII only; this is what a paste does
    qtbot.keyClicks(pane.capture, " queue loses messages")
    qtbot.keyClick(pane.capture, Qt.Key.Key_Return, SHIFT)
    qtbot.keyClicks(pane.capture, "when nodes drain")
    qtbot.keyClick(pane.capture, Qt.Key.Key_Return)
    note = window.store.notes.all(iv.id)[-1]
    assert note.text == "The 👨‍👩 queue loses messages\nwhen nodes drain"
    assert (note.stamped_at, note.kind, note.speaker_id, note.question_id) == (
        "2026-03-02T10:01:45.000Z",
        "challenge",
        dana.id,
        "q1",
    )
    assert pane.model.index(pane.model.rowCount() - 1, 0).data() == "01:45"
    assert pane.session.kind == "answer" and pane.session.speaker_id == dana.id
    # Highlight words of that note while editing it in place (non-ASCII offsets).
    row = pane.model.row_of(note.id)
    pane.view.setFocus()
    pane.view.setCurrentIndex(pane.model.index(row, COL_TEXT))
    qtbot.keyClick(pane.view, Qt.Key.Key_Return)
    editor = pane.view.active_editor()
    cursor = editor.textCursor()
    start = note.text.index("queue")
    cursor.setPosition(utf16_offset(note.text, start))
    cursor.setPosition(utf16_offset(note.text, start + len("queue loses messages")), QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    _action(window, "actionHighlightChallenge").trigger()
    challenge = window.store.challenges.all(iv.id)[0]
    assert (challenge.quote, challenge.start, challenge.speaker_id, challenge.kind) == (
        "queue loses messages",
        start,
        dana.id,
        "challenge",
    )
    assert pane.model.index(row, COL_TEXT).data(SPANS_ROLE) == [(start, start + 20)]
    # The board shows it with provenance; clicking jumps to the note.
    board = pane.board
    assert board.list.count() == 1 and "Dana Lee" in board.list.item(0).text() and "01:45" in board.list.item(0).text()
    pane.view.setCurrentIndex(pane.model.index(0, COL_TEXT))
    rect = board.list.visualItemRect(board.list.item(0))
    qtbot.mouseClick(board.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert pane.view.currentIndex().row() == row
    # Pair with a story: the queue story is suggested first; my experience is saved.
    assert board.suggestions.item(0).text() == "Queue migration"
    board._pick_suggestion(board.suggestions.item(0))
    qtbot.keyClicks(board.experience, "I fixed this at Northwind")
    board.flush()
    clock.advance(40 * 60)
    _action(window, "actionEndInterview").trigger()
    assert window.store.interviews.get(iv.id).ended_at == "2026-03-02T10:42:05.000Z"
    assert not pane.header.clock_timer.isActive()
    clock.advance(5)
    _type_note(qtbot, pane, "Send the thank-you today", clock)
    window.close()
    # Rebuild the window: everything is there.
    second = make_window()
    pane2 = second.notes_pane
    assert [pane2.model.index(r, 0).data() for r in range(pane2.model.rowCount())] == [
        "before",
        "00:30",
        "01:45",
        "after",
    ]
    saved = second.store.challenges.all(iv.id)[0]
    assert saved.experience == "I fixed this at Northwind"
    assert second.store.stories.get(saved.story_id).title == "Queue migration"
    assert second.store.plans.answered_question_ids(iv.id) == {"q0", "q1"}
    assert pane2.board.list.count() == 1


def test_draft_survives_a_kill(make_window, clock, qtbot):
    window = make_window()
    iv, _, _ = _setup(window)
    pane = window.notes_pane
    clock.advance(7)
    qtbot.keyClicks(pane.capture, "half a thought ")
    pane.capture.insertPlainText("ש😀")
    qtbot.keyClick(pane.capture, Qt.Key.Key_Return, SHIFT)
    qtbot.waitUntil(lambda: window.store.notes.pending(iv.id) is not None, timeout=1000)
    # No close, no flush: a second process opening the same folder sees the draft.
    second = make_window()
    second.sidebar.select("interview", iv.id)
    assert second.notes_pane.capture.text() == "half a thought ש😀\n"
    assert second.notes_pane.capture.started_at == "2026-03-02T09:00:07.000Z"


def test_delete_and_undo_in_the_list(window, clock, qtbot):
    iv, _, _ = _setup(window)
    pane = window.notes_pane
    show(qtbot, window)
    pane.capture.setFocus()
    for text in ("one", "two"):
        _type_note(qtbot, pane, text, clock)
    pane.view.setFocus()
    pane.view.setCurrentIndex(pane.model.index(0, COL_TEXT))
    qtbot.keyClick(pane.view, Qt.Key.Key_Delete)
    assert [n.text for n in window.store.notes.all(iv.id)] == ["two"]
    qtbot.keyClick(pane.view, Qt.Key.Key_Z, CTRL)
    assert [n.text for n in window.store.notes.all(iv.id)] == ["one", "two"]
    assert window.store.applications.all()  # the window's own undo was not triggered


def test_nudge_and_typed_time_keep_time_order(window, clock, qtbot):
    iv, _, _ = _setup(window)
    pane = window.notes_pane
    window.store.interviews.start(iv.id)
    pane.refresh()
    for text in ("first", "second"):
        pane.capture.setFocus()
        _type_note(qtbot, pane, text, clock, 10)
    pane.view.setCurrentIndex(pane.model.index(1, COL_TEXT))
    _action(window, "actionNudgeBack1m").trigger()
    assert [n.text for n in window.store.notes.all(iv.id)] == ["second", "first"]
    assert pane.model.index(0, COL_TEXT).data(Qt.ItemDataRole.EditRole) == "second"
    pane.model.setData(pane.model.index(0, 0), "+05:00")
    assert window.store.notes.all(iv.id)[-1].stamped_at == "2026-03-02T09:05:00.000Z"
    pane.model.setData(pane.model.index(0, 0), "soon")
    assert "not a time" in pane.banner.text()


def test_editing_a_note_keeps_or_reports_highlights(window, clock, qtbot):
    iv, _, _ = _setup(window)
    pane = window.notes_pane
    note = window.store.notes.add(iv.id, "café déjà: the queue loses messages")
    window.store.challenges.add(note.id, note.text.index("queue"), note.text.index(" loses"))
    pane.refresh()
    pane.model.setData(pane.model.index(0, COL_TEXT), "Sadly 😀 café déjà: the queue loses messages")
    ch = window.store.challenges.all(iv.id)[0]
    assert window.store.notes.get(note.id).text[ch.start : ch.end] == "queue"
    pane.model.setData(pane.model.index(0, COL_TEXT), "nothing left of it")
    assert "highlight(s) lost" in pane.banner.text() and "lost" in pane.board.list.item(0).text()


def test_focus_layout_hides_and_restores_the_window_chrome(window, qtbot):
    _setup(window)
    show(qtbot, window)
    focus = _action(window, "actionFocusLayout")
    focus.setChecked(True)
    assert not window.sidebar.isVisible() and not window.menuBar().isVisible()
    assert not window.notes_pane.side.isVisible() and window.notes_pane.capture.isVisible()
    _action(window, "actionKeepOnTop").setChecked(True)
    assert window.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    focus.setChecked(False)
    assert window.sidebar.isVisible() and window.menuBar().isVisible() and window.notes_pane.side.isVisible()
    assert not window.windowFlags() & Qt.WindowType.WindowStaysOnTopHint


HOSTILE = [
    "nul\x00 bell\x07 esc\x1b",
    "e\u0301 n\u0303 a\u0308\u0304 combining",
    "family 👨\u200d👩\u200d👧\u200d👦 flag 🇺🇦 skin 👍🏽",
    "שלום עולם مرحبا \u202eevil\u202c",
    ("long line " * 100_000)[:1_000_000],
]


@pytest.mark.parametrize("text", HOSTILE, ids=["controls", "combining", "emoji", "rtl", "1MB"])
def test_hostile_paste_is_kept_and_highlightable(window, qtbot, text):
    iv, _, _ = _setup(window)
    pane = window.notes_pane
    pane.capture.insertPlainText(text)
    qtbot.keyClick(pane.capture, Qt.Key.Key_Return)
    note = window.store.notes.all(iv.id)[-1]
    assert note.text == text.strip()
    quote = note.text[3:9]
    pane.view.setCurrentIndex(pane.model.index(pane.model.row_of(note.id), COL_TEXT))
    pane.view.edit(pane.view.currentIndex())
    editor = pane.view.active_editor()
    cursor = editor.textCursor()
    cursor.setPosition(utf16_offset(note.text, 3))
    cursor.setPosition(utf16_offset(note.text, 9), QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    pane.commands.highlight()
    assert window.store.challenges.all(iv.id)[0].quote == quote
    pane.view.viewport().grab()  # painting the highlighted row must not fail


def test_focus_layout_from_another_tab_puts_the_keyboard_in_the_capture_line_on_screen(window, qtbot):
    _setup(window)
    show(qtbot, window)
    window.menus.action_dashboard.trigger()
    window.menus.action_back.trigger()
    window.menus.pane_actions[0].trigger()  # Ctrl+1: the plan
    _action(window, "actionFocusLayout").trigger()  # Ctrl+Shift+F
    assert window.navigator.current.tab == "notes" and window.notes_pane.capture.hasFocus()
    assert window.navigator.focus_faults == []


@pytest.mark.parametrize("leave", ["action_dashboard", "plan", "action_back"])
def test_leaving_the_notes_tab_leaves_the_focus_layout(window, qtbot, leave):
    _setup(window)
    show(qtbot, window)
    window.menus.pane_actions[0].trigger()
    window.menus.pane_actions[1].trigger()
    focus = _action(window, "actionFocusLayout")
    focus.trigger()
    assert not window.menuBar().isVisible()
    (window.menus.pane_actions[0] if leave == "plan" else getattr(window.menus, leave)).trigger()
    assert window.navigator.current.tab != "notes"
    assert not any(w.isHidden() for w in (window.menuBar(), window.sidebar, window.tabs.tabBar()))
    assert not focus.isChecked()


def test_the_focus_layout_entered_from_the_search_results_gives_back_the_tab_bar(window, qtbot):
    _setup(window)
    show(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.search.box, "Hiring")
    qtbot.keyClick(window.search.box, Qt.Key.Key_Return)
    assert window.navigator.current.page == "search"  # the interview's tabs are hidden behind the results
    focus = _action(window, "actionFocusLayout")
    focus.trigger()  # Ctrl+Shift+F: the notes of the interview the panes hold
    assert window.navigator.current.tab == "notes" and not window.menuBar().isVisible()
    focus.trigger()  # and back to the normal layout: with the Plan, Notes and Letter tabs to switch between
    assert window.sidebar.isVisible() and window.menuBar().isVisible()
    assert window.tabs.tabBar().isVisible()


def test_tab_leaves_the_notes_list_instead_of_walking_its_cells(window, qtbot):
    iv, _, _ = _setup(window)
    for text in ("Budget is frozen", "Hiring is slow", "On-call is heavy"):
        window.store.notes.add(iv.id, text)
    window.notes_pane.refresh()
    show(qtbot, window)
    view = window.notes_pane.view
    view.setFocus()
    view.setCurrentIndex(window.notes_pane.model.index(0, COL_TEXT))
    qtbot.keyClick(view, Qt.Key.Key_Tab)  # six columns a note: a keyboard user would be kept here
    assert not view.hasFocus()


def test_no_focus_layout_without_an_interview(window, qtbot):
    _setup(window)
    show(qtbot, window)
    window.menus.action_dashboard.trigger()
    _action(window, "actionFocusLayout").trigger()
    assert window.navigator.current.page == "dashboard"
    assert window.menuBar().isVisible() and window.sidebar.isVisible()
    assert not _action(window, "actionFocusLayout").isChecked()


def test_an_action_item_after_the_last_question_is_linked_to_no_question(window, clock, qtbot):
    iv, dana, sam = _setup(window)
    pane = window.notes_pane
    show(qtbot, window)
    pane.capture.setFocus()
    for _ in range(2):
        qtbot.keyClick(pane.capture, Qt.Key.Key_Down, ALT)  # on to the last question
    _type_note(qtbot, pane, "On-call is one week in six", clock)
    qtbot.keyClick(pane.capture, Qt.Key.Key_J, CTRL)
    qtbot.keyClick(pane.capture, Qt.Key.Key_I)  # an action item
    assert "Not linked" in pane.capture_bar.question_label.text()
    _type_note(qtbot, pane, "Send Dana the deck by Friday", clock)
    answer, action = window.store.notes.all(iv.id)[-2:]
    assert (answer.question_id, action.kind, action.question_id) == ("q2", "action", None)
    assert window.store.plans.answered_question_ids(iv.id) == {"q2"}  # the action item ticks nothing off
    assert "Question 3/3" in pane.capture_bar.question_label.text()  # the next note is an answer again, linked


def _suggested(window, interview_id, challenge_id):
    window.sidebar.select("interview", interview_id)
    window.tabs.setCurrentWidget(window.notes_pane)
    board = window.notes_pane.board
    board.select(challenge_id)
    board.refresh_suggestions()
    return [board.suggestions.item(i).text() for i in range(board.suggestions.count())]


def test_the_examples_story_is_never_suggested_for_the_users_own_challenge(window):
    from followup_desktop.core.example import STORY, create_example

    s = window.store
    example_app = create_example(s)
    example_interview = s.interviews.all(example_app)[0]
    s.stories.add("Billing outage", situation="Invoices failed at peak season", tags="billing")
    app = s.applications.add("Acme Robotics", "Head of Platform")
    interview = s.interviews.add(app.id, "Round 1")
    note = s.notes.add(interview.id, "Peak season capacity falls over; load tests from real traffic are missing")
    mine = s.challenges.add(note.id)
    window.refresh()
    assert STORY["title"] not in _suggested(window, interview.id, mine.id)
    assert "Billing outage" in _suggested(window, interview.id, mine.id)  # the user's own stories still are
    theirs = s.challenges.all(example_interview.id)[0]
    s.challenges.update(theirs.id, experience="Peak-season capacity at Fernway, load tests")
    assert STORY["title"] in _suggested(window, example_interview.id, theirs.id)


def test_after_a_restart_the_notes_open_at_the_newest(make_window, qtbot):
    first = make_window()
    app = first.store.applications.add("Acme Robotics", "Head of Platform")
    interview = first.store.interviews.add(app.id, "Round 1")
    for n in range(60):
        first.store.notes.add(interview.id, f"Note {n}: what was said, long enough to wrap onto a second line")
    first.refresh()
    open_interview(first, interview.id, "notes")
    first.close()
    second = make_window()
    with qtbot.waitSignal(second.started):
        second.show()  # the place comes back once the window has painted
    bar = second.notes_pane.view.verticalScrollBar()
    qtbot.waitUntil(lambda: second.notes_pane.isVisible() and bar.maximum() > 0)
    qtbot.wait(50)
    assert bar.value() == bar.maximum()  # the newest note is in sight, next to the capture line


def test_a_note_column_shows_whole_lines_only(window, qtbot):
    """A long note is cut after its last whole line, never through the middle of a line of letters."""
    app = window.store.applications.add("Acme Robotics", "Head of Platform")
    interview = window.store.interviews.add(app.id, "Round 1")
    window.store.notes.add(interview.id, " ".join(["overflowing"] * 80))
    window.refresh()
    open_interview(window, interview.id, "notes")
    show(qtbot, window)
    view = window.notes_pane.view
    rect = view.visualRect(view.model().index(0, COL_TEXT))
    image = view.viewport().grab(rect).toImage()
    line = view.fontMetrics().lineSpacing()
    ground = image.pixelColor(1, 1)
    inked = [
        y for y in range(image.height()) if any(image.pixelColor(x, y) != ground for x in range(4, image.width() - 4))
    ]
    assert inked, "the note is painted"
    assert max(inked) < 2 * line + 6  # two whole lines (and an ellipsis), no third line's tops


def test_times_past_the_first_hour_show_whole(window, qtbot):
    from followup_desktop.gui.notes.model import COL_CLOCK, COL_ELAPSED

    app = window.store.applications.add("Acme Robotics", "Head of Platform")
    interview = window.store.interviews.add(app.id, "Round 1")
    window.store.rows.conn.execute(
        "UPDATE interviews SET started_at = ? WHERE id = ?", ("2026-03-02T09:00:00.000Z", interview.id)
    )
    window.store.notes.add(interview.id, "Late in a long panel", "2026-03-02T10:02:03.000Z")
    window.refresh()
    open_interview(window, interview.id, "notes")
    show(qtbot, window)
    view, model = window.notes_pane.view, window.notes_pane.view.model()
    for column in (COL_ELAPSED, COL_CLOCK):
        shown = model.index(0, column).data()
        assert ":" in shown and len(shown) >= 7  # h:mm:ss, hh:mm:ss
        longest = view.fontMetrics().horizontalAdvance("00:00:00")  # 10+ hours in, or a clock at 23:59:59
        assert view.columnWidth(column) >= max(view.fontMetrics().horizontalAdvance(shown), longest) + 8
