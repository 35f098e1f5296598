"""The plan's part of the bundle: interview plan (fields, items, interviewers' concerns), question bank."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from followup_desktop.core.bundle.rows import ImportReport, Seen, fail, write_row, write_rows
from followup_desktop.core.models import PLAN_ITEM_KINDS, BankQuestion, Plan, PlanItem

if TYPE_CHECKING:
    from followup_desktop.core.store import Store

LISTS = {"objective": "objectives", "question": "questions", "point": "points"}
ITEM_FIELDS = ("id", "position", "text", "carried_over", "created_at", "updated_at")


def export_interview_part(store: Store, interview_id: str) -> dict[str, Any]:
    """This part's fields of one interview in the bundle."""
    plan = store.plans.get(interview_id)
    out: dict[str, Any] = {
        "research": plan.research,
        "followup_channel": plan.followup_channel,
        "followup_whom": plan.followup_whom,
        "followup_due_at": plan.followup_due_at,
        "checklist": sorted(store.plans.checklist(interview_id)),
        "updated_at": plan.updated_at,
    }
    for kind in PLAN_ITEM_KINDS:
        out[LISTS[kind]] = [{f: getattr(i, f) for f in ITEM_FIELDS} for i in store.plans.items(interview_id, kind)]
    out["cares_about"] = {cid: text for cid, text in sorted(store.plans.cares_about(interview_id).items()) if text}
    return {"plan": out}


def export_global(store: Store) -> dict[str, Any]:
    """This part's top-level fields of the bundle."""
    return {
        "question_bank": [
            {"id": q.id, "text": q.text, "created_at": q.created_at, "updated_at": q.updated_at}
            for q in store.question_bank.all()
        ]
    }


def check_global(doc: dict[str, Any], seen: Seen) -> None:
    """Refuse duplicate ids in the question bank (schema already checked)."""
    for q in doc.get("question_bank", []):
        seen.add("question bank", q["id"])


def check_application(app: dict[str, Any], seen: Seen) -> None:
    """Refuse duplicate plan item ids or concerns of people who are not interviewers."""
    for interview in app["interviews"]:
        plan = interview["plan"]
        for name in LISTS.values():
            for item in plan[name]:
                seen.add("plan item", item["id"])
        stray = [c for c in plan["cares_about"] if c not in interview["interviewer_ids"]]
        if stray:
            fail(f"interview {interview['id']} notes what {stray[0]} cares about, who is not one of its interviewers.")


def import_global(store: Store, doc: dict[str, Any], report: ImportReport) -> None:
    """Merge this part's top-level data (inside the import's transaction)."""
    for q in doc.get("question_bank", []):
        write_row(store, report, "bank questions", BankQuestion(**q))


def import_interview_part(store: Store, interview_id: str, data: dict[str, Any], report: ImportReport) -> None:
    """Merge this part's data of one interview (inside the import's transaction)."""
    plan = data["plan"]
    write_rows(
        store,
        report,
        "plan items",
        [PlanItem(interview_id=interview_id, kind=kind, **item) for kind, name in LISTS.items() for item in plan[name]],
    )
    if not plan["updated_at"]:
        return  # the interview never had a plan written
    local = store.plans.get(interview_id)
    if local.updated_at and local.updated_at > plan["updated_at"]:
        report.kept["plans"] += 1
        return
    row = Plan(
        interview_id=interview_id,
        research=plan["research"],
        followup_channel=plan["followup_channel"],
        followup_whom=plan["followup_whom"],
        followup_due_at=plan["followup_due_at"],
        checklist=json.dumps(sorted(plan["checklist"])),
        updated_at=plan["updated_at"],
    )
    store.plans.put(row, plan["cares_about"])
    report.written["plans"] += 1
