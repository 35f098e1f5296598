"""Social-media asks in every form and on every network are flagged before an offer, never after."""

from __future__ import annotations

import pytest

from .test_checks import found, spans


@pytest.mark.parametrize(
    "text, expected",
    [
        ("I have sent you a connection request.", "connection request"),
        ("I sent you a connection request on LinkedIn.", "connection request on LinkedIn"),
        ("I sent you an invite on LinkedIn yesterday.", "sent you an invite on LinkedIn"),
        ("I added you on XING as well.", "added you on XING"),
        ("I have added you on Xing.", "added you on Xing"),
        ("I followed you on X/Twitter.", "followed you on X/Twitter"),
        ("Do follow me on X (formerly Twitter).", "follow me on X (formerly Twitter)"),
        ("Can I add you on Twitter?", "add you on Twitter"),
        ("We could be friends on Facebook too.", "friends on Facebook"),
        ("Let's connect on Instagram.", "connect on Instagram"),
        ("Would you mind if I follow you on Instagram?", "follow you on Instagram"),
        ("I look forward to connecting on linkedin.", "connecting on linkedin"),
        ("Hope you don't mind that I followed you on there.", "followed you on"),
        ("Expect an invitation to connect from me.", "invitation to connect"),
        ("I read your LinkedIn post and would love to connect.", "LinkedIn post and would love to connect"),
    ],
)
def test_every_form_of_ask_on_every_network_is_flagged_before_an_offer(text, expected):
    assert spans(text, "social-media") == [expected]
    (finding,) = found(text, "social-media")
    assert finding.severity == "warning"


def test_the_message_names_the_network():
    (finding,) = found("I added you on XING.", "social-media")
    assert "XING" in finding.message
    (finding,) = found("I have sent you a connection request.", "social-media")
    assert "social media" in finding.message


@pytest.mark.parametrize(
    "changes",
    [
        {"outcome": "offer"},
        {"outcome": "hired"},
        {"kind": "offer"},
        {"offer": True, "outcome": "next-round"},  # an offer recorded elsewhere in the application
    ],
    ids=["offer", "hired", "offer-letter", "application-has-an-offer"],
)
@pytest.mark.parametrize(
    "text",
    ["I have sent you a connection request.", "I added you on XING.", "Let's connect on LinkedIn."],
)
def test_after_an_offer_asking_to_connect_is_fine(text, changes):
    assert found(text, "social-media", **changes) == []


@pytest.mark.parametrize("outcome", ["pending", "next-round", "rejected", "withdrawn"])
def test_without_an_offer_it_is_flagged_whatever_the_interviews_outcome(outcome):
    assert spans("I added you on XING.", "social-media", outcome=outcome) == ["added you on XING"]


@pytest.mark.parametrize(
    "text",
    [
        "I read your LinkedIn post about connection pooling.",
        "I will follow your engineering blog.",
        "We connected the queue to X-ray tooling.",
        "Connecting the scanners to the event stream would help.",
        "I sent you an invite for Thursday's demo.",
        "My profile: https://linkedin.com/in/alex",
        "Xavier followed up with the figures.",
        "I follow the news from the Twitter engineering team closely.",
    ],
)
def test_mentions_that_ask_nothing_stay_quiet(text):
    assert found(text, "social-media") == []
