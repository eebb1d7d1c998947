"""The corpus walk: what it finds, what it reports, and the (size, mtime) it
carries for a re-index (one stat per file, taken during the directory scan)."""

from __future__ import annotations

import os
from pathlib import Path

from search.corpus import walk
from search.indexer import build_index


def test_walk_sorts_out_odd_entries_named_like_articles(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("date: 2025-01-02\n\nTalks resumed on Monday.\n")
    (tmp_path / "dir.txt").mkdir()  # a folder named like an article is walked into
    (tmp_path / "dir.txt" / "inner.md").write_text("Prices rose in March 2024.\n")
    os.symlink(tmp_path / "missing.txt", tmp_path / "broken.txt")
    os.symlink(tmp_path / "good.txt", tmp_path / "link.txt")
    os.mkfifo(tmp_path / "pipe.txt")  # never opened: reading it would wait forever
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")

    refs, problems = walk([tmp_path])

    assert [r.doc for r in refs] == ["dir.txt/inner.md", "good.txt", "link.txt"]
    for ref in refs:
        st = os.stat(ref.path)
        assert ref.stat == (st.st_size, st.st_mtime)
    assert [(Path(p.path).name, p.reason) for p in problems] == [
        ("broken.txt", "broken or looping symlink")
    ]


def test_a_file_touched_without_a_change_is_not_extracted_again(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    story = corpus / "a.txt"
    story.write_text("date: 2025-01-02\n\nTalks resumed on Monday, officials said.\n")
    (corpus / "b.txt").write_text("date: 2025-01-03\n\nPrices rose in March 2024.\n")
    index_dir = tmp_path / "ix"
    assert build_index([corpus], index_dir, workers=1).added == 2
    nothing = build_index([corpus], index_dir, workers=1)
    assert (nothing.added, nothing.updated, nothing.unchanged) == (0, 0, 2)
    st = story.stat()
    os.utime(story, ns=(st.st_atime_ns, st.st_mtime_ns + 10**9))
    touched = build_index([corpus], index_dir, workers=1)
    assert (touched.updated, touched.unchanged) == (0, 2)  # same bytes: only its mark moves
    story.write_text("date: 2025-01-02\n\nTalks ended on Friday, officials said.\n")
    assert build_index([corpus], index_dir, workers=1).updated == 1
