"""A small, fast sentence splitter for news prose.

The timeline shows each temporal expression with its sentence, and the tense
of that sentence picks the direction of "Friday" or "in March", so we need
sentence bounds, but not a full tokenizer: a regex over sentence-final
punctuation, with the abbreviations that fill news copy ("Mr.", "Feb.",
"U.S.") kept from ending a sentence.
"""

from __future__ import annotations

import bisect
import re

_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof sen rep gov gen col lt sgt capt cmdr adm maj st mt ft jr sr
    inc corp co ltd bros no vs etc jan feb mar apr jun jul aug sep sept oct nov dec
    mon tue tues wed thu thur thurs fri sat sun ave blvd rd hon rev pres supt dept
    est approx fig vol pp al""".split()
)

# Words before a dotted name ("the U.S.") that leave it inside the sentence,
# and words that, after it, start a new one all the same.
_AFTER_ARTICLE = re.compile(r"\b(?i:the|a|an)\s+$")
_OPENERS = frozenset(
    """the a an he she it they we i you his her its their our this that these those there
    but and so yet if when while after before as in on at for by from with since although
    though meanwhile some many most other others one two three no not""".split()
)

# Candidate ends: terminal punctuation (with closing quotes/brackets) followed
# by whitespace, or a blank line (paragraph break), which always ends one.
_END = re.compile(r"""[.!?]+["'”’)\]]*(?=\s)|\n[ \t]*\n""")
_NEXT_START = re.compile(r"""\s*["'“‘(\[]*(\S)""")


def _is_boundary(text: str, m: re.Match[str]) -> bool:
    """Whether the punctuation matched really ends a sentence."""
    if m.group(0).startswith("\n"):
        return True
    punct = m.group(0)
    if not punct.startswith("."):
        return True
    # The word before the period.
    i = m.start()
    j = i
    while j > 0 and (text[j - 1].isalnum() or text[j - 1] in ".-&"):
        j -= 1
    word = text[j:i]
    if not word:
        return True
    low = word.lower()
    nxt = _NEXT_START.match(text, m.end())
    next_char = nxt.group(1) if nxt else ""
    if low in _ABBREVIATIONS:
        return False
    # Initials and dotted abbreviations: "U.S.", "J.", "a.m." end a sentence
    # only when a capitalised word follows ("U.S. officials" stays inside).
    if len(word) == 1 or "." in word:
        if len(word) == 1 and word.isupper():
            return False
        if not next_char or not next_char.isupper() or low in {"a.m", "p.m"}:
            return False
        if len(word) > 1 and _AFTER_ARTICLE.search(text, max(0, j - 6), j):
            # "a U.N. Security Council vote", "the U.S. Senate": a name goes on,
            # unless what follows opens a sentence ("... in the U.S. The ...")
            nxt_word = re.match(r"[A-Za-z]+", text[nxt.start(1) :]) if nxt else None
            return bool(nxt_word) and nxt_word.group(0).lower() in _OPENERS
        return True
    return not next_char or not next_char.islower()


def sentence_bounds(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The sentences of ``text[start:end]`` as (start, end) pairs, trimmed."""
    bounds: list[tuple[int, int]] = []
    cur = start
    for m in _END.finditer(text, start, end):
        if not _is_boundary(text, m):
            continue
        stop = m.end() if not m.group(0).startswith("\n") else m.start()
        _append(text, bounds, cur, stop)
        cur = m.end()
    _append(text, bounds, cur, end)
    return bounds


def _append(text: str, bounds: list[tuple[int, int]], s: int, e: int) -> None:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e > s:
        bounds.append((s, e))


class SentenceIndex:
    """Finds the sentence holding an offset with a binary search."""

    def __init__(self, bounds: list[tuple[int, int]]):
        self.bounds = bounds
        self.starts = [b[0] for b in bounds]

    def find(self, pos: int) -> tuple[int, int] | None:
        """The (start, end) of the sentence that holds ``pos``, or None."""
        i = bisect.bisect_right(self.starts, pos) - 1
        if i < 0:
            return None
        s, e = self.bounds[i]
        return (s, e) if pos < e else None
