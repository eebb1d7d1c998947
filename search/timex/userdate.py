"""Reading a date a person types into the timeline's go-to box.

People type loosely ("Aug 1", "last friday", "march 2024", "2025-03-01"), and
that is what dateparser is good at, so it is used here, imported lazily so
that importing `search.timex` stays fast. A few plain formats are read
without it, both for speed and because they are unambiguous.
"""

from __future__ import annotations

import datetime as dt
import re

_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})(?:-(\d{1,2}))?\s*$")
_YEAR = re.compile(r"^\s*(\d{4})\s*$")


def parse_user_date(text: str, base: dt.date) -> dt.date | None:
    """The date ``text`` names, relative words counted back from ``base``; None if none.

    A month or a year alone gives its first day. Never raises.
    """
    try:
        return _parse(text, base)
    except Exception:  # noqa: BLE001 - a go-to box must never crash the dashboard
        return None


def _parse(text: str, base: dt.date) -> dt.date | None:
    if not isinstance(text, str) or not text.strip() or len(text) > 200:
        return None
    if isinstance(base, dt.datetime):
        base = base.date()
    if m := _ISO.match(text):
        return dt.date(int(m[1]), int(m[2]), int(m[3] or 1))
    if m := _YEAR.match(text):
        return dt.date(int(m[1]), 1, 1)
    import dateparser  # lazy: slow to import, needed only here

    settings = {
        "RELATIVE_BASE": dt.datetime(base.year, base.month, base.day, 12, 0),
        "PREFER_DATES_FROM": "past",
        "PREFER_DAY_OF_MONTH": "first",
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    parsed = dateparser.parse(text.strip(), languages=["en"], settings=settings)
    return parsed.date() if parsed is not None else None
