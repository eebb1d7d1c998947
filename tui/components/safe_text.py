"""Turn article-derived strings into display objects that can never act as markup.

Article text is data written by strangers: a headline containing ``[@click=app.quit]``
or a raw ``ESC [2J`` must show up literally and do nothing.  Every widget in the
dashboard builds what it shows from :func:`plain` / :func:`highlighted`, which make
`textual.content.Content` objects straight from plain strings (``Content(...)`` never
parses markup) after :func:`sanitize` has neutralised control characters.

``sanitize`` replaces each dangerous code point with exactly one visible code point,
so character offsets computed by the engine (hit spans, quote offsets) still line up
with the displayed text.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from textual.content import Content

# One visible stand-in per control code point keeps offsets stable.
_ESC_STANDIN = "\u241b"  # ␛ SYMBOL FOR ESCAPE
_OTHER_STANDIN = "\ufffd"  # � REPLACEMENT CHARACTER

# Bidirectional overrides/isolates can visually reorder text (a classic spoofing
# trick), so they are neutralised along with C0/C1 controls.
_BIDI = {0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069}


def _build_table(keep_newlines: bool) -> dict[int, str]:
    """Translation table: C0 (minus tab/newline when kept), DEL, C1, bidi controls."""
    table: dict[int, str] = {}
    for code in [*range(0x00, 0x20), 0x7F, *range(0x80, 0xA0), *_BIDI]:
        if code == 0x09:
            table[code] = " " if not keep_newlines else "\t"
            continue
        if code == 0x0A:
            table[code] = " " if not keep_newlines else "\n"
            continue
        if code == 0x0D:
            table[code] = " "
            continue
        table[code] = _ESC_STANDIN if code in (0x1B, 0x9B) else _OTHER_STANDIN
    # The tab/newline entries that map to themselves are harmless but pointless.
    return {k: v for k, v in table.items() if chr(k) != v}


_TABLE_MULTILINE = _build_table(keep_newlines=True)
_TABLE_ONE_LINE = _build_table(keep_newlines=False)


def sanitize(text: str | None, *, one_line: bool = False) -> str:
    """Replace control characters with visible stand-ins, one for one.

    ``one_line`` also turns newlines and tabs into spaces, for list rows and
    snippets that must stay on a single line.  Length is always preserved.
    """
    if not text:
        return ""
    return text.translate(_TABLE_ONE_LINE if one_line else _TABLE_MULTILINE)


def plain(text: str | None, style: str = "", *, one_line: bool = True) -> Content:
    """A `Content` holding ``text`` literally, optionally styled as a whole."""
    content = Content(sanitize(text, one_line=one_line), strip_control_codes=False)
    return content.stylize(style) if style else content


def highlighted(
    text: str | None,
    spans: Iterable[tuple[int, int]],
    style: str = "reverse",
    *,
    base_style: str = "",
    one_line: bool = False,
    current: tuple[int, int] | None = None,
    current_style: str = "bold reverse",
    muted: Iterable[tuple[int, int]] = (),
    muted_style: str = "dim italic",
) -> Content:
    """``text`` literally, with each (start, end) span styled.

    Spans out of range are clipped, so stale offsets can never raise.  ``current``
    gets ``current_style`` on top, for the reader's "this is the hit you are on".
    ``muted`` spans (page furniture: captions, other stories' headlines) are
    set back under everything else.
    """
    content = plain(text, base_style, one_line=one_line)
    length = len(content)
    for start, end in muted:
        start, end = max(0, start), min(length, end)
        if end > start:
            content = content.stylize(muted_style, start, end)
    for start, end in spans:
        start, end = max(0, start), min(length, end)
        if end > start:
            content = content.stylize(style, start, end)
    if current is not None:
        start, end = max(0, current[0]), min(length, current[1])
        if end > start:
            content = content.stylize(current_style, start, end)
    return content


def join(parts: Sequence[Content | tuple[str, str] | str]) -> Content:
    """Assemble pieces; bare strings and (text, style) tuples are sanitised first.

    Tuples are our own layout text (newlines kept); only their *style* half is
    trusted to be ours.  Article text should arrive already wrapped by `plain`.
    """
    safe: list[Content] = []
    for part in parts:
        if isinstance(part, Content):
            safe.append(part)
        elif isinstance(part, tuple):
            safe.append(plain(part[0], part[1], one_line=False))
        else:
            safe.append(plain(part))
    return Content("").join(safe) if safe else Content("")


def truncate(text: str | None, limit: int) -> str:
    """Shorten long one-line text for list rows, marking the cut with an ellipsis."""
    value = sanitize(text, one_line=True)
    return value if len(value) <= limit else value[: max(0, limit - 1)] + "…"
