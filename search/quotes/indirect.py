"""Speech cues in running text, their subjects and their content clauses.

Each cue ("said", "told", "according to", "called on") is read in one of three
shapes:

* forward — "LeBlanc said [that] <content>": the content runs from the cue (past
  an object such as "told CBS News’s Face the Nation", or an adjunct such as
  "in an interview Sunday") to the end of the sentence;
* backward — "<content>, he said": the content is the clause before the comma;
* prefix — "Dade said: “...": the cue introduces a direct quote.

A cue whose content is a direct quote ("“...,” Dade said") gets no indirect
content; the direct quote is attributed through it instead. The subject is
recorded as a description (a name mention, a pronoun, a role noun, inherited
from the sentence's main cue, or nobody) and resolved to a person later, in
text order, because pronouns depend on who spoke before.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from search.quotes.cues import (
    ADJUNCT_OPENERS,
    AUX,
    COGNITION,
    FORMS,
    NEED_CLAUSE,
    NONPERSON_PRONOUNS,
    NOT_SUBJECT,
    PRONOUNS,
    TAKES_OBJECT,
)
from search.quotes.lexicon import ROLE_NOUNS, TITLE_WORDS
from search.quotes.names import Mention, fold

_OPEN_MARKS = "“„«\"'"
_CLOSE_MARKS = "”»\"'"
_NEG = frozenset("not never n't didn't doesn't don't won't wouldn't couldn't cannot can't".split())
_OBJECT_WORDS = frozenset("""
him her them us me reporters journalists supporters voters lawmakers members
senators investigators officials police the crowd audiences audience
""".split())
_TRIM = " \t\n,.;:!?—–-"
# "said in a statement Tuesday: “..." / "pointed out in December, “..."
_ADJ_THEN_QUOTE = re.compile(
    r"\s*(?:(?:(?:in|on|at|during|to|from|after|before|with|via|over|last|this|earlier|later)\b"
    r"[^“”\".;:]{0,80}?)?,|[^“”\".;:]{0,60}:)\s*(?:“|\"|'')"
)
_OBJ_THEN_QUOTE = re.compile(r"\s*[^“”\".;:,]{1,80},\s*(?:“|\"|'')")
_ADVERB_AFTER = re.compile(r"(?:\s+(?:[a-z]+ly|back|again|later|too))+(?=\s*[,:])")
_DESCRIPTOR = re.compile(r"[\s,]*(?:[\w.’'\-]+\s+){0,6}$")
_QUOTE_SOON = re.compile(r"[^.;:!?“”\"]{0,50}(?:“|\"|'')")
_ADJ_AFTER = re.compile(r"(?:in|on|at|during|after|before|from|to|via|over)\b")
_LATE_CONJ = re.compile(r"(?:[\s,;]+(?:and|but|or|while|though|although|as|so))+\s*$")


@dataclass(slots=True)
class Cue:
    """A speech cue with its subject description and optional content span."""

    start: int
    end: int
    word: str
    lemma: str
    block: int
    sent: tuple[int, int]
    phrase_start: int
    phrase_end: int
    subj: str  # "mention" | "pronoun" | "role" | "inherit" | "none"
    mention: Mention | None = None
    pron_gender: str | None = None
    role: str | None = None
    content: tuple[int, int] | None = None
    prefix: bool = False
    direct_after: bool = False  # "“...,” Dade said": attributes the quote before it
    speaker: int | None = None


def find_cues(text: str, block: int, bstart: int, bend: int, toks: list[tuple[int, int]],
              sents: list[tuple[int, int]], quoted: list[tuple[int, int]],
              by_end: dict[int, Mention], by_start: dict[int, Mention],
              qend: dict[int, int] | None = None,
              qstarts: list[int] | None = None) -> list[Cue]:
    """Every speech cue in one body paragraph, outside quotation marks.

    ``qend``/``qstarts`` index ``quoted``; a caller looping over paragraphs
    passes them built once (rebuilding them per paragraph was quadratic).
    """
    out: list[Cue] = []
    sent_starts = [s for s, _ in sents]
    if qend is None:
        qend = {e: s for s, e in quoted}
    if qstarts is None:
        qstarts = [s for s, _ in quoted]
    words = [text[a:b] for a, b in toks]
    lows = [w.lower().replace("’", "'") for w in words]

    def in_quote(pos: int) -> bool:
        i = bisect_right(qstarts, pos) - 1
        return i >= 0 and quoted[i][0] <= pos < quoted[i][1]

    n = len(toks)
    tok_at_end = {b: k for k, (_, b) in enumerate(toks)}
    for i in range(n):
        w = lows[i]
        a, b = toks[i]
        lemma = FORMS.get(w) or COGNITION.get(w)
        cue_end = b
        nxt = lows[i + 1] if i + 1 < n else ""
        if w == "according" and nxt == "to":
            lemma, cue_end = "according to", toks[i + 1][1]
        elif w in ("call", "calls", "called", "calling") and nxt in ("on", "for"):
            lemma, cue_end = "call " + nxt, toks[i + 1][1]
        elif w in ("call", "calls", "called", "calling", "describe", "describes", "described",
                   "describing", "dubbed", "labeled", "labelled", "branded") \
                and _QUOTE_SOON.match(text, b):
            lemma = "call"  # called the levy “a tax on working families”
        elif w in ("point", "points", "pointed", "pointing") and nxt == "out":
            lemma, cue_end = "point out", toks[i + 1][1]
        elif lemma is None:
            continue
        if not words[i].islower() and not (w == "according" and a in sent_starts):
            continue
        if in_quote(a):
            continue
        if i > 0 and lows[i - 1] in _NEG and not _gap_punct(text, toks[i - 1][1], a):
            continue
        si = bisect_right(sent_starts, a) - 1
        if si < 0:
            continue
        ss, se = sents[si]
        cue = Cue(a, cue_end, text[a:cue_end], lemma, block, (ss, se), a, cue_end, "none")
        if lemma == "according to":
            if not _according(text, cue, by_start, toks, i, quoted):
                continue
            out.append(cue)
            continue
        # ---- subject on the left
        j, edge = _subject_edge(text, ss, i, toks, words, lows, tok_at_end)
        left_ok = j >= 0 and toks[j][0] >= ss and not in_quote(toks[j][0])
        gap = text[toks[j][1]:a] if left_ok else ""
        found = False
        if left_ok and not _gap_punct(text, toks[j][1], edge):
            found = _left_subject(text, cue, j, toks, words, lows, by_end)
            if found is None:
                continue  # "to say", "was told": not a report
        if not found:
            # "“...,” said Dade" / "..., said the official" / sentence-initial
            named_after = i + 1 < n and _mention_at(toks[i + 1][0], by_start) is not None
            if left_ok and "," in gap and named_after and \
                    _right_subject(text, cue, i, toks, lows, by_start, n):
                found = True  # "..., a state she hoped to carry, said Dan Gerstein"
            elif w.endswith("ing") and left_ok and "," in gap:
                cue.subj, found = "inherit", True  # "..., Ortega stressed jobs, saying"
            elif left_ok and "," in gap and _appositive(text, cue, ss, by_end, in_quote):
                found = True
            elif _right_subject(text, cue, i, toks, lows, by_start, n):
                found = True
            elif w.endswith("ing") and left_ok and "," in gap:
                cue.subj, found = "inherit", True
        if not found:
            continue
        _content(text, cue, toks, lows, i, n, by_start, qend)
        if lemma in COGNITION.values() and cue.content is None:
            continue
        out.append(cue)
    out = [c for c in out if c.content or c.prefix or c.direct_after]
    # "said he didn't think X": a belief inside reported speech is part of it
    spoken = [c.content for c in out if c.content and c.lemma not in COGNITION.values()]
    out = [c for c in out if c.lemma not in COGNITION.values()
           or not any(s < c.start < e for s, e in spoken)]
    # a later cue in the same sentence ends an earlier forward content
    for k, c in enumerate(out):
        if c.content and not c.direct_after:
            for d in out[k + 1:]:
                if d.sent == c.sent and c.content[0] < d.phrase_start < c.content[1]:
                    cut = d.phrase_start
                    m = _LATE_CONJ.search(text, c.content[0], cut)
                    c.content = _trim(text, c.content[0], m.start() if m else cut)
                    break
    return [c for c in out if c.content is None or c.content[1] - c.content[0] > 0]


# Between a subject and its verb: "(R-Ky.)", "on Tuesday", "earlier this week",
# "in a statement" ("Sen. Rand Paul (R-Ky.) said", "Clinton on Tuesday said").
_DAYS = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_LEFT_SKIP = re.compile(
    r"(?:\s*\([^()\n]{1,40}\)"
    r"|\s+(?:(?:on|late|early|earlier|later|last|this|next)\s+)?" + _DAYS
    + r"(?:\s+(?:morning|afternoon|evening|night))?"
    r"|\s+(?:earlier|later|last|this|late|early)\s+(?:this\s+|last\s+)?"
    r"(?:week|month|year|weekend|morning|afternoon|evening|night|spring|summer|fall)"
    r"|\s+in\s+(?:a|an|his|her|their)\s+(?:written\s+)?"
    r"(?:statement|interview|tweet|speech|post|email|letter)"
    r"|\s+(?:went|goes|go|going|gone)\s+on\s+to"
    r"|\s+(?:began|begins|begin|continued|continues|ended|ends|closed|closes|opened|opens"
    r"|responded|responds|replied|replies)\s+by)+\s*$"
)


def _subject_edge(text: str, ss: int, i: int, toks, words, lows,
                  tok_at_end: dict[int, int]) -> tuple[int, int]:
    """The token that may be the cue's subject, stepping over what comes between.

    Returns its index (or -1) and where the stepped-over material begins, so
    the caller checks only the true gap for punctuation.
    """
    j = i - 1
    edge = toks[i][0]
    for _ in range(4):
        while j >= 0 and toks[j][0] >= ss and (
            lows[j] in AUX or (lows[j].endswith("ly") and words[j].islower()
                               and len(lows[j]) > 3)
        ) and not _gap_punct(text, toks[j][1], toks[j + 1][0]):
            j -= 1
            edge = toks[j + 1][0]
        if j < 0 or toks[j][0] < ss:
            break
        m = _LEFT_SKIP.search(text, max(ss, edge - 80), edge)
        if m is None or m.start() <= ss:
            break
        k = m.start()
        jj = tok_at_end.get(k)
        if jj is None and text[k - 1:k] == ".":
            jj = tok_at_end.get(k - 1)
        if jj is None:
            break
        j, edge = jj, k
    return j, edge


def _gap_punct(text: str, a: int, b: int) -> bool:
    return any(ch in ",;:()“”\"—–" for ch in text[a:b])


def _left_subject(text: str, cue: Cue, j: int, toks, words, lows, by_end) -> bool | None:
    """Fill the cue's subject from the token left of it; None rejects the cue."""
    a, b = toks[j]
    m = by_end.get(b)
    w = lows[j]
    cue.phrase_start = a
    if m is not None:
        cue.phrase_start = m.full_start
        hm = _HEAD_OF.search(text, max(0, m.full_start - 60), m.full_start)
        if hm:
            # "a spokeswoman for Hillary Clinton said", "the Commission on
            # Presidential Debates said": the name is not the one speaking
            cue.subj, cue.phrase_start = "none", hm.start()
            return True
        if m.blocked:
            if fold(m.words[-1]) in TITLE_WORDS:
                cue.subj, cue.role = "role", " ".join(m.words)
            else:
                cue.subj = "none"
        else:
            cue.subj, cue.mention = "mention", m
        return True
    if w in PRONOUNS or w[:-2] in PRONOUNS and w[-2:] in ("'s", "’s"):
        cue.subj, cue.pron_gender = "pronoun", PRONOUNS.get(w) or PRONOUNS[w[:-2]]
        return True
    if w in ("who", "whom"):
        k = a
        while k > 0 and text[k - 1] in " ,":
            k -= 1
        m2 = by_end.get(k)
        if m2 is not None and not m2.blocked:
            cue.subj, cue.mention = "mention", m2
        else:
            cue.subj = "none"
        return True
    if w in ("and", "but") or (w in ("by", "after", "before", "while", "in")
                               and cue.word.lower().endswith("ing")):
        cue.subj = "inherit"  # "... picked up from his daughter by saying ..."
        return True
    if w in NOT_SUBJECT:
        return None
    if w in NONPERSON_PRONOUNS:
        cue.subj = "none"
        return True
    if w in ROLE_NOUNS and j > 0 and lows[j - 1] in ("the", "former"):
        cue.subj, cue.role = "role", w
        return True
    if not words[j][:1].isalpha() or w in _DETERMINERS:
        return None  # "his claims", "the upcoming states": nouns, not cues
    if cue.word.lower() in _NOUN_FORMS and words[j].islower():
        return None  # "a state of emergency", "news reports" ...
    cue.subj = "none"
    return True


