"""Page furniture is told from the story by its shape, and the seeds' furniture is found."""

from __future__ import annotations

from pathlib import Path

from search.cleaning import classify, split_blocks
from search.corpus import FileRef, read_file


def _blocks(path: Path):
    (src,), _ = read_file(FileRef(path, path.name))
    return src.text, split_blocks(src.text, src.body_start)


def test_every_gold_furniture_line_is_kept_out_of_the_body(seeds_dir: Path, gold: dict) -> None:
    for item in gold["not_body"]:
        text, blocks = _blocks(seeds_dir / item["doc"])
        kinds = {text[b.start : b.end].strip(): b.kind for b in blocks}
        assert kinds[item["line"]] != "body", item["line"]


def test_story_paragraphs_stay_body(seeds_dir: Path, gold: dict) -> None:
    # every gold quote sits in a body paragraph, so none may be furniture
    for q in gold["quotes"]:
        text, blocks = _blocks(seeds_dir / q["doc"])
        (block,) = [b for b in blocks if q["contains"] in text[b.start : b.end]]
        assert block.kind == "body", q["contains"]


def test_shapes_of_furniture() -> None:
    assert classify("Open this photo in gallery:") == "gallery"
    assert classify("View the full gallery") == "gallery"
    assert classify("Firefighters at the scene on Tuesday. (AP Photo/Jane Roe)") == "caption"
    assert classify("Protesters outside the court.JOHN DOE/Reuters") == "caption"
    assert classify("With files from Jane Roe and The Associated Press") == "byline"
    assert classify("Council votes to close library branches early") == "headline"
    assert classify("The council voted on Monday to close two branches.") == "body"
    assert classify("“We will appeal,” she said.") == "body"
    # wire datelines open the story; they are not headlines of other stories
    assert classify("HAVANA, August 7 (Xinhua) --") == "body"
    assert classify("NAIROBI, Kenya (AP) _") == "body"


def test_header_gets_its_own_block_and_offsets_are_the_files(seeds_dir: Path) -> None:
    text, blocks = _blocks(seeds_dir / "000_9b634da504ac9f83.txt")
    assert blocks[0].kind == "header" and text[: blocks[0].end].strip() == "date 2025-08-04"
    assert blocks[1].kind == "caption"
    assert text[blocks[1].start :].startswith("The flags of Mexico")
