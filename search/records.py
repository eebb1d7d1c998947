"""Plain typed records that flow from the engine to the interfaces.

Everything `search/` hands to `tui/` is one of these frozen dataclasses, so the
command line and the dashboard never see Whoosh objects or raw dicts, and the
`--json` contract is produced from one place (`to_json`).

Offsets (`start`, `end`) are always Python ``str`` indices into the article's
decoded text, counted from its first character, header included, end exclusive.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

DateSource = Literal["header", "text", "file"]
BlockKind = Literal["header", "body", "caption", "gallery", "headline", "byline"]
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
QuoteKind = Literal["direct", "indirect"]


@dataclass(frozen=True, slots=True)
class Block:
    """A paragraph-sized run of an article's text and what it is.

    Only ``body`` blocks are the story's own sentences; the others are page
    furniture (captions with credits, gallery prompts, headlines of other
    stories, "With reports from" bylines) or the file's own header.
    """

    start: int
    end: int
    kind: BlockKind


@dataclass(frozen=True, slots=True)
class Timex:
    """A temporal expression found in a text, with its TIMEX3 type and value.

    ``sentence_start``/``sentence_end`` delimit the sentence that holds it, so
    the timeline can show the happening without re-splitting the text.
    """

    start: int
    end: int
    expression: str
    type: TimexType
    value: str
    sentence_start: int
    sentence_end: int


@dataclass(frozen=True, slots=True)
class Quote:
    """Something a person (or an unnamed source) is reported to have said."""

    start: int
    end: int
    text: str
    kind: QuoteKind
    speaker: str | None
    cue: str | None


@dataclass(frozen=True, slots=True)
class Person:
    """A person named in one article: canonical full name, other forms, role."""

    name: str
    aliases: tuple[str, ...] = ()
    role: str | None = None


@dataclass(frozen=True, slots=True)
class Article:
    """One article as read and cleaned from a file or a JSON record."""

    doc: str
    path: str
    text: str
    title: str
    source: str | None
    date: str | None
    date_source: DateSource
    blocks: tuple[Block, ...] = ()


@dataclass(frozen=True, slots=True)
class Extracted:
    """An article with everything the engine extracted from it."""

    article: Article
    timexes: tuple[Timex, ...] = ()
    quotes: tuple[Quote, ...] = ()
    people: tuple[Person, ...] = ()


# ---------------------------------------------------------------- query results


@dataclass(frozen=True, slots=True)
class ArticleView:
    """What a reader shows of one article: its stored text, where the story
    starts after any ` date …`/`key: value` header (offsets still index the
    whole text, as the CLI's do), and the title line's metadata."""

    doc: str
    path: str
    title: str
    source: str | None
    date: str | None
    text: str
    body_start: int = 0
    furniture: tuple[tuple[int, int], ...] = ()  # captions, gallery prompts, other headlines


@dataclass(frozen=True, slots=True)
class ArticleInfo:
    doc: str
    path: str
    title: str
    source: str | None
    date: str | None
    date_source: str


@dataclass(frozen=True, slots=True)
class Hit:
    """One search result. ``snippet`` is plain text; ``highlights`` are
    (start, end) offsets of matched terms inside ``snippet`` so that an
    interface can style them without ever parsing markup."""

    doc: str
    title: str
    date: str | None
    score: float
    snippet: str
    source: str | None = None
    path: str = ""
    highlights: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True, slots=True)
class SearchPage:
    """A page of hits plus what the interface needs to say about it."""

    query: str
    hits: tuple[Hit, ...]
    total: int
    exact: bool
    suggestion: str | None = None


@dataclass(frozen=True, slots=True)
class Event:
    """One temporal expression placed on (or off) the calendar."""

    doc: str
    start: int
    end: int
    expression: str
    type: str
    value: str
    sentence: str
    title: str = ""
    date: str | None = None
    sort_key: str = ""


@dataclass(frozen=True, slots=True)
class PersonSummary:
    name: str
    aliases: tuple[str, ...]
    role: str | None
    quotes: int
    docs: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class QuoteInfo:
    doc: str
    start: int
    end: int
    text: str
    kind: str
    speaker: str | None
    cue: str | None
    date: str | None
    title: str = ""
    source: str | None = None


@dataclass(slots=True)
class IndexReport:
    """What one `index` run did, for the progress line and the summary."""

    added: int = 0
    updated: int = 0
    deleted: int = 0
    unchanged: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)
    # why an existing index was read again from scratch ("" when it was not)
    rebuilt: str = ""


JSON_FIELDS: dict[str, tuple[str, ...]] = {
    "articles": ("doc", "path", "title", "source", "date", "date_source"),
    "search": ("doc", "title", "date", "score", "snippet"),
    "timeline": ("doc", "start", "end", "expression", "type", "value", "sentence"),
    "people": ("name", "aliases", "role", "quotes", "docs"),
    "quotes": ("doc", "start", "end", "text", "kind", "speaker", "cue", "date"),
}


def to_json(kind: str, record: Any) -> dict[str, Any]:
    """The record as the `--json` contract names it: exactly these keys."""
    data = asdict(record)
    out = {key: data[key] for key in JSON_FIELDS[kind]}
    for key, value in out.items():
        if isinstance(value, tuple):
            out[key] = list(value)
    return out


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """One happening on the timeline: the same value and a similar sentence
    reported by several articles collapse into one entry listing its sources.

    ``granularity`` is "day", "week", "month", "quarter", "season", "year" or
    "decade"; ``sort_key`` orders entries on the calendar (ISO-like text).
    """

    value: str
    sort_key: str
    granularity: str
    expression: str
    sentence: str
    events: tuple[Event, ...]
