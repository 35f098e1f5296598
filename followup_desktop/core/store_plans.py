"""Plans: objectives, questions to ask, points to make, research, follow-up plan, question bank."""

from __future__ import annotations

from followup_desktop.core.models import Plan, PlanItem


class PlanStore:
    """Store mixin; relies on BaseStore's helpers (_rows, _get, _list, _insert, _update, atomic)."""

    def get_plan(self, interview_id: str) -> Plan:
        """The interview's plan (an empty one if nothing was written yet)."""
        rows = self._rows("SELECT * FROM plans WHERE interview_id = ?", [interview_id])
        return Plan(**rows[0]) if rows else Plan(interview_id=interview_id)

    def list_plan_items(self, interview_id: str, kind: str | None = None) -> list[PlanItem]:
        """Objectives, questions or points (or all) of a plan, in order."""
        if kind is None:
            return self._list(PlanItem, "interview_id = ?", [interview_id], order="kind, position, rowid")
        return self._list(PlanItem, "interview_id = ? AND kind = ?", [interview_id, kind],
                          order="position, rowid")

    def answered_question_ids(self, interview_id: str) -> set[str]:
        """Questions of this plan that at least one note answers."""
        rows = self._rows(
            "SELECT DISTINCT n.question_id FROM notes n JOIN plan_items q ON q.id = n.question_id "
            "WHERE q.interview_id = ?", [interview_id])
        return {r["question_id"] for r in rows}
