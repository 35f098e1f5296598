import dataclasses

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from followup_desktop.core.letters.drafts import build_draft, challenge_paragraph, draft_input
from followup_desktop.core.models import Note
from followup_desktop.core.models.letters import LETTER_KINDS
from followup_desktop.core.store.rows import new_id
from followup_desktop.core.text.markdown import parse_body
from followup_desktop.core.text.provenance import paragraphs_of

from ..letter_fixtures import fill_interview


@pytest.mark.parametrize("kind", LETTER_KINDS)
def test_every_kind_uses_recipient_role_company_date_and_signature(store, kind):
    interview, dana, _, _ = fill_interview(store)
    draft = build_draft(draft_input(store, interview.id, kind, dana.id))
    paragraphs = paragraphs_of(draft.body)
    assert paragraphs[0] == "Dear Dana Lee,"
    assert "Head of Platform" in draft.body and "Acme Robotics" in draft.body and "5 March 2026" in draft.body
    assert paragraphs[-2:] == ["Best wishes,", "Alex Doe"]
    assert "«" not in draft.body


@pytest.mark.parametrize("kind", LETTER_KINDS)
def test_included_challenges_follow_the_users_order(store, kind):
    interview, dana, _, challenges = fill_interview(store)
    draft = build_draft(draft_input(store, interview.id, kind, dana.id))
    assert [cid for cid, _ in draft.sources] == [challenges[0].id, challenges[1].id]
    body = draft.body
    assert body.index("daily releases") < body.index("pre-stop hook")
    assert "not for the letter" not in body
    for _, paragraph in draft.sources:
        assert paragraph in paragraphs_of(body)


@pytest.mark.parametrize(
    "kind, has_points", [("thank-you", True), ("check-in", True), ("rejection", False), ("offer", False)]
)
def test_points_to_make(store, kind, has_points):
    interview, dana, _, _ = fill_interview(store)
    body = build_draft(draft_input(store, interview.id, kind, dana.id)).body
    assert ("- Ten years running payment platforms" in body) is has_points


@pytest.mark.parametrize("kind, reconsider", [("rejection", True), ("thank-you", False)])
def test_rejection_asks_to_be_considered_again(store, kind, reconsider):
    interview, dana, _, _ = fill_interview(store)
    body = build_draft(draft_input(store, interview.id, kind, dana.id)).body
    assert ("glad to be considered again" in body) is reconsider


def test_missing_data_shows_placeholders(store):
    app = store.applications.add("Acme", "")
    interview = store.interviews.add(app.id, "Round 1")
    body = build_draft(draft_input(store, interview.id, "thank-you", None)).body
    for placeholder in ("«interviewer name»", "«role»", "«interview date»", "«your name»"):
        assert placeholder in body


def test_quote_from_another_interviewer_names_them(store):
    interview, dana, sam, challenges = fill_interview(store)
    speakers = {dana.id: dana.name, sam.id: sam.name}
    assert "Sam" in challenge_paragraph(challenges[0], dana, speakers)
    assert "Sam" not in challenge_paragraph(challenges[0], sam, speakers)


def test_phrasings_vary_between_challenges(store):
    interview, dana, _, challenges = fill_interview(store)
    leads = set()
    for i in range(12):
        c = challenges[1]
        c.id = f"challenge-{i}"
        leads.add(challenge_paragraph(c, dana, {}).split("“")[0])
    assert len(leads) >= 3


def test_markdown_in_experience_stays_text(store):
    interview, dana, _, challenges = fill_interview(store)
    d = draft_input(store, interview.id, "thank-you", dana.id)
    d.challenges[0].experience = "1. *not* a list [x](y) <b>"
    out = build_draft(d)
    assert out.sources[0][1] in paragraphs_of(out.body)


def test_a_point_written_as_a_fragment_still_reads_as_a_sentence():
    from followup_desktop.core.letters.drafts import _points
    from followup_desktop.core.letters.phrasing import Openings

    for key in ("a", "b", "c", "d"):
        (text,) = _points(["scaled a 40-person platform team through a cloud migration"], key, Openings())
        assert ": Scaled a 40-person platform team" in text and "that scaled" not in text


