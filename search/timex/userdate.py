"""Reading a date a person types into the timeline's go-to box or `--from/--to`.

People type loosely ("Aug 1", "last friday", "march 2024", "2025-03-01"), and
that is what dateparser is good at, so it is used here, imported lazily so
that importing `search.timex` stays fast. A few plain formats are read
without it, both for speed and because they are unambiguous.

What was typed names a stretch of time, not only a day: "march 2024" is a
month, so a go-to lands on the month's first entry (a "2024-03" one included)
and `--to "march 2024"` runs to March 31.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Literal

from .values import month_end, quarter_of

Period = Literal["day", "week", "month", "quarter", "year"]

_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})(?:-(\d{1,2}))?\s*$")
_YEAR = re.compile(r"^\s*(\d{4})\s*$")


@dataclass(frozen=True)
class UserDate:
    """The stretch of time a typed date names: its first day and its size."""

    day: dt.date
    period: Period = "day"

    @property
    def last(self) -> dt.date:
        """The stretch's last day."""
        d = self.day
        if self.period == "week":
            return d + dt.timedelta(days=6)
        if self.period == "month":
            return month_end(d.year, d.month)
        if self.period == "quarter":
            return month_end(d.year, d.month + 2)
        if self.period == "year":
            return dt.date(d.year, 12, 31)
        return d

    def describe(self) -> str:
        """How the go-to box shows it: "Friday 2025-08-01", "March 2024"."""
        d = self.day
        if self.period == "week":
            return f"the week of {d:%A %Y-%m-%d}"
        if self.period == "month":
            return f"{d:%B %Y}"
        if self.period == "quarter":
            return f"{d.year} Q{quarter_of(d)}"
        if self.period == "year":
            return f"{d.year}"
        return f"{d:%A %Y-%m-%d}"


def parse_user_when(text: str, base: dt.date) -> UserDate | None:
    """The stretch of time ``text`` names ("march 2024": that month), relative
    words counted back from ``base``; None if none. Never raises."""
    try:
        return _parse(text, base)
    except Exception:  # noqa: BLE001 - a go-to box must never crash the dashboard
        return None


def _parse(text: str, base: dt.date) -> UserDate | None:
    if not isinstance(text, str) or not text.strip() or len(text) > 200:
        return None
    if isinstance(base, dt.datetime):
        base = base.date()
    if m := _ISO.match(text):
        day = dt.date(int(m[1]), int(m[2]), int(m[3] or 1))
        return UserDate(day, "day" if m[3] else "month")
    if m := _YEAR.match(text):
        return UserDate(dt.date(int(m[1]), 1, 1), "year")
    from dateparser.date import DateDataParser  # lazy: slow to import, needed only here

    settings = {
        "RELATIVE_BASE": dt.datetime(base.year, base.month, base.day, 12, 0),
        "PREFER_DATES_FROM": "past",
        "PREFER_DAY_OF_MONTH": "first",
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    data = DateDataParser(languages=["en"], settings=settings).get_date_data(text.strip())
    if data.date_obj is None:
        return None
    day = data.date_obj.date()
    # dateparser says how much was named but keeps the base's day in it
    # ("last year" on Aug. 4 is Aug. 1, 2024): start the stretch at its start
    period = data.period if data.period in {"week", "month", "quarter", "year"} else "day"
    if period == "week":
        day -= dt.timedelta(days=day.weekday())
    elif period == "month":
        day = day.replace(day=1)
    elif period == "quarter":
        day = dt.date(day.year, quarter_of(day) * 3 - 2, 1)
    elif period == "year":
        day = dt.date(day.year, 1, 1)
    return UserDate(day, period)
