"""TimeML value strings: what granularity they name, how they sort, and the
calendar arithmetic the resolver needs ("a year earlier" than a quarter).

Values are plain ISO-like strings (``2025-08-01``, ``2025-W32``, ``2024-Q1``,
``2022-FA``, ``199``, ``PRESENT_REF``, ``P90D``...), as TimeML writes them, so
every helper here is a small regex plus `datetime.date` arithmetic.
"""

from __future__ import annotations

import datetime as dt
import re

_DAY = re.compile(r"^(\d{4})-(\d\d)-(\d\d)$")
_TIME = re.compile(r"^(\d{4})-(\d\d)-(\d\d)T")
_WEEK = re.compile(r"^(\d{4})-W(\d\d)(-WE)?$")
_MONTH = re.compile(r"^(\d{4})-(\d\d)$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_HALF = re.compile(r"^(\d{4})-H([12])$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
_YEAR = re.compile(r"^(\d{4})$")
_DECADE = re.compile(r"^(\d{3})$")
_CENTURY = re.compile(r"^(\d{2})$")

_SEASON_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def granularity(value: str) -> str:
    """The calendar unit a TimeML value names.

    One of "day", "week", "month", "quarter", "season", "year", "decade",
    "time" or "other" (durations, sets, PRESENT_REF, half-years, centuries,
    anything with an X in it).
    """
    if not isinstance(value, str):
        return "other"
    if _DAY.match(value):
        return "day"
    if _TIME.match(value):
        return "time"
    if _WEEK.match(value):
        return "week"
    if _MONTH.match(value):
        return "month"
    if _QUARTER.match(value):
        return "quarter"
    if _SEASON.match(value):
        return "season"
    if _YEAR.match(value):
        return "year"
    if _DECADE.match(value):
        return "decade"
    return "other"


def _iso_monday(year: int, week: int) -> dt.date | None:
    try:
        return dt.date.fromisocalendar(year, week, 1)
    except ValueError:
        return None


def first_day(value: str) -> dt.date | None:
    """The first calendar day a value covers, or None if it is not a calendar value."""
    if not isinstance(value, str):
        return None
    try:
        if m := (_DAY.match(value) or _TIME.match(value)):
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        if m := _WEEK.match(value):
            monday = _iso_monday(int(m[1]), int(m[2]))
            if monday is not None and m[3]:
                return monday + dt.timedelta(days=5)
            return monday
        if m := _MONTH.match(value):
            return dt.date(int(m[1]), int(m[2]), 1)
        if m := _QUARTER.match(value):
            return dt.date(int(m[1]), 3 * int(m[2]) - 2, 1)
        if m := _HALF.match(value):
            return dt.date(int(m[1]), 1 if m[2] == "1" else 7, 1)
        if m := _SEASON.match(value):
            return dt.date(int(m[1]), _SEASON_MONTH[m[2]], 1)
        if m := _YEAR.match(value):
            return dt.date(int(m[1]), 1, 1)
        if m := _DECADE.match(value):
            return dt.date(int(m[1]) * 10, 1, 1)
        if m := _CENTURY.match(value):
            return dt.date(max(1, int(m[1]) * 100), 1, 1)
    except ValueError:
        return None
    return None


_PART_KNOWN = re.compile(r"^(\d{4})(?:-(\d\d))?-(?:XX-XX|XX|WXX|QX|HX)$")


def placed(value: str) -> str:
    """Where the timeline puts a value whose finer part is unknown: TimeML's
    "1998-10-XX" (a day of October 1998, "that same day") on its month,
    "1989-WXX" or "1988-QX" on its year. Other values are returned as they are."""
    m = _PART_KNOWN.match(value) if isinstance(value, str) else None
    if m is None:
        return value
    return f"{m[1]}-{m[2]}" if m[2] else m[1]


def placed_granularity(value: str) -> str:
    """The calendar unit the timeline shows ``value`` at (see `placed`)."""
    return granularity(placed(value))


def sort_key(value: str) -> str | None:
    """A text key ordering calendar values chronologically (their first day).

    "2025-08-01" -> "2025-08-01"; "2025-W32" -> its Monday; "2024-03-11TNI"
    -> "2024-03-11"; "2024" -> "2024-01-01". None for durations, sets,
    PRESENT_REF and anything underspecified.
    """
    day = first_day(placed(value))
    return None if day is None else day.isoformat()


def year_of(value: str) -> int | None:
    """The year a calendar value falls in (None for decades and non-calendar values)."""
    if isinstance(value, str) and len(value) >= 4 and value[:4].isdigit():
        if len(value) == 4 or value[4] == "-":
            return int(value[:4])
    return None


def week_value(day: dt.date) -> str:
    """The ISO week holding ``day``, as TimeML writes it ("2025-W32")."""
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def quarter_of(day: dt.date) -> int:
    """The calendar quarter (1-4) of ``day``."""
    return (day.month - 1) // 3 + 1


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    """(year, month) moved by ``delta`` months."""
    idx = year * 12 + (month - 1) + delta
    return idx // 12, idx % 12 + 1


def month_end(year: int, month: int) -> dt.date:
    """The last day of a month."""
    nxt_y, nxt_m = add_months(year, month, 1)
    return dt.date(nxt_y, nxt_m, 1) - dt.timedelta(days=1)


def nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The ``n``-th ISO ``weekday`` (1 = Monday) of a month; ``n`` < 0: the last
    one ("the fourth Thursday in November", "the last Monday of May")."""
    first = dt.date(year, month, 1)
    if n > 0:
        return first + dt.timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (n - 1))
    last = month_end(year, month)
    return last - dt.timedelta(days=(last.isoweekday() - weekday) % 7)


def shift_value(value: str, unit: str, n: int) -> str | None:
    """``value`` moved ``n`` units ("Y", "M", "W", "D", "Q") keeping its granularity.

    Used for anaphora such as "a year earlier" after "the third quarter"
    (1989-Q3 -> 1988-Q3). Returns None when the value can't be moved.
    """
    try:
        if m := _DAY.match(value):
            day = dt.date(int(m[1]), int(m[2]), int(m[3]))
            if unit == "D":
                return (day + dt.timedelta(days=n)).isoformat()
            if unit == "W":
                return (day + dt.timedelta(weeks=n)).isoformat()
            months = {"M": n, "Q": 3 * n, "Y": 12 * n}.get(unit)
            if months is None:
                return None
            y, mo = add_months(day.year, day.month, months)
            # "a year earlier" than March 31 is March 31, Feb. 29 a year on is Feb. 28
            return dt.date(y, mo, min(day.day, month_end(y, mo).day)).isoformat()
        if m := _MONTH.match(value):
            months = {"M": n, "Q": 3 * n, "Y": 12 * n}.get(unit)
            if months is None:
                return None
            y, mo = add_months(int(m[1]), int(m[2]), months)
            return f"{y:04d}-{mo:02d}"
        if m := _QUARTER.match(value):
            quarters = {"Q": n, "Y": 4 * n}.get(unit)
            if quarters is None:
                return None
            idx = int(m[1]) * 4 + int(m[2]) - 1 + quarters
            return f"{idx // 4:04d}-Q{idx % 4 + 1}"
        if m := _WEEK.match(value):
            monday = _iso_monday(int(m[1]), int(m[2]))
            if monday is None or unit != "W":
                return None
            return week_value(monday + dt.timedelta(weeks=n))
        if m := (_YEAR.match(value) or _SEASON.match(value) or _HALF.match(value)):
            if unit != "Y":
                return None
            return f"{int(m[1]) + n:04d}" + value[4:]
    except ValueError:
        return None
    return None
