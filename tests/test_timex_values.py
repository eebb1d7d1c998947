"""Value helpers the timeline sorts and groups by, and the go-to box reader."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import pytest

from search.timex import (
    granularity,
    parse_user_when,
    placed_granularity,
    sort_key,
)


@pytest.mark.parametrize(
    ("value", "gran", "key"),
    [
        ("2025-08-01", "day", "2025-08-01"),
        ("2025-W32", "week", "2025-08-04"),
        ("2025-W31-WE", "week", "2025-08-02"),
        ("2025-08", "month", "2025-08-01"),
        ("2024-Q3", "quarter", "2024-07-01"),
        ("2022-FA", "season", "2022-09-01"),
        ("2024", "year", "2024-01-01"),
        ("199", "decade", "1990-01-01"),
        ("2024-03-11TNI", "time", "2024-03-11"),
        ("2024-03-11T19:15", "time", "2024-03-11"),
        ("2026-H1", "other", "2026-01-01"),
        ("19", "other", "1900-01-01"),
        ("P90D", "other", None),
        ("PXY", "other", None),
        ("XXXX-WXX-1", "other", None),
        ("PRESENT_REF", "other", None),
        ("XXXX-08-01", "other", None),
        ("2025-02-30", "day", None),
    ],
)
def test_granularity_and_sort_key(value: str, gran: str, key: str | None) -> None:
    assert granularity(value) == gran
    assert sort_key(value) == key


@pytest.mark.parametrize(
    ("value", "gran", "key"),
    [
        # a day of a known month ("that same day" after "last October"): on its month
        ("1998-10-XX", "month", "1998-10-01"),
        ("1998-XX-XX", "year", "1998-01-01"),
        ("1989-WXX", "year", "1989-01-01"),
        ("1988-QX", "year", "1988-01-01"),
        ("XXXX-08-01", "other", None),
        ("2025-08-01", "day", "2025-08-01"),
    ],
)
def test_values_known_in_part_are_placed_on_what_is_known(
    value: str, gran: str, key: str | None
) -> None:
    assert placed_granularity(value) == gran
    assert sort_key(value) == key


def test_sort_keys_order_chronologically() -> None:
    values = ["2025", "2024-Q4", "2025-W32", "2025-08-01", "199", "2025-07", "2024-03-11TNI"]
    ordered = sorted(values, key=lambda v: sort_key(v) or "")
    assert ordered == [
        "199",
        "2024-03-11TNI",
        "2024-Q4",
        "2025",
        "2025-07",
        "2025-08-01",
        "2025-W32",
    ]


BASE = dt.date(2025, 8, 4)  # Monday


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("2025-03-01", dt.date(2025, 3, 1)),
        ("Aug 1", dt.date(2025, 8, 1)),
        ("last friday", dt.date(2025, 8, 1)),
        ("march 2024", dt.date(2024, 3, 1)),
        ("2019", dt.date(2019, 1, 1)),
        ("yesterday", dt.date(2025, 8, 3)),
        ("", None),
        ("no date here at all", None),
    ],
)
def test_parse_user_when_starts_on_the_day_typed(typed: str, expected: dt.date | None) -> None:
    when = parse_user_when(typed, BASE)
    assert (when.day if when else None) == expected


@pytest.mark.parametrize(
    ("typed", "first", "last", "shown"),
    [
        ("Aug 1", dt.date(2025, 8, 1), dt.date(2025, 8, 1), "Friday 2025-08-01"),
        ("march 2024", dt.date(2024, 3, 1), dt.date(2024, 3, 31), "March 2024"),
        ("2024-02", dt.date(2024, 2, 1), dt.date(2024, 2, 29), "February 2024"),
        ("last year", dt.date(2024, 1, 1), dt.date(2024, 12, 31), "2024"),
        ("last month", dt.date(2025, 7, 1), dt.date(2025, 7, 31), "July 2025"),
        ("this week", dt.date(2025, 8, 4), dt.date(2025, 8, 10), "the week of Monday 2025-08-04"),
    ],
)
def test_a_typed_date_names_a_stretch_of_time(
    typed: str, first: dt.date, last: dt.date, shown: str
) -> None:
    when = parse_user_when(typed, BASE)
    assert when is not None
    assert (when.day, when.last, when.describe()) == (first, last, shown)


def test_import_does_not_load_dateparser() -> None:
    code = "import sys, search.timex; print('dateparser' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
