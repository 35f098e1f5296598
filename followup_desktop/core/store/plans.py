"""Plans: objectives, questions to ask, points to make, research, follow-up plan, checklist."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from followup_desktop.core.clock import YEARS_TEXT, parse_iso, text_in_years
from followup_desktop.core.models import FOLLOWUP_CHANNELS, PLAN_ITEM_KINDS, Plan, PlanItem
from followup_desktop.core.store.errors import NotFoundError, ValidationError
from followup_desktop.core.store.interviews import Interviews
from followup_desktop.core.store.rows import Rows, check_choice, check_lengths, clean_text, new_id, required_text

PLAN_FIELDS = ("research", "followup_channel", "followup_whom", "followup_due_at", "checklist")


@dataclass
class DeletedPlanItem:
    """What delete_item took away, enough to put it back exactly (restore_item)."""

    item: PlanItem
    note_ids: list[str] = field(default_factory=list)  # notes that answered the question


class Plans:
    """An interview's plan: the plans row, its items and what each interviewer cares about (store.plans)."""

    def __init__(self, rows: Rows, interviews: Interviews) -> None:
        self._rows = rows
        self._interviews = interviews

    def get(self, interview_id: str) -> Plan:
        """The interview's plan (an empty one if nothing was written yet)."""
        rows = self._rows.select("SELECT * FROM plans WHERE interview_id = ?", [interview_id])
        return Plan(**rows[0]) if rows else Plan(interview_id=interview_id)

    def items(self, interview_id: str, kind: str | None = None) -> list[PlanItem]:
        """Objectives, questions or points (or all) of a plan, in order."""
        if kind is None:
            return self._rows.fetch(PlanItem, "interview_id = ?", [interview_id], order="kind, position, rowid")
        return self._rows.fetch(
            PlanItem, "interview_id = ? AND kind = ?", [interview_id, kind], order="position, rowid"
        )

    def answered_question_ids(self, interview_id: str) -> set[str]:
        """Questions of this plan that at least one note answers."""
        rows = self._rows.select(
            "SELECT DISTINCT n.question_id FROM notes n JOIN plan_items q ON q.id = n.question_id "
            "WHERE q.interview_id = ?",
            [interview_id],
        )
        return {r["question_id"] for r in rows}

    # ----------------------------------------------------------------- plan fields
    def save(self, interview_id: str, **changes: Any) -> Plan:
        """Change some of the plan's own fields (research, follow-up, checklist); creates the plan."""
        bad = set(changes) - set(PLAN_FIELDS)
        if bad:
            raise ValidationError(f"Unknown plan field(s): {', '.join(sorted(bad))}")
        self._interviews.get(interview_id)
        if "followup_channel" in changes:
            check_choice(changes["followup_channel"], FOLLOWUP_CHANNELS, "follow-up channel")
        if changes.get("followup_due_at"):
            try:
                parse_iso(changes["followup_due_at"])
            except (TypeError, ValueError) as exc:
                raise ValidationError("The follow-up deadline is not a date and time.") from exc
            if not text_in_years(changes["followup_due_at"]):
                raise ValidationError(f"The follow-up deadline must be {YEARS_TEXT}.")
        if "checklist" in changes and not isinstance(changes["checklist"], str):
            import json  # here, not at module level: json is not needed before the window's first paint

            changes["checklist"] = json.dumps(sorted({clean_text(c) for c in changes["checklist"]}))
        check_lengths("plans", changes)
        plan = self.get(interview_id)
        row = asdict(plan) | {k: clean_text(v) for k, v in changes.items()}
        row["updated_at"] = self._rows.now()
        self._rows.upsert_row("plans", row, "interview_id")
        return Plan(**row)

    def checklist(self, interview_id: str) -> set[str]:
        """Ids of the follow-up checklist rules ticked for this interview."""
        import json

        try:
            value = json.loads(self.get(interview_id).checklist or "[]")
        except ValueError:
            return set()
        return {v for v in value if isinstance(v, str)} if isinstance(value, list) else set()

    def set_checklist(self, interview_id: str, checked: set[str] | list[str]) -> Plan:
        """Store which checklist rules are ticked."""
        return self.save(interview_id, checklist=list(checked))

    def _touch(self, interview_id: str) -> None:
        self.save(interview_id)

    # ----------------------------------------------------------------- items
    def _densify(self, interview_id: str, kind: str, ordered_ids: list[str] | None = None) -> None:
        ids = ordered_ids if ordered_ids is not None else [i.id for i in self.items(interview_id, kind)]
        for position, item_id in enumerate(ids):
            self._rows.execute(
                "UPDATE plan_items SET position = ? WHERE id = ? AND position != ?", [position, item_id, position]
            )

    def add_item(
        self, interview_id: str, kind: str, text: str, position: int | None = None, carried_over: int = 0
    ) -> PlanItem:
        """Add an objective, question or point at position (default: the end)."""
        check_choice(kind, PLAN_ITEM_KINDS, "plan item kind")
        text = required_text(text, kind)
        self._interviews.get(interview_id)
        with self._rows.atomic():
            ids = [i.id for i in self.items(interview_id, kind)]
            position = len(ids) if position is None else max(0, min(position, len(ids)))
            item = self._rows.insert(
                PlanItem(
                    id=new_id(),
                    interview_id=interview_id,
                    kind=kind,
                    position=position,
                    text=text,
                    carried_over=int(bool(carried_over)),
                )
            )
            self._densify(interview_id, kind, ids[:position] + [item.id] + ids[position:])
            self._touch(interview_id)
        return item

    def get_item(self, item_id: str) -> PlanItem:
        """One item; NotFoundError when there is none with this id."""
        return self._rows.get(PlanItem, item_id)

    def update_item(self, item_id: str, text: str) -> PlanItem:
        """Change an item's words."""
        item = self.get_item(item_id)
        with self._rows.atomic():
            item = self._rows.update(PlanItem, item_id, {"text": required_text(text, item.kind)})
            self._touch(item.interview_id)
        return item

    def delete_item(self, item_id: str) -> DeletedPlanItem:
        """Delete an item; the result puts it back with restore_item."""
        item = self.get_item(item_id)
        with self._rows.atomic():
            note_ids = [r["id"] for r in self._rows.select("SELECT id FROM notes WHERE question_id = ?", [item_id])]
            self._rows.execute("DELETE FROM plan_items WHERE id = ?", [item_id])
            self._densify(item.interview_id, item.kind)
            self._touch(item.interview_id)
        return DeletedPlanItem(item, note_ids)

    def restore_item(self, deleted: DeletedPlanItem) -> PlanItem:
        """Put a deleted item back in its place, answers re-linked."""
        item = deleted.item
        with self._rows.atomic():
            ids = [i.id for i in self.items(item.interview_id, item.kind)]
            position = max(0, min(item.position, len(ids)))
            self._rows.insert_row("plan_items", asdict(item) | {"position": position, "updated_at": self._rows.now()})
            self._densify(item.interview_id, item.kind, ids[:position] + [item.id] + ids[position:])
            for note_id in deleted.note_ids:
                self._rows.execute(
                    "UPDATE notes SET question_id = ? WHERE id = ? AND question_id IS NULL", [item.id, note_id]
                )
            self._touch(item.interview_id)
        return self.get_item(item.id)

    def move_item(self, item_id: str, position: int) -> list[PlanItem]:
        """Move an item to position within its list; returns the list in its new order."""
        item = self.get_item(item_id)
        ids = [i.id for i in self.items(item.interview_id, item.kind) if i.id != item_id]
        position = max(0, min(position, len(ids)))
        return self.reorder_items(item.interview_id, item.kind, ids[:position] + [item_id] + ids[position:])

    def reorder_items(self, interview_id: str, kind: str, ordered_ids: list[str]) -> list[PlanItem]:
        """Put a list's items in this order (ids not named keep their order after them)."""
        current = [i.id for i in self.items(interview_id, kind)]
        if set(ordered_ids) - set(current):
            raise NotFoundError("Some of those items are not in this plan.")
        order = list(dict.fromkeys(ordered_ids)) + [i for i in current if i not in set(ordered_ids)]
        with self._rows.atomic():
            self._densify(interview_id, kind, order)
            self._touch(interview_id)
        return self.items(interview_id, kind)

    def copy_from(self, source_id: str, target_id: str) -> list[PlanItem]:
        """Append another interview's objectives, questions and points; unanswered questions carry over."""
        if source_id == target_id:
            raise ValidationError("A plan cannot be copied onto itself.")
        self._interviews.get(source_id)
        answered = self.answered_question_ids(source_id)
        added = []
        with self._rows.atomic():
            for kind in PLAN_ITEM_KINDS:
                for item in self.items(source_id, kind):
                    carried = kind == "question" and item.id not in answered
                    added.append(self.add_item(target_id, kind, item.text, carried_over=int(carried)))
        return added

    # ----------------------------------------------------------------- interviewers
    def cares_about(self, interview_id: str) -> dict[str, str]:
        """What each interviewer cares about, by contact id."""
        rows = self._rows.select(
            "SELECT contact_id, cares_about FROM interview_participants WHERE interview_id = ?", [interview_id]
        )
        return {r["contact_id"]: r["cares_about"] for r in rows}

    def put(self, plan: Plan, cares_about: dict[str, str]) -> None:
        """Store a whole plan row as it is (an import) and what each interviewer cares about."""
        with self._rows.atomic():
            for contact_id, text in cares_about.items():
                self._rows.execute(
                    "UPDATE interview_participants SET cares_about = ? WHERE interview_id = ? AND contact_id = ?",
                    [clean_text(text), plan.interview_id, contact_id],
                )
            row = {k: clean_text(v) if isinstance(v, str) else v for k, v in vars(plan).items()}
            names = ", ".join(row)
            updates = ", ".join(f"{n} = excluded.{n}" for n in row if n != "interview_id")
            self._rows.conn.execute(
                f"INSERT INTO plans ({names}) VALUES ({', '.join('?' * len(row))}) "
                f"ON CONFLICT(interview_id) DO UPDATE SET {updates}",
                list(row.values()),
            )

    def set_cares_about(self, interview_id: str, contact_id: str, text: str) -> None:
        """Note what one interviewer cares about."""
        check_lengths("interview_participants", {"cares_about": text})
        with self._rows.atomic():
            cursor = self._rows.execute(
                "UPDATE interview_participants SET cares_about = ? WHERE interview_id = ? AND contact_id = ?",
                [clean_text(text), interview_id, contact_id],
            )
            if cursor.rowcount == 0:
                raise NotFoundError("That person is not an interviewer of this interview.")
            self._touch(interview_id)
