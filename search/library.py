"""An open newsdesk index and the query functions the interfaces call.

`Library` keeps one Whoosh searcher alive across queries (opening one costs
far more than a query) and returns plain records from `search.records`, so
the dashboard and the command line share one code path and never touch
Whoosh. Derived lists (articles, timeline, people) are computed once per
index generation and cached: the panes re-ask often, the index rarely moves.
"""

from __future__ import annotations

import datetime as dt
import gc
import re
import threading
from bisect import bisect_left
from collections import Counter, OrderedDict, defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from itertools import accumulate, compress
from pathlib import Path
from typing import TYPE_CHECKING, Any

from search import pane_rows, store
from search.people_index import PeopleIndex, open_people
from search.records import (
    ArticleInfo,
    ArticleView,
    Event,
    Hit,
    PersonSummary,
    QuoteInfo,
    SearchPage,
    TimelineEntry,
)
from search.timeline_groups import TimelineView, first_fit, open_view, telling, words_of

if TYPE_CHECKING:
    from search.timex import UserDate

SNIPPET_CHARS = 220
SNIPPET_GAP = " … "  # between two fragments of one snippet
CALENDAR_TYPES = ("DATE", "TIME")
_WS = re.compile(r"[\r\n\t\f\v]")
_QUERY_MAX = 2000
USER_FIELDS = ("title", "body", "source", "date", "people", "path")
POSTING_CACHE = 3_000_000  # postings kept per cache (~24 + 48 MB): see Library._postings


class QueryError(ValueError):
    """A query the user typed cannot be run; the message is one clear line."""


class IndexMissing(RuntimeError):
    """There is no usable index at the directory; it needs building."""


def _one_line(text: str) -> str:
    """Whitespace controls to spaces, one for one, so offsets still hold."""
    return _WS.sub(" ", text)


