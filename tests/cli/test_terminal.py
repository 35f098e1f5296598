"""User text printed on a terminal can neither steer it (escape sequences, a carriage return) nor
reorder the line (bidi overrides and isolates): such characters are printed as escapes."""

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from followup_desktop.cli.terminal import one_line, shown

from ..hostile import HOSTILE

STEERING = frozenset(("Cc", "Cf", "Cs", "Zl", "Zp"))


def _steering(text):
    return [c for c in text if unicodedata.category(c) in STEERING and c not in "\u200c\u200d"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("\x1b[2J\x1b[31mAcme", "\\x1b[2J\\x1b[31mAcme"),  # clear the screen, turn red
        ("\x1b]0;owned\x07", "\\x1b]0;owned\\x07"),  # retitle the window
        ("\x9b31m", "\\x9b31m"),  # the one-byte CSI of C1
        ("Acme\rEvil", "Acme\\rEvil"),  # back to the line's start, overwriting it
        ("nul\x00", "nul\\x00"),
        ("a\nb\tc", "a\\nb\\tc"),
        ("\u202egpj.exe", "\\u202egpj.exe"),  # right-to-left override
        ("\u2066isolate\u2069 \u200f\u061c", "\\u2066isolate\\u2069 \\u200f\\u061c"),
        ("line\u2028para\u2029", "line\\u2028para\\u2029"),
        ("tag\U000e0041", "tag\\U000e0041"),  # invisible tag characters
        ("lone \ud800", "lone \\ud800"),
        ("C:\\Users\\me", "C:\\Users\\me"),  # backslashes stay: Windows paths
        ("Zoë 面试 שלום 👩\u200d👩\u200d👧 ok", "Zoë 面试 שלום 👩\u200d👩\u200d👧 ok"),  # readable text as it is
    ],
)
def test_shown(text, expected):
    assert shown(text) == expected


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_no_hostile_text_reaches_the_terminal(name):
    assert _steering(one_line(HOSTILE[name])) == []


@given(st.text())
def test_any_text_is_shown_without_steering_characters(text):
    out = one_line(text)
    assert _steering(out) == [] and "\t" not in out and out.strip() == out


def test_one_line_folds_whitespace_and_marks_an_empty_field():
    assert one_line("  Acme\n\tRobotics \u3000 GmbH ") == "Acme Robotics GmbH"
    assert one_line("") == one_line(" \n ") == "-"