def _right_subject(text: str, cue: Cue, i: int, toks, lows, by_start, n: int) -> bool:
    """Inverted order: 'said Dade', 'said he', 'said the official'."""
    if i + 1 >= n:
        return False
    a, b = toks[i + 1]
    if text[cue.end:a].strip():
        return False
    m = _mention_starting(a, by_start)
    if m is None or m.blocked:
        m = _described_subject(text, i, toks, lows, by_start, n) or m
    if m is not None:
        after = text[m.end:cue.sent[1]].lstrip(" ’'s")
        if after and after[0] not in ",.;:!?—–“\"(" and not _ADJ_AFTER.match(after):
            # "said Priorities spokesman Justin Barasky": a one-word run opens
            # the description, the name comes after it
            m = _described_subject(text, i, toks, lows, by_start, n) \
                if len(m.words) == 1 and not m.evidence else None
            if m is None:
                return False
            after = text[m.end:cue.sent[1]].lstrip(" ’'s")
            if after and after[0] not in ",.;:!?—–“\"(" and not _ADJ_AFTER.match(after):
                return False
        cue.phrase_end = m.end
        if m.blocked:
            cue.subj = "none"
        else:
            cue.subj, cue.mention = "mention", m
        return True
    w = lows[i + 1]
    if w in PRONOUNS:
        # "..., said he." but not "said he hadn't thought" or "saying he would"
        nxt = text[b:cue.sent[1]].lstrip()
        if lows[i].endswith("ing") or (nxt and nxt[0] not in ",.;:!?—–“\"'"
                                       and not _ADJ_AFTER.match(nxt)):
            return False
        cue.subj, cue.pron_gender, cue.phrase_end = "pronoun", PRONOUNS[w], b
        return True
    if w in ("the", "a", "an", "one") and i + 2 < n:
        k = i + 2
        while k < n and k < i + 6 and not _gap_punct(text, toks[k - 1][1], toks[k][0]):
            if lows[k] in ROLE_NOUNS or lows[k] in TITLE_WORDS:
                cue.subj, cue.role, cue.phrase_end = "role", lows[k], toks[k][1]
                return True
            k += 1
        cue.subj, cue.phrase_end = "none", toks[i + 2][1]
        return True
    return False


