"""Letter checks never raise and every span points inside the text, whatever the text."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from followup_desktop.core.letters.checks import CheckContext, run_checks, specificity

CTX = CheckContext(
    kind="rejection",
    company="Acme",
    role="Engineer",
    recipient_name="Zoë O’Brien",
    interviewer_names=("Zoë O’Brien", "李雷"),
    other_companies=("Globex", "X", "Box", "Ünïcode GmbH"),
    challenge_quotes=("latency 😀 spikes at peak",),
    note_texts=("שלום team talked about caching",),
    due_at=datetime(2025, 1, 1, tzinfo=UTC),
    now=datetime(2025, 1, 2, tzinfo=UTC),
)
ODD = st.sampled_from(
    [
        "«",
        "»",
        "[",
        "]",
        "{",
        "}",
        "<",
        ">",
        "\x00",
        "\u0301",
        "\u200f",
        "\u2028",
        "\ud800",
        "😀",
        "\r\n",
        "Dear ",
        "Globex",
        "X",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(st.text(), ODD), max_size=40).map("".join))
def test_any_text_gives_valid_spans(text):
    for f in run_checks(text, CTX):
        assert f.severity in {"error", "warning", "info"}
        assert (f.start, f.end) == (-1, -1) or 0 <= f.start <= f.end <= len(text)
    score, why = specificity(text, CTX)
    assert 0.0 <= score <= 1.0 and why


def test_a_megabyte_letter_is_checked_quickly():
    text = ("Dear Zoë, « I am a team player at Globex 😀 שלום e\u0301\x07. " * 20000)[:1_000_000]
    findings = run_checks(text, CTX)
    assert any(f.rule == "other-company" for f in findings)


def test_non_string_input_does_not_raise():
    assert isinstance(run_checks(None, CTX), list)  # type: ignore[arg-type]


def test_core_does_not_import_qt():
    code = (
        "import sys, followup_desktop.core.letters.checks, followup_desktop.core.letters.spelling, "
        "followup_desktop.core.text.spans; "
        "assert 'PySide6' not in sys.modules; assert 'spellchecker' not in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=str(__import__("pathlib").Path(__file__).parents[3]))
