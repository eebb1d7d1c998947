"""Whoosh's BM25F for plain 1–3-word queries, a whole posting list at a time.

The dashboard searches as the reader types, so a query over 50,000–200,000
articles must stay well under 50 ms. Whoosh scores one matching document at
a time through a tree of matcher objects (~4 µs each), and a common word
matches a third of the corpus. Here each term's postings become numpy
arrays once, and scoring, the title + body union, the AND of the words and
the top k run as array operations. Every float is computed with the very
expression and operand order Whoosh's BM25F uses (IEEE arithmetic is the
same element by element), so hits, scores and their order are Whoosh's;
`tests/test_ranking.py` checks that against `Searcher.search`.

Nothing here caches: `search.library.Library` decides what to keep.
"""

from __future__ import annotations

from itertools import accumulate
from typing import Any

import numpy as np

K1, B = 1.2, 0.75  # whoosh.scoring.BM25F's defaults, which the searcher uses
_K1P1 = K1 + 1


def norms(reader: Any, field: str, avgfl: float) -> np.ndarray:
    """BM25's length part, ``K1 * ((1 - B) + B * fl / avgfl)``, per document
    of one segment (0 for a document without the field).

    Whoosh stores each document's field length as one byte, so there are
    256 possible norms: the whole column is read and looked up in a table
    (~5 ms for 50,000 documents instead of ~0.7 s through
    `doc_field_length` one at a time, which every cold `newsdesk search`
    would pay). Another codec falls back to that slow path.
    """
    count = reader.doc_count_all()
    try:
        from whoosh.codec.whoosh3 import LENGTHS_COLUMN, _lenfield, byte_to_length

        col = reader._perdoc._cached_reader(_lenfield(field), LENGTHS_COLUMN)
        if col is None:
            return np.zeros(count)
        raw = col._dbfile.get(col._basepos, col._count * col._fixedlen)
        table = np.array(
            [0.0] + [K1 * ((1 - B) + B * byte_to_length(b) / avgfl) for b in range(1, 256)]
        )
        out = np.zeros(count)
        got = np.frombuffer(bytes(raw[:count]), dtype=np.uint8)
        out[: len(got)] = table[got]
        return out
    except Exception:  # another Whoosh codec: one document at a time
        pass
    dfl = reader.doc_field_length
    vals = []
    for d in range(count):
        fl = dfl(d, field, 1)
        # None: no length, so no posting in this field either (never read)
        vals.append(0.0 if fl is None else K1 * ((1 - B) + B * fl / avgfl))
    return np.array(vals, dtype=np.float64)


def postings(reader: Any, field: str, word: str) -> tuple[np.ndarray, np.ndarray]:
    """(docnums, term frequencies) of one term in one segment, deleted
    documents included, as uint32 and float32 arrays.

    Reads Whoosh's W3 posting blocks directly (whoosh-reloaded 2.7): the ids
    are delta-encoded unless stored as bytes, summed here with
    ``itertools.accumulate`` (C) rather than Whoosh's generator; the
    weights come as a tuple of floats or an array. Any other matcher is
    read through its public API.
    """
    from array import array

    ids, tfs = array("I"), array("f")
    m = reader.postings(field, word)
    m = getattr(m, "child", m)  # under the deleted-documents filter, if any
    if not hasattr(m, "_read_weights"):  # another codec: its public matcher API
        while m.is_active():
            ids.append(m.id())
            tfs.append(m.weight())
            m.next()
        return np.frombuffer(ids, dtype=np.uint32), np.frombuffer(tfs, dtype=np.float32)
    while m.is_active():
        if m._data is None:
            m._read_data()
        block_ids = m._data[0] if m._byteids else accumulate(m._data[0])
        ids.extend(block_ids)
        m._read_weights()
        w = m._weights  # a tuple, or an array of another type: iter() for array's extend
        tfs.extend(w if type(w) is not array or w.typecode == "f" else iter(w))
        m._next_block()
    return np.frombuffer(ids, dtype=np.uint32), np.frombuffer(tfs, dtype=np.float32)


