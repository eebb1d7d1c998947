"""The one place the panes read event, article, quote and person rows per segment.

The timeline's grouping file (`search.timeline_groups`) is kept up to date
one Whoosh segment at a time, so it needs each segment's rows with their
docnums (to drop deleted records), not the flattened lists `store.load_rows`
returns. Everything that knows how those rows are stored (today the
indexer's `<segment>.ndrows_<kind>` marshal files, with the stored fields as
the fallback) is here: if the index layout changes, this module changes.
"""

from __future__ import annotations

import io
import marshal
import struct
from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO

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


FRAME = struct.Struct("<8sQQ")  # magic, length of the main part, length of the update part


def read_frame(
    fh: BinaryIO, magic: bytes, version: int, what: str, with_update: bool
) -> tuple[dict, dict | None, int]:
    """The marshalled parts of a pane file: (main, update or None, where blocks start).

    Both pane files (timeline, people) share this frame; anything that is
    not this file at this version raises ValueError, so it is rebuilt.
    """
    head = fh.read(FRAME.size)
    if len(head) != FRAME.size:
        raise ValueError("short file")
    got, n1, n2 = FRAME.unpack(head)
    if got != magic:
        raise ValueError(f"not a {what} file of this version")
    data = marshal.loads(fh.read(n1))
    if not isinstance(data, dict) or data.get("version") != version:
        raise ValueError(f"not a {what} file of this version")
    upd = marshal.loads(fh.read(n2)) if with_update else None
    return data, upd, FRAME.size + n1 + n2


def open_current(
    path: Path,
    read: Callable[[BinaryIO], tuple[Any, Any, int]],
    is_current: Callable[[Any], bool],
    refresh: Callable[[bool], bytes | None],
) -> tuple[Any, int, Path | None, bytes | None]:
    """A pane file of this index state: (header, where blocks start, the
    path to read blocks from, or the bytes when they are not on disk).

    The file on disk is used when it belongs to this state; otherwise it is
    brought up to date (``refresh(True)`` writes it) and read again. If
    another state's file replaced ours meanwhile, ours is made in memory
    (``refresh(False)``) and kept.
    """
    data: bytes | None = None
    for attempt in range(2):
        try:
            with open(path, "rb") as fh:
                head, _, base = read(fh)
            if is_current(head):
                return head, base, path, None
        except (OSError, ValueError, EOFError, TypeError, KeyError):
            pass
        if attempt == 0:
            data = refresh(True)
            if data is not None:
                break
    if data is None:
        data = refresh(False)
        assert data is not None
    head, _, base = read(io.BytesIO(data))
    return head, base, None, data
