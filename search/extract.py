"""Running the extraction engines over one article.

This is the unit of work the indexer fans out over a process pool: it takes
a file reference and returns picklable records, so workers never touch the
index and the single writer never waits on text analysis.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from search.articles import build_article
from search.cleaning import body_spans
from search.corpus import FileRef, Problem, Source, fingerprint, read_bytes
from search.records import Article, Extracted

# Extraction is linear but not free; past this many characters of one article
# (a 20 MB dump is not a news story) the rest is indexed for search only.
EXTRACT_LIMIT = 2_000_000


@dataclass(slots=True)
class FileResult:
    """Everything one file gave: its articles, its problems, its warnings."""

    ref: FileRef
    items: list[Extracted] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)
    fingerprint: str = ""
    size: int = 0
    mtime: float = 0.0


def extract_article(article: Article) -> Extracted:
    """Timexes, quotes and people for one cleaned article."""
    from search.quotes import extract_quotes_and_people
    from search.timex import extract_timexes

    anchor = dt.date.fromisoformat(article.date) if article.date else None
    text = article.text
    blocks = article.blocks
    if len(text) > EXTRACT_LIMIT:
        blocks = tuple(b for b in blocks if b.end <= EXTRACT_LIMIT)
    timexes = extract_timexes(text, anchor, spans=body_spans(blocks, captions=True))
    quotes, people = extract_quotes_and_people(text, blocks)
    return Extracted(article, tuple(timexes), tuple(quotes), tuple(people))


def process_source(src: Source, result: FileResult, today: dt.date | None = None) -> None:
    article, warnings = build_article(src, today)
    for w in warnings:
        result.warnings.append((src.doc, w))
    if len(src.text) > EXTRACT_LIMIT:
        result.warnings.append(
            (src.doc, f"longer than {EXTRACT_LIMIT:,} characters; extracted from the start only")
        )
    try:
        result.items.append(extract_article(article))
    except Exception as exc:  # an engine bug must not lose the article
        result.warnings.append(
            (src.doc, f"extraction failed ({type(exc).__name__}); indexed text only")
        )
        result.items.append(Extracted(article))


def process_file(ref: FileRef) -> FileResult:
    """Read, clean and extract one file. Never raises: problems are returned."""
    result = FileResult(ref)
    try:
        data = ref.path.read_bytes()
        st = ref.path.stat()
    except OSError as exc:
        result.problems.append(Problem(str(ref.path), exc.strerror or str(exc)))
        return result
    result.fingerprint = fingerprint(data)
    result.size, result.mtime = st.st_size, st.st_mtime
    try:
        sources, problems = read_bytes(ref, data, st.st_mtime)
    except Exception as exc:  # a reader bug must not stop the run
        result.problems.append(Problem(str(ref.path), f"could not be read ({type(exc).__name__})"))
        return result
    result.problems.extend(problems)
    for src in sources:
        process_source(src, result)
    return result
