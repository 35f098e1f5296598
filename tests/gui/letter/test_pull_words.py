"""A challenge pulled into a letter is told in the user's words and opens unlike the letter's paragraphs."""

from followup_desktop.core.letters.phrasing import opening_words
from followup_desktop.gui.common import dialogs
from followup_desktop.gui.letter.letter_dialogs import NewLetterRequest

from ...core.letter_fixtures import fill_interview
from ..conftest import open_interview


def test_a_pulled_challenge_opens_unlike_the_rest_and_marks_a_suggestion(window, monkeypatch):
    interview, dana, _, challenges = fill_interview(window.store)
    hiring = next(c for c in challenges if c.quote == "hiring is slow")  # not in the draft: not for the letter
    window.refresh()
    open_interview(window, interview.id, "letter")
    monkeypatch.setattr(dialogs, "new_letter", lambda parent, people: NewLetterRequest("thank-you", [dana.id], ""))
    pane = window.letter_pane
    pane.commands.action_new.trigger()
    monkeypatch.setattr(dialogs, "choose_challenges", lambda parent, cs: [hiring.id])
    pane.editor.moveCursor(pane.editor.textCursor().MoveOperation.End)
    pane.commands.action_pull.trigger()
    paragraphs = [p for p in pane.editor.toPlainText().split("\n") if p.strip()]
    pulled = next(p for p in paragraphs if "«hiring is slow»" in p)  # its summary is only a suggestion yet
    firsts = [opening_words(p) for p in paragraphs if opening_words(p) and not p.startswith(("- ", "•"))]
    assert firsts.count(opening_words(pulled)) == 1, firsts
    assert pulled.endswith("Not for the letter.")  # the user's own experience follows
    assert hiring.id in {s.challenge_id for s in window.store.letters.sources(pane.letter.id)}
    pane.flush()