class Library:
    """Read-only access to one index directory."""

    def __init__(self, index_dir: Path, ix: Any, indexname: str) -> None:
        self.index_dir = index_dir
        self._ix = ix
        self._indexname = indexname
        self._searcher = ix.searcher()
        self._lock = threading.RLock()
        self._cache: dict[str, Any] = {}
        self._parser: Any = None
        # decoded postings: (segment id, field, word) → (docnums, tfs); a
        # segment never changes, so they hold across commits: `_postings`
        self._post_cache: OrderedDict[tuple[str, str, str], tuple] = OrderedDict()
        self._post_cached = 0
        # scored words of this searcher: word → (docnums, scores): `_word_scores`
        self._word_cache: OrderedDict[str, tuple] = OrderedDict()
        self._word_cached = 0
        # segment id → its mapped postings file (None: it has none)
        self._post_files: dict[str, Any] = {}

    # ------------------------------------------------------------ lifecycle

    @classmethod
    def open(cls, index_dir: Path | str) -> Library:
        from whoosh import index as windex

        index_dir = Path(index_dir)
        current = store.read_current(index_dir)
        if current is None:
            raise IndexMissing(f"no index at {index_dir}: run `newsdesk index PATH` first")
        if current.get("schema") != store.SCHEMA_VERSION:
            raise IndexMissing(f"the index at {index_dir} is from another version: rebuild it")
        try:
            ix = windex.open_dir(str(index_dir), indexname=current["indexname"])
        except Exception as exc:
            raise IndexMissing(
                f"the index at {index_dir} is unreadable ({exc}): rebuild it"
            ) from exc
        return cls(index_dir, ix, current["indexname"])

    def close(self) -> None:
        with self._lock:
            self._searcher.close()
            self._ix.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def refresh(self) -> bool:
        """Pick up a newer commit if another process wrote one; True if it did."""
        from whoosh import index as windex

        with self._lock:
            current = store.read_current(self.index_dir)
            if current and current.get("indexname") != self._indexname:
                try:
                    ix = windex.open_dir(str(self.index_dir), indexname=current["indexname"])
                except Exception:
                    return False
                self._searcher.close()
                self._ix.close()
                self._ix, self._indexname = ix, current["indexname"]
                self._searcher = ix.searcher()
                self._cache.clear()
                self._forget_scores()
                self._parser = None
                return True
            try:
                if self._searcher.up_to_date():
                    return False
                self._searcher = self._searcher.refresh()
            except Exception:
                return False
            self._cache.clear()
            self._forget_scores()
            return True

    def _forget_scores(self) -> None:
        """Scores depend on the index's statistics, which a commit moves; a
        commit may also have merged segments away or written their postings
        files since we looked (mapping one again costs ~1 ms)."""
        self._word_cache.clear()
        self._word_cached = 0
        self._post_files.clear()

    def _cached(self, key: str, build):
        with self._lock:
            if key not in self._cache:
                self._cache[key] = build()
            return self._cache[key]

    # ---------------------------------------------------------------- search

    def _query_parser(self):
        if self._parser is None:
            from whoosh import qparser
            from whoosh.qparser.dateparse import DateParserPlugin

            parser = qparser.MultifieldParser(["title", "body"], self._ix.schema)
            parser.add_plugin(DateParserPlugin(free=False))
            parser.add_plugin(qparser.GtLtPlugin())
            self._parser = parser
        return self._parser

    def parse(self, query: str):
        """The user's query as a Whoosh query, or QueryError with one clear line."""
        from whoosh import query as wq

        if len(query) > _QUERY_MAX:
            raise QueryError(f"query too long ({len(query)} characters; at most {_QUERY_MAX})")
        cleaned = "".join(c if c.isprintable() else " " for c in query).strip()
        if not cleaned:
            raise QueryError("empty query")
        try:
            q = self._query_parser().parse(cleaned)
        except Exception as exc:  # the parser's own errors, whatever their class
            raise QueryError(f"cannot read the query {query!r}: {exc}") from exc
        if isinstance(q, wq.NullQuery.__class__):
            raise QueryError(f"the query {query!r} has no words to search for")
        for node in _walk(q):
            field = getattr(node, "fieldname", None)
            if field is not None and field not in USER_FIELDS:
                raise QueryError(
                    f"unknown field {field!r} in {query!r}: use {', '.join(USER_FIELDS)}"
                )
        return q

    def search(self, query: str, *, limit: int = 20, sort: str = "relevance") -> SearchPage:
        """Ranked (BM25F) or date-sorted hits with highlighted plain-text snippets."""

        if sort not in ("relevance", "date"):
            raise QueryError(f"unknown sort {sort!r}: use relevance or date")
        q = self.parse(query)
        with self._lock:
            s = self._searcher
            plain = _plain_words(q, s.reader()) if sort == "relevance" else None
            top: list[tuple[float, int]] | None = None
            if plain is not None:
                try:
                    top = self._bm25_top(s, plain, limit)
                except Exception:  # Whoosh internals moved (another version): its own path
                    top = None
            if top is not None and plain is not None:
                words = frozenset(plain)
                hits = tuple(self._make_hit(s, num, score, words) for score, num in top)
                exact = len(hits) < limit
                total = len(hits) if len(hits) < limit else q.estimate_size(s.reader())
            else:
                try:
                    kwargs: dict[str, Any] = {"limit": limit, "filter": _article_filter(q)}
                    if sort == "date":
                        kwargs.update(sortedby="date", reverse=True)
                    results = s.search(q, **kwargs)
                except Exception as exc:
                    raise QueryError(f"cannot run the query {query!r}: {exc}") from exc
                words = _body_words(results)
                hits = tuple(self._hit(s, r, words) for r in results)
                exact = results.has_exact_length() or len(hits) < limit
                total = len(hits) if len(hits) < limit else results.estimated_length()
            suggestion = None
            if not hits:
                suggestion = self._suggest(s, q, query)
        return SearchPage(query, hits, total, exact, suggestion)

    def latest(self, *, limit: int = 20) -> SearchPage:
        """The newest articles (by publication date), each with its lead as the
        snippet: what the search pane lists before anything is typed, so the
        dashboard opens on the news rather than on an empty list."""
        articles = self.articles()  # newest first; undated ones last
        with self._lock:
            s = self._searcher
            hits = []
            for info in articles[:limit]:
                num = s.document_number(doc=info.doc)
                if num is not None:
                    hits.append(self._make_hit(s, num, None, frozenset()))
        return SearchPage("", tuple(hits), len(articles), True)

    def _bm25_top(
        self, s, words: list[str], limit: int
    ) -> list[tuple[float, int]] | None:
        """Top ``limit`` (score, docnum) for 1–3 plain words over title and body:
        what Whoosh computes for `(title:w OR body:w) [AND …]` with BM25F, the
        same floats summed in the same grouping, so the same ranking (ties by
        docnum), but as array operations (`search.bm25`). None when Whoosh's
        own grouping cannot be told (see `_and3`): its searcher answers."""
        from search import bm25

        per_word = [self._word_scores(s, word) for word in words]
        if len(per_word) == 3:
            total = self._and3(s, words, per_word)
            if total is None:
                return None
        elif len(per_word) == 2:
            total = bm25.intersect_add(per_word[0], per_word[1])  # a + b = b + a
        else:
            total = per_word[0]
        return bm25.top(total[0], total[1], limit)

    @staticmethod
    def _and3(s, words: list[str], per_word: list[tuple]) -> tuple | None:
        """Three words' AND, each document scored as Whoosh adds it.

        Whoosh builds the AND as a Huffman-like tree on its parts' estimated
        sizes *in the document's segment* (each segment is searched on its
        own): the two largest are added first, then the smallest. Float sums
        depend on that grouping, and segments can disagree (an update
        segment, a worker's share). None when a segment holding matches has
        two equal sizes: Whoosh's order then rests on comparing matcher objects.
        """
        import numpy as np
        from whoosh import query as wq

        from search import bm25

        subs = [wq.Or([wq.Term("title", w), wq.Term("body", w)]) for w in words]
        common = bm25.intersect_add(bm25.intersect_add(per_word[0], per_word[1]), per_word[2])[0]
        summed: dict[int, tuple] = {}  # the smallest part's position → every match so summed
        parts = []
        for reader, base in s.reader().leaf_readers():
            end = base + reader.doc_count_all()
            lo, hi = np.searchsorted(common, (base, end))
            if lo == hi:
                continue  # no match here: its grouping changes nothing
            sizes = [q.estimate_size(reader) for q in subs]
            if len(set(sizes)) < 3:
                return None
            last = sizes.index(min(sizes))
            if last not in summed:
                i, j = (k for k in range(3) if k != last)
                pair = bm25.intersect_add(per_word[i], per_word[j])
                summed[last] = bm25.intersect_add(pair, per_word[last])
            ids, sc = summed[last]
            a, b = np.searchsorted(ids, (base, end))
            parts.append((ids[a:b], sc[a:b]))
        return bm25.concat(parts)  # empty when `common` is: every match is in a segment

    def _word_scores(self, s, word: str):
        """(docnums, scores) of ``title:word OR body:word`` over the whole
        index state, deleted documents dropped, sorted by docnum.

        Kept for the searcher's life (a refresh empties `_word_cache`): the
        dashboard asks for the same words keystroke after keystroke, and
        the scores hold while the index does.
        """
        import numpy as np

        from search import bm25

        got = self._word_cache.get(word)
        if got is not None:
            self._word_cache.move_to_end(word)
            return got
        fields = []
        for field in ("title", "body"):
            parts = []
            if (field, word) in s.reader():
                idf = s.idf(field, word)
                avgfl = s.avg_field_length(field) or 1
                for reader, base in s.reader().leaf_readers():
                    if (field, word) not in reader:
                        continue
                    ids, tfs = self._postings(reader, field, word)
                    norms = self._cached(
                        f"norm:{reader.segment().segment_id()}:{field}:{avgfl!r}",
                        lambda reader=reader, field=field, avgfl=avgfl: bm25.norms(
                            reader, field, avgfl
                        ),
                    )
                    sc = bm25.scores(ids, tfs, norms, idf)
                    ids, sc = bm25.drop(ids, sc, pane_rows.deleted(reader))
                    parts.append((ids.astype(np.int64) + base, sc))
            fields.append(bm25.concat(parts))
        # a document in both fields scores title + body, as Whoosh's union adds them
        got = bm25.union_add(fields[0], fields[1])
        self._word_cache[word] = got
        self._word_cached += len(got[0])
        self._trim(self._word_cache, "_word_cached")
        return got

    def _postings(self, reader, field: str, word: str):
        """One term's (docnums, term frequencies) in one segment, deletions
        included. A frequent term's are read from the segment's postings file
        (`search.postings_file`); the others are decoded from Whoosh's blocks,
        which unpickles and decompresses their positions too, and kept: a
        segment never changes, so they hold across commits (only their scores
        move with the index's statistics)."""
        from search import bm25

        seg = reader.segment().segment_id()
        key = (seg, field, word)
        cache = self._post_cache
        got = cache.get(key)
        if got is not None:
            cache.move_to_end(key)
            return got
        if seg not in self._post_files:
            from search import postings_file

            self._post_files[seg] = postings_file.PostingsFile.open(
                postings_file.path_for(self.index_dir, seg)
            )
        mapped = self._post_files[seg]
        if mapped is not None and (got := mapped.get(field, word)) is not None:
            return got  # arrays over the mapped file: nothing to keep
        got = cache[key] = bm25.postings(reader, field, word)
        self._post_cached += len(got[0])
        self._trim(cache, "_post_cached")
        return got

    def _trim(self, cache: OrderedDict, counter: str) -> None:
        """Least recently used entries dropped past `POSTING_CACHE` postings."""
        while getattr(self, counter) > POSTING_CACHE and len(cache) > 1:
            _, old = cache.popitem(last=False)
            setattr(self, counter, getattr(self, counter) - len(old[0]))

    def _hit(self, s, r, words: frozenset[str]) -> Hit:
        return self._make_hit(s, r.docnum, r.score, words, r.fields())

    def _make_hit(
        self, s, docnum: int, score: float | None, words: frozenset[str], fields=None
    ) -> Hit:
        if fields is None:
            fields = s.stored_fields(docnum)
        text = fields.get("text")
        if text is None:
            text = self._text(s, fields["doc"])
        # The snippet comes from the story: a `title:`/`date` header is
        # already in the hit's title and date columns.
        start = story_start(text, fields.get("path", ""))
        text = text[start:]
        # other stories' headlines and captions are no snippet unless only
        # they hold the words (their offsets shift with the header cut)
        furn = fields.get("furn") or ()
        aside = [(furn[i] - start, furn[i + 1] - start) for i in range(0, len(furn) - 1, 2)]
        snippet, spans = "", ()
        try:
            snippet, spans = snippet_for(text, words, aside=aside)
        except Exception:
            snippet, spans = "", ()
        if not snippet:
            snippet = _lead(text, aside)
        date = fields.get("date")
        return Hit(
            doc=fields["doc"],
            title=fields.get("title", ""),
            date=date.date().isoformat() if date else None,
            score=round(float(score or 0.0), 4),
            snippet=_one_line(snippet),
            source=fields.get("source"),
            path=fields.get("path", ""),
            highlights=tuple(spans),
        )

    def _stored(self, s, doc: str) -> dict:
        """The article document's stored fields ({} for a doc not in the index)."""
        num = s.document_number(doc=doc)  # only article documents have a `doc`
        return s.stored_fields(num) if num is not None else {}

    def _text(self, s, doc: str) -> str:
        """The article's stored text (stored with the article's own document)."""
        return self._stored(s, doc).get("text", "")

    def _suggest(self, s, q, query: str) -> str | None:
        """A "did you mean" for a query with no hits, or None.

        The index has no spelling field (it doubled the analysis work at
        indexing time), so words are corrected against the body's stemmed
        terms: within two edits, same first letter, the most frequent stem
        (Whoosh's reader corrector's ranking). The
        corrected query must find something, and the user is shown a real
        word for each stem, taken from an article that contains it.
        """
        from whoosh.highlight import NullFormatter

        try:
            # title words are corrected against the body's terms too, so both
            # fields of one word agree on a single suggestion
            correction = s.correct_query(q, query, prefix=1, aliases={"title": "body"})
        except Exception:
            return None
        if not correction.tokens:
            return None
        fixed = correction.query
        try:
            if not s.search(fixed, limit=1, filter=_article_filter(fixed)).scored_length():
                return None
            for token in correction.tokens:
                token.text = self._surface(s, token.text)
            string = correction.format_string(NullFormatter())
        except Exception:
            return None
        return string if string != query else None

    def _surface(self, s, stem: str) -> str:
        """A word as written that the body indexes as ``stem``: the commonest
        such form (then the shortest) in the first article holding it."""
        if ("body", stem) not in s.reader():
            return stem
        m = s.postings("body", stem)
        if not m.is_active():
            return stem
        text = s.stored_fields(m.id()).get("text") or ""
        get = _KEYS.get
        forms = Counter(t.lower() for t in _TOKEN_TEXT.findall(text) if (get(t) or _key(t)) == stem)
        if not forms:
            return stem
        return min(forms, key=lambda w: (-forms[w], len(w), w))

    def article_text(self, doc: str) -> str:
        """The article's full decoded text, as stored at indexing time."""
        with self._lock:
            return self._text(self._searcher, doc)

    def article_view(self, doc: str) -> ArticleView:
        """The article's text with its header marked off, and its title line.

        Readers hide the header (the seeds' inline ` date 2025-08-04`) but
        keep offsets into the whole text, so spans from `match_spans`,
        events and quotes still line up.
        """
        with self._lock:
            fields = self._stored(self._searcher, doc)
        text = fields.get("text", "")
        info = self._article_map().get(doc)
        if info is None and not text:
            raise LookupError(f"{doc} is not in the index (removed since?)")
        path = info.path if info else ""
        body_start = story_start(text, path)
        # captions and other stories' headlines, as classified at indexing time
        furn = fields.get("furn") or ()
        furniture = tuple(zip(furn[::2], furn[1::2], strict=True))
        if info is None:  # a text record without its article record: show what we have
            return ArticleView(doc, path, doc, None, None, text, body_start, furniture)
        return ArticleView(
            doc, path, info.title, info.source, info.date, text, body_start, furniture
        )

    def match_spans(self, doc: str, query: str) -> list[tuple[int, int]]:
        """Where the query's words occur in the article (for next/previous hit)."""
        from search.schema import BODY_ANALYZER

        try:
            q = self.parse(query)
        except QueryError:
            return []
        words = {t for f, t in q.iter_all_terms() if f in ("title", "body")}
        words = {w.decode() if isinstance(w, bytes) else w for w in words}
        if not words:
            return []
        text = self.article_text(doc)
        return [
            (tok.startchar, tok.endchar)
            for tok in BODY_ANALYZER(text, chars=True, mode="index")
            if tok.text in words
        ]

    # -------------------------------------------------------------- listings

    def _rows(self, kind: str) -> list[tuple]:
        """Flat rows of one record kind, from the per-segment side files."""

        def build() -> list[tuple]:
            return store.load_rows(self.index_dir, self._searcher, (kind,))[kind]

        return self._cached(f"rows:{kind}", build)

    def articles(self) -> list[ArticleInfo]:
        def build() -> list[ArticleInfo]:
            out = [
                ArticleInfo(doc, path, title, source, date[:10] if date else None, date_source)
                for doc, path, title, source, date, date_source in self._rows("article")
            ]
            out.sort(key=lambda a: (a.date or "", a.doc), reverse=True)
            return out

        return self._cached("articles", build)

    def _article_map(self) -> dict[str, ArticleInfo]:
        return self._cached("article_map", lambda: {a.doc: a for a in self.articles()})

    # -------------------------------------------------------------- timeline

    def _all_events(self) -> list[Event]:
        def build() -> list[Event]:
            titles = self._article_map()
            out = []
            for doc, start, end, expr, typ, value, sentence, adate, key in self._rows("event"):
                info = titles.get(doc)
                out.append(
                    Event(
                        doc=doc,
                        start=start,
                        end=end,
                        expression=expr,
                        type=typ,
                        value=value,
                        sentence=_one_line(sentence).strip(),
                        title=info.title if info else "",
                        date=adate,
                        sort_key=key,
                    )
                )
            # a total order, not the rows' (which follows the segment layout):
            # the timeline file (`search.timeline_groups`) groups each value's
            # events in (doc, start, end) order and breaks ties between values
            # by value, so `group_events(timeline())` must see them the same way
            out.sort(key=lambda e: (e.sort_key == "", e.sort_key, e.doc, e.start, e.end, e.value))
            return out

        return self._cached("events", build)

    def timeline(
        self, start: str | None = None, end: str | None = None, *, all_types: bool = False
    ) -> list[Event]:
        """One entry per temporal expression, in calendar order.

        ``start``/``end`` are anything the go-to box accepts ("2025-08-01",
        "Aug 1", "last friday"); an entry is kept when its span of time
        overlaps the range. Without ``all_types`` only DATE and TIME
        expressions (those that sit on the calendar) are listed.
        """
        lo = self._bound(start, "--from").day if start else None
        hi = self._bound(end, "--to").last if end else None  # "--to 2025-08": through Aug. 31
        out = []
        for e in self._all_events():
            if not all_types and (e.type not in CALENDAR_TYPES or not e.sort_key):
                continue
            if lo or hi:
                span = value_span(e.value, e.sort_key)
                if span is None:
                    continue
                if lo and span[1] < lo or hi and span[0] > hi:
                    continue
            out.append(e)
        return out

    def _bound(self, text: str, what: str) -> UserDate:
        """The stretch of time ``text`` names, counted from the newest article;
        ``what`` names the option in the error."""
        from search.timex import parse_user_when

        base = self.latest_date() or dt.date.today()
        when = parse_user_when(text, base)
        if when is None:
            raise QueryError(f"{what}: cannot read {text!r} as a date")
        return when

    def latest_date(self) -> dt.date | None:
        """The most recent publication date in the index (a go-to box's base)."""
        dates = [a.date for a in self.articles() if a.date]
        return dt.date.fromisoformat(max(dates)) if dates else None

    def timeline_entries(self) -> list[TimelineEntry]:
        """Calendar events with cross-article duplicates merged, in date order."""
        return list(self.timeline_view())

    def timeline_view(self) -> TimelineView:
        """`timeline_entries` as a sequence that reads an entry when asked.

        The grouping is kept in a file the indexer updates per commit
        (`search.timeline_groups`); this only reads its header, so opening
        the pane costs what is on screen, not 55,000 entries at 50k articles.
        """
        return self._cached(
            "timeline_view", lambda: open_view(self.index_dir, self._indexname, self._searcher)
        )

    # ---------------------------------------------------------------- people

    def _quote_rows(self) -> list[tuple]:
        """Quote rows in date order (then article, then offset)."""

        def build() -> list[tuple]:
            # row: doc, key, start, end, text, kind, speaker, cue, adate
            return sorted(self._rows("quote"), key=lambda r: (r[8] or "", r[0], r[2]))

        return self._cached("quote_rows", build)

    def _quote_info(self, row: tuple, arts: dict[str, ArticleInfo]) -> QuoteInfo:
        doc, _key, start, end, text, kind, speaker, cue, adate = row
        info = arts.get(doc)
        return QuoteInfo(
            doc=doc,
            start=start,
            end=end,
            text=text,
            kind=kind,
            speaker=speaker,
            cue=cue,
            date=adate,
            title=info.title if info else "",
            source=info.source if info else None,
        )

    def _all_quotes(self) -> list[tuple[str, QuoteInfo]]:
        def build():
            arts = self._article_map()
            with _gc_paused():
                return [(r[1], self._quote_info(r, arts)) for r in self._quote_rows()]

        return self._cached("quotes", build)

    def _people_index(self) -> PeopleIndex:
        return self._cached(
            "people_index", lambda: open_people(self.index_dir, self._indexname, self._searcher)
        )

    def people(self) -> list[PersonSummary]:
        """Everyone named, merged across articles, most quoted first.

        From the people file the indexer updates per commit
        (`search.people_index`): summaries are read, not recomputed from
        every person and quote row after each index change.
        """
        return self._people_index().people

    def resolve_person(self, name: str) -> str | None:
        """The person key a user's name means: full name, alias or surname."""
        from search.quotes import person_key

        want = person_key(name)
        people = self.people()
        keys = {person_key(p.name): p for p in people}
        if want in keys:
            return want
        for key, p in keys.items():
            if any(person_key(a) == want for a in p.aliases):
                return key
        last = [k for k in keys if k.split(" ")[-1] == want.split(" ")[-1]]
        return last[0] if len(last) == 1 else None

    def quotes(self, person: str | None = None) -> list[QuoteInfo]:
        """Quotes in date order; only ``person``'s when given (any form of the name)."""
        if person is None:
            return [q for _, q in self._all_quotes()]
        key = self.resolve_person(person)
        if key is None:
            return []
        return self._people_index().quotes(key)


