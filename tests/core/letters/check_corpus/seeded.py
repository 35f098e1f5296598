"""Seeded defects: a genuine letter with one mistake put in, and the rule that must catch it.

Each entry is (id, world, letter, rule, text): the checks must report ``rule`` on a span that
contains ``text`` (or anywhere, when ``text`` is None). The first part holds the defects the
checks were measured on before issue 17; each later part grows with a sharper check.
"""

from __future__ import annotations

from .genuine import GENUINE, letter
from .worlds import ACME, NORTHWIND, World, world

Seed = tuple[str, World, str, str, "str | None"]
_LETTERS = {key: (w, text) for key, w, text in GENUINE}


def _edit(key: str, old: str, new: str, **changes: object) -> tuple[World, str]:
    base, text = _LETTERS[key]
    assert text.count(old) == 1, f"{key}: {old!r} must occur once"
    return world(base, **changes), text.replace(old, new)


def _seed(seed_id: str, key: str, old: str, new: str, rule: str, expected: str | None, **changes: object) -> Seed:
    w, text = _edit(key, old, new, **changes)
    return seed_id, w, text, rule, expected


GENERIC = letter("generic")

SHORT = "Dear Dana,\n\nThanks for today. The payment queue problem sounds like fun to fix.\n\nBest,\nAlex"

BEFORE_17: list[Seed] = [
    _seed(
        "guillemets",
        "northwind-thanks-maya",
        "the routing service at Northwind",
        "«the project» at Northwind",
        "placeholder",
        "«the project»",
    ),
    _seed(
        "bracket-company",
        "acme-thanks-dana",
        "conversation about mentoring, too",
        "conversation about mentoring at [Company], too",
        "placeholder",
        "[Company]",
    ),
    _seed(
        "whom-it-may-concern",
        "contoso-rejection",
        "Dear Jonathan,",
        "To whom it may concern,",
        "placeholder",
        "To whom it may concern",
    ),
    _seed(
        "other-application",
        "northwind-thanks-maya",
        "the routing service at Northwind Logistics",
        "the routing service at Globex",
        "other-company",
        "Globex",
    ),
    _seed(
        "other-application-two-words",
        "contoso-rejection",
        "how Contoso Health works",
        "how Tailspin Toys works",
        "other-company",
        "Tailspin Toys",
    ),
    _seed(
        "recipient-surname", "northwind-thanks-tom", "Dear Mr Berger,", "Dear Mr Burger,", "recipient-name", "Burger"
    ),
    _seed("recipient-wrong-person", "northwind-thanks-maya", "Dear Maya,", "Dear Tom,", "recipient-name", "Tom"),
    _seed(
        "recipient-title-surname",
        "contoso-checkin-leila",
        "Dear Dr Haddad,",
        "Dear Dr Hadad,",
        "recipient-name",
        "Hadad",
    ),
    _seed("recipient-never-named", "acme-thanks-dana", "Dear Dana,", "Hello,", "recipient-name", None),
    _seed(
        "connect-on-linkedin",
        "northwind-thanks-tom",
        "about the new depot scanners.",
        "about the new depot scanners, and I would love to connect on LinkedIn.",
        "social-media",
        "connect on LinkedIn",
    ),
    _seed(
        "add-me-on-facebook",
        "acme-thanks-dana",
        "with you and Sam.",
        "with you and Sam. Feel free to add me on Facebook.",
        "social-media",
        "add me on Facebook",
    ),
    ("not-specific", NORTHWIND, GENERIC, "not-specific", None),
    _seed(
        "no-reconsideration",
        "contoso-rejection",
        "If the person you chose does not work out, or if another data role opens, "
        "I would be very glad to be considered again. ",
        "",
        "reconsideration",
        None,
    ),
    _seed(
        "team-player",
        "acme-thanks-dana",
        "I enjoyed our conversation about mentoring",
        "I am a team player, and I enjoyed our conversation about mentoring",
        "cliche",
        "team player",
    ),
    ("too-short", ACME, SHORT, "length", None),
    _seed("todo", "northwind-checkin", "using public parcel data", "using TODO data", "placeholder", "TODO"),
    _seed("xxx", "contoso-rejection", "in the weeks before", "in the XXX weeks before", "placeholder", "XXX"),
    _seed("template-field", "acme-thanks-sam", "Dear Sam,", "Dear {{first_name}},", "placeholder", "{{first_name}}"),
    _seed(
        "lorem-ipsum",
        "northwind-no-recipient",
        "Please let me know",
        "Lorem ipsum dolor sit amet. Please let me know",
        "placeholder",
        "Lorem ipsum",
    ),
    _seed(
        "follow-on-instagram",
        "contoso-rejection",
        "I will follow your engineering blog",
        "I will follow you on Instagram",
        "social-media",
        "Instagram",
    ),
    _seed("greeting-misspelt-short", "northwind-thanks-maya", "Dear Maya,", "Dear Mya,", "recipient-name", "Mya"),
]

