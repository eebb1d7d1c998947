"""The words right around a date phrase, as both the filter (`plausible.py`)
and the resolver read them: the word before, the word after, whether the
phrase opens a sentence, and the prepositions that frame a time ("in March",
"at 18:00"). Kept in one place so the two stages never disagree on what the
"previous word" is.
"""

from __future__ import annotations

import re

PREPS = frozenset(
    """in since until till by from to through during before after of between and or early late
    mid last next this that each every on for around about until-""".split()
)

PREV_WORD = re.compile(r"([A-Za-z]+)[\s,]*$")

NEXT_WORD = re.compile(r"\s+([A-Za-z]+)")


def prev_word(text: str, pos: int) -> str:
    m = PREV_WORD.search(text, max(0, pos - 30), pos)
    return m.group(1).lower() if m else ""


def next_word(text: str, pos: int) -> str:
    m = NEXT_WORD.match(text, pos)
    return m.group(1) if m else ""


# Words before a bare "18:00" that make it a clock time ("at 18:00", "until 06:00")
CLOCK_CUES = frozenset("at by until till from before after since around about to".split())


def at_sentence_start(text: str, pos: int) -> bool:
    """Whether ``pos`` opens a sentence, a line, a quotation or a bracket, or
    follows a dateline's dash ("WASHINGTON, March 2 - Last week's ...")."""
    before = text[max(0, pos - 12) : pos]
    line = before.rstrip(" \t\xa0\u2009")
    if not line.strip() and pos < 12 or line.endswith("\n"):
        return True
    if line[-1:] in "“‘\"'`([":
        return True  # quoted speech: 'he said, "Tonight we ...'
    line = line.rstrip().rstrip("”’\"')]").rstrip()
    return not line or line[-1] in ".!?:;-–—―"


def norm(s: str | None) -> str:
    return re.sub(r"\s+", " ", s).lower() if s else ""


def possessive(text: str, pos: int) -> bool:
    return text[pos : pos + 2] in {"'s", "’s"}
