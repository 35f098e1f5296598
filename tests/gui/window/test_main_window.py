import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from followup_desktop.core.forms import ContactForm
from followup_desktop.gui.window.sidebar import ID_ROLE

from ..conftest import sample_application, sample_interview, show


def _tree_texts(window):
    """The sidebar's rows below its first one, Dashboard."""
    proxy = window.sidebar.proxy
    assert proxy.index(0, 0).data() == "Dashboard"
    out = []
    for row in range(1, proxy.rowCount()):
        parent = proxy.index(row, 0)
        out.append(parent.data())
        out.extend("  " + proxy.index(r, 0, parent).data() for r in range(proxy.rowCount(parent)))
    return out


def _trigger(window, name):
    window.findChild(type(window.menus.action_quit), name).trigger()


def _add_app_and_interview(window, answers):
    answers.application = sample_application()
    _trigger(window, "actionNewApplication")
    answers.interview = sample_interview(interviewers=[ContactForm("Sam Roe", "VP Engineering")])
    _trigger(window, "actionNewInterview")


def test_main_widgets_have_their_object_names(window, answers):
    assert window.findChild(object, "planPane") is None  # built on first use, after the first paint
    _add_app_and_interview(window, answers)
    for name in ("sidebar", "sidebarFilter", "planPane", "notesPane", "letterPane"):
        assert window.findChild(object, name) is not None, name
    for name in ("actionNewApplication", "actionNewInterview", "actionEditItem", "actionDelete", "actionQuit"):
        action = window.findChild(type(window.menus.action_quit), name)
        assert action is not None and not action.shortcut().isEmpty(), name


def test_empty_window_explains_how_to_start(window):
    assert window.stack.currentWidget() is window.dashboard
    assert "New application" in window.dashboard.text.text()
    assert not window.menus.action_new_interview.isEnabled()


def test_create_application_and_interview_through_actions(window, answers):
    _add_app_and_interview(window, answers)
    assert _tree_texts(window) == [
        "Acme Robotics — Head of Platform",
        "  Round 1  ·  " + _tree_texts(window)[1].split("·  ")[1],
    ]
    assert window.sidebar.current()[0] == "interview"
    assert window.stack.currentWidget() is window.tabs
    interview = window.store.interviews.all()[0]
    assert [c.name for c in window.store.interviews.interviewers(interview.id)] == ["Sam Roe"]
    assert {c.name for c in window.store.contacts.all(interview.application_id)} == {"Dana Lee", "Sam Roe"}


def test_selecting_an_application_shows_its_summary(window, answers):
    _add_app_and_interview(window, answers)
    app = window.store.applications.all()[0]
    window.sidebar.select("application", app.id)
    assert window.stack.currentWidget() is window.pages.application_view
    summary = window.pages.application_view.summary.text()
    assert "Dana Lee" in summary and "Round 1" in summary


def test_filter_as_you_type(window, answers, qtbot):
    for company in ("Acme Robotics", "Beta Bank", "Gamma Games"):
        answers.application = sample_application(company)
        _trigger(window, "actionNewApplication")
    qtbot.keyClicks(window.sidebar.filter, "bank")
    assert [t for t in _tree_texts(window) if not t.startswith(" ")] == ["Beta Bank — Head of Platform"]
    window.sidebar.filter.clear()
    assert len(_tree_texts(window)) == 3


def test_down_in_the_filter_goes_on_into_the_list(window, answers, qtbot):
    from PySide6.QtCore import Qt

    from ..conftest import show

    for company in ("Acme Robotics", "Beta Bank"):
        answers.application = sample_application(company)
        _trigger(window, "actionNewApplication")
    show(qtbot, window)
    window.menus.action_dashboard.trigger()
    window.menus.action_filter.trigger()  # Ctrl+L
    qtbot.keyClicks(window.sidebar.filter, "bank")
    qtbot.keyClick(window.sidebar.filter, Qt.Key.Key_Down)
    assert window.sidebar.tree.hasFocus()
    assert window.navigator.current.page == "application"
    assert window.store.applications.get(window.navigator.current.ident).company == "Beta Bank"


