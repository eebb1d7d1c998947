"""Quotes, speakers and people of one news article, in pure Python.

``extract_quotes_and_people`` finds direct quotes (inside quotation marks) and
indirect ones (the clause after "said", "told", "according to" ...), credits
each to a person named in the article (or None when it is an organisation, a
group or unclear), and lists every person named, with aliases and roles. No
model, no download: regexes, a small lexicon and news-writing conventions.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from search.quotes.engine import RawQuote, analyse
from search.quotes.names import canonical, find_mentions, person_key
from search.records import Block, Person, Quote

__all__ = ["extract_quotes_and_people", "person_key"]

_WORD = re.compile(r"\w+")


def extract_quotes_and_people(
    text: str, blocks: Sequence[Block] | None = None
) -> tuple[list[Quote], list[Person]]:
    """Quotes (in text order) and people (in order of first mention) of an article.

    ``blocks`` says which paragraphs are the story's body; quotes come only from
    body blocks, people also from captions, headlines and credit lines. With
    None, paragraphs are split on blank lines and all count as body.
    """
    a = analyse(text, blocks)
    reg = a.registry
    raw_quotes = _join_pieces(text, a.quotes)
    quotes = [
        Quote(
            start=q.start,
            end=q.end,
            text=text[q.start : q.end],
            kind="direct" if q.kind == "direct" else "indirect",
            speaker=canonical(reg.people[q.speaker].words) if q.speaker is not None else None,
            cue=q.cue,
        )
        for q in raw_quotes
    ]
    people: list[Person] = []
    seen: dict[str, int] = {}
    for pid in a.people:
        p = reg.people[pid]
        name = canonical(p.words)
        key = person_key(name)
        if key in seen:
            continue
        seen[key] = len(people)
        people.append(Person(name=name, aliases=reg.aliases(pid), role=p.role))
    for raw, role in a.credited:
        words = find_mentions(raw, 0, len(raw))[0].words
        name = canonical(words)
        key = person_key(name)
        aliases = (raw,) if raw != name else ()
        if key in seen:
            old = people[seen[key]]
            merged = tuple(dict.fromkeys(old.aliases + aliases))
            people[seen[key]] = Person(old.name, merged, old.role or role)
            continue
        seen[key] = len(people)
        people.append(Person(name=name, aliases=aliases, role=role))
    return quotes, people


def _join_pieces(text: str, quotes: list[RawQuote]) -> list[RawQuote]:
    """One record per quotation, and one per reported clause with its partial quotes.

    A reader browsing what someone said wants the whole quotation, and news
    annotation (PolNeAR) draws one span per attribution, so the pieces of a
    direct quotation that share a cue become one record spanning them all.

    A partial quote inside reported speech is folded into its clause: one
    record, not the clause plus a fragment ("low-hanging fruit") that means
    nothing on its own and would list the same statement twice. Its kind:

    * the clause ends on the quoted words (X said the talks were "a good
      sign."): the writer's paraphrase frames the quote, so it stays
      ``indirect``;
    * the clause borrows a phrase of two words or more and carries on past it
      (Mexico represents "low-hanging fruit" for Canada's strategy): the
      statement is cited for the speaker's own words, so it is ``direct``;
    * a lone scare-quoted word never makes a clause direct.
    """
    groups: dict[int, list[RawQuote]] = {}
    partials: dict[int, list[RawQuote]] = {}
    clauses = {q.group: q for q in quotes if q.kind == "indirect"}
    out: list[RawQuote] = []
    for q in quotes:
        if q.kind == "direct" and q.parent is not None and q.parent in clauses:
            partials.setdefault(q.parent, []).append(q)
        elif q.kind == "direct":
            if q.group not in groups:
                groups[q.group] = []
                out.append(q)
            groups[q.group].append(q)
        else:
            out.append(q)
    joined = []
    for q in out:
        parts = groups.get(q.group) if q.kind == "direct" else partials.get(q.group)
        if parts and (q.kind == "indirect" or len(parts) > 1):
            kind = q.kind
            if q.kind == "indirect" and any(_borrowed(text, p, q) for p in parts):
                kind = "direct"
            q = RawQuote(
                min(p.start for p in [q, *parts]),
                max(p.end for p in [q, *parts]),
                kind,
                q.speaker,
                q.cue,
                q.group,
                q.parent,
            )
        joined.append(q)
    joined.sort(key=lambda q: q.start)
    return joined


def _borrowed(text: str, part: RawQuote, clause: RawQuote) -> bool:
    """A quoted phrase of 2+ words with more of the clause after it."""
    if len(_WORD.findall(text, part.start, part.end)) < 2:
        return False
    return _WORD.search(text, part.end, clause.end) is not None
