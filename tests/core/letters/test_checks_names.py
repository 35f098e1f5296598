"""Names in a letter: any interviewer's or contact's misspelt name is an error naming the right
spelling, in the greeting too; names the user wrote elsewhere and ordinary words stay quiet; a
real name is never a placeholder."""

from __future__ import annotations

import pytest

from .test_checks import found, spans

PEOPLE = {
    "recipient_name": "Maya Okonkwo",
    "interviewer_names": ("Maya Okonkwo", "Tom Berger"),
    "contact_names": ("Maya Okonkwo", "Tom Berger", "Priya Raman"),
    "note_texts": ("Mara from the depot team joined; Dan built the first router",),
}


def contact_spans(text: str, **changes) -> list[str]:
    return spans(text, "contact-name", **{**PEOPLE, **changes})


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Dear Maya,\nTom Bergr asked about peak season.", "Bergr"),  # an interviewer's surname
        ("Dear Maya,\nI enjoyed meeting you and Tom Bergr.", "Bergr"),
        ("Dear Maya,\nPlease thank Priya Ramen for arranging the day.", "Ramen"),  # a contact, not an interviewer
        ("Dear Maya,\nI agree with Pirya about the router.", "Pirya"),  # a first name in the body
        ("Dear Maya,\nMr Berges made a fair point.", "Berges"),
        ("Dear Maya,\nI liked Pryia's question.", "Pryia"),  # a possessive
    ],
)
def test_a_misspelt_name_of_anyone_in_the_application_is_an_error(text, expected):
    assert contact_spans(text) == [expected]
    (finding,) = found(text, "contact-name", **PEOPLE)
    assert finding.severity == "error" and finding.suggestion in ("Berger", "Raman", "Tom", "Priya")


def test_the_message_names_the_right_spelling_and_the_person():
    (finding,) = found("Dear Maya,\nTom Bergr was kind.", "contact-name", **PEOPLE)
    assert finding.message == "“Bergr” looks like a misspelling of Berger (Tom Berger)."
    assert finding.suggestion == "Berger"


def test_a_misspelt_greeting_names_the_right_spelling_as_an_error():
    (finding,) = found("Dear Mya,\nThank you.", "recipient-name", **PEOPLE)
    assert (finding.severity, finding.suggestion) == ("error", "Maya")
    assert "Maya" in finding.message


def test_a_misspelt_greeting_without_a_chosen_recipient_names_the_contact():
    (finding,) = found("Dear Mya,\nThank you.", "contact-name", **{**PEOPLE, "recipient_name": ""})
    assert (finding.severity, finding.suggestion) == ("error", "Maya")
    assert finding.message == "“Mya” looks like a misspelling of Maya (Maya Okonkwo)."


def test_letters_swapped_in_a_short_name_are_a_typo_one_changed_letter_is_not():
    assert spans("Dear Maya,\nI agree with Maay about it.", "recipient-name", **PEOPLE) == ["Maay"]
    assert spans("Dear Maya,\nI agree with Mayo about it.", "recipient-name", **PEOPLE) == []
    assert spans("Dear Mayo,\nThank you.", "recipient-name", **PEOPLE) == ["Mayo"]  # the greeting: any typo


def test_a_typo_of_the_recipient_is_reported_once_by_the_recipient_rule():
    text = "Dear Maya,\nOkonkow said the router is slow."
    assert contact_spans(text) == []
    assert spans(text, "recipient-name", **PEOPLE) == ["Okonkow"]


@pytest.mark.parametrize(
    "text",
    [
        "Dear Maya,\nTom Berger and Priya Raman were kind.",
        "Dear Maya,\nI can start in May, after Easter.",  # a month close to Maya
        "Dear Maya,\nMara's account of the depot helped.",  # a colleague from the notes
        "Dear Maya,\nDan's router is a good base.",
        "Dear Maya,\nTomorrow works for me. Tome is not a name.",  # sentence starts, short names
        "Dear Maya,\nthe burger van outside was busy.",  # lower case: an ordinary word
        "Dear Maya,\nTom's question about peak season stayed with me.",
        "Dear Ms Okonkwo,\nThank you.",
        "Dear Maya,\nThe Bergers next door were kind.",  # a plural: the name spelt right
        "Dear Maya,\nI met Tom at the Mayo Clinic booth.",  # one letter changed in a short name
    ],
)
def test_names_the_user_wrote_and_ordinary_words_stay_quiet(text):
    assert contact_spans(text) == []
    assert found(text, "recipient-name", **PEOPLE) == []


def test_a_name_in_the_users_own_words_is_not_a_typo():
    text = "Dear Maya,\nBergen's depot opens in spring."
    assert contact_spans(text) == ["Bergen"]
    assert contact_spans(text, own_texts=("I visited the Bergen depot",)) == []
    assert contact_spans(text, plan_texts=("Ask when the Bergen depot opens",)) == []


def test_no_people_no_finding():
    assert found("Dear Mya,\nTom Bergr.", "contact-name", recipient_name="", interviewer_names=()) == []


# --- a real name is never a placeholder -------------------------------------------------------


@pytest.mark.parametrize(
    "field", ["recipient_name", "interviewer_names", "contact_names"], ids=["recipient", "interviewer", "contact"]
)
def test_a_contacts_real_name_is_never_a_placeholder(field):
    name = "Dana <HR> Lee"
    value = (name,) if field != "recipient_name" else name
    text = f"Dear {name},\nThank you. I will send <HR> the notes too."
    assert spans(text, "placeholder", **{field: value}) == []


def test_a_placeholder_next_to_a_real_name_is_still_flagged():
    text = "Dear Dana <HR> Lee,\nThank you for showing me <Company>."
    assert spans(text, "placeholder", recipient_name="Dana <HR> Lee") == ["<Company>"]


def test_the_company_as_typed_is_not_a_placeholder():
    assert spans("I enjoyed visiting [Acme] Labs.", "placeholder", company="[Acme] Labs") == []
