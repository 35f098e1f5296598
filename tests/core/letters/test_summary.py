"""The board's suggestion for a challenge in the user's words, and how a summary sits inside a sentence."""

import pytest

from followup_desktop.core.letters.summary import in_sentence, main_clause, second_person, suggest_summary


@pytest.mark.parametrize(
    "quote, suggestion",
    [
        ("our routing service falls over every peak season", "Your routing service falls over every peak season"),
        (
            "Peak season is the pain: last November the routing service fell over twice.",
            "Peak season is the pain",
        ),
        ("We lose orders at night; nobody owns the hand-off", "You lose orders at night"),
        ("“We're two people short” — said twice", "You're two people short"),
        ("Hiring takes months (we tried agencies) and it hurts", "Hiring takes months"),
        ("Ask us about our ourselves", "Ask you about your yourselves"),
        ("WE NEED HELP WITH OUR DATA", "YOU NEED HELP WITH YOUR DATA"),
        ("Weather and wellness data were ours to fix.", "Weather and wellness data were yours to fix"),
        ("  the   dispatch\nAPI drops events.  ", "The dispatch API drops events"),
        ("Product decides alone. Operations wants a say.", "Product decides alone"),
        ("hand-offs break at night", "Hand-offs break at night"),
        ("", ""),
    ],
)
def test_suggestion_is_the_main_clause_told_back(quote, suggestion):
    assert suggest_summary(quote) == suggestion


def test_a_very_long_clause_is_cut_at_a_word():
    quote = " ".join(f"word{n}" for n in range(80))
    assert main_clause(quote).split() == [f"word{n}" for n in range(30)]


def test_words_containing_we_or_us_are_left_alone():
    assert (
        second_person("Wessex users trust us; we've shown ourselves")
        == "Wessex users trust you; you've shown yourselves"
    )


@pytest.mark.parametrize(
    "summary, keep, inside",
    [
        ("Peak season strains your routing service.", (), "peak season strains your routing service"),
        ("API latency doubles at peak", (), "API latency doubles at peak"),
        ("DevOps is one person", (), "DevOps is one person"),
        ("Northwind's dispatch is manual", ("Northwind Logistics",), "Northwind's dispatch is manual"),
        ("Priya wants fewer hand-offs", ("Priya Raman",), "Priya wants fewer hand-offs"),
        ("I was asked about hiring", (), "I was asked about hiring"),
        ("A team of two runs it!", (), "a team of two runs it"),
        ("", (), ""),
    ],
)
def test_a_summary_inside_a_sentence(summary, keep, inside):
    assert in_sentence(summary, keep) == inside
