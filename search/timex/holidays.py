"""Holidays that fall on a different day each year.

"Thanksgiving" or "Easter" in a story name a date, but which one depends on
the year, so the resolver asks here once it knows the year. One table holds
each holiday's spellings, the words the detector looks for and its date, so
a new holiday is one line.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

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


def _passover(year: int) -> dt.date:
    """The first day of Passover (15 Nisan), by Gauss's formula for the Hebrew
    calendar; it agrees with the calendar's own arithmetic for 1900-2100."""
    a = (12 * year + 12) % 19
    b = year % 4
    moon = 20.0955877 + 1.5542418 * a + 0.25 * b - 0.003177794 * year
    m = int(moon)
    frac = moon - m
    c = (m + 3 * year + 5 * b + 1) % 7
    if c in (2, 4, 6):
        m += 1  # the first day may not fall on a Monday, Wednesday or Friday
    elif c == 1 and a > 6 and frac >= 0.63287037:
        m += 2
    elif c == 0 and a > 11 and frac >= 0.89772376:
        m += 1
    julian_to_gregorian = year // 100 - year // 400 - 2
    return dt.date(year, 3, 1) + dt.timedelta(days=m - 1 + julian_to_gregorian)


# The Lunar New Year's day of the year, two digits a year from 1950 to 2060,
# as the Chinese calendar tables give it (taken from the `lunardate` package;
# it follows the moon, so no short formula does).
_LUNAR_NEW_YEAR = (
    "483727453424433149392846362544332140304837274634234231493828473625443351402948372746352341"
    "315038284736244332224029493826453423413150392847362543322241294837264434234231503928463524"
    "433222413048372645332342325039284635244333"
)


def _lunar_new_year(year: int) -> dt.date | None:
    i = 2 * (year - 1950)
    if not 0 <= i < len(_LUNAR_NEW_YEAR):
        return None
    return dt.date(year, 1, 1) + dt.timedelta(days=int(_LUNAR_NEW_YEAR[i : i + 2]) - 1)


def _on(month: int, day: int) -> Callable[[int], dt.date | None]:
    return lambda year: dt.date(year, month, day)


def _nth(month: int, weekday: int, n: int, shift: int = 0) -> Callable[[int], dt.date | None]:
    """The ``n``th ISO ``weekday`` (1 = Monday) of ``month`` (-1: the last), ``shift`` days on."""
    return lambda year: nth_weekday(year, month, weekday, n) + dt.timedelta(days=shift)


def _days_after(base: Callable[[int], dt.date], days: int) -> Callable[[int], dt.date | None]:
    """A feast that keeps its distance from another: Good Friday from Easter."""
    return lambda year: base(year) + dt.timedelta(days=days)


@dataclass(frozen=True, slots=True)
class Holiday:
    """A holiday's name as news writes it, and its date in a given year."""

    pattern: str  # a regex for the name, capitals as written ("Labou?r\s+Day")
    keys: tuple[str, ...]  # lower-case text every spelling holds: the rule runs only then
    day_in: Callable[[int], dt.date | None]  # None: not held that year
    month_day: tuple[int, int] | None = None  # the same day every year


def _fixed(pattern: str, key: str, month: int, day: int) -> Holiday:
    return Holiday(pattern, (key,), _on(month, day), (month, day))


def _super_tuesday(year: int) -> dt.date | None:
    # the primaries' biggest day: the first Tuesday of March since 2012
    # (2008's was Feb. 5), and only in election years
    return nth_weekday(year, 3, 2, 1) if year % 4 == 0 else None


def _inauguration(year: int) -> dt.date | None:
    return dt.date(year, 1, 20) if year % 4 == 1 else None  # a president is sworn in


