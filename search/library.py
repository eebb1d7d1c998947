"""An open newsdesk index and the query functions the interfaces call.

`Library` keeps one Whoosh searcher alive across queries (opening one costs far
more than a query) and returns plain records from `search.records`, so the
dashboard and the command line share one code path and never touch Whoosh.
"""

from __future__ import annotations

from pathlib import Path

from search.records import (
    ArticleInfo,
    Event,
    PersonSummary,
    QuoteInfo,
    SearchPage,
    TimelineEntry,
)


class QueryError(ValueError):
    """A query the user typed cannot be run; the message is one clear line."""


class IndexMissing(RuntimeError):
    """There is no usable index at the directory; it needs building."""


class Library:
    """Read-only access to one index directory."""

    @classmethod
    def open(cls, index_dir: Path | str) -> Library:  # pragma: no cover - stub
        raise NotImplementedError

    def close(self) -> None:  # pragma: no cover - stub
        raise NotImplementedError

    def refresh(self) -> bool:  # pragma: no cover - stub
        """Pick up a newer commit if another process wrote one; True if it did."""
        raise NotImplementedError

    def search(
        self, query: str, *, limit: int = 20, sort: str = "relevance"
    ) -> SearchPage:  # pragma: no cover - stub
        raise NotImplementedError

    def articles(self) -> list[ArticleInfo]:  # pragma: no cover - stub
        raise NotImplementedError

    def article_text(self, doc: str) -> str:  # pragma: no cover - stub
        raise NotImplementedError

    def match_spans(self, doc: str, query: str) -> list[tuple[int, int]]:  # pragma: no cover
        raise NotImplementedError

    def timeline(
        self, start: str | None = None, end: str | None = None, *, all_types: bool = False
    ) -> list[Event]:  # pragma: no cover - stub
        raise NotImplementedError

    def timeline_entries(self) -> list[TimelineEntry]:  # pragma: no cover - stub
        raise NotImplementedError

    def people(self) -> list[PersonSummary]:  # pragma: no cover - stub
        raise NotImplementedError

    def quotes(self, person: str | None = None) -> list[QuoteInfo]:  # pragma: no cover
        raise NotImplementedError
