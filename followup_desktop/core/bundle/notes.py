"""The notes' part of the bundle: notes, challenges (per interview) and the story bank."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from followup_desktop.core.bundle.rows import ImportReport, Seen, fail, row_in, row_out, write_row, write_rows
from followup_desktop.core.models import Challenge, Note, Story

if TYPE_CHECKING:
    from followup_desktop.core.store import Store

log = logging.getLogger(__name__)


def export_interview_part(store: Store, interview_id: str) -> dict[str, Any]:
    """This part's fields of one interview in the bundle."""
    return {
        "notes": [row_out(n) for n in store.notes.all(interview_id)],
        "challenges": [row_out(c) for c in store.challenges.all(interview_id)],
    }


def export_global(store: Store) -> dict[str, Any]:
    """This part's top-level fields of the bundle."""
    return {"stories": [row_out(s) for s in store.stories.all()]}


def check_global(doc: dict[str, Any], seen: Seen) -> None:
    """Refuse duplicate ids in this part's top-level data (schema already checked)."""
    for story in doc["stories"]:
        seen.add("story", story["id"])
        seen.stories.add(story["id"])


def _check_speaker(kind: str, item: dict[str, Any], contacts: set[str], application_id: str) -> None:
    if item["speaker_id"] is not None and item["speaker_id"] not in contacts:
        fail(
            f"{kind} {item['id']} names speaker {item['speaker_id']}, who is not a contact "
            f"of its application {application_id}."
        )


def check_application(app: dict[str, Any], seen: Seen) -> None:
    """Refuse duplicate ids or dangling references in one application's notes and challenges."""
    contacts = {c["id"] for c in app["contacts"]}
    for interview in app["interviews"]:
        notes = set()
        question_ids = {q["id"] for q in interview["plan"]["questions"]}
        for note in interview["notes"]:
            seen.add("note", note["id"])
            notes.add(note["id"])
            _check_speaker("note", note, contacts, app["id"])
            if note["question_id"] is not None and note["question_id"] not in question_ids:
                fail(
                    f"note {note['id']} answers question {note['question_id']}, which is not in "
                    f"the plan of interview {interview['id']}."
                )
        for ch in interview["challenges"]:
            seen.add("challenge", ch["id"])
            if ch["note_id"] is not None and ch["note_id"] not in notes:
                fail(
                    f"challenge {ch['id']} quotes note {ch['note_id']}, which is not a note of "
                    f"interview {interview['id']}."
                )
            _check_speaker("challenge", ch, contacts, app["id"])
            if ch["story_id"] is not None and ch["story_id"] not in seen.stories:
                fail(f"challenge {ch['id']} links story {ch['story_id']}, which is not in the bundle.")


def import_global(store: Store, doc: dict[str, Any], report: ImportReport) -> None:
    """Merge this part's top-level data (inside the import's transaction)."""
    for story in doc["stories"]:
        write_row(store, report, "stories", row_in(Story, story))


def import_interview_part(store: Store, interview_id: str, data: dict[str, Any], report: ImportReport) -> None:
    """Merge this part's data of one interview (inside the import's transaction)."""
    questions = {q["id"] for q in data["plan"]["questions"]}  # imported just before the notes
    notes = []
    for item in data["notes"]:
        note = row_in(Note, item, interview_id=interview_id)
        if (
            note.question_id is not None
            and note.question_id not in questions
            and not store.rows.exists("plan_items", note.question_id)
        ):
            log.warning("a note's question link was dropped: the question is not in the plan")
            note.question_id = None
        notes.append(note)
    write_rows(store, report, "notes", notes)
    challenges = []
    for item in data["challenges"]:
        challenge = row_in(Challenge, item, interview_id=interview_id)
        if challenge.story_id is not None and not store.rows.exists("stories", challenge.story_id):
            challenge.story_id = None
        challenges.append(challenge)
    write_rows(store, report, "challenges", challenges)