_HEAD_OF = re.compile(r"(?:\b[a-z][\w\-]*|\b[A-Z][\w\-]*)\s+(?:for|to|of|on|at|with)\s+$")
# ", said Dan Gerber, a pollster." : what follows the speaker describes them
_APPOSITIVE_OPENERS = frozenset("a an who whose another former".split())
_DETERMINERS = frozenset("his her its their our my your these those whose every each".split())
# Cue forms that are as often nouns: a cue only after a name, pronoun or role.
_NOUN_FORMS = frozenset("""
state states report reports claim claims charge charges note notes answer answers
promise promises tweet tweets remark remarks vow vows counter counters joke jokes
stress repeat concede warning warnings call calls comment comments
""".split())

_DESCRIPTOR_STOP = frozenset("""
that to in on at when if it he she they we i there this is was were are be has have had
and or but not of for with by as than because while after before during
""".split())


def _mention_starting(pos: int, by_start) -> Mention | None:
    """The name mention starting at ``pos``, or whose title does ("said Prime
    Minister Mark Carney": the run starts with the title)."""
    m = by_start.get(pos)
    if m is None:
        m = next((mm for mm in by_start.values() if mm.full_start == pos), None)
    return m


def _mention_at(pos: int, by_start) -> Mention | None:
    """The unblocked name mention starting (title included) at ``pos``."""
    m = _mention_starting(pos, by_start)
    return m if m is not None and not m.blocked else None


