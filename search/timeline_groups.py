"""The timeline's merged entries, kept up to date change by change, read lazily.

An entry is one happening: events of the same value whose sentences share
enough words (Jaccard ≥ `SIMILAR`), each event joining the first (earliest
made) group it fits, events of one article never in one group. That
first-fit rule depends on the order of every event of a value across the
whole index, so groups cannot be made per segment and merged later; and
grouping the 18,000 events of "1986" in 50,000 Reuters stories from scratch
takes half a minute or more. So the grouping of an index state is kept in one
file, `<indexname>.ndtimeline`, and each new state is made from the last:

* only values with events added or removed are touched (`regroup`): it
  replays the value's events in order with the old decisions, re-deciding
  only where a group whose contents changed could now be chosen, which is
  exact (the same groups as a from-scratch first-fit, see the tests) and
  costs a few set intersections per event instead of a similarity search;
* other values' blocks are copied from the old file byte for byte;
* events that only moved (Whoosh merged their segment into another) are
  recognised by content and keep their place.

The file holds a small header (one value table, the entries in calendar
order as (value, group) pairs: what the pane needs to open, draw the
histogram and jump) and one marshal block per value with its events and
groups, which `TimelineView` reads only when an entry of that value is on
screen. The indexer writes the file after each commit; a reader that finds
it missing or stale makes it the same way.
"""

from __future__ import annotations

import bisect
import marshal
import os
import re
import sys
import threading
from collections import Counter, OrderedDict, defaultdict
from collections.abc import Callable, Iterator, Sequence
from itertools import chain
from pathlib import Path
from typing import Any, BinaryIO, overload

from search import pane_rows
from search.records import Event, TimelineEntry

SIMILAR = 0.35  # Jaccard overlap of sentence words that makes two reports one
CALENDAR_TYPES = ("DATE", "TIME")
# 4: blocks in a store; each value's group keys a block of their own.
# 5: a value named twice in one sentence of an article is one event; an older
# file is grouped again from scratch (once), not copied with those repeats.
FILE_VERSION = 5
MAGIC = b"NDTL\x00\x00\x00\x05"
# values with this many events keep their words in the file: replaying "1986"
# (18,700 events at 50k) spent most of its time splitting sentences again
WORDS_MIN = 500

_WORDS = re.compile(r"\w+")
_WS = re.compile(r"[\r\n\t\f\v]")

# One stored event: what an `Event` needs beyond its value, plus where it lives.
DOC, START, END, EXPR, TYPE, SENT, TITLE, ADATE, SEG, NUM = range(10)


def telling(doc: str, value: str, sentence: str) -> tuple[str, str, str]:
    """What makes two expressions one happening: one article, one value, one
    sentence ("in 2024 ... that year"), line breaks in it read as spaces."""
    return doc, value, _WS.sub(" ", sentence).strip()


def words_of(sentence: str) -> set[str]:
    """The words two reports are compared by (case-folded, each once).

    ASCII text is lowered whole first (the same words, 5× faster); other text
    word by word, as case-folding can add marks that would split a word.
    """
    if sentence.isascii():
        return set(_WORDS.findall(sentence.lower()))
    return {w.casefold() for w in _WORDS.findall(sentence)}


def word_tuple(words: set[str]) -> tuple[str, ...]:
    """Words as stored: interned, so marshal writes each word once per block."""
    return tuple(sys.intern(w) for w in words)


def _order(ev: tuple) -> tuple:
    """Events of one value are grouped in article, then offset order."""
    return (ev[DOC], ev[START], ev[END])


# ------------------------------------------------------------------ first fit


