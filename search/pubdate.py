"""The publication date of an article that has no date header.

News copy dates itself relative to the day it runs: "On Sunday, LeBlanc
said…", "just days after the Aug. 1 deadline". The latest explicit calendar
date in the story is a floor (the story was written after it), and each
weekday the story mentions in the past ("said Sunday") moves the floor to the
first such weekday on or after it. Weekdays in a future context ("talks
begin Tuesday") and weekdays glued to an explicit date ("Monday, Feb. 3,
2025") are not evidence. The result is a best guess, which is why its
provenance is recorded as "text".
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

_MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_MONTH = (
    r"(Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?"
    r"|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
_MONTH_DAY = re.compile(_MONTH + r"\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4})\b)?")
_ISO = re.compile(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b")
_YEAR_CTX = re.compile(
    _MONTH + r",?\s+((?:19|20)\d\d)\b|\b(?:in|of|since|during)\s+((?:19|20)\d\d)\b"
)
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = re.compile(r"\b(" + "|".join(w.capitalize() for w in _WEEKDAYS) + r")\b")
_DATE_AFTER = re.compile(r",?\s+(?:" + _MONTH + r"|\d)")
_FUTURE = re.compile(
    r"\b(?:will|would|shall|next|upcoming|coming|begins?|starts?|starting|scheduled|due|"
    r"expected|set to|plans? to|until)\b[^.;!?]{0,40}$",
    re.IGNORECASE,
)


def _month(name: str) -> int:
    return _MONTHS[name[:3].lower()]


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def infer(
    text: str, spans: Iterable[tuple[int, int]], today: dt.date | None = None
) -> dt.date | None:
    """Best guess of the publication date from the story's own words, or None."""
    today = today or dt.date.today()
    pieces = [(a, text[a:b]) for a, b in spans]
    years = [int(y) for _, s in pieces for m in _YEAR_CTX.finditer(s) for y in m.groups()[1:] if y]
    full: list[dt.date] = []
    partial: list[tuple[int, int]] = []
    weekdays: list[tuple[int, bool]] = []
    for _, s in pieces:
        for m in _ISO.finditer(s):
            d = _safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            if d:
                full.append(d)
        for m in _MONTH_DAY.finditer(s):
            month, day = _month(m.group(1)), int(m.group(2))
            if _FUTURE.search(s[max(0, m.start() - 60) : m.start()]):
                continue
            if m.group(3):
                d = _safe_date(int(m.group(3)), month, day)
                if d:
                    full.append(d)
                    years.append(d.year)
            else:
                partial.append((month, day))
        for m in _WEEKDAY.finditer(s):
            if _DATE_AFTER.match(s, m.end()):
                continue  # "Monday, Feb. 3" names a date that is counted already
            future = bool(_FUTURE.search(s[max(0, m.start() - 60) : m.start()]))
            weekdays.append((_WEEKDAYS.index(m.group(1).lower()), future))
    years = [y for y in years if y <= today.year + 1]
    year = max(years) if years else (max(full).year if full else None)
    if year is not None:
        for month, day in partial:
            d = _safe_date(year, month, day)
            if d:
                full.append(d)
    full = [d for d in full if d <= today]
    if not full:
        return None
    floor = max(full)
    best = floor
    for weekday, future in weekdays:
        if future:
            continue
        d = floor + dt.timedelta(days=(weekday - floor.weekday()) % 7)
        best = max(best, d)
    return best