# ------------------------------------------------------------------ helpers


def _plain_words(q, reader) -> list[str] | None:
    """The words of a 1–3-word query the parser made into `(title:w OR body:w)`
    [AND …], unboosted, in the query's order; else None. (How Whoosh groups
    their scores is worked out per segment: `Library._and3`.)"""
    from whoosh import query as wq

    def pair(node) -> str | None:
        if type(node) is not wq.Or or node.boost != 1.0 or len(node.subqueries) != 2:
            return None
        t, b = node.subqueries
        if type(t) is not wq.Term or type(b) is not wq.Term or t.boost != 1.0 or b.boost != 1.0:
            return None
        if t.fieldname != "title" or b.fieldname != "body" or t.text != b.text:
            return None
        return t.text if isinstance(t.text, str) else None

    word = pair(q)
    if word is not None:
        return [word]
    if type(q) is not wq.And or q.boost != 1.0 or len(q.subqueries) not in (2, 3):
        return None
    words = [pair(sub) for sub in q.subqueries]
    if any(w is None for w in words):
        return None
    return words  # type: ignore[return-value]


@contextmanager
def _gc_paused() -> Iterator[None]:
    """No cyclic GC while building or loading 100,000s of small records.

    They hold no cycles, but every 700 allocations the collector walks the
    young ones and, as they survive, ever more of the old: loading the 50k
    timeline spent over half its time in the collector.
    """
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            # What was built lives as long as the index state, and a full
            # collection walks every tracked object: at 200,000 articles,
            # with the quotes loaded, importing the query parser for the
            # first search took 0.6 s, nearly all in the collector. Frozen
            # objects are skipped by collections (refcounting still frees
            # them: rows hold no cycles).
            gc.freeze()
            gc.enable()


