"""Letter checks: each rule with cases that must fire and cases that must stay quiet."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from followup_desktop.core.letters import checks
from followup_desktop.core.letters.checks import CheckContext, Finding, run_checks, specificity

NOW = datetime(2025, 3, 10, 9, 0, tzinfo=UTC)


def make_ctx(**changes) -> CheckContext:
    base = CheckContext(
        kind="thank-you",
        company="Acme Robotics",
        role="Backend Engineer",
        recipient_name="Dana Johnson",
        interviewer_names=("Dana Johnson", "Peter Gray"),
        other_companies=("Globex", "Initech Systems"),
        challenge_quotes=("Our billing migration to Kubernetes keeps stalling on the payment queue",),
        note_texts=("Peter said the on-call rotation has heavy alert fatigue",),
        plan_texts=("Ask about release cadence",),
        now=NOW,
    )
    return replace(base, **changes)


def found(text: str, rule: str, **ctx_changes) -> list[Finding]:
    return [f for f in run_checks(text, make_ctx(**ctx_changes)) if f.rule == rule]


def spans(text: str, rule: str, **ctx_changes) -> list[str]:
    return [text[f.start : f.end] for f in found(text, rule, **ctx_changes)]


# --- placeholder ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Thank you for «what they said» today.", "«what they said»"),
        ("I enjoyed meeting the [Company] team.", "[Company]"),
        ("Dear [Name],", "[Name]"),
        ("Dear [interviewer's name],", "[interviewer's name]"),
        ("Hello {{name}},", "{{name}}"),
        ("Hello {name},", "{name}"),
        ("Dear <Name>,", "<Name>"),
        ("I can start on XXX.", "XXX"),
        ("Start date: TBD.", "TBD"),
        ("TODO add the example", "TODO"),
        ("Lorem ipsum dolor sit amet.", "Lorem ipsum"),
        ("Dear Sir/Madam,", "Dear Sir/Madam"),
        ("To whom it may concern:", "To whom it may concern"),
    ],
)
def test_placeholder_is_flagged_at_its_text(text, expected):
    assert expected in spans(text, "placeholder")


@pytest.mark.parametrize(
    "text",
    [
        "See [my portfolio](https://example.org) for the dashboard.",
        "The report said it was [sic] finished.",
        "Write to <https://example.org> or <dana@example.org>.",
        "I used a <br> tag once.",
        "Our checklist: - [x] done - [ ] open",
        "I fixed 3 bugs in the {x: 1} config.",
        "The Xerox machine and a box of 12 boxes.",
        "Dear Dana,",
    ],
)
def test_ordinary_text_has_no_placeholder(text):
    assert spans(text, "placeholder") == []


def test_generic_greeting_is_fine_when_the_recipient_is_unknown():
    assert found("To whom it may concern,", "placeholder", recipient_name="") == []


def test_generic_greeting_suggests_the_known_name():
    (finding,) = found("Dear Sir or Madam,\n", "placeholder")
    assert finding.suggestion == "Dear Dana Johnson,"


# --- other-company -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, others, expected",
    [
        ("I would love to join Globex.", ("Globex",), ["Globex"]),
        ("I would love to join GLOBEX soon.", ("Globex",), ["GLOBEX"]),
        ("Working at initech systems would be great.", ("Initech Systems",), ["initech systems"]),
        ("I use Box every day at work.", ("Box",), ["Box"]),
        ("I admire what X did.", ("X",), ["X"]),
        ("The Acme Widgets team impressed me.", ("Acme Widgets",), ["Acme Widgets"]),
        ("Globex and Globex Labs both", ("Globex", "Globex Labs"), ["Globex", "Globex Labs"]),
    ],
)
def test_other_company_is_flagged(text, others, expected):
    assert sorted(spans(text, "other-company", other_companies=others)) == sorted(expected)


@pytest.mark.parametrize(
    "text, others",
    [
        ("I packed a box of notes.", ("Box",)),
        ("Next, I would like to add one thing.", ("Next",)),
        ("The globexian empire is fiction.", ("Globex",)),
        ("Acme Robotics builds robots.", ("Acme",)),  # contained in this company's name
        ("At Acme we would ship faster.", ("Acme",)),  # shorthand for this company
        ("I am excited about Acme Robotics.", ("Acme Robotics",)),  # same company twice
        ("We discussed x and y.", ("X",)),
        ("Nothing else to say.", ("", "   ")),
    ],
)
def test_other_company_stays_quiet(text, others):
    assert spans(text, "other-company", other_companies=others) == []


def test_other_company_suggests_this_company():
    (finding,) = found("I want to join Globex.", "other-company")
    assert finding.severity == "error" and finding.suggestion == "Acme Robotics"


# --- recipient-name ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Dear Ms Jonhson,\nThank you.", "Jonhson"),
        ("Dear Ms Johnsen,\nThank you.", "Johnsen"),
        ("Dear Dnaa,\nThanks.", "Dnaa"),
        ("Dear Peter,\nThanks, Dana Johnson was kind.", "Peter"),
        ("Dear Mr. Gray,\nThank you.", "Gray"),
        ("Hi Peter Gray,\nThank you.", "Peter Gray"),
    ],
)
def test_wrong_or_misspelled_recipient_is_flagged_at_the_name(text, expected):
    assert expected in spans(text, "recipient-name")


@pytest.mark.parametrize(
    "text",
    [
        "Dear Ms Johnson,\nThank you.",
        "Dear Dana,\nThank you.",
        "Hello Dana Johnson, thank you.",
        "Dear Dr. Johnson,\nPeter Gray and I discussed Kubernetes.",
        "Dear Ms Johnson,\nI met John and Dan at the office.",
        "Dear Dana,\nData quality came up twice. Dana's point stuck.",
    ],
)
def test_correct_recipient_is_quiet(text):
    assert found(text, "recipient-name") == []


def test_missing_recipient_name_is_a_warning_without_span():
    (finding,) = found("Thank you for the interview.", "recipient-name")
    assert finding.severity == "warning" and finding.start == -1


def test_unknown_recipient_skips_the_rule():
    assert found("Dear Peter,", "recipient-name", recipient_name="") == []


@pytest.mark.parametrize(
    "word, name, close",
    [
        ("Jonhson", "Johnson", True),
        ("Johnsen", "Johnson", True),
        ("Jon", "Johnson", False),
        ("Johnson", "Johnson", False),
        ("Thompson", "Johnson", False),
        ("Smith", "Smyth", True),
    ],
)
def test_close_name(word, name, close):
    assert checks._close_name(word, name) is close


# --- not-specific and specificity ----------------------------------------------------------

SPECIFIC = (
    "Dear Dana,\nYou said the billing migration to Kubernetes keeps stalling on the payment queue. "
    "At my last job I moved a payment queue to Kubernetes without downtime. Best, Alex"
)
GENERIC = "Dear Dana,\nThank you for the interview. I enjoyed our conversation very much. Best, Alex"


@pytest.mark.parametrize(
    "text, flagged",
    [
        (SPECIFIC, False),
        (GENERIC, True),
        ("Dear Dana, I can help with the alert fatigue of your on-call rotation.", False),
        ("Dear Dana, I liked the Kubernetes talk.", True),  # one shared word is not enough
    ],
)
def test_not_specific(text, flagged):
    assert bool(found(text, "not-specific")) is flagged


def test_not_specific_is_quiet_without_notes_or_challenges():
    assert found(GENERIC, "not-specific", challenge_quotes=(), note_texts=()) == []


def test_specificity_score_counts_sentences_with_details():
    score, why = specificity(SPECIFIC, make_ctx())
    assert score == 1.0 and "2 of 2" in why
    score, _ = specificity(GENERIC, make_ctx())
    assert score == 0.0


def test_specificity_is_reported_as_info_with_the_number():
    (finding,) = found(SPECIFIC, "specificity")
    assert finding.severity == "info" and "100%" in finding.message


def test_specificity_without_context():
    score, why = specificity(SPECIFIC, make_ctx(challenge_quotes=(), note_texts=(), plan_texts=()))
    assert score == 0.0 and why


# --- cliche --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("I am writing to thank you.", "I am writing to"),
        ("I am a team player.", "team player"),
        ("I would hit the ground running.", "hit the ground running"),
        ("I am a self starter.", "self starter"),
        ("Thank you for your time and consideration.", "Thank you for your time and consideration"),
        ("Please don’t hesitate to contact me.", "Please don’t hesitate to contact me"),
        ("I am PASSIONATE ABOUT tests.", "PASSIONATE ABOUT"),
    ],
)
def test_cliche_is_flagged_with_a_suggestion(text, expected):
    (finding,) = found(text, "cliche")
    assert text[finding.start : finding.end] == expected and finding.suggestion


@pytest.mark.parametrize("text", ["The steam player broke.", "We think inside boxes.", "I wrote to them."])
def test_plain_text_has_no_cliche(text):
    assert found(text, "cliche") == []


def test_cliche_list_is_data_with_enough_entries():
    entries = checks.load_cliches()
    assert len(entries) >= 40
    assert all(phrase and not phrase.startswith("#") for phrase, _ in entries)


# --- social-media --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("I would love to connect on LinkedIn.", "connect on LinkedIn"),
        ("Feel free to add me on Facebook!", "add me on Facebook"),
        ("Can I connect with you on the network site?", "connect with you on"),
        ("Follow me on Instagram.", "Follow me on Instagram"),
        ("Let's connect on X.", "connect on X"),
    ],
)
def test_social_media_request_is_flagged(text, expected):
    assert spans(text, "social-media") == [expected]


@pytest.mark.parametrize(
    "text, outcome",
    [
        ("I read your LinkedIn post about queues.", "pending"),
        ("My profile: https://linkedin.com/in/alex", "pending"),
        ("I would love to connect on LinkedIn.", "offer"),
        ("I would love to connect on LinkedIn.", "hired"),
        ("We connected the queue to X-ray tooling.", "pending"),
    ],
)
def test_social_media_quiet(text, outcome):
    assert found(text, "social-media", outcome=outcome) == []


# --- length --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "n, severity",
    [(0, "warning"), (50, "warning"), (100, "info"), (120, None), (400, None), (450, "info"), (600, "warning")],
)
def test_length(n, severity):
    result = found(" ".join(["word"] * n), "length")
    assert [f.severity for f in result] == ([severity] if severity else [])


# --- deadline ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "due, severity, words",
    [
        (NOW + timedelta(hours=5), "info", "5 hours"),
        (NOW + timedelta(minutes=20), "info", "20 minutes"),
        (NOW + timedelta(days=3), "info", "3 days"),
        (NOW - timedelta(hours=2), "warning", "overdue by 2 hours"),
        (NOW.replace(tzinfo=None) + timedelta(hours=1), "info", "1 hour"),  # naive taken as UTC
    ],
)
def test_deadline(due, severity, words):
    (finding,) = found("Hello.", "deadline", due_at=due)
    assert finding.severity == severity and words in finding.message


def test_no_deadline_no_finding():
    assert found("Hello.", "deadline", due_at=None) == []


# --- reconsideration -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, flagged",
    [
        ("Thank you for letting me know.", True),
        ("Please consider me for future roles.", False),
        ("I would like to be considered again.", False),
        ("I hope to hear about future opportunities.", False),
        ("Please keep me in mind.", False),
        ("If the chosen candidate does not work out, I remain interested.", False),
        ("I would welcome other openings on your team.", False),
    ],
)
def test_reconsideration_for_rejection(text, flagged):
    assert bool(found(text, "reconsideration", kind="rejection")) is flagged


def test_reconsideration_only_for_rejections():
    assert found("Thank you for letting me know.", "reconsideration", kind="thank-you") == []


# --- the whole run -------------------------------------------------------------------------


def test_disabled_rules_are_skipped():
    ctx = make_ctx(disabled_rules=frozenset({"cliche", "length", "specificity"}))
    rules = {f.rule for f in run_checks("I am a team player.", ctx)}
    assert not rules & {"cliche", "length", "specificity"}


def test_errors_come_first():
    result = run_checks("I am a team player at Globex. «x»", make_ctx())
    severities = [f.severity for f in result]
    assert severities == sorted(severities, key=["error", "warning", "info"].index)


def test_a_broken_rule_does_not_hide_the_others(monkeypatch, caplog):
    def boom(text, ctx):
        raise RuntimeError("bug")

    monkeypatch.setitem(checks.RULES, "cliche", boom)
    result = run_checks("Dear «Name», I am a team player.", make_ctx())
    assert any(f.rule == "placeholder" for f in result)
    assert "team player" not in caplog.text  # letter text never reaches the log


def test_spans_are_str_indices_after_emoji_and_rtl():
    text = "😀😀 שלום e\u0301 Dear «Name», join Globex 👍"
    for f in run_checks(text, make_ctx()):
        if f.rule == "placeholder":
            assert text[f.start : f.end] == "«Name»"
        if f.rule == "other-company":
            assert text[f.start : f.end] == "Globex"


def test_every_rule_has_a_label_for_settings_and_tips():
    assert list(checks.RULES) == list(checks.RULE_LABELS)
    assert {"contact-name", "company-name"} <= set(checks.RULES)
    assert all(label.strip() for label in checks.RULE_LABELS.values())
