"""The timeline and people kept up to date change by change equal a from-scratch build.

`search.timeline_groups` replays the old first-fit decisions and re-decides
only around changed groups; a user would notice a wrong merge (two
different happenings shown as one, or one story's sources split), so the
result is compared with `group_events` over every event, first on random
events (many near-duplicate sentences, edits and deletions), then on a
real index through `newsdesk index` runs that edit, add and delete files.
"""

from __future__ import annotations

import io
import marshal
import os
import random
from collections import Counter, defaultdict
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from search import indexer, pane_rows, people_index, store, timeline_groups
from search.indexer import build_index
from search.library import Library, group_events
from search.people_index import summarise
from search.quotes import person_key
from search.records import PersonSummary, QuoteInfo
from search.timeline_groups import (
    DOC,
    SENT,
    first_fit,
    regroup,
    timeline_path,
    words_of,
)

VOCAB = "talks tariffs oil wheat rose fell minister bank said would resume on the a".split()


def _event(rng: random.Random, doc: str, start: int) -> tuple:
    sentence = " ".join(rng.choice(VOCAB) for _ in range(rng.randint(0, 7)))
    return (doc, start, start + 3, "x", "DATE", sentence, "T " + doc, None, "seg", start)


def _scratch(events: list[tuple]) -> list[list[tuple]]:
    events = sorted(events, key=lambda ev: (ev[DOC], ev[1], ev[2]))
    groups = first_fit(events, [ev[DOC] for ev in events], [words_of(ev[SENT]) for ev in events])
    return groups


def _plain_first_fit(docs: list[str], words: list[set[str]]) -> list[list[int]]:
    """The definition: each event joins the earliest group it fits, else starts one."""
    groups: list[list[int]] = []
    seen: list[set[str]] = []
    for i, (doc, ws) in enumerate(zip(docs, words, strict=True)):
        for gi, members in enumerate(groups):
            union = ws | seen[gi]
            if (
                ws
                and seen[gi]
                and all(docs[p] != doc for p in members)
                and len(ws & seen[gi]) / len(union) >= timeline_groups.SIMILAR
            ):
                members.append(i)
                seen[gi] |= ws
                break
        else:
            groups.append([i])
            seen.append(set(ws))
    return groups


@settings(max_examples=300, deadline=None)
@given(st.randoms(use_true_random=False), st.integers(1, 120))
def test_first_fit_equals_the_plain_scan(rng: random.Random, n: int):
    # long sentences over a skewed vocabulary: the indexed prefixes and the
    # candidate bound are exercised (many groups share words, few fit)
    vocab = [f"w{i}" for i in range(40)]
    weights = [1 / (i + 1) for i in range(40)]
    docs = [f"d{rng.randint(0, n // 2)}" for _ in range(n)]
    words = [set(rng.choices(vocab, weights, k=rng.randint(0, 16))) for _ in range(n)]
    got = first_fit(list(range(n)), docs, words)
    assert got == _plain_first_fit(docs, words)


@settings(max_examples=300, deadline=None)
@given(st.randoms(use_true_random=False), st.integers(2, 40), st.integers(1, 12))
def test_regroup_equals_first_fit_after_edits(rng: random.Random, n_docs: int, rounds: int):
    docs = {f"d{i:02d}": [_event(rng, f"d{i:02d}", s) for s in range(rng.randint(1, 3))]
            for i in range(n_docs)}
    events = sorted((ev for evs in docs.values() for ev in evs), key=lambda ev: ev[:3])
    scratch = _scratch(events)
    groups = [[events.index(ev) for ev in g] for g in scratch]
    words: list | None = None
    for _ in range(rounds):
        # edit, delete or add a few articles: their old events go, new ones come
        touched = rng.sample(sorted(docs), k=min(len(docs), rng.randint(1, 3)))
        added: list[tuple] = []
        for doc in touched:
            if rng.random() < 0.3:
                del docs[doc]
            else:
                docs[doc] = [_event(rng, doc, s) for s in range(rng.randint(1, 3))]
                added += docs[doc]
        if rng.random() < 0.3:
            new = f"e{rng.randint(0, 99):02d}"
            if new not in docs:
                docs[new] = [_event(rng, new, 0)]
                added += docs[new]
        removed = {p for p, ev in enumerate(events) if ev[DOC] in touched}
        keep = rng.random() < 0.5  # words kept from the last round (as for large values)
        events, groups, words = regroup(
            events, groups, removed, added, words if keep else None, want_words=True
        )
        expect = _scratch([ev for evs in docs.values() for ev in evs])
        assert [[events[p] for p in g] for g in groups] == expect
        assert [set(w) for w in words] == [words_of(ev[SENT]) for ev in events]


