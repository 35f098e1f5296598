"""The letters of an interview, without a window: which one is edited, its text, commands' writes."""

import pytest

from followup_desktop.core.letters.session import LetterSession
from followup_desktop.core.store.errors import StoreError

from ..letter_fixtures import fill_interview

DISK = "disk I/O error"


@pytest.fixture
def world(store):
    interview, dana, sam, challenges = fill_interview(store)
    session = LetterSession(store)
    assert session.open(interview) is None  # no letter yet
    return session, interview, (dana, sam), challenges


def test_new_letters_are_drafted_one_per_recipient(store, world):
    session, interview, (dana, sam), _ = world
    created = session.new_letters("thank-you", [dana.id, sam.id])
    assert [x.recipient_id for x in created] == [dana.id, sam.id]
    assert session.letters == store.letters.all(interview.id) and "Dana" in created[0].body


def test_a_refused_draft_adds_no_letter_at_all(store, world):
    session, interview, (dana, sam), _ = world
    store.conn.fault = DISK
    with pytest.raises(StoreError):
        session.new_letters("thank-you", [dana.id, sam.id])
    store.conn.fault = None
    assert store.letters.all(interview.id) == []


def test_the_letter_shown_again_is_the_same_else_the_newest(store, world):
    session, interview, (dana, sam), _ = world
    first, second = session.new_letters("thank-you", [dana.id, sam.id])
    assert session.open(interview) == second.id
    session.choose(first.id)
    assert session.open(interview) == first.id


def test_text_is_written_only_when_it_changed(store, world):
    session, _, (dana, _), _ = world
    (letter,) = session.new_letters("thank-you", [dana.id])
    session.choose(letter.id)
    assert session.save_text(letter.id, letter.subject, letter.body) is None
    saved = session.save_text(letter.id, "Thanks", letter.body + "\n\nOne more thing.")
    assert saved.subject == "Thanks" and session.letter == saved == store.letters.get(letter.id)
    assert session.save_text("another letter", "x", "y") is None  # only the letter on screen


def test_a_new_recipient_and_the_greeting_for_them_are_stored_together(store, world):
    session, _, (dana, sam), _ = world
    (letter,) = session.new_letters("thank-you", [dana.id])
    session.choose(letter.id)
    greeted = ("Thank you", letter.body.replace("Dana Lee", "Sam Roe"))
    store.conn.fault = DISK
    with pytest.raises(StoreError):
        session.set_recipient(sam.id, greeted)
    store.conn.fault = None
    assert store.letters.get(letter.id) == letter  # neither the greeting nor the recipient
    updated = session.set_recipient(sam.id, greeted)
    assert (updated.recipient_id, updated.subject) == (sam.id, "Thank you") and "Sam Roe" in updated.body


def test_pulled_paragraphs_are_stored_with_where_they_came_from(store, world):
    session, _, (dana, _), challenges = world
    (letter,) = session.new_letters("thank-you", [dana.id])
    session.choose(letter.id)
    paragraph = "About the payment queue: I made every consumer idempotent."
    session.pull(letter.subject, letter.body + "\n\n" + paragraph, [(challenges[0].id, paragraph)])
    sources = store.letters.sources(letter.id)
    assert any(s.challenge_id == challenges[0].id and s.anchor == paragraph for s in sources)


def test_versions_kept_restored_and_the_letter_deleted(store, world):
    session, interview, (dana, _), _ = world
    (letter,) = session.new_letters("thank-you", [dana.id])
    session.choose(letter.id)
    session.keep_version()
    session.save_text(letter.id, letter.subject, "Rewritten entirely.")
    (kept,) = session.versions()
    assert session.restore_version(kept.id).body == letter.body
    session.delete()
    assert session.letter is None and session.letters == [] and store.letters.all(interview.id) == []


def test_marked_as_sent_and_shown_with_what_is_typed(store, world):
    session, _, (dana, _), _ = world
    (letter,) = session.new_letters("thank-you", [dana.id])
    session.choose(letter.id)
    sent = session.mark_sent("2026-03-06T10:00:00Z", "email")
    assert sent.status == "sent" and session.letters == [sent]
    shown = session.shown("Typed subject", "Typed text")
    assert (shown.id, shown.subject, shown.body) == (letter.id, "Typed subject", "Typed text")
    assert session.recipient_email() == dana.email
    assert not session.changed_since_sent()
    session.save_text(letter.id, sent.subject, sent.body + "\nP.S. One more thought.\n")
    assert session.changed_since_sent()  # what went out is no longer what the letter says
    session.save_text(letter.id, sent.subject, sent.body)
    assert not session.changed_since_sent()
