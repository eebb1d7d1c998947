"""How fast quotes and people come out of 10,000 Reuters-21578 wire stories.

The goal is under 60 s on one core. The corpus is third-party research data
read from ../shared (override with --shared or NEWSDESK_SHARED).

    .venv/bin/python bench/quotes_speed.py [--n 10000]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from common import shared_dir  # noqa: E402  (bench/ is sys.path[0] when run)

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from search.quotes import extract_quotes_and_people  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=None)
    ap.add_argument("--n", type=int, default=10_000)
    args = ap.parse_args()
    path = shared_dir(args.shared) / "corpora" / "reuters21578.jsonl"
    texts = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            if len(texts) >= args.n:
                break
            if line.strip():
                texts.append(json.loads(line)["text"])
    t0 = time.process_time()
    quotes = people = 0
    for text in texts:
        qs, ps = extract_quotes_and_people(text)
        quotes += len(qs)
        people += len(ps)
    secs = time.process_time() - t0
    print(
        f"{len(texts)} articles, {quotes} quotes, {people} people: {secs:.1f} s CPU, "
        f"{len(texts) / secs:.0f} articles/s (goal: < 60 s for 10,000)"
    )


if __name__ == "__main__":
    main()
