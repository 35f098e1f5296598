"""Offline spell checking: typos, the user's own words, US/UK spelling, spans."""

from __future__ import annotations

import pytest

from followup_desktop.core.letters import spelling
from followup_desktop.core.letters.spelling import Speller


@pytest.fixture(scope="module")
def us() -> Speller:
    return Speller("en_US", ignore_words=("Acme Robotics", "Dana Jonhsonn"))


@pytest.fixture(scope="module")
def gb() -> Speller:
    return Speller("en_GB")


def flagged(speller: Speller, text: str) -> list[str]:
    return [word for _, _, word in speller.misspelled(text)]


def test_a_typo_is_flagged_with_a_sensible_suggestion(us):
    text = "I would like to recieve the offer."
    ((start, end, word),) = us.misspelled(text)
    assert text[start:end] == word == "recieve"
    assert us.suggestions(word)[0] == "receive"


def test_suggestions_keep_the_case_of_the_word(us):
    assert us.suggestions("Recieve")[0] == "Receive"


@pytest.mark.parametrize(
    "text",
    [
        "Acme Robotics hired Dana Jonhsonn.",  # names passed as ignore words
        "NASA and the IRS use SQL.",  # acronyms
        "I came 3rd in 2019 with v2 and 10x.",  # words with digits
        "See https://exmple.com/pathh or www.exmpl.org today.",
        "Write to dana.jonhsn@acmme.example.com now.",
        "I use GitHub and iPhone apps.",
        "The snake_casse variable.",
        "שלום 你好 Привет are greetings.",
        "I don't think it's Dana's.",
        "A naïve café résumé.",
        "A cafe\u0301 in decomposed form.",
    ],
)
def test_words_that_are_not_flagged(us, text):
    assert flagged(us, text) == []


def test_personal_words_are_honoured_and_can_be_added():
    speller = Speller("en_US", personal_words=("Kubernetes",))
    assert flagged(speller, "Kubernetes and Terraformm.") == ["Terraformm"]
    speller.add_word("Terraformm")
    assert flagged(speller, "Kubernetes and Terraformm.") == []


def test_personal_words_are_suggested():
    speller = Speller("en_US", personal_words=("Kubernetes",))
    assert "Kubernetes" in speller.suggestions("Kubernetse")


def test_ignore_can_be_extended_later():
    speller = Speller("en_US")
    speller.ignore(["Zyxcorp"])
    assert flagged(speller, "Zyxcorp") == []


@pytest.mark.parametrize(
    "language, accepted, flagged_word, suggestion",
    [
        ("en_GB", "colour", "color", "colour"),
        ("en_US", "color", "colour", "color"),
        ("en_GB", "organise", "organize", "organise"),
        ("en_US", "organize", "organise", "organize"),
        ("en_GB", "centre", "center", "centre"),
        ("en_US", "center", "centre", "center"),
        ("en_GB", "colourful", "colorful", "colourful"),  # derived forms
        ("en_GB", "organisation", "organization", "organisation"),
        ("en_GB", "travelling", "traveling", "travelling"),
        ("en_US", "analyzed", "analysed", "analyzed"),
    ],
)
def test_us_uk_variants(language, accepted, flagged_word, suggestion):
    speller = Speller(language)
    assert flagged(speller, f"{accepted} {flagged_word}") == [flagged_word]
    assert speller.suggestions(flagged_word)[0] == suggestion


def test_british_suggestions_use_british_spelling(gb):
    assert "colour" in gb.suggestions("colur")
    assert "color" not in gb.suggestions("colur")


def test_spans_are_right_on_non_ascii_text(us):
    text = "😀 Zoë’s naïve ﬁrst שלום recieve e\u0301 tyop 👍"
    found = us.misspelled(text)
    assert [text[s:e] for s, e, _ in found] == [w for _, _, w in found]
    assert "recieve" in [w for _, _, w in found] and "tyop" in [w for _, _, w in found]


@pytest.mark.parametrize("text", ["", "\x00\x01", "\ud800abc", "a" * 5000, "_" * 10, "’’’"])
def test_odd_text_does_not_raise(us, text):
    assert isinstance(us.misspelled(text), list)


def test_a_long_word_gets_quick_suggestions(us):
    assert isinstance(us.suggestions("x" * 60), list)
    assert us.suggestions("") == []


def test_unknown_language_is_refused():
    with pytest.raises(ValueError):
        Speller("fr_FR")


def test_dictionary_is_loaded_once_and_timed(us):
    us.misspelled("warm up")
    assert spelling.language("en_US") is spelling.language("en_US")
    assert spelling.LOAD_TIMES_MS["en"] > 0


def test_variant_list_is_data_with_enough_pairs():
    pairs = spelling.load_variant_pairs()
    assert len(pairs) >= 60 and ("color", "colour") in pairs


def test_shipped_workplace_words_are_accepted(gb):
    assert flagged(gb, "Our onboarding roadmap and backend microservices.") == []


def test_hyphenated_prefixes_are_not_words_on_their_own(us):
    assert flagged(us, "A pre-stop hook and a co-founder, plus a pree-stop typo.") == ["pree"]
