"""Deleting with a way back: a snapshot of what is deleted goes to the trash first."""

from __future__ import annotations

import json

from followup_desktop.core import bundle
from followup_desktop.core.models import TrashEntry
from followup_desktop.core.store import NotFoundError, Store, StoreError


def trash_application(store: Store, application_id: str) -> TrashEntry:
    """Delete an application with everything under it, keeping a restorable snapshot."""
    app = store.applications.get(application_id)
    payload = json.dumps(bundle.application_to_dict(store, app), ensure_ascii=False)
    with store.atomic():
        entry = store.trash.put("application", app.label, payload)
        store.applications.delete(application_id)
    return entry


def trash_interview(store: Store, interview_id: str) -> TrashEntry:
    """Delete one interview with its plan, notes and letters, keeping a restorable snapshot."""
    interview = store.interviews.get(interview_id)
    app = store.applications.get(interview.application_id)
    data = {"application_id": app.id, "interview": bundle.interview_to_dict(store, interview)}
    label = f"{app.company}: {interview.title or 'interview'}"
    with store.atomic():
        entry = store.trash.put("interview", label, json.dumps(data, ensure_ascii=False))
        store.interviews.delete(interview_id)
    return entry


def restored_id(store: Store, entry_id: str) -> str:
    """The id the trashed item had, and has again once restored."""
    data = json.loads(store.trash.payload(entry_id))
    restored: str = data["id"] if "id" in data else data["interview"]["id"]
    return restored


def restore(store: Store, entry_id: str) -> TrashEntry:
    """Put a trashed item back exactly as it was and take it out of the trash."""
    entry = next((e for e in store.trash.all() if e.id == entry_id), None)
    if entry is None:
        raise NotFoundError(f"Nothing in the trash with id {entry_id}.")
    data = json.loads(store.trash.payload(entry_id))
    with store.atomic():
        if entry.kind == "application":
            bundle.import_application(store, data)
        else:
            try:
                store.applications.get(data["application_id"])
            except NotFoundError:
                raise StoreError(
                    "This interview's application was deleted too: restore the application first."
                ) from None
            bundle.import_interview(store, data["interview"], data["application_id"])
        store.trash.remove(entry_id)
    return entry
