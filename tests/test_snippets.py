"""Search snippets: the matched words, in context, highlighted by offsets."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from search.library import SNIPPET_GAP, _key, snippet_for


def test_snippet_marks_each_matched_word_by_offset() -> None:
    text = "Ottawa said Friday that tariffs on steel would stay. Wheat prices fell."
    snippet, spans = snippet_for(text, frozenset({"tariff", "wheat"}))
    assert [snippet[s:e] for s, e in spans] == ["tariffs", "Wheat"]


def test_a_huge_article_gets_the_snippet_of_its_opening() -> None:
    """Whoosh fragments only the first 32K characters; a 20 MB article must
    not be tokenised whole for that (it took seconds per search)."""
    opening = "Officials said Tuesday that the tariffs would be reviewed by March 3. " * 600
    huge = opening + ("Filler words about nothing in particular. " * 500_000)
    assert len(huge) > 20_000_000
    assert snippet_for(huge, frozenset({"tariff"})) == snippet_for(opening, frozenset({"tariff"}))
    snippet, spans = snippet_for(huge, frozenset({"tariff"}))
    assert spans and all(snippet[s:e] == "tariffs" for s, e in spans)


def _only_steel_hit(tmp_path, text: str):  # type: ignore[no-untyped-def]
    """Index one article and return its only hit for "steel", and its reader view."""
    from search.indexer import build_index
    from search.library import Library

    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text(text, "utf-8")
    build_index([corpus], tmp_path / "ix")
    with Library.open(tmp_path / "ix") as lib:
        (hit,) = lib.search("steel").hits
        return hit, lib.article_view(hit.doc)


def test_a_hit_snippet_comes_from_the_story_not_the_file_header(tmp_path) -> None:  # type: ignore[no-untyped-def]
    hit, _ = _only_steel_hit(
        tmp_path,
        "date: 2025-08-04\ntitle: Steel tariffs stay\n\n"
        "Ottawa said on Monday that steel tariffs would stay in place.\n",
    )
    assert hit.title == "Steel tariffs stay" and hit.date == "2025-08-04"
    assert hit.snippet.startswith("Ottawa said on Monday")
    assert [hit.snippet[s:e] for s, e in hit.highlights] == ["steel"]


_WORDS = ["Tariffs", "tariff", "steel", "wheat", "the", "U.S.", "prices", "fell", "é", "a.b"]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(_WORDS), st.sampled_from([" ", ", ", ". ", "\n", "--", "("])),
        max_size=400,
    ),
    st.sets(st.sampled_from(["tariff", "steel", "wheat", "price"]), min_size=1, max_size=3),
)
def test_every_highlight_is_a_query_word_and_the_snippet_is_the_articles_text(
    pieces: list[tuple[str, str]], words: set[str]
) -> None:
    """Whatever the text, the marked words are the query's (any inflection),
    each fragment is a piece of the article as written, and a text that
    holds a query word gets a snippet."""
    text = "".join(w + sep for w, sep in pieces)
    snippet, spans = snippet_for(text, frozenset(words))
    for s, e in spans:
        assert _key(snippet[s:e]) in words
    for fragment in snippet.split(SNIPPET_GAP) if snippet else ():
        assert fragment in text
    has_word = any(_key(w) in words for w, _ in pieces)
    assert bool(spans) == has_word


def test_a_snippet_skips_other_stories_headlines_and_captions(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Page furniture between paragraphs (another story's headline, a photo
    caption with its credit) is not the article: the snippet shows the
    story's own sentence with the word, and the reader gets the furniture's
    offsets to set it back."""
    hit, view = _only_steel_hit(
        tmp_path,
        "date: 2025-08-04\ntitle: Ministers head to Mexico\n\n"
        "Two senior ministers will travel to Mexico City this week for talks.\n\n"
        "Steel tariffs rise again as talks stall\n\n"
        "A worker walks past steel coils in Hamilton. Photo: Jane Doe/The Paper\n\n"
        "The ministers said on Monday that the trip would focus on trade, and that "
        "steel tariffs imposed by Washington would be raised with their hosts.\n",
    )
    assert "focus on trade, and that steel tariffs imposed" in hit.snippet
    assert "Hamilton" not in hit.snippet and "stall" not in hit.snippet
    assert [hit.snippet[s:e] for s, e in hit.highlights] == ["steel"]
    set_back = [view.text[a:b] for a, b in view.furniture]
    assert any("stall" in piece for piece in set_back)
    assert any("Photo: Jane Doe" in piece for piece in set_back)


def test_snippet_context_stops_at_another_storys_headline() -> None:
    """The words around a match come from the story: a fragment that would
    run on into the next headline stops before it."""
    text = (
        "He said a deal to bring down tariffs is still possible.\n\n"
        "Ottawa disappointed with raised steel levies, remains committed\n\n"
        "The talks resume on Monday."
    )
    headline = text.index("Ottawa"), text.index(" committed") + len(" committed")
    snippet, spans = snippet_for(text, frozenset({"tariff"}), aside=[headline])
    assert snippet == "He said a deal to bring down tariffs is still possible."
    assert [snippet[s:e] for s, e in spans] == ["tariffs"]
