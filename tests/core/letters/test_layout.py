import datetime as dt

import pytest

from followup_desktop.core.letters.drafts import build_draft, draft_input
from followup_desktop.core.letters.layout import build_layout, format_date, language_tag, layout_plain_text
from followup_desktop.core.models.letters import DATE_FORMATS, LetterPrefs

from ..letter_fixtures import fill_interview


@pytest.mark.parametrize("fmt, expected", list(DATE_FORMATS.items()))
def test_date_formats(fmt, expected):
    assert format_date(dt.date(2026, 3, 2), fmt) == expected


def test_layout_takes_salutation_and_sign_off_out_of_the_body(store):
    interview, dana, _, _ = fill_interview(store)
    draft = build_draft(draft_input(store, interview.id, "thank-you", dana.id))
    letter = store.letters.add(interview.id, "thank-you", dana.id, draft.subject, draft.body, draft.sources)
    layout = build_layout(
        letter,
        store.settings.profile(),
        dana,
        store.applications.get(interview.application_id),
        LetterPrefs(paper_size="Letter", font_size=12, spelling_language="en_GB"),
        today=dt.date(2026, 3, 6),
    )
    assert layout.language == "en-GB"  # Word proofs the exported letter in the spelling language
    assert layout.salutation == "Dear Dana Lee,"
    assert (layout.closing, layout.signature_name) == ("Best wishes,", "Alex Doe")
    assert "Dear" not in layout.body_markdown and "Best wishes" not in layout.body_markdown
    assert layout.recipient_lines == ("Dana Lee", "CTO", "Acme Robotics")
    assert layout.sender_lines == ("1 High Street", "Leeds", "alex@example.test")
    assert (layout.page_size, layout.font_size_pt, layout.date_text) == ("Letter", 12.0, "6 March 2026")
    assert "pre-stop hook" in layout_plain_text(layout)


def test_layout_of_a_free_form_body_keeps_everything(store):
    interview, dana, _, _ = fill_interview(store)
    letter = store.letters.add(interview.id, body="Just one paragraph, no greeting.")
    layout = build_layout(letter, store.settings.profile(), None, None, LetterPrefs())
    assert layout.salutation == "" and layout.closing == "" and "one paragraph" in layout.body_markdown


@pytest.mark.parametrize(
    ("spelling", "tag"),
    [("en_GB", "en-GB"), ("en_US", "en-US"), ("de_DE", "de-DE"), ("fr", "fr"), ("", "en-US"), ("x; drop", "en-US")],
)
def test_language_tag_of_a_spelling_language(spelling, tag):
    assert language_tag(spelling) == tag
