"""Score the engines the way outside checks do: through `newsdesk index` and `--json`.

The engine benches (timex_eval.py, quotes_eval.py) call the extraction
functions directly. This one writes the data out as article files, runs the
real command line (`newsdesk index`, then `newsdesk timeline --all --json` or
`newsdesk quotes --json`), maps the offsets back and runs the shared scorers,
so furniture cleaning, header handling and publication dates are all in the
loop.

    python bench/e2e_eval.py timex [--set TimeBank|AQUAINT]
    python bench/e2e_eval.py quotes [--split dev|train] [--limit N]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

from common import shared_dir  # noqa: E402  (bench/ is sys.path[0] when run)

ROOT = Path(__file__).resolve().parents[1]
NEWSDESK = [sys.executable, "-m", "tui"]


def newsdesk(index_dir: Path, *args: str) -> str:
    out = subprocess.run(
        [*NEWSDESK, "--index-dir", str(index_dir), *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    )
    return out.stdout


def timex(shared: Path, which: str, work: Path) -> None:
    texts = work / "texts"
    subprocess.run(
        [
            sys.executable,
            str(shared / "eval" / "timeml_to_text.py"),
            str(shared / "tempeval" / which),
            str(texts),
        ],
        check=True,
        capture_output=True,
    )
    corpus = work / "corpus"
    corpus.mkdir()
    for p in texts.glob("*.txt"):
        (corpus / p.name).write_bytes(p.read_bytes())
    newsdesk(work / "ix", "index", str(corpus))
    rows = json.loads(newsdesk(work / "ix", "timeline", "--all", "--json"))
    pred: dict[str, list] = defaultdict(list)
    for r in rows:
        raw = (corpus / r["doc"]).read_text(encoding="utf-8")
        off = raw.index("\n") + 1  # the scorer's offsets start after the header line
        pred[r["doc"].removesuffix(".txt")].append(
            {
                "start": r["start"] - off,
                "end": r["end"] - off,
                "value": r["value"],
                "type": r["type"],
            }
        )
    pred_path = work / "pred.json"
    pred_path.write_text(json.dumps(pred), encoding="utf-8")
    print(f"== {which} through newsdesk index + timeline --all --json")
    subprocess.run(
        [
            sys.executable,
            str(shared / "eval" / "timex_score.py"),
            str(shared / "tempeval" / which),
            str(pred_path),
        ],
        check=True,
    )


def quotes(shared: Path, split: str, limit: int | None, work: Path) -> None:
    gold_path = shared / "polnear" / f"gold_{split}.jsonl"
    docs = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines() if line]
    if limit:
        docs = docs[:limit]
    corpus = work / "corpus"
    corpus.mkdir()
    names = {}
    for i, d in enumerate(docs):
        name = f"{i:05d}.txt"
        names[name] = d["doc_id"]
        (corpus / name).write_text(d["text"], encoding="utf-8")
    newsdesk(work / "ix", "index", str(corpus))
    rows = json.loads(newsdesk(work / "ix", "quotes", "--json"))
    pred: dict[str, list] = defaultdict(list)
    for r in rows:
        pred[names[r["doc"]]].append(
            {"quote_start": r["start"], "quote_end": r["end"], "speaker": r["speaker"]}
        )
    gold_sub = work / "gold.jsonl"
    gold_sub.write_text("\n".join(json.dumps(d) for d in docs), encoding="utf-8")
    pred_path = work / "pred.jsonl"
    pred_path.write_text(
        "\n".join(
            json.dumps({"doc_id": d["doc_id"], "quotes": pred.get(d["doc_id"], [])}) for d in docs
        ),
        encoding="utf-8",
    )
    scorer = str(shared / "eval" / "quotes_score.py")
    for extra in ([], ["--speech-only"]):
        print(f"== PolNeAR {split} ({len(docs)} docs) via newsdesk quotes --json {' '.join(extra)}")
        subprocess.run([sys.executable, scorer, str(gold_sub), str(pred_path), *extra], check=True)


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("what", choices=("timex", "quotes"))
    ap.add_argument("--set", dest="which", action="append", choices=("TimeBank", "AQUAINT"))
    ap.add_argument("--split", default="dev", choices=("dev", "train"))
    ap.add_argument("--limit", type=int)
    ap.add_argument("--shared")
    args = ap.parse_args()
    shared = shared_dir(args.shared)
    if args.what == "timex":
        for which in args.which or ["TimeBank", "AQUAINT"]:
            with tempfile.TemporaryDirectory() as tmp:
                timex(shared, which, Path(tmp))
    else:
        with tempfile.TemporaryDirectory() as tmp:
            quotes(shared, args.split, args.limit, Path(tmp))


if __name__ == "__main__":
    main()
