"""A segment's frequent terms' postings as flat arrays, beside the segment.

Whoosh keeps a term's postings in blocks of pickled, zlib-compressed
(ids, weights, positions) tuples. To score a word, every block is
decompressed and unpickled, positions included: at 100,000 articles a
common word took ~25 ms to decode, most of a first search for it. So when a
segment is written, the (docnums, term frequencies) of its frequent terms
(`MIN_DF` documents or more; a rare term is one block, quickly decoded) are
also written as raw uint32/float32 arrays to ``<segment id>.ndpost``, read
later through `mmap` with no decoding at all.

The file is named like the segment's own files, so Whoosh's commit-time
cleanup deletes it with a merged-away segment. It is a cache: a missing,
old or damaged file only means the postings are decoded from Whoosh's
blocks, as before (`search.bm25.postings`).

Layout: `MAGIC`, the directory's length (uint64), the directory (marshal:
``{(field, word): (offset, count)}``), then per term ``count`` uint32
docnums followed by ``count`` float32 frequencies, at ``offset`` from the
start of the data.
"""

from __future__ import annotations

import marshal
import mmap
import struct
from pathlib import Path
from typing import Any

from search.store import write_side_file

MAGIC = b"NDPOST01"
_HEAD = struct.Struct("<8sQ")
MIN_DF = 32
FIELDS = ("title", "body")


def path_for(index_dir: Path, segment_id: str) -> Path:
    return index_dir / f"{segment_id}.ndpost"


def write(index_dir: Path, ix: Any, segment: Any) -> None:
    """Write the postings file of one segment of ``ix`` (best effort: a cache).

    Decoding every frequent term once costs ~1.5 s per 25,000 articles,
    paid by the process that wrote the segment (an indexing worker, in
    parallel with the others), never by a search. A segment of fewer than
    `MIN_DF` documents has no frequent term and gets no file.
    """
    if segment.doc_count_all() < MIN_DF:
        return
    from whoosh.reading import SegmentReader

    reader = SegmentReader(ix.storage, ix.schema, segment)
    try:
        directory, chunks = _frequent_postings(reader)
    finally:
        reader.close()
    head = marshal.dumps(directory)
    write_side_file(
        path_for(index_dir, segment.segment_id()), [_HEAD.pack(MAGIC, len(head)), head, *chunks]
    )


def _frequent_postings(reader: Any) -> tuple[dict[tuple[str, str], tuple[int, int]], list[bytes]]:
    """The directory and data chunks of a segment's frequent terms."""
    from search.bm25 import postings

    directory: dict[tuple[str, str], tuple[int, int]] = {}
    chunks: list[bytes] = []
    offset = 0
    for field in FIELDS:
        if field not in reader.schema:
            continue
        for raw, info in reader.iter_field(field):
            if info.doc_frequency() < MIN_DF:
                continue
            word = raw.decode("utf-8") if isinstance(raw, bytes) else raw
            ids, tfs = postings(reader, field, word)
            data = ids.astype("<u4").tobytes() + tfs.astype("<f4").tobytes()
            directory[(field, word)] = (offset, len(ids))
            chunks.append(data)
            offset += len(data)
    return directory, chunks


def ensure(index_dir: Path, ix: Any) -> None:
    """Write the postings files of live segments that lack one (a segment
    merged by a commit, or an index built before this file existed).

    Works from the index's table of contents, so the usual case (every file
    there, or a segment too small for one) opens no reader and imports
    nothing: the indexer calls it on every run, including a run with
    nothing to do.
    """
    for seg in ix._segments():
        if not path_for(index_dir, seg.segment_id()).exists():
            write(index_dir, ix, seg)


class PostingsFile:
    """One segment's postings file, mapped; `get` returns arrays over the map."""

    def __init__(self, mm: mmap.mmap, directory: dict, start: int) -> None:
        self._mm = mm
        self._dir = directory
        self._start = start

    @classmethod
    def open(cls, path: Path) -> PostingsFile | None:
        """The file mapped, or None when it is missing, old or damaged."""
        try:
            with path.open("rb") as fh:
                mm = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
        except (OSError, ValueError):
            return None
        try:
            magic, length = _HEAD.unpack_from(mm, 0)
            if magic != MAGIC:
                raise ValueError("not a postings file")
            directory = marshal.loads(mm[_HEAD.size : _HEAD.size + length])
            if not isinstance(directory, dict):
                raise ValueError("bad directory")
            start = _HEAD.size + length
            end = max((o + 8 * n for o, n in directory.values()), default=0)
            if start + end > len(mm):
                raise ValueError("truncated")
        except (ValueError, EOFError, TypeError, struct.error):
            mm.close()
            return None
        return cls(mm, directory, start)

    def get(self, field: str, word: str) -> tuple[Any, Any] | None:
        """(docnums, frequencies) of a frequent term as numpy arrays over the
        map; None for any other."""
        import numpy as np

        got = self._dir.get((field, word))
        if got is None:
            return None
        offset, count = got
        at = self._start + offset
        ids = np.frombuffer(self._mm, dtype="<u4", count=count, offset=at)
        tfs = np.frombuffer(self._mm, dtype="<f4", count=count, offset=at + 4 * count)
        return ids, tfs
