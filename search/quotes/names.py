"""Finding person names by their shape, and the key that matches their spellings.

A name is a run of capitalised words ("Francois-Philippe Champagne",
"Mr. LeBlanc", "ALFREDO ESTRELLA"). A run is kept as a person only with
evidence: an honorific or office title in front, a known given name first, or
a speech verb after it (decided by the caller). Runs holding organisation or
place words are never people, so "Mexico City" and "CBS News" stay out.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from search.quotes.lexicon import (
    COMMON_CAPS,
    GIVEN_NAMES,
    HONORIFICS,
    NATIONALITIES,
    ORG_WORDS,
    PARTICLES,
    PLACES,
    TITLE_WORDS,
)
from search.quotes.text import tokens

_POSSESSIVE = re.compile(r"[’']s?$")
# Calendar and function words that may also be names ("Theresa May", "Will Hurd").
_NAMEY = frozenset("may june april august will mark grant hope grace joy faith major".split())
_TRAILING = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday today tonight yesterday".split()
)


def person_key(name: str) -> str:
    """Accent-free, casefolded, hyphen/space-normalised key for a name.

    "François-Philippe Champagne", "Francois-Philippe Champagne" and
    "FRANCOIS PHILIPPE CHAMPAGNE" share one key, so one person gathers the
    quotes of every article however its writer spelled the name.
    """
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    s = s.replace("’", "'")
    words = [w for w in re.split(r"[\s\-‐‑–—_.]+", s) if w]
    while words and words[0].rstrip(".") in HONORIFICS:
        words.pop(0)
    return " ".join(words)


def fold(word: str) -> str:
    """Lowercase without accents, for looking words up in the lexicon."""
    s = unicodedata.normalize("NFKD", word)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def title_case(word: str) -> str:
    """ALFREDO -> Alfredo, FORTIN-LEFAIVRE -> Fortin-Lefaivre (caps names only)."""
    return re.sub(r"[^\W\d_]+", lambda m: m.group()[0] + m.group()[1:].lower(), word)


@dataclass(slots=True)
class Mention:
    """One capitalised run that may name a person.

    ``start``/``end`` cover the name words only (title and honorific outside);
    ``full_start`` includes them, so the caller can look left of the whole run.
    """

    start: int
    end: int
    full_start: int
    words: list[str]
    role: str | None
    honorific: str | None
    evidence: bool
    blocked: bool
    soft: bool = False

    @property
    def name(self) -> str:
        return " ".join(self.words)


def _is_cap(word: str) -> bool:
    return word[:1].isupper() or (word[:1].isdigit() is False and word[:1] == "Ó")


def _is_org(word: str) -> bool:
    w = fold(_POSSESSIVE.sub("", word))
    return w in ORG_WORDS or w in PLACES or w in NATIONALITIES or (
        w.endswith("s") and w[:-1] in NATIONALITIES  # "Mexicans", "Canadians"
    )


def cap_runs(text: str, start: int, end: int) -> list[list[tuple[int, int]]]:
    """Runs of capitalised tokens joined by single spaces (particles allowed)."""
    toks = tokens(text, start, end)
    runs: list[list[tuple[int, int]]] = []
    cur: list[tuple[int, int]] = []
    for i, (a, b) in enumerate(toks):
        w = text[a:b]
        joined = bool(cur) and text[cur[-1][1] : a] == " "
        if _is_cap(w):
            if cur and not joined:
                runs.append(cur)
                cur = []
            cur.append((a, b))
            continue
        lw = w.lower()
        if (
            cur
            and joined
            and (lw in PARTICLES or lw == "of")
            and i + 1 < len(toks)
            and _is_cap(text[toks[i + 1][0] : toks[i + 1][1]])
            and text[b : toks[i + 1][0]] == " "
        ):
            cur.append((a, b))
            continue
        if cur:
            runs.append(cur)
            cur = []
    if cur:
        runs.append(cur)
    return runs


def classify(text: str, run: list[tuple[int, int]]) -> Mention | None:
    """Split a capitalised run into role, honorific and name; judge evidence.

    Returns None when no name is left (a bare title, a sentence opener).
    ``blocked`` marks runs that look like organisations or places: they can
    never become people, even as the subject of "said".
    """
    words = [text[a:b] for a, b in run]
    # strip openers ("While", "The", "Last") from the left
    i = 0
    k = run[0][0]
    while k > 0 and text[k - 1] == " ":
        k -= 1
    mid_sentence = k > 0 and (text[k - 1].islower() or text[k - 1] == ",")
    while i < len(words) and fold(words[i]) in COMMON_CAPS and fold(words[i]) not in HONORIFICS:
        if mid_sentence and fold(words[i]) in _NAMEY and i + 1 < len(words) \
                and fold(words[i + 1]) not in COMMON_CAPS:
            break  # "said Will Doyle": mid-sentence, "Will" is a given name
        i += 1
    run, words = run[i:], words[i:]
    while words and (fold(words[-1]) in _TRAILING or words[-1].lower() in PARTICLES
                     or words[-1] == "of"):
        run, words = run[:-1], words[:-1]
    if not words:
        return None
    # last title or honorific word: everything up to it is the role
    cut = -1
    for k, w in enumerate(words[:-1]):
        fw = fold(w)
        if fw in TITLE_WORDS or fw.rstrip(".") + "." in HONORIFICS:
            cut = k
    honorific = None
    role_words: list[str] = []
    if cut >= 0:
        role_words = words[: cut + 1]
        # "Secretary of State John Kerry": the "of X" belongs to the title
        if cut + 3 < len(words) and words[cut + 1] == "of":
            role_words = words[: cut + 3]
            cut += 2
        name_words = words[cut + 1 :]
        name_run = run[cut + 1 :]
        last = fold(role_words[-1])
        if last in HONORIFICS or last + "." in HONORIFICS:
            honorific = role_words[-1]
            role_words = role_words[:-1]
    else:
        name_words, name_run = words, run
    if not name_words:
        return None
    if name_words[-1].lower() in PARTICLES or name_words[-1] == "of":
        return None
    name_words = list(name_words)
    name_words[-1] = _POSSESSIVE.sub("", name_words[-1]) or name_words[-1]
    if len(name_words) > 4:
        return None
    first = fold(name_words[0])
    given = first in GIVEN_NAMES and len(name_words) >= 2
    blocked = (
        any(fold(_POSSESSIVE.sub("", w)) in ORG_WORDS for w in name_words)
        or (not given and any(_is_org(w) for w in name_words))
        or "of" in name_words
        or any(fold(w) in COMMON_CAPS and fold(w) not in _NAMEY for w in name_words)
        or any(c.isdigit() for w in name_words for c in w)
        or (len(name_words) == 1 and len(name_words[0]) < 2)
    )
    # a lone "Israel" or "Read" may still be the surname of someone named in full
    soft = blocked and len(name_words) == 1 and len(name_words[0]) > 2 \
        and fold(_POSSESSIVE.sub("", name_words[0])) not in ORG_WORDS
    if len(name_words) == 1 and name_words[0].isupper() and honorific is None:
        blocked = True  # acronyms: GOP, CNN, NATO
    evidence = not blocked and (honorific is not None or bool(role_words) or given)
    end = name_run[-1][1]
    if text[end - 2 : end] in ("’s", "'s"):
        end -= 2
    elif text[end - 1 : end] in ("’", "'"):
        end -= 1
    role = " ".join(role_words) or None
    if role and fold(role_words[-1]) not in TITLE_WORDS:
        role = None
    return Mention(
        start=name_run[0][0],
        end=end,
        full_start=run[0][0],
        words=name_words,
        role=role,
        honorific=honorific,
        evidence=evidence,
        blocked=blocked,
        soft=soft,
    )


def find_mentions(text: str, start: int, end: int) -> list[Mention]:
    """Every capitalised run in a span that could be a person's name."""
    out = []
    for run in cap_runs(text, start, end):
        m = classify(text, run)
        if m is not None:
            out.append(m)
    return out


def gender_of(words: list[str], honorific: str | None) -> str | None:
    """'m', 'f' or None, from an honorific or a common given name."""
    if honorific:
        g = HONORIFICS.get(fold(honorific)) or HONORIFICS.get(fold(honorific) + ".")
        if g:
            return g
    if len(words) >= 2:
        return GIVEN_NAMES.get(fold(words[0]))
    return None


def canonical(words: list[str]) -> str:
    """Display form of a name: ALL CAPS runs are title-cased, others kept."""
    if all(w.isupper() for w in words if any(c.isalpha() for c in w)):
        return " ".join(title_case(w) for w in words)
    return " ".join(words)
