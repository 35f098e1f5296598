from PySide6.QtCore import Qt

from followup_desktop.core.models import Note, PlanItem
from followup_desktop.gui.search.view import HIT_ROLE, snippet_html

from ..conftest import sample_application, sample_interview, show


def _filled(window, answers):
    answers.application = sample_application()
    window.menus.action_new_application.trigger()
    answers.interview = sample_interview()
    window.menus.action_new_interview.trigger()
    interview = window.store.interviews.all()[0]
    for row in (
        PlanItem("q1", interview.id, "question", 0, "What does success look like?"),
        Note("n1", interview.id, "2026-03-05T14:03:00.000Z", "Success means fewer pager alerts"),
    ):
        row.created_at = row.updated_at = "2026-03-05T14:00:00.000Z"
        window.store.rows.upsert(row)
    return interview


def _results(window):
    """{group label: [hits]} as shown."""
    tree = window.search.view.results
    out = {}
    for i in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(i)
        label = group.text(0).split("</b>")[0].removeprefix("<b>")
        out[label] = [group.child(j).data(0, HIT_ROLE) for j in range(group.childCount())]
    return out


def test_type_to_search_and_open_a_result(window, answers, qtbot):
    interview = _filled(window, answers)
    show(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search.box.hasFocus()
    qtbot.keyClicks(window.search.box, "succes")
    assert window.stack.currentWidget() is window.search.view
    qtbot.waitUntil(lambda: window.search.view.results.topLevelItemCount() == 2, timeout=3000)
    groups = _results(window)
    assert list(groups) == ["Plans", "Notes"]
    note = groups["Notes"][0]
    assert note.ref_id == "n1" and note.match_text == "Success"
    window.search.view.open_hit.emit(note)
    assert window.sidebar.current() == ("interview", interview.id)
    assert window.tabs.currentWidget() is window.notes_pane


def test_awkward_input_never_shows_an_error(window, answers, qtbot):
    _filled(window, answers)
    for text in ['"', "c++", "*", "e-mail", 'salary"', "🚀", "NEAR("]:
        window.search.box.setText(text)
        window.search.entered()
        qtbot.waitUntil(lambda: not window.search.view._running, timeout=3000)
    assert answers.errors == []


def test_filter_by_type(window, answers, qtbot):
    _filled(window, answers)
    window.search.box.setText("success")
    window.search.entered()
    qtbot.waitUntil(lambda: window.search.view.results.topLevelItemCount() == 2, timeout=3000)
    window.search.view.kind.setCurrentIndex(window.search.view.kind.findData("note"))
    window.search.view.search_now()
    qtbot.waitUntil(lambda: window.search.view.results.topLevelItemCount() == 1, timeout=3000)
    assert list(_results(window)) == ["Notes"]


def test_clearing_the_box_returns_to_where_you_were(window, answers, qtbot):
    _filled(window, answers)
    before = window.stack.currentWidget()
    qtbot.keyClicks(window.search.box, "x")
    assert window.stack.currentWidget() is window.search.view
    window.search.box.clear()
    window.search.typed("")
    assert window.stack.currentWidget() is before


def test_snippet_html_escapes_and_marks():
    assert snippet_html("<b>\x02x\x03</b>") == "&lt;b&gt;<b><u>x</u></b>&lt;/b&gt;"


def test_a_note_result_is_selected_in_the_notes_list(window, answers, qtbot):
    interview = _filled(window, answers)
    window.search.box.setText("pager")
    window.search.entered()
    qtbot.waitUntil(lambda: window.search.view.results.topLevelItemCount() == 1, timeout=3000)
    hit = _results(window)["Notes"][0]
    window.search.view.open_hit.emit(hit)
    pane = window.notes_pane
    current = pane.view.currentIndex()
    assert window.sidebar.current() == ("interview", interview.id)
    assert pane.model.row_of("n1") == current.row()


def _open_first(window, qtbot, query, group):
    window.search.box.setText(query)
    window.search.entered()
    qtbot.waitUntil(lambda: query in [h.match_text.lower() for h in _results(window).get(group, [])], timeout=3000)
    hit = _results(window)[group][0]
    window.search.view.open_hit.emit(hit)
    return hit


def test_a_letter_result_opens_that_letter_with_the_match_selected(window, answers, qtbot):
    interview = _filled(window, answers)
    store = window.store
    store.letters.add(interview.id, "thank-you", None, "First", "Dear Dana,\n\nNothing special here.\n")
    wanted = store.letters.add(interview.id, "check-in", None, "Second", "Dear Dana,\n\nThe **zeppelin** plan.\n")
    window.refresh()
    _open_first(window, qtbot, "zeppelin", "Letters")
    pane = window.letter_pane
    assert window.tabs.currentWidget() is pane and pane.letter.id == wanted.id
    assert pane.editor.textCursor().selectedText() == "zeppelin"


def test_a_plan_result_selects_the_item_or_the_research_words(window, answers, qtbot):
    interview = _filled(window, answers)
    window.store.plans.save(interview.id, research="They build warehouse robots in Leeds.")
    window.refresh()
    _open_first(window, qtbot, "success", "Plans")
    pane = window.plan_pane
    assert window.tabs.currentWidget() is pane and pane.questions.current_id() == "q1"
    hit = _open_first(window, qtbot, "warehouse", "Plans")
    assert hit.ref_id == interview.id
    assert pane.research.textCursor().selectedText().lower() == "warehouse"


def test_enter_never_leaves_the_results_of_an_older_query_to_open(window, answers, qtbot):
    """Typed fast: a new query and Enter, then Enter again, must not open a hit of the previous search."""
    _filled(window, answers)
    show(qtbot, window)
    window.menus.action_search.trigger()
    qtbot.keyClicks(window.search.box, "success")
    qtbot.keyClick(window.search.box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.search.view.results.topLevelItemCount() == 2, timeout=3000)
    window.search.box.selectAll()
    qtbot.keyClicks(window.search.box, "pager")
    qtbot.keyClick(window.search.box, Qt.Key.Key_Return)  # the search runs off the GUI thread
    shown = [hit for hits in _results(window).values() for hit in hits]
    assert all(hit.match_text.lower() == "pager" for hit in shown), [h.match_text for h in shown]
    qtbot.waitUntil(lambda: [h.ref_id for hits in _results(window).values() for h in hits] == ["n1"], timeout=3000)
