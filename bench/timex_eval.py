"""Score the timeline engine on TempEval-3 TimeML data (TimeBank, AQUAINT).

    python bench/timex_eval.py [TML_DIR ...] [--shared PATH] [--errors N] [--save PRED.json]

With no folder it scores TimeBank and AQUAINT from ../shared/tempeval one after
the other. Text and offsets come from shared's own converter and the figures
from shared's own scorer (strict/relaxed/value P/R/F1, all types and DATE
only), so what we print is what the TempEval-3 convention counts. The data
never enters the repository: it is read from shared/ (``--shared`` or the
NEWSDESK_SHARED environment variable override where that is).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import shared_dir  # noqa: E402  (bench/ is sys.path[0] when run)

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from search.timex import extract_timexes  # noqa: E402


def predict(tml_dir: Path, shared: Path) -> tuple[dict[str, list[dict[str, object]]], int, float]:
    """Run the engine on every document; returns predictions, word count, seconds."""
    sys.path.insert(0, str(shared / "eval"))
    from timeml_to_text import load_dir  # type: ignore[import-not-found]

    docs = load_dir(str(tml_dir))
    preds: dict[str, list[dict[str, object]]] = {}
    words = 0
    elapsed = 0.0
    for doc_id, d in docs.items():
        text = d["text"]
        anchor = dt.date.fromisoformat(d["dct"])
        words += len(text.split())
        t0 = time.perf_counter()
        timexes = extract_timexes(text, anchor)
        elapsed += time.perf_counter() - t0
        preds[doc_id] = [
            {"start": t.start, "end": t.end, "text": t.expression, "value": t.value, "type": t.type}
            for t in timexes
        ]
    return preds, words, elapsed


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("dirs", nargs="*", help="TimeML folders (default: TimeBank and AQUAINT)")
    ap.add_argument("--shared", help="path of shared/ (default ../shared or $NEWSDESK_SHARED)")
    ap.add_argument("--errors", type=int, default=0, help="print up to N errors of each kind")
    ap.add_argument("--save", help="also keep the predictions JSON here")
    args = ap.parse_args(argv)
    shared = shared_dir(args.shared)
    dirs = [Path(d) for d in args.dirs] or [
        shared / "tempeval" / "TimeBank",
        shared / "tempeval" / "AQUAINT",
    ]
    scorer = shared / "eval" / "timex_score.py"
    for d in dirs:
        preds, words, secs = predict(d, shared)
        with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as f:
            json.dump(preds, f)
            pred_path = f.name
        if args.save:
            Path(args.save).write_text(json.dumps(preds, indent=1), encoding="utf-8")
        print(
            f"== {d.name}: {sum(map(len, preds.values()))} timexes, {words} words, "
            f"{words / secs if secs else 0:,.0f} words/s"
        )
        cmd = [sys.executable, str(scorer), str(d), pred_path]
        if args.errors:
            cmd += ["--errors", str(args.errors)]
        sys.stdout.flush()
        subprocess.run(cmd, check=True)
        os.unlink(pred_path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
