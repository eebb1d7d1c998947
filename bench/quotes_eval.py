"""Score the quote engine on PolNeAR (train and dev) with the shared scorer.

PolNeAR is third-party research data: it is read from ../shared (override with
--shared or NEWSDESK_SHARED) and never copied into the repository.

The engine reports one quote per quoted piece; PolNeAR annotates one span per
attribution, so for scoring (only) the pieces of one quotation credited through
the same cue are merged into one span, and a partial direct quote that sits
inside a reported clause of the same speaker (PolNeAR's "mixed") is folded
into that clause. ``--raw`` scores the pieces as the API returns them.

    .venv/bin/python bench/quotes_eval.py [--split train,dev] [--raw]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from search.quotes.engine import RawQuote, analyse, person_name  # noqa: E402


def shared_dir(arg: str | None) -> Path:
    if arg:
        return Path(arg)
    env = os.environ.get("NEWSDESK_SHARED")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[1].parent / "shared"


def predict(text: str, raw: bool) -> list[dict]:
    """PolNeAR-style predictions for one article."""
    a = analyse(text)
    quotes: list[RawQuote] = a.quotes
    name = {}

    def who(q: RawQuote) -> str | None:
        if q.speaker is None:
            return None
        if q.speaker not in name:
            name[q.speaker] = person_name(a.registry, q.speaker)
        return name[q.speaker]

    if raw:
        return [{"quote_start": q.start, "quote_end": q.end, "speaker": who(q),
                 "kind": q.kind} for q in quotes]
    indirect = {q.group: q for q in quotes if q.kind == "indirect"}
    groups: dict[int, list[RawQuote]] = {}
    out = []
    for q in quotes:
        if q.kind == "indirect":
            out.append(q)
            continue
        if q.parent is not None and q.parent in indirect and \
                indirect[q.parent].speaker == q.speaker:
            continue  # mixed: the partial quote is part of the reported clause
        groups.setdefault(q.group, []).append(q)
    for parts in groups.values():
        first = parts[0]
        out.append(RawQuote(min(p.start for p in parts), max(p.end for p in parts), "direct",
                            first.speaker, first.cue, first.group))
    out.sort(key=lambda q: q.start)
    return [{"quote_start": q.start, "quote_end": q.end, "speaker": who(q), "kind": q.kind}
            for q in out]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=None)
    ap.add_argument("--split", default="train,dev")
    ap.add_argument("--raw", action="store_true")
    ap.add_argument("--out", default=None, help="keep predictions in this folder")
    args = ap.parse_args()
    shared = shared_dir(args.shared)
    scorer = shared / "eval" / "quotes_score.py"
    out_dir = Path(args.out) if args.out else Path(tempfile.mkdtemp(prefix="quotes_eval_"))
    out_dir.mkdir(parents=True, exist_ok=True)
    for split in args.split.split(","):
        gold = shared / "polnear" / f"gold_{split}.jsonl"
        pred = out_dir / f"pred_{split}.jsonl"
        t0 = time.perf_counter()
        n = 0
        with gold.open(encoding="utf-8") as f, pred.open("w", encoding="utf-8") as g:
            for line in f:
                if not line.strip():
                    continue
                d = json.loads(line)
                g.write(json.dumps({"doc_id": d["doc_id"],
                                    "quotes": predict(d["text"], args.raw)}) + "\n")
                n += 1
        secs = time.perf_counter() - t0
        print(f"== {split}: {n} articles in {secs:.1f} s  (predictions: {pred})")
        for extra in ([], ["--speech-only"]):
            res = subprocess.run([sys.executable, str(scorer), str(gold), str(pred), *extra],
                                 capture_output=True, text=True, check=True)
            print(res.stdout.rstrip())
        sys.stdout.flush()


if __name__ == "__main__":
    main()