class _Groups:
    """The entries of one value being built, indexed for the first-fit merge.

    The merge used to compare each event with every earlier group of its
    value: quadratic, 339 s for the 216,000 events of 50,000 Reuters stories
    (one value, "1986", has 18,000). This is prefix filtering (as in
    similarity joins): order the value's words rarest first; a group of n
    words can only reach Jaccard ≥ t with an event that contains one of its
    first n − ⌊t·n⌋ + 1 words, so only those words are indexed, and an event
    looks up its own words there. Common words ("the", the year itself) sit
    at the end of every order and are almost never indexed. The candidates
    are then checked exactly, earliest group first: the same group is chosen
    as by the plain scan.

    Candidates are first pruned by how many of their indexed words the event
    has (a bound that needs no set intersection), then tried in order of
    making, stopping at the first that fits (half the time of testing every
    candidate and keeping the earliest).
    """

    __slots__ = ("docs", "events", "indexed", "post", "rank", "slack", "words")

    def __init__(self, rank: dict[str, int]) -> None:
        self.rank = rank
        self.words: list[set[str]] = []
        self.docs: list[set[str]] = []
        self.events: list[list[Any]] = []
        self.indexed: list[set[str]] = []
        self.post: dict[str, list[int]] = defaultdict(list)
        # per group: (its words past the indexed prefix) − t·n/(1 + t); see _first_fit
        self.slack: list[float] = []

    def _index(self, gi: int) -> None:
        seen = self.words[gi]
        n = len(seen)
        t = SIMILAR
        self.slack[gi] = max(0, int(t * n) - 1) - t * n / (1 + t)
        keep = n - int(t * n) + 1  # ⌊⌋, not ⌈⌉: a longer prefix is still exact
        done = self.indexed[gi]
        for w in sorted(seen, key=self.rank.__getitem__)[:keep]:
            if w not in done:
                done.add(w)
                self.post[w].append(gi)

    def place(self, item: Any, doc: str, words: set[str]) -> int:
        """Join the first group ``item`` fits (or start one); its group number."""
        gi = self._first_fit(doc, words)
        if gi is None:
            gi = len(self.events)
            self.words.append(set(words))
            self.docs.append({doc})
            self.events.append([item])
            self.indexed.append(set())
            self.slack.append(0.0)
            self._index(gi)
            return gi
        seen = self.words[gi]
        if not words <= seen:
            seen |= words
            self._index(gi)
        self.events[gi].append(item)
        self.docs[gi].add(doc)
        return gi

    def _first_fit(self, doc: str, words: set[str]) -> int | None:
        if not words:
            return None
        post = self.post
        lists = [groups for w in words if (groups := post.get(w))]
        if not lists:
            return None
        # Jaccard ≥ t needs shared ≥ t(m + n)/(1 + t), and shared ≤ k (the group's
        # indexed words in this event) plus the group's words past its indexed
        # prefix (⌊t·n⌋ − 1 of them, or none): so k + slack ≥ t·m/(1 + t)
        slack = self.slack
        least = SIMILAR * len(words) / (1 + SIMILAR) - 1e-9
        if len(lists) == 1:  # a word is indexed once per group: k = 1
            cands = [gi for gi in lists[0] if 1 + slack[gi] >= least]
        else:
            counts = Counter(chain.from_iterable(lists))
            cands = [gi for gi, k in counts.items() if k + slack[gi] >= least]
        if not cands:
            return None
        cands.sort()
        sets, docs = self.words, self.docs
        m = len(words)
        for gi in cands:
            seen = sets[gi]
            shared = len(words & seen)
            # |a ∪ b| = m + n − shared: the same integers, the same test as a plain scan
            if shared / (m + len(seen) - shared) >= SIMILAR and doc not in docs[gi]:
                return gi
        return None


def first_fit(items: Sequence[Any], docs: Sequence[str], words: Sequence[set[str]]) -> list[list]:
    """Groups (lists of items, in order of making) of one value's events, in order."""
    counts: Counter[str] = Counter()
    for ws in words:
        counts.update(ws)
    ranked = sorted(counts, key=lambda w: (counts[w], w))
    groups = _Groups({w: i for i, w in enumerate(ranked)})
    for item, doc, ws in zip(items, docs, words, strict=True):
        groups.place(item, doc, ws)
    return groups.events


def _fits(words: set[str], doc: str, seen: set[str], docs: set[str]) -> bool:
    if not words or not seen or doc in docs:
        return False
    shared = len(words & seen)
    return shared / (len(words) + len(seen) - shared) >= SIMILAR


class _Affected(set):
    """A set of group numbers that notes when it grew (see `regroup`)."""

    def __init__(self) -> None:
        super().__init__()
        self.stale = [False]

    def add(self, g: int) -> None:
        if g not in self:
            super().add(g)
            self.stale[0] = True


