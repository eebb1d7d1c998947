"""Score the timeline engine on TempEval-3 TimeML data (TimeBank, AQUAINT).

    python bench/timex_eval.py [TML_DIR ...] [--shared PATH] [--errors N] [--save PRED.json]
                               [--resolver ours|dateparser|dateparser-or-ours]

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
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import shared_dir  # noqa: E402  (bench/ is sys.path[0] when run)

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from search.timex import extract_timexes  # noqa: E402

_CALENDAR = re.compile(r"(\d{4})(?:-(\d\d)(?:-(\d\d))?|-W(\d\d))?(T.*)?")


class DateparserResolver:
    """Our spans, valued by ``dateparser.parse`` instead of our resolver.

    The issue asks for dateparser "where it is strong (parsing and resolving a
    known phrase)". This measures that: each DATE/TIME phrase our grammar finds
    whose value is a calendar day, week, month or year is handed to dateparser
    with the publication date as RELATIVE_BASE, and its answer is written at
    our value's granularity. Values dateparser has no form for (quarters,
    seasons, decades, PRESENT_REF, durations, sets) keep ours; a phrase it
    cannot read is dropped, or keeps ours with ``fill``. ``counts`` says how
    often each happened.
    """

    def __init__(self, fill: bool = False) -> None:
        self.fill = fill
        import dateparser  # slow import; only in this mode

        self._parse = dateparser.parse
        self.counts = {"same": 0, "different": 0, "unread": 0, "not_calendar": 0}

    def value(self, expression: str, ours: str, anchor: dt.date) -> str | None:
        m = _CALENDAR.fullmatch(ours)
        if m is None:
            self.counts["not_calendar"] += 1
            return ours
        base = dt.datetime(anchor.year, anchor.month, anchor.day, 12)
        got = self._parse(expression, languages=["en"], settings={"RELATIVE_BASE": base})
        if got is None:
            self.counts["unread"] += 1
            return ours if self.fill else None
        d = got.date()
        if m.group(4):
            iso = d.isocalendar()
            value = f"{iso[0]:04d}-W{iso[1]:02d}"
        elif m.group(3):
            value = d.isoformat()
        elif m.group(2):
            value = f"{d.year:04d}-{d.month:02d}"
        else:
            value = f"{d.year:04d}"
        value += m.group(5) or ""
        self.counts["same" if value == ours else "different"] += 1
        return value


def predict(
    tml_dir: Path, shared: Path, dp: DateparserResolver | None = None
) -> tuple[dict[str, list[dict[str, object]]], int, float]:
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
        rows = []
        for t in timexes:
            value: str | None = t.value
            if dp is not None and t.type in {"DATE", "TIME"}:
                value = dp.value(t.expression, t.value, anchor)
            if value is not None:
                rows.append(
                    {"start": t.start, "end": t.end, "text": t.expression, "value": value,
                     "type": t.type}
                )
        preds[doc_id] = rows
    return preds, words, elapsed


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("dirs", nargs="*", help="TimeML folders (default: TimeBank and AQUAINT)")
    ap.add_argument("--shared", help="path of shared/ (default ../shared or $NEWSDESK_SHARED)")
    ap.add_argument("--errors", type=int, default=0, help="print up to N errors of each kind")
    ap.add_argument("--save", help="also keep the predictions JSON here")
    ap.add_argument(
        "--resolver",
        choices=["ours", "dateparser", "dateparser-or-ours"],
        default="ours",
        help="who gives calendar values to the phrases found (default: ours); "
        "dateparser-or-ours keeps our value where dateparser reads nothing",
    )
    args = ap.parse_args(argv)
    shared = shared_dir(args.shared)
    dirs = [Path(d) for d in args.dirs] or [
        shared / "tempeval" / "TimeBank",
        shared / "tempeval" / "AQUAINT",
    ]
    scorer = shared / "eval" / "timex_score.py"
    for d in dirs:
        dp = (
            DateparserResolver(fill=args.resolver == "dateparser-or-ours")
            if args.resolver != "ours"
            else None
        )
        preds, words, secs = predict(d, shared, dp)
        if dp is not None:
            print(f"dateparser on {d.name}: {dp.counts}")
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
