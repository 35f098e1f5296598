"""A user's words that look like HTML show as typed in every label, tooltip and message of the window.

Qt renders a QLabel, a tooltip or a message box as HTML when its text merely looks like HTML
("<b>", "&amp;"): a company "<b>Zq</b> &amp; <i>" would show as a bold "Zq &".
"""

from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QAbstractButton, QLabel, QListWidget, QMessageBox, QTreeWidget, QWidget

from followup_desktop.core.models import Challenge
from followup_desktop.core.store.rows import new_id
from followup_desktop.gui.common import dialogs
from followup_desktop.gui.letter.letter_dialogs import NewLetterRequest

MARK = "<b>Zq</b> &amp; <i>"


def _rendered(text: str, rich: bool | None = None) -> str:
    """What Qt shows for a text: rich when told, or when it looks like HTML."""
    from PySide6.QtGui import Qt

    if rich is None:
        rich = Qt.mightBeRichText(text)
    if not rich:
        return text
    doc = QTextDocument()
    doc.setHtml(text)
    return doc.toPlainText()


def _label_rich(label: QLabel) -> bool | None:
    from PySide6.QtCore import Qt

    return {Qt.TextFormat.PlainText: False, Qt.TextFormat.RichText: True}.get(label.textFormat())


def shown_texts(window):
    """(where, text as shown) of every label, tooltip and list or tree item of the window."""
    for widget in window.findChildren(QWidget):
        if isinstance(widget, QLabel):
            yield widget.objectName() or "label", widget.text(), _rendered(widget.text(), _label_rich(widget))
        if widget.toolTip():
            yield f"{widget.objectName()} tooltip", widget.toolTip(), _rendered(widget.toolTip())
        if isinstance(widget, QListWidget):
            for i in range(widget.count()):
                tip = widget.item(i).toolTip()
                yield f"{widget.objectName()} item tooltip", tip, _rendered(tip)
        if isinstance(widget, QTreeWidget):
            stack = [widget.topLevelItem(i) for i in range(widget.topLevelItemCount())]
            while stack:
                item = stack.pop()
                stack.extend(item.child(i) for i in range(item.childCount()))
                for column in range(widget.columnCount()):
                    yield f"{widget.objectName()} item tooltip", item.toolTip(column), _rendered(item.toolTip(column))


def _assert_as_typed(window, place):
    seen = 0
    for where, raw, shown in shown_texts(window):
        if "Zq" in raw:
            seen += 1
            assert MARK in " ".join(shown.split()), f"{place}: {where} shows {shown!r}"
    return seen


def test_markup_in_names_quotes_and_questions_shows_as_typed(window, monkeypatch):
    store = window.store
    app = store.applications.add(f"Acme {MARK}", f"Head of {MARK}")
    dana = store.contacts.add(app.id, f"Dana {MARK}")
    interview = store.interviews.add(app.id, f"Round {MARK}", scheduled_start="2026-03-05T14:00:00.000Z")
    store.interviews.set_interviewers(interview.id, [dana.id])
    store.plans.add_item(interview.id, "question", f"Why {MARK}?")
    store.plans.add_item(interview.id, "point", f"Point {MARK} " + "long " * 60)
    note = store.notes.add(interview.id, f"They said {MARK} loudly")
    now = store.now()
    store.rows.upsert(
        Challenge(
            id=new_id(),
            interview_id=interview.id,
            note_id=note.id,
            quote=f"quote {MARK}",
            speaker_id=dana.id,
            experience=f"I did {MARK}",
            position=1,
            include_in_letter=1,
            created_at=now,
            updated_at=now,
        )
    )
    store.stories.add(f"Story {MARK}", situation=f"When {MARK}", result="it worked")
    window.refresh()
    seen = _assert_as_typed(window, "dashboard")
    window.sidebar.select("application", app.id)
    seen += _assert_as_typed(window, "application")
    window.sidebar.select("interview", interview.id)
    for pane in (window.plan_pane, window.notes_pane):
        window.tabs.setCurrentWidget(pane)
        seen += _assert_as_typed(window, pane.objectName())
    window.tabs.setCurrentWidget(window.letter_pane)
    monkeypatch.setattr(dialogs, "new_letter", lambda parent, people: NewLetterRequest("thank-you", [dana.id]))
    window.letter_pane.commands.action_new.trigger()
    seen += _assert_as_typed(window, "letter")
    assert seen >= 6  # the sidebar, the application view, the plan heading, the quote's and the sources' tips…


def test_messages_show_the_users_words_as_plain_text(qapp, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    monkeypatch.setattr(QMessageBox, "information", lambda *args: None)  # a static box would block the test
    dialogs.show_info(None, "Info", f"“{MARK}.docx” was saved")
    dialogs.show_error(None, "Error", f"“{MARK}.docx” could not be saved")
    dialogs.confirm(None, "Replace?", f"“{MARK}.docx” already exists", "Replace")
    for box in shown:
        from PySide6.QtCore import Qt

        assert box.textFormat() == Qt.TextFormat.PlainText and MARK in box.text()
    assert len(shown) == 3 and all(isinstance(b.findChild(QAbstractButton), QAbstractButton) for b in shown)
