"""Coverage-guided fuzzing (atheris) of the query path and the extraction path.

    pip install atheris            # not a dependency of newsdesk
    python bench/fuzz_atheris.py [--runs 20000] [--seed 1] [--target query|extract|both]

Two targets, each in its own child process (libFuzzer exits when done):

* query — `Library.search` over an index of the bundled seeds with the
  fuzzer's bytes as the query (UTF-8, errors replaced), both sort orders.
  Only `QueryError` may come out, with a one-line message.
* extract — the fuzzer's bytes as a `.txt`, `.md`, `.json` or `.jsonl` file
  (the first byte picks which): `read_bytes` (decode, header, records), then
  `build_article` and `extract_article` on every article it gives. Nothing
  may raise: a bad file is a `Problem`, never an exception. (The indexer
  catches engine exceptions to keep the article; here they surface.)

A fixed number of runs and seed make a run repeatable; it prints the runs,
the seconds and libFuzzer's coverage line, and exits non-zero on a crash
(libFuzzer writes the input as crash-<sha1> in the working directory).
The hypothesis tests in tests/ run the same paths in CI without atheris.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import ROOT

MAX_LEN = 4096
SUFFIXES = (".txt", ".md", ".json", ".jsonl")


def _query_target() -> None:
    import atheris

    with atheris.instrument_imports():
        from search.indexer import build_index
        from search.library import Library, QueryError

    index_dir = Path(tempfile.mkdtemp(prefix="hostile-fuzz-ix-"))
    build_index([ROOT / "seeds"], index_dir)
    lib = Library.open(index_dir)

    def one(data: bytes) -> None:
        query = data.decode("utf-8", "replace")
        for sort in ("relevance", "date"):
            try:
                page = lib.search(query, limit=5, sort=sort)
            except QueryError as exc:
                if "\n" in str(exc):
                    raise AssertionError(f"multi-line query error: {exc!r}") from exc
                return
            if page.total < len(page.hits):
                raise AssertionError(f"total {page.total} < {len(page.hits)} hits")

    _run(one)


def _extract_target() -> None:
    import atheris

    with atheris.instrument_imports():
        import search.quotes  # noqa: F401  (imported late by extract_article:
        import search.timex  # noqa: F401   instrumented only if imported here)
        from search.articles import build_article
        from search.corpus import FileRef, read_bytes
        from search.extract import extract_article

    def one(data: bytes) -> None:
        if not data:
            return
        suffix = SUFFIXES[data[0] % len(SUFFIXES)]
        ref = FileRef(Path(f"/nonexistent/fuzz{suffix}"), f"fuzz{suffix}")
        sources, problems = read_bytes(ref, data[1:], None)
        for problem in problems:
            if "\n" in problem.reason:
                raise AssertionError(f"multi-line problem: {problem!r}")
        for src in sources:
            article, _ = build_article(src)
            extract_article(article)

    _run(one)


def _run(one) -> None:  # type: ignore[no-untyped-def]
    import atheris

    runs, seed = os.environ["FUZZ_RUNS"], os.environ["FUZZ_SEED"]
    atheris.Setup(
        [sys.argv[0], f"-runs={runs}", f"-seed={seed}", f"-max_len={MAX_LEN}"],
        one,
    )
    atheris.Fuzz()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--runs", type=int, default=20_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--target", choices=("query", "extract", "both"), default="both")
    ap.add_argument("--child", choices=("query", "extract"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        {"query": _query_target, "extract": _extract_target}[args.child]()
        return 0
    try:
        import atheris  # noqa: F401
    except ImportError:
        print("atheris is not installed: pip install atheris (Linux, CPython 3.8-3.11)")
        return 2
    failed = 0
    targets = ("query", "extract") if args.target == "both" else (args.target,)
    for target in targets:
        env = {**os.environ, "FUZZ_RUNS": str(args.runs), "FUZZ_SEED": str(args.seed)}
        t0 = time.perf_counter()
        out = subprocess.run(
            [sys.executable, __file__, "--child", target],
            env=env,
            capture_output=True,
            text=True,
        )
        took = time.perf_counter() - t0
        lines = out.stderr.strip().splitlines()
        done = [x for x in lines if x.startswith("Done ")]
        cov = [x for x in lines if " cov: " in x]
        verdict = "ok" if out.returncode == 0 else f"CRASH (exit {out.returncode})"
        print(f"{target}: {args.runs} runs, seed {args.seed}, {took:.1f} s: {verdict}")
        if cov:
            print(f"  | {cov[-1][:150]}")
        if done:
            print(f"  | {done[-1]}")
        if out.returncode != 0:
            failed += 1
            for line in lines[-25:]:
                print(f"  ! {line}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
