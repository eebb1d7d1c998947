"""The Whoosh schema, and how records become Whoosh documents.

One index holds every kind of record, told apart by `kind` and by field
names: articles (the only records with `title`/`body`, so user queries can
only ever match articles), their full texts (`text` records, stored apart so
that listing articles never unpickles whole stories), events, quotes, person
mentions, and one `file` record per source file carrying its fingerprint for
incremental updates. Keeping them in one index makes every commit atomic
across all of them: the timeline never disagrees with the search results.
Every record carries `file`, so one `delete_by_term("file", …)` drops all
that a file contributed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

from whoosh.analysis import StandardAnalyzer, StemmingAnalyzer
from whoosh.fields import DATETIME, ID, STORED, TEXT, Schema

from search.records import Extracted

BODY_ANALYZER = StemmingAnalyzer()


def make_schema() -> Schema:
    return Schema(
        kind=ID(stored=True),
        file=ID(stored=True),
        doc=ID(stored=True),
        # article
        path=ID(stored=True),
        title=TEXT(analyzer=BODY_ANALYZER, stored=True, field_boost=2.0, spelling=True),
        source=TEXT(analyzer=StandardAnalyzer(), stored=True),
        date=DATETIME(stored=True, sortable=True),
        date_source=STORED(),
        body=TEXT(analyzer=BODY_ANALYZER, spelling=True),
        people=TEXT(analyzer=StandardAnalyzer()),
        # text
        text=STORED(),
        # file
        fp=STORED(),
        # event
        ev_key=ID(stored=True, sortable=True),
        ev=STORED(),
        # quote
        q_person=ID(stored=True),
        q=STORED(),
        # person mention
        p_key=ID(stored=True),
        p=STORED(),
        # article date again, as text, for events and quotes
        adate=STORED(),
    )


def file_record(
    file: str, fingerprint: str, size: int, mtime: float, problems: list[tuple[str, str]]
) -> dict[str, Any]:
    """The mark that lets the next run skip an unchanged file (and re-report
    the problems it had, so a skipped file is never silently forgotten)."""
    return {"kind": "file", "file": file, "fp": (size, mtime, fingerprint, problems)}


def records_for(file: str, item: Extracted, sort_key, person_key) -> Iterator[dict[str, Any]]:
    """Every Whoosh document one extracted article contributes."""
    art = item.article
    # Other stories' headlines and gallery prompts are not this article's words.
    body = "\n".join(
        art.text[b.start : b.end] for b in art.blocks if b.kind in ("body", "caption", "byline")
    )
    people = "\n".join(p.name for p in item.people)
    date = dt.datetime.fromisoformat(art.date) if art.date else None
    article: dict[str, Any] = {
        "kind": "article",
        "file": file,
        "doc": art.doc,
        "path": art.path,
        "title": art.title,
        "body": body,
        "people": people,
        "date_source": art.date_source,
    }
    if art.source:
        article["source"] = art.source
    if date:
        article["date"] = date
    yield article
    yield {"kind": "text", "file": file, "doc": art.doc, "text": art.text}
    for t in item.timexes:
        sentence = art.text[t.sentence_start : t.sentence_end]
        yield {
            "kind": "event",
            "file": file,
            "doc": art.doc,
            "ev_key": sort_key(t.value) or "",
            "ev": (t.start, t.end, t.expression, t.type, t.value, sentence),
            "adate": art.date,
        }
    for q in item.quotes:
        yield {
            "kind": "quote",
            "file": file,
            "doc": art.doc,
            "q_person": person_key(q.speaker) if q.speaker else "",
            "q": (q.start, q.end, q.text, q.kind, q.speaker, q.cue),
            "adate": art.date,
        }
    for p in item.people:
        yield {
            "kind": "person",
            "file": file,
            "doc": art.doc,
            "p_key": person_key(p.name),
            "p": (p.name, tuple(p.aliases), p.role),
        }