def _body_words(results) -> frozenset[str]:
    """The query's words as the body field indexed them (stems), once per search."""
    try:
        terms = results.query_terms(expand=True, fieldname="body")
        return frozenset(t.decode("utf-8") if isinstance(t, bytes) else t for _, t in terms)
    except Exception:
        return frozenset()


# Whoosh's StemmingAnalyzer, token for token: its tokenizer pattern (words
# joined by single dots; here as the one group of a split), lower case, words
# shorter than 2 or in its stop list left unstemmed, Porter stems.
_TOKEN_SPLIT = re.compile(r"([\w*]+(?:\.[\w*]+)*)", re.UNICODE)
_STEMS: dict[str, str] = {}
_CHARLIMIT = 2**15
_SPACE = re.compile(r"\s")


def _stem(word: str) -> str:
    got = _STEMS.get(word)
    if got is None:
        from whoosh.lang.porter import stem

        if len(_STEMS) > 200_000:
            _STEMS.clear()
        got = _STEMS[word] = stem(word)
    return got


_TOKEN_TEXT = re.compile(r"[\w\*]+(?:\.?[\w\*]+)*", re.UNICODE)  # same tokens, as strings
_KEYS: dict[str, str] = {}  # token as written → what the body field indexed


def _key(token: str) -> str:
    from whoosh.analysis import STOP_WORDS

    low = token.lower()
    # stopped words keep their text unstemmed (and still match, as in Whoosh)
    key = low if len(low) < 2 or low in STOP_WORDS else _stem(low)
    if len(_KEYS) > 300_000:
        _KEYS.clear()
    _KEYS[token] = key
    return key


