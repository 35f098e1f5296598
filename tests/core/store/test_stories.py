"""The story bank and its full-text suggestions."""

import pytest

from followup_desktop.core.store import ValidationError, migrations


@pytest.fixture
def bank(store):
    store.stories.add(
        "Kubernetes migration",
        situation="Billing ran on old VMs and deploys stalled",
        action="Moved the queue consumers to Kubernetes with drain hooks",
        result="No lost messages",
        tags="kubernetes, queues",
    )
    store.stories.add(
        "Hiring loop",
        situation="Hiring took months",
        action="Structured interviews",
        result="Time to hire halved",
        tags="hiring",
    )
    store.stories.add(
        "On-call",
        situation="Alerts woke people every night",
        action="Grouped alerts per service",
        result="Pages down 70%",
        tags="on-call, alerts",
    )
    return store


@pytest.mark.parametrize(
    "quote, best",
    [
        ("our billing queue loses messages whenever we drain a Kubernetes node", "Kubernetes migration"),
        ("we cannot hire fast enough", "Hiring loop"),
        ("the on-call team is tired of alerts", "On-call"),
    ],
)
def test_suggestions_rank_the_closest_story_first(bank, quote, best):
    assert bank.stories.suggest(quote)[0].title == best


@pytest.mark.parametrize("hostile", ['"unbalanced', "a-b +c * NEAR(x) : ^", "AND OR NOT", "", "😀 ש", "x" * 5000])
def test_user_text_never_breaks_the_search(bank, hostile):
    assert isinstance(bank.stories.suggest(hostile), list)


def test_edits_and_deletes_reach_the_index(bank):
    story = bank.stories.add("Cost cutting", situation="Cloud bill doubled")
    assert bank.stories.suggest("cloud doubled")[0].id == story.id
    bank.stories.update(story.id, situation="Latency budgets")
    assert bank.stories.suggest("cloud doubled") == []
    deleted, linked = bank.stories.delete(story.id)
    assert bank.stories.suggest("latency") == [] and linked == []
    bank.stories.restore(deleted)
    assert bank.stories.suggest("latency")[0].id == story.id


def test_title_is_required(store):
    with pytest.raises(ValidationError):
        store.stories.add("  ")


def test_fts_triggers_exist(store):
    names = {r[0] for r in store.db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    assert {"stories_ai", "stories_ad", "stories_au"} <= names
    assert "0004_notes_story_search" in migrations.known_names()
