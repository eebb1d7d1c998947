"""The grammar of temporal expressions: regexes that find candidate spans.

Each rule is one compiled regex with named groups; `find_candidates` runs them
all over a region and keeps the longest non-overlapping matches, so "Monday,
Feb. 3, 2025" beats its parts and "the past two months" beats "the past".
Spans follow TimeML/TempEval-3 habits: prepositions stay outside ("in March"
-> "March"), but modifiers that change the meaning stay inside ("early next
year", "the first quarter of 2024", "more than four hours").

Month names are matched case-sensitively (Title or UPPER case) so that "may"
(the verb) and "march" (the verb) never start a date; other words are
case-insensitive through inline ``(?i:...)`` groups.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from .holidays import HOLIDAYS
from .lexicon import (
    DECADE_WORDS,
    MONTHS,
    ORDINALS,
    SMALL_NUMBERS,
    UNITS,
    WEEKDAYS,
    alternation,
    month_number,
)


def _cased(words: list[str]) -> str:
    """Title-case and upper-case forms of ``words`` as one alternation."""
    forms: set[str] = set()
    for w in words:
        forms.add(w.title())
        forms.add(w.upper())
    return alternation(forms)


def ci(pattern: str) -> str:
    """``pattern`` made case-insensitive locally."""
    return f"(?i:{pattern})"


_FULL_MONTHS = [m for m in MONTHS if len(m) > 3 and m != "sept"] + ["may"]
_ABBR_MONTHS = ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]

# A possessive is a month ("January's report"); other apostrophes are not.
MONTH_FULL = rf"(?:{_cased(_FULL_MONTHS)})(?!\w|['’](?!s(?!\w)))"
MONTH_ABBR_DOT = rf"(?:{_cased(_ABBR_MONTHS)})\."
MONTH_ABBR = rf"(?:{_cased(_ABBR_MONTHS)})\.?"
# Before a day number an undotted abbreviation is safe ("Feb 26").
MONTH_WITH_DAY = rf"(?P<month>{MONTH_FULL}|{MONTH_ABBR}(?![\w'’]))"
MONTH_ALONE = rf"(?P<month>{MONTH_FULL}|{MONTH_ABBR_DOT})"
WEEKDAY = rf"(?:{_cased(list(WEEKDAYS))})"
WEEKDAY_G = rf"(?P<weekday>{WEEKDAY})"
# "that Friday (night)": the one of the days being told; after a verb of saying
# "that" opens a clause ("said that Friday's vote ...") and stays out.
THAT_DAY = (
    r"(?<!said\s)(?<!says\s)(?<!\bsay\s)(?<!told\s)(?<!added\s)(?<!noted\s)(?<!stated\s)"
    r"(?<!announced\s)(?<!reported\s)(?<!believes\s)(?<!believed\s)(?<!think\s)"
    r"(?<!thought\s)(?<!knew\s)(?<!\bknow\s)(?<!hoped\s)(?<!warned\s)(?<!insisted\s)"
    r"(?<!argued\s)(?<!claimed\s)(?<!confirmed\s)(?<!expected\s)(?<!decided\s)"
    r"(?<!agreed\s)(?<!means\s)(?<!meant\s)(?<!ensure\s)(?<!so\s)(?<!such\s)"
    rf"(?P<that>[Tt]hat)(?=\s+{WEEKDAY}(?!['’]s))"
)
# Only before a date, as web pages' bylines have it: "Thu March 21, 2013", "Wed., Oct. 2"
WEEKDAY_SHORT = r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?"

YEAR = r"(?<![\d$£€#.,/])(?:1[6-9]\d\d|20\d\d)(?![\d%]|[.,/]\d|-\d)"
YEAR_G = rf"(?P<year>{YEAR})"
# A year of the Middle Ages, "since 1415", "from 1268 to 1271": only where a
# preposition makes it a year (`plausible` checks), as such numbers are mostly counts.
OLD_YEAR = r"(?<![\d$£€#.,/])1[0-5]\d\d(?![\d%]|[.,/]\d|-\d)"
DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?![\d%]|:\d|[.,]\d|\w)"

_NUM_WORDS = [w for w in SMALL_NUMBERS if w not in {"a", "an", "half", "single"}]
NUMBER_WORD = alternation(_NUM_WORDS)
NUMBER = (
    rf"(?:\d+(?:[.,]\d+)?(?:(?:\s+|-)\d/\d)?|(?:{NUMBER_WORD})(?:[-\s](?:{NUMBER_WORD}))?"
    rf"|(?:(?:{NUMBER_WORD})(?:[-\s](?:{NUMBER_WORD}))?|\d+)\s+and\s+a\s+half|half\s+an?|a|an)"
)
UNIT_WORDS = alternation([u for u in UNITS if u not in {"centurie", "night", "season"}])
UNIT_PLURAL = rf"(?:{UNIT_WORDS}|centuries)s?"
ORDINAL = alternation(ORDINALS)
QUARTER_ORD = r"(?:first|second|third|fourth|1st|2nd|3rd|4th|final)"

MOD_PREFIX = ci(
    r"(?P<mod>early|mid|late|earlier|later|(?<![\w-])end(?=-)|"
    r"the\s+(?:end|beginning|start|middle|close|turn|first\s+half|second\s+half|"
    r"last\s+half|rest|remainder)\s+of|"
    r"(?:early|late|earlier|later)\s+in)"
)
REL = ci(
    r"(?P<rel>last|this|next|this\s+past|this\s+coming|the\s+coming|the\s+past|"
    r"the\s+previous|the\s+following|the\s+next|the\s+current|the\s+same|that|"
    r"the\s+prior|the\s+latest|the\s+last|that\s+same|the\s+very\s+same|that\s+very)"
)
# Hedges that change the length stay inside ("nearly two years"); limiters
# ("only", "just", "barely") and the preposition "over" ("over the past two
# years", "used over three years") stay outside, as TimeBank and AQUAINT both
# draw them. "over" is the hedge only before "a"/"an" ("lasting over a week").
DURATION_QUANT = ci(
    r"(?P<quant>about|nearly|almost|some|more\s+than|less\s+than|fewer\s+than|at\s+least|"
    r"up\s+to|over(?=\s+an?\s)|under|roughly|around|approximately|no\s+more\s+than|"
    r"well\s+over|at\s+most|upwards\s+of|the\s+better\s+part\s+of)"
)
# "nineteen ninety-four", "two thousand and one" (broadcast transcripts spell years out)
_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_ONES = r"(?:one|two|three|four|five|six|seven|eight|nine)"
SPELLED_YEAR = ci(
    rf"(?:nineteen|eighteen)[\s-]+(?:{_TENS}(?:[\s-]{_ONES})?|ten|eleven|twelve|thirteen|"
    rf"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:oh|o)[\s-]{_ONES})|"
    rf"two\s+thousand(?:(?:\s+and)?\s+(?:{_ONES}|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    rf"sixteen|seventeen|eighteen|nineteen|twenty(?:[\s-](?:one|two|three|four|five))?))?"
)
POD = ci(r"(?P<pod>morning|afternoon|evening|night)")
DECADE_ALT = alternation(DECADE_WORDS)
# Clock-time zones written after "18:00" or "1300"
# Time zones a wire story writes after a clock: "0932 GMT (1732 HKT)", "14:46 JST"
ZONES = (
    "GMT", "UTC", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "ET", "CT", "PT",
    "AKST", "AKDT", "HST", "AST", "ADT", "BST", "IST", "WET", "WEST", "CET", "CEST", "EET",
    "EEST", "MSK", "SAST", "EAT", "WAT", "PKT", "ICT", "WIB", "SGT", "HKT", "JST", "KST",
    "AEST", "AEDT", "ACST", "AWST", "NZST", "NZDT",
)  # fmt: skip
ZONE = rf"(?:{alternation(ZONES)})"
# What a bare "months" may follow as its own length: "could take months",
# "spent years", "lasted weeks".
_BEFORE_BARE_UNIT = "|".join(
    rf"(?<=\b{w}\s)"
    for w in (
        "take takes took taken taking spent spend spends spending lasted lasts wait waited "
        "waiting waits"
    ).split()
)

# What may come before "months of talks" for it to be a stretch of time (after
# "spent" or "take" a bare unit stands on its own: _BEFORE_BARE_UNIT above).
_BEFORE_BARE_OF = "|".join(
    [r"^", r"(?<=\n)", r"(?<=[.!?;:]\s)", r"(?<=[\"“(]\s)"]
    + [
        rf"(?<=\b{w}\s)"
        for w in """after amid despite follows followed following ends ended ending end with
        through than caps capped culminates culminated and or by from""".split()
    ]
)
# ... and what, after "of", makes it a part of something: "years of the war"
_NOT_AFTER_BARE_OF = "the|a|an|this|that|these|those|his|her|its|their|our|my|your|which"
# The groups in which the quarter rules ("quarter", "month_quarter") write their
# year: a number ("the first quarter of 2024"), or "this/last/next year"
QUARTER_YEAR_GROUPS = ("year", "qyear", "qyear2", "qyear3")
QUARTER_REL_GROUPS = ("qrel", "yrel", "yrel2")
# "Nov. 21 last year", "21 November this year": the day, in the year named
REL_YEAR = r"\s+(?i:(?P<yrel>this|last|next)\s+year)(?![\w'’])"


@dataclass(slots=True)
class Candidate:
    """One grammar match: where it is, which rule found it, the groups it captured."""

    start: int
    end: int
    rule: str
    groups: dict[str, str | None]


_YEAR_AGO_NOUN = (
    r"period|quarter|(?:first|second|third|fourth)\s+quarter|month|nine\s+months|six\s+months"
)

# "21-22", "21–22", "21 – 22"; not the " - " of a dateline ("March 19 - 26 weeks ended")
_DAY_DASH = r"(?:[-–]|\s+–\s+)"

# "April 24 and 25" is two days, "April 24 and 25 people" a day and a count:
# after a day joined by a word, only a preposition or a clause's end may follow.
_NO_COUNT_AFTER = (
    r"(?!\s*[$%]|\s+(?!(?:in|at|on|and|or|as|when|with|for|before|after|during|because|but"
    r"|while|respectively)\b)[a-z])"
)

_HOLIDAY_NAMES = "|".join(f"(?:{h.pattern})" for h in HOLIDAYS)

_RULES_SRC: list[tuple[str, str]] = [
    # "Monday, Feb. 3, 2025", "Aug. 1", "March 26, 1996", "Feb 26"
    (
        "mdy",
        rf"(?:(?:{WEEKDAY_G}|{WEEKDAY_SHORT}),?\s+)?{MONTH_WITH_DAY}\s+{DAY}"
        rf"(?:,?\s+{YEAR_G}|{REL_YEAR})?",
    ),
    # "March 21-22", "21-22 March 2013", "April 24 and 25": two days, split into two dates
    (
        "day_range",
        rf"(?:{MONTH_WITH_DAY}\s+{DAY}(?:{_DAY_DASH}|\s+(?P<join>and|to|through|or)\s+)"
        rf"(?P<day2>[0-3]?\d)(?![\d%:.,]\d|\w)(?(join){_NO_COUNT_AFTER})"
        rf"|(?P<dday>[0-3]?\d){_DAY_DASH}(?P<dday2>[0-3]?\d)\s+(?P<dmonth>{MONTH_FULL}|{MONTH_ABBR_DOT}))"
        rf"(?:,?\s+{YEAR_G})?",
    ),
    # "the week of March 6": the week holding that day
    ("week_of", rf"(?i:the\s+week\s+of)\s+{MONTH_WITH_DAY}\s+{DAY}(?:,?\s+{YEAR_G})?"),
    # "the first week of April", "the last week of March 2024"
    (
        "week_of_month",
        ci(r"the\s+(?P<nth>first|second|third|fourth|last|final|closing|opening)\s+week\s+of")
        + rf"\s+{MONTH_ALONE}(?:,?\s+{YEAR_G})?(?![\w'’])",
    ),
    # "the first Monday of April", "the last Sunday in October 2024"
    (
        "nth_weekday",
        ci(r"the\s+(?P<nth>first|second|third|fourth|last|final)\s+")
        + rf"{WEEKDAY_G}\s+(?i:of|in)\s+{MONTH_ALONE}(?:,?\s+{YEAR_G})?(?![\w'’])",
    ),
    # "3 February 2025", "the 26th of June"
    (
        "dmy",
        # "the" only in "the 26th of June": "the 22 March 2013 meeting" leaves it out
        rf"(?:{WEEKDAY_G},?\s+)?(?:(?i:the)\s+(?=[0-3]?\d(?:st|nd|rd|th)?\s+(?i:of)\s))?"
        rf"{DAY}(?:\s+(?i:of))?\s+"
        rf"{MONTH_WITH_DAY}(?:,?\s+{YEAR_G}|{REL_YEAR})?",
    ),
    ("iso", r"(?<![\d-])(?P<year>(?:1[6-9]|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)(?![\d-])"),
    (
        "slash",
        # month first as American copy writes it; "22/03/2013" (day first) is read
        # so when the first number cannot be a month
        r"(?<![\d/])(?P<month>[0-3]?\d)/(?P<day>[0-3]?\d)/(?P<year>(?:19|20)\d\d|\d\d)(?![\d/])",
    ),
    # "July, 2025", "the end of March 2024", "June last year"
    (
        "month_year",
        rf"(?:{MOD_PREFIX}[\s-]+)?{MONTH_ALONE}(?:\s+(?i:of))?,?\s+"
        rf"(?:{YEAR_G}|(?P<syear>{SPELLED_YEAR}))",
    ),
    (
        "month_relyear",
        rf"(?:{MOD_PREFIX}[\s-]+)?{MONTH_ALONE}\s+"
        rf"(?i:(?P<yrel>this|last|next)\s+year)",
    ),
    # "March", "last April", "mid-November", "later in August"
    ("month", rf"(?:{REL}\s+)?(?:{MOD_PREFIX}[\s-]+)?{MONTH_ALONE}"),
    # "2024", "fiscal 1989", "mid-1996", "the end of 1990"
    # "2024", "mid-2012", "fiscal 2013", "fiscal year 2014", "the year 2000"
    (
        "year",
        rf"(?:(?:{MOD_PREFIX}|(?i:(?P<fiscal>(?:fiscal|calendar)(?:\s+year)?|the\s+year)))[\s-]+)?"
        rf"(?:{YEAR_G}|(?P<old>{OLD_YEAR}))",
    ),
    # "the 2008-2012 period": two years, split in two by `find_candidates`
    # (a hyphen before a number otherwise keeps it from starting a date)
    (
        "year_range",
        # "2008-2012"; "the 2012-13 season", "fiscal 2012/13" (the next year only)
        r"(?<![\d$£€#.,/])(?P<year>(?:1[6-9]|20)\d\d)[-/](?P<year2>(?:1[6-9]|20)\d\d|\d\d)"
        r"(?![\d%]|[.,/]\d|-\d)",
    ),
    # "the 1990s", "the late '70s", "the nineties"
    (
        "decade",
        rf"(?:(?i:the)\s+)?(?:(?i:(?P<mod>early|mid|late))[\s-]+)?"
        rf"(?:(?P<dec>1[6-9]\d0|20\d0)'?s|['’](?P<dec2>\d0)'?s|"
        rf"(?i:(?P<decw>{DECADE_ALT})))(?!\w)",
    ),
    (
        "century",
        ci(rf"(?:the\s+)?(?:(?P<mod>early|mid|late)[\s-]+)?(?P<ord>{ORDINAL})[\s-]+century")
        + r"(?!\w)",
    ),
    # "the October-December quarter", "the April-June period": a quarter named
    # by its months; "the December quarter" by its last (Australian and British
    # business copy); "the holiday quarter", retailers' and Apple's October-December
    (
        "month_quarter",
        ci(
            r"(?:(?:the\s+(?:current\s+|latest\s+)?)?"
            r"(?P<m1>jan(?:uary|\.)?|apr(?:il|\.)?|july?|oct(?:ober|\.)?)\s*[-–/]\s*"
            r"(?P<m2>mar(?:ch|\.)?|june?|sept?(?:ember|\.)?|dec(?:ember|\.)?)\s+(?:quarter|period)"
            r"|the\s+(?:(?:current|latest|previous|same)\s+)?"
            r"(?P<m3>march|june|september|december|holiday)[\s-]+quarter)"
            rf"(?:\s+of\s+(?P<year>{YEAR})|\s+(?:of\s+)?(?P<yrel>this|last|next)\s+year)?(?!\w)"
        ),
    ),
    # "the first quarter of 2024", "third-quarter", "this year's third quarter"
    # (its year groups: QUARTER_YEAR_GROUPS, QUARTER_REL_GROUPS)
    (
        "quarter",
        ci(
            rf"(?:(?:the(?!\s+(?:fiscal[\s-]+)?{QUARTER_ORD}-)|(?P<qrel>this|last|next)\s+year['’]s|"
            rf"the\s+(?P<qyear>{YEAR})|(?P<qyear2>{YEAR})['’]?s?)\s+)?(?:(?:fiscal|calendar)[\s-]+)?"
            rf"(?:(?P<qyear3>{YEAR})\s+)?(?P<qord>{QUARTER_ORD})[\s-]+(?:fiscal[\s-]+)?"
            r"(?P<qunit>quarter|half)"
            rf"(?:\s+of\s+(?:fiscal\s+)?(?P<year>{YEAR})|\s+of\s+(?P<yrel>this|last|next)\s+year"
            # "the first half of the year": the year being told, one expression
            r"|\s+of\s+the\s+(?:fiscal\s+)?year(?![\w'’-]|\s+(?:before|after|earlier|ago)\b)"
            r"|\s+(?P<yrel2>last|this|next)\s+year)?(?!\w)"
        ),
    ),
    # "the quarter", "the latest quarter", "the year-earlier quarter"
    (
        "quarter_ref",
        ci(
            r"the\s+(?P<which>latest|current|previous|prior|same|year[-\s]earlier|year[-\s]ago|"
            r"comparable(?:\s+year[-\s](?:earlier|ago))?|corresponding|recent|just[-\s]ended|"
            r"fiscal|latest\s+fiscal)?\s*quarter(?!\w)|the\s+(?P<which2>latest)\s+period(?!\w)"
            # "the 1988 quarter", "the 1989 period": the quarter being told, in that year
            rf"|the\s+(?P<qy>{YEAR})\s+(?P<span>quarter|period)(?!\w)"
        ),
    ),
    # "Q4 2012", "Q1 of this year", "2013 Q2", "H1 2013", "in Q3", "4Q12", "FY2013", "FY 13":
    # the business pages' shorthand for quarters, halves and fiscal years
    (
        "qcode",
        r"(?:(?P<pq>[QH])(?P<pqn>[1-4])(?:\s+(?:of\s+)?(?:" + YEAR_G
        + r"|(?i:(?P<yrel>this|last|next)\s+year))|\s*['’](?P<yy>\d\d))?"
        + r"|(?P<year2>" + YEAR + r")\s+(?P<sq>[QH])(?P<sqn>[1-4])"
        + r"|(?P<nqn>[1-4])(?P<nq>[QH])(?:\s?(?P<year3>" + YEAR + r")|(?P<yy2>\d\d))?"
        + r"|FY\s?(?P<fy>" + YEAR + r"|\d\d(?!\d)))(?![\w-])",
    ),
    # "the current fiscal year", "the full year"
    (
        "fiscal_year",
        ci(
            r"the\s+(?:(?P<which>current|latest|previous|prior|last|next|same|new|coming)\s+)?"
            r"fiscal\s+year(?!\w)|(?P<which2>this|last|next)\s+fiscal\s+year(?!\w)"
            r"|the\s+(?P<full>full)\s+year(?!\w)"
            # bare "the year" of earnings copy ("For the year, volume was flat")
            r"|the\s+(?P<bare>year)(?![\w'’-]|\s+(?:before|after|earlier|later|ago|prior)\b)"
        ),
    ),
    # "year-earlier", "the year-ago period", "a year earlier", "a year ago";
    # in "year-ago results" the noun stays outside, as TimeML draws it
    (
        "year_ago",
        ci(
            # "the" belongs to the span only when the noun does
            rf"(?:the\s+(?:comparable\s+)?(?=year[-\s](?:earlier|ago)\s+(?:{_YEAR_AGO_NOUN})(?!\w)))?"
            rf"year[-\s](?:earlier|ago)(?:\s+(?P<noun>{_YEAR_AGO_NOUN}))?(?!\w)"
        ),
    ),
    # "this summer", "the fall of 2022", "last spring"
    (
        "season",
        ci(
            # "later this spring", "early last summer": the modifier is inside, as with months
            r"(?:(?:early|late|earlier|later)\s+(?=(?:last|this|next)\s))?"
            r"(?:(?P<rel>last|this|next|this\s+past|this\s+coming|the\s+coming|the\s+past|"
            r"the\s+previous|the\s+following|that)\s+|(?P<the>the)\s+)?"
            r"(?:(?P<mod>early|mid|late)[\s-]+)?(?P<season>spring|summer|fall|autumn|winter)"
            rf"(?:\s+of\s+(?P<year>{YEAR})|\s+(?P<year2>{YEAR})|\s+of\s+(?P<syear>{SPELLED_YEAR}))?"
            r"(?!\w)"
        ),
    ),
    # "the end of the year", "the end of the month"
    (
        "unit_end",
        ci(
            r"(?P<mod>the\s+(?:end|beginning|start|middle|rest|remainder|close|turn)\s+of)\s+"
            r"(?:the|this)\s+(?P<unit>week|month|year|quarter|decade|century)(?!\w)"
        ),
    ),
    # "by year-end", "around year end", "by year's end": the end of the calendar year
    (
        "year_end",
        ci(r"(?:(?P<around>around|about|near)\s+)?year(?:[-\s]|['’]s\s+)end(?![\w-])"),
    ),
    # "last month", "earlier this year", "the past year", "this week", "that day"
    (
        "rel_unit",
        rf"(?:{MOD_PREFIX}[\s-]+)?{REL}\s+"
        + ci(
            r"(?P<unit>week|weekend|month|year|quarter|decade|century|day|night|"
            r"morning|afternoon|evening)(?!\w)"
        ),
    ),
    # "the same month last year", "the corresponding period a year ago", "the
    # same quarter of 1986", "last year's quarter": the span being told, in the
    # year before or the year named
    (
        "same_unit_year",
        ci(
            r"last\s+year['’]s\s+(?P<unit2>quarter|period)|"
            r"the\s+(?:same|corresponding|comparable)\s+(?P<unit>month|quarter|week|period)\s+(?:last\s+year|"
            r"(?:a\s+)?year[-\s](?:earlier|ago|before)|(?:of|in)\s+the\s+(?:previous|prior|"
            rf"preceding)\s+year|the\s+year\s+before|(?:of|in)\s+(?P<year>{YEAR}))(?![\w'’-])"
        ),
    ),
    ("weekend", ci(r"the\s+(?P<unit>weekend)(?!\w)")),
    # "earlier in the week", "later in the year": the unit being told
    (
        "in_the_unit",
        ci(r"(?P<mod>early|late|earlier|later)\s+in\s+the\s+(?P<unit>week|month|year)(?![\w'’-])"),
    ),
    # "The day before, she had been in Paris", "left the week after.": one
    # unit on from the day or week the story is telling
    (
        "unit_around",
        ci(
            r"the\s+(?P<unit>day|night|week|month|year)\s+(?P<around>before|after)"
            r"(?=\s*[,.;:!?)\"”]|\s*$)"
        ),
    ),
    (
        "deictic",
        ci(
            r"(?:(?P<mod>early|late|earlier|later)\s+)?(?:the\s+day\s+(?P<around>before|after)\s+)?"
            r"(?P<word>yesterday|today|tomorrow|tonight)(?:\s+(?P<pod>morning|afternoon|evening|night))?"
            r"(?!\w)"
        ),
    ),
    (
        "ref",
        ci(
            r"(?P<word>now|right\s+now|just\s+now|currently|nowadays|these\s+days|at\s+present|"
            r"presently|recently|lately|more\s+recently|the\s+past|"
            r"the\s+(?:distant|recent|not[-\s]too[-\s]distant|remote)\s+past|"
            # not "the foreseeable future": TimeBank leaves it unmarked (2 of 2)
            r"the\s+(?:distant|not[-\s]too[-\s]distant|immediate)\s+future|"
            r"the\s+near\s+future|the\s+future|the\s+near\s+term|the\s+short\s+term|"
            r"as\s+soon\s+as\s+possible|"
            r"recent\s+years|the\s+present|(?:then\s+)?current)(?!\w)"
        ),
    ),
    # "nineteen ninety-six", "the year two thousand" (broadcast transcripts)
    (
        "spelled_year",
        ci(
            r"(?:the\s+year\s+)?(?:(?P<cent>nineteen|eighteen)[\s-]+(?P<rest>(?:twenty|thirty|forty|"
            r"fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|"
            r"nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|"
            r"nineteen|(?:oh|o)[\s-](?:one|two|three|four|five|six|seven|eight|nine))|"
            r"(?P<thousand>two\s+thousand)(?:(?:\s+and)?\s+(?P<rest2>one|two|three|four|five|six|"
            r"seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|"
            r"eighteen|nineteen|twenty(?:[\s-](?:one|two|three|four|five))?))?)(?!\w)"
        ),
    ),
    # "two years ago", "a year earlier", "10 days later"
    (
        "ago",
        rf"(?:{DURATION_QUANT}\s+)?(?P<num>(?i:{NUMBER})|(?i:a\s+few|several|many|a\s+couple\s+of|some))"
        rf"\s+(?i:(?P<unit>{UNIT_PLURAL}))\s+"
        # "up from a year before." ends its clause as "a year earlier" does;
        # "a week before the vote" is a span of time, left to the durations
        + ci(
            r"(?:or\s+so\s+)?(?P<dir>ago|earlier|later|from\s+now|hence|before(?=\s*[,.;:)]))"
            r"(?!\w)"
        ),
    ),
    # "a week ago Friday", "two weeks from today", "a year ago yesterday": a day
    (
        "ago_day",
        ci(r"(?P<num>a|one|two|three|four|five|six|\d)\s+(?P<unit>weeks?|months?|years?)\s+"
           r"(?P<dir>ago|from)\s+")
        + rf"(?:{WEEKDAY_G}|(?P<deictic>(?i:today|yesterday|tomorrow)))(?!\w|['’](?!s(?!\w)))",
    ),
    # "a year and a half (ago)", "an hour and a half", "two years and a half"
    (
        "unit_and_half",
        rf"(?:{DURATION_QUANT}\s+)?(?P<num>(?i:a|an|{NUMBER_WORD}|\d+))\s+"
        rf"(?i:(?P<unit>{UNIT_PLURAL}))\s+(?i:and\s+a\s+half)"
        + ci(r"(?:\s+(?P<dir>ago|earlier|later|from\s+now|hence))?(?!\w)"),
    ),
    # "Monday", "last Friday", "Tuesday morning", "noon Thursday", "Tuesdays"
    (
        "weekday",
        r"(?:(?i:(?:the\s+)?day\s+(?P<around>before|after))\s+)?"
        rf"(?:(?i:(?P<rel>last|next|this|this\s+past|this\s+coming|the\s+previous|the\s+following|early|late|earlier|later|each|every)|{THAT_DAY})\s+)?"
        rf"(?:(?i:(?P<pod2>noon|midday|midnight|mid-?morning|mid-?afternoon))\s+)?"
        rf"{WEEKDAY_G}(?P<plural>s)?(?:\s+{POD}(?P<pods>s)?)?(?!\w)",
    ),
    (
        "part_of_day",
        ci(
            r"(?P<rel>this|last|yesterday|tomorrow|early\s+this|late\s+last|later\s+this|"
            r"earlier\s+this)\s+(?P<pod>morning|afternoon|evening|night)(?!\w)|"
            r"(?P<word>overnight|mid[-\s]?afternoon|mid[-\s]?morning|midday)"
            r"(?:\s+(?P<day>yesterday|today|tomorrow))?(?!\w)"
        ),
    ),
    # "through the afternoon", "into the early afternoon": the day being told
    (
        "the_part_of_day",
        ci(r"the\s+(?:(?P<mod>early|late)\s+)?(?P<pod>morning|afternoon|evening)(?!\w)"),
    ),
    # "7:15 p.m.", "10 p.m. Wednesday", "noon", British "7.45pm"
    (
        "clock",
        r"(?:(?i:(?P<pre>around|shortly\s+after|shortly\s+before|just\s+after|just\s+before))\s+)?"
        r"(?:(?<![\d.,])(?P<hour>[01]?\d)(?:[:.](?P<minute>[0-5]\d))?\s*"
        r"(?P<ampm>[aApP](?:\.[mM]\.?|[mM]))(?![\w])"
        r"|(?P<named>(?i:noon|midnight))(?![\w-]))"
        r"(?:\s+(?P<tz>[A-Z]{2,4})(?![\w]))?"
        rf"(?:,?\s+(?:{WEEKDAY_G}|(?i:(?P<word>today|yesterday|tomorrow))|{MONTH_WITH_DAY}\s+{DAY}))?",
    ),
    # "18:00", "at 06:30 GMT"; wire copy's colonless "1300 GMT", "at 1900gmt",
    # "1805 local time", "at 0600 hrs"
    (
        "clock24",
        r"(?<![\d:.,$])(?:(?P<hour>[0-2]\d):(?P<minute>[0-5]\d)(?![\d:])"
        rf"(?:\s+(?P<tz>{ZONE})(?!\w))?"
        r"|(?P<hhmm>(?:[01]\d|2[0-3])[0-5]\d)"
        rf"(?:\s*(?P<tz2>{ZONE}|(?i:gmt|utc))(?!\w)|\s+(?P<hrs>hours|hrs)(?:\s+{ZONE})?(?!\w)"
        r"|(?=\s+(?i:local|Eastern|Central|Mountain|Pacific)\s+time(?!\w))))",
    ),
    # "two days", "the past two months", "more than four hours", "the nine months"
    (
        "duration",
        rf"(?:{DURATION_QUANT}\s+)?(?:(?i:(?P<the>the))\s+(?:(?i:(?P<dir>past|last|next|first|coming|previous|following|final|latest|remaining|same|initial|ensuing|preceding|prior))\s+)?)?"
        rf"(?P<num>(?i:{NUMBER}))\s+(?:(?i:(?:more|additional|full|straight|consecutive|trading|business|calendar|working|long))\s+)?"
        rf"(?i:(?P<unit>{UNIT_PLURAL}))(?!\w)",
    ),
    # "several years", "the past few weeks", "recent months", "decades"
    (
        "duration_vague",
        ci(
            r"(?:(?P<the>the)\s+(?P<dir>past|last|next|coming|first|previous|following)\s+)?"
            r"(?P<num>several|a\s+few|few|many|a\s+couple\s+of|couple\s+of|a\s+number\s+of|"
            r"recent|coming|the\s+coming|some)\s+(?P<unit>seconds|minutes|hours|days|weeks|months|"
            r"quarters|years|decades|centuries)(?!\w)"
        ),
    ),
    # "the weeks ahead", "in the months ahead": a vague stretch to come
    ("duration_ahead", ci(r"the\s+(?P<unit>days|weeks|months|years)\s+ahead(?!\w)")),
    # "for years", "within days"; "months of talks" after a verb, a preposition
    # or at a sentence start (not "the final months of his term"); "hours later"
    (
        "duration_bare",
        ci(
            r"(?=seconds|minutes|hours|days|weeks|months|years|decades|centuries)"  # fails fast
            r"(?:(?<=\bfor\s)|(?<=\bin\s)|(?<=\bwithin\s)|(?<=\bover\s)"
            r"|(?=\w+\s+(?:later|earlier)(?![\w-]))"
            rf"|{_BEFORE_BARE_UNIT}"
            rf"|(?:{_BEFORE_BARE_OF})(?=\w+\s+of\s+(?!(?:{_NOT_AFTER_BARE_OF})\s)[a-z]))"
            r"(?P<unit>seconds|minutes|hours|days|weeks|months|years|decades|centuries)(?!\w)"
            # "for weeks or even months": one span, as TimeBank draws it, the first unit's
            r"(?:\s+or\s+(?:even\s+)?(?:minutes|hours|days|weeks|months|years|decades)(?!\w))?"
        ),
    ),
    # "90-day", "two-year", "eight-month-old", "30-year"
    (
        "duration_adj",
        # "a 3 1/2-year high", wire copy's "an 11-1/2-year contract": one length, never "2-year"
        rf"(?<![\w/-])(?P<num>\d+(?:\.\d+)?(?:[\s-]\d/\d)?|(?i:{NUMBER_WORD})(?:-(?i:{NUMBER_WORD}))?)-"
        + ci(rf"(?P<unit>{UNIT_WORDS})(?:-(?P<suffix>old|long))?(?![\w-])"),
    ),
    # "a week-long strike", "a decades-long conflict": the length, "a" outside
    (
        "duration_long",
        ci(
            r"(?P<unit>seconds?|minutes?|hours?|days?|weeks?|fortnight|months?|years?|decades?|"
            r"century|centuries)-long(?![\w-])"
        ),
    ),
    # "every week", "each Thursday", "annually", "twice a year"
    (
        "set",
        ci(
            r"(?:every|each|per)\s+(?:(?P<num>other|two|three|four|five|six|\d+)\s+)?"
            r"(?P<unit>second|minute|hour|day|week|weekend|month|quarter|year|decade|"
            r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
            r"january|february|march|april|may|june|july|august|september|october|november|"
            r"december|morning|afternoon|evening|night|spring|summer|fall|autumn|winter)s?(?!\w)|"
            r"(?P<adv>annually|yearly|daily|weekly|monthly|hourly|quarterly|nightly|biweekly|"
            r"semiannually|semi-annually|bimonthly|biannually)(?!\w)|"
            r"(?:(?<=\bonce\s)|(?<=\btwice\s)|(?<=\btimes\s))a\s+(?P<unit2>day|week|month|year|quarter|decade)(?!\w)"
        ),
    ),
    # "Christmas", "New Year's Day"; "9/11", the day of the 2001 attacks
    (
        "holiday",
        # "the day after Christmas", "the Saturday before Thanksgiving"
        rf"(?:(?i:the)\s+(?:(?i:day)|(?P<hwd>{WEEKDAY}))\s+(?P<around>before|after)\s+"
        # "the Easter weekend", "Labor Day weekend": the weekend it falls in or by
        rf"|(?i:the)\s+(?:(?i:long)\s+)?(?=(?:{_HOLIDAY_NAMES})\s+(?i:weekend)(?!\w)))?"
        rf"(?P<holiday>{_HOLIDAY_NAMES}|(?<![\w/])9/11(?!/))(?!\w)"
        r"(?:\s+(?P<hweekend>(?i:weekend))(?!\w))?",
    ),
]

_MONTH_KEYS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_UNIT_KEYS = ("second", "minute", "hour", "day", "week", "fortnight", "month", "quarter", "year",
              "decade", "centur", "millenni")
_WEEKDAY_KEYS = tuple(WEEKDAYS)
# Lower-case substrings one of which a region must hold for a rule to be run
# at all: most news paragraphs hold no season, clock time or holiday, and a
# substring test costs next to nothing next to a regex scan.
_RULE_KEYS: dict[str, tuple[str, ...]] = {
    "mdy": _MONTH_KEYS, "dmy": _MONTH_KEYS, "week_of": ("week of",),
    "week_of_month": ("week of",), "nth_weekday": _WEEKDAY_KEYS, "ago_day": ("ago ", "from "),
    "month_year": _MONTH_KEYS, "day_range": ("-", "–", " and ", " to ", " through ", " or "),
    "month_relyear": _MONTH_KEYS, "month": _MONTH_KEYS,
    "iso": ("-",), "slash": ("/",), "year": ("1", "2"), "year_range": ("-", "/"),
    "decade": ("0s", "0's", "ties"), "century": ("centur",), "quarter": ("quarter", "half"),
    "month_quarter": ("quarter", "period"),
    "quarter_ref": ("quarter", "period"),
    "qcode": ("q1", "q2", "q3", "q4", "h1", "h2", "fy", "1q", "2q", "3q", "4q", "1h", "2h"),
    "fiscal_year": ("year",), "year_ago": ("year",),
    "season": ("spring", "summer", "fall", "autumn", "winter"), "unit_end": (" of ",),
    "year_end": ("year end", "year-end", "year's end", "year’s end"),
    "rel_unit": _UNIT_KEYS + ("night", "morning", "afternoon", "evening"),
    "weekend": ("weekend",), "in_the_unit": (" in the ",),
    "unit_around": (" before", " after"),
    "same_unit_year": ("same", "corresponding", "comparable", "year's", "year’s"),
    "deictic": ("yesterday", "today", "tomorrow", "tonight"),
    "ref": ("now", "current", "present", "recent", "lately", "past", "future", "term", "soon",
            "possible", "being", "days"),
    "spelled_year": ("nineteen", "eighteen", "thousand"),
    "ago": ("ago", "earlier", "later", "from now", "hence", "before"),
    "unit_and_half": ("and a half",),
    "weekday": _WEEKDAY_KEYS,
    "part_of_day": ("morning", "afternoon", "evening", "night", "midday"),
    "the_part_of_day": ("morning", "afternoon", "evening"),
    "clock": ("a.m", "p.m", "am", "pm", "noon", "midnight"),
    # ":" or a zone, "hours" or "<local|Eastern|Pacific…> time" after a colonless clock
    "clock24": (":", *(z.lower() for z in ZONES), "hrs", "hours", "l time", "n time", "c time"),
    "duration": _UNIT_KEYS, "duration_vague": _UNIT_KEYS, "duration_bare": _UNIT_KEYS,
    "duration_adj": ("-",), "duration_ahead": ("ahead",), "duration_long": ("-long",),
    "set": ("every", "each", "per ", "annual", "yearly", "daily", "weekly", "monthly", "hourly",
            "quarterly", "nightly", "biweekly", "semi", "bimonthly", "biannual", "once", "twice",
            "times"),
    "holiday": ("9/11", *sorted({k for h in HOLIDAYS for k in h.keys})),
}


def _compile(name: str, src: str) -> re.Pattern[str]:
    # Every rule starts at a word start: the look-behind is cheap and lets the
    # engine give up at once inside words (a third of the scanning time), and
    # it keeps "the" of "bathe" or "fall" of "rainfall" from starting a match.
    # A month and day may follow a day and a dash: "April 30-May 1" is two days.
    if name == "mdy":
        return re.compile(r"(?<![\w'’])(?<!\D-)(?:" + src + ")")
    # ... and a weekday a weekday and a dash: "Friday-Sunday"
    if name == "weekday":
        return re.compile(r"(?<![\w'’])(?:(?<!-)|(?<=day-))(?:" + src + ")")
    return re.compile(r"(?<![\w'’-])(?:" + src + ")")


RULES: list[tuple[str, re.Pattern[str], tuple[str, ...]]] = [
    (n, _compile(n, p), _RULE_KEYS[n]) for n, p in _RULES_SRC
]
RULE_RANK = {name: i for i, (name, _) in enumerate(_RULES_SRC)}


def find_candidates(
    text: str, start: int, end: int, keep: Callable[[str, Candidate], bool] | None = None
) -> list[Candidate]:
    """All rule matches in ``text[start:end]``, overlaps resolved longest-first.

    ``keep`` vets each match before the overlap contest, so a rejected long
    match ("May" the modal) never hides a shorter good one.
    """
    found: list[Candidate] = []
    low = text[start:end].lower()
    for name, rx, keys in RULES:
        if not any(k in low for k in keys):
            continue
        for m in rx.finditer(text, start, end):
            if m.end() > m.start():
                c = Candidate(m.start(), m.end(), name, m.groupdict())
                if name == "day_range":  # where the pair splits
                    two = "day2" if m["month"] else "dday2"
                    c.groups["cut"] = str(m.end("day") if m["month"] else m.end("dday"))
                    c.groups["second"] = str(m.start(two))
                if keep is None or keep(text, c):
                    found.append(c)
    if not found:
        return []
    found.sort(key=lambda c: (c.start - c.end, RULE_RANK[c.rule], c.start))
    taken: list[Candidate] = []
    for c in found:
        if all(c.end <= t.start or c.start >= t.end for t in taken):
            taken.append(c)
    taken.sort(key=lambda c: c.start)
    parts = [part for c in taken for part in _split_range(c)]
    _share_range_year(text, parts)
    return parts


def _share_range_year(text: str, parts: list[Candidate]) -> None:
    """"May 15-June 15, 1987": the first day takes the year written after the
    second ("Dec. 28-Jan. 3, 2014": the year before it, the span crossing New Year)."""
    for first, second in zip(parts, parts[1:], strict=False):
        if (
            first.rule == "mdy"
            and second.rule == "mdy"
            and not first.groups.get("year")
            and second.groups.get("year")
            and text[first.end : second.start] == "-"
        ):
            year = int(second.groups["year"] or 0)
            crosses = month_number(first.groups["month"]) > month_number(second.groups["month"])
            first.groups["year"] = str(year - 1 if crosses else year)


def _split_range(c: Candidate) -> list[Candidate]:
    """A "2008-2012" match as the two years it names, each an ordinary year;
    "March 21-22" as its two days, each an ordinary date."""
    if c.rule == "day_range":
        return _split_days(c)
    if c.rule != "year_range":
        return [c]
    first, second = c.groups["year"] or "", c.groups["year2"] or ""
    return [
        Candidate(c.start, c.start + 4, "year", {"year": first}),
        Candidate(
            c.end - len(second), c.end, "year",
            {"year": range_end_year(first, second), "range_end": "1"},
        ),
    ]


def range_end_year(first: str, second: str) -> str:
    """The second year of a span, written in full: "13" after "2012" is 2013."""
    if len(second) == 4:
        return second
    year = int(first) // 100 * 100 + int(second)
    return str(year + 100 if year <= int(first) else year)


def _split_days(c: Candidate) -> list[Candidate]:
    """"March 21-22" as "March 21" and "22"; "21-22 March" as "21" and
    "22 March"; each an ordinary date with the month and year of the pair."""
    g = c.groups
    cut, second = int(g["cut"] or 0), int(g["second"] or 0)
    month = g["month"] or g["dmonth"] or ""
    days = (g["day"], g["day2"]) if g["month"] else (g["dday"], g["dday2"])
    return [
        Candidate(c.start, cut, "mdy", {"month": month, "day": days[0], "year": g["year"]}),
        Candidate(second, c.end, "mdy", {"month": month, "day": days[1], "year": g["year"]}),
    ]