def test_filter_finds_interviews_by_title(window, answers, qtbot):
    _add_app_and_interview(window, answers)
    answers.application = sample_application("Other Co")
    _trigger(window, "actionNewApplication")
    qtbot.keyClicks(window.sidebar.filter, "round")
    assert _tree_texts(window)[0] == "Acme Robotics — Head of Platform"
    assert len(_tree_texts(window)) == 2


def test_edit_application(window, answers):
    answers.application = sample_application()
    _trigger(window, "actionNewApplication")
    form = sample_application("Acme Robotics Ltd", "CTO")
    form.contacts = []
    answers.application = form
    _trigger(window, "actionEditItem")
    app = window.store.applications.all()[0]
    assert app.label == "Acme Robotics Ltd — CTO"
    assert window.store.contacts.all(app.id) == []
    assert _tree_texts(window) == ["Acme Robotics Ltd — CTO"]


def test_delete_asks_first_and_undo_brings_everything_back(window, answers, qtbot):
    _add_app_and_interview(window, answers)
    app = window.store.applications.all()[0]
    window.sidebar.select("application", app.id)
    answers.confirm = False
    _trigger(window, "actionDelete")
    assert len(window.store.applications.all()) == 1
    answers.confirm = True
    show(qtbot, window)
    window.sidebar.tree.setFocus()
    qtbot.keyClick(window.sidebar.tree, Qt.Key.Key_Delete)
    assert window.store.applications.all() == [] and _tree_texts(window) == []
    assert "Ctrl+Z" in window.statusBar().currentMessage()
    _trigger(window, "actionUndoDelete")
    assert window.store.applications.all() == [app]
    assert len(window.store.interviews.all()) == 1 and window.store.trash.all() == []


def test_deleted_interview_restored_from_trash(window, answers):
    _add_app_and_interview(window, answers)
    _trigger(window, "actionDelete")
    assert window.store.interviews.all() == []
    entry = window.store.trash.all()[0]
    answers.trash = ("restore", entry.id)
    _trigger(window, "actionTrash")
    assert len(window.store.interviews.all()) == 1
    restored = window.store.interviews.all()[0]
    assert window.sidebar.current() == ("interview", restored.id)  # what came back is shown
    assert window.tabs.currentWidget() is window.plan_pane


def test_empty_trash_after_confirmation(window, answers):
    _add_app_and_interview(window, answers)
    _trigger(window, "actionDelete")
    answers.trash = ("empty", None)
    _trigger(window, "actionTrash")
    assert window.store.trash.all() == [] and not window.menus.action_undo.isEnabled()


def test_everything_is_there_after_a_restart(make_window, answers, qtbot):
    first = make_window()
    _add_app_and_interview(first, answers)
    show(qtbot, first)
    first.resize(790, 560)
    first.splitter.setSizes([140, 650])
    sizes = first.splitter.sizes()
    first.tabs.setCurrentIndex(2)
    selected = first.sidebar.current()
    texts = _tree_texts(first)
    first.close()
    second = make_window()
    assert _tree_texts(second) == texts
    with qtbot.waitSignal(second.started):
        second.show()  # the last selection comes back once the window has painted
    assert second.sidebar.current() == selected
    assert (second.width(), second.height()) == (790, 560)
    assert second.splitter.sizes() == sizes
    assert second.tabs.currentIndex() == 2


def test_store_error_is_shown_not_raised(window, answers):
    answers.application = sample_application()
    answers.application.status = "no-such-status"
    _trigger(window, "actionNewApplication")
    assert answers.errors and "Unknown status" in answers.errors[0]
    assert window.store.applications.all() == []


HOSTILE = [
    "N" * 500,  # the longest company name (core/store/limits.py); longer ones: tests/faults/test_limits_fields.py
    "Émoji 🚀👩‍👩‍👧‍👦 Corp",
    "شركة مرحبا — חברה",
    "Ctrl\x00\x07\x1b[31mChars\u202e",
]


def test_hostile_names_are_stored_and_shown(window, answers):
    for text in HOSTILE:
        answers.application = sample_application(text, text)
        _trigger(window, "actionNewApplication")
    stored = {a.company for a in window.store.applications.all()}
    assert stored == set(HOSTILE)
    shown = {window.sidebar.model.item(r).data(ID_ROLE) for r in range(1, window.sidebar.model.rowCount())}
    assert shown == {a.id for a in window.store.applications.all()}
    window.grab()  # paints every row without crashing


