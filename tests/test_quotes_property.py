"""No text makes extraction raise, and every quote is a true slice of its text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from search.quotes import extract_quotes_and_people
from search.records import Block

PIECES = st.sampled_from([
    "“", "”", '"', "''", "‘", "’", ", ", ". ", "\n\n", " said ", " told ", " according to ",
    "Mr. ", "Ms. ", "Jane Doe", "JOHN ROE", "he", "She", " that ", "Canada", "/AFP",
    "(AP Photo/Ann Lee)", "With reports from Al Bo and Cy Dee", "adding that", " called on ",
    "Prime Minister ", ", the president of Acme Corp., ", "U.S.", "é", " ", "x",
])
TEXTS = st.one_of(st.text(max_size=300), st.lists(PIECES, max_size=60).map("".join))


@settings(max_examples=300, deadline=None)
@given(TEXTS, st.lists(st.tuples(st.integers(-5, 400), st.integers(-5, 400),
                                 st.sampled_from(["body", "caption", "headline", "byline",
                                                  "gallery", "header"])), max_size=5),
       st.booleans())
def test_extraction_never_raises_and_slices_hold(text, raw_blocks, use_blocks) -> None:
    blocks = [Block(s, e, k) for s, e, k in raw_blocks] if use_blocks else None
    quotes, people = extract_quotes_and_people(text, blocks)
    for q in quotes:
        assert 0 <= q.start <= q.end <= len(text)
        assert q.text == text[q.start:q.end]
        assert q.kind in ("direct", "indirect")
    for p in people:
        assert p.name and p.name not in p.aliases
