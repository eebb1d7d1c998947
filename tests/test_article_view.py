"""What a reader is given for one article: story text apart from its header
and its page furniture, with offsets that still index the whole file text."""

from __future__ import annotations

from pathlib import Path

import pytest

from search.indexer import build_index
from search.library import Library


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory, seeds_dir: Path) -> Library:
    path = tmp_path_factory.mktemp("view-index")
    build_index([seeds_dir], path)
    lib = Library.open(path)
    yield lib
    lib.close()


def test_inline_date_header_is_marked_off_not_removed(library: Library, seeds_dir: Path) -> None:
    for info in library.articles():
        view = library.article_view(info.doc)
        raw = (seeds_dir / Path(info.path).name).read_text(encoding="utf-8")
        assert view.text == raw  # offsets index the file's own text
        if raw.startswith(" date "):
            assert view.body_start > 0
            assert view.text[: view.body_start].split() == ["date", info.date]
            assert view.text[view.body_start :].strip()[0].isupper()
        else:
            assert view.body_start == 0
        assert (view.title, view.source, view.date) == (info.title, info.source, info.date)


def test_furniture_spans_cover_the_reference_lines_and_no_quote(
    library: Library, gold: dict
) -> None:
    views = {info.doc: library.article_view(info.doc) for info in library.articles()}
    for item in gold["not_body"]:
        view = views[item["doc"]]
        at = view.text.index(item["line"])
        assert any(s <= at and at + len(item["line"]) <= e for s, e in view.furniture), item
    for item in gold["quotes"]:
        view = views[item["doc"]]
        at = view.text.index(item["contains"])
        assert not any(s <= at < e for s, e in view.furniture), item


def test_a_document_gone_from_the_index_is_a_clear_error(library: Library) -> None:
    with pytest.raises(LookupError, match="no-such-doc.txt is not in the index"):
        library.article_view("no-such-doc.txt")
