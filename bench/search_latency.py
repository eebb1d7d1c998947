"""In-app search latency on an existing index, printed beside SQLite FTS5.

    python bench/search_latency.py --index-dir DIR [--queries N] [--seed S] [--json]

Queries are one to three words drawn (seeded) from the index's own stored
article texts, kept only when the body field knows their stem, so every
query is something a reader of this corpus could type. Each runs through
the dashboard's code path, ``Library.search(q, limit=20)`` with snippets, on
one long-lived Library; then the same words run against an SQLite FTS5
table (porter tokenizer, bm25 rank, top 20 with ``snippet()``) built in
memory from the same stored texts. Five warm-up queries per engine are not
counted (the dashboard has been answering keystrokes long before p50
matters). The Library keeps decoded postings of recent words (as the
dashboard does keystroke after keystroke), so the queries also run once
with that cache emptied before each one: ``cold_*``. With ``--json`` ONE
JSON object is printed: ``{"docs", "queries", "p50_ms", "p95_ms",
"cold_p50_ms", "cold_p95_ms", "fts5_p50_ms", "fts5_p95_ms"}``.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sqlite3
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from search.library import Library  # noqa: E402

WARMUP = 5
_WORD = re.compile(r"[A-Za-z][a-z]{2,}")
STOP = frozenset(
    "the and for that with from this said have has had was were will would are its "
    "not but they their which been also more than said been after other about into "
    "over some such there these those when what while who whom whose then them".split()
)


def _pct(values: list[float], p: float) -> float:
    values = sorted(values)
    k = max(0, min(len(values) - 1, round(p / 100 * (len(values) - 1))))
    return values[k]


def stored_texts(lib: Library) -> list[tuple[str, str, str]]:
    """(doc, title, text) of every article, from the index's stored fields."""
    s = lib._searcher  # the bench reads what the index holds, as Library does
    titles = {a.doc: a.title for a in lib.articles()}
    return [
        (f["doc"], titles.get(f["doc"], ""), f.get("text", "")) for f in s.documents(kind="article")
    ]


def make_queries(lib: Library, texts: list[tuple[str, str, str]], n: int, seed: int) -> list[str]:
    """``n`` one- to three-word queries from the corpus's own words."""
    from search.schema import BODY_ANALYZER

    rng = random.Random(seed)
    reader = lib._searcher.reader()
    known: dict[str, bool] = {}

    def ok(word: str) -> bool:
        if word not in known:
            stems = [t.text for t in BODY_ANALYZER(word)]
            known[word] = bool(stems) and all(reader.doc_frequency("body", s) >= 2 for s in stems)
        return known[word]

    out: list[str] = []
    tries = 0
    while len(out) < n and tries < n * 50:
        tries += 1
        _, _, text = rng.choice(texts)
        words = [w.lower() for w in _WORD.findall(text) if w.lower() not in STOP]
        if len(words) < 3:
            continue
        k = rng.choice((1, 1, 2, 2, 3))
        pick = (
            rng.sample(words, k)
            if rng.random() < 0.5
            else words[(i := rng.randrange(len(words) - k + 1)) : i + k]
        )
        if all(ok(w) for w in pick):
            out.append(" ".join(pick))
    return out


def time_queries(run, queries: list[str], clear=None) -> list[float]:  # type: ignore[no-untyped-def]
    """Milliseconds of ``run(q)`` per query, after `WARMUP` uncounted ones;
    ``clear()``, if given, runs (untimed) before each query."""
    for q in queries[:WARMUP]:
        run(q)
    times = []
    for q in queries:
        if clear is not None:
            clear()
        t0 = time.perf_counter()
        run(q)
        times.append((time.perf_counter() - t0) * 1000)
    return times


def clear_cache(lib: Library) -> None:
    """Empty the library's caches of decoded postings and scored words (the
    bench measures the library as it is)."""
    lib._post_cache.clear()
    lib._post_cached = 0
    lib._forget_scores()


def cold_then_warm(run, queries: list[str], clear) -> tuple[list[float], list[float]]:  # type: ignore[no-untyped-def]
    """Milliseconds of ``run(q)`` per query, cold then warm: first with
    ``clear()`` before each query, so no word is ever seen before, then,
    after one more ``clear()``, with the caches left to fill."""
    cold = time_queries(run, queries, clear)
    clear()
    return cold, time_queries(run, queries)


def time_library(lib: Library, queries: list[str]) -> tuple[list[float], list[float]]:
    """(cold, warm) milliseconds per `Library.search` (top 20) of each query."""
    return cold_then_warm(lambda q: lib.search(q, limit=20), queries, lambda: clear_cache(lib))


def build_fts5(texts: list[tuple[str, str, str]]) -> sqlite3.Connection:
    db = sqlite3.connect(":memory:")
    db.execute("CREATE VIRTUAL TABLE t USING fts5(doc UNINDEXED, title, body, tokenize='porter')")
    db.executemany("INSERT INTO t(doc, title, body) VALUES (?, ?, ?)", texts)
    db.commit()
    return db


def time_fts5(db: sqlite3.Connection, queries: list[str]) -> list[float]:
    sql = (
        "SELECT doc, title, snippet(t, 2, '', '', ' … ', 32) FROM t "
        "WHERE t MATCH ? ORDER BY rank LIMIT 20"
    )

    def run(q: str) -> None:
        match = " ".join(f'"{w}"' for w in q.split())
        db.execute(sql, (match,)).fetchall()

    return time_queries(run, queries)


def p50_p95(ms: list[float], prefix: str = "") -> dict[str, float]:
    """``{prefix}p50_ms`` and ``{prefix}p95_ms`` of a list of timings, rounded."""
    return {
        f"{prefix}p50_ms": round(statistics.median(ms), 2),
        f"{prefix}p95_ms": round(_pct(ms, 95), 2),
    }


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--index-dir", required=True, type=Path)
    p.add_argument("--queries", type=int, default=200)
    p.add_argument("--seed", type=int, default=5)
    p.add_argument("--json", action="store_true")
    args = p.parse_args(argv)

    with Library.open(args.index_dir) as lib:
        texts = stored_texts(lib)
        queries = make_queries(lib, texts, args.queries, args.seed)
        cold_ms, whoosh_ms = time_library(lib, queries)
    db = build_fts5(texts)
    fts_ms = time_fts5(db, queries)
    db.close()
    result = {
        "docs": len(texts),
        "queries": len(queries),
        **p50_p95(whoosh_ms),
        **p50_p95(cold_ms, "cold_"),
        **p50_p95(fts_ms, "fts5_"),
    }
    if args.json:
        print(json.dumps(result))
        return 0
    print(f"{result['docs']} articles, {result['queries']} queries (1–3 words, top 20, snippets)")
    print(f"{'engine':18} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}")
    print(
        f"{'newsdesk/Whoosh':18} {result['p50_ms']:8.2f} {result['p95_ms']:8.2f} "
        f"{max(whoosh_ms):8.2f}"
    )
    print(
        f"{'  cold postings':18} {result['cold_p50_ms']:8.2f} {result['cold_p95_ms']:8.2f} "
        f"{max(cold_ms):8.2f}"
    )
    print(
        f"{'SQLite FTS5':18} {result['fts5_p50_ms']:8.2f} {result['fts5_p95_ms']:8.2f} "
        f"{max(fts_ms):8.2f}"
    )
    slow = sorted(zip(whoosh_ms, queries, strict=True), reverse=True)[:5]
    print("slowest:", ", ".join(f"{q!r} {ms:.0f} ms" for ms, q in slow))
    return 0


if __name__ == "__main__":
    sys.exit(main())
