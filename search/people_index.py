"""Everyone named and each person's quotes, kept per index state, updated per change.

`people()` merges every person row and counts every quote of the index:
at 50,000 articles that read 190,000 quote rows (0.6–0.9 s, 200 MB) after
each index change, and a person's quotes needed all of them grouped by
person. Here one file per index, `<indexname>.ndpeople`, holds the summaries
(what the people pane opens with), one block of quotes per person (read when
that person is chosen, with their contributions per article for the next
update) and which people each article names. A new index state is made from
the last: articles whose record was deleted are taken out, articles in new
segments put in, and only the people they name are summarised again; everyone
else's block is copied byte for byte. As for the timeline file, the indexer
writes it after each commit and a reader that finds it missing or stale makes it.
"""

from __future__ import annotations

import marshal
import os
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO

from search import pane_rows
from search.records import PersonSummary, QuoteInfo

FILE_VERSION = 3  # 3: blocks in a store beside the header (`pane_rows.save_stored`)
MAGIC = b"NDPP\x00\x00\x00\x03"
_V2 = (b"NDPP\x00\x00\x00\x02", 2)  # blocks after the header: still read, moved over

# per person and article: (person rows [(name, aliases, role)], quotes, first speaker
# as (date, doc, start, speaker) or None)
_Contrib = tuple[list[tuple], int, tuple | None]


def people_path(index_dir: Path, indexname: str) -> Path:
    """Owned by the index but not named like a segment (see `timeline_groups`)."""
    return Path(index_dir) / f"{indexname}.ndpeople"


def summarise(
    rows: list[tuple[str, tuple[str, ...], str | None, str]], quotes: int, said: str | None
) -> PersonSummary:
    """One person across articles: the fullest spelling wins as the name.

    Rows are (name, aliases, role, doc). Ties are broken by the spelling
    itself, so the answer does not depend on the order rows are read in
    (which follows the index's segment layout).
    """
    forms: Counter[str] = Counter()
    aliases: set[str] = set()
    roles: Counter[str] = Counter()
    docs: set[str] = set()
    for name, als, role, doc in rows:
        forms[name] += 1
        aliases.update(als)
        if role:
            roles[role] += 1
        docs.add(doc)
    if said and not forms:
        forms[said] += 1
    # prefer the form with diacritics (François over Francois), then the commonest
    name = max(forms, key=lambda n: (sum(1 for c in n if ord(c) > 127), forms[n], len(n), n))
    aliases |= set(forms)
    aliases.discard(name)
    role = None
    if roles:
        role = max(roles, key=lambda r: (roles[r], len(r), r))
    return PersonSummary(name, tuple(sorted(aliases)), role, quotes, tuple(sorted(docs)))


def _person_order(p: tuple) -> tuple:
    """Most quoted first, then named in most articles, then by name."""
    name, _aliases, _role, quotes, docs = p
    return (-quotes, -len(docs), name.casefold(), name)


def _quote_order(q: tuple) -> tuple:
    # doc, key, start, end, text, kind, speaker, cue, adate, title, source
    return (q[8] or "", q[0], q[2])


def _summary(contribs: dict[str, _Contrib]) -> PersonSummary:
    rows = [(n, a, r, doc) for doc, (prs, _, _) in contribs.items() for n, a, r in prs]
    quotes = sum(c[1] for c in contribs.values())
    firsts = [c[2] for c in contribs.values() if c[2] is not None]
    said = min(firsts)[3] if firsts else None
    return summarise(rows, quotes, said)


class _Old(pane_rows.OldFile):
    """The previous state's people file, open for copying and re-reading blocks."""

    def __init__(self, path: Path) -> None:
        super().__init__(path, _read, _store_of)
        self.segs: dict[str, tuple[list[int], list[str]]] = self.upd["segs"]
        self.doc_keys: dict[str, list[str]] = self.upd["doc_keys"]

    def raw(self, key: str) -> bytes:
        return self.read(self.head["blocks"][key])

    def block(self, key: str) -> tuple[list[tuple], dict[str, _Contrib]]:
        """The person's (quotes, contributions per article)."""
        if key not in self.head["blocks"]:
            return [], {}
        quotes, contrib = marshal.loads(self.raw(key))
        return list(quotes), dict(contrib)


