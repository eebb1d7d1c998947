"""Reading a corpus: formats, headers, encodings, and files that are not articles."""

from __future__ import annotations

import json
import os
from pathlib import Path

from search.corpus import FileRef, decode, read_file, split_header, walk


def _read(path: Path):
    return read_file(FileRef(path, path.name))


def test_seed_inline_header_keeps_story_on_same_line(seeds_dir: Path) -> None:
    (src,), problems = _read(seeds_dir / "000_9b634da504ac9f83.txt")
    assert problems == []
    assert src.meta == {"date": "2025-08-04"}
    assert src.text[src.body_start :].startswith("The flags of Mexico and Canada")


def test_seed_without_header_starts_at_zero(seeds_dir: Path) -> None:
    (src,), _ = _read(seeds_dir / "003_6f6fc26012580282.txt")
    assert src.meta == {} and src.body_start == 0


def test_key_value_header_ends_at_blank_line() -> None:
    text = "Title: Budget day\nDate: 2024-03-01\nSource: The Daily\n\nThe minister said…"
    meta, start = split_header(text)
    assert meta == {"title": "Budget day", "date": "2024-03-01", "source": "The Daily"}
    assert text[start:] == "The minister said…"


def test_prose_starting_with_a_key_word_is_not_a_header() -> None:
    text = "Source: a senior official told us this morning\nthat talks collapsed."
    assert split_header(text) == ({}, 0)


def test_decoding_utf8_bom_utf16_and_cp1252() -> None:
    assert decode("hé".encode("utf-8-sig")) == ("hé", None)
    assert decode("hé “q”".encode("utf-16")) == ("hé “q”", None)
    text, warning = decode("“quoted” café".encode("cp1252"))
    assert text == "“quoted” café" and "cp1252" in warning


def test_binary_and_empty_files_are_skipped_with_a_reason(tmp_path: Path) -> None:
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200))
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "head.txt").write_text("date 2025-01-02\n", encoding="utf-8")
    reasons = {}
    for path in tmp_path.iterdir():
        sources, problems = _read(path)
        assert sources == []
        reasons[path.name] = problems[0].reason
    assert "binary" in reasons["image.txt"]
    assert "empty" in reasons["empty.txt"]
    assert "header only" in reasons["head.txt"]


def test_jsonl_keeps_good_lines_and_names_the_broken_one(tmp_path: Path) -> None:
    path = tmp_path / "wire.jsonl"
    lines = [
        json.dumps({"title": "A", "date": "2024-01-01", "text": "First story."}),
        "{broken",
        json.dumps({"title": "B", "body": "Second story."}),
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    sources, problems = read_file(FileRef(path, "wire.jsonl"))
    assert [s.doc for s in sources] == ["wire.jsonl#1", "wire.jsonl#3"]
    assert sources[0].meta["title"] == "A" and sources[1].text == "Second story."
    assert len(problems) == 1 and problems[0].path.endswith("wire.jsonl:2")


def test_walk_ids_are_relative_and_symlink_loops_end(tmp_path: Path) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "story.md").write_text("Words.", encoding="utf-8")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    os.symlink(tmp_path / "a", tmp_path / "a" / "b" / "loop")
    refs, problems = walk([tmp_path])
    assert [r.doc for r in refs] == ["a/b/story.md"]
    assert any("loop" in p.reason for p in problems)
