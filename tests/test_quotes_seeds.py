"""The bundled seed articles against their hand-made gold (tests/seeds_gold.json).

Every gold quote must come out with its kind and speaker, and every gold person
with the canonical name (or a listed alias spelling, for the same person seen
unaccented in the other article).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from search.quotes import extract_quotes_and_people, person_key
from search.records import Block

ROOT = Path(__file__).resolve().parents[1]
GOLD = json.loads((ROOT / "tests" / "seeds_gold.json").read_text(encoding="utf-8"))
HEADER = re.compile(r"^ date \d{4}-\d{2}-\d{2} ")


def seed_blocks(text: str) -> list[Block]:
    """Blank-line paragraphs with the obvious furniture marked by hand-written rules.

    The header, the caption that follows it, "Open this photo in gallery:",
    credit-ended captions, bylines and unpunctuated link lines (headlines of
    other stories) are not body.
    """
    blocks: list[Block] = []
    for m in re.finditer(r"[^\n]+", text):
        s, e = m.span()
        line = m.group()
        h = HEADER.match(line)
        if h:
            blocks.append(Block(s, s + h.end(), "header"))
            blocks.append(Block(s + h.end(), e, "caption"))
            continue
        if line.startswith("Open this photo"):
            kind = "gallery"
        elif line.startswith("With reports from"):
            kind = "byline"
        elif re.search(r"/[A-Z][\w ]+$", line):
            kind = "caption"
        elif not re.search(r"[.”\"?!]$", line):
            kind = "headline"
        else:
            kind = "body"
        blocks.append(Block(s, e, kind))
    return blocks


def _run(doc: str):
    text = (ROOT / "seeds" / doc).read_text(encoding="utf-8")
    return text, *extract_quotes_and_people(text, seed_blocks(text))


DOCS = sorted({q["doc"] for q in GOLD["quotes"]})
RESULTS = {doc: _run(doc) for doc in DOCS}


@pytest.mark.parametrize(
    "gold", GOLD["quotes"], ids=[f'{g["speaker"]}:{g["contains"][:30]}' for g in GOLD["quotes"]]
)
def test_seed_quote_found_and_credited(gold: dict) -> None:
    text, quotes, _ = RESULTS[gold["doc"]]
    hits = [q for q in quotes if gold["contains"] in q.text and q.kind == gold["kind"]]
    assert hits, f"no {gold['kind']} quote holds {gold['contains']!r}"
    assert any(q.speaker == gold["speaker"] for q in hits), [q.speaker for q in hits]


def test_seed_quote_offsets_slice_the_text() -> None:
    for text, quotes, _ in RESULTS.values():
        for q in quotes:
            assert text[q.start:q.end] == q.text


@pytest.mark.parametrize("gold", GOLD["people"], ids=[g["name"] for g in GOLD["people"]])
def test_seed_person_found(gold: dict) -> None:
    people = [p for _, _, ps in RESULTS.values() for p in ps]
    same = [p for p in people if person_key(p.name) == person_key(gold["name"])]
    assert same, f"{gold['name']} not found"
    assert all(p.name in [gold["name"], *gold["aliases"]] for p in same)


def test_seed_no_places_or_organisations_as_people() -> None:
    names = {p.name for _, _, ps in RESULTS.values() for p in ps}
    for bad in ("Mexico City", "Canada Border Services Agency", "The Globe and Mail",
                "CBS News", "Face the Nation", "White House", "Export Development Canada"):
        assert bad not in names
    gold = {person_key(g["name"]) for g in GOLD["people"]}
    extra = {n for n in names if person_key(n) not in gold}
    assert not extra, extra


def test_seed_roles_and_aliases() -> None:
    people = {p.name: p for _, _, ps in RESULTS.values() for p in ps}
    assert people["Dominic LeBlanc"].role == "minister responsible for U.S.-Canada trade"
    assert people["Goldy Hyder"].role == "president and CEO of the Business Council of Canada"
    assert people["Mark Carney"].role == "Prime Minister"
    assert people["Alfredo Estrella"].role == "photographer"
    assert "ALFREDO ESTRELLA" in people["Alfredo Estrella"].aliases
    assert people["Andrea Woo"].role == "reporter"
    assert {"Mr. LeBlanc", "LeBlanc"} <= set(people["Dominic LeBlanc"].aliases)


def test_seed_organisations_keep_speaker_none() -> None:
    _, quotes, _ = RESULTS["000_9b634da504ac9f83.txt"]
    officials = [q for q in quotes if q.text.startswith("the meeting, which will involve")]
    assert officials and officials[0].speaker is None
