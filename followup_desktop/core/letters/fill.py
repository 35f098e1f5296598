"""Filling «your name» and «your address» in unsent drafts once the profile has them.

A draft written before the profile was saved signs with «your name» (and, for a letter going on paper,
asks for «your address»). When the profile is saved later, the window asks once whether to fill them in;
the rewrite is one transaction that returns what it changed, so it can be undone. A draft the user said
"no" for is remembered and not asked about again. Sent letters are never touched.

«your name» becomes the signature name; a paragraph that is only «your address» goes (every export
prints the address from the profile above the letter), and «your address» inside other text becomes
the address on one line.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from followup_desktop.core.letters.drafts import ADDRESS_PLACEHOLDER, NAME_PLACEHOLDER
from followup_desktop.core.models.letters import BodyChange, Letter, Profile
from followup_desktop.core.text.markdown import escape_inline, escape_line

if TYPE_CHECKING:
    from followup_desktop.core.store import Store

DECLINED_KEY = "profile_fill.declined"  # ids of drafts the user chose to leave as they are


def _replace(body: str, placeholder: str, value: str, drop_alone: bool) -> str:
    """body with placeholder replaced by value (Markdown-escaped); a paragraph of it alone goes if drop_alone."""
    if placeholder not in body:
        return body
    pieces = re.split(r"(\n[ \t]*\n)", body)  # paragraphs at even indexes, the blank lines between at odd
    keep = [True] * len(pieces)
    for i in range(0, len(pieces), 2):
        if pieces[i].strip() == placeholder and drop_alone:
            pieces[i] = pieces[i][len(pieces[i].rstrip()) :]  # a final line break stays
            if i > 0:  # with the blank lines before it (after it, when it is the first paragraph)
                keep[i - 1] = False
            elif len(pieces) > 1:
                keep[1] = False
        elif pieces[i].strip() == placeholder:
            pieces[i] = pieces[i].replace(placeholder, escape_line(value))
        else:
            pieces[i] = pieces[i].replace(placeholder, escape_inline(value))
    return "".join(piece for piece, kept in zip(pieces, keep) if kept)


def filled(body: str, profile: Profile) -> str:
    """The body with the placeholders the profile can fill filled in."""
    name = profile.signature
    if name:
        body = _replace(body, NAME_PLACEHOLDER, name, drop_alone=False)
    address = ", ".join(line.strip() for line in profile.address_lines if line.strip())
    if address:
        body = _replace(body, ADDRESS_PLACEHOLDER, address, drop_alone=True)
    return body


def declined(store: Store) -> set[str]:
    """The drafts the user chose not to fill."""
    value = store.settings.get(DECLINED_KEY, [])
    return {v for v in value if isinstance(v, str)} if isinstance(value, list) else set()


def fillable(store: Store, profile: Profile) -> list[Letter]:
    """Unsent drafts this profile would change and the user has not declined: whom to ask about."""
    skip = declined(store)
    return [
        letter
        for letter in store.letters.unsent()
        if letter.id not in skip and filled(letter.body, profile) != letter.body
    ]


def fill_drafts(store: Store, profile: Profile, letter_ids: list[str]) -> list[BodyChange]:
    """Fill the placeholders of these drafts in one transaction; returns what changed (for undo_fill)."""
    return store.letters.rewrite_unsent(lambda letter: filled(letter.body, profile), only=letter_ids)


def undo_fill(store: Store, changes: list[BodyChange]) -> list[BodyChange]:
    """Put the placeholders back; returns the changes left alone because the draft was edited since."""
    return store.letters.undo_rewrite(changes)


def decline(store: Store, letter_ids: list[str]) -> None:
    """Remember not to ask about these drafts again (the list keeps only drafts that still exist)."""
    unsent = {letter.id for letter in store.letters.unsent()}
    store.settings.set(DECLINED_KEY, sorted((declined(store) | set(letter_ids)) & unsent))
