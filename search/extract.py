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
from search.corpus import (
    FileRef,
    Problem,
    Source,
    fingerprint,
    os_reason,
    read_bytes,
    read_snapshot,
)
from search.records import Article, Block, Extracted

# Extraction is linear but not free; past this many characters of one article
# (a 20 MB dump is not a news story) the rest is indexed for search only.
EXTRACT_LIMIT = 2_000_000


# The engines work a paragraph at a time, and some of their steps compare each
# candidate in a paragraph with the others: harmless for a news paragraph,
# hours for a 2 MB "paragraph" with no blank line in it (a dump, a log, one
# line of minified text). Longer blocks are cut into pieces of at most this
# many characters, at a sentence end where there is one.
BLOCK_LIMIT = 20_000


def split_block(text: str, block: Block, limit: int = BLOCK_LIMIT) -> list[Block]:
    """``block`` as is, or cut into pieces of at most ``limit`` characters.

    A cut goes after the last ". " in the second half of the window, else at
    the last whitespace there, else (one unbroken token) at the limit itself.
    Pieces never start with whitespace and together cover the block.
    """
    if block.end - block.start <= limit:
        return [block]
    pieces: list[Block] = []
    start = block.start
    while block.end - start > limit:
        window = start + limit
        half = start + limit // 2
        stop = text.rfind(". ", half, window)
        if stop >= 0:
            cut = stop + 1
        else:
            cut = max(text.rfind(" ", half, window), text.rfind("\n", half, window))
            if cut <= start:
                cut = window
        pieces.append(Block(start, cut, block.kind))
        start = cut
        while start < block.end and text[start].isspace():
            start += 1
    if start < block.end:
        pieces.append(Block(start, block.end, block.kind))
    return pieces


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
    # cut first, then keep what ends within the limit: a one-line dump is one
    # block, which the limit alone would have dropped whole
    blocks = tuple(piece for b in article.blocks for piece in split_block(text, b))
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
        snap = read_snapshot(ref.path)
    except OSError as exc:
        result.problems.append(Problem(str(ref.path), os_reason(exc)))
        return result
    data = snap.data
    result.fingerprint = fingerprint(data)
    # The size/mtime seen before the read (or -1 when the file never held
    # still): a file changed after this point never matches its mark, so the
    # next run reads it again instead of trusting stale content forever.
    result.size, result.mtime = (snap.size, snap.mtime) if snap.stable else (-1, -1.0)
    if not snap.stable:
        result.warnings.append(
            (ref.doc, "changed while being read; indexed as read, will be read again next run")
        )
    try:
        sources, problems = read_bytes(ref, data, snap.mtime)
    except Exception as exc:  # a reader bug must not stop the run
        result.problems.append(Problem(str(ref.path), f"could not be read ({type(exc).__name__})"))
        return result
    result.problems.extend(problems)
    for src in sources:
        process_source(src, result)
    return result
