"""Genuine letters a careful candidate would send: the checks must raise no error or warning on them.

Each letter (letters/<id>.txt, one line per paragraph as the composer stores it) sits in one of
the corpus worlds and carries what real letters carry and the checks must not mistake for a
defect: names close to ordinary words ("May" and Maya, "Data" and Dana), people from the notes
whose names are close to a contact's (Mara, Dan), past employers from the user's own experience,
places from the plan, LinkedIn mentioned without asking to connect, "connect" in its technical
sense, a contact whose name looks like markup, and after an offer, an invitation to connect.
"""

from __future__ import annotations

from pathlib import Path

from .worlds import ACME, CONTOSO, NORTHWIND, World, world

LETTERS = Path(__file__).with_name("letters")


def letter(name: str) -> str:
    """The text of letters/<name>.txt without its final newline."""
    return (LETTERS / f"{name}.txt").read_text(encoding="utf-8").removesuffix("\n")


_HOSTILE = ("Dana <HR> Lee", "Sam Roe")

_WORLDS: dict[str, World] = {
    "northwind-thanks-maya": NORTHWIND,
    "northwind-thanks-tom": world(NORTHWIND, recipient_name="Tom Berger"),
    "northwind-checkin": world(NORTHWIND, kind="check-in", outcome="next-round"),
    "northwind-no-recipient": world(NORTHWIND, recipient_name=""),
    "acme-thanks-dana": ACME,
    "acme-after-offer": world(ACME, kind="offer", outcome="offer", offer=True),
    "acme-thanks-sam": world(ACME, recipient_name="Sam Roe"),
    "acme-thanks-hostile-name": world(
        ACME, recipient_name=_HOSTILE[0], interviewer_names=_HOSTILE, contact_names=(*_HOSTILE, "Hannah Schmidt")
    ),
    "contoso-rejection": CONTOSO,
    "contoso-checkin-leila": world(CONTOSO, kind="check-in", outcome="next-round", recipient_name="Leila Haddad"),
}

GENUINE: list[tuple[str, World, str]] = [(key, w, letter(key)) for key, w in _WORLDS.items()]
