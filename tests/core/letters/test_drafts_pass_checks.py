"""The app's own drafts pass the app's own checks: every kind, for the example and for generated interviews.

The only findings allowed are placeholders for data that is really missing (a name, an address, an
experience, a summary the user has not written yet, shown as its «suggestion»), and the two status lines
every letter has (its specificity score and its deadline).
"""

import pytest

from followup_desktop.core import example
from followup_desktop.core.letters.checks import run_checks
from followup_desktop.core.letters.context import check_context
from followup_desktop.core.letters.drafts import build_draft, draft_input, summary_clause
from followup_desktop.core.letters.phrasing import opening_words
from followup_desktop.core.models.letters import LETTER_KINDS
from followup_desktop.core.text.markdown import body_plain_text, parse_body

from .interview_generator import generate

STATUS_RULES = {"specificity", "deadline"}  # a score and a due date: said of every letter, about no sentence


def missing_data(store, interview, kind, recipient):
    """The placeholders a draft must show for this interview: one for each thing really missing."""
    d = draft_input(store, interview.id, kind, recipient.id if recipient else None)
    expected = set()
    if not d.profile.signature:
        expected.add("«your name»")
    if d.postal and not d.profile.address_lines:
        expected.add("«your address»")
    if recipient is None:
        expected.add("«interviewer name»")
    if not d.application.role.strip():
        expected.add("«role»")
    if not (interview.started_at or interview.scheduled_start):
        expected.add("«interview date»")
    for challenge in d.challenges:
        if not challenge.experience.strip():
            expected.add("«my matching experience»")
        if not (challenge.quote_in_letter and challenge.quote.strip()) and not challenge.summary.strip():
            expected.add(summary_clause(challenge, d.names))
    return expected


def draft_findings(store, interview, kind, recipient):
    """(unexpected findings, placeholders found, paragraph openings) of a fresh draft, checked as the composer does."""
    draft = build_draft(draft_input(store, interview.id, kind, recipient.id if recipient else None))
    letter = store.letters.add(interview.id, kind, recipient.id if recipient else None, draft.subject, draft.body)
    text = body_plain_text(letter.body)
    findings = run_checks(text, check_context(store, letter, store.settings.letter_prefs()))
    placeholders = {text[f.start : f.end] for f in findings if f.rule == "placeholder"}
    others = [
        (f.rule, f.message, text[f.start : f.end])
        for f in findings
        if f.rule not in STATUS_RULES and f.rule != "placeholder"
    ]
    openings = [opening_words(b.text) for b in parse_body(letter.body) if b.kind == "paragraph"]
    openings = [o for o in openings if o]  # a «placeholder» paragraph opens with nothing of its own
    store.letters.delete(letter.id)
    return others, placeholders, openings


def _check_all(store, interview, recipients):
    for kind in LETTER_KINDS:
        for recipient in recipients:
            others, placeholders, openings = draft_findings(store, interview, kind, recipient)
            where = f"{kind} to {recipient.name if recipient else 'nobody'}"
            expected = missing_data(store, interview, kind, recipient)
            if "«my matching experience»" in expected:  # without the user's experience a letter is short
                others = [o for o in others if not (o[0] == "length" and "short" in o[1])]
            assert others == [], where
            assert placeholders == expected, where
            assert len(set(openings)) == len(openings), (where, openings)


def test_the_examples_drafts_pass_the_checks(store):
    app_id = example.create_example(store)
    (interview,) = store.interviews.all(app_id)
    _check_all(store, interview, [*store.contacts.all(app_id), None])


@pytest.mark.parametrize("seed", range(40))
def test_drafts_of_generated_interviews_pass_the_checks(store, seed):
    interview, people = generate(store, seed)
    _check_all(store, interview, [*people, None])
