"""Words per second per core of extract_timexes (detect + resolve) on Reuters-21578.

    python bench/timex_speed.py [--shared PATH] [--limit N] [--repeat R]

Each line of shared/corpora/reuters21578.jsonl has id, date, title, text; the
story's date is the anchor. Runs in this one process (one core), timing only
the engine, not the JSON reading. The corpus stays in shared/ (``--shared``
or NEWSDESK_SHARED say where that is).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from pathlib import Path

from common import shared_dir  # noqa: E402  (bench/ is sys.path[0] when run)

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from search.timex import extract_timexes  # noqa: E402


def load(path: Path, limit: int | None) -> list[tuple[str, dt.date | None]]:
    """(text, anchor) pairs from the corpus, at most ``limit``."""
    docs: list[tuple[str, dt.date | None]] = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            try:
                anchor: dt.date | None = dt.date.fromisoformat(rec.get("date") or "")
            except ValueError:
                anchor = None
            docs.append((rec.get("text") or "", anchor))
            if limit and len(docs) >= limit:
                break
    return docs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--shared", help="path of shared/ (default ../shared or $NEWSDESK_SHARED)")
    ap.add_argument("--limit", type=int, default=0, help="only the first N stories")
    ap.add_argument("--repeat", type=int, default=1, help="passes over the stories (best counts)")
    args = ap.parse_args(argv)
    docs = load(shared_dir(args.shared) / "corpora" / "reuters21578.jsonl", args.limit or None)
    words = sum(len(text.split()) for text, _ in docs)
    best = float("inf")
    found = 0
    for _ in range(max(1, args.repeat)):
        found = 0
        t0 = time.process_time()
        for text, anchor in docs:
            found += len(extract_timexes(text, anchor))
        best = min(best, time.process_time() - t0)
    print(
        f"{len(docs)} stories, {words:,} words, {found:,} timexes, {best:.2f} s CPU "
        f"-> {words / best:,.0f} words/s per core"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
