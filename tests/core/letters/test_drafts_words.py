"""Drafts in the user's own words: the summary, quoting only where chosen, a marked suggestion, openings."""

import pytest

from followup_desktop.core.letters.checks import CheckContext, run_checks
from followup_desktop.core.letters.drafts import build_draft, challenge_paragraph, draft_input
from followup_desktop.core.letters.phrasing import Openings, opening_words
from followup_desktop.core.letters.summary import suggest_summary
from followup_desktop.core.models.letters import LETTER_KINDS, Profile
from followup_desktop.core.text.markdown import body_plain_text, parse_body
from followup_desktop.core.text.provenance import paragraphs_of

from ..letter_fixtures import fill_interview


def _draft(store, interview, recipient, kind="thank-you"):
    return build_draft(draft_input(store, interview.id, kind, recipient.id))


def _placeholders(body):
    ctx = CheckContext(
        "thank-you", "Acme Robotics", "Head of Platform", "Dana Lee", ("Dana Lee", "Sam Roe"), (), (), ()
    )
    text = body_plain_text(body)
    return [text[f.start : f.end] for f in run_checks(text, ctx) if f.rule == "placeholder"]


def test_a_challenge_is_told_back_in_the_users_words_not_quoted(store):
    interview, dana, _, _ = fill_interview(store)
    body = _draft(store, interview, dana).body
    assert "your payment queue loses messages whenever a node drains" in body
    assert "releases happen only once a fortnight" in body
    assert "“" not in body and "the payment queue loses messages when a node drains" not in body


def _by_quote(challenges, words):
    return next(c for c in challenges if words in c.quote)


def test_the_interviewer_is_quoted_only_where_the_user_chose_to(store):
    interview, dana, _, challenges = fill_interview(store)
    store.challenges.update(_by_quote(challenges, "payment queue").id, quote_in_letter=True)
    body = _draft(store, interview, dana).body
    assert "“the payment queue loses messages when a node drains”" in body
    assert "your payment queue loses messages whenever" not in body  # the quote takes the summary's place
    assert "“releases only happen once a fortnight”" not in body  # the other challenge is not quoted


def test_an_unwritten_summary_is_a_marked_suggestion_that_the_checks_flag(store):
    interview, dana, _, challenges = fill_interview(store)
    releases = _by_quote(challenges, "releases")
    store.challenges.update(releases.id, summary="")
    body = _draft(store, interview, dana).body
    assert "«releases only happen once a fortnight»" in body
    assert _placeholders(body) == ["«releases only happen once a fortnight»"]
    # Accepting the suggestion (a command on the board) makes it the user's words: nothing is flagged.
    store.challenges.update(releases.id, summary=suggest_summary(releases.quote))
    body = _draft(store, interview, dana).body
    assert "releases only happen once a fortnight" in body and _placeholders(body) == []


def test_a_challenge_with_neither_quote_nor_summary_asks_for_the_users_words(store):
    interview, dana, _, challenges = fill_interview(store)
    challenge = store.challenges.get(challenges[0].id)
    challenge.quote, challenge.summary = "", ""
    paragraph = challenge_paragraph(challenge, dana, {})
    assert "«what you heard, in your words»" in paragraph


def test_who_said_it_is_named_unless_it_is_the_recipient(store):
    interview, dana, sam, challenges = fill_interview(store)
    speakers = {dana.id: "Dana Lee", sam.id: "Sam Roe"}
    releases, queue = _by_quote(challenges, "releases"), _by_quote(challenges, "payment queue")
    assert "Sam Roe" in challenge_paragraph(releases, dana, speakers)
    assert "Sam Roe" not in challenge_paragraph(releases, sam, speakers)
    assert "Dana Lee" not in challenge_paragraph(queue, dana, speakers)


def _openings(body):
    return [opening_words(b.text) for b in parse_body(body) if b.text.strip() and b.kind == "paragraph"]


@pytest.mark.parametrize("kind", LETTER_KINDS)
def test_no_two_paragraphs_open_alike_even_with_many_challenges(store, kind):
    interview, dana, sam, _ = fill_interview(store)
    note = store.notes.add(
        interview.id, "We ship slowly. Our tests are flaky. Our on-call is tired.", speaker_id=sam.id
    )
    for n in range(7):
        challenge = store.challenges.add(note.id)
        store.challenges.update(challenge.id, experience=f"I fixed problem number {n} at Northwind")
    store.plans.set_cares_about(interview.id, dana.id, "calm releases")
    body = _draft(store, interview, dana, kind).body
    openings = _openings(body)
    assert len(openings) >= 10 and len(set(openings)) == len(openings), openings


