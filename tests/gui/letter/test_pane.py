import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from followup_desktop.core.models.letters import LetterPrefs, Profile
from followup_desktop.gui.common import dialogs
from followup_desktop.gui.letter.letter_dialogs import NewLetterRequest

from ...core.letter_fixtures import fill_interview
from ..conftest import show


@pytest.fixture(autouse=True)
def _save_before_the_store_closes(window):
    """Write pending edits while the store is still open, as closing the window does."""
    yield
    window.letter_pane.flush()


def _open(window, monkeypatch, kind="thank-you", each=False, news=""):
    """Fill the store, select the interview, create a letter through the action."""
    interview, dana, sam, challenges = fill_interview(window.store)
    window.refresh()
    window.sidebar.select("interview", interview.id)
    window.tabs.setCurrentWidget(window.letter_pane)
    ids = [dana.id, sam.id] if each else [dana.id]
    monkeypatch.setattr(dialogs, "new_letter", lambda parent, interviewers: NewLetterRequest(kind, ids, news))
    window.letter_pane.commands.action_new.trigger()
    return window.letter_pane, interview, dana, sam, challenges


def _ready(qtbot, pane):
    qtbot.waitUntil(lambda: pane.spell.ready, timeout=20000)


def test_new_letter_through_the_action_shows_a_draft_and_checks(window, monkeypatch):
    pane, interview, dana, *_ = _open(window, monkeypatch)
    assert pane.stack.currentIndex() == 1
    assert pane.editor.toPlainText().startswith("Dear Dana Lee,")
    assert pane.kind.currentData() == "thank-you" and pane.recipient.currentData() == dana.id
    assert pane.checks.list.count() >= 1 and pane.checks.score.text().startswith("Specificity")
    sourced = [pane.composer.sources.item(i).text() for i in range(pane.composer.sources.count())]
    assert sum("From your notes" in t for t in sourced) == 2 and any("Generic" in t for t in sourced)


def test_a_check_in_says_what_is_new(window, monkeypatch):
    pane, *_ = _open(window, monkeypatch, kind="check-in", news="I passed the AWS exam")
    assert "since we spoke: I passed the AWS exam." in pane.editor.toPlainText()


def test_one_letter_per_interviewer(window, monkeypatch):
    pane, interview, dana, sam, _ = _open(window, monkeypatch, each=True)
    letters = window.store.letters.all(interview.id)
    assert sorted(x.recipient_id for x in letters) == sorted([dana.id, sam.id])
    assert pane.letter_list.count() == 2
    assert {x.body.split(",")[0] for x in letters} == {"Dear Dana Lee", "Dear Sam Roe"}


def test_typing_autosaves_and_survives_reopening(window, make_window, monkeypatch, qtbot):
    pane, interview, *_ = _open(window, monkeypatch)
    pane.editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(pane.editor, " Zebra crossing")
    qtbot.waitUntil(lambda: "Zebra crossing" in window.store.letters.all(interview.id)[0].body, timeout=3000)
    assert window.status_line.saved_label.text().startswith("Saved")
    window.close()
    again = make_window()
    again.sidebar.select("interview", interview.id)
    assert "Zebra crossing" in again.letter_pane.editor.toPlainText()