def regroup(
    old: list[tuple],
    groups: list[list[int]],
    removed: set[int],
    added: list[tuple],
    old_words: list[tuple[str, ...]] | None = None,
    want_words: bool = False,
) -> tuple[list[tuple], list[list[int]], list[tuple[str, ...]] | None]:
    """One value's events and groups after removing and adding some events.

    ``old`` are the events in order and ``groups`` their first-fit groups
    (positions, in order of making); ``removed`` positions in ``old`` go,
    ``added`` events come. The result is what `first_fit` would give on the
    new events, without its similarity search for most of them: the old
    run is replayed, and a group whose contents differ between the two runs
    is "affected". An event whose old group is not affected keeps it unless
    an affected group made earlier now fits; an event whose old group is
    affected is decided again among the affected groups and the groups made
    after its old one (the earlier ones did not fit then and have not
    changed since). Added events are decided among all groups. Words are
    only computed for events and groups that a decision looks at (most
    events just keep their group), or taken from ``old_words`` (the old
    events' words, stored for large values); with ``want_words`` the new
    events' words come back too, else None.
    """
    n_old = len(groups)
    old_group = [0] * len(old)
    for gi, members in enumerate(groups):
        for p in members:
            old_group[p] = gi
    creator = [members[0] for members in groups]

    # the merged order: old events (kept or removed) and added ones
    stream: list[tuple[tuple, int, int]] = [(_order(ev), 0, p) for p, ev in enumerate(old)]
    stream += [(_order(ev), 1, i) for i, ev in enumerate(added)]
    stream.sort()

    events: list[tuple] = []
    origin: list[int] = []  # new position → old position (-1: added)
    ev_words: dict[int, set[str]] = {}  # new position → words, when needed
    g_words: dict[int, set[str]] = {}  # a group's words, folded in up to g_upto members
    g_upto: dict[int, int] = {}
    g_docs: dict[int, set[str]] = {}
    g_members: dict[int, list[int]] = {}
    made_at: dict[int, int] = {}  # group → stream position of the event that made it
    made: list[int] = []  # groups in order of making (new run)
    old_made_at = [0] * n_old  # stream position of each old group's first event
    for pos, (_, src, i) in enumerate(stream):
        if src == 0 and creator[old_group[i]] == i:
            old_made_at[old_group[i]] = pos
    affected = _Affected()
    stale = affected.stale  # by_made needs sorting again
    by_made: list[int] = []  # affected groups already made, in order of making
    next_id = n_old

    def words(at: int) -> set[str]:
        got = ev_words.get(at)
        if got is None:
            was = origin[at]
            if old_words is not None and was >= 0:
                got = ev_words[at] = set(old_words[was])
            else:
                got = ev_words[at] = words_of(events[at][SENT])
        return got

    def group_words(g: int) -> set[str]:
        members, done = g_members[g], g_upto[g]
        if done < len(members):
            seen = g_words[g]
            for at in members[done:]:
                was = origin[at]
                if old_words is not None and was >= 0 and at not in ev_words:
                    seen.update(old_words[was])  # no set per member: most are never tested
                else:
                    seen |= words(at)
            g_upto[g] = len(members)
        return g_words[g]

    def fits(at: int, g: int) -> bool:
        if events[at][DOC] in g_docs[g]:
            return False
        seen = group_words(g)
        was = origin[at]
        if old_words is None or was < 0 or at in ev_words:
            return _fits(words(at), events[at][DOC], seen, g_docs[g])
        # the stored words (distinct), without making a set of them: most
        # replayed events are only ever tested, never joined to a changed group
        stored = old_words[was]
        m, n = len(stored), len(seen)
        if not m or not n or m < SIMILAR * n - 1e-9 or n < SIMILAR * m - 1e-9:
            return False  # Jaccard ≤ min(m, n) / max(m, n) < t
        shared = len(seen.intersection(stored))
        return shared / (m + n - shared) >= SIMILAR

    def make(g: int, pos: int, at: int) -> None:
        g_words[g], g_upto[g] = set(), 0
        g_docs[g], g_members[g] = {events[at][DOC]}, [at]
        made_at[g] = pos
        made.append(g)
        if g in affected:
            stale[0] = True

    def join(g: int, at: int) -> None:
        g_docs[g].add(events[at][DOC])
        g_members[g].append(at)

    def first_affected(at: int, before: int | None) -> int | None:
        """The earliest made affected group (made before ``before``) that fits."""
        if stale[0]:
            by_made[:] = sorted((g for g in affected if g in made_at), key=made_at.__getitem__)
            stale[0] = False
        for g in by_made:
            if before is not None and made_at[g] >= before:
                break
            if fits(at, g):
                return g
        return None

    def first_after(at: int, after: int) -> int | None:
        """The earliest group made after stream position ``after`` that fits."""
        start = bisect.bisect_right(made, after, key=made_at.__getitem__)
        for g in made[start:]:
            if fits(at, g):
                return g
        return None

    for pos, (_, src, i) in enumerate(stream):
        if src == 0 and i in removed:
            affected.add(old_group[i])  # it lost an event (or, made by it, never exists)
            continue
        at = len(events)
        events.append(old[i] if src == 0 else added[i])
        origin.append(i if src == 0 else -1)
        if src == 1:
            g = first_after(at, -1)
            if g is None:
                g, next_id = next_id, next_id + 1
                make(g, pos, at)
            else:
                join(g, at)
            affected.add(g)
            continue
        g_old = old_group[i]
        if creator[g_old] == i:
            g = first_affected(at, None) if affected else None
            if g is None:
                make(g_old, pos, at)
            else:
                join(g, at)
                affected.add(g_old)
        elif g_old not in affected:
            g = first_affected(at, made_at[g_old]) if affected else None
            if g is None:
                join(g_old, at)
            else:
                join(g, at)
                affected.add(g_old)
        else:
            # earlier unaffected groups did not fit before and are unchanged
            g = first_affected(at, None)
            later = first_after(at, old_made_at[g_old])
            if later is not None and (g is None or made_at[later] < made_at[g]):
                g = later
            if g is None:
                g, next_id = next_id, next_id + 1
                make(g, pos, at)
            else:
                join(g, at)
            affected.add(g)
    new_words: list[tuple[str, ...]] | None = None
    if want_words:
        new_words = [
            old_words[origin[at]]
            if old_words is not None and origin[at] >= 0
            else word_tuple(words(at))
            for at in range(len(events))
        ]
    return events, [g_members[g] for g in made], new_words


# ------------------------------------------------------------------ the file


def timeline_path(index_dir: Path, indexname: str) -> Path:
    """Owned by the index (removed with it), but not named like a segment:
    Whoosh deletes those at commit, and the next state is made from this one."""
    return Path(index_dir) / f"{indexname}.ndtimeline"


