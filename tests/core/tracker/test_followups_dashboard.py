from followup_desktop.core.tracker.followups import DUE, LATER, OVERDUE, SOON, dashboard_items, due_count, time_left

from ..tracker_fixtures import tracker_world


def _rows(store):
    return [(i.kind, i.level, i.open_id) for i in dashboard_items(store)]


def test_every_situation_has_its_row_most_urgent_first(store):
    ids = tracker_world(store)
    rows = _rows(store)
    kinds = [k for k, _, _ in rows]
    assert kinds[:2] == ["thank-you", "next-contact"] and rows[0][2] == ids["overdue"]
    assert ("rejection", DUE, ids["rejected"]) in rows and ("thank-you", DUE, ids["due"]) in rows
    assert ("outcome", SOON, ids["sent"]) in rows and ("draft", SOON, ids["drafted"]) in rows
    assert ("upcoming", LATER, ids["later"]) in rows
    assert ids["initech"] not in {r[2] for r in rows}  # next contact in April
    assert [r[1] for r in rows] == sorted(r[1] for r in rows)


def test_sent_letter_clears_the_thank_you_row(store):
    ids = tracker_world(store)
    assert ("thank-you", ids["sent"]) not in {(k, i) for k, _, i in _rows(store)}


def test_due_row_says_the_time_left_and_counts(store):
    ids = tracker_world(store)
    items = dashboard_items(store)
    due = next(i for i in items if i.open_id == ids["due"])
    assert due.detail.startswith("7 h left") and due.tab == "letter"
    assert due_count(items) == 5


def test_upcoming_interview_shows_its_readiness(store):
    ids = tracker_world(store)
    item = next(i for i in dashboard_items(store) if i.open_id == ids["upcoming"])
    assert "no questions yet" in item.detail and "interviewers" not in item.detail
    assert item.level == DUE  # tomorrow and not ready
    store.plans.add_item(ids["upcoming"], "question", "How do you measure success?")
    item = next(i for i in dashboard_items(store) if i.open_id == ids["upcoming"])
    assert item.level == LATER and "ready" in item.detail


def test_default_hours_setting_moves_the_deadline(store):
    ids = tracker_world(store)
    store.db.execute("INSERT INTO settings (key, value, updated_at) VALUES ('followup.default_hours', '2', '')")
    item = next(i for i in dashboard_items(store) if i.open_id == ids["due"])
    assert item.level == OVERDUE


def test_recording_a_rejection_letter_clears_its_row(store):
    ids = tracker_world(store)
    letter = store.letters.add(ids["rejected"], "rejection", ids["dana"], "Thanks", "Dear Dana,")
    store.letters.mark_sent(letter.id, store.now(), "email")
    assert ids["rejected"] not in {i for _, _, i in _rows(store)}


def test_empty_database_has_nothing_due(store):
    assert dashboard_items(store) == []


def test_time_left_wording():
    from datetime import timedelta

    assert [time_left(timedelta(hours=h)) for h in (5, -3, 72)] == ["5 h left", "3 h overdue", "3 days left"]


def test_dashboard_is_set_based(store):
    tracker_world(store)
    calls = []
    store.conn.set_trace_callback(calls.append)
    dashboard_items(store)
    store.conn.set_trace_callback(None)
    assert len(calls) <= 4
