"""A letter's own dates are never taken for a misspelt name."""

import pytest

from followup_desktop.core.letters.checks import CheckContext, run_checks


@pytest.mark.parametrize(
    "name, date", [("Jane Adeyemi", "5 June 2026"), ("Juno Park", "June 5, 2026"), ("Marcy Doyle", "2 March 2026")]
)
def test_a_month_or_weekday_is_not_a_misspelt_name(name, date):
    ctx = CheckContext("thank-you", "Acme", "CTO", name, (name,), (), (), ())
    text = f"Dear {name.split()[0]},\n\nThank you for meeting me on {date} about the role."
    assert [f for f in run_checks(text, ctx) if f.rule == "recipient-name"] == []


def test_a_real_misspelling_beside_a_date_is_still_found():
    ctx = CheckContext("thank-you", "Acme", "CTO", "Jane Adeyemi", ("Jane Adeyemi",), (), (), ())
    text = "Dear Jnae,\n\nThank you for meeting me on 5 June 2026, Jnae."
    assert [f.suggestion for f in run_checks(text, ctx) if f.rule == "recipient-name"] == ["Jane", "Jane"]