def _group_key(events: list[tuple], members: list[int]) -> tuple:
    """What orders an entry among those of its day: the earliest article date,
    then its first event (the order it was made in)."""
    first = events[members[0]]
    return (min(events[p][ADATE] or "" for p in members), first[DOC], first[START], first[END])


class _Header:
    """The part of the file every open reads (small: ints and one value table).

    ``store`` names the file holding the blocks (None: they follow the
    header in its own file or bytes); ``end`` is where the last block the
    header knows of ends, so that a store cut short is noticed.
    """

    def __init__(self, data: dict) -> None:
        self.store: str | None = data.get("store")
        self.end = 0
        self.sig: list[tuple[str, int]] = [tuple(s) for s in data["sig"]]
        self.values: list[str] = data["values"]
        self.keys: list[str] = data["keys"]
        self.grans: list[str] = data["grans"]
        self.blocks: list[tuple[int, int]] = data["blocks"]
        self.ev: list[int] = data["ev"]
        self.eg: list[int] = data["eg"]


def _read_header(fh: BinaryIO, with_update: bool = False) -> tuple[_Header, dict | None, int]:
    """(header, update part or None, where blocks start); ValueError if unusable."""
    data, upd, base = pane_rows.read_frame(fh, MAGIC, FILE_VERSION, "timeline", with_update)
    header = _Header(data)
    # a cut-short file (a full disk, a copy interrupted) is rebuilt, not read past its end
    ends = [off + length for off, length in header.blocks]
    if upd is not None:
        ends += [off + length for off, length in filter(None, upd["wblocks"])]
        ends += [off + length for off, length in upd.get("gkblocks", ())]
    header.end = max(ends, default=0)
    if header.store is None and base + header.end > fh.seek(0, os.SEEK_END):
        raise ValueError("timeline file cut short")
    return header, upd, base


def _store_of(header: _Header) -> tuple[str | None, int]:
    """(the store holding the blocks, or None; where the last block ends)."""
    return header.store, header.end


class _Old(pane_rows.OldFile):
    """The previous state's file, open for copying and re-reading blocks."""

    def __init__(self, path: Path) -> None:
        super().__init__(path, _read_header, _store_of)
        upd = self.upd
        self.segs: _Segs = upd["segs"]
        # each value's group keys: a block each (version 4), or all in the header (2)
        self.gkblocks: list[tuple[int, int]] | None = upd.get("gkblocks")
        self._gkeys: list[list[tuple]] | None = upd.get("gkeys")
        if self.gkblocks is None and self._gkeys is None:
            self.close()
            raise ValueError("timeline file without group keys")
        self.wblocks: list[tuple[int, int] | None] = upd["wblocks"]
        self.index = {v: i for i, v in enumerate(self.header.values)}

    @property
    def header(self) -> _Header:
        return self.head

    def raw(self, vi: int) -> bytes:
        return self.read(self.header.blocks[vi])

    def raw_words(self, vi: int) -> bytes | None:
        where = self.wblocks[vi]
        return None if where is None else self.read(where)

    def gkeys(self, vi: int) -> list[tuple]:
        """The group keys of old value ``vi`` (what orders its entries)."""
        if self.gkblocks is not None:
            return marshal.loads(self.read(self.gkblocks[vi]))
        assert self._gkeys is not None
        return self._gkeys[vi]

    def gk_piece(self, vi: int) -> pane_rows.Piece:
        if self.gkblocks is not None:
            return ("old", self.gkblocks[vi])
        assert self._gkeys is not None
        return ("new", marshal.dumps(self._gkeys[vi]))

    def words(self, vi: int) -> list[tuple[str, ...]] | None:
        raw = self.raw_words(vi)
        return None if raw is None else marshal.loads(raw)

    def block(self, vi: int) -> tuple[list[tuple], list[list[int]]]:
        events, groups = marshal.loads(self.raw(vi))  # fresh lists: ours to change
        return list(events), groups if isinstance(groups, list) else list(groups)


def _calendar_events(
    index_dir: Path, reader: Any, seg: str, skip: frozenset[int] | set[int]
) -> Iterator[tuple[str, str, tuple]]:
    """(value, sort key, stored event) of one segment's live calendar events.

    Two expressions of one value in one sentence of one article ("in 2024 ...
    that year") tell one happening: only the first is an event here, so the
    pane shows one entry where `newsdesk timeline` lists both expressions.
    """
    _, arts = pane_rows.segment_rows(index_dir, reader, "article")
    titles = {r[0]: r[pane_rows.ARTICLE_TITLE] for r in arts}
    ids, rows = pane_rows.segment_rows(index_dir, reader, "event")
    rows = rows if isinstance(rows, list) else list(rows)
    told: set[tuple[str, str, str]] = set()
    for k, num in enumerate(ids):
        row, rows[k] = rows[k], None  # let each row go once read (200 MB at 50k)
        doc, start, end, expr, typ, value, sentence, adate, key = row
        if typ not in CALENDAR_TYPES or not key or num in skip:
            continue
        same = telling(doc, value, sentence)
        if same in told:
            continue
        told.add(same)
        clean = same[2]
        ev = (doc, start, end, expr, typ, clean, titles.get(doc, ""), adate, seg, num)
        yield value, key, ev