def test_the_users_own_closing_is_never_echoed_by_an_opening(store):
    interview, dana, _, _ = fill_interview(store)
    store.settings.save_profile(Profile(name="Alex Doe", closing="Thank you"))
    for kind in LETTER_KINDS:
        openings = _openings(_draft(store, interview, dana, kind).body)
        assert openings.count(("thank",)) == 1, kind


def test_openings_fall_back_to_two_words_then_to_the_first_choice():
    openings = Openings()
    openings.take("You said so.")
    assert openings.pick(["You mentioned it.", "Your point."], "k") == "Your point."
    assert openings.pick(["You told me.", "Your view."], "k") in ("You told me.", "Your view.")
    assert openings.pick(["You told me.", "Your point."], "k") in ("You told me.", "Your point.")


def test_two_drafts_of_one_interview_agree(store):
    interview, dana, _, _ = fill_interview(store)
    assert _draft(store, interview, dana).body == _draft(store, interview, dana).body


def test_a_paper_follow_up_without_an_address_asks_for_it(store):
    interview, dana, _, _ = fill_interview(store)
    store.settings.save_profile(Profile(name="Alex Doe"))
    assert "«your address»" not in _draft(store, interview, dana).body  # by e-mail the address is not needed
    store.plans.save(interview.id, followup_channel="letter")
    body = _draft(store, interview, dana).body
    assert paragraphs_of(body)[0] == "«your address»"
    store.settings.save_profile(Profile(name="Alex Doe", address_lines=["1 High Street"]))
    assert "«your address»" not in _draft(store, interview, dana).body  # the export prints it from the profile


def _own_phrasings():
    """Every sentence the drafts write themselves, with sample values where the user's words go."""
    from followup_desktop.core.letters import phrasing

    values = dict(s="the queue stalls", q="the queue stalls", who="Dana", p="Mentoring.", c="calm releases", n="Done.")
    texts = []
    for name in dir(phrasing):
        value = getattr(phrasing, name)
        if name.isupper() and isinstance(value, tuple | str | dict):
            items = value.values() if isinstance(value, dict) else (value,) if isinstance(value, str) else value
            for item in items:
                texts.extend(item if isinstance(item, tuple) else (item,))
        elif name.endswith("_openings"):
            texts.extend(value("5 March 2026", "Head of Platform", "Acme"))
    return [t.format(**values) for t in texts]


@pytest.mark.parametrize("language", ["en_US", "en_GB"])
def test_the_drafts_own_words_are_spelt_right_in_either_english(language):
    from followup_desktop.core.letters.spelling import Speller

    speller = Speller(language)
    texts = _own_phrasings()
    assert len(texts) > 80
    wrong = {word for text in texts for _s, _e, word in speller.misspelled(text)}
    assert wrong == set()


def test_no_phrasing_of_the_drafts_is_a_stock_phrase_or_a_social_media_ask():
    ctx = CheckContext("thank-you", "Acme", "Head of Platform", "Dana Lee", ("Dana Lee",), ("Globex",), (), ())
    flagged = [
        (f.rule, text)
        for text in _own_phrasings()
        for f in run_checks(text, ctx)
        if f.rule in ("cliche", "social-media", "placeholder", "other-company")
    ]
    assert flagged == []


def test_paragraphs_pulled_into_a_letter_open_unlike_the_ones_it_has(store):
    from followup_desktop.core.letters.drafts import letter_paragraphs

    interview, dana, sam, challenges = fill_interview(store)
    store.contacts.update(sam.id, form_of_address="Mr")
    letter = store.letters.add(interview.id, "thank-you", dana.id, "Hi", "Dear Dana,\n\nThanks.\n")
    existing = [f"{word} one two." for word in ("You", "Your", "When", "As", "Something", "It", "One", "Hearing")]
    pulled = letter_paragraphs(store, letter, [c.id for c in challenges] + ["gone"], existing)
    assert [cid for cid, _ in pulled] == [c.id for c in challenges]
    firsts = [opening_words(text) for _, text in pulled] + [opening_words(p) for p in existing]
    assert len(set(firsts)) == len(firsts)
    assert any("Mr Roe" in text for _, text in pulled)  # in the letter's formal tone
