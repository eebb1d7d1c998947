"""Search ranks exactly as Whoosh's BM25F does, whichever way postings are read.

`Library.search` scores plain 1–3-word queries with array operations over
whole posting lists (`search.bm25`), reading frequent terms from the
postings files written beside each segment (`search.postings_file`). A
reader must get the same hits, scores and order as Whoosh's own searcher
would give: on an index of several segments with deleted documents, with
the postings files, without them, and with a damaged one.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from search import postings_file
from search.indexer import build_index
from search.library import Library, _plain_words

VOCAB = (
    "tariff tariffs trade talks minister ministers said says export exports steel "
    "aluminum dairy canada mexico ottawa deal deals market markets price prices rose "
    "fell quarter profit profits bank banks rate rates oil grain farmer farmers vote "
    "election court ruling strike union wages port shipping truck border"
).split()


def _article(rng: random.Random, i: int) -> str:
    title = " ".join(rng.choice(VOCAB) for _ in range(rng.randint(2, 5))).capitalize()
    # lengths vary a lot, so BM25's length part differs from one article to another
    words = [rng.choice(VOCAB[: rng.randint(8, len(VOCAB))]) for _ in range(rng.randint(5, 90))]
    return f"date: 2025-08-{1 + i % 28:02d}\ntitle: {title}\n\n{' '.join(words)}.\n"


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    rng = random.Random(7)
    root = tmp_path_factory.mktemp("ranking") / "corpus"
    root.mkdir()
    for i in range(140):
        (root / f"a{i:03d}.txt").write_text(_article(rng, i), "utf-8")
    ix = root.parent / "index"
    build_index([root], ix, workers=2)  # one segment per worker
    for i in (3, 50, 77, 120, 121):  # changed: old documents deleted, a new segment
        (root / f"a{i:03d}.txt").write_text(_article(rng, i + 1000), "utf-8")
    for i in (10, 90):
        (root / f"a{i:03d}.txt").unlink()
    report = build_index([root], ix, workers=2)
    assert report.updated == 5 and report.deleted == 2
    return ix


def _queries(seed: int, n: int) -> list[str]:
    rng = random.Random(seed)
    out = list(VOCAB)
    for _ in range(n):
        out.append(" ".join(rng.sample(VOCAB, rng.choice((2, 3)))))
    return out


def _whoosh(lib: Library, query: str) -> list[tuple[str, float]]:
    """Whoosh's own answer: its searcher, its BM25F, its ordering, every match
    scored. (Its top-20 collector is no reference: over several segments it
    can leave out a document its full ranking puts 9th.)"""
    s = lib._searcher
    results = s.search(lib.parse(query), limit=None)
    return [(r["doc"], round(r.score, 4)) for r in results[:20]]


def _ours(lib: Library, query: str) -> list[tuple[str, float]]:
    return [(h.doc, h.score) for h in lib.search(query, limit=20).hits]


def _fast_path_share(lib: Library, queries: list[str]) -> float:
    reader = lib._searcher.reader()
    return sum(_plain_words(lib.parse(q), reader) is not None for q in queries) / len(queries)


def test_the_index_has_segments_deletions_and_postings_files(index: Path) -> None:
    with Library.open(index) as lib:
        readers = [r for r, _ in lib._searcher.reader().leaf_readers()]
        assert len(readers) >= 2
        assert any(r.has_deletions() for r in readers)
    assert any(p.stat().st_size > 1000 for p in index.glob("*.ndpost"))


def test_hits_scores_and_order_are_whooshs(index: Path) -> None:
    queries = _queries(1, 120)
    with Library.open(index) as lib:
        # the comparison means something only if the array path answers them
        assert _fast_path_share(lib, queries) > 0.9
        for q in queries:
            assert _ours(lib, q) == _whoosh(lib, q), q


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(VOCAB), min_size=1, max_size=3))
def test_any_query_of_known_words_ranks_as_whoosh(index: Path, words: list[str]) -> None:
    q = " ".join(words)
    with Library.open(index) as lib:
        assert _ours(lib, q) == _whoosh(lib, q)


def test_same_ranking_without_or_with_damaged_postings_files(
    index: Path, tmp_path: Path
) -> None:
    import shutil

    queries = _queries(2, 40)
    with Library.open(index) as lib:
        expected = {q: _whoosh(lib, q) for q in queries}
    for damage in ("remove", "truncate", "garble"):
        copy = tmp_path / damage
        shutil.copytree(index, copy)
        for p in copy.glob("*.ndpost"):
            if damage == "remove":
                p.unlink()
            elif damage == "truncate":
                p.write_bytes(p.read_bytes()[: p.stat().st_size // 2])
            else:
                p.write_bytes(b"\x00" * 64)
        with Library.open(copy) as lib:
            for q in queries:
                assert _ours(lib, q) == expected[q], (damage, q)


def test_a_no_op_index_run_writes_missing_postings_files(index: Path, tmp_path: Path) -> None:
    """An index built before postings files gets them on the next `index` run,
    even when no article changed."""
    import shutil

    copy = tmp_path / "old"
    shutil.copytree(index, copy)
    for p in copy.glob("*.ndpost"):
        p.unlink()
    corpus = index.parent / "corpus"
    report = build_index([corpus], copy)
    assert report.added == report.updated == report.deleted == 0
    with Library.open(copy) as lib:
        segs = [
            r.segment().segment_id()
            for r, _ in lib._searcher.reader().leaf_readers()
            if r.doc_count_all() >= postings_file.MIN_DF  # smaller: no frequent term
        ]
    assert segs
    assert all(postings_file.path_for(copy, seg).exists() for seg in segs)


def test_results_follow_a_commit_made_while_the_library_is_open(tmp_path: Path) -> None:
    """Scores depend on the whole index (idf, average length): after another
    process's commit the open library ranks as a fresh one would."""
    rng = random.Random(3)
    root = tmp_path / "corpus"
    root.mkdir()
    for i in range(60):
        (root / f"a{i:03d}.txt").write_text(_article(rng, i), "utf-8")
    ix = tmp_path / "index"
    build_index([root], ix, workers=2)
    queries = _queries(4, 20)
    with Library.open(ix) as lib:
        before = {q: _ours(lib, q) for q in queries}
        for i in range(60, 75):
            (root / f"a{i:03d}.txt").write_text(_article(rng, i), "utf-8")
        build_index([root], ix)
        assert lib.refresh()
        after = {q: _ours(lib, q) for q in queries}
        assert after != before
        for q in queries:
            assert after[q] == _whoosh(lib, q), q
