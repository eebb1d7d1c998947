"""Photographers from caption credits and reporters from bylines.

Credit lines name people the story never mentions: "(AP Photo/Paul Sancya)",
"ALFREDO ESTRELLA/AFP/Getty Images" (often glued to the caption's last
sentence with no space: "...with the U.S.ALFREDO ESTRELLA/AFP/Getty Images"),
"With reports from Steven Chase, Stephanie Levitz and Andrea Woo".
"""

from __future__ import annotations

import re

from search.quotes.names import find_mentions

_NAME = r"[A-ZÀ-Þ][\w’'\-]+(?: (?:[A-Z]\.|[A-ZÀ-Þ][\w’'\-]+)){1,3}"
_PAREN = re.compile(r"\((?:[A-Z][\w.&]*\s+)*Photos?\s*/\s*(" + _NAME + r")\s*(?:/[^)]*)?\)")
_PHOTO_BY = re.compile(r"\b(?:Photo(?:graph)?s?(?: by|:)|Photographer:?)\s+(" + _NAME + r")")
_TRAIL = re.compile(
    r"(?<![\w’'\-])(" + _NAME + r")\s?/\s?[A-Z][^/\n]{1,40}(?:/[^/\n]{1,40}){0,3}\s*$"
)
_BYLINE = re.compile(
    r"^\s*\(?(?:With (?:files|reports|reporting) from|By|Reporting by|Written by|"
    r"Additional reporting by|Story by|Reported by)\s+(.+?)\)?\s*$",
    re.S,
)
_SPLIT = re.compile(r"\s*(?:,|;|\band\b|&)\s*")


def credits(text: str, start: int, end: int, kind: str) -> list[tuple[str, str]]:
    """(name as written, role) pairs from one block's credit lines."""
    out: list[tuple[str, str]] = []
    chunk = text[start:end]
    for m in _PAREN.finditer(chunk):
        out.append((m.group(1), "photographer"))
    for m in _PHOTO_BY.finditer(chunk):
        out.append((m.group(1), "photographer"))
    if kind in ("caption", "gallery") or "/" in chunk[-80:]:
        m = _TRAIL.search(chunk)
        if m and not _PAREN.search(chunk[m.start():]):
            out.append((m.group(1), "photographer"))
    if len(chunk) < 300:
        b = _BYLINE.match(chunk)
        if b:
            body = re.split(r";\s*(?:Editing|Edited) by", b.group(1))[0]
            for part in _SPLIT.split(body):
                part = part.strip(" .")
                if re.fullmatch(_NAME, part):
                    out.append((part, "reporter"))
    good = []
    for name, role in out:
        ms = find_mentions(name, 0, len(name))
        if len(ms) == 1 and not ms[0].blocked and len(ms[0].words) >= 2:
            good.append((" ".join(ms[0].words), role))
    return good
