"""The index: incremental updates, crash safety, locking, and the files never written."""

from __future__ import annotations

import hashlib
import os
import shutil
import threading
from pathlib import Path

import pytest

from search import store
from search.indexer import build_index, needs_indexing
from search.library import IndexMissing, Library


def _hash_tree(root: Path) -> dict[str, str]:
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


@pytest.fixture()
def corpus(tmp_path: Path, seeds_dir: Path) -> Path:
    root = tmp_path / "corpus"
    root.mkdir()
    for p in seeds_dir.glob("*.txt"):
        shutil.copy2(p, root / p.name)
    return root


def test_second_run_reads_only_what_changed(corpus: Path, tmp_path: Path) -> None:
    ix = tmp_path / "ix"
    first = build_index([corpus], ix)
    assert (first.added, first.unchanged) == (2, 0)
    assert not needs_indexing([corpus], ix)
    again = build_index([corpus], ix)
    assert (again.added, again.updated, again.unchanged) == (0, 0, 2)

    (corpus / "new.txt").write_text(" date 2025-09-01 Ministers met on Tuesday.", "utf-8")
    story = corpus / "000_9b634da504ac9f83.txt"
    story.write_text(story.read_text("utf-8") + "\n\nA kangaroo was seen.", "utf-8")
    (corpus / "003_6f6fc26012580282.txt").unlink()
    assert needs_indexing([corpus], ix)
    third = build_index([corpus], ix)
    assert (third.added, third.updated, third.deleted) == (1, 1, 1)
    with Library.open(ix) as lib:
        assert {a.doc for a in lib.articles()} == {"000_9b634da504ac9f83.txt", "new.txt"}
        assert [h.doc for h in lib.search("kangaroo").hits] == ["000_9b634da504ac9f83.txt"]
        assert all(q.doc != "003_6f6fc26012580282.txt" for q in lib.quotes())


def test_touched_but_unchanged_file_is_not_reextracted(corpus: Path, tmp_path: Path) -> None:
    ix = tmp_path / "ix"
    build_index([corpus], ix)
    os.utime(corpus / "000_9b634da504ac9f83.txt", (2_000_000_000, 2_000_000_000))
    report = build_index([corpus], ix)
    assert (report.updated, report.unchanged) == (0, 2)
    assert not needs_indexing([corpus], ix)


def test_rebuild_swaps_in_a_new_index_and_cleans_the_old(corpus: Path, tmp_path: Path) -> None:
    ix = tmp_path / "ix"
    build_index([corpus], ix)
    old = store.read_current(ix)["indexname"]
    report = build_index([corpus], ix, rebuild=True)
    new = store.read_current(ix)["indexname"]
    assert report.added == 2 and new != old
    assert not any(old in p.name for p in ix.iterdir())


def test_corpus_files_are_never_written(corpus: Path, tmp_path: Path) -> None:
    before = _hash_tree(corpus)
    build_index([corpus], tmp_path / "ix")
    build_index([corpus], tmp_path / "ix", rebuild=True)
    assert _hash_tree(corpus) == before


def test_missing_or_garbled_index_says_it_needs_building(tmp_path: Path) -> None:
    with pytest.raises(IndexMissing):
        Library.open(tmp_path / "nothing")
    (tmp_path / "bad").mkdir()
    (tmp_path / "bad" / "CURRENT.json").write_text("{not json", "utf-8")
    with pytest.raises(IndexMissing):
        Library.open(tmp_path / "bad")


def test_damaged_live_index_is_rebuilt(corpus: Path, tmp_path: Path) -> None:
    ix = tmp_path / "ix"
    build_index([corpus], ix)
    name = store.read_current(ix)["indexname"]
    for p in ix.iterdir():
        if p.name.startswith(f"_{name}_") and p.suffix == ".toc":
            p.write_bytes(b"garbage")
    report = build_index([corpus], ix)
    assert report.added == 2
    with Library.open(ix) as lib:
        assert len(lib.articles()) == 2


