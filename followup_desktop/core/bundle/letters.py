"""The letters' part of the bundle: letters with sources and versions, and the profile."""

from __future__ import annotations

from dataclasses import asdict
from typing import TYPE_CHECKING, Any

from followup_desktop.core.bundle.rows import ImportReport, Seen, fail, row_in, row_out, write_row
from followup_desktop.core.models.letters import Letter, LetterPrefs, LetterSource, LetterVersion, Profile

if TYPE_CHECKING:
    from followup_desktop.core.store import Store


def export_interview_part(store: Store, interview_id: str) -> dict[str, Any]:
    """This part's fields of one interview in the bundle."""
    letters = []
    for letter in store.letters.all(interview_id):
        letters.append(
            row_out(letter)
            | {
                "sources": [row_out(s) for s in store.letters.sources(letter.id)],
                "versions": [row_out(v) for v in reversed(store.letters.versions(letter.id))],
            }
        )
    return {"letters": letters}


def export_global(store: Store) -> dict[str, Any]:
    """This part's top-level fields of the bundle."""
    return {
        "profile": asdict(store.settings.profile())
        | {
            "letter_prefs": asdict(store.settings.letter_prefs()),
            "personal_words": store.dictionary.words(),
        }
    }


def check_application(app: dict[str, Any], seen: Seen) -> None:
    """Refuse duplicate ids or dangling references in one application's letters."""
    contact_ids = {c["id"] for c in app["contacts"]}
    for interview in app["interviews"]:
        challenge_ids = {c.get("id") for c in interview.get("challenges", []) if isinstance(c, dict)}
        for letter in interview["letters"]:
            seen.add("letter", letter["id"])
            if letter["recipient_id"] and letter["recipient_id"] not in contact_ids:
                fail(
                    f"letter {letter['id']} is addressed to {letter['recipient_id']}, who is not a "
                    "contact of its application."
                )
            for source in letter["sources"]:
                seen.add("letter source", source["id"])
                if source["challenge_id"] not in challenge_ids:
                    fail(
                        f"letter {letter['id']} cites challenge {source['challenge_id']}, which is not "
                        "in its interview."
                    )
            for version in letter["versions"]:
                seen.add("letter version", version["id"])


def import_global(store: Store, doc: dict[str, Any], report: ImportReport) -> None:
    """Merge this part's top-level data (inside the import's transaction)."""
    data = dict(doc.get("profile") or {})
    prefs = data.pop("letter_prefs", None)
    words = data.pop("personal_words", [])
    if data and data.get("updated_at", "") > store.settings.profile().updated_at:
        store.settings.put_profile(row_in(Profile, data))
        report.written["profile"] += 1
    if prefs and prefs.get("updated_at", "") > store.settings.letter_prefs().updated_at:
        store.settings.put_letter_prefs(row_in(LetterPrefs, prefs))
        report.written["letter preferences"] += 1
    known = set(store.dictionary.words())
    for word in words:
        if word not in known:
            store.dictionary.add(word)
            report.written["personal words"] += 1


def import_interview_part(store: Store, interview_id: str, data: dict[str, Any], report: ImportReport) -> None:
    """Merge this part's data of one interview (inside the import's transaction)."""
    for letter in data.get("letters", []):
        write_row(store, report, "letters", row_in(Letter, letter, interview_id=interview_id))
        for source in letter["sources"]:
            local = store.letters.source_id(letter["id"], source["challenge_id"])
            if local and local != source["id"]:  # one source per (letter, challenge): the local one stays
                report.kept["letter sources"] += 1
                continue
            write_row(store, report, "letter sources", row_in(LetterSource, source, letter_id=letter["id"]))
        for version in letter["versions"]:
            write_row(store, report, "letter versions", row_in(LetterVersion, version, letter_id=letter["id"]))