# Longer names first where one starts another ("Easter Monday" before "Easter").
HOLIDAYS: tuple[Holiday, ...] = (
    _fixed(r"Christmas\s+Eve", "christmas", 12, 24),
    _fixed(r"Christmas(?:\s+Day)?", "christmas", 12, 25),
    _fixed(r"New\s+Year['’]s\s+Eve", "new year", 12, 31),
    _fixed(r"New\s+Year['’]s\s+Day", "new year", 1, 1),
    _fixed(r"Halloween", "halloween", 10, 31),
    _fixed(r"Valentine['’]s\s+Day", "valentine", 2, 14),
    _fixed(r"Independence\s+Day", "independence", 7, 4),
    _fixed(r"Canada\s+Day", "canada day", 7, 1),
    _fixed(r"Boxing\s+Day", "boxing", 12, 26),
    _fixed(r"Veterans\s+Day", "veterans", 11, 11),
    _fixed(r"Remembrance\s+Day", "remembrance", 11, 11),
    _fixed(r"Armistice\s+Day", "armistice", 11, 11),
    _fixed(r"(?:St\.?|Saint)\s+Patrick['’]s\s+Day", "patrick", 3, 17),
    _fixed(r"Juneteenth", "juneteenth", 6, 19),
    _fixed(r"Bastille\s+Day", "bastille", 7, 14),
    _fixed(r"Guy\s+Fawkes\s+Night", "guy fawkes", 11, 5),
    _fixed(r"Bonfire\s+Night", "bonfire night", 11, 5),
    _fixed(r"April\s+Fool(?:s['’]?|['’]s)\s+Day", "april fool", 4, 1),
    _fixed(r"Earth\s+Day", "earth day", 4, 22),
    _fixed(r"Anzac\s+Day", "anzac", 4, 25),
    _fixed(r"Australia\s+Day", "australia day", 1, 26),
    Holiday(r"Thanksgiving(?:\s+Day)?", ("thanksgiving",), _nth(11, 4, 4)),
    Holiday(r"Labou?r\s+Day", ("labor day", "labour day"), _nth(9, 1, 1)),
    Holiday(r"Memorial\s+Day", ("memorial",), _nth(5, 1, -1)),
    # US Election Day: the Tuesday after the first Monday in November
    Holiday(r"Election\s+Day", ("election day",), _nth(11, 1, 1, shift=1)),
    # the days of Holy Week and after move with Easter
    Holiday(r"Easter\s+Monday", ("easter",), _days_after(_easter, 1)),
    Holiday(r"Easter(?:\s+Sunday)?", ("easter",), _easter),
    Holiday(r"Good\s+Friday", ("good friday",), _days_after(_easter, -2)),
    Holiday(r"(?:Maundy|Holy)\s+Thursday", ("maundy", "holy thursday"), _days_after(_easter, -3)),
    Holiday(r"Palm\s+Sunday", ("palm sunday",), _days_after(_easter, -7)),
    Holiday(r"Ash\s+Wednesday", ("ash wednesday",), _days_after(_easter, -46)),
    Holiday(r"Pentecost", ("pentecost",), _days_after(_easter, 49)),
    Holiday(r"Passover|Pesach", ("passover", "pesach"), _passover),
    # the Hebrew year is so built that Rosh Hashanah is always 163 days after Passover
    Holiday(r"Rosh\s+Hashanah?", ("rosh hash",), _days_after(_passover, 163)),
    Holiday(r"Yom\s+Kippur", ("yom kippur",), _days_after(_passover, 172)),
    Holiday(r"(?:Lunar|Chinese)\s+New\s+Year", ("lunar new", "chinese new"), _lunar_new_year),
    Holiday(r"Columbus\s+Day", ("columbus day",), _nth(10, 1, 2)),
    Holiday(
        r"Martin\s+Luther\s+King(?:,?\s+Jr\.?)?\s+Day|MLK\s+Day", ("luther king", "mlk"),
        _nth(1, 1, 3),
    ),
    Holiday(r"Presidents['’]?\s+Day", ("presidents",), _nth(2, 1, 3)),
    Holiday(r"Mother['’]s\s+Day", ("mother",), _nth(5, 7, 2)),
    Holiday(r"Father['’]s\s+Day", ("father",), _nth(6, 7, 3)),
    Holiday(r"Black\s+Friday", ("black friday",), _nth(11, 4, 4, shift=1)),
    Holiday(r"Cyber\s+Monday", ("cyber monday",), _nth(11, 4, 4, shift=4)),
    Holiday(r"Super\s+Tuesday", ("super tuesday",), _super_tuesday),
    Holiday(r"Inauguration\s+Day", ("inauguration day",), _inauguration),
)
_COMPILED = tuple((re.compile(h.pattern), h) for h in HOLIDAYS)


def holiday_named(name: str) -> Holiday | None:
    """The holiday a name found by the detector spells, or None ("9/11" is no holiday here)."""
    for rx, h in _COMPILED:
        if rx.fullmatch(name):
            return h
    return None