def refresh(
    index_dir: Path, indexname: str, searcher: Any, *, write: bool = True, workers: int = 1
) -> bytes | None:
    """Bring the timeline file up to the searcher's index state (a from-scratch
    grouping in ``workers`` processes: the indexer passes its pool's size).

    Returns None when the file on disk is (now) current, else the file's
    bytes (when it could not be written: a read-only index dir, a full disk).
    """
    index_dir = Path(index_dir)
    path = timeline_path(index_dir, indexname)
    sig = pane_rows.signature(searcher)
    old: _Old | None = None
    try:
        old = _Old(path)
    except (OSError, ValueError, EOFError, TypeError, KeyError, AssertionError):
        old = None
    try:
        if old is not None and old.header.sig == sig:
            return None
        blocks, keys, grans, segs = _new_state(index_dir, searcher, old, workers)
        layout = _layout(blocks, keys, old)
        order = _entry_order(layout, keys, old)

        def header(where: list[tuple[int, int]], store: str | None) -> bytes:
            return _header_bytes(
                sig, layout, _unflat(layout, where), order, keys, grans, segs, store
            )

        # only the changed values' blocks are written (`pane_rows.save_stored`)
        return pane_rows.save_or_bytes(path, _flat(layout), header, old, write)
    finally:
        if old is not None:
            old.close()


# a value's block: ("copy", old value index), ("moved", (block, old value index):
# the same groups, words and keys, its events elsewhere) or ("new", (block,
# words or None, group keys))
_Block = tuple[str, Any]


def _packed(events: list[tuple], groups: list[list[int]], words: list | None) -> _Block:
    """A value's block as bytes at once: the events of all values never sit in
    memory together as objects (a from-scratch 50k grouping peaked ~100 MB higher)."""
    return (
        "new",
        (
            marshal.dumps((events, groups)),
            marshal.dumps(words) if words is not None else None,
            [_group_key(events, g) for g in groups],
        ),
    )
# segment → its live calendar events' docnums and values (what the next diff needs);
# docnums repeat: all events of an article share its document's docnum
_Segs = dict[str, tuple[list[int], list[str]]]


def _new_state(
    index_dir: Path, searcher: Any, old: _Old | None, workers: int = 1
) -> tuple[dict[str, _Block], dict[str, str], dict[str, str], _Segs]:
    """Every value's block (copied or regrouped), sort key, granularity, and
    each segment's live calendar events (docnum, value) for the next diff.
    Values new to the file are grouped in ``workers`` processes when many."""
    from search.timex import placed_granularity

    keys: dict[str, str] = {}
    removed: dict[str, set[tuple[str, int]]] = defaultdict(set)
    added: dict[str, list[tuple]] = defaultdict(list)
    segs: _Segs = {}
    current: set[str] = set()
    old_deleted = dict(old.header.sig) if old is not None else {}
    same: dict[str, str] = {}  # one string object per value (marshal writes it once)
    for seg, reader, gone in pane_rows.live_segments(searcher):
        current.add(seg)
        if old is not None and seg in old.segs:
            nums, vals = old.segs[seg]
            if old_deleted.get(seg) == len(gone):
                segs[seg] = (nums, vals)  # no new deletions: nothing to look at
                continue
            # newly deleted events, found by docnum (the lists are in docnum order).
            # All of an article's events share its document's docnum: every
            # row in the run of equal docnums goes, not only the first.
            drop: set[int] = set()
            for num in gone:
                at = bisect.bisect_left(nums, num)
                while at < len(nums) and nums[at] == num:
                    drop.add(at)
                    removed[vals[at]].add((seg, num))
                    at += 1
            segs[seg] = (
                [n for i, n in enumerate(nums) if i not in drop],
                [v for i, v in enumerate(vals) if i not in drop],
            )
            continue
        nums_new: list[int] = []
        vals_new: list[str] = []
        for value, key, ev in _calendar_events(index_dir, reader, seg, gone):
            value = same.setdefault(value, value)
            keys[value] = key
            added[value].append(ev)
            nums_new.append(ev[NUM])
            vals_new.append(value)
        segs[seg] = (nums_new, vals_new)
    if old is not None:
        for seg, (nums, vals) in old.segs.items():
            if seg not in current:
                for num, value in zip(nums, vals, strict=True):
                    removed[value].add((seg, num))

    blocks: dict[str, _Block] = {}
    if old is not None:
        for vi, value in enumerate(old.header.values):
            keys.setdefault(value, old.header.keys[vi])
            if value not in removed and value not in added:
                blocks[value] = ("copy", vi)
    fresh: list[tuple[str, list[tuple]]] = []  # values the old file did not have
    for value in set(removed) | set(added):
        new = sorted(added.get(value, ()), key=_order)
        vi = old.index.get(value) if old is not None else None
        if vi is None:
            if new:
                fresh.append((value, new))
            continue
        assert old is not None
        events, groups = old.block(vi)
        gone_at = removed.get(value, set())
        drop = {p for p, ev in enumerate(events) if (ev[SEG], ev[NUM]) in gone_at}
        drop, new = _moves(events, drop, new)
        if not drop and not new:
            # its events only moved (an article written again unchanged, or a
            # merged segment): the same groups, words and group keys, only
            # where the events live changed. "1986" spent 60 ms re-packing.
            blocks[value] = ("moved", (marshal.dumps((events, groups)), vi))
            continue
        old_words = old.words(vi)
        big = len(events) - len(drop) + len(new) >= WORDS_MIN
        events, groups, kept = regroup(events, groups, drop, new, old_words, want_words=big)
        if groups:
            blocks[value] = _packed(events, groups, kept)
    added.clear()  # the events now live in `fresh` only
    for value, block in _group_fresh(fresh, workers):
        if block is not None:
            blocks[value] = block
    grans = {value: placed_granularity(value) for value in blocks}
    return blocks, keys, grans, segs