def scores(ids: np.ndarray, tfs: np.ndarray, seg_norms: np.ndarray, idf: float) -> np.ndarray:
    """``idf * ((tf * (K1 + 1)) / (tf + norm))`` per posting: Whoosh's
    ``bm25(idf, tf, fl, avgfl, B, K1)`` with the norm precomputed."""
    tf = tfs.astype(np.float64)
    return idf * ((tf * _K1P1) / (tf + seg_norms[ids]))


def drop(ids: np.ndarray, values: np.ndarray, deleted) -> tuple[np.ndarray, np.ndarray]:
    """The postings whose document is not deleted."""
    if not deleted:
        return ids, values
    keep = ~np.isin(ids, np.fromiter(deleted, dtype=np.int64, count=len(deleted)))
    return ids[keep], values[keep]


def _locate(ids: np.ndarray, probe: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Where each of ``probe`` would sit in sorted ``ids``, and whether it is there."""
    pos = np.searchsorted(ids, probe)
    hit = pos < len(ids)
    hit[hit] = ids[pos[hit]] == probe[hit]
    return pos, hit


def concat(parts: list[tuple[np.ndarray, np.ndarray]]) -> tuple[np.ndarray, np.ndarray]:
    """(docnums, scores) lists of consecutive docnum ranges joined into one
    (empty arrays when there is none)."""
    if not parts:
        return np.empty(0, np.int64), np.empty(0)
    return np.concatenate([p[0] for p in parts]), np.concatenate([p[1] for p in parts])


def union_add(
    first: tuple[np.ndarray, np.ndarray], second: tuple[np.ndarray, np.ndarray]
) -> tuple[np.ndarray, np.ndarray]:
    """Every document of two sorted (docnums, scores) lists; one in both
    scores ``first + second``, as Whoosh's union of two term matchers adds."""
    a_ids, a_sc = first
    b_ids, b_sc = second
    if not len(a_ids):
        return b_ids, b_sc
    if not len(b_ids):
        return a_ids, a_sc
    pos, hit = _locate(b_ids, a_ids)
    summed = a_sc.copy()
    summed[hit] = a_sc[hit] + b_sc[pos[hit]]
    only_b = np.ones(len(b_ids), dtype=bool)
    only_b[pos[hit]] = False
    ids = np.concatenate((a_ids, b_ids[only_b]))
    sc = np.concatenate((summed, b_sc[only_b]))
    order = np.argsort(ids, kind="stable")
    return ids[order], sc[order]


def intersect_add(
    first: tuple[np.ndarray, np.ndarray], second: tuple[np.ndarray, np.ndarray]
) -> tuple[np.ndarray, np.ndarray]:
    """The documents in both sorted lists, scoring ``first + second`` (the
    order matters: float sums depend on it)."""
    a_ids, a_sc = first
    b_ids, b_sc = second
    if not len(a_ids) or not len(b_ids):
        return a_ids[:0], a_sc[:0]
    if len(a_ids) <= len(b_ids):
        pos, hit = _locate(b_ids, a_ids)
        return a_ids[hit], a_sc[hit] + b_sc[pos[hit]]
    pos, hit = _locate(a_ids, b_ids)
    return b_ids[hit], a_sc[pos[hit]] + b_sc[hit]


def top(ids: np.ndarray, sc: np.ndarray, limit: int) -> list[tuple[float, int]]:
    """The best ``limit`` (score, docnum): score down, then docnum up, as
    Whoosh orders equal scores."""
    if len(sc) > limit:
        # the limit-th best score, then only the documents that reach it
        floor = np.partition(sc, len(sc) - limit)[len(sc) - limit]
        keep = sc >= floor
        ids, sc = ids[keep], sc[keep]
    order = np.lexsort((ids, -sc))[:limit]
    return [(float(sc[i]), int(ids[i])) for i in order]
