"""The timeline engine: find temporal expressions in news text and normalise them.

``extract_timexes`` runs our own regex grammar (`detect.py`) over the story's
regions, drops what only looks like a date (`plausible.py`) and resolves each
match (`resolve.py`) against the publication date, the verb's tense and the
last date the story mentioned, giving TimeML TIMEX3 types and values. It is
pure Python: dateparser is imported lazily and only by `parse_user_when`, for
what a person types in a go-to box.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence

from search.records import Timex

from .detect import find_candidates
from .plausible import plausible
from .resolve import Resolver
from .sentences import SentenceIndex, sentence_bounds
from .userdate import UserDate, parse_user_when
from .values import granularity, placed_granularity, sort_key

_SIGNAL_AFTER = re.compile(r"(?:\s+or\s+so)?\s+(?:later|earlier|before)$", re.IGNORECASE)

__all__ = [
    "UserDate", "extract_timexes", "granularity", "parse_user_when",
    "placed_granularity", "sort_key",
]


def _regions(text: str, spans: Sequence[tuple[int, int]] | None) -> list[tuple[int, int]]:
    """The caller's spans clipped to the text, sorted, without overlaps."""
    n = len(text)
    if spans is None:
        return [(0, n)] if n else []
    out: list[tuple[int, int]] = []
    for pair in sorted((max(0, int(s)), min(n, int(e))) for s, e in spans):
        s, e = pair
        if out and s < out[-1][1]:
            s = out[-1][1]
        if e > s:
            out.append((s, e))
    return out


def extract_timexes(
    text: str,
    anchor: datetime.date | None,
    *,
    spans: Sequence[tuple[int, int]] | None = None,
) -> list[Timex]:
    """The temporal expressions of ``text`` (within ``spans``), typed and valued.

    ``anchor`` is the publication date that "yesterday" or "said Friday" count
    from; with None the expressions are still found, and relative ones get
    PAST_REF/FUTURE_REF or X-filled values. Offsets index ``text``. Never
    raises on odd input: a match that can't be resolved is left out.
    """
    if not isinstance(text, str) or not text:
        return []
    if isinstance(anchor, datetime.datetime):
        anchor = anchor.date()
    if anchor is not None and not isinstance(anchor, datetime.date):
        anchor = None
    resolver = Resolver(text, anchor)
    out: list[Timex] = []
    for start, end in _regions(text, spans):
        candidates = find_candidates(text, start, end, plausible)
        if not candidates:
            continue
        index = SentenceIndex(sentence_bounds(text, start, end))
        for c in candidates:
            sent = index.find(c.start) or (start, end)
            try:
                result = resolver.resolve(c, sent)
            except (ValueError, KeyError, TypeError, OverflowError, AttributeError):
                # One odd match must not cost the article its whole timeline.
                continue
            if result is None:
                continue
            typ, value = result
            c_end = c.end
            if typ == "DURATION" and (m := _SIGNAL_AFTER.search(text, c.start, c.end)):
                c_end = m.start()  # "three days [later]": the signal is no part of the length
            s_start, s_end = sent
            out.append(
                Timex(
                    start=c.start,
                    end=c_end,
                    expression=text[c.start : c_end],
                    type=typ,  # type: ignore[arg-type]
                    value=value,
                    sentence_start=min(s_start, c.start),
                    sentence_end=max(s_end, c_end),
                )
            )
    return out
