"""The one place the panes read event, article, quote and person rows per segment.

The timeline's grouping file (`search.timeline_groups`) is kept up to date
one Whoosh segment at a time, so it needs each segment's rows with their
docnums (to drop deleted records), not the flattened lists `store.load_rows`
returns. Everything that knows how those rows are stored (today the
indexer's `<segment>.ndrows_<kind>` marshal files, with the stored fields as
the fallback) is here: if the index layout changes, this module changes.
"""

from __future__ import annotations

import marshal
from pathlib import Path
from typing import Any

from search import store

# row layouts, as `store._row` writes them
EVENT_FIELDS = ("doc", "start", "end", "expression", "type", "value", "sentence", "adate", "key")
ARTICLE_TITLE = 2  # (doc, path, title, source, date, date_source)


def segment_id(reader: Any) -> str | None:
    """The segment a leaf reader reads (None for readers without one)."""
    seg = reader.segment() if hasattr(reader, "segment") else None
    return seg.segment_id() if seg is not None else None


def deleted(reader: Any) -> frozenset[int] | set[int]:
    """Deleted docnums of one segment (empty when it has none)."""
    return reader.deleted_docs_set if reader.has_deletions() else frozenset()


def segment_rows(index_dir: Path, reader: Any, kind: str) -> tuple[list[int], list[tuple]]:
    """(docnums, rows) of one record kind in one segment, deleted ones included.

    A row's docnum is that of the Whoosh document holding it: the article's,
    so all events (quotes, people) of one article share one docnum, in
    ascending docnum order. A docnum is therefore not a row's identity:
    whoever drops deleted rows must drop every row with that docnum.

    Read from the segment's row file when it is there and current, else from
    Whoosh's stored fields (slow: a segment written by another version).
    """
    paths = store._rows_paths(index_dir, reader)
    if paths is not None:
        try:
            data = marshal.loads(paths[kind].read_bytes())
            if isinstance(data, tuple) and data[0] == store.ROWS_VERSION:
                return data[1], data[2]
        except (OSError, ValueError, EOFError, TypeError):
            pass
    return store._kind_rows(reader, kind)


def signature(searcher: Any) -> list[tuple[str, int]]:
    """What an index state holds: its segments and their deletion counts."""
    return [
        (seg.segment_id(), seg.deleted_count())
        for r, _ in searcher.reader().leaf_readers()
        if (seg := r.segment()) is not None  # an empty corpus: an empty reader, no segment
    ]
