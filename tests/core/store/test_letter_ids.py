"""A letter found by the start of its id, as git finds a commit (`letter export 3f2a`)."""

import pytest

from followup_desktop.core.models.letters import Letter

from ..letter_fixtures import fill_interview

IDS = ["3f2a9c00-0000", "3f2b1111-0000", "ab", "abc", "50%_\\x", "Zeta-1"]


@pytest.fixture
def ids(store):
    interview = fill_interview(store, with_challenges=False)[0]
    for letter_id in IDS:
        store.rows.upsert(Letter(id=letter_id, interview_id=interview.id))
    return store.letters


@pytest.mark.parametrize(
    "prefix, expected",
    [
        ("3f2a", ["3f2a9c00-0000"]),
        ("3f2", ["3f2a9c00-0000", "3f2b1111-0000"]),  # ambiguous: every candidate, oldest first
        ("ab", ["ab"]),  # a whole id wins over the longer ids it starts
        ("a", ["ab", "abc"]),
        ("3F2A", ["3f2a9c00-0000"]),  # case is ignored when nothing matches as typed
        ("zeta", ["Zeta-1"]),
        ("50%", ["50%_\\x"]),  # LIKE's wildcards are plain characters here
        ("5_", []),
        ("%", []),
        ("3f2a9c00-0000-extra", []),
        ("", []),
    ],
)
def test_ids_starting(ids, prefix, expected):
    assert ids.ids_starting(prefix) == expected
