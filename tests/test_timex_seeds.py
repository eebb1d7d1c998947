"""The seed gold: every timeline expression of the two bundled articles must
resolve to its gold value (or one of its ``accept`` values)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from search.timex import extract_timexes

ROOT = Path(__file__).resolve().parents[1]
GOLD = json.loads((ROOT / "tests" / "seeds_gold.json").read_text(encoding="utf-8"))
HEADER = " date 2025-08-04 "


def _timexes(doc: str):
    text = (ROOT / "seeds" / doc).read_text(encoding="utf-8")
    anchor = dt.date.fromisoformat(GOLD["publication"][doc]["date"])
    # The header line is the file's, not the story's: leave it out as the caller does.
    spans = [(len(HEADER), len(text))] if text.startswith(HEADER) else None
    return text, extract_timexes(text, anchor, spans=spans)


@pytest.mark.parametrize(
    "item",
    GOLD["timeline"],
    ids=lambda it: f"{it['doc'][:3]}:{it['expression']}:{it['context'][:30]}",
)
def test_seed_gold_value(item: dict) -> None:
    text, timexes = _timexes(item["doc"])
    ctx_at = text.find(item["context"])
    assert ctx_at >= 0, "gold context not found in the seed text"
    # The gold expression inside (or right around) its context sentence.
    lo = max(0, ctx_at - 200)
    hi = ctx_at + len(item["context"]) + 200
    expr_at = [i for i in range(lo, hi) if text.startswith(item["expression"], i)]
    assert expr_at, "gold expression not near its context"
    ctx_end = ctx_at + len(item["context"])
    expr_at.sort(
        key=lambda i: 0 if ctx_at <= i < ctx_end else min(abs(i - ctx_at), abs(i - ctx_end))
    )
    start = expr_at[0]
    end = start + len(item["expression"])
    hits = [t for t in timexes if t.start < end and t.end > start]
    assert hits, f"no timex overlaps {item['expression']!r}"
    allowed = {item["value"], *item.get("accept", [])}
    assert hits[0].value in allowed, (hits[0].expression, hits[0].value, allowed)


def test_seed_offsets_and_sentences() -> None:
    for doc in GOLD["publication"]:
        text, timexes = _timexes(doc)
        for t in timexes:
            assert t.expression == text[t.start : t.end]
            assert t.sentence_start <= t.start < t.end <= t.sentence_end
            if text.startswith(HEADER):
                assert t.start >= len(HEADER)


def test_seed_dateline_photo_caption_span() -> None:
    text, timexes = _timexes("000_9b634da504ac9f83.txt")
    first = timexes[0]
    assert first.expression in {"Feb. 3, 2025", "Monday, Feb. 3, 2025"}
    assert first.value == "2025-02-03"
