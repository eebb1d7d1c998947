"""Lengths of time as TimeML writes them: the count a phrase names ("two",
"a couple of", "5 1/2", "two and a half"), the letter of its unit, and the
value string ("P90D", "PT5H30M", "P20Y"). Pure functions of the matched
words, shared by the duration rules and the ones that count back ("two
weeks ago").
"""

from __future__ import annotations

import re

from .lexicon import UNITS, number_value
from .words import norm


def unit_code(unit: str) -> tuple[str, bool]:
    """The TimeML letter of a unit word ("weeks" -> W) and whether it is a
    time-of-day unit that needs the T ("hours" -> PT..H); X when unknown."""
    u = unit.lower()
    if u.endswith("ies"):
        u = u[:-3] + "y"
    elif u.endswith("s"):
        u = u[:-1]
    return UNITS.get(u, ("X", False))


def per_unit(unit: str) -> int:
    """How many of its TimeML unit one ``unit`` is: a fortnight is two weeks
    (its code is W), every other unit word is one of its own."""
    return 2 if unit.lower().startswith("fortnight") else 1


# Units TimeBank and AQUAINT annotators write in years ("two decades" = P20Y).
_YEARS_PER = {"DE": 10, "CE": 100, "ML": 1000}


# A fraction of a unit in the next smaller one ("5 1/2 hours" = PT5H30M).
_SUBUNIT = {
    "Y": (12, "M", False),
    "W": (7, "D", False),
    "D": (24, "H", True),
    "H": (60, "M", True),
    "M": (60, "S", True),
}


def duration_value(num: str | None, unit: str) -> str:
    """The TimeML value of "<num> <unit>": "90 days" P90D, "a few hours" PTXH,
    "two decades" P20Y, "5 1/2 hours" PT5H30M; no number gives X."""
    code, is_time = unit_code(unit)
    n = duration_count(num) if num is not None else None
    if n is not None:
        n *= per_unit(unit)
    if code in _YEARS_PER:
        if n is None:
            return "PXY" if code == "DE" else f"PX{code}"
        n, code = n * _YEARS_PER[code], "Y"
    prefix = "PT" if is_time else "P"
    if n is None:
        return f"{prefix}X{code}"
    if code == "Q":
        return f"P{_fmt_num(n)}Q"
    whole = int(n)
    sub = _SUBUNIT.get(code if not (code == "M" and not is_time) else "")
    if n != whole and sub is not None and (n - whole) * sub[0] == int((n - whole) * sub[0]):
        per, sub_code, sub_time = sub
        part = f"{int(round((n - whole) * per))}{sub_code}"
        if sub_time and not is_time:
            return f"P{whole}{code}T{part}" if whole else f"PT{part}"
        return f"{prefix}{whole}{code}{part}" if whole else f"{prefix}{part}"
    return f"{prefix}{_fmt_num(n)}{code}"


def duration_count(num: str) -> float | None:
    """How many units a number phrase counts: "two", "5 1/2", "2.5",
    "a couple of", "two and a half"; None when it names no number."""
    raw = norm(num)
    if raw.endswith(" and a half"):
        base = whole_count(raw[: -len(" and a half")])
        return base + 0.5 if base is not None else None
    if re.fullmatch(r"\d+(?: |-)\d/\d", raw):
        whole, frac = re.split(r"[ -]", raw)
        a, b = frac.split("/")
        return int(whole) + int(a) / int(b) if int(b) else None
    if re.fullmatch(r"\d+(?:[.,]\d+)?", raw):
        thousands = "," in raw and len(raw.split(",")[-1]) == 3
        return float(raw.replace(",", "") if thousands else raw.replace(",", "."))
    if raw in {"half a", "half an"}:
        return 0.5
    return whole_count(raw)


def whole_count(raw: str) -> int | None:
    """The whole number a phrase counts: "two", "a" (1), "a couple of" (2); None if none."""
    return 2 if raw in {"a couple of", "couple of"} else number_value(raw)


def _fmt_num(x: float) -> str:
    """2.0 as "2", 2.5 as "2.5": TimeML writes whole counts without a point."""
    return str(int(x)) if x == int(x) else f"{x:g}"