def _check_in(store, recipient, news=""):
    return build_draft(draft_input(store, store.interviews.all()[0].id, "check-in", recipient.id, news)).body


def test_check_in_draws_on_what_each_interviewer_cares_about(store):
    interview, dana, sam, _ = fill_interview(store)
    store.plans.set_cares_about(interview.id, dana.id, "reliability of the payment queue.")
    store.plans.set_cares_about(interview.id, sam.id, "release speed")
    body = _check_in(store, dana)
    assert "matters most to you" in body and ": reliability of the payment queue." in body
    assert "what matters to Sam Roe: release speed." in body
    assert "pre-stop hook" in body  # and on the challenges they highlighted
    thank_you = build_draft(draft_input(store, interview.id, "thank-you", dana.id)).body
    assert "reliability of the payment queue" not in thank_you


def test_check_in_mentions_what_is_new_typed_or_noted_after_the_interview(store):
    interview, dana, *_ = fill_interview(store)  # the interview ends 5 March 15:00
    for stamped, text in (
        ("2026-03-05T14:30:00.000Z", "said during the interview"),
        ("2026-03-08T10:00:00.000Z", "finished the Kubernetes certification"),
    ):
        store.rows.upsert(Note(new_id(), interview.id, stamped, text, created_at=stamped, updated_at=stamped))
    body = _check_in(store, dana)
    assert "since we spoke: Finished the Kubernetes certification." in body
    assert "said during the interview" not in body
    typed = _check_in(store, dana, news="1. I shipped *the* demo")
    assert "since we spoke: 1. I shipped \\*the\\* demo." in typed
    assert "Kubernetes" not in typed


def test_check_in_without_cares_or_news_stays_as_before(store):
    interview, dana, *_ = fill_interview(store)
    body = _check_in(store, dana)
    assert "matters" not in body and "since we spoke" not in body


HOSTILE = (
    st.lists(
        st.one_of(
            st.sampled_from(
                [
                    "<HR>",
                    "<b>",
                    "&amp;",
                    "&#65;",
                    "*",
                    "__",
                    "[x](y)",
                    "`",
                    "#",
                    "- ",
                    "1. ",
                    "> ",
                    "\\",
                    "!",
                    "~~~",
                    "=",
                ]
            ),
            st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=5),
        ),
        min_size=1,
        max_size=6,
    )
    .map("".join)
    .filter(lambda t: t.strip())
)


def _words(text):
    """The words as a letter holds them: blanks collapsed, what no document can hold (U+FFFC...) left out."""
    from followup_desktop.core.text.safe import xml_safe

    return " ".join(xml_safe(text).split())


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=HOSTILE, company=HOSTILE, role=HOSTILE, quote=HOSTILE, experience=HOSTILE, point=HOSTILE)
def test_every_inserted_word_reads_back_as_typed(store, name, company, role, quote, experience, point):
    interview, dana, _, challenges = fill_interview(store)
    d = draft_input(store, interview.id, "thank-you", dana.id)
    d.recipient = dataclasses.replace(d.recipient, name=name)
    d.application = dataclasses.replace(d.application, company=company, role=role)
    d.challenges[0] = dataclasses.replace(d.challenges[0], quote=quote, experience=experience, speaker_id=dana.id)
    d.points = [point, "a second point"]
    draft = build_draft(d)
    text = _words(" ".join(b.text for b in parse_body(draft.body)))
    assert all(anchor in paragraphs_of(draft.body) for _, anchor in draft.sources)  # the quote too
    for typed in (
        f"Dear {_words(name)},",
        _words(company),
        _words(role),
        _words(experience)[1:],  # capitalised
        _words(point).rstrip("."),
    ):
        assert typed in text


def test_a_contact_and_company_full_of_markup_read_as_typed(store):
    interview, dana, _, _ = fill_interview(store)
    d = draft_input(store, interview.id, "thank-you", dana.id)
    d.recipient = dataclasses.replace(d.recipient, name="Dana <HR> Lee")
    d.application = dataclasses.replace(d.application, company="*Acme* __Corp__ [x](y)")
    paragraphs = paragraphs_of(build_draft(d).body)
    assert paragraphs[0] == "Dear Dana <HR> Lee,"
    assert "role at *Acme* __Corp__ [x](y)" in paragraphs[1]
