import pytest

from followup_desktop.core.models import Challenge, Note, PlanItem
from followup_desktop.core.search import MARK_END, MARK_START, SearchFilter, fts_query, grouped
from followup_desktop.core.store.search import INDEXED, INDEXED_LATER


@pytest.fixture
def filled(store, clock):
    acme = store.applications.add("Acme Robotics", "Platform Lead", job_ad="Kubernetes migration, C++ services")
    beta = store.applications.add("Beta Bank", "CTO", notes="e-mail the recruiter")
    store.contacts.add(acme.id, "Dana Lee", title="CTO")
    one = store.interviews.add(acme.id, "Round 1")
    two = store.interviews.add(beta.id, "Screen")
    rows = [
        PlanItem("q1", one.id, "question", 0, "How do you handle the Kubernetes migration?"),
        Note("n1", one.id, "2026-03-02T10:00:00.000Z", 'The Kubernetes migration stalled twice; salary" band'),
        Note("n2", one.id, "2026-03-02T10:05:00.000Z", "Migration of billing is the biggest risk"),
        Note("n3", two.id, "2026-04-01T10:00:00.000Z", "They want a migration plan for the core ledger"),
        Challenge("c1", one.id, "n1", 4, 24, "Kubernetes migration", experience="I moved 40 services"),
    ]
    for row in rows:
        row.created_at = row.updated_at = "2026-03-02T10:00:00.000Z"
        store.rows.upsert(row)
    return store, acme, beta


def test_every_kind_is_found_and_grouped_in_order(filled):
    store, acme, _ = filled
    groups = grouped(store.search.find("kubernetes"))
    assert list(groups) == ["application", "plan", "note", "challenge"]
    note = groups["note"][0]
    assert (
        note.ref_id == "n1"
        and note.application_id == acme.id
        and note.context == "Acme Robotics — Platform Lead · Round 1"
    )
    assert f"{MARK_START}Kubernetes{MARK_END}" in note.snippet and note.match_text == "Kubernetes"


def test_ranking_prefers_the_denser_match(filled):
    store, _, _ = filled
    notes = grouped(store.search.find("migration"))["note"]
    assert len(notes) == 3
    assert notes[0].rank <= notes[1].rank <= notes[2].rank


@pytest.mark.parametrize(
    "where, expected",
    [
        (SearchFilter(kinds=frozenset({"note"})), {"n1", "n2", "n3"}),
        (SearchFilter(kinds=frozenset({"challenge"})), {"c1"}),
        (SearchFilter(kinds=frozenset({"note"}), since="2026-03-15T00:00:00Z"), {"n3"}),
        (SearchFilter(kinds=frozenset({"note"}), until="2026-03-02T10:01:00Z"), {"n1"}),
    ],
)
def test_filters(filled, where, expected):
    store, _, _ = filled
    assert {h.ref_id for h in store.search.find("migration", where)} == expected


def test_company_filter(filled):
    store, _, beta = filled
    hits = store.search.find("migration", SearchFilter(application_id=beta.id))
    assert {h.ref_id for h in hits} == {"n3"}


def test_prefix_search_as_you_type(filled):
    store, _, _ = filled
    assert {h.ref_id for h in store.search.find("kuber", SearchFilter(kinds=frozenset({"note"})))} == {"n1"}


AWKWARD = [
    '"',
    '""',
    "'",
    'salary"',
    "c++",
    "e-mail",
    "*",
    "-",
    "+",
    ":",
    "NEAR(",
    "a OR b",
    "AND",
    "NOT",
    "(",
    ")",
    "^",
    "{x}",
    "🚀",
    "👩‍👩‍👧",
    "\x00",
    "é",
    "שלום",
    "col:umn",
    "x" * 5000,
    "   ",
    "",
]


@pytest.mark.parametrize("query", AWKWARD)
def test_any_input_is_safe(filled, query):
    store, _, _ = filled
    store.search.find(query)  # never raises


@pytest.mark.parametrize("query, kind", [("c++", "application"), ("e-mail", "application"), ('salary"', "note")])
def test_awkward_words_still_find_their_text(filled, query, kind):
    store, _, _ = filled
    assert kind in grouped(store.search.find(query))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("hello", '"hello"*'),
        ('say "hi"', '"say" """hi"""*'),
        ("*", ""),
        ("c++ dev", '"c++" "dev"*'),
    ],
)
def test_fts_query(text, expected):
    assert fts_query(text) == expected


def test_index_follows_edits_and_deletes(filled):
    store, acme, _ = filled
    store.applications.update(acme.id, job_ad="Terraform only")
    assert not store.search.find("kubernetes", SearchFilter(kinds=frozenset({"application"})))
    store.applications.delete(acme.id)
    assert {h.ref_id for h in store.search.find("migration")} == {"n3"}


def test_triggers_exist_after_migrating(store):
    triggers = store.search.triggers()
    for _kind, table, _columns in INDEXED + INDEXED_LATER:
        assert {f"{table}_ai", f"{table}_ad", f"{table}_au"} <= triggers


def test_letters_are_found(filled):
    from followup_desktop.core.models.letters import Letter

    store, _, _ = filled
    interview = store.interviews.all()[0]
    store.rows.upsert(
        Letter(
            id="l1",
            interview_id=interview.id,
            kind="thank-you",
            body="Thank you for the **Kubernetes** talk",
            created_at="2026-03-03T00:00:00.000Z",
            updated_at="2026-03-03T00:00:00.000Z",
        )
    )
    letters = grouped(store.search.find("kubernetes talk"))["letter"]
    assert letters[0].ref_id == "l1"


def test_a_pasted_megabyte_searches_by_its_first_words(filled):
    store, _, _ = filled
    assert fts_query("word " * 200_000).count('"word"') == 16
    store.search.find("kubernetes " * 100_000)  # returns at once instead of building a 100,000-phrase query


def test_control_characters_in_a_query(filled):
    store, _, _ = filled
    store.search.find("kuber\x00netes")  # no "unterminated string" error
    assert "\x00" not in fts_query("a\x00b")


def test_a_word_in_very_many_rows_lists_the_newest_first(filled, monkeypatch):
    from followup_desktop.core.store import search as store_search

    store, _, _ = filled
    monkeypatch.setattr(store_search, "BROAD", 2)  # "migration" is in three notes
    notes = grouped(store.search.find("migration", SearchFilter(kinds=frozenset({"note"}))))["note"]
    assert [h.ref_id for h in notes] == ["n3", "n2", "n1"]  # newest row first, no bm25 over every match


def test_an_interrupted_search_says_so_and_the_next_one_runs(filled):
    """The search view interrupts a running query when the user types on; that is not an error."""
    from followup_desktop.core.store.errors import SearchInterrupted

    store, *_ = filled
    store.conn.set_progress_handler(lambda: 1, 1)  # what Connection.interrupt() does from another thread
    with pytest.raises(SearchInterrupted):
        store.search.find("kubernetes")
    store.conn.set_progress_handler(None, 1)
    assert store.search.find("kubernetes")
