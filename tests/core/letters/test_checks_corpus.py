"""The checks against their yardstick: every seeded defect caught, no error or warning on a
genuine letter (tests/core/letters/check_corpus; ``python -m tests.core.letters.check_corpus`` prints the counts)."""

from __future__ import annotations

import pytest

from .check_corpus import GENUINE, SEEDED, false_alarms, is_caught, measure
from .check_corpus.seeded import BEFORE_17


@pytest.mark.parametrize("key, world, text", GENUINE, ids=[g[0] for g in GENUINE])
def test_a_genuine_letter_raises_no_error_or_warning(key, world, text):
    assert [(f.rule, f.message, text[f.start : f.end]) for f in false_alarms(world, text)] == []


@pytest.mark.parametrize("seed_id, world, text, rule, expected", SEEDED, ids=[s[0] for s in SEEDED])
def test_a_seeded_defect_is_caught(seed_id, world, text, rule, expected):
    assert is_caught(world, text, rule, expected)


def test_the_yardstick_grows_with_the_checks():
    caught, seeded, alarms, genuine, problems = measure()
    assert (caught, alarms, problems) == (seeded, 0, [])
    assert seeded >= len(BEFORE_17) + 18 and genuine >= 10


def test_every_seed_changes_a_genuine_letter_or_is_a_letter_of_its_own():
    texts = {text for _, _, text in GENUINE}
    assert not any(text in texts for _, _, text, _, _ in SEEDED)


SHARPER = {"contact-name", "company-name", "social-media", "recipient-name"}


def _drafts(store, interview_id, recipients):
    from followup_desktop.core.letters import context as letter_context
    from followup_desktop.core.letters.checks import run_checks
    from followup_desktop.core.letters.drafts import build_draft, draft_input
    from followup_desktop.core.models.letters import LETTER_KINDS

    for kind in LETTER_KINDS:
        for recipient in recipients:
            draft = build_draft(draft_input(store, interview_id, kind, recipient.id))
            letter = store.letters.add(interview_id, kind, recipient.id, draft.subject, draft.body)
            ctx = letter_context.check_context(store, letter, store.settings.letter_prefs())
            yield kind, recipient.name, run_checks(letter.body, ctx), letter.body


@pytest.mark.parametrize("source", ["example", "filled"])
def test_the_apps_own_drafts_raise_none_of_the_name_company_or_social_checks(store, source):
    from followup_desktop.core.example import create_example

    from ..letter_fixtures import fill_interview

    if source == "example":
        app_id = create_example(store)
        interview_id = store.interviews.all(app_id)[0].id
        recipients = store.contacts.all(app_id)
    else:
        interview, dana, sam, _ = fill_interview(store)
        interview_id, recipients = interview.id, [dana, sam]
    found = [
        (kind, who, f.rule, body[f.start : f.end])
        for kind, who, findings, body in _drafts(store, interview_id, recipients)
        for f in findings
        if f.rule in SHARPER
    ]
    assert found == []
