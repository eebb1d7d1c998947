"""The people of one article: who each name mention points to.

Full names ("Dominic LeBlanc") make a person; later short forms ("LeBlanc",
"Mr. LeBlanc") are attached to the most recently named person with that
surname. Every surface form is kept as an alias for the quote browser.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from search.quotes.lexicon import HONORIFICS, TITLE_WORDS
from search.quotes.names import Mention, canonical, fold, gender_of, person_key

_APPOS = re.compile(
    r",\s+(?:the |a |an )?((?:[^,.;:“”\"()\n]|\.(?=[\w\-]))+?)\s*(?=,|\.(?:\s|$)|;|\)|$|\n)"
)
_APPOS_BAD = frozenset("who which whose that said says told and or but he she they it".split())


@dataclass(slots=True)
class PersonRec:
    """A person being assembled: best name, every form seen, role, gender."""

    pid: int
    words: list[str]
    forms: dict[str, None] = field(default_factory=dict)
    role: str | None = None
    gender: str | None = None
    roles_seen: list[str] = field(default_factory=list)

    @property
    def name(self) -> str:
        return canonical(self.words)


def appositive_role(text: str, end: int, limit: int) -> str | None:
    """The role in ", the president and CEO of X," right after a name."""
    m = _APPOS.match(text, end, min(limit, end + 160))
    if not m:
        return None
    role = m.group(1).strip()
    words = role.split()
    if not words or len(words) > 16 or fold(words[0]) in _APPOS_BAD:
        return None
    if words[0][:1].isupper() and fold(words[0]) not in TITLE_WORDS:
        return None  # "Smith, Jones and Brown": a list of names, not a role
    if not any(_office(w) for w in words):
        return None
    return role


class Registry:
    """Persons of one article and the mention -> person links."""

    def __init__(self) -> None:
        self.people: list[PersonRec] = []
        self._by_key: dict[str, int] = {}
        self._by_last: dict[str, list[int]] = {}

    def _last(self, words: list[str]) -> str:
        return person_key(words[-1])

    def add_full(self, m: Mention) -> int:
        """A multi-word name with evidence: find or make its person."""
        key = person_key(m.name)
        pid = self._by_key.get(key)
        if pid is None:
            first, last = person_key(m.words[0]), self._last(m.words)
            for cand in self._by_last.get(last, []):
                p = self.people[cand]
                if len(p.words) >= 2 and person_key(p.words[0]) == first:
                    pid = cand
                    break
                if len(p.words) == 1:
                    pid = cand
                    p.words = list(m.words)
                    break
        if pid is None:
            pid = len(self.people)
            self.people.append(PersonRec(pid, list(m.words)))
            self._by_last.setdefault(self._last(m.words), []).append(pid)
        self._by_key[key] = pid
        p = self.people[pid]
        if len(m.words) > len(p.words) or (
            len(m.words) == len(p.words) and _accents(m.name) > _accents(p.name)
        ):
            p.words = list(m.words)
        self.note(pid, m)
        return pid

    def add_single(self, m: Mention) -> int:
        """A one-word name that no full name explains: its own person."""
        pid = len(self.people)
        self.people.append(PersonRec(pid, list(m.words)))
        self._by_last.setdefault(self._last(m.words), []).append(pid)
        self._by_key[person_key(m.name)] = pid
        self.note(pid, m)
        return pid

    def match(self, m: Mention, recent: list[int]) -> int | None:
        """The person a short or unproven form refers to, if any.

        ``recent`` lists person ids most recent first, to choose between two
        people who share a surname.
        """
        key = person_key(m.name)
        if key in self._by_key:
            return self._by_key[key]
        cands = self._by_last.get(self._last(m.words), [])
        if len(m.words) >= 2:
            first = person_key(m.words[0])
            cands = [c for c in cands if len(self.people[c].words) < 2
                     or person_key(self.people[c].words[0])[:1] == first[:1]]
        if not cands:
            return None
        if len(cands) == 1:
            return cands[0]
        g = gender_of(m.words, m.honorific)
        if g:
            same = [c for c in cands if self.people[c].gender in (g, None)]
            cands = same or cands
        for pid in recent:
            if pid in cands:
                return pid
        return cands[-1]

    def match_surname(self, m: Mention) -> int | None:
        """The one full-named person whose surname this lone word is, if unique."""
        cands = [c for c in self._by_last.get(self._last(m.words), [])
                 if len(self.people[c].words) >= 2]
        return cands[0] if len(cands) == 1 else None

    def note(self, pid: int, m: Mention) -> None:
        """Record a surface form, gender evidence and role for a person."""
        p = self.people[pid]
        p.forms[m.name] = None
        if m.honorific:
            p.forms[f"{m.honorific} {m.name}"] = None
        g = gender_of(m.words, m.honorific)
        if g and p.gender is None:
            p.gender = g
        if m.role:
            p.roles_seen.append(m.role)
            if p.role is None:
                p.role = m.role

    def aliases(self, pid: int) -> tuple[str, ...]:
        p = self.people[pid]
        name = p.name
        out = []
        for form in p.forms:
            if form != name and form not in out:
                out.append(form)
        return tuple(out)


def _office(word: str) -> bool:
    w = fold(word).strip("’'.,")
    w = w[:-2] if w.endswith(("’s", "'s")) else w
    if w in HONORIFICS or w.rstrip(".") + "." in HONORIFICS:
        return False
    return w in TITLE_WORDS or w.split("-")[-1] in TITLE_WORDS


def _accents(s: str) -> int:
    return sum(1 for c in s if ord(c) > 127)
