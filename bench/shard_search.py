"""Does splitting the index into shards searched in parallel pay on this machine?

    python bench/shard_search.py --single DIR --shards DIR [DIR ...] [--queries N] [--json]

`docs/scaling.md` proposes shards for corpora past one process's posting
work per query: files assigned to N complete newsdesk indexes, a query run
on every shard at once, the best 20 kept. This measures that fan-out with
the same code the dashboard runs, before it is built into the product:

* ``--single`` is one index of the whole corpus; ``--shards`` are indexes of
  disjoint parts of the same corpus (e.g. its folders split in two, each
  indexed by ``newsdesk index``);
* every shard is searched by a long-lived worker process holding its own
  `Library` (threads would serialise on the GIL), fed queries over a pipe;
  each returns its top 20 (score, doc, snippet) and hit estimate, and the
  parent keeps the best 20 (BM25 scores compare across shards that are
  large random samples of one corpus: idf differs by a few per cent);
* the same one- to three-word queries as `bench/search_latency.py` (drawn
  from the single index's texts, same seed) run on both set-ups, warm and
  with every library's score cache emptied before each query (``cold``).

Prints p50/p95 per set-up, and with ``--json`` one object
``{"docs", "shards", "queries", "single_p50_ms", "single_p95_ms",
"single_cold_p50_ms", "single_cold_p95_ms", "sharded_p50_ms",
"sharded_p95_ms", "sharded_cold_p50_ms", "sharded_cold_p95_ms", "overlap"}``
where ``overlap`` is the mean share of the single index's top 20 that the
sharded top 20 also returns.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from search_latency import (  # noqa: E402
    clear_cache,
    cold_then_warm,
    make_queries,
    p50_p95,
    stored_texts,
    time_library,
)

from search.library import Library  # noqa: E402


def _shard_worker(index_dir: str, conn) -> None:  # type: ignore[no-untyped-def]
    """One shard's searcher: answers (command, query) until told to stop."""
    lib = Library.open(index_dir)
    conn.send("ready")
    while True:
        command, query = conn.recv()
        if command == "stop":
            break
        if command == "clear":
            clear_cache(lib)
            conn.send(None)
            continue
        page = lib.search(query, limit=20)
        conn.send(([(h.score, h.doc, h.snippet) for h in page.hits], page.total))
    lib.close()


class Fanout:
    """Worker processes, one per shard, queried all at once."""

    def __init__(self, shards: list[Path]) -> None:
        ctx = mp.get_context("spawn")
        self.conns = []
        self.procs = []
        for shard in shards:
            parent, child = ctx.Pipe()
            proc = ctx.Process(target=_shard_worker, args=(str(shard), child), daemon=True)
            proc.start()
            self.conns.append(parent)
            self.procs.append(proc)
        for conn in self.conns:
            assert conn.recv() == "ready"

    def ask(self, command: str, query: str = "") -> list:
        for conn in self.conns:
            conn.send((command, query))
        return [conn.recv() for conn in self.conns]

    def search(self, query: str) -> tuple[list[tuple[float, str, str]], int]:
        answers = self.ask("search", query)
        hits = [hit for shard_hits, _ in answers for hit in shard_hits]
        hits.sort(key=lambda h: -h[0])
        return hits[:20], sum(total for _, total in answers)

    def close(self) -> None:
        self.ask_nowait("stop")
        for proc in self.procs:
            proc.join(timeout=10)

    def ask_nowait(self, command: str) -> None:
        for conn in self.conns:
            conn.send((command, ""))


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--single", required=True, type=Path)
    p.add_argument("--shards", required=True, type=Path, nargs="+")
    p.add_argument("--queries", type=int, default=200)
    p.add_argument("--seed", type=int, default=5)
    p.add_argument("--json", action="store_true")
    args = p.parse_args(argv)

    with Library.open(args.single) as lib:
        texts = stored_texts(lib)
        queries = make_queries(lib, texts, args.queries, args.seed)
        docs = len(texts)
        del texts

        single_cold, single = time_library(lib, queries)
        tops = {q: [h.doc for h in lib.search(q, limit=20).hits] for q in queries}

    fan = Fanout(args.shards)
    try:
        sharded_cold, sharded = cold_then_warm(fan.search, queries, lambda: fan.ask("clear"))
        overlaps = []
        for q in queries:
            want = set(tops[q])
            if want:
                got = {doc for _, doc, _ in fan.search(q)[0]}
                overlaps.append(len(want & got) / len(want))
    finally:
        fan.close()

    result = {
        "docs": docs,
        "shards": len(args.shards),
        "queries": len(queries),
        **p50_p95(single, "single_"),
        **p50_p95(single_cold, "single_cold_"),
        **p50_p95(sharded, "sharded_"),
        **p50_p95(sharded_cold, "sharded_cold_"),
        "overlap": round(statistics.mean(overlaps), 3) if overlaps else None,
    }
    if args.json:
        print(json.dumps(result))
        return 0
    print(f"{docs} articles, {len(args.shards)} shards, {len(queries)} queries")
    print(f"{'set-up':22} {'p50 ms':>8} {'p95 ms':>8} {'cold p50':>9} {'cold p95':>9}")
    for name in ("single", "sharded"):
        print(
            f"{name:22} {result[name + '_p50_ms']:8.2f} {result[name + '_p95_ms']:8.2f} "
            f"{result[name + '_cold_p50_ms']:9.2f} {result[name + '_cold_p95_ms']:9.2f}"
        )
    print(f"top-20 overlap with the single index: {result['overlap']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