def _described_subject(text: str, i: int, toks, lows, by_start, n: int) -> Mention | None:
    """'said Democratic pollster Stan Greenberg': a short description, then the name."""
    for k in range(i + 2, min(n, i + 8)):
        if _gap_punct(text, toks[k - 1][1], toks[k][0]) or lows[k - 1] in _DESCRIPTOR_STOP:
            return None
        m = _mention_at(toks[k][0], by_start)
        if m is not None:
            return m if len(m.words) >= 2 else None
    return None


def _appositive(text: str, cue: Cue, ss: int, by_end, in_quote) -> bool:
    """'Goldy Hyder, the president and CEO of X, said': subject before the commas."""
    seg_end = cue.start
    k = text.rfind(",", ss, seg_end)
    if k < 0:
        return False
    k2 = text.rfind(",", ss, k)
    if k2 >= 0:
        s2 = k2 + 1
        while s2 < k and text[s2] == " ":
            s2 += 1
        mm = by_end.get(k)
        if mm is not None and mm.full_start == s2 and not mm.blocked:
            k0 = k2
            while k0 > ss and text[k0 - 1] not in ",;:“”\"'(":
                k0 -= 1
            if len(text[k0:k2].split()) <= 8:
                cue.subj, cue.mention, cue.phrase_start = "mention", mm, k0
                return True
    # "Cecelia Purner, 67, a retired nurse in Allentown, Pa., said": the subject
    # is the leftmost comma-set segment that opens with a name, not the place
    # named inside an appositive
    first: Mention | None = None
    best: Mention | None = None
    while k2 >= 0:
        e = k2
        while e > ss and text[e - 1] == " ":
            e -= 1
        if text[e - 1:e] == ")":  # "Sen. Rob Portman (R-Ohio), another ..."
            po = text.rfind("(", max(ss, e - 40), e)
            if po > ss:
                e = po
                while e > ss and text[e - 1] == " ":
                    e -= 1
        m = by_end.get(e)
        mid = text[k2 + 1:k]
        if len(mid.split()) > 30 or any(c in mid for c in "“”\""):
            break
        if m is not None and not in_quote(m.start):
            first = first or m
            p = text.rfind(",", ss, m.full_start)
            seg = p + 1 if p >= 0 else ss
            while seg < m.full_start and text[seg] in " \"“'‘":
                seg += 1
            if seg == m.full_start:
                best = m
        k2 = text.rfind(",", ss, k2)
        if k - k2 > 200:
            break
    m = best or first
    if m is None:
        return False
    if m.blocked:
        cue.subj = "none"
    else:
        cue.subj, cue.mention = "mention", m
    cue.phrase_start = m.full_start
    return True


