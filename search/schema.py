"""The Whoosh schema, and how an extracted article becomes Whoosh documents.

Two kinds of Whoosh document, told apart by `kind`:

* ``article`` — one per article: the searchable fields (`title`, `body`,
  `source`, `date`, `people`, `path`), the full text (stored, for snippets
  and the preview) and, as one opaque stored blob (`rows`), the article's
  events, quotes and people. Those are never queried through Whoosh: the
  timeline, quote and people panes read them from per-segment side files
  (`search.store.load_rows`) that are derived from these blobs. They used to
  be one Whoosh document each (~10 per article), which the single writer
  paid for in postings, stored fields and merges.
* ``file`` — one per source file, carrying its fingerprint for incremental
  updates (a file may hold no article, or several).

Everything lives in one index, so every commit is atomic across articles,
texts and extracted records: the timeline never disagrees with the search
results. Every document carries `file`, so one `delete_by_term("file", …)`
drops all that a file contributed.

`article_documents` runs in the indexer's worker processes, which also
write the documents (`search.indexer`).
"""

from __future__ import annotations

import datetime as dt
import marshal
from typing import Any

from whoosh.analysis import StandardAnalyzer, StemmingAnalyzer
from whoosh.fields import DATETIME, ID, STORED, TEXT, Schema

from search.records import Extracted

BODY_ANALYZER = StemmingAnalyzer()


def make_schema() -> Schema:
    # No `spelling=True`: it analysed every title and body a second time
    # (unstemmed) and wrote a posting per distinct word per article, a third
    # of a build's writer time. "Did you mean" corrects against the stemmed
    # terms instead (`search.library.Library._suggest`).
    return Schema(
        kind=ID(stored=True),
        file=ID(stored=True),
        doc=ID(stored=True),
        # article
        path=ID(stored=True),
        title=TEXT(analyzer=BODY_ANALYZER, stored=True, field_boost=2.0),
        source=TEXT(analyzer=StandardAnalyzer(), stored=True),
        date=DATETIME(stored=True, sortable=True),
        date_source=STORED(),
        body=TEXT(analyzer=BODY_ANALYZER),
        people=TEXT(analyzer=StandardAnalyzer()),
        text=STORED(),
        # the article's events, quotes and people: marshal blobs, see `article_documents`
        ev=STORED(),
        qs=STORED(),
        ps=STORED(),
        adate=STORED(),  # the article's date as extraction saw it (ISO day or None)
        # page furniture (captions, other stories' headlines, gallery prompts,
        # bylines): flat (start, end, start, end, …) offsets into `text`, so
        # snippets and the reader set them apart without classifying again
        furn=STORED(),
        # file
        fp=STORED(),
    )


def file_record(
    file: str, fingerprint: str, size: int, mtime: float, problems: list[tuple[str, str]]
) -> dict[str, Any]:
    """The mark that lets the next run skip an unchanged file (and re-report
    the problems it had, so a skipped file is never silently forgotten)."""
    return {"kind": "file", "file": file, "fp": (size, mtime, fingerprint, problems)}


def article_documents(file: str, item: Extracted, sort_key, person_key) -> list[dict[str, Any]]:
    """The Whoosh document(s) one extracted article contributes: ready to add."""
    art = item.article
    # Other stories' headlines and gallery prompts are not this article's words.
    body = "\n".join(
        art.text[b.start : b.end] for b in art.blocks if b.kind in ("body", "caption", "byline")
    )
    text = art.text
    events = [
        (
            t.start,
            t.end,
            t.expression,
            t.type,
            t.value,
            text[t.sentence_start : t.sentence_end],
            sort_key(t.value) or "",
        )
        for t in item.timexes
    ]
    quotes = [
        (
            person_key(q.speaker) if q.speaker else "",
            q.start,
            q.end,
            q.text,
            q.kind,
            q.speaker,
            q.cue,
        )
        for q in item.quotes
    ]
    people = [(person_key(p.name), p.name, tuple(p.aliases), p.role) for p in item.people]
    article: dict[str, Any] = {
        "kind": "article",
        "file": file,
        "doc": art.doc,
        "path": art.path,
        "title": art.title,
        "body": body,
        "people": "\n".join(p.name for p in item.people),
        "date_source": art.date_source,
        "text": text,
        "ev": marshal.dumps(events),
        "qs": marshal.dumps(quotes),
        "ps": marshal.dumps(people),
        "adate": art.date,
        "furn": tuple(x for b in art.blocks if b.kind != "body" for x in (b.start, b.end)),
    }
    if art.source:
        article["source"] = art.source
    if art.date:
        article["date"] = dt.datetime.fromisoformat(art.date)
    return [article]


def article_row(fields: dict[str, Any]) -> tuple:
    """An article document's stored fields as its side-file row (`search.store`)."""
    date = fields.get("date")
    return (
        fields.get("doc", ""),
        fields.get("path", ""),
        fields.get("title", ""),
        fields.get("source"),
        date.isoformat() if date else None,
        fields.get("date_source", "file"),
    )


def _blob(fields: dict[str, Any], name: str) -> list:
    try:
        got = marshal.loads(fields[name])
    except (KeyError, ValueError, EOFError, TypeError):
        return []
    return got if isinstance(got, list) else []


def event_rows(fields: dict[str, Any]) -> list[tuple]:
    """(doc, start, end, expression, type, value, sentence, article date, sort key)."""
    doc, adate = fields.get("doc", ""), fields.get("adate")
    return [
        (doc, s, e, x, t, v, sent, adate, key) for s, e, x, t, v, sent, key in _blob(fields, "ev")
    ]


def quote_rows(fields: dict[str, Any]) -> list[tuple]:
    """(doc, person key, start, end, text, kind, speaker, cue, article date)."""
    doc, adate = fields.get("doc", ""), fields.get("adate")
    return [
        (doc, key, s, e, txt, k, sp, cue, adate)
        for key, s, e, txt, k, sp, cue in _blob(fields, "qs")
    ]


def person_rows(fields: dict[str, Any]) -> list[tuple]:
    """(doc, person key, name, aliases, role)."""
    doc = fields.get("doc", "")
    return [(doc, key, name, tuple(als), role) for key, name, als, role in _blob(fields, "ps")]