def test_clicking_a_finding_selects_its_text(window, monkeypatch, qtbot):
    pane, *_ = _open(window, monkeypatch)
    pane.editor.moveCursor(QTextCursor.MoveOperation.Start)
    pane.editor.insertPlainText("TBD ")
    pane.run_checks_now()
    items = [pane.checks.list.item(i) for i in range(pane.checks.list.count())]
    todo = next(i for i in items if "to-do" in i.text())
    assert todo.text().startswith("Error:") and not todo.icon().isNull()
    rect = pane.checks.list.visualItemRect(todo)
    qtbot.mouseClick(pane.checks.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert pane.editor.textCursor().selectedText() == "TBD"


def test_checks_run_debounced_after_typing(window, monkeypatch, qtbot):
    pane, *_ = _open(window, monkeypatch)
    pane.editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(pane.editor, " Let us connect on LinkedIn.")
    assert pane.check_timer.isActive()
    qtbot.waitUntil(
        lambda: any(
            "LinkedIn" in pane.checks.list.item(i).text() or "social" in pane.checks.list.item(i).text().lower()
            for i in range(pane.checks.list.count())
        ),
        timeout=3000,
    )


def test_pull_challenges_refreshes_in_place_and_provenance_survives_edits(window, make_window, monkeypatch, qtbot):
    pane, interview, dana, sam, challenges = _open(window, monkeypatch)
    letter_id = pane.letter.id
    text = pane.editor.toPlainText()
    pane.editor.setPlainText(text.replace("pre-stop hook", "pre-stop hook on every pod"))
    pane.flush()
    monkeypatch.setattr(dialogs, "choose_challenges", lambda parent, cs: [challenges[0].id])
    pane.commands.action_pull.trigger()
    assert pane.editor.toPlainText().count("daily releases") == 1
    window.close()
    again = make_window()
    again.sidebar.select("interview", interview.id)
    again.tabs.setCurrentWidget(again.letter_pane)
    show(qtbot, again)  # the markers are matched once the letter is on screen
    infos = again.letter_pane.composer.sources
    qtbot.waitUntil(lambda: sum("From your notes" in infos.item(i).text() for i in range(infos.count())) == 2)
    assert again.letter_pane.letter.id == letter_id


def test_source_double_click_opens_the_note(window, monkeypatch):
    pane, interview, *_ = _open(window, monkeypatch)
    opened = []
    pane.open_note_requested.connect(opened.append)
    sources = pane.composer.sources
    item = next(sources.item(i) for i in range(sources.count()) if "From your notes" in sources.item(i).text())
    sources.itemActivated.emit(item)
    assert opened and window.tabs.currentWidget() is window.notes_pane
    assert "“" in item.toolTip()


def test_spell_check_flags_a_typo_not_the_company(window, monkeypatch, qtbot):
    pane, *_ = _open(window, monkeypatch)
    _ready(qtbot, pane)
    pane.editor.setPlainText("Globex and Acme Robotics recieve Dana.")
    block = pane.editor.document().firstBlock()
    underlined = [(r.start, r.length) for r in block.layout().formats()]
    assert underlined == [(len("Globex and Acme Robotics "), len("recieve"))]
    actions = pane.editor.spelling_actions(len("Globex and Acme Robotics r"))
    assert actions[0].text() == "receive"
    next(a for a in actions if a.text().startswith("Add")).trigger()
    assert "recieve" in window.store.dictionary.words()
    assert not block.layout().formats()


def test_underlines_are_detachable_for_printing(window, monkeypatch, qtbot):
    pane, *_ = _open(window, monkeypatch)
    _ready(qtbot, pane)
    pane.editor.setPlainText("A tipo here.")
    block = pane.editor.document().firstBlock()
    assert block.layout().formats()
    with pane.spell.detached():
        assert not block.layout().formats()
    assert block.layout().formats()


def test_mark_sent_keeps_a_version_and_versions_restore(window, monkeypatch, clock):
    pane, interview, *_ = _open(window, monkeypatch)
    from PySide6.QtCore import QDate

    monkeypatch.setattr(dialogs, "mark_sent", lambda parent, today: (QDate(2026, 3, 2), "email"))
    window.findChild(type(pane.commands.action_sent), "actionMarkSent").trigger()
    letter = window.store.letters.get(pane.letter.id)
    assert letter.status == "sent" and letter.sent_channel == "email"
    assert pane.composer.state.text().startswith("Sent")
    sent_body = letter.body
    clock.advance(seconds=10)
    pane.editor.setPlainText("Rewritten completely.")
    pane.flush()
    assert pane.composer.state.text().startswith("Sent") and "edited since" in pane.composer.state.text()
    seen = []
    monkeypatch.setattr(
        dialogs,
        "letter_versions",
        lambda parent, versions, label: seen.append([label(v) for v in versions]) or versions[0].id,
    )
    pane.commands.action_versions.trigger()
    assert "sent" in seen[0][0]
    assert window.store.letters.get(letter.id).body == sent_body
    assert "Dear Dana" in pane.editor.toPlainText()
    assert "edited since" not in pane.composer.state.text()  # the sent text is back


def test_copy_and_mail_client(window, monkeypatch):
    pane, interview, dana, *_ = _open(window, monkeypatch)
    window.store.contacts.update(dana.id, email="dana@acme.test")
    urls = []
    monkeypatch.setattr(dialogs, "open_url", lambda url: urls.append(url) or True)
    pane.commands.action_mail.trigger()
    assert urls[0].startswith("mailto:dana@acme.test?subject=Thank%20you") and "Dear%20Dana%20Lee" in urls[0]
    pane.commands.action_copy.trigger()
    copied = QApplication.clipboard().text()
    assert copied.startswith("Dear Dana Lee,\n\n") and "• Ten years running payment platforms" in copied


def test_settings_through_the_edit_menu(window, monkeypatch, qtbot):
    pane, *_ = _open(window, monkeypatch)
    show(qtbot, window)
    monkeypatch.setattr(
        dialogs,
        "edit_settings",
        lambda parent, profile, prefs, theme, retention: (
            Profile(name="Alex Doe", closing="Warm regards"),
            LetterPrefs(disabled_rules=["cliche", "length"]),
            theme,
            (3, 2),
        ),
    )
    action = window.findChild(type(pane.commands.action_new), "actionSettings")
    assert action in window.menus["edit"].actions() and action.shortcut().toString() == "Ctrl+,"
    action.trigger()
    assert window.store.settings.profile().closing == "Warm regards"
    assert (window.store.settings.get("backup.daily"), window.store.settings.get("backup.weekly")) == (3, 2)
    qtbot.waitUntil(lambda: pane.checking.ctx is not None)  # the letter's checks run again, with the new rules
    assert {"cliche", "length"} <= pane.checking.ctx.disabled_rules
    assert not any(f.rule in ("cliche", "length") for f in pane.checks.findings)


def test_changing_recipient_updates_the_greeting(window, monkeypatch):
    pane, interview, dana, sam, _ = _open(window, monkeypatch)
    pane.recipient.setCurrentIndex(pane.recipient.findData(sam.id))
    assert pane.editor.toPlainText().startswith("Dear Sam Roe,")
    assert window.store.letters.get(pane.letter.id).recipient_id == sam.id


def test_paste_keeps_structure_drops_colours_fonts_images(window, monkeypatch):
    pane, *_ = _open(window, monkeypatch)
    pane.editor.clear()
    mime = QMimeData()
    mime.setHtml(
        '<p style="color:#eeeeee;font-family:Comic Sans MS;font-size:30pt">Hi <b>bold</b> '
        '<i>it</i> <a href="https://example.com">link</a><img src="https://tracker.example/x.png"></p>'
        "<ul><li>one</li><li>two</li></ul>"
    )
    mime.setText("plain")
    pane.editor.insertFromMimeData(mime)
    md = pane.editor.markdown()
    assert "**bold**" in md and "*it*" in md and "[link](https://example.com)" in md and "- one" in md
    assert "tracker" not in md and "Comic" not in pane.editor.toHtml() and "#eeeeee" not in pane.editor.toHtml()


def test_markdown_round_trip_keeps_formatting(window, monkeypatch):
    pane, *_ = _open(window, monkeypatch)
    source = "Some **bold** and *italic* and a [link](https://example.com).\n\n- one\n- two\n\n1. first\n2. second\n"
    pane.editor.set_markdown(source)
    from followup_desktop.core.text.markdown import parse_body

    assert parse_body(pane.editor.markdown()) == parse_body(source)
    pane.editor.set_markdown(pane.editor.markdown())
    assert parse_body(pane.editor.markdown()) == parse_body(source)


def test_hostile_text_is_stored_and_shown(window, monkeypatch):
    pane, interview, *_ = _open(window, monkeypatch)
    hostile = "NUL\x00 ctrl\x07 emoji 🙂 RTL שלום e\u0301 " + "x" * 200_000
    pane.editor.setPlainText(hostile)
    pane.flush()
    pane.run_checks_now()
    assert "🙂" in window.store.letters.get(pane.letter.id).body


def test_words_from_the_users_notes_plan_and_experience_are_never_underlined(window, monkeypatch, qtbot):
    pane, interview, *_ = _open(window, monkeypatch)
    store = window.store
    store.notes.add(interview.id, "They still plan routes with Fernway")
    store.plans.save(interview.id, research="intraday replanning is slow")
    store.stories.add("Zorbex rollout", situation="I tuned the Zorbex scheduler")
    pane.checking.load_context()
    _ready(qtbot, pane)
    pane.editor.setPlainText("Fernway intraday Zorbex recieve.")
    underlined = [(r.start, r.length) for r in pane.editor.document().firstBlock().layout().formats()]
    assert underlined == [(len("Fernway intraday Zorbex "), len("recieve"))]


def test_changing_the_kind_gives_the_drafted_subject_of_the_new_kind(window, monkeypatch, qtbot):
    pane, interview, *_ = _open(window, monkeypatch)
    role = window.store.applications.get(interview.application_id).role
    assert pane.subject.text() == f"Thank you — {role} interview"
    pane.kind.setCurrentIndex(pane.kind.findData("check-in"))  # as the user picks it in the combo
    assert pane.subject.text() == f"Following up on the {role} interview"
    assert window.store.letters.get(pane.letter.id).subject == f"Following up on the {role} interview"
    pane.kind.setCurrentIndex(pane.kind.findData("offer"))
    assert window.store.letters.get(pane.letter.id).subject == f"Re: your offer for the {role} role"


def test_changing_the_kind_keeps_a_subject_the_user_wrote(window, monkeypatch, qtbot):
    pane, *_ = _open(window, monkeypatch)
    pane.subject.setFocus()
    pane.subject.selectAll()
    qtbot.keyClicks(pane.subject, "Our talk on Tuesday")
    pane.kind.setCurrentIndex(pane.kind.findData("check-in"))
    assert pane.subject.text() == "Our talk on Tuesday"
    assert window.store.letters.get(pane.letter.id).subject == "Our talk on Tuesday"