def _according(text: str, cue: Cue, by_start, toks, i: int, quoted) -> bool:
    """'..., according to X.' or 'According to X, ...': content is the rest."""
    ss, se = cue.sent
    j = i + 2
    if j >= len(toks):
        return False
    m = _mention_at(toks[j][0], by_start)
    if m is not None:
        cue.subj, cue.mention = "mention", m
    else:
        cue.subj = "none"
    before = text[ss:cue.start].rstrip(" ,")
    if len(before.split()) >= 3:
        cue.content = _trim(text, ss, ss + len(before))
    else:
        k = text.find(",", cue.end, se)
        if k < 0:
            return False
        cue.content = _trim(text, k + 1, se)
    cue.phrase_end = m.end if m is not None else cue.end
    return cue.content is not None


def _content(text: str, cue: Cue, toks, lows, i: int, n: int, by_start,
             qend: dict[int, int]) -> None:
    """Decide the cue's shape and its content span, if it has one."""
    ss, se = cue.sent
    madv = _ADVERB_AFTER.match(text, cue.phrase_end, se)
    if madv:
        cue.phrase_end = madv.end()  # "replied evenly, “...”"
    pos = cue.phrase_end
    rest = text[pos:se]
    lead = rest.lstrip()
    before = text[ss:cue.phrase_start].rstrip(" ,—–")
    if before and before[-1] not in _CLOSE_MARKS and cue.subj in ("mention", "none", "role"):
        # "“...,” Republican National Committee chairman Rence Priebus said"
        k = max(before.rfind(ch) for ch in _CLOSE_MARKS)
        if k > 0 and _DESCRIPTOR.fullmatch(text, ss + k + 1, cue.phrase_start):
            before = before[:k + 1]
            cue.phrase_start = ss + k + 1
    if not before and ss > 0 and (not lead or lead[0] in ".,;"
                                  or lead.split(" ", 1)[0].lower() in _ADJUNCT_ONLY):
        # "“Why is he attacking me?” Trump said.": the "?" ended the sentence
        k = ss
        while k > 0 and text[k - 1] in " \t":
            k -= 1
        if k > 1 and text[k - 1] in _CLOSE_MARKS and text[k - 2] in "?!" and k in qend:
            cue.direct_after = True
            return
    if before and before[-1] in _CLOSE_MARKS:
        q0 = qend.get(ss + len(before))
        first = ss + len(before) - len(before.lstrip())
        if q0 is not None and (q0 <= first or text[ss:q0].rstrip().endswith(",")):
            # '“...,” said Dade', or '..., she said, but “I think he will,” said Kunin'
            cue.direct_after = True
            return
    if not lead or lead[0] in ",.!?;)" or cue.phrase_end > cue.end:
        # backward: "<content>, he said" / "“...,” said Dade"
        after = lead[1:].lstrip() if lead[:1] == "," else ""
        if after and after[0] in _OPEN_MARKS:
            cue.prefix = True  # "He said, “...”" / "As X stumbled, Y said, “...”"
            return
        region_end = cue.phrase_start
        while region_end > ss and text[region_end - 1] in " ,—–":
            region_end -= 1
        if not text[ss:region_end].strip():
            return
        if cue.lemma in ("tweet", "write", "post"):
            return
        first_after = after.split(" ", 1)[0].lower() if after else ""
        appositive = first_after in _APPOSITIVE_OPENERS or fold(first_after) in TITLE_WORDS
        if after and not (first_after.endswith("ing") or appositive
                          or first_after in ("according", "but", "and")):
            # parenthetical: "The golf industry, she said, is doing better"
            cue.content = _trim(text, ss, se)
            return
        cue.content = _trim(text, ss, region_end)
        return
    if lead[0] in ":" or lead[0] in _OPEN_MARKS:
        cue.prefix = True
        return
    mq = _ADJ_THEN_QUOTE.match(rest)
    if mq is None and cue.lemma in TAKES_OBJECT:
        mq = _OBJ_THEN_QUOTE.match(rest)  # told host Matt Boyle, “...”
    if mq:
        cue.prefix = True
        cue.phrase_end = pos + mq.end() - (2 if mq.group().endswith("''") else 1)
        return
    # forward
    k = i + 1
    while k < n and toks[k][0] < cue.phrase_end:
        k += 1
    start_tok = k
    that_at = None
    limit = min(n, k + 12)
    for t in range(k, limit):
        if toks[t][0] >= se:
            break
        if lows[t] == "that":
            that_at = t
            break
        if _gap_punct(text, toks[t - 1][1] if t > 0 else pos, toks[t][0]) and t > k:
            break
    lemma = cue.lemma
    if that_at is not None and (
        that_at == k
        or lemma in TAKES_OBJECT
        or lows[k] in ADJUNCT_OPENERS
        or (lows[k] in _OBJECT_WORDS and lemma in ("tell", "say"))
    ):
        start_tok = that_at + 1
    elif lemma in NEED_CLAUSE or lemma in ("believe", "think"):
        if lemma in ("believe", "think") and k < n and lows[k] in ("the", "he", "she", "it",
                                                                    "they", "we", "i",
                                                                    "there", "this"):
            pass
        else:
            return
    elif lemma in TAKES_OBJECT:
        if k < n and (lows[k] in _OBJECT_WORDS or toks[k][0] in by_start):
            if toks[k][0] in by_start:
                m = by_start[toks[k][0]]
                while start_tok < n and toks[start_tok][0] < m.end:
                    start_tok += 1
                if start_tok < n and text[m.end:toks[start_tok][0]].strip(" ’'s"):
                    pass
            else:
                start_tok = k + 1
            if lemma == "tell" and start_tok < n and lows[start_tok] in ADJUNCT_OPENERS:
                return
        if lemma in ("urge", "accuse", "warn", "promise") or lemma == "tell":
            if start_tok >= n or lows[start_tok] not in ("to", "of", "that", "about"):
                if lemma == "tell":
                    # "told the AP her group ...", "told reporters he would ..."
                    t = _after_object(text, toks, lows, k, n)
                    if t is None:
                        return
                    start_tok = t
                elif lemma != "warn":
                    # "urged conservatives to obey": the object belongs to the content
                    t = next((t for t in range(k + 1, min(n, k + 6))
                              if lows[t] in ("to", "of")
                              and not _gap_punct(text, toks[k][1], toks[t][0])), None)
                    if t is None:
                        return
                    start_tok = k
    if start_tok >= n or toks[start_tok][0] >= se:
        return
    cs = toks[start_tok][0]
    if text[pos:cs].strip(" ,") and any(ch in text[pos:cs] for ch in ".;"):
        return
    while start_tok + 1 < n and lows[start_tok] in _WHEN_WORDS:
        start_tok += 1  # "said Tuesday the plan ..."
        cs = toks[start_tok][0]
    if lows[start_tok] in _ADJUNCT_ONLY and (that_at is None or start_tok <= that_at):
        return  # "wrote in his memo", "said on MSNBC": where, not what
    lead2 = text[cs:se].lstrip()
    if lead2 and lead2[0] in _OPEN_MARKS and cue.lemma in ("say", "add", "tell", "write", "tweet"):
        # the content is itself a quotation: a direct quote, attributed via prefix
        q_end = text.find("”", cs + 1, se)
        if q_end < 0 or text[q_end + 1:se].strip(" .,\"”") == "":
            cue.prefix = True
            return
    cue.content = _trim(text, cs, se)