def _story(rng: random.Random, i: int, version: int = 0) -> str:
    topics = ["oil talks", "wheat tariffs", "bank rates", "coffee quotas", "steel exports"]
    days = ["March 3, 1987", "March 4, 1987", "April 1, 1987", "1986", "last year", "May 1987"]
    extra = "in Paris London Tokyo after before weak strong prices fell rose sharply".split()
    lines = []
    for k in range(rng.randint(1, 4)):
        topic, day = rng.choice(topics), rng.choice(days)
        verb = rng.choice(["resumed", "stalled", "ended", "were announced"])
        more = " ".join(rng.sample(extra, rng.randint(0, 5)))
        again = f" and again on {day}" if k % 3 == 2 else ""  # one value twice in a sentence
        lines.append(f"The {topic} {verb} {more} on {day}{again}, officials said ({version}).")
        if k % 2:
            lines.append(f"Traders said the {topic} would matter through {day}.")
    return f"date: 1987-04-0{1 + i % 9}\ntitle: Story {i}\n\n" + "\n\n".join(lines) + "\n"


def _indexed_stories(
    tmp_path: Path, rng: random.Random, n: int, workers: int = 1
) -> tuple[Path, Path]:
    """A folder of ``n`` random stories (`_story`) and its index: (corpus, index dir)."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    index_dir = tmp_path / "ix"
    for i in range(n):
        (corpus / f"s{i:03d}.txt").write_text(_story(rng, i), "utf-8")
    build_index([corpus], index_dir, workers=workers)
    return corpus, index_dir


def _entries_match(index_dir: Path) -> int:
    with Library.open(index_dir) as lib:
        expect = group_events(lib.timeline())
        got = lib.timeline_entries()
        assert got == expect
        view = lib.timeline_view()
        assert len(view) == len(expect)
        if expect:
            assert view[len(view) - 1] == expect[-1]
            months = view.month_counts()
            assert sum(months.values()) == len(expect)
            month = expect[len(expect) // 2].sort_key[:7]
            inside = view.window(month + "-01", month + "-31")
            assert len(inside) == months[month]
            assert all(view[i].sort_key.startswith(month) for i in inside)
        return len(expect)


def _segments(index_dir: Path) -> list[str]:
    with Library.open(index_dir) as lib:
        return [r.segment().segment_id() for r, _ in lib._searcher.reader().leaf_readers()]


# workers=2: the pool path (each worker writes a segment of its own, the main
# process commits them with its merges), for every run, not only the first:
# another segment layout and order of rows than one process gives
LAYOUTS = pytest.mark.parametrize("workers", [1, 2], ids=["one-process", "two-workers"])


@LAYOUTS
def test_incremental_timeline_equals_from_scratch_through_index_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, workers: int
) -> None:
    pooled: list[int] = []
    if workers > 1:
        monkeypatch.setattr(indexer, "POOL_THRESHOLD", 1)
        # the first grouping in the pool's processes too (a 10,000-article build does)
        monkeypatch.setattr(timeline_groups, "PARALLEL_MIN", 1)
        batches = timeline_groups._batches

        def counting_batches(jobs, size):
            pooled.append(len(jobs))
            return batches(jobs, size)

        monkeypatch.setattr(timeline_groups, "_batches", counting_batches)
    replays: list[int] = []

    def counting_regroup(old, groups, removed, added, *args, **kw):
        replays.append(len(old))
        return regroup(old, groups, removed, added, *args, **kw)

    monkeypatch.setattr(timeline_groups, "regroup", counting_regroup)
    monkeypatch.setattr(timeline_groups, "WORDS_MIN", 8)  # stored words in play, as at 50k
    rng = random.Random(11)
    corpus, index_dir = _indexed_stories(tmp_path, rng, 60, workers=workers)
    assert _entries_match(index_dir) > 20
    assert not replays
    assert bool(pooled) == (workers > 1)
    seen = set(_segments(index_dir))
    merged = False
    for round_ in range(1, 9):
        files = sorted(corpus.iterdir())
        for f in rng.sample(files, 6):
            f.write_text(_story(rng, int(f.stem[1:]), round_), "utf-8")
        for f in rng.sample(files, 3):
            f.unlink()
        for j in range(2):
            (corpus / f"n{round_}{j}.txt").write_text(_story(rng, 100 + j, round_), "utf-8")
        build_index([corpus], index_dir, workers=workers)
        now = _segments(index_dir)
        merged |= bool(seen - set(now))  # segments merged away: their events moved
        seen |= set(now)
        with Library.open(index_dir) as lib:
            # the indexer brought the file up to date: opening does not regroup
            path = timeline_path(index_dir, lib._indexname)
            stamp = path.stat().st_mtime_ns
            lib.timeline_view()
            assert path.stat().st_mtime_ns == stamp
        _entries_match(index_dir)
    assert replays  # the edits were applied to the old groups, not regrouped from scratch
    assert merged  # the runs covered a merge, not only added segments and deletions
    if workers > 1:
        # the same corpus built by one process: the same events in the same
        # order and the same entries, whatever the segment layout
        alone = tmp_path / "alone"
        build_index([corpus], alone, workers=1)
        with Library.open(index_dir) as lib, Library.open(alone) as one:
            assert lib.timeline(all_types=True) == one.timeline(all_types=True)
            assert lib.timeline_entries() == one.timeline_entries()
    # damaged or cut short: made again on open, the same entries
    with Library.open(index_dir) as lib:
        path = timeline_path(index_dir, lib._indexname)
    path.write_bytes(path.read_bytes()[:-100])
    _entries_match(index_dir)
    path.write_bytes(b"garbage")
    _entries_match(index_dir)


def test_articles_written_again_unchanged_keep_their_groups(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a sentence without dates appended to stories: their events come back
    # in a new segment, unchanged; the entries stay, and the next real edit
    # of those stories still takes their old events out
    replays: list[int] = []

    def counting_regroup(old, groups, removed, added, *args, **kw):
        replays.append(len(old))
        return regroup(old, groups, removed, added, *args, **kw)

    monkeypatch.setattr(timeline_groups, "regroup", counting_regroup)
    monkeypatch.setattr(timeline_groups, "WORDS_MIN", 8)
    rng = random.Random(5)
    corpus, index_dir = _indexed_stories(tmp_path, rng, 30)
    before = _entries_match(index_dir)
    touched = sorted(corpus.iterdir())[::6]
    for f in touched:
        f.write_text(f.read_text("utf-8") + "\nNothing more was said.\n", "utf-8")
    build_index([corpus], index_dir, workers=1)
    assert _entries_match(index_dir) == before
    assert not replays  # nothing to decide again: the events only moved
    for f in touched:
        f.write_text(_story(rng, int(f.stem[1:]), 1), "utf-8")
    build_index([corpus], index_dir, workers=1)
    _entries_match(index_dir)
    assert replays


def _stores(index_dir: Path) -> list[str]:
    return sorted(p.name for p in index_dir.glob("*.ndtimeline-*"))


def test_timeline_store_grows_then_compacts_and_damage_is_repaired(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # blocks live in a store beside the header: an update appends the changed
    # values' blocks and keeps the rest in place; past the allowed dead weight
    # a new store replaces it; a store cut short is noticed and made again
    rng = random.Random(3)
    corpus, index_dir = _indexed_stories(tmp_path, rng, 25)
    _entries_match(index_dir)
    (first,) = _stores(index_dir)
    size = (index_dir / first).stat().st_size

    def edit(version: int) -> None:
        f = rng.choice(sorted(corpus.iterdir()))
        f.write_text(_story(rng, int(f.stem[1:]), version), "utf-8")
        build_index([corpus], index_dir, workers=1)
        _entries_match(index_dir)

    edit(1)
    assert _stores(index_dir) == [first]  # appended to
    assert (index_dir / first).stat().st_size > size
    monkeypatch.setattr(pane_rows, "STORE_SLACK_MIN", 0)
    monkeypatch.setattr(pane_rows, "STORE_SLACK", 0.0)
    edit(2)
    (second,) = _stores(index_dir)  # compacted into a new one, the old one gone
    assert second != first
    blocks = index_dir / second
    blocks.write_bytes(blocks.read_bytes()[: blocks.stat().st_size // 2])
    _entries_match(index_dir)  # cut short: made again on open
    edit(3)


def test_a_changed_value_sharing_its_sort_key_keeps_the_calendar_order(tmp_path: Path) -> None:
    # "March 1987" and "March 1, 1987" sort under the same day: when only the
    # second's stories change, its entries are merged in among the first's
    # by article date, not put in front of them
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i, (date, text) in enumerate(
        [
            ("2025-01-01", "Exports fell in March 1987, the ministry said."),
            ("2025-01-05", "Talks with Japan resumed on March 1, 1987."),
            ("2025-01-07", "Wheat tariffs rose sharply through March 1987 in Paris."),
            ("2025-01-09", "Coffee quotas were set by Brazil on March 1, 1987."),
        ]
    ):
        (corpus / f"s{i}.txt").write_text(f"date: {date}\ntitle: S{i}\n\n{text}\n", "utf-8")
    index_dir = tmp_path / "ix"
    build_index([corpus], index_dir, workers=1)
    assert _entries_match(index_dir) == 4
    with Library.open(index_dir) as lib:
        assert {e.value for e in lib.timeline_entries()} == {"1987-03", "1987-03-01"}
    (corpus / "s1.txt").write_text(
        "date: 2025-01-03\ntitle: S1\n\nSteel output in Chile stalled on March 1, 1987.\n",
        "utf-8",
    )
    build_index([corpus], index_dir, workers=1)
    with Library.open(index_dir) as lib:
        shown = [(e.value, e.events[0].date) for e in lib.timeline_entries()]
    assert _entries_match(index_dir) == 4
    # the same day, so by article date: the two values' entries interleave
    assert shown == [
        ("1987-03", "2025-01-01"),
        ("1987-03-01", "2025-01-03"),
        ("1987-03", "2025-01-07"),
        ("1987-03-01", "2025-01-09"),
    ]


def _timeline_as_version_2(data: bytes) -> bytes:
    """A timeline file in memory (header, then blocks) in version 2's layout:
    no store, every value's group keys in the header's update part."""
    fh = io.BytesIO(data)
    head, upd, base = pane_rows.read_frame(
        fh, timeline_groups.MAGIC, timeline_groups.FILE_VERSION, "timeline", True
    )
    assert upd is not None and head.pop("store") is None
    blocks = data[base:]
    head["version"] = 2
    gkeys = [marshal.loads(blocks[off : off + n]) for off, n in upd["gkblocks"]]
    upd2 = {"segs": upd["segs"], "gkeys": gkeys, "wblocks": upd["wblocks"]}
    return pane_rows.frame_bytes(b"NDTL\x00\x00\x00\x02", head, upd2) + blocks


def test_older_pane_files_people_read_as_they_are_timeline_grouped_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # an index from before the store: its one-piece people file is used as it
    # is, and the next update moves its blocks into a store (no regrouping).
    # A timeline file older than version 5 counted a value named twice in a
    # sentence as two events: it is grouped again at once, and a store no
    # header names any more (an older file's) is deleted when the new one is written
    rng = random.Random(4)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    index_dir = tmp_path / "ix"
    for i in range(20):
        (corpus / f"s{i:03d}.txt").write_text(_story(rng, i), "utf-8")
        (corpus / f"p{i:03d}.txt").write_text(_story_with_quotes(rng, i, 0), "utf-8")
    build_index([corpus], index_dir, workers=1)
    with Library.open(index_dir) as lib:
        people = lib.people()
        assert people and people[0].quotes
        path = timeline_path(index_dir, lib._indexname)
        ppath = people_index.people_path(index_dir, lib._indexname)
        path.unlink()  # made again, in memory
        now = timeline_groups.refresh(index_dir, lib._indexname, lib._searcher, write=False)
        with monkeypatch.context() as m:
            m.setattr(people_index, "MAGIC", b"NDPP\x00\x00\x00\x02")
            m.setattr(people_index, "FILE_VERSION", 2)
            pold = people_index.refresh(index_dir, lib._indexname, lib._searcher, write=False)
    assert now is not None and pold is not None
    old = _timeline_as_version_2(now)
    for name in (*_stores(index_dir), *(p.name for p in index_dir.glob("*.ndpeople-*"))):
        (index_dir / name).unlink()
    path.write_bytes(old)
    ppath.write_bytes(pold)
    stray = path.with_name(path.name + "-" + "0" * 12)
    stray.write_bytes(b"an older file's blocks")
    os.utime(stray, (0, 0))
    _entries_match(index_dir)
    with Library.open(index_dir) as lib:
        assert lib.people() == people
        assert all(lib.quotes(p.name) for p in people if p.quotes)
    assert ppath.read_bytes() == pold  # read as it is
    assert path.read_bytes() != old and len(_stores(index_dir)) == 1  # grouped again
    assert not stray.exists()
    replays: list[int] = []

    def counting_regroup(events, groups, removed, added, *args, **kw):
        replays.append(len(events))
        return regroup(events, groups, removed, added, *args, **kw)

    monkeypatch.setattr(timeline_groups, "regroup", counting_regroup)
    f = corpus / "s003.txt"
    f.write_text(_story(rng, 3, 1), "utf-8")
    (corpus / "p004.txt").write_text(_story_with_quotes(rng, 4, 1), "utf-8")
    build_index([corpus], index_dir, workers=1)
    _entries_match(index_dir)
    assert replays and len(_stores(index_dir)) == 1
    assert len(list(index_dir.glob("*.ndpeople-*"))) == 1


def test_segment_rows_without_their_row_file_come_from_stored_fields(tmp_path: Path) -> None:
    # a segment whose side files are gone (written by another version, or
    # deleted) is read from Whoosh's stored fields: the same rows
    rng = random.Random(8)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(6):
        (corpus / f"p{i:03d}.txt").write_text(_story_with_quotes(rng, i, 0), "utf-8")
    index_dir = tmp_path / "ix"
    build_index([corpus], index_dir, workers=1)
    with Library.open(index_dir) as lib:
        (reader, _), *_ = lib._searcher.reader().leaf_readers()
        kinds = ("article", "event", "quote", "person", "file")
        before = {k: pane_rows.segment_rows(index_dir, reader, k) for k in kinds}
        for f in index_dir.glob("*.ndrows_*"):
            f.unlink()
        after = {k: pane_rows.segment_rows(index_dir, reader, k) for k in kinds}
    assert before["event"][1] and before["quote"][1]
    assert after == before


def _people_from_scratch(index_dir: Path) -> tuple[list[PersonSummary], dict[str, list]]:
    """`people()` and quotes per person as computed from every row (the old way)."""
    with Library.open(index_dir) as lib:
        rows = store.load_rows(index_dir, lib._searcher, ("article", "person", "quote"))
    arts = {a[0]: a for a in rows["article"]}
    quotes = sorted(rows["quote"], key=lambda r: (r[8] or "", r[0], r[2]))
    counts = Counter(r[1] for r in quotes if r[1])
    names: dict[str, str] = {}
    by_key: dict[str, list] = defaultdict(list)
    for r in quotes:
        if r[1] and r[6]:
            names.setdefault(r[1], r[6])
        if r[1]:
            doc = r[0]
            title, source = (arts[doc][2], arts[doc][3]) if doc in arts else ("", None)
            by_key[r[1]].append(QuoteInfo(*r[:1], *r[2:], title, source))
    person: dict[str, list] = defaultdict(list)
    for doc, key, name, aliases, role in rows["person"]:
        person[key].append((name, tuple(aliases), role, doc))
    people = [
        summarise(person.get(k, []), counts.get(k, 0), names.get(k))
        for k in set(person) | set(counts)
    ]
    people.sort(key=lambda p: (-p.quotes, -len(p.docs), p.name.casefold(), p.name))
    return people, by_key


def _story_with_quotes(rng: random.Random, i: int, version: int) -> str:
    first = ["Ana", "Tom", "Li", "Sara", "Omar", "Jo", "Kim", "Eva"]
    last = ["Ruiz", "Becker", "Wei", "Cohen", "Haddad", "Okafor", "Lund", "Tanaka"]
    who = [f"{f} {n}" for f, n in zip(rng.sample(first, 2), rng.sample(last, 2), strict=True)]
    topic = rng.choice(["tariffs", "pipelines", "housing", "wildfires"])
    return (
        f"date: 2025-0{1 + i % 9}-15\ntitle: Story {i}\n\n"
        f"{who[0]}, the trade minister, said on Monday that {topic} would change ({version}).\n\n"
        f"“We are not done with {topic},” {who[1]} said.\n\n"
        f"{who[0].split()[1]} added that talks resume in March.\n"
    )


@LAYOUTS
def test_people_kept_per_change_equal_people_from_every_row(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, workers: int
) -> None:
    if workers > 1:
        monkeypatch.setattr(indexer, "POOL_THRESHOLD", 1)
    summarised: list[int] = []
    real = people_index._summary

    def counting(contribs):
        summarised.append(1)
        return real(contribs)

    monkeypatch.setattr(people_index, "_summary", counting)
    rng = random.Random(5)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    index_dir = tmp_path / "ix"
    for i in range(40):
        (corpus / f"p{i:03d}.txt").write_text(_story_with_quotes(rng, i, 0), "utf-8")
    for round_ in range(4):
        if round_:
            files = sorted(corpus.iterdir())
            for f in rng.sample(files, 3):
                f.write_text(_story_with_quotes(rng, int(f.stem[1:]), round_), "utf-8")
            for f in rng.sample(files, 1):
                f.unlink()
            (corpus / f"q{round_}.txt").write_text(_story_with_quotes(rng, 99, round_), "utf-8")
        summarised.clear()
        build_index([corpus], index_dir, workers=workers)
        people, quotes = _people_from_scratch(index_dir)
        with Library.open(index_dir) as lib:
            assert lib.people() == people
            assert len(people) >= 4 and people[0].quotes > 0
            for p in people:
                assert lib.quotes(p.name) == quotes.get(person_key(p.name), [])
        if round_:  # only the people the changed articles name were summarised again
            assert 0 < len(summarised) < len(people)
    # cut short (the header, then its store of quote blocks): made again on
    # open, the same people and quotes
    with Library.open(index_dir) as lib:
        path = people_index.people_path(index_dir, lib._indexname)
    path.write_bytes(path.read_bytes()[:-50])
    with Library.open(index_dir) as lib:
        assert lib.people() == people
        assert lib.quotes(people[-1].name) == quotes.get(person_key(people[-1].name), [])
    (blocks,) = index_dir.glob("*.ndpeople-*")
    blocks.write_bytes(blocks.read_bytes()[:-50])
    with Library.open(index_dir) as lib:
        assert lib.people() == people
        for p in people:
            assert lib.quotes(p.name) == quotes.get(person_key(p.name), [])


def test_one_value_twice_in_a_sentence_is_one_entry(tmp_path: Path, seeds_dir: Path) -> None:
    """The Globe's "... in 2024 ... that year" is one happening on the pane, while
    `newsdesk timeline` still lists both expressions (the per-expression contract)."""
    build_index([seeds_dir], tmp_path / "ix")
    with Library.open(tmp_path / "ix") as lib:
        events = [e for e in lib.timeline() if e.value == "2024"]
        by_sentence = Counter((e.doc, e.sentence) for e in events)
        (doc, sentence), n = by_sentence.most_common(1)[0]
        assert n >= 2, "the seeds have a sentence naming 2024 twice"
        entries = [t for t in lib.timeline_entries() if t.value == "2024"]
        telling = [t for t in entries if any(e.doc == doc and e.sentence == sentence
                                               for e in t.events)]
        assert len(telling) == 1
        assert len(entries) == len(by_sentence)
