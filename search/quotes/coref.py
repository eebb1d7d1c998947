"""Who "he", "she" and "the senator" are, inside one article.

News prose keeps one speaker in focus: a pronoun that says something almost
always points to the person who spoke last, unless someone of the right gender
was just named in the same sentence. So the order of preference is: a person
named earlier in the same sentence, then the most recent speaker, then the most
recently named person; each filtered by gender (from honorifics, given names
and pronouns already resolved).
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field

from search.quotes.registry import Registry


@dataclass(slots=True)
class Timeline:
    """Person mentions and speakers seen so far, by position in the text."""

    mentions: list[tuple[int, int, int]] = field(default_factory=list)  # pos, pid, block
    speakers: list[tuple[int, int, int]] = field(default_factory=list)  # pos, pid, block
    subjects: list[tuple[int, int, int]] = field(default_factory=list)  # first in sentence

    def add_speaker(self, pos: int, pid: int, block: int) -> None:
        i = bisect_left(self.speakers, (pos, -1, -1))
        self.speakers.insert(i, (pos, pid, block))


def _ok(reg: Registry, pid: int, gender: str | None) -> bool:
    g = reg.people[pid].gender
    return gender is None or g is None or g == gender


def resolve_pronoun(reg: Registry, tl: Timeline, pos: int, gender: str | None,
                    sent_start: int, block: int) -> int | None:
    """The person a he/she at ``pos`` most likely refers to, or None."""
    i = bisect_left(tl.mentions, (sent_start, -1, -1))
    while i < len(tl.mentions) and tl.mentions[i][0] < pos:
        pid = tl.mentions[i][1]
        if _ok(reg, pid, gender):
            return _learn(reg, pid, gender)
        i += 1
    # then backwards: a subject in this paragraph or the one before, a
    # speaker up to four paragraphs back, any mention up to two back
    for entries, blocks_back in ((tl.subjects, 1), (tl.speakers, 4), (tl.mentions, 2)):
        pid = _latest_compatible(reg, entries, pos, block - blocks_back, gender)
        if pid is not None:
            return _learn(reg, pid, gender)
    return None


def _latest_compatible(
    reg: Registry, entries: list, pos: int, min_block: int, gender: str | None
) -> int | None:
    """The last person in ``entries`` (position, person, block) before ``pos``,
    no earlier than ``min_block``, whose gender fits."""
    j = bisect_left(entries, (pos, -1, -1)) - 1
    while j >= 0 and entries[j][2] >= min_block:
        if _ok(reg, entries[j][1], gender):
            return entries[j][1]
        j -= 1
    return None


def _learn(reg: Registry, pid: int, gender: str | None) -> int:
    if gender and reg.people[pid].gender is None:
        reg.people[pid].gender = gender
    return pid


def resolve_role(reg: Registry, tl: Timeline, pos: int, phrase: str) -> int | None:
    """The person "the Mexican President" or "the senator" stands for.

    Picks the most recently mentioned person whose role holds the phrase (or
    its head noun); None when nobody named so far carries that role.
    """
    phrase = phrase.lower()
    head = phrase.split()[-1]
    j = bisect_left(tl.mentions, (pos, -1, -1)) - 1
    fallback = None
    while j >= 0:
        pid = tl.mentions[j][1]
        roles = [r.lower() for r in reg.people[pid].roles_seen]
        if any(phrase in r for r in roles):
            return pid
        if fallback is None and any(head in r.split() for r in roles):
            fallback = pid
        j -= 1
    return fallback
