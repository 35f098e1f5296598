"""How a letter greets its recipient and names the other people: "Dear Ms Raman", "Dear Priya", "Dear Priya Raman".

A person's own salutation style wins; else the default chosen in Settings ("title" unless changed). The
title style needs a form of address: the contact's own ("Ms", "Dr", "Professor") or one the name starts
with ("Dr. Priya Raman"). Without one it falls back to the full name, because guessing "Ms" or "Mr" from
a first name is wrong too often; with one, a draft never greets by the full name unless the user asked.
"""

from __future__ import annotations

from dataclasses import dataclass

from followup_desktop.core.models import SALUTATION_STYLES, Contact
from followup_desktop.core.text.words import NAME_TITLES

DEFAULT_STYLE = "title"
STYLE_LABELS = {  # what Settings and the contact form show for each style
    "title": "Dear Ms Raman",
    "first": "Dear Priya",
    "full": "Dear Priya Raman",
}
PLACEHOLDER = "«interviewer name»"
# Lower-case words that belong to a family name: "van Dijk", "de la Cruz", "bin Said".
_PARTICLES = frozenset("van von der den de del della di da dos das du la le ter ten bin binti al el zu".split())


@dataclass(frozen=True)
class Name:
    """A person's name in parts: the form of address it starts with, the given name, the family name."""

    title: str
    given: str
    family: str
    full: str  # the name without the title it started with, spaces collapsed


def split_name(name: str) -> Name:
    """'Dr. Jane van Dijk' -> title 'Dr.', given 'Jane', family 'van Dijk'."""
    words = name.split()
    title = ""
    while len(words) > 1 and words[0].casefold().rstrip(".") in NAME_TITLES:
        title = f"{title} {words.pop(0)}".strip()
    if not words:
        return Name(title, "", "", "")
    family_start = len(words) - 1
    while family_start > 1 and words[family_start - 1].casefold() in _PARTICLES:
        family_start -= 1
    given = words[0] if len(words) > 1 else ""
    family = " ".join(words[family_start:]) if len(words) > 1 else words[0]
    return Name(title, given, family, " ".join(words))


def style_of(contact: Contact | None, default: str = DEFAULT_STYLE) -> str:
    """The salutation style that applies to this person: their own, else the default, else "title"."""
    own = contact.salutation if contact is not None else ""
    if own in SALUTATION_STYLES:
        return own
    return default if default in SALUTATION_STYLES else DEFAULT_STYLE


def form_of_address(contact: Contact) -> str:
    """The person's form of address: the one typed for them, else the one their name starts with."""
    return " ".join(contact.form_of_address.split()) or split_name(contact.name).title


def addressed(contact: Contact, style: str) -> str:
    """How the person is named in this style: 'Ms Raman', 'Priya' or 'Priya Raman'."""
    name = split_name(contact.name)
    if not name.full:
        return ""
    title = form_of_address(contact)
    if style == "first":
        return name.given or (f"{title} {name.family}" if title else name.full)
    if style == "title" and title:
        return f"{title} {name.family}"
    return name.full


def salutation(recipient: Contact | None, default: str = DEFAULT_STYLE) -> str:
    """'Dear Ms Raman,' in the recipient's style, or a visible placeholder when nobody is chosen yet."""
    named = addressed(recipient, style_of(recipient, default)) if recipient is not None else ""
    return f"Dear {named or PLACEHOLDER},"


def referred(person: Contact, style: str) -> str:
    """How the letter names someone other than the recipient, matching the greeting's tone.

    On first-name terms a colleague is "Tom"; in a formal letter "Mr Berger" when his form of address is
    known, else "Tom Berger".
    """
    return addressed(person, style) or "«name»"
