"""The `newsdesk` command line through its real entry point: the --json contract."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from search.records import JSON_FIELDS

NEWSDESK = Path(sys.executable).with_name("newsdesk")


def nd(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(NEWSDESK), *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **(env or {})},
    )


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    ix = tmp_path_factory.mktemp("cli") / "ix"
    seeds = Path(__file__).resolve().parents[1] / "seeds"
    out = nd("--index-dir", str(ix), "index", str(seeds))
    assert out.returncode == 0, out.stderr
    return ix


def _json(ix: Path, *args: str) -> list[dict]:
    out = nd("--index-dir", str(ix), *args, "--json")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert isinstance(data, list)
    return data


@pytest.mark.parametrize("command", ["articles", "timeline", "people", "quotes"])
def test_json_records_have_exactly_the_contract_fields(index_dir: Path, command: str) -> None:
    rows = _json(index_dir, command)
    assert rows, command
    assert all(set(r) == set(JSON_FIELDS[command]) for r in rows)


def test_search_json(index_dir: Path) -> None:
    rows = _json(index_dir, "search", "Sheinbaum")
    assert set(rows[0]) == set(JSON_FIELDS["search"])
    assert {r["doc"] for r in rows} == {"000_9b634da504ac9f83.txt", "003_6f6fc26012580282.txt"}
    assert all(isinstance(r["score"], float) for r in rows)
    assert "Sheinbaum" in rows[0]["snippet"]
    by_date = _json(index_dir, "search", "Sheinbaum", "--sort", "date", "--limit", "1")
    assert [r["date"] for r in by_date] == ["2025-08-04"]


def test_articles_dates_and_provenance(index_dir: Path) -> None:
    rows = {r["doc"]: r for r in _json(index_dir, "articles")}
    assert rows["000_9b634da504ac9f83.txt"]["date"] == "2025-08-04"
    assert rows["000_9b634da504ac9f83.txt"]["date_source"] == "header"
    assert rows["003_6f6fc26012580282.txt"]["date"] in ("2025-08-03", "2025-08-04")
    assert rows["003_6f6fc26012580282.txt"]["date_source"] == "text"


def test_timeline_offsets_point_into_the_file(index_dir: Path) -> None:
    seeds = Path(__file__).resolve().parents[1] / "seeds"
    rows = _json(index_dir, "timeline")
    assert {r["type"] for r in rows} <= {"DATE", "TIME"}
    for r in rows:
        text = (seeds / r["doc"]).read_text(encoding="utf-8")
        assert text[r["start"] : r["end"]] == r["expression"]
        assert r["expression"] in r["sentence"]
    values = [r["value"] for r in rows if r["doc"] == "000_9b634da504ac9f83.txt"]
    assert "2025-08-03" in values and "2025-08-05" in values
    assert len(_json(index_dir, "timeline", "--all")) >= len(rows)


def test_timeline_range(index_dir: Path) -> None:
    rows = _json(index_dir, "timeline", "--from", "2025-08-01", "--to", "2025-08-02")
    assert rows and all(r["value"].startswith("2025-08") or "W31" in r["value"] for r in rows)
    assert "2025-02-03" not in {r["value"] for r in rows}


def test_a_month_as_the_range_end_runs_to_its_last_day(index_dir: Path) -> None:
    # "--to 2025-08" means through Aug. 31, not up to Aug. 1
    rows = _json(index_dir, "timeline", "--from", "2025-08", "--to", "2025-08")
    values = {r["value"] for r in rows}
    assert {"2025-08-05", "2025-08-06"} <= values
    assert not any(v.startswith(("2025-07", "2025-02", "2024")) for v in values)
    # and a relative year spans the whole year: the seeds' 2024 entries are in it
    rows = _json(index_dir, "timeline", "--from", "last year", "--to", "last year")
    assert rows and {r["value"] for r in rows} == {"2024"}


def test_a_day_known_only_by_its_month_is_on_the_timeline(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(
        "date 1999-02-06\nThe tanker sank last October, and the crew was rescued that same day.\n",
        encoding="utf-8",
    )
    ix = tmp_path / "ix"
    assert nd("--index-dir", str(ix), "index", str(corpus)).returncode == 0
    rows = _json(ix, "timeline", "--from", "1998-10-01", "--to", "1998-10-31")
    assert [(r["expression"], r["value"]) for r in rows] == [
        ("last October", "1998-10"),
        ("that same day", "1998-10-XX"),
    ]


def test_quote_offsets_and_person_filter(index_dir: Path) -> None:
    seeds = Path(__file__).resolve().parents[1] / "seeds"
    rows = _json(index_dir, "quotes", "--person", "LeBlanc")
    assert rows and {r["speaker"] for r in rows} == {"Dominic LeBlanc"}
    for r in rows:
        text = (seeds / r["doc"]).read_text(encoding="utf-8")
        assert text[r["start"] : r["end"]] == r["text"]
        assert r["kind"] in ("direct", "indirect")


def test_people_table_and_json(index_dir: Path) -> None:
    people = {p["name"]: p for p in _json(index_dir, "people")}
    assert "François-Philippe Champagne" in people
    assert "Francois-Philippe Champagne" in people["François-Philippe Champagne"]["aliases"]
    assert len(people["François-Philippe Champagne"]["docs"]) == 2
    out = nd("--index-dir", str(index_dir), "people")
    assert out.returncode == 0 and "Dominic LeBlanc" in out.stdout


@pytest.mark.parametrize(
    "query", ['"unbalanced', "date:[garbage to", "AND OR NOT", "kind:event", "x" * 3000]
)
def test_bad_queries_give_one_line_and_never_a_traceback(index_dir: Path, query: str) -> None:
    out = nd("--index-dir", str(index_dir), "search", query, "--json")
    assert "Traceback" not in out.stderr
    if out.returncode == 0:
        json.loads(out.stdout)
    else:
        assert out.returncode == 2 and len(out.stderr.strip().splitlines()) == 1


def test_did_you_mean(index_dir: Path) -> None:
    out = nd("--index-dir", str(index_dir), "search", "tarifs")
    assert out.returncode == 0 and "did you mean: tariff" in out.stdout


def test_usage_errors_exit_2(index_dir: Path) -> None:
    for args in (["search"], ["timeline", "--from", "not a date at all"], ["bogus", "--json"]):
        out = nd("--index-dir", str(index_dir), *args)
        assert out.returncode == 2, args
        assert "Traceback" not in out.stderr and len(out.stderr.strip().splitlines()) == 1


def test_missing_index_is_one_line(tmp_path: Path) -> None:
    out = nd("--index-dir", str(tmp_path / "none"), "articles", "--json")
    assert out.returncode == 1 and "index" in out.stderr and "Traceback" not in out.stderr


def test_index_reports_bad_files_and_keeps_good_ones(tmp_path: Path) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    shutil.copy2(Path(__file__).resolve().parents[1] / "seeds" / "000_9b634da504ac9f83.txt", corpus)
    (corpus / "bin.txt").write_bytes(bytes(range(256)) * 4)
    (corpus / "empty.md").write_text("", "utf-8")
    out = nd("--index-dir", str(tmp_path / "ix"), "index", str(corpus))
    assert out.returncode == 0
    lines = out.stderr.strip().splitlines()
    assert any("bin.txt" in line and "binary" in line for line in lines)
    assert any("empty.md" in line for line in lines)
    assert "Traceback" not in out.stderr
    assert len(_json(tmp_path / "ix", "articles")) == 1
