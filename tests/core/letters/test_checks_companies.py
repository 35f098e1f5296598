"""Company names: one close to this application's is a warning, and so is an organisation the user
has no application for and never wrote about; one the user wrote about stays quiet."""

from __future__ import annotations

import pytest

from .test_checks import found, spans

NORTHWIND = {
    "company": "Northwind Logistics",
    "role": "Senior Platform Engineer",
    "other_companies": ("Globex",),
    "note_texts": ("They run Kafka and Kubernetes in the Leeds data centre",),
    "plan_texts": ("Point: the Fernway pricing rebuild",),
    "own_texts": ("At Harbour Freight I moved dispatch onto Kubernetes",),
}


def company_spans(text: str, **changes) -> list[str]:
    return spans(text, "company-name", **{**NORTHWIND, **changes})


@pytest.mark.parametrize(
    "text, expected",
    [
        ("I would love to join the team at Southwind Logistics.", "Southwind Logistics"),
        ("Southwind is where I want to work.", "Southwind"),  # made-up neighbour, anywhere
        ("The role at Nortwind excites me.", "Nortwind"),  # a typo of this company's name
        ("The role at Northwnid Logistics excites me.", "Northwnid Logistics"),
    ],
)
def test_a_name_close_to_this_company_is_a_warning_with_the_reason(text, expected):
    assert company_spans(text) == [expected]
    (finding,) = found(text, "company-name", **NORTHWIND)
    assert finding.severity == "warning"
    assert "close to Northwind Logistics" in finding.message and finding.suggestion == "Northwind Logistics"


def test_a_two_word_name_sharing_a_distinctive_word_is_close():
    (finding,) = found("I admire Acme Widgets.", "company-name", company="Acme Robotics", other_companies=())
    assert finding.start >= 0 and "close to Acme Robotics" in finding.message


def test_a_name_that_reads_like_this_one_as_an_employer_is_close():
    text = "I look forward to the whole team at Apex Robotics."
    (finding,) = found(text, "company-name", company="Acme Robotics", other_companies=())
    assert text[finding.start : finding.end] == "Apex Robotics" and "close to Acme Robotics" in finding.message


@pytest.mark.parametrize(
    "text, expected",
    [
        ("I remain very keen on joining Initrode, and I am free next week.", "Initrode"),
        ("At Vandelay Industries we had a similar delay.", "Vandelay Industries"),
        ("Thank you for the time with the Hooli team.", "Hooli"),
        ("Thank you. I enjoyed meeting Hooli's team.", "Hooli"),
        ("I am excited about the role at Initech, and I am free next week.", "Initech"),
        ("I would welcome a career with Initech.", "Initech"),
        ("Pied Piper Inc. solved this before.", "Pied Piper Inc"),
    ],
)
def test_an_organisation_never_written_about_is_a_warning_with_the_reason(text, expected):
    assert company_spans(text) == [expected]
    (finding,) = found(text, "company-name", **NORTHWIND)
    assert finding.severity == "warning" and "no application" in finding.message
    assert "notes, plan and profile never mention it" in finding.message


@pytest.mark.parametrize(
    "text",
    [
        "Thank you for the conversation about Northwind Logistics.",  # this company
        "At Northwind we would ship faster.",  # shorthand for this company
        "At Fernway I rebuilt the pricing pipeline.",  # from the plan
        "At Harbour Freight Ltd I moved dispatch to Kubernetes.",  # from the experience
        "The Kafka team in the Leeds data centre impressed me.",  # from the notes
        "The Platform team impressed me.",  # from the role
        "I looked at Grafana dashboards all week.",  # a tool, not an employer
        "I looked at Grafana.",
        "I can start in May, at Easter or at Christmas.",
        "Dear Maya, Thank you. Replanning went from forty minutes to six.",
        "I would love to join Globex.",  # another application: the other-company rule's error
        "Northern Europe is where the depots are.",  # starts like the company, is not close
        "At Google I interned for a summer.",  # the writer's own past: not a leftover
        "Anika used to work at Siemens, she said.",  # someone else's past
        "I presented it at PyData London last year.",  # an event
    ],
)
def test_companies_the_user_wrote_about_and_ordinary_words_stay_quiet(text):
    assert company_spans(text) == []


def test_an_organisation_from_an_earlier_rounds_notes_or_a_story_is_known():
    text = "I enjoyed meeting the Initech team."
    assert company_spans(text) == ["Initech"]
    assert company_spans(text, own_texts=("Story: the Initech migration",)) == []


@pytest.mark.parametrize(
    "text, expected",
    [("Thank you for the time with the Zenith team.", "Zenith"), ("Zenith is where I want to be.", "Zenith")],
)
def test_the_first_word_of_another_applications_company_is_a_warning(text, expected):
    (finding,) = found(text, "company-name", **{**NORTHWIND, "other_companies": ("Zenith Bank",)})
    assert text[finding.start : finding.end] == expected
    assert finding.message == "“Zenith” may mean Zenith Bank, another company you applied to."


def test_a_word_the_user_wrote_about_this_application_is_no_other_company():
    changes = {**NORTHWIND, "other_companies": ("Zenith Bank",), "note_texts": ("They compete with Zenith",)}
    assert found("Unlike Zenith, you route parcels yourselves.", "company-name", **changes) == []


def test_no_company_no_finding():
    assert found("I would love to join Initrode.", "company-name", company="  ") == []
