"""Score the quote engine on PolNeAR (train and dev) with the shared scorer.

PolNeAR is third-party research data: it is read from ../shared (override with
--shared or NEWSDESK_SHARED) and never copied into the repository.

By default it scores exactly what `extract_quotes_and_people` returns (what
`newsdesk quotes --json` prints): one quote per quotation, and a partial
quote inside reported speech folded into its clause (one span per
attribution, PolNeAR's convention). ``--fold`` rebuilds that fold here from
the engine's internal records (a cross-check of the API's joining);
``--raw`` scores the engine's quoted pieces before they are joined.

    .venv/bin/python bench/quotes_eval.py [--split train,dev] [--fold | --raw]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import shared_dir  # noqa: E402  (bench/ is sys.path[0] when run)

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from search.quotes import extract_quotes_and_people  # noqa: E402
from search.quotes.engine import RawQuote, analyse, person_name  # noqa: E402


def predict(text: str, mode: str) -> list[dict]:
    """Predictions for one article: the API's (default), folded or raw pieces."""
    if mode == "api":
        quotes, _ = extract_quotes_and_people(text)
        return [
            {"quote_start": q.start, "quote_end": q.end, "speaker": q.speaker, "kind": q.kind}
            for q in quotes
        ]
    raw = mode == "raw"
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
        return [
            {"quote_start": q.start, "quote_end": q.end, "speaker": who(q), "kind": q.kind}
            for q in quotes
        ]
    indirect = {q.group: q for q in quotes if q.kind == "indirect"}
    groups: dict[int, list[RawQuote]] = {}
    out = []
    for q in quotes:
        if q.kind == "indirect":
            out.append(q)
            continue
        if (
            q.parent is not None
            and q.parent in indirect
            and indirect[q.parent].speaker == q.speaker
        ):
            continue  # mixed: the partial quote is part of the reported clause
        groups.setdefault(q.group, []).append(q)
    for parts in groups.values():
        first = parts[0]
        out.append(
            RawQuote(
                min(p.start for p in parts),
                max(p.end for p in parts),
                "direct",
                first.speaker,
                first.cue,
                first.group,
            )
        )
    out.sort(key=lambda q: q.start)
    return [
        {"quote_start": q.start, "quote_end": q.end, "speaker": who(q), "kind": q.kind} for q in out
    ]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=None)
    ap.add_argument("--split", default="train,dev")
    ap.add_argument("--raw", action="store_true", help="quoted pieces before joining")
    ap.add_argument("--fold", action="store_true", help="PolNeAR-style: partials folded")
    ap.add_argument("--out", default=None, help="keep predictions in this folder")
    args = ap.parse_args()
    shared = shared_dir(args.shared)
    scorer = shared / "eval" / "quotes_score.py"
    out_dir = Path(args.out) if args.out else Path(tempfile.mkdtemp(prefix="quotes_eval_"))
    out_dir.mkdir(parents=True, exist_ok=True)
    mode = "raw" if args.raw else "fold" if args.fold else "api"
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
                g.write(
                    json.dumps({"doc_id": d["doc_id"], "quotes": predict(d["text"], mode)}) + "\n"
                )
                n += 1
        secs = time.perf_counter() - t0
        print(f"== {split}: {n} articles in {secs:.1f} s  (predictions: {pred})")
        for extra in ([], ["--speech-only"]):
            res = subprocess.run(
                [sys.executable, str(scorer), str(gold), str(pred), *extra],
                capture_output=True,
                text=True,
                check=True,
            )
            print(res.stdout.rstrip())
        sys.stdout.flush()


if __name__ == "__main__":
    main()
