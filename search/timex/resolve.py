"""From a grammar match to a TimeML (type, value): the normaliser.

Deictic expressions ("yesterday", "last month", "this week") count from the
publication date; anaphoric ones ("that year", "the following day", "a year
earlier") from the last date the story mentioned; bare weekdays, months and
month-days ("Friday", "in March", "Aug. 1") take the direction of their verb's
tense (`tense.py`). Without a publication date everything is still typed and
valued, with X placeholders or PAST_REF/FUTURE_REF instead of guesses.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from .detect import (
    MONTH_ABBR,
    MONTH_FULL,
    QUARTER_REL_GROUPS,
    QUARTER_YEAR_GROUPS,
    WEEKDAY_SHORT,
    Candidate,
)
from .durations import duration_count, duration_value, per_unit, unit_code, whole_count
from .holidays import holiday_named
from .lexicon import (
    DECADE_WORDS,
    MONTHS,
    ORDINALS,
    PARTS_OF_DAY,
    SEASONS,
    WEEKDAYS,
    month_number,
    number_value,
)
from .tense import (
    Tense,
    past_verb_just_before,
    schedule_verb_governs,
    scheduled_before,
    tense_near,
)
from .values import (
    add_months,
    granularity,
    month_end,
    nth_weekday,
    quarter_of,
    shift_value,
    week_value,
    year_of,
)
from .words import CLOCK_CUES, PREPS, norm, possessive, prev_word

Result = tuple[str, str]  # (TimeML type, value)

# Words that put a day ahead whatever the verb: "the days remaining until
# Election Day", "as Christmas approaches".
_AHEAD_BEFORE = re.compile(
    r"(?i:\b(?P<cue>until|till|by|ahead\s+of|leading\s+up\s+to|run-up\s+to|"
    r"between\s+now\s+and|countdown\s+to)\s+(?:the\s+)?)$"
)
# Something "due" then is still to come, unless the verb says it was ("was due in
# June", "the loan fell due at the end of February").
_DUE_BEFORE = re.compile(
    r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bhad\s)(?<!\bfell\s)(?<!\bcame\s)"
    r"\b(?i:due)\s+(?:(?:in|on|by|for|at)\s+)?$"
)
_AHEAD_AFTER = re.compile(r"(?i:,?\s+(?:nears|approaches|looms|draws\s+near|grows\s+near)\b)")
# The day as the subject of a present verb: it has not come yet.
_VERB_RIGHT_AFTER = re.compile(r"\s+(?P<verb>[a-z]+)\b")
_IS_AHEAD = frozenset("is falls comes begins starts lands marks will".split())
_LAST_NEXT_BEFORE = re.compile(r"(?i:\b(?P<rel>last|next|this\s+past|this\s+coming)\s+)$")


# A forecast governs the quarter after it ("expects fourth-quarter revenue to
# grow", "its outlook for the third quarter"): that quarter is still ahead.
# "had forecast" looked ahead from a day now gone, so it is left out.
_OUTLOOK_BEFORE = re.compile(
    r"(?<![\w'’])(?<!had\s)(?<!did\s)(?i:expects?|sees|forecasts?|predicts|projects|anticipates"
    r"|outlook|guidance)(?:\s+(?:for|of|on|in|the|a|an|its|their|a\s+\w+))*\s+$"
)
# "the third quarter in 1986": the year is written just after the span.
_IN_YEAR_AFTER = re.compile(r"\s+in\s+((?:1[89]|20)\d\d)(?![\w/-])")


@dataclass(slots=True)
class Context:
    """What the resolver remembers while reading one article."""

    text: str
    anchor: dt.date | None
    last: dict[str, str] = field(default_factory=dict)  # granularity -> last value
    last_quarter_at: int = -10_000  # offset of the last quarter mention
    last_any_at: int = -10_000  # offset of the last calendar value remembered
    last_any_framed: bool = False  # was it "in/last/during ..." (a when) or bare ("June shipment")
    last_abs_year: int | None = None  # year of the last explicit date ("in 1987")
    last_abs_at: int = -10_000
    last_rel_year: int | None = None  # year of the last "last year", "this year"
    last_rel_at: int = -10_000
    last_day: str | None = None  # the last day-long DATE found, whatever its source,
    last_day_end: int = -10_000  # and where it ended: "on Feb. 6 at 9 p.m." is that day's
    last_clock: str | None = None  # the last clock time ("2013-03-25T18:00"), and where
    last_clock_end: int = -10_000  # it ended: "Monday at 18:00 local time (16:00 GMT)"
    # sentence start -> the first day or month named in it as a when ("in January")
    first_told: dict[int, str] = field(default_factory=dict)
    # sentence start -> a past year its opening adjunct sets ("In 2011, ...", "Last spring, ...")
    frame_year: dict[int, int] = field(default_factory=dict)

    def remember(self, value: str, pos: int, absolute: bool, framed: bool = False) -> None:
        """Keep ``value`` as the reference for later anaphora ("that year").

        Values that were themselves computed from a reference ("a year
        earlier", "the quarter") are not kept, or chains of anaphora would
        drift a year further back at each step. ``framed``: it was written as
        a when ("in June", "last October"), not as a label ("June shipment").
        """
        g = granularity(value)
        if g in {"day", "month", "year", "quarter", "week", "season"}:
            self.last[g] = value
            self.last["any"] = value
            self.last_any_at = pos
            self.last_any_framed = framed
            if g == "quarter":
                self.last_quarter_at = pos
            if absolute:
                self.last_abs_year = year_of(value)
                self.last_abs_at = pos
            elif g == "year":
                self.last_rel_year, self.last_rel_at = year_of(value), pos

    def ref_year(self) -> int | None:
        """The year of the last calendar value mentioned, else of the anchor."""
        v = self.last.get("any")
        y = year_of(v) if v else None
        if y is not None:
            return y
        return self.anchor.year if self.anchor else None

    def month_told(self, pos: int) -> str | None:
        """The month just named when "that same day" at ``pos`` must lie in it.

        "most recently last October ... crossed out that same day" is a day of
        that October, not the last day named before it. Only a month named
        close before (the same or the last sentence), as a when ("last
        October", "in June"), and holding no day we know counts: "Peru's
        tender for June shipment ... the price rise that day" is no day of June.
        """
        v = self.last.get("any")
        if (
            v is None
            or granularity(v) != "month"
            or pos - self.last_any_at > 250
            or not self.last_any_framed
        ):
            return None
        day = self.last.get("day")
        return None if day is not None and day.startswith(v) else v

    def month_in_sentence(self, sent_start: int) -> str | None:
        """The month (YYYY-MM) named last, if its sentence starts at ``sent_start``:
        "2.8% in February, down from 2.7% a month earlier" counts from February."""
        v = self.last.get("any")
        if v is None or granularity(v) != "month" or self.last_any_at < sent_start:
            return None
        return v if v[:4].isdigit() else None

    def ref_day(self) -> dt.date | None:
        """The last day mentioned, else the anchor."""
        v = self.last.get("day")
        return (_day_or_none(v) if v else None) or self.anchor


def _day_or_none(value: str) -> dt.date | None:
    """The day a ``YYYY-MM-DD`` value names; None for "XXXX-12-25" and the like."""
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


# The day of the 2001 attacks, a name in later copy: "9/11", "the Sept. 11
# attacks", "the September 11 hijackers" are that day, not this year's.
SEPT_11 = dt.date(2001, 9, 11)
_ATTACKS_NEXT = re.compile(
    r"\s+(?:terror(?:ist)?\s+)?(?:attacks?|hijack(?:ers|ings?)|commission)(?!\w)", re.I
)


# Before "the next month" these make it a length: "over the next month"
_SPAN_PREPS = frozenset(
    "over in for during within throughout through into until till by of at after".split()
)
# What joins the two ends of a span of days: "Monday to Friday", "Tuesday-Thursday"
_RANGE_TO = re.compile(r"[-–]|\s+(?i:to|through|thru|until|till)\s+")
_SENTENCE_END = re.compile(r"[.!?][\"”’]?\s")
# A sentence that looks ahead anywhere: "could appreciate to 32 by the end of the year"
_LOOKS_AHEAD = re.compile(
    r"\b(?:will|would|could|should|may|might|expects?|expected|forecasts?|projected|plans?)\b"
)
# What joins two days named together: "Thursday and Friday", "late Thursday or early Friday"
_AND_OR = re.compile(r",?\s+(?:and|or)\s+")
# The same moment on another clock: "18:00 local time (16:00 GMT)", "3 p.m. ET/noon PT",
# "12:30 a.m. local time on Friday (2330 GMT)"
_CLOCK_THEN_CLOCK = re.compile(r"[^()/\n]{0,40}[(/]\s*")
_CLOCK_VALUE = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d")
# What may stand between a day and the clock time on it.
_DAY_THEN_CLOCK = re.compile(r"(?i:,?\s*(?:(?:at|around|about|from|by|until|till|between)\s+)?)")
# "local time", "Eastern time": the zone words a clock reading may be followed by
_ZONE_TIME = r"(?i:local|Eastern|Central|Mountain|Pacific|GMT|Greenwich\s+Mean)\s+time"
_LOCAL_TIME = re.compile(r"\s+" + _ZONE_TIME + r"\b", re.IGNORECASE)
_QCODE_PREPS = frozenset("in for during the its their of by since".split())
_QCODE_NOUN_NEXT = re.compile(
    r"\s+(?i:results|revenues?|sales|earnings|profits?|loss(?:es)?|net|figures|numbers"
    r"|growth|GDP|shipments|deliveries|margins?|guidance|report)\b"
)


_NTH_WEEK = {"first": 1, "opening": 1, "second": 2, "third": 3, "fourth": 4}


def _date_or_none(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _yearless(
    month: int, day: int | None, anchor: dt.date, tense: Tense | None, done: bool = False
) -> int:
    """The year for a yearless month or month-day, following the verb's tense.

    A bare month is the last one at or before the anchor's month unless the
    verb is future ("in March" of a story about the past is last March). A
    month-day is the nearest one, unless the tense says it lies more than a
    quarter away on the other side ("payable Dec. 15" stays this year when
    the verb is past, as dividend notices have it). ``done`` says a past verb
    governs the date itself ("posted on January 23"): then it is not ahead.
    """
    y = anchor.year
    if day is None:
        if tense == "future":
            return y + 1 if month < anchor.month else y
        ahead = (month - anchor.month) % 12
        if tense != "past" and 0 < ahead <= 3:
            return y + 1 if month < anchor.month else y  # "in January", said in November
        return y - 1 if month > anchor.month else y
    day = min(day, 28) if month == 2 else day
    days = [_date_or_none(cand, month, day) for cand in (y - 1, y, y + 1)]
    best = _nearest_day([d for d in days if d is not None], anchor, tense, done)
    return best.year if best else y


def _nearest_day(
    days: list[dt.date], anchor: dt.date, tense: Tense | None, done: bool = False
) -> dt.date | None:
    """Of one day's yearly recurrences, the one the tense points to: the
    nearest, unless it lies more than a quarter away on the wrong side."""
    best: dt.date | None = None
    best_cost = 0
    for d in days:
        gap = (d - anchor).days
        cost = abs(gap)
        if tense == "past" and (gap > 90 or (done and gap > 1)):
            cost += 400
        elif tense is None and gap > 120:
            # No verb cue: news looks back far more often than ahead ("its
            # record high set on Aug. 6", said in February)
            cost += 400
        if tense in {"future", "present"} and gap < -90:
            cost += 400
        if best is None or cost < best_cost:
            best, best_cost = d, cost
    return best


def spelled_year(words: str) -> int | None:
    """The year "nineteen ninety-four" or "two thousand and one" names."""
    w = re.sub(r"[\s-]+", " ", words.lower()).strip()
    if w.startswith("two thousand"):
        rest = w[len("two thousand") :].replace(" and ", " ").strip()
        n = number_value(rest) if rest else 0
        return None if n is None else 2000 + n
    cent, _, rest = w.partition(" ")
    if cent not in {"nineteen", "eighteen"}:
        return None
    rest = re.sub(r"^(?:oh|o) ", "", rest)
    n = number_value(rest)
    if n is None or n >= 100:
        return None
    return (1900 if cent == "nineteen" else 1800) + n


def _weekday_date(wd: int, anchor: dt.date, direction: str) -> dt.date:
    aw = anchor.isoweekday()
    if direction == "past":
        return anchor - dt.timedelta(days=(aw - wd) % 7)
    if direction == "future":
        return anchor + dt.timedelta(days=(wd - aw) % 7)
    if direction == "strict_past":
        return anchor - dt.timedelta(days=((aw - wd) % 7) or 7)
    if direction == "strict_future":
        return anchor + dt.timedelta(days=((wd - aw) % 7) or 7)
    if direction == "nearest":
        return anchor + dt.timedelta(days=(wd - aw + 3) % 7 - 3)  # within three days
    return anchor + dt.timedelta(days=wd - aw)  # "this": same ISO week


def _season_year(season: str, anchor: dt.date, direction: str) -> int:
    """The year of the last (or next) ``season`` counted from ``anchor``."""
    order = {"SP": 0, "SU": 1, "FA": 2, "WI": 3}
    cur = {12: 3, 1: 3, 2: 3, 3: 0, 4: 0, 5: 0, 6: 1, 7: 1, 8: 1, 9: 2, 10: 2, 11: 2}[anchor.month]
    year = anchor.year - (1 if anchor.month <= 2 else 0)  # winter belongs to its December
    idx = order[season]
    if direction == "strict_past":
        return year if idx < cur else year - 1
    if direction == "past":
        return year if idx <= cur else year - 1
    if direction == "strict_future":
        return year if idx > cur else year + 1
    if direction == "future":
        return year if idx >= cur else year + 1
    return year


# Rules whose values are computed from an earlier mention: never references.
_DERIVED_RULES = frozenset({"year_ago", "quarter_ref", "ago", "fiscal_year", "same_unit_year"})
# Rules that name a calendar date outright ("1987", "March 26, 1996").
_ABSOLUTE_RULES = frozenset(
    {"mdy", "dmy", "iso", "slash", "month_year", "year", "decade", "spelled_year"}
)


# "year-ago results": the noun is outside the span but still says that
# figures (of the quarter being told, if any) are compared
_YEAR_AGO_FIGURE = re.compile(r"(?i)\s+(?:level|levels|figure|figures|results)\b")
_QUARTER_CUE = re.compile(r"(?i:\bquarter(?:ly)?\b|\bthree\s+months\b|\bperiod\b)")
_YEAR_SPAN_CUE = re.compile(
    r"(?i:\b(?:nine|six|12|twelve)\s+months\b|\b(?:first|second)\s+half\b|"
    r"\bfull\s+year\b|\bfiscal\s+(?:19|20)\d\d\b|\bthe\s+year\b(?!-))"
)
# After a month, the figures measured over it: "February housing starts",
# "March retail sales", "December orders" are a month gone, even when a
# report of them is still to come.
_FIGURES_NEXT = re.compile(
    r"\s+(?:(?!(?:when|and|or|as|if|the|a|its|their|but)\b)[a-z]+\s+)?"
    r"(?:data|figures?|numbers|statistics|readings?|sales|starts|orders|payrolls|"
    r"jobs\s+(?:data|report|numbers|figures)|employment|unemployment|inflation|"
    r"trade\s+(?:data|figures|balance|deficit|surplus)|(?:consumer|producer)\s+prices|"
    r"CPI|PPI|PMI|GDP)\b"
)  # not "April output" or "April production": a plan may set those ahead
# "for (the) Easter", "before Christmas": a holiday as the aim or the limit
_FOR_BEFORE = re.compile(r"(?i:\b(?:for|before)\s+(?:the\s+)?)$")
# A report of a quarter's results: "will report fourth-quarter earnings".
_REPORTS_DONE_QUARTER = re.compile(
    r"(?i:\b(?:report|post|announc|releas)\w*\s+(?:[\w-]+\s+){0,2})$"
)
_RESULTS_NEXT = re.compile(
    r"(?i:\s+(?:[\w-]+\s+)?(?:net\s+)?"
    r"(?:results|earnings|profits?|income|loss|losses|revenues?|sales)\b)"
)
# A month's name or its abbreviation ("March", "Sept."), spelt as the grammar spells it
_MONTH_WORD = rf"(?:{MONTH_FULL}|{MONTH_ABBR}(?![\w'’]))"
# A stretch of several months or weeks: what "the same period" then compares is a year
_MULTI_SPAN = re.compile(
    r"(?i:\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[\s-]+"
    r"(?:months?|weeks?)\b|\byear[\s-]to[\s-]date\b|\bto\s+date\b)"
)
# "the quarter ended July 31", "the quarter ending in March" (at the month's end)
_ENDED_ON = re.compile(
    r"\s+(?:that\s+|which\s+)?(?P<verb>(?i:ended|ending|ends|through))\s+(?:on\s+|in\s+)?"
    rf"(?P<month>{_MONTH_WORD})(?:\s+(?P<day>[0-3]?\d)\b)?(?:,?\s+(?P<year>(?:19|20)\d\d))?"
    r"(?![\w-])"
)
# "the year ended June 30", "the year to February" (British for the year up to
# it), "the year through March": a stretch of twelve months, not a calendar year
_YEAR_ENDED = re.compile(
    r"\s+(?:(?:ended|ending|that\s+ended|which\s+ended)\b|(?:to|through)\s+(?:the\s+end\s+of\s+)?"
    rf"{_MONTH_WORD})",
    re.I,
)

_SOON_BEFORE = re.compile(
    r"(?i:as\s+(?:early|soon|late)\s+as|until|till|no\s+later\s+than|not\s+later\s+than)\s+"
    r"(?:(?:at|on)\s+)?(?:[\w.:]+\s+){0,2}$"
    r"|(?i:\bby)\s+$"  # a deadline: "must order the cuts by Friday"
)
# A deadline ahead: "by February", "until mid-November".
_BY_BEFORE = re.compile(
    r"(?i:\b(?:by|until|till|through)\s+(?:at\s+(?:the\s+)?(?:least|earliest|latest)\s+)?)$"
)  # "out until at least July"
# Verbs that move a deadline: what they move it "until" lies ahead.
_PUT_OFF = re.compile(
    r"(?i:\b(?:postpon|extend|delay|adjourn|defer|push|recess|suspend|gave|give|given|giving|"
    r"put\s+off|grant|allow)\w*\b)"
)

# A present perfect that leaves a state standing "until" a time to come: "has
# pulled the plane from its schedules until June", "have been suspended until".
_LASTING = re.compile(
    r"(?i:\b(?:has|have)\s+(?:been\s+)?(?:\w+ly\s+)?\w+(?:ed|en)\b[^.;]*\b(?:until|till)\s+)"
)

# "fiscal" in or just before a quarter: the company's year, not the calendar's
_FISCAL = re.compile(r"(?i:\bfiscal\b)")

# A day something was moved to: "postponed to Tuesday", "pushed back to next
# Monday"; the move is reported, the new day still to come.
_MOVED_TO = re.compile(
    r"(?i:\b(?:postpon|delay|push|put|mov|reschedul|defer|extend)\w*(?:\s+(?:back|off|forward|up))?"
    r"\s+(?:to|until|till)\s+(?:on\s+)?)$"
)


_DAY_AFTER_CLOCK = re.compile(
    # "3pm (1400 GMT) local time", "3pm local time (1400 GMT)": zone words either side
    r"\)?\s*(?:" + _ZONE_TIME + r"\s*)?(?:\([^()\n]{1,24}\)\s*)?(?:" + _ZONE_TIME + r"\s*)?"
    r",?\s*(?:on\s+)?"
    r"(?:(?P<weekday>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)|(?P<word>today|yesterday|tomorrow)|"
    r"(?:" + WEEKDAY_SHORT + r",?\s+)?"
    rf"(?P<month>{_MONTH_WORD})"
    r"\s+(?P<day>[0-3]?\d)(?!\d)"
    r"(?:,\s+(?P<year>(?:1[6-9]|20)\d\d)(?!\d))?"
    # the British order: "6:09PM GMT 21 Mar 2013"
    r"|(?P<dday>[0-3]?\d)\s+"
    rf"(?P<dmonth>{_MONTH_WORD})"
    r"(?:,?\s+(?P<dyear>(?:1[6-9]|20)\d\d)(?!\d))?)\b"
)


_EXPLICIT_AHEAD = re.compile(
    r"(?i:\b(?:will|shall|won't|upcoming|ahead\s+of|in\s+advance\s+of|to\s+attend|"
    r"prepar\w*\s+for)\b|['’]ll\b)"
)
_EXPECTED = re.compile(r"\b(?:is|are)\s+(?:expected|scheduled|set|due|slated)\s+to\b")
# After "Monday's": a deadline lies ahead unless the sentence tells it as past
# ("missed Friday's deadline").
_DEADLINE_NEXT = re.compile(r"['’]s\s+(?i:deadline|cutoff|cut-off)\b")


class Resolver:
    """Turns candidates into (type, value), one article at a time, in text order."""

    def __init__(self, text: str, anchor: dt.date | None):
        self.ctx = Context(text, anchor)
        self.text = text

    def resolve(self, c: Candidate, sent: tuple[int, int]) -> Result | None:
        """The TimeML type and value of ``c`` in sentence ``sent`` (None = drop it)."""
        handler = getattr(self, "_r_" + c.rule)
        result: Result | None = handler(c, sent)
        if result is not None and result[0] == "DATE" and granularity(result[1]) == "day":
            self.ctx.last_day, self.ctx.last_day_end = result[1], c.end
        if result is not None and result[0] == "TIME" and _CLOCK_VALUE.match(result[1]):
            self.ctx.last_clock, self.ctx.last_clock_end = result[1], c.end
        # The second year of "1987/88" is not what "a year earlier" counts
        # back from: the crop or fiscal year is named by its first.
        if (
            result is not None
            and result[0] == "DATE"
            and c.rule not in _DERIVED_RULES
            and not c.groups.get("range_end")
        ):
            absolute = c.rule in _ABSOLUTE_RULES and (c.rule != "mdy" or bool(c.groups.get("year")))
            # "last October", "in June" say when; "June shipment" does not
            framed = bool(c.groups.get("rel")) or prev_word(self.text, c.start) in PREPS
            self.ctx.remember(result[1], c.start, absolute, framed)
            if framed and result[1][:4].isdigit():
                if granularity(result[1]) in {"day", "month"}:
                    # "Data released last week showed prices in January fell 0.2
                    # percent from a year earlier": January, not the week
                    self.ctx.first_told.setdefault(sent[0], result[1])
                self._note_frame(c, sent, result[1])
        return result

    # -- helpers ------------------------------------------------------------

    def _note_frame(self, c: Candidate, sent: tuple[int, int], value: str) -> None:
        """Keep the past year a sentence opens with ("In 2011, the company cut
        jobs in March"; "Last spring, ... after mid-March"): its yearless months
        are that year's."""
        a = self.anchor
        if (
            a is None
            or granularity(value) not in {"year", "season", "quarter", "half"}
            or self.text[sent[0] : c.start].strip(" \t\n\"“'‘-—").lower() not in {"", "in", "by"}
            or self.text[c.end : c.end + 1] != ","
        ):
            return
        y = year_of(value)
        if y is not None and y < a.year:
            self.ctx.frame_year[sent[0]] = y

    def _due(self, c: Candidate, sent: tuple[int, int]) -> bool:
        """Whether the expression is what something is "due" on or in."""
        return bool(_DUE_BEFORE.search(self.text, max(sent[0], c.start - 30), c.start))

    def _deadline_ahead(self, c: Candidate, sent: tuple[int, int], tense: Tense | None) -> bool:
        """Whether "by"/"until" before a month or season puts it ahead: unless
        the verb is past ("waited until April to sell"), or the past is a
        deadline put off ("gave him until May") or a state that lasts ("has
        removed the jet from its schedules until at least June")."""
        if not _BY_BEFORE.search(self.text, max(sent[0], c.start - 24), c.start):
            return False
        if tense != "past":
            return True
        return bool(_PUT_OFF.search(self.text, sent[0], c.start)) or self._state_lasts(c, sent)

    def _state_lasts(self, c: Candidate, sent: tuple[int, int]) -> bool:
        """Whether a present perfect before "until" leaves a state standing
        up to the expression ("has removed the jet ... until at least June")."""
        return bool(_LASTING.search(self.text[max(sent[0], c.start - 100) : c.start]))

    def _framed_year(self, sent: tuple[int, int], tense: Tense | None) -> int | None:
        """The year of the sentence's opening adjunct, unless the verb looks ahead."""
        return None if tense == "future" else self.ctx.frame_year.get(sent[0])

    def _tense(self, c: Candidate, sent: tuple[int, int]) -> Tense | None:
        day = bool(c.groups.get("weekday"))
        return tense_near(self.text, sent[0], sent[1], c.start, c.end, day)

    @property
    def anchor(self) -> dt.date | None:
        return self.ctx.anchor

    def _rel_year(self, rel: str | None) -> int | None:
        """The year that "this/last/next year" names."""
        a = self.anchor
        if a is None:
            return None
        return a.year + {"last": -1, "next": 1}.get(norm(rel), 0)

    # -- calendar dates -----------------------------------------------------

    def _full_date(self, c: Candidate, sent: tuple[int, int]) -> Result | None:
        g = c.groups
        month = month_number(g["month"]) if not g["month"].isdigit() else int(g["month"])
        day = int(g["day"])
        if c.rule == "slash" and month > 12 >= day:
            month, day = day, month  # "22/03/2013": only a day can come first
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return None
        if g.get("year"):
            year = int(g["year"])
            if year < 100:
                year += 1900 if year >= 30 else 2000
            d = _date_or_none(year, month, day)
            return ("DATE", d.isoformat()) if d else None
        if self.anchor is None:
            return ("DATE", f"XXXX-{month:02d}-{day:02d}")
        if g.get("yrel"):
            d = _date_or_none(self._rel_year(g["yrel"]) or self.anchor.year, month, day)
            return ("DATE", d.isoformat()) if d else None
        if (month, day) == (9, 11) and self.anchor > SEPT_11 and _ATTACKS_NEXT.match(
            self.text, c.end
        ):
            return ("DATE", SEPT_11.isoformat())  # "the Sept. 11 attacks": a name
        tense, done = self._day_tense(c, sent)
        framed = self._framed_year(sent, tense)
        if framed is not None and prev_word(self.text, c.start) == "the":
            framed = None  # "according to the February 9 USDA report": the report's day
        year = framed or _yearless(month, day, self.anchor, tense, done)
        d = _date_or_none(year, month, day)
        return ("DATE", d.isoformat()) if d else None

    def _day_tense(self, c: Candidate, sent: tuple[int, int]) -> tuple[Tense | None, bool]:
        """Which way a yearless day lies, and whether a past act right before it
        ("he died Dec. 15") rules out that it lies ahead."""
        tense = self._tense(c, sent)
        if m := _LAST_NEXT_BEFORE.search(self.text, max(0, c.start - 14), c.start):
            # "shot to death last Oct. 23", "due next March 1": the word says which way
            return ("past" if m["rel"].lower() in {"last", "this past"} else "future"), False
        if _AHEAD_AFTER.match(self.text, c.end):
            return "future", False  # "as Christmas approaches"
        if self._due(c, sent):
            return "future", False  # "payment is due on May 14", "elections due on April 12"
        if m := _AHEAD_BEFORE.search(self.text, max(0, c.start - 30), c.start):
            # "until Election Day": ahead of the verb's time, so ahead of now
            # when that is the present, the nearest when it is past ("the
            # weeks leading up to Election Day were ..."); a state still
            # standing reaches ahead ("has pulled the jet until June 1"), and
            # what was done "ahead of" a day may be a season before it ("fired
            # his manager ... ahead of the Nov. 8 election")
            if tense != "past":
                return "future", False
            if m["cue"].lower() not in {"until", "till", "by"}:
                return "present", False
            return ("future" if self._state_lasts(c, sent) else None), False
        if (m := _VERB_RIGHT_AFTER.match(self.text, c.end)) and m["verb"].lower() in _IS_AHEAD:
            return "present", False  # "since Easter falls late in April", "Dec. 15 is the deadline"
        return tense, tense == "past" and past_verb_just_before(self.text, sent[0], c.start)

    def _r_week_of(self, c: Candidate, sent: tuple[int, int]) -> Result | None:
        day = self._full_date(c, sent)
        if day is None or not re.fullmatch(r"\d{4}-\d\d-\d\d", day[1]):
            return ("DATE", "XXXX-WXX") if day else None
        return ("DATE", week_value(dt.date.fromisoformat(day[1])))

    def _month_within(self, c: Candidate, sent: tuple[int, int]) -> tuple[int | None, int]:
        """The year and month of "the first week of April" or "the last
        Sunday in October 2024": the year named, else the one the verb's
        tense points to (None without a publication date). The month is
        kept as the one being told, so "the same month last year" after it
        means it, not the month a week or day happens to start in."""
        g = c.groups
        month = month_number(g["month"])
        if g.get("year"):
            year = int(g["year"])
        elif self.anchor is not None:
            year = _yearless(month, None, self.anchor, self._tense(c, sent))
        else:
            return None, month
        self.ctx.last["month"] = f"{year:04d}-{month:02d}"
        return year, month

    def _r_week_of_month(self, c: Candidate, sent: tuple[int, int]) -> Result | None:
        """"The first week of April" is the ISO week holding most of April 1-7,
        the one with April 4 in it; "the last week of March" holds March 28."""
        year, month = self._month_within(c, sent)
        if year is None:
            return ("DATE", f"XXXX-{month:02d}")
        nth = norm(c.groups["nth"])
        if nth in _NTH_WEEK:
            middle = dt.date(year, month, 7 * _NTH_WEEK[nth] - 3)
        else:
            middle = month_end(year, month) - dt.timedelta(days=3)
        return ("DATE", week_value(middle))

    def _r_nth_weekday(self, c: Candidate, sent: tuple[int, int]) -> Result | None:
        """"The first Monday of April": that day, in the year named or the
        one the verb's tense points to."""
        year, month = self._month_within(c, sent)
        if year is None:
            return ("DATE", f"XXXX-{month:02d}")
        wd = WEEKDAYS[c.groups["weekday"].lower()]
        n = _NTH_WEEK.get(norm(c.groups["nth"]), -1)  # the fourth at most: always in the month
        return ("DATE", nth_weekday(year, month, wd, n).isoformat())

    def _r_ago_day(self, c: Candidate, sent: tuple[int, int]) -> Result | None:
        """"A week ago Friday" is the Friday before last (the last Friday, a
        week back); "two weeks from today" is a day, not a week."""
        g = c.groups
        a = self.anchor
        if a is None:
            return ("DATE", "XXXX-XX-XX")
        back = norm(g["dir"]) == "ago"
        if g.get("weekday"):  # the last one (today included), or the next
            day = _weekday_date(WEEKDAYS[g["weekday"].lower()], a, "past" if back else "future")
        else:
            shift = {"yesterday": -1, "tomorrow": 1}.get(norm(g["deictic"]), 0)
            day = a + dt.timedelta(days=shift)
        n = whole_count(norm(g["num"]))
        if n is None:
            return None
        unit = norm(g["unit"])[0].upper()  # W, M or Y
        shifted = shift_value(day.isoformat(), unit, -n if back else n)
        return ("DATE", shifted) if shifted else None

    _r_mdy = _full_date
    _r_dmy = _full_date
    _r_iso = _full_date
    _r_slash = _full_date

    def _r_month_year(self, c: Candidate, sent: tuple[int, int]) -> Result | None:
        g = c.groups
        year = int(g["year"]) if g.get("year") else spelled_year(g.get("syear") or "")
        if year is None:
            return None
        return ("DATE", f"{year:04d}-{month_number(g['month']):02d}")

    def _r_month_relyear(self, c: Candidate, sent: tuple[int, int]) -> Result | None:
        month = month_number(c.groups["month"])
        y = self._rel_year(c.groups["yrel"])
        return ("DATE", f"{y:04d}-{month:02d}" if y else f"XXXX-{month:02d}")

    def _r_month(self, c: Candidate, sent: tuple[int, int]) -> Result | None:
        g = c.groups
        month = month_number(g["month"])
        rel = norm(g.get("rel"))
        a = self.anchor
        if rel in {"that", "the same"}:
            y = self.ctx.ref_year()
            return ("DATE", f"{y:04d}-{month:02d}" if y else f"XXXX-{month:02d}")
        if a is None:
            return ("DATE", f"XXXX-{month:02d}")
        if rel in {"last", "this past", "the past", "the previous", "the last"}:
            # The month just gone is "last month"; "last February" said in March
            # is a year back.
            y = a.year if month < a.month - 1 else a.year - 1
        elif rel in {"next", "this coming", "the coming", "the following", "the next"}:
            y = a.year if month > a.month else a.year + 1
        elif rel in {"this", "the current"}:
            y = a.year
        else:
            mod = norm(g.get("mod"))
            tense: Tense | None
            if mod.startswith("later") or mod == "late in":
                tense = "future"
            elif mod.startswith("earlier"):
                tense = "past"
            elif self._due(c, sent):
                tense = "future"  # "the fuel duty rise due in September was scrapped"
            elif _FIGURES_NEXT.match(self.text, c.end):
                tense = "past"  # "will report February housing starts": last month's data
            elif possessive(self.text, c.end):
                # "January's report", "December's figures": a reported event, as
                # with weekdays, behind us unless the sentence says it is ahead
                lead = self.text[max(sent[0], c.start - 60) : c.start]
                tense = "future" if _EXPLICIT_AHEAD.search(lead) else "past"
            else:
                tense = self._tense(c, sent)
                if (framed := self._framed_year(sent, tense)) is not None:
                    return ("DATE", f"{framed:04d}-{month:02d}")
                if tense == "present" and scheduled_before(self.text, sent[0], c.start):
                    tense = "future"  # "who retires in January", "the lease expires in May"
                if self._deadline_ahead(c, sent, tense):
                    tense = "future"  # "to pay down the loan by February", "gave him until May"
                if _MOVED_TO.search(self.text, max(sent[0], c.start - 40), c.start):
                    tense = "future"  # "the launch was pushed back to January"
            y = _yearless(month, None, a, tense)
        return ("DATE", f"{y:04d}-{month:02d}")

    def _r_year(self, c: Candidate, sent: tuple[int, int]) -> Result | None:
        mod = norm(c.groups.get("mod"))
        year = c.groups["year"] or c.groups["old"]
        if "half" in mod:
            return ("DATE", f"{year}-H{1 if 'first' in mod else 2}")
        return ("DATE", year)

    def _r_decade(self, c: Candidate, sent: tuple[int, int]) -> Result | None:
        g = c.groups
        if g.get("dec"):
            if g["dec"].endswith("00") and g["dec"] < "2000":
                return ("DATE", g["dec"][:2])  # "the 1800s": the century, as English means it
            return ("DATE", g["dec"][:3])  # "the 1990s"; "the 2000s" is the decade
        if g.get("dec2"):
            return ("DATE", "19" + g["dec2"][0])
        if g.get("decw"):
            if not c.start < c.end or not self.text[c.start : c.start + 3].lower() == "the":
                return None
            return ("DATE", f"19{DECADE_WORDS[g['decw'].lower()]}")
        return None

    def _r_century(self, c: Candidate, sent: tuple[int, int]) -> Result | None:
        n = ORDINALS.get(c.groups["ord"].lower())
        return ("DATE", f"{n - 1:02d}") if n else None

    def _quarter_year(self, q: int, c: Candidate, sent: tuple[int, int]) -> int | None:
        """A yearless quarter later in the year than the article: last year's,
        unless the sentence looks ahead ("will", "expects second-quarter
        sales") or it is the very next quarter and nothing puts it behind."""
        a = self.anchor
        if a is None:
            return None
        if q <= quarter_of(a):
            return a.year
        if m := _IN_YEAR_AFTER.match(self.text, c.end):
            return int(m[1])  # "from the third quarter in 1986"
        tense = self._tense(c, sent)
        if q - quarter_of(a) > 1 and _REPORTS_DONE_QUARTER.search(
            self.text, max(sent[0], c.start - 40), c.start
        ) and _RESULTS_NEXT.match(self.text, c.end):
            # "would be reporting lower-than-expected fourth quarter net income":
            # results are reported for a quarter gone by, whenever the report
            return a.year - 1
        if tense == "future" or _OUTLOOK_BEFORE.search(
            self.text, max(sent[0], c.start - 50), c.start
        ):
            return a.year
        if q == quarter_of(a) + 1 and tense != "past":
            return a.year  # "second-quarter sales of $2 billion", written in March
        return a.year - 1

    def _written_quarter_year(self, g: dict[str, str | None]) -> int | None:
        """The year a quarter's own words give: "of 2024", "this year's", "last year"."""
        for key in QUARTER_YEAR_GROUPS:
            if written := g.get(key):
                return int(written)
        rel = next((g[k] for k in QUARTER_REL_GROUPS if g.get(k)), None)
        return self._rel_year(rel) if rel else None

    def _r_quarter(self, c: Candidate, sent: tuple[int, int]) -> Result | None:
        g = c.groups
        half = g["qunit"].lower() == "half"
        # "the final quarter of last year" is its fourth, "the final half" its second
        q = (2 if half else 4) if g["qord"].lower() == "final" else ORDINALS[g["qord"].lower()]
        if half and q > 2:
            return None
        year = self._written_quarter_year(g)
        if year is None and self.anchor is not None and _FISCAL.search(
            self.text, max(sent[0], c.start - 12), c.end
        ):
            # a company's "fiscal second quarter" is named for its fiscal year,
            # which news reports as the one under way (TimeBank: all six)
            year = self.anchor.year
        if year is None:
            year = self._quarter_year(q * 2 - 1 if half else q, c, sent)
        ys = f"{year:04d}" if year is not None else "XXXX"
        return ("DATE", f"{ys}-{'H' if half else 'Q'}{q}")

    def _r_month_quarter(self, c: Candidate, sent: tuple[int, int]) -> Result | None:
        g = c.groups
        # the plausible filter saw "m1-m2" span three months
        last = "december" if (g["m3"] or "").lower() == "holiday" else g["m1"] or g["m3"]
        q = (month_number(last) - 1) // 3 + 1
        year = self._written_quarter_year(g)  # "the September quarter last year"
        if year is None:
            year = self._quarter_year(q, c, sent)
        return ("DATE", f"{year:04d}-Q{q}" if year is not None else f"XXXX-Q{q}")

    def _quarter_ended(self, c: Candidate, sent: tuple[int, int]) -> str | None:
        """The quarter of "the quarter ended July 31": the one holding most of its three months."""
        m = _ENDED_ON.match(self.text, c.end)
        if m is None:
            return None
        month = month_number(m["month"])
        day = int(m["day"]) if m["day"] else None
        if m["year"]:
            year = int(m["year"])
        elif self.anchor is None:
            return None
        elif day is not None:
            year = _yearless(month, day, self.anchor, "past")
        else:
            # "ending in March": the quarter that closes with that month, as the
            # sentence's tense places the month ("ended" puts it behind us)
            tense = "past" if m["verb"].lower() == "ended" else self._tense(c, sent)
            year = _yearless(month, None, self.anchor, tense)
        if day is None:
            day = month_end(year, month).day
        end = _date_or_none(year, month, min(day, 28) if month == 2 else day)
        if end is None:
            return None
        mid = end - dt.timedelta(days=45)
        return f"{mid.year:04d}-Q{quarter_of(mid)}"

    def _last_quarter(self) -> str | None:
        return self.ctx.last.get("quarter")

    def _r_quarter_ref(self, c: Candidate, sent: tuple[int, int]) -> Result | None:
        which = norm(c.groups.get("which") or c.groups.get("which2"))
        a = self.anchor
        last_q = self._last_quarter()
        if c.groups.get("qy"):
            year = int(c.groups["qy"])
            recent_q = last_q is not None and c.start - self.ctx.last_quarter_at < 600
            cue = self._span_cue(c, sent)
            if c.groups["span"].lower() == "period" and (
                cue == "year" or (cue is None and not recent_q)
            ):
                return ("DATE", f"{year:04d}")  # "the nine months ... the 1988 period"
            told = last_q or (self._previous_quarter(a) if a else None)
            return ("DATE", f"{year:04d}-{told[5:]}" if told else f"{year:04d}-QX")
        if "earlier" in which or "ago" in which or which in {"comparable", "corresponding"}:
            if last_q:
                return ("DATE", shift_value(last_q, "Y", -1) or last_q)
            if a is None:
                return ("DATE", "XXXX-QX")
            prev = self._previous_quarter(a)
            return ("DATE", shift_value(prev, "Y", -1) or prev)
        recent_q = last_q is not None and c.start - self.ctx.last_quarter_at < 600
        if which in {"", "latest", "fiscal", "just ended", "just-ended", "recent"} and not recent_q:
            # A quarter the story just named wins: it may be a fiscal one ("its
            # fiscal first quarter ended Sept. 30"); else the end date tells.
            if (ended := self._quarter_ended(c, sent)) is not None:
                return ("DATE", ended)
        if which == "current":
            return ("DATE", f"{a.year}-Q{quarter_of(a)}" if a else "PRESENT_REF")
        if which == "same" and last_q:
            return ("DATE", last_q)
        if which in {"previous", "prior"} and recent_q and last_q:
            # "fourth-quarter profit ... rose 9 percent from the previous quarter":
            # the one before the quarter being told
            return ("DATE", shift_value(last_q, "Q", -1) or last_q)
        if last_q and which in {"", "fiscal"}:
            return ("DATE", last_q)
        if a is None:
            return ("DATE", "XXXX-QX")
        return ("DATE", self._previous_quarter(a))

    def _r_qcode(self, c: Candidate, sent: tuple[int, int]) -> Result | None:
        g = c.groups
        if g.get("fy"):
            fy = g["fy"]
            return ("DATE", fy if len(fy) == 4 else f"{self._two_digit_year(int(fy)):04d}")
        pos = next(k for k in ("pq", "sq", "nq") if g.get(k))
        kind, n = g[pos], int(g[pos + "n"])
        if kind == "H" and n > 2:
            return None
        year: int | None = None
        if g.get("year") or g.get("year2") or g.get("year3"):
            year = int(g.get("year") or g.get("year2") or g["year3"])
        elif g.get("yy") or g.get("yy2"):
            year = self._two_digit_year(int(g.get("yy") or g["yy2"]))
        elif g.get("yrel"):
            year = self._rel_year(g["yrel"])
        else:
            if kind == "H" or (
                prev_word(self.text, c.start) not in _QCODE_PREPS
                and not _QCODE_NOUN_NEXT.match(self.text, c.end)
            ):
                # a bare "Q3" is a quarter only after "in", "for", "the", or
                # before the figures it dates ("Q4 revenue", "Q1 results")
                return None
            year = self._quarter_year(n * 2 - 1 if kind == "H" else n, c, sent)
        ys = f"{year:04d}" if year is not None else "XXXX"
        return ("DATE", f"{ys}-{kind}{n}")

    def _two_digit_year(self, yy: int) -> int:
        """The year "Q1'13" or "4Q86" names: the one nearest the article's year."""
        base = self.anchor.year if self.anchor else 2000
        centuries = (base // 100 + k for k in (-1, 0, 1))
        return min((cent * 100 + yy for cent in centuries), key=lambda y: abs(y - base))

    def _r_fiscal_year(self, c: Candidate, sent: tuple[int, int]) -> Result | None:
        which = norm(c.groups.get("which") or c.groups.get("which2"))
        a = self.anchor
        if c.groups.get("bare"):
            # "the year ended June 30" is a stretch of a year; "for the year,"
            # or "the first nine months of the year" is the year being told.
            if _YEAR_ENDED.match(self.text, c.end):
                return ("DURATION", "P1Y")
            y = self.ctx.ref_year()
            return ("DATE", f"{y:04d}") if y is not None else ("DATE", "XXXX")
        if a is None:
            return ("DATE", "XXXX")
        offset = {
            "latest": -1,
            "previous": -1,
            "prior": -1,
            "last": -1,
            "next": 1,
            "coming": 1,
            "new": 1,
        }.get(which, 0)
        if which == "same":
            y = self.ctx.ref_year() or a.year
            return ("DATE", f"{y:04d}")
        return ("DATE", f"{a.year + offset:04d}")

    def _r_spelled_year(self, c: Candidate, sent: tuple[int, int]) -> Result | None:
        words = re.sub(r"(?i)^the\s+year\s+", "", self.text[c.start : c.end])
        year = spelled_year(words)
        return ("DATE", f"{year:04d}") if year is not None else None

    @staticmethod
    def _previous_quarter(a: dt.date) -> str:
        q = quarter_of(a) - 1
        return f"{a.year}-Q{q}" if q else f"{a.year - 1}-Q4"

    def _span_cue(self, c: Candidate, sent: tuple[int, int]) -> str | None:
        """Which span a "year ago" comparison in this sentence is about.

        "they were $6.6 million in the quarter compared with $361.8 million a
        year ago" compares quarters; "for the nine months ... a year earlier"
        compares years. The words before the expression count first.
        """
        s0, s1 = sent
        before = self.text[max(s0, c.start - 200) : c.start]
        after = self.text[c.end : min(s1, c.end + 120)]
        for part in (before, after):
            if _YEAR_SPAN_CUE.search(part):
                return "year"
            if _QUARTER_CUE.search(part):
                return "quarter"
        return None

    def _r_year_ago(self, c: Candidate, sent: tuple[int, int]) -> Result | None:
        noun = norm(c.groups.get("noun"))
        if not noun:
            follows = _YEAR_AGO_FIGURE.match(self.text, c.end)
            noun = "figures" if follows else ""
        last_q = self._last_quarter()
        recent_q = last_q is not None and c.start - self.ctx.last_quarter_at < 600
        if "nine months" in noun or "six months" in noun:
            return ("DURATION", "P9M" if "nine" in noun else "P6M")
        cue = self._span_cue(c, sent)
        if not noun and cue == "year":
            recent_q = False
        elif not noun and cue == "quarter" and (last_q or self.anchor):
            recent_q = True
        if "quarter" in noun or (
            noun in {"period", "figures", ""} and recent_q
        ):
            if last_q:
                return ("DATE", shift_value(last_q, "Y", -1) or last_q)
            if self.anchor:
                prev = self._previous_quarter(self.anchor)
                return ("DATE", shift_value(prev, "Y", -1) or prev)
            return ("DATE", "XXXX-QX")
        told = self.ctx.first_told.get(sent[0])
        if told and cue is None:
            # "unemployment reached 14.7% in January, up from 12.5% in December and
            # 10% a year earlier": the sentence's first month, a year back
            return ("DATE", shift_value(told, "Y", -1) or told)
        y = self._base_year(c.start)
        return ("DATE", f"{y - 1:04d}") if y else ("DATE", "PAST_REF")

    def _base_year(self, pos: int, told_rel: bool = False) -> int | None:
        """The year "a year earlier" counts back from: an explicit year just
        mentioned ("in 1987 ...; a year earlier"), else the publication year.
        With ``told_rel`` a "last year" named since counts too: "two years
        earlier" goes back from it, where "year-ago figures" after "last
        year" are often that very year."""
        ctx = self.ctx
        rel_at = ctx.last_rel_at
        if told_rel and ctx.last_rel_year is not None and ctx.last_abs_at < rel_at > pos - 300:
            return ctx.last_rel_year  # "won the title last year and the final two years earlier"
        if ctx.last_abs_year is not None and pos - ctx.last_abs_at < 300:
            return ctx.last_abs_year
        return self.anchor.year if self.anchor else ctx.last_abs_year

    def _r_season(self, c: Candidate, sent: tuple[int, int]) -> Result | None:
        g = c.groups
        code = SEASONS[g["season"].lower()]
        year = g.get("year") or g.get("year2")
        if not year and g.get("syear"):
            year = str(spelled_year(g["syear"]) or "") or None
        if year:
            return ("DATE", f"{year}-{code}")
        rel = norm(g.get("rel"))
        a = self.anchor
        if rel == "that":
            y = self.ctx.ref_year()
            return ("DATE", f"{y:04d}-{code}" if y else f"XXXX-{code}")
        if a is None:
            return ("DATE", f"XXXX-{code}")
        if rel in {"last", "this past", "the past", "the previous"}:
            direction = "strict_past"
        elif rel in {"next", "this coming", "the coming", "the following"}:
            direction = "strict_future"
        elif rel == "this" and code != "WI":
            # "this summer" is the publication year's, whether it is over or to come
            return ("DATE", f"{a.year:04d}-{code}")
        elif rel == "this":
            direction = "future" if self._tense(c, sent) in {"future", "present"} else "past"
        else:
            tense = self._tense(c, sent)
            ahead = tense in {"future", "present"} or self._deadline_ahead(c, sent, tense)
            direction = "future" if ahead else "past"
        return ("DATE", f"{_season_year(code, a, direction):04d}-{code}")

    def _r_year_end(self, c: Candidate, sent: tuple[int, int]) -> Result | None:
        """The year whose end is meant: this one, or the last one after "since"/"from"."""
        if self.anchor is None:
            return ("DATE", "XXXX")
        back = prev_word(self.text, c.start) in {"since", "from"}
        return ("DATE", f"{self.anchor.year - back:04d}")

    def _r_unit_end(self, c: Candidate, sent: tuple[int, int]) -> Result | None:
        unit = c.groups["unit"].lower()
        a, ctx = self.anchor, self.ctx
        told = ctx.last.get("any")
        if (
            a is not None
            and ctx.last_abs_year is not None
            and ctx.last_abs_year < a.year
            and c.start - ctx.last_abs_at < 300
            and len(_SENTENCE_END.findall(self.text, ctx.last_abs_at, c.start)) <= 1
            and told is not None
            and year_of(told) == ctx.last_abs_year
            and (unit in {"year", "decade"} or granularity(told) == unit)
            and " this " not in self.text[c.start : c.end].lower()
            and prev_word(self.text, c.start) not in {"since", "from"}
            and self._tense(c, sent) == "past"
            and not _LOOKS_AHEAD.search(self.text, sent[0], sent[1])
        ):
            # "The bank collapsed in September 2008. By the end of the year, ...
            # was": a past story's year, not the publication's
            if unit == "decade":
                return ("DATE", f"{ctx.last_abs_year // 10:03d}")
            return self._anaphoric(unit, 0)
        return self._unit_value(unit, "this", c, sent)

    def _unit_value(
        self, unit: str, rel: str, c: Candidate, sent: tuple[int, int]
    ) -> Result | None:
        """The value of "<rel> <unit>" ("last month", "this week", "that year")."""
        a = self.anchor
        offset = {
            "last": -1,
            "this": 0,
            "next": 1,
            "the current": 0,
            "the coming": 1,
            "this coming": 1,
            "this past": -1,
            "the latest": 0,
        }.get(rel)
        anaphoric = {
            "that": 0,
            "the same": 0,
            "that same": 0,
            "the very same": 0,
            "that very": 0,
            "the following": 1,
            "the next": 1,
            "the previous": -1,
            "the prior": -1,
        }.get(rel)
        if anaphoric == 0 and unit == "day" and (month := self.ctx.month_told(c.start)):
            return ("DATE", f"{month}-XX")
        if anaphoric is not None:
            return self._anaphoric(unit, anaphoric)
        if offset is None:
            return None
        if a is None:
            return ("DATE", {-1: "PAST_REF", 0: "PRESENT_REF", 1: "FUTURE_REF"}[offset])
        if unit == "year":
            return ("DATE", f"{a.year + offset:04d}")
        if unit == "month":
            y, m = add_months(a.year, a.month, offset)
            return ("DATE", f"{y:04d}-{m:02d}")
        if unit == "week":
            return ("DATE", week_value(a + dt.timedelta(weeks=offset)))
        if unit == "weekend":
            if offset == 0 and a.isoweekday() == 7 and self._tense(c, sent) == "past":
                return ("DATE", week_value(a) + "-WE")
            return ("DATE", week_value(a + dt.timedelta(weeks=offset)) + "-WE")
        if unit == "quarter":
            idx = a.year * 4 + quarter_of(a) - 1 + offset
            return ("DATE", f"{idx // 4:04d}-Q{idx % 4 + 1}")
        if unit == "decade":
            return ("DATE", f"{a.year // 10 + offset:03d}")
        if unit == "century":
            return ("DATE", f"{a.year // 100 + offset:02d}")
        if unit in {"night", "morning", "afternoon", "evening"}:
            day = a + dt.timedelta(days=-1 if (rel == "last" and unit == "night") else 0)
            if rel == "last" and unit != "night":
                day = a - dt.timedelta(days=1)
            return ("TIME", f"{day.isoformat()}T{PARTS_OF_DAY[unit]}")
        return None

    def _anaphoric(self, unit: str, offset: int) -> Result | None:
        ctx = self.ctx
        if unit == "year":
            y = ctx.ref_year()
            return ("DATE", f"{y + offset:04d}") if y else ("DATE", "XXXX")
        if unit in {"day", "night", "morning", "afternoon", "evening"}:
            d = ctx.ref_day()
            if d is None:
                return ("DATE", "XXXX-XX-XX")
            d = d + dt.timedelta(days=offset)
            if unit != "day":
                return ("TIME", f"{d.isoformat()}T{PARTS_OF_DAY[unit]}")
            return ("DATE", d.isoformat())
        if unit == "weekend":
            # "the following weekend": the weekend after the day being told
            d = ctx.ref_day()
            if d is None:
                return ("DATE", "XXXX-WXX-WE")
            # a weekday's own week ends in the weekend that follows it
            weeks = 0 if offset == 1 and d.isoweekday() <= 5 else offset
            return ("DATE", week_value(d + dt.timedelta(weeks=weeks)) + "-WE")
        key = {"month": "month", "week": "week", "quarter": "quarter"}.get(unit)
        if key:
            v = ctx.last.get(key)
            if v is None and ctx.last.get("day") and key in {"month", "week"}:
                d = ctx.ref_day()
                if d:
                    v = f"{d.year:04d}-{d.month:02d}" if key == "month" else week_value(d)
            if v is None and ctx.anchor:
                a = ctx.anchor
                v = {
                    "month": f"{a.year:04d}-{a.month:02d}",
                    "week": week_value(a),
                    "quarter": f"{a.year}-Q{quarter_of(a)}",
                }[key]
            if v is None:
                return ("DATE", "XXXX")
            letter = {"month": "M", "week": "W", "quarter": "Q"}[key]
            return ("DATE", shift_value(v, letter, offset) or v if offset else v)
        return None

    def _r_in_the_unit(self, c: Candidate, sent: tuple[int, int]) -> Result | None:
        """"Earlier in the week": the week the story is telling, else this one."""
        return self._anaphoric(c.groups["unit"].lower(), 0)

    def _r_same_unit_year(self, c: Candidate, sent: tuple[int, int]) -> Result | None:
        """"Against the same month last year": the month, quarter or week the
        story is telling, a year back or in the year named. "The same period"
        is the quarter when quarters are being told, else the month just
        named, else the year."""
        g = c.groups
        unit = (g["unit"] or g["unit2"]).lower()
        if unit == "period":
            recent_q = (
                self._last_quarter() is not None
                and c.start - self.ctx.last_quarter_at < 600
            )
            cue = self._span_cue(c, sent)
            if _MULTI_SPAN.search(self.text, max(sent[0], c.start - 200), c.start):
                cue = "year"  # "in the first four months ... the same period last year"
            last_any = self.ctx.last.get("any")
            if cue == "quarter" or (cue is None and recent_q):
                unit = "quarter"
            elif cue is None and last_any and granularity(last_any) == "month":
                unit = "month"
        year = g.get("year")
        a = self.anchor
        told: str | None = None
        if unit == "quarter":
            told = self._last_quarter() or (self._previous_quarter(a) if a else None)
        elif unit == "month":
            told = (self._anaphoric("month", 0) or ("DATE", "X"))[1]
        elif unit == "week" and (day := self.ctx.ref_day()) is not None:
            # 52 weeks back keeps the weekday and so the week number
            told = week_value(day - dt.timedelta(weeks=0 if year else 52))
        if told is None or "X" in told:
            if year:
                y = int(year)
            elif a is not None and "last" in self.text[c.start : c.end].lower():
                y = a.year - 1  # "last year" is the publication's, whatever was just named
            else:
                y = (self._base_year(c.start) or 0) - 1
            return ("DATE", f"{y:04d}") if y > 0 else ("DATE", "PAST_REF")
        if year:
            return ("DATE", year + told[4:])
        if unit == "week":
            return ("DATE", told)
        return ("DATE", shift_value(told, "Y", -1) or told)

    def _r_unit_around(self, c: Candidate, sent: tuple[int, int]) -> Result | None:
        """"The day before": the unit next to the one the story is telling."""
        g = c.groups
        return self._anaphoric(g["unit"].lower(), -1 if g["around"].lower() == "before" else 1)

    def _r_rel_unit(self, c: Candidate, sent: tuple[int, int]) -> Result | None:
        g = c.groups
        rel = norm(g["rel"])
        unit = g["unit"].lower()
        if (
            rel == "the next"
            and unit in {"week", "month", "year"}
            and prev_word(self.text, c.start) not in _SPAN_PREPS
            and self.ctx.last.get("any") is not None
            and self._tense(c, sent) == "past"
        ):
            # "Talks broke down in October. The next month, both sides returned":
            # in a past story, the one after the one told, not a month's length
            rel = "the following"
        if rel in {"the past", "the last", "the next"} and unit not in {
            "day",
            "night",
            "morning",
            "afternoon",
            "evening",
        }:
            if rel != "the next" and unit == "year" and self.anchor is not None:
                # "grew rapidly over the past year": TimeBank marks the year
                # just gone, the calendar year before publication
                return ("DATE", f"{self.anchor.year - 1:04d}")
            return ("DURATION", duration_value("1", unit))
        if rel == "the coming" and unit in {"week", "weekend", "month", "year"}:
            rel = "next"
        if rel == "the latest":
            return (
                self._r_quarter_ref(c, sent) if unit == "quarter" else ("DATE", self._latest_year())
            )
        return self._unit_value(unit, rel, c, sent)

    def _latest_year(self) -> str:
        a = self.anchor
        return f"{a.year - 1:04d}" if a else "PAST_REF"

    def _r_weekend(self, c: Candidate, sent: tuple[int, int]) -> Result | None:
        a = self.anchor
        if a is None:
            return ("DATE", "XXXX-WXX-WE")
        if self._tense(c, sent) in {"future", "present"}:
            return (
                "DATE",
                week_value(a if a.isoweekday() < 6 else a + dt.timedelta(days=7)) + "-WE",
            )
        back = a - dt.timedelta(days=a.isoweekday() % 7 if a.isoweekday() < 6 else 0)
        return ("DATE", week_value(back) + "-WE")

    # -- deictic words --------------------------------------------------------

    def _r_deictic(self, c: Candidate, sent: tuple[int, int]) -> Result | None:
        g = c.groups
        word = g["word"].lower()
        shift = {"yesterday": -1, "today": 0, "tomorrow": 1, "tonight": 0}[word]
        if g.get("around"):
            shift += -1 if g["around"].lower() == "before" else 1
        pod = g.get("pod")
        code = PARTS_OF_DAY[pod.lower()] if pod else ("NI" if word == "tonight" else None)
        a = self.anchor
        if a is None:
            base = {-1: "PAST_REF", 0: "PRESENT_REF", 1: "FUTURE_REF"}.get(shift)
            if base is None:
                base = "PAST_REF" if shift < 0 else "FUTURE_REF"
            return ("TIME" if code else "DATE", base)
        day = (a + dt.timedelta(days=shift)).isoformat()
        if code:
            return ("TIME", f"{day}T{code}")
        return ("DATE", day)

    def _r_ref(self, c: Candidate, sent: tuple[int, int]) -> Result | None:
        word = norm(c.groups["word"])
        if word in {
            "recently",
            "lately",
            "more recently",
            "until recently",
            "in the past",
            "the past",
            "previously",
            "formerly",
            "recent years",
            "in recent years",
        }:
            return ("DATE", "PAST_REF")
        if word in {
            "the near future",
            "the future",
            "the near term",
            "the short term",
            "the long term",
            "soon",
            "as soon as possible",
            "shortly",
        }:
            return ("DATE", "FUTURE_REF")
        if word.endswith(" past"):
            return ("DATE", "PAST_REF")  # "the distant past", "the recent past"
        if word.endswith(" future"):
            return ("DATE", "FUTURE_REF")  # "the distant future"
        if word in {"immediately"}:
            return None
        if word == "then current":
            return ("DATE", "PAST_REF")  # "the then current market price"
        return ("DATE", "PRESENT_REF")

    def _r_unit_and_half(self, c: Candidate, sent: tuple[int, int]) -> Result | None:
        """"A year and a half (ago)": the number with its half, then as
        "one and a half years (ago)" would be read."""
        g = dict(c.groups)
        g["num"] = f"{g['num']} and a half"
        c = Candidate(c.start, c.end, c.rule, g)
        if g.get("dir"):
            return self._r_ago(c, sent)
        return ("DURATION", duration_value(g["num"], g["unit"]))

    def _half_ago(self, raw: str, unit: str, sign: int, anaphoric: bool) -> Result | None:
        """"Two and a half years ago" is about the month 30 months back; a
        half day, week or month lands on a day, week or month."""
        code, is_time = unit_code(unit)
        n = duration_count(raw)
        n = n * per_unit(unit) if n is not None else None
        days_per = {"Y": 365.25, "M": 30.44, "W": 7.0, "D": 1.0, "DE": 3652.5, "CE": 36525.0}.get(
            code
        )
        base = self.ctx.ref_day() if anaphoric else self.anchor
        if is_time and not anaphoric and base is not None:
            return ("DATE", base.isoformat())  # as "an hour ago" is: today
        if is_time or (anaphoric and code in {"D", "W"}):
            # as with whole numbers: "a week and a half later" is a length
            return ("DURATION", duration_value(raw, unit))
        if n is None or days_per is None or base is None:
            return ("DURATION", duration_value(raw, unit)) if anaphoric else None
        day = base + dt.timedelta(days=sign * round(n * days_per))
        if code == "D":
            return ("DATE", day.isoformat())
        if code == "W":
            return ("DATE", week_value(day))
        if code in {"DE", "CE"}:
            return ("DATE", f"{day.year:04d}")
        return ("DATE", f"{day.year:04d}-{day.month:02d}")

    def _r_ago(self, c: Candidate, sent: tuple[int, int]) -> Result | None:
        g = c.groups
        direction = norm(g["dir"])
        if direction == "before":
            direction = "earlier"  # only ever at a clause's end: "up from a year before."
        ucode, is_time = unit_code(g["unit"])
        raw = norm(g["num"])
        if raw.endswith(" and a half") or raw in {"half a", "half an"}:
            sign = -1 if direction in {"ago", "earlier"} else 1
            return self._half_ago(raw, g["unit"], sign, direction in {"earlier", "later"})
        n = whole_count(raw)
        n = n * per_unit(g["unit"]) if n is not None else None
        sign = -1 if direction in {"ago", "earlier"} else 1
        if direction == "earlier" and ucode == "Y" and n == 1:
            return self._r_year_ago(c, sent)
        if direction == "ago" and ucode == "Y" and n == 1:
            last_q = self._last_quarter()
            cue = self._span_cue(c, sent)
            if last_q and cue != "year" and (
                cue == "quarter" or c.start - self.ctx.last_quarter_at < 400
            ):
                return ("DATE", shift_value(last_q, "Y", -1) or last_q)
        anaphoric = direction in {"earlier", "later"}
        if anaphoric and (is_time or ucode in {"D", "W"}):
            # "three days later", "an hour earlier": TimeML marks the length,
            # anchored to an event, as a DURATION ("later" is a signal), as
            # TimeBank and AQUAINT do below a month; "a year earlier" is the
            # comparison period of earnings copy, a DATE.
            return ("DURATION", duration_value(g["num"], g["unit"]))
        if (
            anaphoric
            and ucode == "M"
            and n is not None
            and (month := self.ctx.month_in_sentence(sent[0]))
        ):
            # "2.8% in the 12 months to February, down from 2.7% a month earlier":
            # the month before February, not before the story's day
            y, m = add_months(int(month[:4]), int(month[5:7]), sign * n)
            return ("DATE", f"{y:04d}-{m:02d}")
        base = self.ctx.ref_day() if anaphoric else self.anchor
        if n is None or base is None or is_time:
            if is_time and base is not None and n is not None:
                return ("DATE", base.isoformat())
            return ("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF")
        if anaphoric and ucode == "Y":
            y = self._base_year(c.start, told_rel=True)
            return ("DATE", f"{y + sign * n:04d}") if y else ("DATE", "XXXX")
        if ucode == "D":
            return ("DATE", (base + dt.timedelta(days=sign * n)).isoformat())
        if ucode == "W":
            return ("DATE", week_value(base + dt.timedelta(weeks=sign * n)))
        if ucode == "M":
            y, m = add_months(base.year, base.month, sign * n)
            return ("DATE", f"{y:04d}-{m:02d}")
        if ucode == "Q":
            idx = base.year * 4 + quarter_of(base) - 1 + sign * n
            return ("DATE", f"{idx // 4:04d}-Q{idx % 4 + 1}")
        if ucode == "Y":
            return ("DATE", f"{base.year + sign * n:04d}")
        if ucode == "DE":
            return ("DATE", f"{(base.year + sign * 10 * n) // 10:03d}")
        if ucode == "CE":
            return ("DATE", f"{(base.year + sign * 100 * n) // 100:02d}")
        return ("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF")

    def _r_weekday(self, c: Candidate, sent: tuple[int, int]) -> Result | None:
        g = c.groups
        wd = WEEKDAYS[g["weekday"].lower()]
        rel = norm(g.get("rel"))
        pod = g.get("pod")
        pod2 = norm(g.get("pod2"))
        if g.get("plural") or g.get("pods") or rel in {"each", "every"}:
            part = f"T{PARTS_OF_DAY[pod.lower()]}" if pod else ""
            return ("SET", f"XXXX-WXX-{wd}{part}")  # "every Friday night": XXXX-WXX-5TNI
        a = self.anchor
        if a is None:
            day_s = f"XXXX-WXX-{wd}"
        elif g.get("that") and self.ctx.last_day is not None:
            # "he had spent that Friday night at home": the Friday of the days
            # the story is telling, the one nearest the day last named
            day_s = _weekday_date(wd, self.ctx.ref_day() or a, "nearest").isoformat()
        elif rel in {"the previous", "the following"}:
            # anaphoric: the Friday before (after) the day the story is telling
            base = self.ctx.ref_day() or a
            way = "strict_past" if rel == "the previous" else "strict_future"
            day_s = _weekday_date(wd, base, way).isoformat()
        else:
            if rel in {"last", "this past"}:
                direction = "strict_past"
            elif rel in {"next", "this coming"}:
                direction = "strict_future"
            elif rel == "this":
                direction = "this"
            elif rel in {"earlier"}:
                direction = "past"
            elif rel in {"later"}:
                direction = "future"
            else:
                direction = self._bare_day_direction(c, sent)
            day = _weekday_date(wd, a, direction)
            if (
                rel in {"", "early", "late"}
                and self.ctx.last_day is not None
                and (start := _day_or_none(self.ctx.last_day)) is not None
                and day <= start
                and not possessive(self.text, c.end)
                and (
                    _RANGE_TO.fullmatch(self.text, self.ctx.last_day_end, c.start)
                    or (
                        a < start != day
                        and _AND_OR.fullmatch(self.text, self.ctx.last_day_end, c.start)
                    )
                )
            ):
                # "run from Monday to Friday", "Tuesday through Thursday": a span
                # ends after it starts, whatever the verb's tense says; and a day
                # named with one ahead of us is ahead too ("Thursday or Friday")
                day = _weekday_date(wd, start, "strict_future")
            day_s = day.isoformat()
        if g.get("around") and a is not None:
            # "the day before last Tuesday('s hearing)": one day off the weekday
            shift = -1 if g["around"].lower() == "before" else 1
            return ("DATE", (dt.date.fromisoformat(day_s) + dt.timedelta(days=shift)).isoformat())
        if pod:
            return ("TIME", f"{day_s}T{PARTS_OF_DAY[pod.lower()]}")
        if pod2:
            if pod2 in {"noon", "midday"}:
                return ("TIME", f"{day_s}T12:00")
            if pod2 == "midnight":
                return ("TIME", f"{day_s}T24:00")
            return ("TIME", f"{day_s}T{'MO' if 'morning' in pod2 else 'AF'}")
        return ("DATE", day_s)

    def _bare_day_direction(self, c: Candidate, sent: tuple[int, int]) -> str:
        """Whether a bare "Friday" (or "9 a.m. Tuesday") is the one before or after the anchor."""
        if possessive(self.text, c.end):
            # "Friday's close", "Wednesday's ruling": the event named is one the
            # story reports, so behind us (all 16 in TimeBank and AQUAINT), even
            # under a reported "would"; only an explicit future cue turns it ahead
            # ("will attend Friday's meeting", "ahead of Sunday's vote").
            lead = self.text[max(sent[0], c.start - 60) : c.start]
            if _EXPLICIT_AHEAD.search(lead):
                return "future"
            opener = self.text[sent[0] : c.start].strip(" \t\n\"“").lower()
            if opener in {"at", "during"} and (comma := self.text.find(",", c.end, sent[1])) > 0:
                # "At Thursday's event, Obama is expected to speak": the main clause
                # says; "After Monday's vote, ..." and "Based on Friday's close" do not
                main = self.text[comma : min(sent[1], comma + 60)]
                if _EXPLICIT_AHEAD.search(main) or _EXPECTED.search(main):
                    return "future"
            if _DEADLINE_NEXT.match(self.text, c.end) and self._tense(c, sent) != "past":
                return "future"  # "racing to meet Monday's deadline": not yet passed
            if schedule_verb_governs(self.text, sent[0], c.start):
                return "future"  # "Voters head to the polls in Sunday's election"
            return "past"
        before = self.text[max(sent[0], c.start - 40) : c.start]
        if m := _SOON_BEFORE.search(before):
            cue = m.group(0).lower()
            if not cue.startswith(("until", "till", "by", "no", "not")):
                return "future"  # "as early as Tuesday"
            # "until Tuesday", "no later than Monday" look ahead unless the verb
            # is past ("Until Thursday, they had not called him a suspect"); a
            # deadline put off still looks ahead ("postponed until Tuesday
            # morning", "gave them until Friday").
            lead = self.text[sent[0] : c.start]
            put_off = not cue.startswith("by") and _PUT_OFF.search(lead)
            if self._tense(c, sent) != "past" or put_off:
                return "future"
            return "past"
        if _MOVED_TO.search(before):
            return "future"  # "was postponed to Tuesday", "pushed back to Monday"
        if self._due(c, sent):
            return "future"  # "revised data due Friday are expected to show"
        tense = self._tense(c, sent)
        return "future" if tense in {"future", "present"} else "past"

    def _r_part_of_day(self, c: Candidate, sent: tuple[int, int]) -> Result | None:
        g = c.groups
        a = self.anchor
        if g.get("word"):
            word = re.sub(r"[-\s]", "", g["word"].lower())
            code = {"overnight": "NI", "midafternoon": "AF", "midmorning": "MO", "midday": "12:00"}[
                word
            ]
            if a is None:
                return ("TIME", f"XXXX-XX-XXT{code}")
            shift = {"yesterday": -1, "tomorrow": 1}.get((g.get("day") or "").lower(), 0)
            if word == "overnight" and not g.get("day") and self._tense(c, sent) == "past":
                shift = -1  # "fighting overnight killed 12", told in the morning: last night
            return ("TIME", f"{(a + dt.timedelta(days=shift)).isoformat()}T{code}")
        rel = norm(g["rel"])
        pod = g["pod"].lower()
        shift = -1 if rel in {"yesterday", "late last"} or (rel == "last" and pod == "night") else 0
        if rel == "tomorrow":
            shift = 1
        if rel == "last" and pod != "night":
            shift = -1
        code = PARTS_OF_DAY[pod]
        if a is None:
            return ("TIME", f"XXXX-XX-XXT{code}")
        return ("TIME", f"{(a + dt.timedelta(days=shift)).isoformat()}T{code}")

    def _r_the_part_of_day(self, c: Candidate, sent: tuple[int, int]) -> Result | None:
        """The day of "through the afternoon": the day named just before, else
        the publication day (a market report's session)."""
        code = PARTS_OF_DAY[c.groups["pod"].lower()]
        if self.ctx.last_day is not None and 0 <= c.start - self.ctx.last_day_end < 300:
            return ("TIME", f"{self.ctx.last_day}T{code}")
        if self.anchor is None:
            return ("TIME", f"XXXX-XX-XXT{code}")
        return ("TIME", f"{self.anchor.isoformat()}T{code}")

    def _clock_day(self, c: Candidate, sent: tuple[int, int], hour: int = 0) -> str:
        g = c.groups
        a = self.anchor
        if g.get("month") and g.get("day"):
            month, day = month_number(g["month"]), int(g["day"])
            if a is None:
                return f"XXXX-{month:02d}-{day:02d}"
            d = _date_or_none(_yearless(month, day, a, self._tense(c, sent)), month, day)
            if d is not None:
                return d.isoformat()
        if a is None:
            return "XXXX-XX-XX"
        weekday = g.get("weekday")
        word = (g.get("word") or "").lower()
        if not weekday and not word and (m := _DAY_AFTER_CLOCK.match(self.text, c.end)):
            # "at 10:35 a.m. (0735 GMT) Friday", "at 10 p.m. on Thursday", "at
            # 2:46 p.m. local time on March 11, 2011": the time is on the day
            # named right after it
            weekday, word = m.group("weekday"), (m.group("word") or "").lower()
            named = m.group("month") or m.group("dmonth")
            if named:
                month, day = month_number(named), int(m.group("day") or m.group("dday"))
                written = m.group("year") or m.group("dyear")
                year = int(written) if written else _yearless(month, day, a, self._tense(c, sent))
                if (d := _date_or_none(year, month, day)) is not None:
                    return d.isoformat()
        if weekday:
            direction = self._bare_day_direction(c, sent)
            return _weekday_date(WEEKDAYS[weekday.lower()], a, direction).isoformat()
        if (
            not word
            and (last := self.ctx.last_clock) is not None
            and sent[0] <= self.ctx.last_clock_end <= c.start
            and _CLOCK_THEN_CLOCK.fullmatch(self.text, self.ctx.last_clock_end, c.start)
        ):
            # "Monday at 18:00 local time (16:00 GMT)"; no two zones are 12 hours
            # apart, so "8 p.m. EDT (0000 GMT)" is past midnight, on the next day
            gap = hour - int(last[11:13])
            day = dt.date.fromisoformat(last[:10])
            if abs(gap) > 12:
                day += dt.timedelta(days=-1 if gap > 0 else 1)
            return day.isoformat()
        if (
            not word
            and self.ctx.last_day is not None
            and sent[0] <= self.ctx.last_day_end <= c.start
            and _DAY_THEN_CLOCK.fullmatch(self.text, self.ctx.last_day_end, c.start)
        ):
            return self.ctx.last_day  # "on Feb. 6 at 9:09 p.m.", "Monday, March 7, at 3 p.m."
        shift = {"yesterday": -1, "tomorrow": 1}.get(word, 0)
        return (a + dt.timedelta(days=shift)).isoformat()

    def _r_clock(self, c: Candidate, sent: tuple[int, int]) -> Result | None:
        g = c.groups
        if g.get("named"):
            # "shortly before midnight", "at noon on Friday"
            hhmm = "12:00" if g["named"].lower() == "noon" else "24:00"
            return ("TIME", f"{self._clock_day(c, sent, int(hhmm[:2]))}T{hhmm}")
        hour = int(g["hour"])
        minute = int(g["minute"] or 0)
        if not 1 <= hour <= 12:
            return None
        pm = g["ampm"].lower().startswith("p")
        if pm and hour != 12:
            hour += 12
        if not pm and hour == 12:
            hour = 0
        return ("TIME", f"{self._clock_day(c, sent, hour)}T{hour:02d}:{minute:02d}")

    def _r_clock24(self, c: Candidate, sent: tuple[int, int]) -> Result | None:
        g = c.groups
        if hhmm := g.get("hhmm"):
            hour, minute = int(hhmm[:2]), hhmm[2:]
        else:
            if not g.get("tz") and not (
                prev_word(self.text, c.start) in CLOCK_CUES
                or _LOCAL_TIME.match(self.text, c.end)
            ):
                return None  # "the 2:30 mark", "John 3:16", a score: a time only when told so
            hour, minute = int(g["hour"]), g["minute"]
        if hour > 24:
            return None
        return ("TIME", f"{self._clock_day(c, sent, hour)}T{hour:02d}:{minute}")

    # -- durations and sets -------------------------------------------------

    def _r_duration(self, c: Candidate, sent: tuple[int, int]) -> Result | None:
        g = c.groups
        num = g["num"]
        if norm(num) in {"a", "an"}:
            num = "1"
        value = duration_value(num, g["unit"])
        if "X" in value[1:] and not value.startswith("PX"):
            return None
        return ("DURATION", value)

    def _r_duration_vague(self, c: Candidate, sent: tuple[int, int]) -> Result | None:
        g = c.groups
        num = norm(g["num"])
        unit = g["unit"].lower()
        if num == "recent" and unit == "years":
            return ("DATE", "PAST_REF")
        if num in {"a couple of", "couple of"}:
            return ("DURATION", duration_value(num, unit))
        return ("DURATION", duration_value(None, unit))

    def _r_duration_bare(self, c: Candidate, sent: tuple[int, int]) -> Result | None:
        return ("DURATION", duration_value(None, c.groups["unit"]))

    _r_duration_ahead = _r_duration_bare  # "the weeks ahead": a vague length, as "weeks"

    def _r_duration_adj(self, c: Candidate, sent: tuple[int, int]) -> Result | None:
        g = c.groups
        value = duration_value(g["num"], g["unit"])
        if "X" in value:
            return None
        return ("DURATION", value)

    def _r_duration_long(self, c: Candidate, sent: tuple[int, int]) -> Result | None:
        """A "week-long" strike lasts a week; a "decades-long" feud some decades (PXY)."""
        unit = c.groups["unit"].lower()
        return ("DURATION", duration_value(None if unit.endswith("s") else "1", unit))

    def _r_set(self, c: Candidate, sent: tuple[int, int]) -> Result | None:
        g = c.groups
        adv = (g.get("adv") or "").lower().replace("-", "")
        if adv:
            return (
                "SET",
                {
                    "annually": "P1Y",
                    "yearly": "P1Y",
                    "daily": "P1D",
                    "weekly": "P1W",
                    "monthly": "P1M",
                    "hourly": "PT1H",
                    "quarterly": "P3M",
                    "nightly": "P1D",
                    "biweekly": "P2W",
                    "semiannually": "P6M",
                    "bimonthly": "P2M",
                    "biannually": "P6M",
                }[adv],
            )
        unit = (g.get("unit") or g.get("unit2") or "").lower()
        if unit in WEEKDAYS:
            return ("SET", f"XXXX-WXX-{WEEKDAYS[unit]}")
        if unit in MONTHS:
            return ("SET", f"XXXX-{MONTHS[unit]:02d}")
        if unit in SEASONS:
            return ("SET", f"XXXX-{SEASONS[unit]}")
        if unit in {"morning", "afternoon", "evening", "night"}:
            return ("SET", f"XXXX-XX-XXT{PARTS_OF_DAY[unit]}")
        num = norm(g.get("num"))
        n = "2" if num == "other" else (str(number_value(num)) if num else "1")
        return ("SET", duration_value(n, unit))

    def _r_holiday(self, c: Candidate, sent: tuple[int, int]) -> Result | None:
        a = self.anchor
        if c.groups["holiday"] == "9/11":
            # the attacks' name; written before them it is no day we know
            return ("DATE", SEPT_11.isoformat()) if a is None or a > SEPT_11 else None
        h = holiday_named(c.groups["holiday"])
        if h is None:
            return None
        if a is None:
            month, day = h.month_day or (0, 0)
            return ("DATE", f"XXXX-{month:02d}-{day:02d}" if month else "XXXX-XX-XX")
        # two years each way: Super Tuesday comes once in four
        found = [h.day_in(y) for y in range(a.year - 2, a.year + 3)]
        days = [d for d in found if d is not None]
        if not days:
            return None
        # fixed or moving, a holiday follows its cues ("until Christmas", "as
        # Easter approaches"); in the past tense it is the one gone by: no
        # notice "payable Christmas" reads ahead the way a month-day's may
        if around := c.groups.get("around"):
            # "the day after Christmas", "the Saturday before Thanksgiving": the
            # day itself is what the verb's tense places
            hwd = c.groups.get("hwd")
            if hwd:
                way = "strict_past" if around == "before" else "strict_future"
                days = [_weekday_date(WEEKDAYS[hwd.lower()], d, way) for d in days]
            else:
                days = [d + dt.timedelta(days=-1 if around == "before" else 1) for d in days]
        tense, _ = self._day_tense(c, sent)
        d: dt.date | None
        if _FOR_BEFORE.search(self.text, max(0, c.start - 12), c.start):
            # "booked a trip for Easter", "preparations for the Passover holiday":
            # the holiday is the aim, so the next one if it is near
            d = _nearest_day(days, a, "present") or days[0]
        else:
            d = _nearest_day(days, a, tense, tense == "past")
        if d is None:
            return None
        if c.groups.get("hweekend"):
            # "the Easter weekend", "Labor Day weekend": the Saturday nearest the
            # holiday (the one before a Monday's, after a Thursday's) names its week
            return ("DATE", week_value(_weekday_date(6, d, "nearest")) + "-WE")
        return ("DATE", d.isoformat())
