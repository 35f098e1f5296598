"""The notes' part of the bundle: notes, challenges (per interview) and the story bank."""

from __future__ import annotations

import logging
from collections import Counter
from typing import Any

from followup_desktop.core.bundle_rows import BundleError, ImportReport, row_in, row_out, write_row
from followup_desktop.core.models import Challenge, Note, Story

log = logging.getLogger(__name__)


def export_interview_part(store: Any, interview_id: str) -> dict[str, Any]:
    """This part's fields of one interview in the bundle."""
    return {"notes": [row_out(n) for n in store.list_notes(interview_id)],
            "challenges": [row_out(c) for c in store.list_challenges(interview_id)]}


def export_global(store: Any) -> dict[str, Any]:
    """This part's top-level fields of the bundle."""
    return {"stories": [row_out(s) for s in store.list_stories()]}


def _fail(text: str) -> None:
    raise BundleError("The bundle is not valid: " + text)


def _no_duplicates(kind: str, ids: list[str]) -> None:
    dupes = [i for i, n in Counter(ids).items() if n > 1]
    if dupes:
        _fail(f"the {kind} id {dupes[0]} appears more than once.")


def check_references(doc: dict[str, Any]) -> None:
    """Raise BundleError for duplicate ids or dangling references in this part (schema already checked)."""
    story_ids = [s["id"] for s in doc["stories"]]
    _no_duplicates("story", story_ids)
    stories = set(story_ids)
    all_notes: list[str] = []
    all_challenges: list[str] = []
    for app in doc["applications"]:
        contacts = {c["id"] for c in app["contacts"]}
        for interview in app["interviews"]:
            notes = {n["id"] for n in interview["notes"]}
            all_notes += [n["id"] for n in interview["notes"]]
            all_challenges += [c["id"] for c in interview["challenges"]]
            question_ids = {q["id"] for q in interview["plan"]["questions"]}
            for note in interview["notes"]:
                if note["speaker_id"] is not None and note["speaker_id"] not in contacts:
                    _fail(f"note {note['id']} names speaker {note['speaker_id']}, who is not a contact "
                          f"of its application {app['id']}.")
                if note["question_id"] is not None and note["question_id"] not in question_ids:
                    _fail(f"note {note['id']} answers question {note['question_id']}, which is not in "
                          f"the plan of interview {interview['id']}.")
            for ch in interview["challenges"]:
                if ch["note_id"] is not None and ch["note_id"] not in notes:
                    _fail(f"challenge {ch['id']} quotes note {ch['note_id']}, which is not a note of "
                          f"interview {interview['id']}.")
                if ch["speaker_id"] is not None and ch["speaker_id"] not in contacts:
                    _fail(f"challenge {ch['id']} names speaker {ch['speaker_id']}, who is not a contact "
                          f"of its application {app['id']}.")
                if ch["story_id"] is not None and ch["story_id"] not in stories:
                    _fail(f"challenge {ch['id']} links story {ch['story_id']}, which is not in the bundle.")
    _no_duplicates("note", all_notes)
    _no_duplicates("challenge", all_challenges)


def import_global(store: Any, doc: dict[str, Any], report: ImportReport) -> None:
    """Merge this part's top-level data (inside the import's transaction)."""
    for story in doc["stories"]:
        write_row(store, report, "stories", row_in(Story, story))


def _known(store: Any, table: str, row_id: str | None) -> str | None:
    if row_id is None:
        return None
    return row_id if store.row_exists(table, row_id) else None


def import_interview_part(store: Any, interview_id: str, data: dict[str, Any], report: ImportReport) -> None:
    """Merge this part's data of one interview (inside the import's transaction)."""
    for item in data["notes"]:
        note = row_in(Note, item, interview_id=interview_id)
        question = _known(store, "plan_items", note.question_id)
        if question != note.question_id:
            log.warning("a note's question link was dropped: the question is not in the plan")
            note.question_id = None
        write_row(store, report, "notes", note)
    for item in data["challenges"]:
        challenge = row_in(Challenge, item, interview_id=interview_id)
        challenge.story_id = _known(store, "stories", challenge.story_id)
        write_row(store, report, "challenges", challenge)
