"""Highlights: exact quotes on non-ASCII text, anchoring after edits, order, undo."""

import pytest

from followup_desktop.core.store import ValidationError
from followup_desktop.core.text import anchors


@pytest.fixture
def interview(store):
    app = store.applications.add("Acme")
    return store.interviews.add(app.id, "Round 1")


@pytest.mark.parametrize(
    "text, quote",
    [
        ("plain billing stalls", "billing"),
        ("😀👨\u200d👩\u200d👧 the queue loses messages", "queue loses"),
        ("café\u0301 naïve déjà vu", "déjà"),
        ("שלום queue עולם", "עולם"),
    ],
)
def test_quote_is_exactly_the_selected_code_points(store, interview, text, quote):
    note = store.notes.add(interview.id, text)
    start = text.index(quote)
    ch = store.challenges.add(note.id, start, start + len(quote))
    assert ch.quote == quote and text[ch.start : ch.end] == quote


def test_whole_note_and_kind_from_the_note(store, interview):
    note = store.notes.add(interview.id, "We need a better on-call rota", kind="need")
    ch = store.challenges.add(note.id)
    assert (ch.quote, ch.kind, ch.start, ch.end) == (note.text, "need", 0, len(note.text))


@pytest.mark.parametrize(
    "text, selected, quote",
    [
        (
            "Deploys stall, the payment queue loses messages, they said.",
            " the payment queue loses messages,",
            "the payment queue loses messages",
        ),
        ("It fails.  Every night; always.", "  Every night;", "Every night"),
        ("Then: Why is the queue so slow? Nobody knows.", ": Why is the queue so slow? ", "Why is the queue so slow?"),
        ("We must ship faster! Or else.", "We must ship faster!", "We must ship faster!"),
    ],
)
def test_a_highlight_is_its_words_without_the_selections_blanks_and_joining_punctuation(
    store, interview, text, selected, quote
):
    note = store.notes.add(interview.id, text)
    start = text.index(selected)
    ch = store.challenges.add(note.id, start, start + len(selected))
    assert ch.quote == quote and text[ch.start : ch.end] == quote  # the anchor is the trimmed quote's


def test_whole_note_highlight_drops_its_final_full_stop(store, interview):
    note = store.notes.add(interview.id, "Releases happen once a fortnight.")
    ch = store.challenges.add(note.id)
    assert ch.quote == "Releases happen once a fortnight" and note.text[ch.start : ch.end] == ch.quote


@pytest.mark.parametrize("start, end", [(3, 3), (5, 2), (0, 99), (-1, 2), (5, 6)])
def test_bad_spans_are_refused(store, interview, start, end):
    note = store.notes.add(interview.id, "short note")
    with pytest.raises(ValidationError):
        store.challenges.add(note.id, start, end)


@pytest.mark.parametrize(
    "old, new, quote, expected",
    [
        ("the queue loses messages", "Sadly the queue loses messages", "queue loses", (10, 21)),
        ("a 😀 queue, b queue", "a 😀😀 queue, b queue", "queue", (5, 10)),
        ("one queue. two queue.", "one queue. two queue. three", "queue", (4, 9)),
        ("the queue loses", "the backlog grows", "queue", None),
    ],
)
def test_reanchor_finds_the_nearest_match(old, new, quote, expected):
    start = old.index(quote)
    assert anchors.reanchor(old, new, start, start + len(quote), quote) == expected


def test_editing_a_note_moves_or_loses_highlights(store, interview):
    note = store.notes.add(interview.id, "👨\u200d👩 the queue loses messages; deploys are slow")
    keep = store.challenges.add(note.id, note.text.index("queue"), note.text.index("queue") + 5)
    gone = store.challenges.add(note.id, note.text.index("deploys"), len(note.text))
    edit = store.notes.edit_text(note.id, "Sadly 👨\u200d👩 the queue loses messages; releases are slow")
    moved = store.challenges.get(keep.id)
    assert edit.note.text[moved.start : moved.end] == "queue"
    assert [c.id for c in edit.lost] == [gone.id]
    lost = store.challenges.get(gone.id)
    assert anchors.is_lost(lost.start, lost.end) and lost.quote == "deploys are slow"


def test_order_move_and_undo_delete(store, interview):
    note = store.notes.add(interview.id, "alpha beta gamma")
    a, b, c = (store.challenges.add(note.id, i * 6, i * 6 + 4) for i in range(3))
    store.challenges.move(c.id, -2)
    assert [x.id for x in store.challenges.all(interview.id)] == [c.id, a.id, b.id]
    removed = store.challenges.delete(a.id)
    store.challenges.restore(removed)
    assert [x.id for x in store.challenges.all(interview.id)] == [c.id, a.id, b.id]


def test_experience_story_and_include_flag(store, interview):
    note = store.notes.add(interview.id, "Hiring is slow")
    ch = store.challenges.add(note.id)
    story = store.stories.add("Hiring pipeline", situation="We took 3 months to hire")
    ch = store.challenges.update(ch.id, experience="I rebuilt the loop", story_id=story.id, include_in_letter=False)
    assert (ch.experience, ch.story_id, ch.include_in_letter) == ("I rebuilt the loop", story.id, 0)
    with pytest.raises(ValidationError):
        store.challenges.update(ch.id, quote="rewritten")