def story_start(text: str, path: str) -> int:
    """Where the story starts after a file's ` date …`/`key: value` header
    (JSON records carry their metadata apart: 0)."""
    if path.lower().endswith((".json", ".jsonl")):
        return 0
    from search.corpus import split_header

    start = split_header(text)[1]
    return start if text[start:].strip() else 0


def snippet_for(
    text: str,
    words: frozenset[str],
    maxchars: int = SNIPPET_CHARS,
    surround: int = 60,
    top: int = 2,
    aside: list[tuple[int, int]] | None = None,
) -> tuple[str, tuple[tuple[int, int], ...]]:
    """Whoosh's ContextFragmenter + BasicFragmentScorer, without its per-token cost.

    Whoosh highlighting re-analyses the text through a chain of generator
    filters and copies a Token per word: 2–10 ms per hit, most of a query's
    time. This walks the same tokens with one regex and a stem cache and
    builds the same fragments (``surround`` characters of context, at most
    ``maxchars``, the ``top`` best by matches × distinct terms, in text
    order), returning plain text and the offsets of the matched words.
    """
    if not words:
        return "", ()
    if len(text) > _CHARLIMIT:
        # Whoosh stops fragmenting at _CHARLIMIT; tokens never contain
        # whitespace, so cutting at the first whitespace past it keeps every
        # token the loop below can reach (a 20 MB article: 8 s → a few ms).
        cut = _SPACE.search(text, _CHARLIMIT)
        if cut is not None:
            text = text[: cut.end()]
    # one C pass: separators and tokens alternate, token k is parts[2k + 1],
    # and the running lengths give every token's offsets
    parts = _TOKEN_SPLIT.split(text)
    toks = parts[1::2]
    cum = list(accumulate(map(len, parts), initial=0))
    starts, ends = cum[1::2], cum[2::2]
    # token → indexed key, the per-token loops kept in C (map, list.index,
    # compress): this runs for each of the 20 hits of every keystroke
    keys = list(map(_KEYS.get, toks))
    try:
        i = keys.index(None)
        while True:
            keys[i] = _key(toks[i])
            i = keys.index(None, i + 1)
    except ValueError:
        pass
    hits = list(compress(range(len(keys)), map(words.__contains__, keys)))
    if aside and hits:
        # matches in `aside` ranges (page furniture) count as plain words,
        # unless no match is left outside them
        outside = [i for i in hits if not _within(starts[i], aside)]
        if outside:
            hits = outside
        else:
            aside = None  # the words are only there: show them there
    if not hits:
        return "", ()
    last_hit = hits[-1]
    hit_set = set(hits)

    frags: list[tuple[int, int, list[tuple[int, int, str]]]] = []
    first: int | None = None
    firsts: list[int] = []  # startchars of recent unmatched tokens (context)
    countdown = -1
    tks: list[tuple[int, int, str]] = []
    currentlen = 0
    endchar = 0
    i, n = 0, len(toks)
    while i < n:
        if countdown < 0 and i not in hit_set:
            # Outside a fragment an unmatched token only joins `firsts`, the
            # context kept within `surround` characters of the latest token;
            # so go straight to the next match with the context it would see.
            if i > last_hit:
                break  # no match left to start a fragment
            h = bisect_left(hits, i)
            nxt = hits[h]
            floor = ends[nxt - 1] - surround
            firsts = [x for x in firsts if x >= floor]
            firsts.extend(starts[bisect_left(starts, floor, i, nxt) : nxt])
            i = nxt
            continue
        startchar, endchar = starts[i], ends[i]
        if endchar > _CHARLIMIT:
            break
        matched = i in hit_set
        tlength = endchar - startchar
        if countdown < 0 and not matched:
            firsts.append(startchar)
            while firsts and endchar - firsts[0] > surround:
                firsts.pop(0)
        elif currentlen + tlength > maxchars:
            countdown = 0
        elif matched:
            countdown = surround
            if first is None:
                if firsts:
                    first = firsts[0]
                else:
                    first = startchar
                    countdown += surround
            tks.append((startchar, endchar, keys[i]))
        if countdown >= 0:
            currentlen += tlength
            countdown -= tlength
            if countdown <= 0:
                frags.append((first if first is not None else startchar, endchar, tks))
                tks, firsts, first, currentlen = [], [], None, 0
        if i >= last_hit and not tks:
            break  # no match left to start a fragment
        i += 1
    if tks:
        frags.append((first if first is not None else tks[0][0], endchar, tks))
    frags = [f for f in frags if f[2]]  # Whoosh's minscore=1 drops match-less ones
    if not frags:
        return "", ()
    # ties go to the later fragment, as in Whoosh (heapq.nlargest on (score, fragment))
    scored = sorted(
        frags,
        key=lambda f: (len(f[2]) * (len({t[2] for t in f[2]}) * 100 or 1), f[0]),
        reverse=True,
    )[:top]
    if aside:
        # a fragment's context stops where furniture starts (and starts where
        # it ends): a headline of another story is no context for this one
        clipped = []
        for start, end, matches in scored:
            first_match, last_match = matches[0][0], matches[-1][1]
            for a, b in aside:
                if start < b <= first_match:
                    start = b
                if last_match <= a < end:
                    end = a
            while start < first_match and text[start].isspace():
                start += 1
            while end > last_match and text[end - 1].isspace():
                end -= 1
            clipped.append((start, end, matches))
        scored = clipped
    scored.sort(key=lambda f: f[0])
    parts: list[str] = []
    spans: list[tuple[int, int]] = []
    pos = 0
    between = SNIPPET_GAP
    for i, (start, end, matches) in enumerate(scored):
        if i:
            parts.append(between)
            pos += len(between)
        idx = start
        for ts, te, _ in matches:
            if ts < idx:
                continue
            chunk = text[idx:ts]
            parts.append(chunk)
            pos += len(chunk)
            spans.append((pos, pos + te - ts))
            parts.append(text[ts:te])
            pos += te - ts
            idx = te
        tail = text[idx:end]
        parts.append(tail)
        pos += len(tail)
    return "".join(parts), tuple(spans)