_ADJUNCT_ONLY = frozenset("in on at during from with after before via over through".split())
_WHEN_WORDS = frozenset("""
monday tuesday wednesday thursday friday saturday sunday yesterday today tonight
morning afternoon evening night
""".split())
_CLAUSE_SUBJECTS = frozenset("he she they it we i there".split())
_CLAUSE_DETS = frozenset("the a an his her their its our this these those".split())


def _after_object(text: str, toks, lows, k: int, n: int) -> int | None:
    """Where the clause starts after "told <object>" with no "that".

    The object is a short run of names, titles and words like "reporters"
    ("the AP", "Fox News's Sean Hannity", "TheBlaze founder Glenn Beck"); the
    clause opens with a subject pronoun, or a determiner or name right after a
    name-like object. None when the shape is not that.
    """
    t = k
    if t < n and lows[t] in ("the", "a", "an"):
        t += 1
    first = t
    while t < n and t < first + 6:
        if _gap_punct(text, toks[t - 1][1], toks[t][0]):
            return None
        w, lw = text[toks[t][0]:toks[t][1]], lows[t].split("'")[0]
        if t > first and lw in _CLAUSE_SUBJECTS:
            return t
        if t > first and lw in _CLAUSE_DETS and (text[toks[t - 1][0]].isupper()
                                                 or lows[t - 1] in _OBJECT_WORDS):
            return t
        if t > first and w[:1].isupper() and lows[t - 1] in _OBJECT_WORDS:
            return t
        if not (w[:1].isupper() or lw in _OBJECT_WORDS or lw in TITLE_WORDS
                or lw in ("host", "show", "founder", "anchor")):
            return None
        t += 1
    return None


def _trim(text: str, s: int, e: int) -> tuple[int, int] | None:
    while s < e and text[s] in _TRIM:
        s += 1
    while e > s and text[e - 1] in _TRIM:
        e -= 1
    if len(re.findall(r"\w+", text[s:e])) < 2:
        return None
    return (s, e)