# a from-scratch grouping spreads over processes past this many events
# (a fresh 10,000-article index has ~36,000; one-file updates have a few)
PARALLEL_MIN = 20_000


def _group_value(job: tuple[str, list[tuple]]) -> tuple[str, _Block | None]:
    """One value's events grouped from scratch and packed (a pool task)."""
    value, new = job
    all_words = [words_of(ev[SENT]) for ev in new]
    groups = first_fit(range(len(new)), [ev[DOC] for ev in new], all_words)
    if not groups:
        return value, None
    keep = [word_tuple(w) for w in all_words] if len(new) >= WORDS_MIN else None
    return value, _packed(new, groups, keep)


def _batches(jobs: list[tuple[str, list[tuple]]], size: int) -> list[list[tuple[str, list[tuple]]]]:
    """Values in batches of about ``size`` events, the largest values first, so
    that the pool's processes finish together (one value is never split)."""
    jobs = sorted(jobs, key=lambda job: -len(job[1]))
    out: list[list[tuple[str, list[tuple]]]] = []
    held = size
    for job in jobs:
        if held >= size:
            out.append([])
            held = 0
        out[-1].append(job)
        held += len(job[1])
    return out


def _group_batch(batch: list[tuple[str, list[tuple]]]) -> list[tuple[str, _Block | None]]:
    return [_group_value(job) for job in batch]


