"""Words of the date grammar: month, weekday, number and unit names.

Kept apart from the patterns so that `detect.py` reads as a grammar and the
resolver can turn the words it matched back into numbers with plain dict
look-ups (no parsing library on the hot path).
"""

from __future__ import annotations

import re

MONTHS: dict[str, int] = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}

WEEKDAYS: dict[str, int] = {
    "monday": 1,
    "tuesday": 2,
    "wednesday": 3,
    "thursday": 4,
    "friday": 5,
    "saturday": 6,
    "sunday": 7,
}

# TimeML part-of-day codes.
PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO",
    "afternoon": "AF",
    "evening": "EV",
    "night": "NI",
    "midday": "MI",
    "noon": "MI",
    "overnight": "NI",
    "tonight": "NI",
}

SEASONS: dict[str, str] = {
    "spring": "SP",
    "summer": "SU",
    "fall": "FA",
    "autumn": "FA",
    "winter": "WI",
}

SMALL_NUMBERS: dict[str, int] = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "dozen": 12,
    "single": 1,
    "half": 0,
}

ORDINALS: dict[str, int] = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "twenty-first": 21,
    "1st": 1,
    "2nd": 2,
    "3rd": 3,
    "4th": 4,
    "5th": 5,
    "6th": 6,
    "7th": 7,
    "8th": 8,
    "9th": 9,
    "10th": 10,
    "11th": 11,
    "12th": 12,
    "13th": 13,
    "14th": 14,
    "15th": 15,
    "16th": 16,
    "17th": 17,
    "18th": 18,
    "19th": 19,
    "20th": 20,
    "21st": 21,
}

DECADE_WORDS: dict[str, int] = {
    "twenties": 2,
    "thirties": 3,
    "forties": 4,
    "fifties": 5,
    "sixties": 6,
    "seventies": 7,
    "eighties": 8,
    "nineties": 9,
}

# Unit word -> (TimeML duration letter, is a time-of-day unit needing "T").
UNITS: dict[str, tuple[str, bool]] = {
    "second": ("S", True),
    "minute": ("M", True),
    "hour": ("H", True),
    "day": ("D", False),
    "night": ("D", False),
    "week": ("W", False),
    "weekend": ("WE", False),
    "fortnight": ("W", False),
    "month": ("M", False),
    "quarter": ("Q", False),
    "year": ("Y", False),
    "decade": ("DE", False),
    "century": ("CE", False),
    "centurie": ("CE", False),
    "millennium": ("ML", False),
    "season": ("SE", False),
}

VAGUE_QUANTITIES = frozenset(
    {
        "several",
        "few",
        "a few",
        "many",
        "some",
        "a couple of",
        "couple of",
        "a number of",
        "numerous",
        "recent",
        "the past few",
        "coming",
        "the coming",
    }
)


def alternation(words: list[str] | set[str] | dict[str, object]) -> str:
    """A regex alternation of words, longest first so prefixes never shadow."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def month_number(word: str) -> int:
    """The month a name or abbreviation the grammar matched stands for ("Sept." 9)."""
    return MONTHS[word.rstrip(".").lower()]


def number_value(word: str) -> int | None:
    """The integer a number phrase names ("two", "twenty-five", "18", "a"), or None."""
    w = word.lower().replace(",", "").strip()
    if w.isdigit():
        return int(w)
    if w in SMALL_NUMBERS:
        return SMALL_NUMBERS[w]
    parts = re.split(r"[-\s]+", w)
    total = 0
    for part in parts:
        if part not in SMALL_NUMBERS:
            return None
        val = SMALL_NUMBERS[part]
        if val == 100:
            total = max(total, 1) * 100
        else:
            total += val
    return total or None