def _within(pos: int, ranges: list[tuple[int, int]]) -> bool:
    """Whether ``pos`` falls in one of the sorted, disjoint ``ranges``."""
    k = bisect_left(ranges, (pos + 1,)) - 1
    return k >= 0 and ranges[k][0] <= pos < ranges[k][1]


def _article_filter(q):
    """A filter to articles, only for queries that could match other records.

    Only article records have the user's fields, so a plain query needs no
    filter (and a filter costs a pass over every article per search); a bare
    `*` or a lone NOT would otherwise also match events, quotes and people.
    """
    from whoosh import query as wq

    if any(isinstance(n, (wq.Every, wq.Not)) for n in _walk(q)):
        return wq.Term("kind", "article")
    return None


def _walk(q):
    yield q
    for child in q.children():
        yield from _walk(child)


def _lead(text: str, aside: list[tuple[int, int]]) -> str:
    """The story's opening, for a hit whose words are in no snippet: past a
    ` date …` line and past furniture the story opens with (a photo caption)."""
    pos = 0
    m = re.match(r"\s*date\s+\S+\s*", text)
    if m:
        pos = m.end()
    for a, b in aside:
        if a <= pos + 2 and b > pos and text[b:].strip():
            pos = b
    body = text[pos:].strip()
    if len(body) <= SNIPPET_CHARS:
        return body
    return body[:SNIPPET_CHARS].rsplit(" ", 1)[0] + " …"


