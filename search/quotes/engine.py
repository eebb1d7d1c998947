"""One article in, quotes and people out: the steps in the order they depend.

1. paragraphs (given blocks, or blank-line split) and direct-quote pieces;
2. capitalised runs that may be names, in body, headline and caption blocks;
3. speech cues in body sentences, with subject descriptions and content;
4. the article's people: full names first, then short forms matched to them;
5. cue subjects resolved in text order (pronouns need the speakers before);
6. direct quotes attributed: an adjacent cue, the enclosing reported speech,
   the piece they continue, a sibling in the paragraph, or the previous
   paragraph's speaker (news convention); None when in doubt.

``analyse`` returns the internal records (with cue ids, so the PolNeAR bench can
merge multi-part quotes the way that corpus annotates them); the public API in
``search.quotes`` turns them into ``Quote`` and ``Person`` records.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from search.quotes.coref import Timeline, resolve_pronoun, resolve_role
from search.quotes.credits import credits
from search.quotes.direct import DirectSpan, find_direct
from search.quotes.indirect import Cue, find_cues
from search.quotes.names import Mention, canonical, find_mentions
from search.quotes.registry import Registry, appositive_role
from search.quotes.text import clean_blocks, default_blocks, sentences, tokens
from search.records import Block

_SPACES = str.maketrans({"\xa0": " ", "\u2009": " ", "\u202f": " ", "\u2007": " "})
_PEOPLE_KINDS = ("body", "headline", "caption", "gallery")
_ADJACENT = re.compile(r"[\s,.!?;:—–\-]*")
_PREFIX_GAP = re.compile(r"[\s,:—–\-]*")


@dataclass(slots=True)
class RawQuote:
    """A quote before it becomes a record; ``group`` ties pieces of one quotation."""

    start: int
    end: int
    kind: str
    speaker: int | None
    cue: str | None
    group: int
    parent: int | None = None  # group of the indirect quote this one sits inside


@dataclass(slots=True)
class Analysis:
    quotes: list[RawQuote]
    registry: Registry
    people: list[int]
    credited: list[tuple[str, str]]


def analyse(text: str, blocks: Sequence[Block] | None = None) -> Analysis:
    """Run every step on one article.

    No-break and thin spaces become plain spaces first (one character for one,
    so every offset still points into the caller's text): web copy glues names
    with them ("Newt\xa0Gingrich") and the rules read a name as words joined
    by a space.
    """
    text = text.translate(_SPACES)
    blks = clean_blocks(text, blocks) if blocks is not None else default_blocks(text)
    body = [b for b in blks if b.kind == "body"]
    spans = [(b.start, b.end) for b in body]
    directs = find_direct(text, spans)
    quoted = [(d.mark_start, d.mark_end) for d in directs]
    qstarts = [q[0] for q in quoted]
    qend = {e: s for s, e in quoted}

    def in_quote(pos: int) -> bool:
        i = bisect_right(qstarts, pos) - 1
        return i >= 0 and quoted[i][0] <= pos < quoted[i][1]

    # names
    mentions: list[tuple[Mention, int, bool]] = []  # mention, body index or -1, quoted
    body_mentions: list[list[Mention]] = []
    for b in blks:
        if b.kind not in _PEOPLE_KINDS:
            continue
        ms = find_mentions(text, b.start, b.end)
        if b.kind == "body":
            bi = len(body_mentions)
            body_mentions.append(ms)
            mentions.extend((m, bi, in_quote(m.start)) for m in ms)
        else:
            mentions.extend((m, -1, False) for m in ms)
    for m, _, _ in mentions:
        if not m.blocked and not m.role:
            limit = len(text)
            role = appositive_role(text, m.end, limit)
            if role:
                m.role, m.evidence = role, True

    # cues
    cues: list[Cue] = []
    for bi, (bs, be) in enumerate(spans):
        ms = body_mentions[bi]
        by_end = {m.end: m for m in ms}
        by_start = {m.start: m for m in ms}
        cues.extend(find_cues(text, bi, bs, be, tokens(text, bs, be), sentences(text, bs, be),
                              quoted, by_end, by_start, qend, qstarts))
    # _name_like scans the whole text: once per word, not once per cue (a
    # long dump of "Officials said ..." made that quadratic in the text)
    name_like: dict[str, bool] = {}
    for c in cues:
        m = c.mention
        if m is None or m.blocked:
            continue
        if len(m.words) < 2 and m.words[0] not in name_like:
            name_like[m.words[0]] = _name_like(text, m)
        if len(m.words) >= 2 or name_like[m.words[0]]:
            m.evidence = True

    # people
    reg = Registry()
    pid_of: dict[int, int] = {}
    mentions.sort(key=lambda t: t[0].start)
    for m, _, _ in mentions:
        if not m.blocked and m.evidence and len(m.words) >= 2:
            pid_of[id(m)] = reg.add_full(m)
    recent: list[int] = []
    for m, _, _ in mentions:
        if m.blocked:
            if m.soft:
                pid = reg.match_surname(m)
                if pid is not None:
                    m.blocked = False
                    pid_of[id(m)] = pid
            continue
        pid = pid_of.get(id(m))
        if pid is None:
            pid = reg.match(m, recent)
            if pid is not None:
                reg.note(pid, m)
            elif m.evidence:
                pid = reg.add_single(m)
            if pid is not None:
                pid_of[id(m)] = pid
        if pid is not None:
            if pid in recent:
                recent.remove(pid)
            recent.insert(0, pid)

    tl = Timeline()
    for m, bi, q in mentions:
        pid = pid_of.get(id(m))
        if pid is not None and bi >= 0 and not q:
            tl.mentions.append((m.start, pid, bi))
    tl.mentions.sort()
    starts: list[int] = []
    for bs, be in spans:
        starts.extend(a for a, _ in sentences(text, bs, be))
    seen_sent: set[int] = set()
    for pos, pid, bi in tl.mentions:
        k = bisect_right(starts, pos) - 1
        if k not in seen_sent:
            seen_sent.add(k)
            tl.subjects.append((pos, pid, bi))

    # speakers of cues, in text order
    cues.sort(key=lambda c: c.start)
    for k, c in enumerate(cues):
        pid = None
        if c.subj == "mention" and c.mention is not None:
            pid = pid_of.get(id(c.mention))
        elif c.subj == "pronoun":
            pid = resolve_pronoun(reg, tl, c.start, c.pron_gender, c.sent[0], c.block)
        elif c.subj == "role" and c.role:
            pid = resolve_role(reg, tl, c.start, c.role)
        elif c.subj == "inherit":
            for d in reversed(cues[:k]):
                if d.sent == c.sent:
                    pid = d.speaker
                    break
            else:
                pid = _sentence_subject(text, reg, tl, c)
        c.speaker = pid
        if pid is not None:
            tl.add_speaker(c.start, pid, c.block)

    quotes = _attribute(text, spans, directs, cues, in_quote)
    credited: list[tuple[str, str]] = []
    for b in blks:
        credited.extend(credits(text, b.start, b.end, b.kind))
    people = sorted({pid_of[id(m)] for m, _, _ in mentions if id(m) in pid_of})
    return Analysis(quotes, reg, people, credited)


def _attribute(text: str, spans: list[tuple[int, int]], directs: list[DirectSpan],
               cues: list[Cue], in_quote) -> list[RawQuote]:
    """Quotes from cues (indirect) and marks (direct), each with its speaker."""
    out: list[RawQuote] = []
    cue_ids = {id(c): k for k, c in enumerate(cues)}
    coordinated = _coordinated_quotes(text, directs, cues)
    for k, c in enumerate(cues):
        if c.content is not None:
            out.append(RawQuote(c.content[0], c.content[1], "indirect", c.speaker, c.word, k))
    by_block: dict[int, list[Cue]] = {}
    for c in cues:
        by_block.setdefault(c.block, []).append(c)

    # pass 1: adjacent cues and enclosing reported speech
    found: list[tuple[int | None, str | None, int | None, int | None]] = []
    for n, d in enumerate(directs):
        hit: tuple[int | None, str | None, int | None, int | None] = (None, None, None, None)
        if n in coordinated:
            c = cues[coordinated[n]]
            found.append((c.speaker, c.word, coordinated[n], None))
            continue
        for c in by_block.get(d.block, []):
            k = cue_ids[id(c)]
            # '“...,” said Dade' (not '"extremely careless," but said she ...')
            if c.phrase_start >= d.mark_end and c.subj != "inherit" \
                    and (c.direct_after or c.content is None) \
                    and _ADJACENT.fullmatch(text, d.mark_end, c.phrase_start):
                hit = (c.speaker, c.word, k, None)
                break
            if c.prefix and c.phrase_end <= d.mark_start and \
                    _PREFIX_GAP.fullmatch(text, c.phrase_end, d.mark_start):
                hit = (c.speaker, c.word, k, None)
            if c.content and c.content[0] <= d.mark_start and d.mark_end <= c.content[1] + 1:
                hit = (c.speaker, c.word, k, k)
        found.append(hit)

    # pass 2: continuations, siblings in the paragraph, the previous paragraph
    last_speaker_in_block: dict[int, int | None] = {}
    for c in cues:
        if c.speaker is not None:
            last_speaker_in_block[c.block] = c.speaker
    group_next = len(cues)
    # directs of each block, in order: the sibling look-ups below scan one
    # paragraph, not the whole article (quadratic in a long dump)
    in_block: dict[int, list[int]] = {}
    for m, d in enumerate(directs):
        in_block.setdefault(d.block, []).append(m)
    for n, d in enumerate(directs):
        speaker, cue, group, parent = found[n]
        if group is None and d.continues and n > 0:
            speaker, cue, group, parent = found[n - 1]
            found[n] = (speaker, cue, group, None)
        if group is None and n > 0 and directs[n - 1].block == d.block \
                and found[n - 1][3] is not None:
            # 'Obama "felt a moral obligation", Axelrod said. "This is core stuff."':
            # the quotation goes on right after the reported sentence
            c = cues[found[n - 1][3]]
            if not text[c.sent[1]:d.mark_start].strip():
                speaker, cue, group, parent = found[n - 1]
                found[n] = (speaker, cue, group, parent)
        if group is None:
            same = in_block[d.block]
            sibs = [found[m] for m in same if found[m][2] is not None and found[m][3] is None]
            before = [found[m] for m in same
                      if m < n and found[m][2] is not None and found[m][3] is None]
            pick = before[-1] if before else (sibs[0] if sibs else None)
            if pick is not None:
                speaker, cue, group = pick[0], pick[1], pick[2]
                found[n] = (speaker, cue, group, None)
        if group is None and d.mark_start == spans[d.block][0] and d.block > 0:
            prev = last_speaker_in_block.get(d.block - 1)
            prev_q = [found[m] for m in in_block.get(d.block - 1, ())
                      if m < n and found[m][0] is not None]
            if prev_q:
                prev = prev_q[-1][0]
            if prev is not None:
                speaker = prev
        if group is None:
            group = group_next
            group_next += 1
        words = len(re.findall(r"\w+", text[d.start:d.end]))
        if cue is None and speaker is None and words < 4:
            continue
        out.append(RawQuote(d.start, d.end, "direct", speaker, cue, group, parent))
        if speaker is not None:
            last_speaker_in_block[d.block] = speaker
    out.sort(key=lambda q: (q.start, q.end))
    return out


_COORD = re.compile(r",?\s*(?:but|and|yet|while)\s*$|[;:]\s*$")
_TAIL = re.compile(r"[\s.,!?”\"']*")


def _coordinated_quotes(text: str, directs: list[DirectSpan], cues: list[Cue]) -> dict[int, int]:
    """'He said X, but “we are not there yet.”': a whole quoted clause of its own.

    A quotation that opens after ", but" (or "and", "yet", ";" ...) and runs to
    the end of the reported sentence is not a phrase borrowed by the paraphrase:
    the writer has switched to the speaker's own sentence. The reported clause
    stops before the conjunction and the quotation is a direct quote through
    the same cue. Returns {index of the direct piece: index of its cue}.
    """
    out: dict[int, int] = {}
    for k, c in enumerate(cues):
        if c.content is None:
            continue
        cs, ce = c.content
        for n, d in enumerate(directs):
            if not (cs < d.mark_start and d.mark_end <= ce + 1 and d.closed):
                continue
            if not _TAIL.fullmatch(text, d.mark_end, max(d.mark_end, ce)):
                continue
            m = _COORD.search(text, cs, d.mark_start)
            if m is None or len(re.findall(r"\w+", text[d.start:d.end])) < 4:
                continue
            head = text[cs:m.start()].rstrip(" ,;:")
            if len(re.findall(r"\w+", head)) < 3:
                continue
            c.content = (cs, cs + len(head))
            out[n] = k
            break
    return out


_AFTER_PREP = re.compile(
    r"\b(?:[Ii]n|[Aa]t|[Oo]n|[Ff]rom|[Ww]ith|of|for|to|by|near|against)\s+(?:[A-Z][\w.]*\s+){0,3}$"
)
_HE_SHE = re.compile(r"\b([Hh]e|[Ss]he)\b")


def _sentence_subject(text: str, reg: Registry, tl: Timeline, c: Cue) -> int | None:
    """'X, a Trump ally, defended the speech, saying ...': the participle's subject.

    With no cue before it in the sentence, a "saying"/"adding" belongs to the
    sentence's first person, a name or a he/she, whichever comes first.
    """
    ss = c.sent[0]
    i = bisect_right(tl.mentions, (ss, -1, -1))
    first = None
    while i < len(tl.mentions) and tl.mentions[i][0] < c.start:
        # "In Columbia, Sanders stepped up ..., saying": not a name after a preposition
        if not _AFTER_PREP.search(text, max(ss, tl.mentions[i][0] - 40), tl.mentions[i][0]):
            first = tl.mentions[i]
            break
        i += 1
    mp = _HE_SHE.search(text, ss, first[0] if first else c.start)
    if mp:
        gender = "m" if mp.group().lower() == "he" else "f"
        return resolve_pronoun(reg, tl, mp.start(), gender, ss, c.block)
    return first[1] if first else None


def _name_like(text: str, m: Mention) -> bool:
    """A lone capitalised word is a name only if it is capitalised mid-sentence too.

    "Allies say ..." opens a sentence; "Trump said" is also written "... said Trump".
    """
    word = m.words[0]
    for hit in re.finditer(r"\b" + re.escape(word) + r"\b", text):
        k = hit.start() - 1
        while k >= 0 and text[k] == " ":
            k -= 1
        if k >= 0 and (text[k].islower() or text[k] in ",;”"
                       or (text[k] == '"' and k > 0 and text[k - 1] in ",?!")):
            return True  # "... said Trump", "“...,” Obama stated"
    return False


def person_name(reg: Registry, pid: int) -> str:
    return canonical(reg.people[pid].words)
