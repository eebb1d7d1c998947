"""From a raw `Source` to a cleaned `Article`: blocks, title, outlet, date.

The publication date matters more than anything else here: every relative
expression on the timeline ("said Sunday", "last month") is resolved against
it. Its provenance is kept (`header`, `text` or `file`) so a reader can tell
a date the file stated from one newsdesk guessed.
"""

from __future__ import annotations

import datetime as dt
import re

from search import pubdate
from search.cleaning import body_spans, split_blocks
from search.corpus import Source
from search.records import Article, Block

TITLE_MAX = 90
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]*\s+(?=[A-Z“\"])")
_SELF_NAMED = re.compile(
    r"\b((?:The )?[A-Z][\w&]+(?: (?:and |of )?[A-Z][\w&]+){0,3}) (?:is|has) not "
    r"(?:identifying|naming)\b"
)
_SPACES = re.compile(r"\s+")


def parse_header_date(value: str) -> dt.date | None:
    """A header's date: ISO forms first, then anything dateparser reads."""
    value = value.strip()
    if not value:
        return None
    try:
        return dt.datetime.fromisoformat(value.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    if re.fullmatch(r"[\d\-/:T ]+", value):
        # numeric but not a valid ISO date ("2025-13-45"): not a date, and
        # dateparser would happily guess something else from it
        return None
    import dateparser  # slow import, only for unusual header dates

    parsed = dateparser.parse(value, settings={"STRICT_PARSING": True})
    return parsed.date() if parsed else None


def derive_title(text: str, blocks: tuple[Block, ...]) -> str:
    """A short title: a leading headline line, else the lead's first sentence."""
    for block in blocks:
        if block.kind == "header":
            continue
        if block.kind == "headline":
            return _shorten(text[block.start : block.end])
        break
    for block in blocks:
        if block.kind == "body":
            lead = text[block.start : block.end]
            first = _SENTENCE_END.split(lead, maxsplit=1)[0]
            return _shorten(first)
    for block in blocks:
        if block.kind != "header":
            return _shorten(text[block.start : block.end])
    return "(untitled)"


def _shorten(line: str) -> str:
    line = _SPACES.sub(" ", line).strip()
    if len(line) <= TITLE_MAX:
        return line
    cut = line[: TITLE_MAX - 1].rsplit(" ", 1)[0].rstrip(",;:–- ")
    return cut + "…"


def derive_source(text: str, blocks: tuple[Block, ...]) -> str | None:
    """The outlet, only when the story names itself beyond doubt.

    Newspapers explain their own sourcing policy in the third person ("The
    Globe and Mail is not identifying the sources"); that sentence names the
    outlet. Anything weaker (a "told CTV News" that could be any outlet's
    report of an interview) is not enough.
    """
    for a, b in body_spans(blocks):
        m = _SELF_NAMED.search(text, a, b)
        if m and m.group(1).split()[-1] not in {"He", "She", "It", "They"}:
            return m.group(1)
    return None


def build_article(src: Source, today: dt.date | None = None) -> tuple[Article, list[str]]:
    """Clean one source into an Article; returns it with any warnings."""
    warnings = list(src.warnings)
    blocks = split_blocks(src.text, src.body_start)
    meta = src.meta
    date: dt.date | None = None
    date_source = "header"
    if meta.get("date"):
        date = parse_header_date(meta["date"])
        if date is None:
            warnings.append(f"date header {meta['date']!r} is not a date; using the text's")
    if date is None:
        date_source = "text"
        date = pubdate.infer(src.text, body_spans(blocks, captions=True), today)
    if date is None and src.mtime is not None:
        date_source = "file"
        date = dt.datetime.fromtimestamp(src.mtime).date()
    title = _SPACES.sub(" ", meta.get("title", "")).strip() or derive_title(src.text, blocks)
    source = meta.get("source", "").strip() or derive_source(src.text, blocks)
    article = Article(
        doc=src.doc,
        path=src.path,
        text=src.text,
        title=title,
        source=source,
        date=date.isoformat() if date else None,
        date_source=date_source,  # type: ignore[arg-type]
        blocks=blocks,
    )
    return article, warnings