def _store_of(head: dict) -> tuple[str | None, int]:
    """(the store holding the blocks, or None; where the last block ends)."""
    return head.get("store"), head["_end"]


def _read(fh: BinaryIO, with_update: bool = False) -> tuple[dict, dict | None, int]:
    data, upd, base = pane_rows.read_frame_or_older(
        fh, (MAGIC, FILE_VERSION), _V2, "people", with_update
    )
    end = max((off + length for off, length in data["blocks"].values()), default=0)
    data["_end"] = end  # where the last block ends (a store shorter than that is cut short)
    # cut short: rebuilt, not read past its end
    if data.get("store") is None and base + end > fh.seek(0, os.SEEK_END):
        raise ValueError("people file cut short")
    return data, upd, base


def refresh(index_dir: Path, indexname: str, searcher: Any, *, write: bool = True) -> bytes | None:
    """Bring the people file up to the searcher's index state (None: the file
    on disk is current; else its bytes, when it could not be written)."""
    index_dir = Path(index_dir)
    path = people_path(index_dir, indexname)
    sig = pane_rows.signature(searcher)
    try:
        old: _Old | None = _Old(path)
    except (OSError, ValueError, EOFError, TypeError, KeyError, AssertionError):
        old = None
    try:
        if old is not None and [tuple(s) for s in old.head["sig"]] == sig:
            return None
        pieces, header = _build(index_dir, searcher, sig, old)
        return pane_rows.save_or_bytes(path, pieces, header, old, write)
    finally:
        if old is not None:
            old.close()


_Header = Callable[[list[tuple[int, int]], "str | None"], bytes]


