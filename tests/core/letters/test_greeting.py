"""Salutation styles: "Dear Ms Raman" / "Dear Priya" / "Dear Priya Raman", per person, with a default."""

import re

import pytest

from followup_desktop.core.letters.drafts import build_draft, draft_input
from followup_desktop.core.letters.greeting import addressed, referred, salutation, split_name, style_of
from followup_desktop.core.models import Contact
from followup_desktop.core.models.letters import LetterPrefs
from followup_desktop.core.text.provenance import paragraphs_of

from ..letter_fixtures import fill_interview


def person(name, form="", style=""):
    return Contact("c", "a", name, form_of_address=form, salutation=style)


@pytest.mark.parametrize(
    "name, title, given, family",
    [
        ("Priya Raman", "", "Priya", "Raman"),
        ("Dr. Jane van Dijk", "Dr.", "Jane", "van Dijk"),
        ("Maria de la Cruz", "", "Maria", "de la Cruz"),
        ("Prof Dr Ulrike   Meier", "Prof Dr", "Ulrike", "Meier"),
        ("Raman", "", "", "Raman"),
        ("Mary Ann Smith-Jones", "", "Mary", "Smith-Jones"),
    ],
)
def test_a_name_in_parts(name, title, given, family):
    parts = split_name(name)
    assert (parts.title, parts.given, parts.family) == (title, given, family)


@pytest.mark.parametrize(
    "contact, default, greeting",
    [
        (person("Priya Raman", "Ms"), "title", "Dear Ms Raman,"),
        (person("Priya Raman", "Ms"), "first", "Dear Priya,"),
        (person("Priya Raman", "Ms"), "full", "Dear Priya Raman,"),
        (person("Priya Raman"), "title", "Dear Priya Raman,"),  # no title known: never a guessed "Ms"
        (person("Dr. Priya Raman"), "title", "Dear Dr. Raman,"),  # the title the name starts with
        (person("Dr. Priya Raman", "Professor"), "title", "Dear Professor Raman,"),  # the typed one wins
        (person("Jane van Dijk", "Dr"), "title", "Dear Dr van Dijk,"),
        (person("Priya Raman", "Ms", "first"), "title", "Dear Priya,"),  # the person's own style wins
        (person("Priya Raman", "Ms", "full"), "title", "Dear Priya Raman,"),
        (person("Raman", "Ms"), "first", "Dear Ms Raman,"),  # one name: no first name to use
        (person("Priya Raman", "Ms"), "nonsense", "Dear Ms Raman,"),  # an unknown default reads as "title"
        (None, "title", "Dear «interviewer name»,"),
    ],
)
def test_salutation(contact, default, greeting):
    assert salutation(contact, default) == greeting


def test_never_a_full_name_by_default_when_a_title_is_known():
    for contact in (person("Priya Raman", "Ms"), person("Dr. Priya Raman"), person("Prof. Ana Souza")):
        assert style_of(contact) == "title"
        assert addressed(contact, style_of(contact)) != split_name(contact.name).full


def test_others_are_named_in_the_greetings_tone():
    tom = person("Tom Berger", "Mr")
    assert [referred(tom, style) for style in ("title", "first", "full")] == ["Mr Berger", "Tom", "Tom Berger"]
    assert referred(person("Sam Roe"), "title") == "Sam Roe"


def test_drafts_greet_in_the_chosen_style(store):
    interview, dana, sam, _ = fill_interview(store)
    store.contacts.update(dana.id, form_of_address="Ms")
    store.contacts.update(sam.id, form_of_address="Mr")

    def first_paragraph_and_sam():
        body = build_draft(draft_input(store, interview.id, "thank-you", dana.id)).body
        return paragraphs_of(body)[0], body

    greeting, body = first_paragraph_and_sam()
    assert greeting == "Dear Ms Lee," and "Mr Roe" in body and "Sam Roe" not in body
    store.settings.save_letter_prefs(LetterPrefs(salutation="first"))
    greeting, body = first_paragraph_and_sam()
    # the phrasing varies with the records' ids ("Sam mentioned", "Listening to Sam, …"): the name is what counts
    assert greeting == "Dear Dana," and re.search(r"\bSam\b(?! Roe)", body) and "Mr Roe" not in body
    store.contacts.update(dana.id, salutation="full")  # this person's own style beats the default
    greeting, body = first_paragraph_and_sam()
    assert greeting == "Dear Dana Lee," and "Sam Roe" in body
