"""Every message the dashboard's widgets and workers exchange, declared in one place.

Workers run in threads and must not touch widgets; they post one of these back to
the UI thread instead (``post_message`` is thread-safe).  Keeping them together
makes the data flow readable: index → library → panes → reader.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from textual.message import Message

from search.corpus import Problem
from search.records import (
    IndexReport,
    PersonSummary,
    QuoteInfo,
    SearchPage,
    TimelineEntry,
)


# ------------------------------------------------------------------ index / library
@dataclass
class IndexProgress(Message):
    """The indexer finished another file (from the build worker)."""

    done: int
    total: int
    path: str


@dataclass
class IndexFinished(Message):
    """The index build/update ended; ``report`` is None when nothing needed doing."""

    report: IndexReport | None


@dataclass
class ProblemsLoaded(Message):
    """The last index run's skipped files/lines, read from beside the index;
    ``signature`` tells the periodic check whether the list changed since."""

    problems: list[Problem]
    signature: int | None = None


@dataclass
class LibraryReady(Message):
    """The library opened (first time) or picked up new data (``changed``)."""

    changed: bool = False


@dataclass
class LibraryFailed(Message):
    """Indexing or opening failed; ``message`` is one line for the status bar."""

    message: str


# ------------------------------------------------------------------ search pane
@dataclass
class SearchDone(Message):
    """Results for ``query`` (may be stale: the pane checks it against the box)."""

    query: str
    page: SearchPage


@dataclass
class SearchFailed(Message):
    """``query`` could not run; ``message`` is shown inline, never a traceback."""

    query: str
    message: str


@dataclass
class PreviewReady(Message):
    """Full text of ``doc`` plus the spans of ``query``'s hits in it."""

    doc: str
    query: str
    text: str
    spans: list[tuple[int, int]] = field(default_factory=list)
    body_start: int = 0  # where the story starts after the file's header
    meta: str = ""  # "outlet · date · path" for a title line
    furniture: list[tuple[int, int]] = field(default_factory=list)  # set back, not hidden
    title: str = ""  # the article's own title, when the loader found one


# ------------------------------------------------------------------ timeline / people
@dataclass
class TimelineLoaded(Message):
    """Date-ordered timeline entries for the timeline pane (a list, or the
    library's lazy `TimelineView`)."""

    entries: Sequence[TimelineEntry]


@dataclass
class PeopleLoaded(Message):
    """People sorted by number of quotes."""

    people: list[PersonSummary]


@dataclass
class QuotesLoaded(Message):
    """Quotes for ``person`` (the pane ignores them if the selection moved on)."""

    person: str
    quotes: list[QuoteInfo]


# ------------------------------------------------------------------ navigation
@dataclass
class OpenArticle(Message):
    """Ask the app to open the reader on ``doc``.

    ``spans`` are the places to step through with n/N (search hits, or the one
    sentence/quote that was chosen); ``current`` is the index to start on.
    ``sentence``, when given, is widened to and highlighted around the first span.
    """

    doc: str
    spans: list[tuple[int, int]] = field(default_factory=list)
    current: int = 0
    query: str = ""
    title: str = ""
    sentence: str = ""
