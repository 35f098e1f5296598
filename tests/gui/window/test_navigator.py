"""One navigator: every place reachable by menu and keyboard, Back/Forward, and the focus always on screen."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from followup_desktop.gui.window.navigator import History, Place
from followup_desktop.gui.window.sidebar import ID_ROLE

from ..conftest import open_interview, sample_application, sample_interview, show

BODY = "Dear Dana,\n\nThe Baltic routes need ladders of approval.\n"


@pytest.fixture
def letter_world(window, answers):
    """One application, two interviews, a letter in the first; the window on the letter."""
    answers.application = sample_application()
    window.menus.action_new_application.trigger()
    for title in ("Round 1", "Round 2"):
        answers.interview = sample_interview(title)
        window.menus.action_new_interview.trigger()
    first, second = window.store.interviews.all()
    letter = window.store.letters.add(first.id, "thank-you", None, "Thanks", BODY)
    window.refresh()
    return first, second, letter


def _focus():
    return QApplication.focusWidget()


def _click(widget, button):
    """A click as the X server delivers it: to the top-level window, which hands it to the widget under the mouse."""
    top = widget.window()
    at = widget.mapTo(top, widget.rect().center())
    QTest.mouseClick(top.windowHandle(), button, Qt.KeyboardModifier.NoModifier, at)


def _assert_focus_on_screen(window):
    focus = _focus()
    assert focus is None or focus.isVisible(), focus.objectName()
    assert window.navigator.focus_faults == []


def _search(window, qtbot, text):
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.search.box, text)
    qtbot.keyClick(window.search.box, Qt.Key.Key_Return)
    results = window.search.view.results
    qtbot.waitUntil(lambda: results.currentItem() is not None and results.currentItem().parent() is not None)
    assert _focus() is results


def test_a_search_hit_in_the_open_interview_is_shown_before_anything_is_selected(window, letter_world, qtbot):
    first, _, letter = letter_world
    show(qtbot, window)
    open_interview(window, first.id, "letter")
    _search(window, qtbot, "Baltic")
    qtbot.keyClick(window.search.view.results, Qt.Key.Key_Return)  # open the hit
    pane = window.letter_pane
    assert window.stack.currentWidget() is window.tabs and window.tabs.currentWidget() is pane
    assert _focus() is pane.editor and pane.editor.textCursor().selectedText() == "Baltic"
    assert window.store.letters.get(letter.id).body == BODY  # opening a hit wrote nothing
    _assert_focus_on_screen(window)


def test_keys_never_reach_a_hidden_editor(window, letter_world, qtbot):
    first, _, letter = letter_world
    show(qtbot, window)
    open_interview(window, first.id, "letter")
    window.show_dashboard()
    window.letter_pane.editor.setFocus()  # a stray setFocus on the hidden letter
    assert window.navigator.focus_faults == ["letterEditor"]
    window.expected_focus_faults = True
    assert _focus().isVisible() and _focus() is not window.letter_pane.editor
    qtbot.keyClicks(_focus(), "ZZZ")
    window.flush_panes()
    assert window.store.letters.get(letter.id).body == BODY


def test_clicking_the_selected_interview_leaves_the_results(window, letter_world, qtbot):
    first, _, _ = letter_world
    show(qtbot, window)
    open_interview(window, first.id, "notes")
    _search(window, qtbot, "Baltic")
    assert window.stack.currentWidget() is window.search.view
    tree = window.sidebar.tree
    index = tree.model().index(0, 0)
    while index.isValid() and index.data(ID_ROLE) != first.id:
        index = tree.indexBelow(index)
    tree.scrollTo(index)
    QTest.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualRect(index).center())
    assert window.stack.currentWidget() is window.tabs and window.tabs.currentWidget() is window.notes_pane
    _assert_focus_on_screen(window)


def test_the_dashboard_is_reachable_from_anywhere(window, letter_world, qtbot):
    first, _, _ = letter_world
    show(qtbot, window)
    ways = [
        lambda: qtbot.keyClick(window, Qt.Key.Key_Home, Qt.KeyboardModifier.AltModifier),
        lambda: window.findChild(type(window.menus.action_quit), "actionShowDashboard").trigger(),
        lambda: window.status_line.due_label.linkActivated.emit("dashboard"),
        lambda: window.sidebar.select("dashboard", ""),
    ]
    for way in ways:
        open_interview(window, first.id, "letter")
        way()
        assert window.stack.currentWidget() is window.dashboard
        assert window.navigator.current == Place("dashboard")
        assert window.sidebar.proxy.index(0, 0).data() == "Dashboard"
        assert (
            window.sidebar.tree.currentIndex().row() == 0 and not window.sidebar.tree.currentIndex().parent().isValid()
        )
        _assert_focus_on_screen(window)
    assert "View" in [m.title().replace("&", "") for m in window.menuBar().findChildren(type(window.menus["view"]))]
    assert window.menus.action_dashboard in window.menus["view"].actions()


def test_back_and_forward_by_keys_and_mouse_buttons(window, letter_world, qtbot):
    first, second, _ = letter_world
    with qtbot.waitSignal(window.started):  # the mouse's buttons are taken from the first paint on
        show(qtbot, window)
    open_interview(window, first.id, "letter")
    open_interview(window, second.id, "notes")
    window.show_dashboard()
    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.navigator.current == Place("interview", second.id, "notes")
    assert window.tabs.currentWidget() is window.notes_pane and window.sidebar.current() == ("interview", second.id)
    _click(window.sidebar.tree.viewport(), Qt.MouseButton.BackButton)
    assert window.navigator.current == Place("interview", first.id, "letter")
    assert window.tabs.currentWidget() is window.letter_pane
    qtbot.keyClick(window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    _click(window.sidebar.tree.viewport(), Qt.MouseButton.ForwardButton)
    assert window.navigator.current == Place("dashboard")
    assert not window.menus.action_forward.isEnabled() and window.menus.action_back.isEnabled()
    _assert_focus_on_screen(window)


def test_back_skips_what_was_deleted_meanwhile(window, letter_world, qtbot):
    first, second, _ = letter_world
    open_interview(window, first.id, "plan")
    open_interview(window, second.id, "plan")
    window.show_dashboard()
    window.store.interviews.delete(second.id)
    assert window.navigator.back()
    assert window.navigator.current == Place("interview", first.id, "plan")


def test_f5_shows_the_notes_and_the_first_note_lands_there(window, letter_world, qtbot):
    first, _, _ = letter_world
    show(qtbot, window)
    open_interview(window, first.id, "plan")
    deadline = window.plan_pane.followup.findChildren(type(window.search.box))
    (deadline[0] if deadline else window.plan_pane.research).setFocus()
    plan_before = window.store.plans.get(first.id)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert window.tabs.currentWidget() is window.notes_pane
    assert _focus() is window.notes_pane.capture
    qtbot.keyClicks(window.notes_pane.capture, "They ship weekly")
    qtbot.keyClick(window.notes_pane.capture, Qt.Key.Key_Return)
    assert [n.text for n in window.store.notes.all(first.id)] == ["They ship weekly"]
    assert window.store.plans.get(first.id) == plan_before
    _assert_focus_on_screen(window)


def test_a_new_interview_opens_on_the_plan(window, letter_world, answers):
    first, _, _ = letter_world
    open_interview(window, first.id, "letter")
    answers.interview = sample_interview("Round 3")
    window.menus.action_new_interview.trigger()
    assert window.tabs.currentWidget() is window.plan_pane


def test_the_last_tab_comes_back_only_for_its_own_interview(make_window, window, letter_world):
    first, second, _ = letter_world
    open_interview(window, first.id, "letter")
    window.close()
    again = make_window()
    assert again.navigator.current == Place("interview", first.id, "letter")
    assert again.tabs.currentWidget() is again.letter_pane
    again.sidebar.select("interview", second.id)
    assert again.tabs.currentWidget() is again.plan_pane  # not started: prepare it
    again.sidebar.select("interview", first.id)
    assert again.tabs.currentWidget() is again.letter_pane  # as left in this session


def test_history_forgets_forward_on_a_new_visit_and_has_a_limit():
    history, places = History(limit=3), [Place("interview", str(n), "plan") for n in range(6)]
    for left, arrived in zip(places, places[1:]):
        history.visit(left, arrived)
    assert history.back == places[2:5]
    assert history.step(places[5], -1) == places[4] and history.forward == [places[5]]
    history.visit(places[4], Place())
    assert history.forward == []
    assert Place.parse(str(places[0])) == places[0] and Place.parse("interview::x") is None
    assert Place.parse("nonsense") is None and Place.parse("dashboard::") == Place()


def test_mouse_back_outside_the_window_is_left_alone(window, qtbot):
    other = type(window.search.box)()
    qtbot.addWidget(other)
    show(qtbot, other)
    _click(other, Qt.MouseButton.BackButton)
    assert window.navigator.current == Place()


def test_leaving_a_field_that_gets_disabled_leaves_the_keyboard_on_the_page(window, letter_world, qtbot):
    first, _, _ = letter_world
    show(qtbot, window)
    open_interview(window, first.id, "plan")
    window.plan_pane.research.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_Home, Qt.KeyboardModifier.AltModifier)  # the plan's fields are disabled
    assert _focus() is not None and _focus().isVisible()
    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.tabs.currentWidget() is window.plan_pane
    assert _focus() is not None and _focus().isVisible()


def test_ctrl_2_puts_the_keyboard_in_the_capture_line(window, letter_world, qtbot):
    first, _, _ = letter_world
    show(qtbot, window)
    open_interview(window, first.id, "plan")
    window.sidebar.tree.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.notes_pane and _focus() is window.notes_pane.capture


def test_the_keyboard_in_a_page_follows_a_move_and_stays_in_the_sidebar_when_it_moves_there(window, qtbot):
    with qtbot.waitSignal(window.started):
        show(qtbot, window)
    window.dashboard.try_button.setFocus()  # an empty database: the example's button
    qtbot.keyClick(window.dashboard.try_button, Qt.Key.Key_Space)  # the example opens on its letter
    assert window.navigator.current.tab == "letter" and _focus() is window.letter_pane.editor
    # Back on the dashboard the button that last had the keyboard is gone; Qt would hand it to the next
    # widget that takes it, the sidebar's filter, where the next keys would be typed.
    qtbot.keyClick(window, Qt.Key.Key_Home, Qt.KeyboardModifier.AltModifier)
    assert window.stack.currentWidget() is window.dashboard
    assert _focus() is window.dashboard.tree, _focus().objectName()
    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)  # Back to the letter
    assert window.navigator.current.tab == "letter" and window.tabs.isAncestorOf(_focus()), _focus().objectName()
    window.sidebar.tree.setFocus()  # arrows in the sidebar move the page and keep the keyboard there
    qtbot.keyClick(window.sidebar.tree, Qt.Key.Key_Up)
    assert window.navigator.current.page == "application" and _focus() is window.sidebar.tree
    qtbot.keyClick(window.sidebar.tree, Qt.Key.Key_Up)
    assert window.navigator.current == Place("dashboard") and _focus() is window.sidebar.tree
    _assert_focus_on_screen(window)


def test_after_a_box_closes_the_keyboard_goes_back_to_the_page_shown(window, qtbot, monkeypatch):
    from PySide6.QtWidgets import QDialog

    from followup_desktop.gui.common import dialogs

    with qtbot.waitSignal(window.started):
        show(qtbot, window)
    window.dashboard.try_button.setFocus()  # the dashboard's last focused widget, gone once the example exists
    qtbot.keyClick(window.dashboard.try_button, Qt.Key.Key_Space)
    interview = window.navigator.current.ident
    assert _focus() is window.letter_pane.editor

    def confirm(parent, *args, **kw):  # a real modal box: it takes the keyboard and gives it back once closed
        box = QDialog(parent)
        box.setModal(True)
        with qtbot.waitExposed(box):
            box.show()
        box.activateWindow()
        qtbot.waitUntil(box.isActiveWindow)
        box.accept()
        return True

    monkeypatch.setattr(dialogs, "confirm", confirm)
    window.menus.action_delete.trigger()  # Edit ▸ Delete while typing in the letter: the dashboard is shown
    assert window.stack.currentWidget() is window.dashboard
    # The keyboard goes back, once the box has gone, to the widget the window remembers: in the page shown,
    # not the hidden letter (X11 then hands it to the sidebar's filter, where Ctrl+Z would undo nothing).
    back_to = window.focusWidget()
    assert back_to is window.dashboard or window.dashboard.isAncestorOf(back_to), back_to.objectName()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(_focus(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # as the status bar says
    assert window.navigator.current.ident == interview
    _assert_focus_on_screen(window)
