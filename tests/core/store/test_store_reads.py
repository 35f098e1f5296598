"""The read methods every pane shares, on rows written the generic way (upsert)."""

from followup_desktop.core.models import Challenge, Note, PlanItem, Story


def test_reads_in_their_documented_order(store):
    app = store.applications.add("Acme")
    i = store.interviews.add(app.id)
    q2 = PlanItem("q2", i.id, "question", 2, "Second?", created_at="t", updated_at="t")
    q1 = PlanItem("q1", i.id, "question", 1, "First?", created_at="t", updated_at="t")
    obj = PlanItem("o1", i.id, "objective", 0, "Learn", created_at="t", updated_at="t")
    for row in (
        q2,
        q1,
        obj,
        Note("n2", i.id, "2026-03-02T10:05:00.000Z", "later", question_id="q1", created_at="t", updated_at="t"),
        Note("n1", i.id, "2026-03-02T10:01:00.000Z", "sooner", created_at="t", updated_at="t"),
        Story("s1", "Migration", created_at="t", updated_at="t"),
        Challenge("c2", i.id, "n1", 0, 6, "sooner", position=2, created_at="t", updated_at="t"),
        Challenge("c1", i.id, "n2", 0, 5, "later", position=1, created_at="t", updated_at="t"),
    ):
        store.rows.upsert(row)
    assert [q.id for q in store.plans.items(i.id, "question")] == ["q1", "q2"]
    assert len(store.plans.items(i.id)) == 3
    assert store.plans.get(i.id).research == ""
    assert [n.text for n in store.notes.all(i.id)] == ["sooner", "later"]
    assert [c.id for c in store.challenges.all(i.id)] == ["c1", "c2"]
    assert store.plans.answered_question_ids(i.id) == {"q1"}
    assert store.stories.get("s1").title == "Migration"


def test_application_names_are_the_applications_without_their_texts(store):
    for company, role in (("Acme", "CTO"), ("Beta", ""), ("Acme", "")):
        store.applications.add(company, role, job_ad="A long job ad", notes="mine")
    full, names = store.applications.all(), store.applications.summaries()
    assert [(a.id, a.label, a.status) for a in names] == [(a.id, a.label, a.status) for a in full]
    assert {(a.job_ad, a.notes) for a in names} == {("", "")}