_GRAN_DAYS = {"day": 1, "time": 1, "week": 7}


def value_span(value: str, sort_key: str) -> tuple[dt.date, dt.date] | None:
    """The days a calendar value covers: first and last, inclusive."""
    from search.timex import placed_granularity

    try:
        first = dt.date.fromisoformat(sort_key[:10])
    except ValueError:
        return None
    gran = placed_granularity(value)
    if gran in _GRAN_DAYS:
        return first, first + dt.timedelta(days=_GRAN_DAYS[gran] - 1)
    months = {"month": 1, "quarter": 3, "season": 3, "year": 12, "decade": 120}.get(gran)
    if months is None:
        return first, first
    y, m = divmod(first.month - 1 + months, 12)
    return first, dt.date(first.year + y, m + 1, 1) - dt.timedelta(days=1)


def group_events(events: list[Event]) -> list[TimelineEntry]:
    """Merge the same happening reported by several articles.

    Two events are one entry when they have the same value and sentences
    that share most of their words; the entry lists every source. Events of
    one article are never merged with each other (an article does not
    report the same thing twice with the same date), and a second expression
    of the same value in the same sentence ("in 2024 ... that year") is no
    second event. Each event joins the first (earliest made) group it fits.
    """
    from search.timex import placed_granularity

    by_value: dict[str, list[Event]] = defaultdict(list)
    told: set[tuple[str, str, str]] = set()
    for e in events:
        key = telling(e.doc, e.value, e.sentence)
        if key in told:
            continue
        told.add(key)
        by_value[e.value].append(e)
    made: list[tuple[int, list[Event]]] = []  # (position of the first event, group)
    position = {id(e): i for i, e in enumerate(events)}
    for group_list in by_value.values():
        words = [words_of(e.sentence) for e in group_list]
        for group in first_fit(group_list, [e.doc for e in group_list], words):
            made.append((position[id(group[0])], group))
    made.sort(key=lambda pg: pg[0])
    entries = [
        TimelineEntry(
            value=group[0].value,
            sort_key=group[0].sort_key,
            granularity=placed_granularity(group[0].value),
            expression=group[0].expression,
            sentence=group[0].sentence,
            events=tuple(group),
        )
        for _, group in made
    ]
    entries.sort(key=lambda t: (t.sort_key, min((e.date or "") for e in t.events)))
    return entries