def _build(
    index_dir: Path, searcher: Any, sig: list, old: _Old | None
) -> tuple[list[pane_rows.Piece], _Header]:
    """The next file's blocks (in order: copied ones by where they are in the
    old file) and how to make its header once they have places."""
    removed: set[str] = set()  # docs taken out (deleted, or their segment merged away)
    segs: dict[str, tuple[list[int], list[str]]] = {}
    current: set[str] = set()
    added: dict[str, dict[str, _Contrib]] = defaultdict(dict)  # key → doc → contribution
    added_quotes: dict[str, list[tuple]] = defaultdict(list)
    for seg, reader, gone in pane_rows.live_segments(searcher):
        current.add(seg)
        if old is not None and seg in old.segs:
            nums, docs = old.segs[seg]
            keep = [(n, d) for n, d in zip(nums, docs, strict=True) if n not in gone]
            removed.update(d for n, d in zip(nums, docs, strict=True) if n in gone)
            segs[seg] = ([n for n, _ in keep], [d for _, d in keep])
            continue
        ids, arts = pane_rows.segment_rows(index_dir, reader, "article")
        live = [(n, a) for n, a in zip(ids, arts, strict=True) if n not in gone]
        segs[seg] = ([n for n, _ in live], [a[0] for _, a in live])
        info = {a[0]: (a[pane_rows.ARTICLE_TITLE], a[3]) for _, a in live}
        per: dict[tuple[str, str], list] = defaultdict(lambda: [[], 0, None])
        ids, rows = pane_rows.segment_rows(index_dir, reader, "person")
        for n, (doc, key, name, aliases, role) in zip(ids, rows, strict=True):
            if n not in gone:
                per[(key, doc)][0].append((name, tuple(aliases), role))
        ids, rows = pane_rows.segment_rows(index_dir, reader, "quote")
        for n, row in zip(ids, rows, strict=True):
            doc, key = row[0], row[1]
            if n in gone or not key:
                continue
            s = per[(key, doc)]
            s[1] += 1
            if row[6]:
                first = (row[8] or "", doc, row[2], row[6])
                if s[2] is None or first < s[2]:
                    s[2] = first
            title, source = info.get(doc, ("", None))
            added_quotes[key].append((*row, title, source))
        for (key, doc), (prs, nq, first) in per.items():
            added[key][doc] = (prs, nq, first)
    if old is not None:
        for seg, (_, docs) in old.segs.items():
            if seg not in current:
                removed.update(docs)

    # only people named by an article taken out or put in are summarised again
    doc_keys: dict[str, list[str]] = old.doc_keys if old is not None else {}
    touched: set[str] = set(added)
    for doc in removed:
        touched.update(doc_keys.pop(doc, ()))
    for key, per_doc in added.items():
        for doc in per_doc:
            doc_keys.setdefault(doc, []).append(key)

    people: dict[str, tuple] = {}
    blocks: dict[str, bytes | None] = {}  # None: copied from the old file
    if old is not None:
        for key, p in zip(old.head["keys"], old.head["people"], strict=True):
            if key not in touched:
                people[key] = p
                blocks[key] = None
    for key in touched:
        quotes, contrib = old.block(key) if old is not None else ([], {})
        if removed:
            quotes = [q for q in quotes if q[0] not in removed]
            for doc in removed.intersection(contrib):
                del contrib[doc]
        contrib.update(added.get(key, {}))
        if not contrib:
            continue  # no article names them any more
        quotes += added_quotes.get(key, [])
        quotes.sort(key=_quote_order)
        p = _summary(contrib)
        people[key] = (p.name, p.aliases, p.role, p.quotes, p.docs)
        blocks[key] = marshal.dumps((quotes, contrib))

    ordered = sorted(people, key=lambda k: (*_person_order(people[k]), k))
    pieces: list[pane_rows.Piece] = []
    for key in ordered:
        raw = blocks[key]
        if raw is None:
            assert old is not None
            pieces.append(("old", old.head["blocks"][key]))
        else:
            pieces.append(("new", raw))

    def header(where: list[tuple[int, int]], store: str | None) -> bytes:
        head = {
            "version": FILE_VERSION,
            "sig": sig,
            "store": store,
            "keys": ordered,
            "people": [people[k] for k in ordered],
            "blocks": dict(zip(ordered, where, strict=True)),
        }
        return pane_rows.frame_bytes(MAGIC, head, {"segs": segs, "doc_keys": doc_keys})

    return pieces, header


class PeopleIndex:
    """The people file of one index state: summaries now, quotes on request."""

    def __init__(self, head: dict, base: int, fd: int | None, data: bytes | None) -> None:
        self._head, self._base = head, base
        self._data = data
        self._fd = fd  # the file or store holding the blocks (ours to close)
        self.people = [PersonSummary(*p) for p in head["people"]]
        self.keys: list[str] = head["keys"]

    def quotes(self, key: str) -> list[QuoteInfo]:
        """The person's quotes in date order (then article, then offset)."""
        where = self._head["blocks"].get(key)
        if where is None:
            return []  # not a person of this index
        off, length = where
        if self._data is not None:
            raw = self._data[self._base + off : self._base + off + length]
        else:
            assert self._fd is not None
            raw = os.pread(self._fd, length, self._base + off)
        return [
            QuoteInfo(doc, start, end, text, kind, speaker, cue, adate, title or "", source)
            for doc, _k, start, end, text, kind, speaker, cue, adate, title, source in (
                marshal.loads(raw)[0]
            )
        ]

    def __del__(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None


def open_people(index_dir: Path, indexname: str, searcher: Any) -> PeopleIndex:
    """The people of the searcher's index state, brought up to date if needed."""
    sig = pane_rows.signature(searcher)
    head, base, fd, data = pane_rows.open_stored(
        people_path(index_dir, indexname),
        _read,
        lambda head: [tuple(s) for s in head["sig"]] == sig,
        lambda write: refresh(index_dir, indexname, searcher, write=write),
        _store_of,
    )
    return PeopleIndex(head, base, fd, data)
