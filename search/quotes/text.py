"""Paragraphs, sentences and word tokens, all as offsets into the article text.

Everything downstream works on ``(start, end)`` pairs into the one article
string, so quotes and names never have to be re-located after extraction.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from search.records import Block

_BLANK = re.compile(r"\n[ \t\r\f\v]*\n\s*")

# Words whose trailing period does not end a sentence.
_ABBREV = frozenset("""
mr mrs ms dr sen rep gov gen lt col sgt capt maj adm hon atty supt insp det cmdr pres
prof rev jr sr st mt ft no vs etc inc corp co ltd jan feb mar apr jun jul aug sep sept
oct nov dec est approx dept univ messrs mme
""".split())

TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|[^\W_](?:[\w’'\-]*[^\W_])?\.?")


def default_blocks(text: str) -> list[Block]:
    """Paragraphs split on blank lines, all treated as story body."""
    out: list[Block] = []
    pos = 0
    for m in _BLANK.finditer(text):
        _add(out, text, pos, m.start())
        pos = m.end()
    _add(out, text, pos, len(text))
    return out


def _add(out: list[Block], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Block(start, end, "body"))


def clean_blocks(text: str, blocks: Sequence[Block]) -> list[Block]:
    """Blocks clipped to the text and sorted, so bad offsets never raise."""
    n = len(text)
    out = []
    for b in blocks:
        s, e = max(0, min(b.start, n)), max(0, min(b.end, n))
        if e > s:
            out.append(Block(s, e, b.kind))
    out.sort(key=lambda b: (b.start, b.end))
    return out


_SENT_END = re.compile(r"[.!?]+(?:''|[\"”’)\]])*(?=\s+(?:''|[\"“‘(\[])?[A-Z0-9])|\n")


def sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans inside ``text[start:end]``.

    A period ends a sentence unless it closes a known abbreviation or a
    single initial ("Mr.", "U.S.", "J."); that is enough for news prose.
    """
    out: list[tuple[int, int]] = []
    s = start
    for m in _SENT_END.finditer(text, start, end):
        if m.group().startswith("."):
            j = m.start()
            k = j
            while k > start and (text[k - 1].isalpha() or text[k - 1] == "."):
                k -= 1
            word = text[k:j].lower().strip(".")
            if word in _ABBREV or len(word) == 1 or ("." in word and len(word) <= 5):
                continue
        e = m.end()
        if e > s:
            out.append((s, e))
        s = e
        while s < end and text[s].isspace():
            s += 1
    if s < end:
        out.append((s, end))
    return out


def tokens(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Word tokens (with an abbreviation's period kept) inside a span."""
    out = []
    for m in TOKEN.finditer(text, start, end):
        a, b = m.span()
        if text[b - 1] == "." and b - a > 1:
            w = text[a : b - 1].lower()
            if not (w in _ABBREV or len(w) == 1 or "." in w):
                b -= 1
        out.append((a, b))
    return out
