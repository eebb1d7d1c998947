"""No text and no anchor make the engine raise, and every record it returns
indexes the text it was given."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from search.timex import UserDate, extract_timexes, granularity, parse_user_when, sort_key

# Date-ish vocabulary mixed into random text so that the grammar actually fires.
WORDS = st.sampled_from(
    [
        "Monday",
        "Friday",
        "said",
        "will",
        "May",
        "March",
        "Feb.",
        "3",
        "31",
        ",",
        "2025",
        "1988",
        "last",
        "next",
        "this",
        "week",
        "year",
        "quarter",
        "third",
        "the",
        "ago",
        "a",
        "two",
        "days",
        "-",
        "day",
        "90-day",
        "every",
        "p.m.",
        "7:15",
        "noon",
        "today",
        "yesterday",
        "’s",
        "'s",
        "nineteen",
        "ninety-six",
        "fall",
        "of",
        "in",
        "the 1990s",
        "Christmas",
        "\n\n",
        ".",
        "Mr.",
        "earlier",
        "later",
        "that",
        "the same",
        "season",
        "every other",
        "0",
        "99",
        "32",
        "Sept.",
    ]
)
TEXT = st.one_of(
    st.text(max_size=300),
    st.lists(st.one_of(WORDS, st.text(max_size=3)), max_size=60).map(" ".join),
)
ANCHOR = st.one_of(st.none(), st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31)))
SPANS = st.one_of(
    st.none(), st.lists(st.tuples(st.integers(-5, 400), st.integers(-5, 400)), max_size=4)
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT, ANCHOR, SPANS)
def test_never_raises_and_offsets_hold(text: str, anchor: dt.date | None, spans) -> None:
    found = extract_timexes(text, anchor, spans=spans)
    for t in found:
        assert 0 <= t.start < t.end <= len(text)
        assert t.expression == text[t.start : t.end]
        assert 0 <= t.sentence_start <= t.start and t.end <= t.sentence_end <= len(text)
        assert t.type in {"DATE", "TIME", "DURATION", "SET"}
        assert isinstance(t.value, str) and t.value
        granularity(t.value)
        sort_key(t.value)
    starts = [t.start for t in found]
    assert starts == sorted(starts)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=40), st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 1, 1)))
def test_parse_user_when_never_raises(text: str, base: dt.date) -> None:
    result = parse_user_when(text, base)
    assert result is None or isinstance(result, UserDate)
