"""Titles, outlets and publication dates, with where each date came from."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from search.articles import build_article
from search.corpus import FileRef, Source, read_file


def _article(path: Path):
    (src,), _ = read_file(FileRef(path, path.name))
    return build_article(src)


def test_seed_publication_dates_match_gold(seeds_dir: Path, gold: dict) -> None:
    for doc, pub in gold["publication"].items():
        art, _ = _article(seeds_dir / doc)
        assert art.date in [pub["date"], *pub["accept"]], doc
    assert _article(seeds_dir / "000_9b634da504ac9f83.txt")[0].date_source == "header"
    assert _article(seeds_dir / "003_6f6fc26012580282.txt")[0].date_source == "text"


def test_titles_come_from_the_lead_not_captions_or_other_headlines(seeds_dir: Path) -> None:
    a, _ = _article(seeds_dir / "000_9b634da504ac9f83.txt")
    b, _ = _article(seeds_dir / "003_6f6fc26012580282.txt")
    assert a.title.startswith("Two of Canada’s most senior cabinet ministers")
    assert b.title.startswith("Finance Minister François-Philippe Champagne")
    assert len(a.title) <= 90 and len(b.title) <= 90


def test_outlet_named_only_when_the_story_names_itself(seeds_dir: Path) -> None:
    assert _article(seeds_dir / "003_6f6fc26012580282.txt")[0].source == "The Globe and Mail"
    assert _article(seeds_dir / "000_9b634da504ac9f83.txt")[0].source is None


def test_bad_header_date_falls_back_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "x.txt"
    path.write_text(" date 2025-13-45 Officials met on Aug. 1, 2025, said Friday.", "utf-8")
    art, warnings = _article(path)
    assert art.date == "2025-08-01" and art.date_source == "text"
    assert any("2025-13-45" in w for w in warnings)


def test_file_time_is_the_last_resort(tmp_path: Path) -> None:
    path = tmp_path / "x.txt"
    path.write_text("No dates in this story at all.", "utf-8")
    os.utime(path, (1_700_000_000, 1_700_000_000))
    art, _ = _article(path)
    assert art.date_source == "file"
    assert art.date == dt.datetime.fromtimestamp(1_700_000_000).date().isoformat()


def test_header_fields_win() -> None:
    src = Source("d", "d", "title: Budget\nsource: The Daily\ndate: 2024-03-01\n\nText.", 0)
    from search.corpus import split_header

    src.meta, src.body_start = split_header(src.text)
    art, _ = build_article(src)
    assert (art.title, art.source, art.date, art.date_source) == (
        "Budget",
        "The Daily",
        "2024-03-01",
        "header",
    )
