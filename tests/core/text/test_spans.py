"""Mapping str indices to Qt's UTF-16 positions and back."""

from __future__ import annotations

import pytest

from followup_desktop.core.text.spans import str_index, utf16_offset, utf16_span


@pytest.mark.parametrize(
    "text, index, expected",
    [
        ("hello", 3, 3),
        ("😀ab", 1, 2),
        ("😀ab", 3, 4),
        ("e\u0301x", 2, 2),  # combining marks are one unit each, like in Python
        ("שלום😀", 5, 6),
        ("\ud800x", 2, 2),  # a lone surrogate is one unit
        ("abc", 99, 3),
        ("abc", -5, 0),
    ],
)
def test_utf16_offset(text, index, expected):
    assert utf16_offset(text, index) == expected


@pytest.mark.parametrize("text", ["plain", "a😀b😀c", "ש😀e\u0301", ""])
def test_round_trip(text):
    for i in range(len(text) + 1):
        assert str_index(text, utf16_offset(text, i)) == i


def test_position_inside_a_pair_rounds_down_and_span_converts():
    assert str_index("😀a", 1) == 0
    assert utf16_span("😀 Globex", 2, 8) == (3, 9)
