"""Telling the story's own sentences from page furniture, by shape.

Saved news pages carry more than the story: "Open this photo in gallery:"
prompts, photo captions ending in a credit, headlines of other stories set
between paragraphs, "With reports from …" lines. Extraction must not read
those as the story (a headline like "Trade talks to continue, LeBlanc says"
is not a quote), so each paragraph gets a `Block` kind. The rules look at the
form of a line (length, final punctuation, credit patterns), never at the
words of a particular article.
"""

from __future__ import annotations

import re

from search.records import Block

_PARA_BREAK = re.compile(r"\r?\n[ \t\f\v]*(?:\r?\n[ \t\f\v]*)+")

_GALLERY = re.compile(
    r"^\s*(?:open|view|see|click|tap|watch|expand|enlarge|launch|browse|play)\b"
    r".{0,40}?\b(?:photos?|images?|gallery|galleries|video|videos|slideshow|pictures?)\b"
    r"[^.!?]{0,30}?:?\s*$",
    re.IGNORECASE,
)
_BOILERPLATE = re.compile(
    r"^\s*(?:advertisement|story continues below(?: advertisement)?|skip to (?:main )?content"
    r"|share(?: this)?(?: article| story)?(?: on \w+)?|read more|related(?: stories| articles)?"
    r"|sign up for .{0,60}newsletter.{0,40}|listen to this article.{0,20}|comments?"
    r"|trending(?: now)?|more from .{0,40})\s*:?\s*$",
    re.IGNORECASE,
)
_BYLINE = re.compile(
    r"^\s*(?:with (?:files|reports?|additional reporting) from|reporting by|writing by"
    r"|editing by|additional reporting by|compiled by|by)\s+[A-Z]",
    re.IGNORECASE,
)
# A photo credit closing a caption: "(AP Photo/Paul Sancya)", "(Photo by X)",
# or a name followed by agencies, glued to the caption or after a space:
# "…the U.S.ALFREDO ESTRELLA/AFP/Getty Images", "…dog.Spencer Colby/The Canadian Press".
_NAME_TOKEN = r"(?:[A-Z][A-Za-z'’\-]+|[A-Z]\.)"
_CREDIT_TAIL = re.compile(
    r"(?:\((?:[A-Z][\w.&' ]{0,30} )?(?:Photo|Photograph|Image|Picture|Video|File)s?"
    r"(?: by)?\s*[/:]?\s*[^()]{2,80}\)"
    r"|(?:Photo|Photograph|Image|Credit)s?\s*(?:by|:)\s*[A-Z][^.]{2,80}"
    r"|" + _NAME_TOKEN + r"(?:[ \t]+" + _NAME_TOKEN + r"){1,3}"
    r"(?:/[A-Z][\w.&'’ \-]{1,40}){1,3})\s*$"
)
_CREDIT_SPLIT = re.compile(r"[.!?)\]”\"]$")
# A closing dash or underscore ends a wire dateline ("NAIROBI, Kenya (AP) _",
# "HAVANA, August 7 (Xinhua) --"): the story's own first words, not a headline.
_TERMINAL = re.compile(r"(?:[.!?:;…)\]\"”’'»]|--|[—–_])\s*$")
_WORD = re.compile(r"\w+")


def paragraphs(text: str, start: int = 0) -> list[tuple[int, int]]:
    """(start, end) of every non-blank paragraph from ``start`` on, trimmed."""
    spans: list[tuple[int, int]] = []
    pos = start
    for m in _PARA_BREAK.finditer(text, start):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(text)))
    out = []
    for a, b in spans:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            out.append((a, b))
    return out


def is_caption(line: str) -> bool:
    """A photo caption: text ending with a photo credit."""
    m = _CREDIT_TAIL.search(line)
    if not m:
        return False
    before = line[: m.start()].rstrip()
    # a credit glued to the caption follows the caption's last sentence
    return not before or bool(_CREDIT_SPLIT.search(before)) or line[m.start()] == "("


def is_headline(line: str) -> bool:
    """A headline-shaped line: one line, short, no closing punctuation.

    Story paragraphs end with a full stop, a question mark or a closing
    quotation mark; a line that does not, set between paragraphs, is a link
    to another story (or the article's own title when it comes first).
    """
    if "\n" in line.strip() or _TERMINAL.search(line):
        return False
    words = _WORD.findall(line)
    return 2 <= len(words) <= 24 and (line[:1].isupper() or line[:1].isdigit())


def classify(line: str) -> str:
    """The kind of one paragraph: body or a kind of furniture."""
    if _GALLERY.match(line) or _BOILERPLATE.match(line):
        return "gallery"
    if _BYLINE.match(line) and len(_WORD.findall(line)) <= 30:
        return "byline"
    if is_caption(line):
        return "caption"
    if is_headline(line):
        return "headline"
    return "body"


def split_blocks(text: str, body_start: int = 0) -> tuple[Block, ...]:
    """The text cut into paragraphs, each marked body or furniture.

    ``body_start`` is where the file's header ends; the header gets its own
    block so that offsets stay those of the whole file.
    """
    blocks: list[Block] = []
    if body_start > 0:
        blocks.append(Block(0, body_start, "header"))
    after_gallery = False
    for a, b in paragraphs(text, body_start):
        kind = classify(text[a:b])
        # The paragraph after "Open this photo in gallery:" is its caption,
        # even when its credit has an unusual form.
        if after_gallery and kind in ("body", "headline") and len(_WORD.findall(text[a:b])) < 60:
            kind = "caption"
        after_gallery = kind == "gallery"
        blocks.append(Block(a, b, kind))  # type: ignore[arg-type]
    return tuple(blocks)


def body_spans(blocks: tuple[Block, ...], *, captions: bool = False) -> list[tuple[int, int]]:
    """Spans of the story's own paragraphs (and, if asked, photo captions)."""
    kinds = {"body", "caption"} if captions else {"body"}
    return [(b.start, b.end) for b in blocks if b.kind in kinds]
