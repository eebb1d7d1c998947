"""Holidays that fall on a different day each year.

"Thanksgiving" or "Easter" in a story name a date, but which one depends on
the year, so the resolver asks here once it knows the year.
"""

from __future__ import annotations

import datetime as dt

from .values import nth_weekday


def _easter(year: int) -> dt.date:
    """Gregorian Easter Sunday (anonymous Gregorian algorithm)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


# Days after (or before) Easter Sunday
_FROM_EASTER = {
    "easter monday": 1,
    "good friday": -2,
    "maundy thursday": -3,
    "holy thursday": -3,
    "palm sunday": -7,
    "ash wednesday": -46,
    "pentecost": 49,
}


def floating_holiday(name: str, year: int) -> dt.date | None:
    """The date of a holiday that moves each year (US Thanksgiving, Easter...), or None."""
    if name.startswith("thanksgiving"):
        return nth_weekday(year, 11, 4, 4)
    if name.startswith("labor") or name.startswith("labour"):
        return nth_weekday(year, 9, 1, 1)
    if name.startswith("memorial"):
        return nth_weekday(year, 5, 1, -1)
    if name.startswith("election"):
        # US Election Day: the Tuesday after the first Monday in November
        return nth_weekday(year, 11, 1, 1) + dt.timedelta(days=1)
    # the days of Holy Week and after move with Easter
    for prefix, days in _FROM_EASTER.items():
        if name.startswith(prefix):
            return _easter(year) + dt.timedelta(days=days)
    if name.startswith("easter"):
        return _easter(year)
    if name.startswith("columbus"):
        return nth_weekday(year, 10, 1, 2)
    if name.startswith(("martin luther king", "mlk")):
        return nth_weekday(year, 1, 1, 3)
    if name.startswith("presidents"):
        return nth_weekday(year, 2, 1, 3)
    if name.startswith("mother"):
        return nth_weekday(year, 5, 7, 2)
    if name.startswith("father"):
        return nth_weekday(year, 6, 7, 3)
    if name.startswith(("black friday", "cyber monday")):
        after = 1 if name.startswith("black") else 4
        return nth_weekday(year, 11, 4, 4) + dt.timedelta(days=after)
    # Days of the US presidential calendar, only in the years that have them:
    # Super Tuesday, the primaries' biggest day, has been the first Tuesday of
    # March since 2012 (2008's was Feb. 5); a president is sworn in on Jan. 20.
    if name.startswith("super tuesday"):
        return nth_weekday(year, 3, 2, 1) if year % 4 == 0 else None
    if name.startswith("inauguration"):
        return dt.date(year, 1, 20) if year % 4 == 1 else None
    return None