def test_an_impossible_stored_date_is_shown_as_it_is(window):
    """An old import could store 2026-13-45: the sidebar shows the text instead of failing."""
    from dataclasses import replace

    from followup_desktop.gui.common.labels import interview_label

    app = window.store.applications.add("Acme")
    interview = window.store.interviews.add(app.id, "Round 1")
    assert (
        interview_label(replace(interview, scheduled_start="2026-13-45T25:61:61Z"))
        == "Round 1  ·  2026-13-45T25:61:61Z"
    )


def _edit_application_answering(window, monkeypatch, forms_given):
    """Open Edit application; the dialog answers each form of forms_given in turn, then Cancel."""
    from followup_desktop.gui.common import dialogs

    seen = []

    def fake(parent, initial=None):
        seen.append(initial)
        return forms_given.pop(0) if forms_given else None

    monkeypatch.setattr(dialogs, "edit_application", fake)
    _trigger(window, "actionEditItem")
    return seen


def test_removing_a_person_who_is_named_elsewhere_asks_first(window, answers, monkeypatch):
    from dataclasses import replace

    from followup_desktop.core import forms

    _add_app_and_interview(window, answers)
    app = window.store.applications.all()[0]
    sam = next(c for c in window.store.contacts.all(app.id) if c.name == "Sam Roe")
    interview = window.store.interviews.all(app.id)[0]
    window.store.notes.add(interview.id, "Sam: the queue loses messages", speaker_id=sam.id)
    window.sidebar.select("application", app.id)
    form = forms.application_form(app, window.store.contacts.all(app.id))
    without_sam = replace(form, contacts=[c for c in form.contacts if c.id != sam.id])
    asked = []
    monkeypatch.setattr(
        "followup_desktop.gui.common.dialogs.confirm", lambda parent, title, text, ok: asked.append(text)
    )
    seen = _edit_application_answering(window, monkeypatch, [without_sam])
    assert "Sam Roe: 1 interview, 1 note" in asked[0]
    assert seen[-1] is without_sam  # declined: the form came back as typed
    assert window.store.contacts.get(sam.id).name == "Sam Roe"
    assert window.store.notes.all(interview.id)[0].speaker_id == sam.id
    monkeypatch.setattr("followup_desktop.gui.common.dialogs.confirm", lambda *a: True)
    _edit_application_answering(window, monkeypatch, [without_sam])
    assert sam.id not in {c.id for c in window.store.contacts.all(app.id)}
    assert window.store.notes.all(interview.id)[0].text == "Sam: the queue loses messages"


def test_removing_a_person_named_nowhere_asks_nothing(window, answers, monkeypatch):
    from dataclasses import replace

    from followup_desktop.core import forms

    answers.application = sample_application()
    _trigger(window, "actionNewApplication")
    app = window.store.applications.all()[0]
    form = forms.application_form(app, window.store.contacts.all(app.id))
    monkeypatch.setattr("followup_desktop.gui.common.dialogs.confirm", lambda *a: pytest.fail("nothing to warn about"))
    _edit_application_answering(window, monkeypatch, [replace(form, contacts=[])])
    assert window.store.contacts.all(app.id) == []


def test_words_typed_just_before_deleting_their_interview_come_back_with_undo(window, answers, qtbot):
    _add_app_and_interview(window, answers)
    interview = window.store.interviews.all()[0]
    letter = window.store.letters.add(interview.id, "thank-you", None, "Thanks", "Dear Sam,\n")
    window.refresh()
    show(qtbot, window)
    window.sidebar.select("interview", interview.id)
    window.navigator.show_tab("letter")
    editor = window.letter_pane.editor
    editor.setFocus()
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor, "Typed a moment ago")  # the autosave is half a second away
    _trigger(window, "actionDelete")  # Edit ▸ Delete while the words wait to be saved
    assert window.store.interviews.all() == []
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.store.interviews.all() == [interview], "Ctrl+Z, as the status bar says, did not undo"
    assert "Typed a moment ago" in window.store.letters.get(letter.id).body
    assert answers.errors == []
