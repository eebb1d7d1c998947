"""Direct quotes: the words between quotation marks, paragraph by paragraph.

News style leaves a quote open at the end of a paragraph when the same speaker
goes on in the next one, which then opens with a fresh mark; the last part may
never be closed at all. Each paragraph's piece is its own span (so that
``Quote.text`` stays a plain slice of the article), and ``continues`` links a
piece to the open piece before it so the speaker carries over.
Single quotes are not quote marks here: they are apostrophes or quotes nested
inside a double-quoted quote, and both stay inside the outer quote.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

OPEN = "“„«"
CLOSE = "”»"
STRAIGHT = '"'
_OPENER_BEFORE = " \t\n([{—–-/:;\u202a\xa0"
# '' is the typewriter double quote some papers (and their archives) use
_MARKS = re.compile("''|[“„«”»\"]")


@dataclass(slots=True)
class DirectSpan:
    """One quoted piece: ``start``/``end`` inside the marks, ``mark_*`` around them."""

    start: int
    end: int
    mark_start: int
    mark_end: int
    block: int
    closed: bool
    continues: bool = False


def find_direct(text: str, blocks: list[tuple[int, int]]) -> list[DirectSpan]:
    """Quoted pieces in each paragraph, in text order."""
    out: list[DirectSpan] = []
    prev_open = False
    for bi, (bs, be) in enumerate(blocks):
        opened: int | None = None
        width = 1
        here: list[DirectSpan] = []
        for m in _MARKS.finditer(text, bs, be):
            i, j = m.span()
            ch = text[i]
            straight = ch in "\"'"
            if straight and i > bs and text[i - 1].isalnum() and j < be and text[j].isalnum():
                continue  # inside a word: not a quotation mark
            if ch in OPEN or (straight and opened is None
                              and (i == bs or text[i - 1] in _OPENER_BEFORE)):
                if opened is not None:
                    _emit(text, here, opened, width, i, i, bi, True)
                opened = i
                width = j - i
            elif ch in CLOSE or straight:
                if opened is not None:
                    _emit(text, here, opened, width, i, j, bi, True)
                    opened = None
        if opened is not None:
            _emit(text, here, opened, width, be, be, bi, False)
        if here and prev_open and here[0].mark_start == _first_visible(text, bs, be):
            here[0].continues = True
        prev_open = bool(here) and not here[-1].closed
        out.extend(here)
    return out


def _first_visible(text: str, start: int, end: int) -> int:
    i = start
    while i < end and text[i].isspace():
        i += 1
    return i


def _emit(text: str, out: list[DirectSpan], opened: int, width: int, close_at: int,
          mark_end: int, block: int, closed: bool) -> None:
    s, e = opened + width, close_at
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e > s and any(c.isalnum() for c in text[s:e]):
        out.append(DirectSpan(s, e, opened, mark_end, block, closed))