def _group_fresh(
    jobs: list[tuple[str, list[tuple]]], workers: int
) -> Iterator[tuple[str, _Block | None]]:
    """Group values from scratch: in ``workers`` processes when there is much
    to do (a fresh index: values are independent, so this splits exactly),
    else here. Results come in any order."""
    total = sum(len(new) for _, new in jobs)
    if workers < 2 or total < PARALLEL_MIN:
        for job in jobs:
            yield _group_value(job)
        return
    from search.procs import forkserver_context

    batches = _batches(jobs, max(500, total // (workers * 8)))
    jobs.clear()
    # forkserver, as the indexer's pool: safe from a thread, and already running there
    ctx = forkserver_context()
    with ctx.Pool(workers) as pool:
        for got in pool.imap_unordered(_group_batch, batches):
            yield from got


def _moves(events: list[tuple], drop: set[int], new: list[tuple]) -> tuple[set[int], list[tuple]]:
    """Removed events that come back unchanged (their segment was merged into
    another) keep their place, with their new segment and docnum; only the
    rest really changed. ``events`` is updated in place."""
    if not drop or not new:
        return drop, new
    back: dict[tuple, list[int]] = defaultdict(list)
    for i, ev in enumerate(new):
        back[ev[:SEG]].append(i)
    moved: set[int] = set()
    really: set[int] = set()
    for p in sorted(drop):
        got = back.get(events[p][:SEG])
        if got:
            i = got.pop(0)
            events[p] = new[i]
            moved.add(i)
        else:
            really.add(p)
    return really, [ev for i, ev in enumerate(new) if i not in moved]


class _Layout:
    """The next file's values in order, with their block, words and group
    keys pieces; ``src`` is a value's old index when its groups are the old
    ones (copied or moved: its entries keep their order), else -1 and
    ``gkeys`` holds its new group keys."""

    def __init__(self, values: list[str]) -> None:
        self.values = values
        self.main: list[pane_rows.Piece] = []
        self.words: list[pane_rows.Piece | None] = []
        self.gk: list[pane_rows.Piece] = []
        self.src: list[int] = []
        self.gkeys: list[list[tuple] | None] = []


def _layout(blocks: dict[str, _Block], keys: dict[str, str], old: _Old | None) -> _Layout:
    out = _Layout(sorted(blocks, key=lambda v: (keys[v], v)))
    for value in out.values:
        how, what = blocks[value]
        if how in ("copy", "moved"):
            assert old is not None
            raw, vi = (None, what) if how == "copy" else what
            out.main.append(("old", old.header.blocks[vi]) if raw is None else ("new", raw))
            where = old.wblocks[vi]
            out.words.append(None if where is None else ("old", where))
            out.gk.append(old.gk_piece(vi))
            out.src.append(vi)
            out.gkeys.append(None)
        else:
            raw, wraw, gk = what
            out.main.append(("new", raw))
            out.words.append(None if wraw is None else ("new", wraw))
            out.gk.append(("new", marshal.dumps(gk)))
            out.src.append(-1)
            out.gkeys.append(gk)
    return out


def _entry_order(layout: _Layout, keys: dict[str, str], old: _Old | None) -> tuple[list, list]:
    """The entries in calendar order as (value index, group index) columns.

    Entries of values whose groups did not change keep their old order (their
    value indexes renumbered, which keeps it sorted); the changed values'
    entries are sorted and merged in, by sort key, comparing group keys only
    with old entries of the same sort key (read for those values alone).
    Sorting all 55,000 entries again, with every value's group keys read
    from the header, was a third of a one-file update of the file.
    """
    keylist = [keys[v] for v in layout.values]
    fresh = sorted(
        (keylist[vi], *gk, vi, gi)
        for vi, gks in enumerate(layout.gkeys)
        if gks is not None
        for gi, gk in enumerate(gks)
    )
    if old is None:
        return [o[-2] for o in fresh], [o[-1] for o in fresh]
    remap = [-1] * len(old.header.values)
    for vi, was in enumerate(layout.src):
        if was >= 0:
            remap[was] = vi
    pairs = zip(old.header.ev, old.header.eg, strict=True)
    kept = [(r, g) for v, g in pairs if (r := remap[v]) >= 0]
    keycol = [keylist[r] for r, _ in kept]
    loaded: dict[int, list[tuple]] = {}
    ev: list[int] = []
    eg: list[int] = []
    done = 0
    at = 0
    while at < len(fresh):
        key = fresh[at][0]
        end = at
        while end < len(fresh) and fresh[end][0] == key:
            end += 1
        lo, hi = bisect.bisect_left(keycol, key), bisect.bisect_right(keycol, key)
        run = fresh[at:end]
        if lo < hi:  # old entries with the same sort key: compare their group keys
            for r, g in kept[lo:hi]:
                if r not in loaded:
                    loaded[r] = old.gkeys(layout.src[r])
                run.append((key, *loaded[r][g], r, g))
            run.sort()
        for r, g in kept[done:lo]:
            ev.append(r)
            eg.append(g)
        ev.extend(o[-2] for o in run)
        eg.extend(o[-1] for o in run)
        done = hi
        at = end
    for r, g in kept[done:]:
        ev.append(r)
        eg.append(g)
    return ev, eg


def _header_bytes(
    sig: list[tuple[str, int]],
    layout: _Layout,
    where: tuple[list, list, list],
    order: tuple[list, list],
    keys: dict[str, str],
    grans: dict[str, str],
    segs: _Segs,
    store: str | None,
) -> bytes:
    values = layout.values
    main, wblocks, gkblocks = where
    head = {
        "version": FILE_VERSION,
        "sig": sig,
        "store": store,
        "values": values,
        "keys": [keys[v] for v in values],
        "grans": [grans[v] for v in values],
        "blocks": main,
        "ev": order[0],
        "eg": order[1],
    }
    # values as the strings themselves: marshal writes each once and refers back
    return pane_rows.frame_bytes(
        MAGIC, head, {"segs": segs, "wblocks": wblocks, "gkblocks": gkblocks}
    )


def _flat(layout: _Layout) -> list[pane_rows.Piece]:
    """Each value's block, its words (if kept), its group keys: the order
    blocks are stored in."""
    pieces: list[pane_rows.Piece] = []
    for main, words, gk in zip(layout.main, layout.words, layout.gk, strict=True):
        pieces.append(main)
        if words is not None:
            pieces.append(words)
        pieces.append(gk)
    return pieces


def _unflat(layout: _Layout, where: list[tuple[int, int]]) -> tuple[list, list, list]:
    """(blocks, words blocks or None, group keys blocks) from `_flat`'s places."""
    at = iter(where)
    main = []
    words: list[tuple[int, int] | None] = []
    gks = []
    for w in layout.words:
        main.append(next(at))
        words.append(None if w is None else next(at))
        gks.append(next(at))
    return main, words, gks


# ------------------------------------------------------------------ reading


class _Source:
    """The bytes of one timeline file, read a block at a time (thread-safe):
    from ``data`` in memory, or from ``fd``, the file or store holding them.

    Holds that descriptor open (and closes it), so a view keeps working after
    the indexer replaced the file with a newer state's (until its library
    refreshes).
    """

    def __init__(self, data: bytes | None = None, fd: int | None = None) -> None:
        self._fd: int | None = fd
        self._data = data

    def read(self, off: int, length: int) -> bytes:
        if self._data is not None:
            return self._data[off : off + length]
        assert self._fd is not None
        return os.pread(self._fd, length, off)

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None

    def __del__(self) -> None:
        self.close()


class _Shared:
    """What every ordering of one file's entries shares: header, blocks, cache."""

    BLOCK_EVENTS = 60_000  # decoded events kept (the largest value has ~18,000 at 50k)

    def __init__(self, source: _Source, header: _Header, base: int) -> None:
        self.source, self.header, self.base = source, header, base
        self._blocks: OrderedDict[int, tuple[list, list]] = OrderedDict()
        self._held = 0
        self._lock = threading.Lock()

    def block(self, vi: int) -> tuple[list, list]:
        with self._lock:
            got = self._blocks.get(vi)
            if got is not None:
                self._blocks.move_to_end(vi)
                return got
        off, length = self.header.blocks[vi]
        got = marshal.loads(self.source.read(self.base + off, length))
        with self._lock:
            self._blocks[vi] = got
            self._held += len(got[0])
            while self._held > self.BLOCK_EVENTS and len(self._blocks) > 1:
                _, (evs, _) = self._blocks.popitem(last=False)
                self._held -= len(evs)
        return got

    def entry(self, vi: int, gi: int) -> TimelineEntry:
        events, groups = self.block(vi)
        value, key = self.header.values[vi], self.header.keys[vi]
        evs = tuple(
            Event(
                doc=ev[DOC],
                start=ev[START],
                end=ev[END],
                expression=ev[EXPR],
                type=ev[TYPE],
                value=value,
                sentence=ev[SENT],
                title=ev[TITLE],
                date=ev[ADATE],
                sort_key=key,
            )
            for ev in (events[p] for p in groups[gi])
        )
        first = evs[0]
        return TimelineEntry(
            value=value,
            sort_key=key,
            granularity=self.header.grans[vi],
            expression=first.expression,
            sentence=first.sentence,
            events=evs,
        )


class TimelineView(Sequence[TimelineEntry]):
    """The timeline's entries as a sequence that reads an entry when asked.

    Opening costs the header (a list of ints per entry); ``view[i]`` reads
    the block of entry i's value (cached), so a pane pays for what it shows.
    ``sort_keys``, ``values`` and ``granularities`` are per-entry columns for
    drawing headers, the histogram and jumping without building entries.
    """

    def __init__(self, shared: _Shared, order: list[int] | None = None) -> None:
        self._shared = shared
        h = shared.header
        self._ev = h.ev if order is None else [h.ev[i] for i in order]
        self._eg = h.eg if order is None else [h.eg[i] for i in order]
        self._entries: OrderedDict[int, TimelineEntry] = OrderedDict()
        self._cols: dict[str, list[str]] = {}

    def _column(self, name: str, table: list[str]) -> list[str]:
        col = self._cols.get(name)
        if col is None:
            col = self._cols[name] = [table[vi] for vi in self._ev]
        return col

    @property
    def sort_keys(self) -> list[str]:
        """Each entry's sort key (a period's first day), in this view's order."""
        return self._column("keys", self._shared.header.keys)

    @property
    def values(self) -> list[str]:
        return self._column("values", self._shared.header.values)

    @property
    def granularities(self) -> list[str]:
        return self._column("grans", self._shared.header.grans)

    def __len__(self) -> int:
        return len(self._ev)

    @overload
    def __getitem__(self, i: int) -> TimelineEntry: ...
    @overload
    def __getitem__(self, i: slice) -> list[TimelineEntry]: ...
    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        return self.entry_at(i)

    def entry_at(self, i: int) -> TimelineEntry:
        if i < 0:
            i += len(self._ev)
        if not 0 <= i < len(self._ev):
            raise IndexError(i)
        got = self._entries.get(i)
        if got is None:
            got = self._entries[i] = self._shared.entry(self._ev[i], self._eg[i])
            if len(self._entries) > 2000:
                self._entries.popitem(last=False)
        return got

    def __iter__(self) -> Iterator[TimelineEntry]:
        for i in range(len(self._ev)):
            yield self.entry_at(i)

    def month_counts(self) -> Counter[str]:
        """Entries per ``YYYY-MM`` (for the histogram), without building them."""
        per_value = Counter(self._ev)
        out: Counter[str] = Counter()
        keys = self._shared.header.keys
        for vi, n in per_value.items():
            out[keys[vi][:7]] += n
        return out

    def window(self, start: str | None, end: str | None) -> range:
        """Positions of the entries whose sort key is in [start, end] (a date window)."""
        keys = self.sort_keys
        lo = bisect.bisect_left(keys, start) if start else 0
        hi = bisect.bisect_right(keys, end + "\uffff") if end else len(keys)
        return range(lo, max(lo, hi))

    def reordered(self, key: Callable[[str, str, str], Any]) -> TimelineView:
        """The same entries sorted (stably) by ``key(value, sort_key, granularity)``."""
        h = self._shared.header
        per_value = [key(v, k, g) for v, k, g in zip(h.values, h.keys, h.grans, strict=True)]
        ev = h.ev
        order = sorted(range(len(ev)), key=lambda i: per_value[ev[i]])
        return TimelineView(self._shared, order)


def open_view(index_dir: Path, indexname: str, searcher: Any) -> TimelineView:
    """The timeline of the searcher's index state, brought up to date if needed."""
    sig = pane_rows.signature(searcher)
    header, base, fd, data = pane_rows.open_stored(
        timeline_path(index_dir, indexname),
        _read_header,
        lambda header: header.sig == sig,
        lambda write: refresh(index_dir, indexname, searcher, write=write),
        _store_of,
    )
    return TimelineView(_Shared(_Source(data=data, fd=fd), header, base))
