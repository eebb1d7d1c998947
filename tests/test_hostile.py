"""Hostile input: bad files, bad queries, escape sequences. Nothing crashes, nothing is lost."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from search import store
from search.indexer import build_index
from search.library import Library, QueryError

NEWSDESK = Path(sys.executable).with_name("newsdesk")
GOOD = " date 2025-08-04 Officials said Tuesday that the talks would resume in Ottawa."


def nd(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(NEWSDESK), *args], capture_output=True, text=True, timeout=300)


def _hashes(root: Path) -> dict[str, str]:
    out = {}
    for p in sorted(root.rglob("*")):
        if p.is_file() and not p.is_symlink():
            out[str(p)] = hashlib.sha256(p.read_bytes()).hexdigest()
    return out


@pytest.fixture(scope="module")
def bad_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("hostile") / "corpus"
    root.mkdir()
    (root / "good.txt").write_text(GOOD, "utf-8")
    (root / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (root / "picture.png.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    (root / "empty.txt").write_bytes(b"")
    (root / "header-only.txt").write_text("date 2025-01-01\n", "utf-8")
    (root / "bad-date.txt").write_text(" date 2025-13-45 The mayor spoke on Aug. 2, 2025.", "utf-8")
    (root / "cp1252.txt").write_bytes("“Curly,” she said of the café.".encode("cp1252"))
    (root / "bom.txt").write_bytes("The BOM story ran Monday.".encode("utf-8-sig"))
    (root / "utf16.txt").write_bytes("A UTF-16 story about tariffs.".encode("utf-16"))
    (root / "long-line.txt").write_text("word " * 400_000, "utf-8")
    lines = [json.dumps({"title": "One", "text": "First wire story."}), "{oops", "[1, 2"]
    lines.append(json.dumps({"title": "Two", "body": "Second wire story."}))
    (root / "wire.jsonl").write_text("\n".join(lines), "utf-8")
    (root / "naïve name with spaces.md").write_text("Spaces and accents are fine.", "utf-8")
    (root / "sub").mkdir()
    os.symlink(root, root / "sub" / "loop")
    return root


@pytest.fixture(scope="module")
def indexed(bad_corpus: Path, tmp_path_factory: pytest.TempPathFactory):
    before = _hashes(bad_corpus)
    ix = tmp_path_factory.mktemp("hostile-ix") / "ix"
    out = nd("--index-dir", str(ix), "index", str(bad_corpus))
    return bad_corpus, ix, out, before


def test_index_finishes_and_names_each_bad_file_once(indexed) -> None:
    _, _, out, _ = indexed
    assert out.returncode == 0
    assert "Traceback" not in out.stderr
    skipped = [line for line in out.stderr.splitlines() if line.startswith("skipped ")]
    for name in ("binary.txt", "picture.png.txt", "empty.txt", "header-only.txt"):
        assert sum(name in line for line in skipped) == 1, name
    assert sum("wire.jsonl:2" in line for line in skipped) == 1
    assert sum("wire.jsonl:3" in line for line in skipped) == 1
    assert any("loop" in line for line in skipped)
    assert any("2025-13-45" in line for line in out.stderr.splitlines())
    assert f"; {len(skipped)} skipped" in out.stderr.splitlines()[-1]  # the summary count


def test_every_good_article_and_jsonl_line_is_indexed(indexed) -> None:
    _, ix, _, _ = indexed
    with Library.open(ix) as lib:
        docs = {a.doc: a for a in lib.articles()}
    assert set(docs) == {
        "good.txt",
        "bad-date.txt",
        "cp1252.txt",
        "bom.txt",
        "utf16.txt",
        "long-line.txt",
        "wire.jsonl#1",
        "wire.jsonl#4",
        "naïve name with spaces.md",
    }
    assert docs["bad-date.txt"].date == "2025-08-02"
    assert docs["cp1252.txt"].title.startswith("“Curly,”")


def test_the_users_files_are_never_written(indexed) -> None:
    corpus, ix, _, before = indexed
    build_index([corpus], ix, rebuild=True)
    assert _hashes(corpus) == before


def test_rerun_reports_the_same_bad_files(indexed) -> None:
    corpus, ix, first, _ = indexed
    again = nd("--index-dir", str(ix), "index", str(corpus))
    assert again.returncode == 0

    def skipped(out: subprocess.CompletedProcess) -> list[str]:
        return sorted(x for x in out.stderr.splitlines() if x.startswith("skipped"))

    assert skipped(again) == skipped(first)


def test_a_file_that_vanishes_mid_run_is_one_line(tmp_path: Path, monkeypatch) -> None:
    from search import corpus as corpus_mod
    from search import indexer

    root = tmp_path / "c"
    root.mkdir()
    (root / "a.txt").write_text(GOOD, "utf-8")
    real_walk = corpus_mod.walk

    def walk_with_ghost(paths):
        refs, problems = real_walk(paths)
        return refs + [corpus_mod.FileRef(root / "ghost.txt", "ghost.txt")], problems

    monkeypatch.setattr(indexer, "walk", walk_with_ghost)
    report = build_index([root], tmp_path / "ix")
    assert report.added == 1
    assert [p for p, _ in report.skipped] == [str(root / "ghost.txt")]


def test_unwritable_index_dir_is_one_line(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", "utf-8")
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text(GOOD, "utf-8")
    out = nd("--index-dir", str(blocker / "ix"), "index", str(corpus))
    assert out.returncode == 1 and "Traceback" not in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1 and "index" in out.stderr


def test_index_of_an_older_schema_is_rebuilt(tmp_path: Path) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text(GOOD, "utf-8")
    ix = tmp_path / "ix"
    build_index([corpus], ix)
    current = store.read_current(ix)
    store_path = ix / store.CURRENT
    store_path.write_text(json.dumps({**current, "schema": 0}), "utf-8")
    out = nd("--index-dir", str(ix), "articles", "--json")
    assert out.returncode == 1 and "version" in out.stderr
    assert build_index([corpus], ix).added == 1
    assert len(json.loads(nd("--index-dir", str(ix), "articles", "--json").stdout)) == 1


def test_escape_sequences_in_articles_never_reach_the_terminal(tmp_path: Path) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    evil = " date 2025-08-04 Clear \x1b[2J screen [bold red]now[/] said Tuesday \x07 bell."
    (corpus / "evil.txt").write_text(evil, "utf-8")
    ix = tmp_path / "ix"
    assert nd("--index-dir", str(ix), "index", str(corpus)).returncode == 0
    for args in (["search", "screen"], ["articles"], ["timeline"], ["quotes"]):
        out = nd("--index-dir", str(ix), *args)
        assert out.returncode == 0
        assert "\x1b" not in out.stdout and "\x07" not in out.stdout, args
    data = json.loads(nd("--index-dir", str(ix), "search", "screen", "--json").stdout)
    assert "\x1b[2J" in data[0]["snippet"]  # JSON keeps the data exactly, escaped


QUERY_PIECES = (
    '" ( ) [ ] { } AND OR NOT title: date: date:[ *  ? ~ ^2 tariff mexico 2025-08-01 '
    "people: source: : - +"
).split() + [" to ", "\x1b", "\x00"]


@pytest.fixture(scope="module")
def seeds_library(tmp_path_factory: pytest.TempPathFactory):
    ix = tmp_path_factory.mktemp("fuzz") / "ix"
    build_index([Path(__file__).resolve().parents[1] / "seeds"], ix)
    lib = Library.open(ix)
    yield lib
    lib.close()


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.one_of(
        st.text(max_size=80),
        st.lists(
            st.sampled_from(QUERY_PIECES),
            max_size=12,
        ).map(" ".join),
    )
)
def test_no_query_raises_anything_but_a_query_error(seeds_library: Library, query: str) -> None:
    try:
        page = seeds_library.search(query, limit=5)
    except QueryError as exc:
        assert "\n" not in str(exc)
    else:
        assert page.total >= len(page.hits)