def test_second_writer_waits_then_says_busy(corpus: Path, tmp_path: Path) -> None:
    ix = tmp_path / "ix"
    held = threading.Event()
    release = threading.Event()

    def hold() -> None:
        with store.write_lock(ix):
            held.set()
            release.wait(5)

    t = threading.Thread(target=hold)
    t.start()
    held.wait(5)
    waited: list[bool] = []
    try:
        with pytest.raises(store.IndexBusy):
            build_index([corpus], ix, lock_timeout=0.3, on_wait=lambda: waited.append(True))
    finally:
        release.set()
        t.join()
    assert waited == [True]
    assert build_index([corpus], ix).added == 2


def test_open_library_picks_up_a_new_commit(corpus: Path, tmp_path: Path) -> None:
    ix = tmp_path / "ix"
    build_index([corpus], ix)
    with Library.open(ix) as lib:
        assert lib.search("wombat").hits == ()
        (corpus / "w.txt").write_text(" date 2025-08-05 A wombat crossed the road.", "utf-8")
        build_index([corpus], ix)
        assert lib.refresh() is True
        assert [h.doc for h in lib.search("wombat").hits] == ["w.txt"]
        build_index([corpus], ix, rebuild=True)
        assert lib.refresh() is True
        assert len(lib.articles()) == 3


def test_did_you_mean_offers_words_as_written(corpus: Path, tmp_path: Path) -> None:
    # the index keeps stems only ("govern"); the suggestion must still be a word
    ix = tmp_path / "ix"
    build_index([corpus], ix)
    with Library.open(ix) as lib:
        page = lib.search("goverment")
        assert page.hits == () and page.suggestion == "government"
        assert lib.search("tarifs goverment").suggestion == "tariffs government"
        assert lib.search(page.suggestion).hits


def test_build_split_over_workers_equals_one_process_build(tmp_path: Path, seeds_dir: Path) -> None:
    # enough files for the worker processes (each writes a segment of its own)
    root = tmp_path / "corpus"
    root.mkdir()
    seeds = sorted(seeds_dir.glob("*.txt"))
    for i in range(60):
        text = seeds[i % len(seeds)].read_text("utf-8")
        (root / f"s{i:03d}.txt").write_text(f"{text}\n\nStory {i} mentions wombat{i % 7}.", "utf-8")
    one, many = tmp_path / "one", tmp_path / "many"
    assert build_index([root], one, workers=1).added == 60
    assert build_index([root], many, workers=2).added == 60
    with Library.open(one) as a, Library.open(many) as b:
        assert a.articles() == b.articles()
        assert a.timeline() == b.timeline()
        assert a.quotes() == b.quotes()
        assert a.people() == b.people()
        for q in ("tariffs", "wombat3", "minister said"):
            assert [h.doc for h in a.search(q).hits] == [h.doc for h in b.search(q).hits]
    # and an update after a split build still replaces the file's records
    (root / "s005.txt").write_text("date: 2025-09-01\n\nA platypus swam past.", "utf-8")
    assert build_index([root], many, workers=2).updated == 1
    with Library.open(many) as b:
        assert [h.doc for h in b.search("platypus").hits] == ["s005.txt"]
        assert not [h for h in b.search("wombat5").hits if h.doc == "s005.txt"]


def test_worker_build_starts_under_a_print_capture_without_a_descriptor(
    tmp_path: Path, seeds_dir: Path
) -> None:
    """The dashboard indexes while Textual has replaced sys.stderr with a
    capture whose fileno() is -1; multiprocessing's helper processes used to
    refuse to start then ("bad value(s) in fds_to_keep"), so a folder of 48
    files or more could not be indexed from the dashboard. A fresh process
    (no helper process running yet) checks it as a user's first run would."""
    import subprocess
    import sys

    root = tmp_path / "corpus"
    root.mkdir()
    seeds = sorted(seeds_dir.glob("*.txt"))
    for i in range(60):
        (root / f"s{i:03d}.txt").write_text(seeds[i % len(seeds)].read_text("utf-8"), "utf-8")
    script = (
        "import sys\n"
        "class Capture:\n"
        "    def write(self, text): return len(text)\n"
        "    def flush(self): pass\n"
        "    def fileno(self): return -1\n"
        "sys.stderr = Capture()\n"
        "from search.indexer import build_index\n"
        f"report = build_index([{str(root)!r}], {str(tmp_path / 'ix')!r}, workers=2)\n"
        "print(report.added)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split()[-1] == "60"