NAMES: list[Seed] = [
    _seed(
        "interviewer-surname",
        "northwind-thanks-maya",
        "with you and Tom if",
        "with you and Tom Bergr if",
        "contact-name",
        "Bergr",
    ),
    _seed(
        "contact-surname",
        "northwind-thanks-tom",
        "please thank Priya Raman",
        "please thank Priya Ramen",
        "contact-name",
        "Ramen",
    ),
    _seed("greeting-misspelt-no-recipient", "northwind-no-recipient", "Hello,", "Dear Mya,", "contact-name", "Mya"),
    _seed(
        "interviewer-possessive", "contoso-rejection", "Leila's frankness", "Leyla's frankness", "contact-name", "Leyla"
    ),
    _seed(
        "contact-in-offer-letter",
        "acme-after-offer",
        "Hannah Schmidt sent",
        "Hannah Schmitt sent",
        "contact-name",
        "Schmitt",
    ),
]

COMPANIES: list[Seed] = [
    _seed(
        "other-application-shorthand",
        "contoso-rejection",
        "how Contoso Health works",
        "how the Tailspin team works",
        "company-name",
        "Tailspin",
    ),
    _seed(
        "southwind",
        "northwind-thanks-maya",
        "the routing service at Northwind Logistics",
        "the routing service at Southwind Logistics",
        "company-name",
        "Southwind",
    ),
    _seed(
        "own-company-typo",
        "northwind-checkin",
        "Senior Platform Engineer role,",
        "Senior Platform Engineer role at Nortwind,",
        "company-name",
        "Nortwind",
    ),
    _seed(
        "close-two-words",
        "acme-after-offer",
        "the whole team at Acme Robotics",
        "the whole team at Apex Robotics",
        "company-name",
        "Apex",
    ),
    _seed(
        "unknown-join",
        "northwind-checkin",
        "I remain very keen on the Senior Platform Engineer role",
        "I remain very keen on joining Initrode",
        "company-name",
        "Initrode",
    ),
    _seed(
        "unknown-suffix",
        "contoso-checkin-leila",
        "At Wrenfield we had",
        "At Vandelay Industries we had",
        "company-name",
        "Vandelay Industries",
    ),
    _seed(
        "unknown-team",
        "acme-thanks-sam",
        "Thank you for the time on Thursday",
        "Thank you for the time on Thursday with the Hooli team",
        "company-name",
        "Hooli",
    ),
]

SOCIAL: list[Seed] = [
    _seed(
        "connection-request",
        "northwind-thanks-maya",
        "any afternoon next week.",
        "any afternoon next week. I have also sent you a connection request.",
        "social-media",
        "connection request",
    ),
    _seed(
        "added-on-xing",
        "acme-thanks-dana",
        "with you and Sam.",
        "with you and Sam. I have added you on XING as well.",
        "social-media",
        "XING",
    ),
    _seed(
        "followed-on-x-twitter",
        "contoso-checkin-leila",
        "I would be glad to talk this through",
        "I followed you on X/Twitter, and I would be glad to talk this through",
        "social-media",
        "followed you",
    ),
    _seed(
        "invite-on-linkedin",
        "northwind-checkin",
        "I am happy to send the notebook",
        "I sent you an invite on LinkedIn yesterday, and I am happy to send the notebook",
        "social-media",
        "sent you an invite",
    ),
    _seed(
        "friends-on-facebook",
        "acme-thanks-sam",
        "whatever happens with my application.",
        "whatever happens with my application, and we could be friends on Facebook too.",
        "social-media",
        "Facebook",
    ),
    _seed(
        "follow-me-on-x",
        "northwind-no-recipient",
        "anything more I can send.",
        "anything more I can send, and do follow me on X (formerly Twitter).",
        "social-media",
        "follow me",
    ),
    _seed(
        "connect-next-round",
        "northwind-checkin",
        "I am happy to send the notebook",
        "Let's connect on Instagram. I am happy to send the notebook",
        "social-media",
        "Instagram",
    ),
]

SEEDED: list[Seed] = BEFORE_17 + NAMES + COMPANIES + SOCIAL
