"""How long each stored text may be: limits no real use reaches, so one pasted 10 MB name cannot stall everything.

The same numbers are the `maxLength`s of resources/bundle.schema.json (a test keeps them equal),
so import refuses what the store would refuse. A text over its limit is refused with a message
naming the field and the limit, never cut: the words stay in the editor that holds them.
"""

from __future__ import annotations

from collections.abc import Mapping

NAME = 500  # names, titles, company, role, e-mail, phone: a few hundred characters at most in real use
LINE = 10_000  # one line that may hold a long link or list: a subject, a place, an address line
TEXT = 2**20  # notes, letters, job ads, research, experience: about 1 MB (1,048,576 characters)

# table (or stored setting) -> column -> (what the user calls it, the most characters it may hold)
FIELDS: dict[str, dict[str, tuple[str, int]]] = {
    "applications": {
        "company": ("company name", NAME),
        "role": ("role", NAME),
        "job_ad": ("job ad", TEXT),
        "notes": ("application's notes", TEXT),
    },
    "contacts": {
        "name": ("person's name", NAME),
        "title": ("person's title", NAME),
        "email": ("e-mail address", NAME),
        "phone": ("phone number", NAME),
        "notes": ("notes on the person", TEXT),
        "form_of_address": ("form of address", NAME),
    },
    "interviews": {"title": ("interview's title", NAME), "location": ("interview's place or link", LINE)},
    "interview_participants": {"cares_about": ("what the interviewer cares about", TEXT)},
    "plans": {"research": ("research", TEXT), "followup_whom": ("follow-up's recipients", LINE)},
    "plan_items": {"text": ("plan item", TEXT)},
    "question_bank": {"text": ("saved question", TEXT)},
    "notes": {"text": ("note", TEXT)},
    "note_drafts": {"text": ("note being typed", TEXT)},
    "stories": {
        "title": ("story's title", NAME),
        "situation": ("story's situation", TEXT),
        "action": ("story's action", TEXT),
        "result": ("story's result", TEXT),
        "tags": ("story's tags", LINE),
    },
    "challenges": {
        "quote": ("highlighted words", TEXT),
        "experience": ("matching experience", TEXT),
        "summary": ("challenge in your words", LINE),
    },
    "letters": {"subject": ("letter's subject", LINE), "body": ("letter", TEXT)},
    "letter_versions": {"subject": ("letter's subject", LINE), "body": ("letter", TEXT)},
    "letter_sources": {"anchor": ("linked paragraph", TEXT)},
    "contact_log": {"summary": ("contact's summary", TEXT)},
    "profile": {
        "name": ("your name", NAME),
        "address_lines": ("address line", LINE),
        "email": ("e-mail address", NAME),
        "phone": ("phone number", NAME),
        "closing": ("closing", LINE),
        "signature_name": ("signature", NAME),
    },
    "letter_prefs": {"font_family": ("font's name", NAME), "letterhead": ("letterhead's file name", LINE)},
}

# Copies of a text already checked where it lives: the store does not refuse them again, so that
# exporting or sending a letter stored by an older version never fails for its length.
COPIES = frozenset({"letter_versions"})


def too_long(table: str, values: Mapping[str, object]) -> tuple[str, int, int] | None:
    """(what, its length, its limit) of the first text in values over its limit, or None when all fit."""
    limits = FIELDS.get(table)
    if not limits:
        return None
    for column, (what, limit) in limits.items():
        value = values.get(column)
        for text in value if isinstance(value, (list, tuple)) else (value,):
            if isinstance(text, str) and len(text) > limit:
                return what, len(text), limit
    return None


def describe(what: str, length: int, limit: int) -> str:
    """'the company name is 10,485,760 characters long, more than the 500 it can hold'."""
    return f"the {what} is {length:,} characters long, more than the {limit:,} it can hold"
