"""Saving the profile later fills «your name» / «your address» in unsent drafts: asked once, undoable."""

import pytest

from followup_desktop.core.letters import fill
from followup_desktop.core.letters.drafts import build_draft, draft_input
from followup_desktop.core.models.letters import Profile
from followup_desktop.core.text.provenance import paragraphs_of

from ..letter_fixtures import fill_interview

ALEX = Profile(name="Alex Doe", address_lines=["1 High Street", "Leeds"])


@pytest.fixture
def drafts(store):
    """Two drafts written before the profile (one going on paper), one sent, one without placeholders."""
    interview, dana, sam, _ = fill_interview(store)
    store.settings.save_profile(Profile())
    store.plans.save(interview.id, followup_channel="letter")

    def add(recipient, kind="thank-you"):
        draft = build_draft(draft_input(store, interview.id, kind, recipient.id))
        return store.letters.add(interview.id, kind, recipient.id, draft.subject, draft.body, draft.sources)

    first, second = add(dana), add(sam, "check-in")
    sent = add(dana, "offer")
    store.letters.mark_sent(sent.id, "2026-03-06T10:00:00.000Z", "email")
    mine = store.letters.add(interview.id, "thank-you", dana.id, "Hi", "Dear Dana,\n\nThanks.\n\nAlex\n")
    return first, second, sent, mine


def test_drafts_with_placeholders_are_the_ones_to_ask_about(store, drafts):
    first, second, sent, mine = drafts
    assert "«your name»" in first.body and paragraphs_of(first.body)[0] == "«your address»"
    assert {letter.id for letter in fill.fillable(store, ALEX)} == {first.id, second.id}
    assert fill.fillable(store, Profile(closing="Best")) == []  # nothing to fill them with


def test_filling_signs_with_the_name_and_leaves_the_address_to_the_letterhead(store, drafts):
    first, second, sent, mine = drafts
    sent_before, mine_before = store.letters.get(sent.id).body, mine.body
    changes = fill.fill_drafts(store, ALEX, [first.id, second.id])
    assert {c.letter_id for c in changes} == {first.id, second.id}
    body = store.letters.get(first.id).body
    assert "«" not in body and paragraphs_of(body)[0] == "Dear Dana Lee," and paragraphs_of(body)[-1] == "Alex Doe"
    assert body == first.body.replace("«your address»\n\n", "").replace("«your name»", "Alex Doe")
    assert store.letters.get(sent.id).body == sent_before and store.letters.get(mine.id).body == mine_before
    assert fill.fillable(store, ALEX) == []


def test_undo_puts_back_exactly_what_was_there(store, drafts):
    first, second, *_ = drafts
    changes = fill.fill_drafts(store, ALEX, [first.id, second.id])
    assert fill.undo_fill(store, changes) == []
    assert store.letters.get(first.id).body == first.body and store.letters.get(second.id).body == second.body


def test_undo_leaves_a_draft_edited_since(store, drafts):
    first, second, *_ = drafts
    changes = fill.fill_drafts(store, ALEX, [first.id, second.id])
    edited = store.letters.get(first.id).body + "\nP.S. One more thing.\n"
    store.letters.save_body(first.id, edited)
    left = fill.undo_fill(store, changes)
    assert [c.letter_id for c in left] == [first.id]
    assert store.letters.get(first.id).body == edited and store.letters.get(second.id).body == second.body


def test_a_draft_declined_once_is_not_asked_about_again(store, drafts):
    first, second, *_ = drafts
    fill.decline(store, [first.id])
    assert [letter.id for letter in fill.fillable(store, ALEX)] == [second.id]
    store.letters.delete(first.id)
    fill.decline(store, [])
    assert fill.declined(store) == set()  # the list keeps only drafts that still exist


def test_the_rewrite_is_one_transaction(store, drafts):
    first, second, *_ = drafts

    def rewrite(letter):
        if letter.id == second.id:
            raise RuntimeError("disk full")
        return fill.filled(letter.body, ALEX)

    with pytest.raises(RuntimeError):
        store.letters.rewrite_unsent(rewrite)
    assert store.letters.get(first.id).body == first.body


@pytest.mark.parametrize(
    "body, profile, expected",
    [
        ("Kind regards,\n\n«your name»\n", Profile(name="Alex *Doe* <x>"), "Kind regards,\n\nAlex \\*Doe\\* \\<x>\n"),
        ("Kind regards,\n\n«your name»\n", Profile(name="1. Alex"), "Kind regards,\n\n1\\. Alex\n"),
        ("Signed «your name» today.\n", Profile(name="Alex", signature_name="A. Doe"), "Signed A. Doe today.\n"),
        ("«your address»\n\nDear Dana,\n", Profile(address_lines=["1 High St", "Leeds"]), "Dear Dana,\n"),
        ("Dear Dana,\n\n«your address»\n", Profile(address_lines=["1 High St"]), "Dear Dana,\n"),
        ("Write to «your address».\n", Profile(address_lines=["1 High St", "Leeds"]), "Write to 1 High St, Leeds.\n"),
        ("A\n\n\n\nB «your name»\n", Profile(), "A\n\n\n\nB «your name»\n"),
        ("A\n\n\n\n«your address»\n\nB\n", Profile(address_lines=["x"]), "A\n\n\n\nB\n"),  # blank lines as typed
    ],
)
def test_filled(body, profile, expected):
    assert fill.filled(body, profile) == expected
