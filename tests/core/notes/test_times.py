"""Elapsed labels and typed times."""

import pytest

from followup_desktop.core.notes import times as note_times


@pytest.mark.parametrize(
    "seconds, text", [(0, "00:00"), (65, "01:05"), (3599, "59:59"), (3600, "1:00:00"), (7384, "2:03:04"), (-5, "00:00")]
)
def test_format_elapsed(seconds, text):
    assert note_times.format_elapsed(seconds) == text


@pytest.mark.parametrize(
    "stamp, label",
    [
        ("2026-03-02T08:59:59.000Z", "before"),
        ("2026-03-02T09:12:30.000Z", "12:30"),
        ("2026-03-02T09:45:01.000Z", "after"),
    ],
)
def test_elapsed_label(stamp, label):
    assert note_times.elapsed_label(stamp, "2026-03-02T09:00:00.000Z", "2026-03-02T09:45:00.000Z") == label


def test_not_started_is_before():
    assert note_times.elapsed_label("2026-03-02T09:00:00.000Z", "", "") == "before"


@pytest.mark.parametrize(
    "typed, expected",
    [
        ("+12:30", "2026-03-02T09:12:30.000Z"),
        ("+1:02:03", "2026-03-02T10:02:03.000Z"),
        ("nonsense", None),
        ("25:00", None),
        ("+1:99", None),
        ("", None),
    ],
)
def test_parse_typed_time(typed, expected):
    assert note_times.parse_typed_time(typed, "2026-03-02T09:05:00.000Z", "2026-03-02T09:00:00.000Z") == expected


def test_clock_time_is_local_and_round_trips():
    stamp = "2026-03-02T09:05:07.000Z"
    assert note_times.parse_typed_time(note_times.local_clock(stamp), stamp) == stamp
