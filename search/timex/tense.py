"""Which way a bare "Friday" or "in March" points: the tense of its verb.

News copy says "said Sunday" for the Sunday just gone and "will meet Tuesday"
or "talks begin Tuesday" for the one to come. We look for the verb nearest
the expression inside its sentence (left side first, as English puts the verb
before its adjuncts), then let an auxiliary just before that verb ("will be
announced", "has been raised") overrule the verb's own form.
"""

from __future__ import annotations

import re
from typing import Literal

from .words import PREPS

Tense = Literal["past", "future", "present"]
# What `_classify` may also say: a modal perfect ("should have waited") is a
# verb, so the search stops there, but it dates nothing either way.
_Cue = Literal["past", "future", "present", "modal"]

_WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*(?:['’][a-z]+)?")  # "semi-open" is no "open"

_FUTURE_AUX = frozenset(
    "will 'll ’ll shall wo would going gonna expected scheduled slated due plans plan "
    "planning intends intend aims hopes upcoming set supposed".split()
)
_PAST_AUX = frozenset("was were had did has have been".split())
_PRESENT_AUX = frozenset("is are am 's ’s".split())

_IRREGULAR_PAST = frozenset(
    """said told met spoke took came went made gave got saw left began won lost fell rose held
    sent paid sold bought brought thought found kept led ran put hit shut quit wrote broke chose
    drove flew grew knew threw wore struck stood understood became forgot sought fought caught
    taught meant spent built lent felt dealt heard stole swore rang sang sank shot slept swept
    withdrew overtook undertook shook ate drew arose awoke forbade laid fled sprang sat tore
    woke bid stuck swung won't was were had did died owed eyed tied
    taken given written shown""".split()
)
# First parts of hyphenated verbs ("test-fired", "re-elected"); other
# hyphenated -ed words are adjectives ("seventh-seeded", "state-owned").
_VERB_PREFIXES = frozenset(
    """re co pre de non over under out mis cross test fast kick jump hand live double spot
    short air back sweet ring fine dry deep stir pan court""".split()
)
# -ed words that talk about the future or are not verbs at all.
_NOT_PAST_ED = frozenset(
    """expected scheduled slated planned proposed supposed need indeed hundred red bed shed
    speed seed feed weed bred embed united limited detailed advanced related based
    interested concerned used unexpected unprecedented heated unscheduled""".split()
)
# Present-tense verbs that, in news, announce something to come ("talks
# begin Tuesday"): read as future for weekdays and yearless dates.
_PRESENT_VERBS = frozenset(
    """begin begins start starts open opens meet meets hold holds take takes resume resumes
    end ends close closes kick kicks launch launches arrive arrives visit visits return
    returns leave leaves vote votes face faces head heads travel travels go goes come comes
    expire expires run runs retire retires resign resigns reopen reopens convene convenes
    debut debuts premiere premieres depart departs graduate graduates gather gathers
    speak speaks testify testifies celebrate celebrates unveil unveils releases
    publish publishes plays hosts tips""".split()
)
# Present verbs whose subject, opening the sentence, is the date itself: that
# day is today or to come ("Monday marks the 10th anniversary").
_SUBJECT_PRESENT = frozenset("is marks brings sees promises".split())
_FUTURE_WORDS = frozenset("tomorrow upcoming next".split())
_PAST_WORDS = frozenset("ago yesterday last earlier".split())


# "plans to", "is expected to", "wants to": an intention, so what follows is ahead.
_INTENT = frozenset(
    """plan plans planned planning intend intends intended want wants wanted hope hopes
    hoped expect expects expected scheduled slated set due ready prepared preparing
    going agreement agreed decided decision proposal proposed offer bid pledged promised
    vowed deal pact forecast predicted projected poised likely""".split()
)

# Verbs that look ahead through their object: "expect the rain to continue
# through the weekend", "wants the council to vote on Tuesday".
_OBJECT_INTENT = frozenset("expect expects expected want wants wanted need needs".split())

# Intent only in the passive: "is forecast to rise", not "its GDP forecast to a fall"
_PASSIVE_INTENT = frozenset("forecast predicted projected".split())
_BE = frozenset("is are was were be been being 's".split())

_MODALS = frozenset("should could would might may must can ought".split())
# A modal before a bare verb looks ahead; lower case only, or "May" is the month.
_BARE_MODALS = frozenset("can could might may must should".split())

# Before "be" + participle these put the event ahead; "could be located" or
# "must be returned" say nothing about when.
_BE_AHEAD = frozenset("to will shall would may might".split())

_DEGREE = frozenset("still newly recently previously already yet not once long".split())

# What may stand between an auxiliary and its verb: "will not be", "has also
# been", "would then have".
_BETWEEN_AUX_AND_VERB = frozenset(
    "be been being not never also still already just then now soon yet even only further "
    "have has had n't stay remain get".split()
)
# Past verbs that make someone do what follows "to": it was done.
_MADE_TO = frozenset("forced caused persuaded convinced prompted".split())
# Past tries and refusals: a weekday after them dates that past act
# ("threatened to run ... Thursday night", "refused to resign on Monday"); a
# month may still be the one threatened ("threatened to stop payments from
# August"), so for months they say nothing.
_TRIED_TO = frozenset(
    """threatened refused declined tried sought attempted failed managed moved began started
    continued appeared seemed rushed hesitated""".split()
)
# Past forms spelt like the bare verb: after "to" or "will" they are the bare verb.
_SAME_AS_BARE = frozenset("put hit shut quit bid".split())
# Words that make the next one a verb: "that would start", "to run", "did not end".
_AUX_ANY = _MODALS | {"will", "shall", "to", "not", "did", "does", "do", "has", "have", "had"}
# ... the bare verb, not a participle as after "has" ("has hit")
_BARE_AFTER = _AUX_ANY - {"has", "have", "had"}
_DETERMINERS = frozenset(
    "the a an its their his her our this that these those enough more most many few some "
    "any no all".split()
)


# Words in -ly that are no adverbs: "the rally starts Sunday" has its verb in
# "starts", where "the hastily planned trip" has none.
_LY_NOUNS = frozenset(
    """rally family assembly supply reply ally anomaly monopoly tally belly bully jelly lily
    folly july italy daily weekly monthly quarterly yearly holy fly""".split()
)


def _adverb(word: str) -> bool:
    """Whether a lower-case word is an -ly adverb ("hastily", "newly")."""
    return word.endswith("ly") and word not in _LY_NOUNS


def _past_form(w: str) -> bool:
    """Whether the lower-cased ``w`` is spelt as a past tense or participle."""
    return w in _IRREGULAR_PAST or (w.endswith("ed") and len(w) > 4 and w not in _NOT_PAST_ED)


def _relative_verb(before: str, w: str) -> bool:
    """Whether ``w`` after "that" is a relative clause's verb ("cuts that took
    effect Friday") rather than a noun ("that vote"): a plain past form."""
    return before.lower() == "that" and w not in _SAME_AS_BARE and _past_form(w)


def _classify(word: str, prev: list[str], day: bool = False) -> _Cue | None:
    """The tense a word signals, looking back at up to 3 words for an auxiliary
    (``day``: the expression is a weekday, which a past try dates)."""
    w = word.lower()
    if w.endswith(("'ll", "’ll")):
        return "future"  # "We'll know by summer", "they'll do": the auxiliary, contracted
    if prev and prev[-1].lower() in _DETERMINERS and not _relative_verb(prev[-1], w):
        return None  # "the close", "a planned merger": not the verb
    if len(prev) > 1 and prev[-2].lower() in _DETERMINERS and (
        prev[-1].lower() in _DEGREE or _adverb(prev[-1].lower())
    ):
        return None  # "a still unspecified date", "the hastily planned trip"
    if w.startswith("un") and w.endswith("ed"):
        return None  # "unspecified", "undisclosed", "unnamed": adjectives
    if prev and word[:1].isupper():
        return None  # mid-sentence capitals name: "on NBC's Meet the Press on Sunday"
    if (
        w in _PRESENT_VERBS
        and not w.endswith("s")
        and len(prev) > 1
        and prev[-2].lower() in _DETERMINERS
        and not prev[-1].lower().endswith("s")
        and prev[-1].lower() not in _AUX_ANY
    ):
        return None  # "got off to a rocky start Monday": the noun, after its adjective
    if (
        w in _NOUN_TOO
        and not w.endswith("s")
        and len(prev) > 1
        and prev[-1][:1].isupper()
        and not prev[-1].lower().endswith("s")
        and any(p.lower() in {"a", "an", "the"} for p in prev[-6:-1])
    ):
        return None  # "a U.N. Security Council vote Thursday": a named body's noun
    own: _Cue | None = None
    if w == "effective":
        # "a pact effective June 1" starts ahead; "became effective June 1" did not
        verb = next(
            (p for p in map(str.lower, reversed(prev)) if not _adverb(p) and p not in _DEGREE), ""
        )
        if verb in {"became", "was", "were", "went", "took", "had", "been"}:
            return "past"  # also "was tremendously effective throughout the spring"
        return "present"
    if w in _FUTURE_AUX and w not in {"set", "plan", "plans", "due"}:
        own = "future"
    elif w in _PRESENT_AUX:
        own = "present"
    elif w in _PAST_AUX or _past_form(w):
        if "-" in w and w.split("-")[0] not in _VERB_PREFIXES:
            return None  # "seventh-seeded", "state-owned", "Kremlin-backed": adjectives
        own = "past"
    elif w in _PRESENT_VERBS:
        own = "present"
    elif w in {"expected", "scheduled", "slated", "planned"}:
        own = "future"
    elif word in _BARE_MODALS:
        return "future"  # "a candidate who can win in November", "sales could rise in March"
    if own is None:
        return None
    back = [p.lower() for p in prev[-3:]]
    if own == "past" and w in _SAME_AS_BARE and back and back[-1] in _BARE_AFTER:
        own = "present"  # "is forecast to hit", "will put": the bare verb, not its past
    if own == "past" and len(back) >= 2 and back[-1] == "have" and back[-2] in _MODALS:
        return "modal"  # "should have waited until April": a counterfactual, not a dated past
    if own == "past" and back and back[-1] == "be" and len(back) >= 2:
        # "might not be reconnected": the word before "be", past any "not"
        aux = next((b for b in reversed(back[:-1]) if b != "not" and not _adverb(b)), "")
        if aux in _BE_AHEAD:
            return "future"  # "guidelines to be published", "may be completed"
        if aux in _MODALS:
            return "modal"  # "must be passed by Tuesday", "could be located": no past
    for lp in reversed(back):
        if lp in {"will", "shall", "would", "wo"} or lp.endswith(("'ll", "’ll")):
            return "future"
        if lp in {"to"} and own == "present":
            made = [i for i, b in enumerate(back) if b in _MADE_TO or (day and b in _TRIED_TO)]
            if made and (made[0] == 0 or back[made[0] - 1] not in {"be", "being"}):
                return "past"  # "the leak forced Schultz to resign Sunday", not "may be forced to"
            return "future"
        if lp in _PAST_AUX and lp not in {"been"}:
            return "past" if own != "future" else "future"
        if lp in _PRESENT_AUX:
            if own == "past" and w.endswith("ed"):
                return "present"
            if own == "past" and lp in {"is", "are", "am"} and _next_to(back, lp):
                return "present"  # a present passive: "is heard", "are held", "is now seen"
            return own
        if lp not in _BETWEEN_AUX_AND_VERB and not _adverb(lp):
            break  # "messages will resonate, he said": that "will" is another verb's
    return own


def _time_left(after: list[str]) -> bool:
    """Whether the words after a "has" give time left: "has (only) until", not a perfect."""
    words = [w.lower() for w in after]
    if words[:1] in (["only"], ["just"]):
        words = words[1:]
    return words[:1] in (["until"], ["till"])


def _next_to(back: list[str], aux: str) -> bool:
    """Whether ``aux`` directly precedes the verb, or with only an adverb between."""
    if back[-1] == aux:
        return True
    return len(back) >= 2 and back[-2] == aux and (back[-1] in _DEGREE or _adverb(back[-1]))


# A relative clause opened after a comma and not yet closed: ", who urged ..."
_RELATIVE_OPEN = re.compile(r",\s+(?:who|which|whose)\b[^,]*$")


def tense_near(
    text: str, sent_start: int, sent_end: int, start: int, end: int, day: bool = False
) -> Tense | None:
    """The tense governing the expression ``text[start:end]`` in its sentence.

    Left-hand words within 12 words win over right-hand ones within 6; None
    when the sentence gives no verb cue at all. ``day`` says the expression
    names a weekday.
    """
    left = [m.group(0) for m in _WORD.finditer(text, max(sent_start, start - 160), start)]
    if text[end : end + 1] == "," and _CLAUSE_OPENS_BEFORE.search(
        text, max(sent_start, start - 50), start
    ):
        # "He said that on Monday, the committee will vote": the date opens the
        # reported clause, whose own verb comes after it, not the "said".
        own = _tense_right(text, left, end, min(sent_end, end + 200), 24, clause=True)
        if own is not None:
            return _dated(own)
    if _NEW_CLAUSE_BEFORE.search(text, max(sent_start, start - 20), start):
        # "The first half was weak, but the second half should be stronger": the
        # expression is the subject of a new clause, whose verb follows it.
        own = _tense_right(text, left, end, min(sent_end, end + 120), 6)
        if own is not None:
            return _dated(own)
    # A fronted adjunct ("In January, a week after ..., a bombing killed ...")
    # belongs to the main clause, whose verb may come after a long subject.
    fronted = start - sent_start < 12 and text[end : end + 1] == ","
    reach = 200 if fronted else 120
    best: tuple[float, _Cue] | None = None
    for i in range(len(left) - 1, max(-1, len(left) - 13), -1):
        k = i if left[i].lower() == "to" else i - 1  # "to" itself, or the verb after it
        if k > 1 and left[k].lower() == "to" and left[k - 1].lower() == "were" and (
            "if" in (w.lower() for w in left[max(0, k - 6) : k - 1])
        ):
            return "future"  # "if his candidate were to win in November"
        if k > 0 and left[k].lower() == "to" and (intent := left[k - 1].lower()) in _INTENT:
            before = {w.lower() for w in left[max(0, k - 3) : k - 1]}
            if intent not in _PASSIVE_INTENT or before & _BE:
                if "had" in before:
                    return "past"  # "had been scheduled to expire Friday": the plan was overtaken
                return "future"  # "did not plan to remove him on Thursday morning"
        if (
            k > 1
            and left[k].lower() == "to"
            and _object_intent(left[max(0, k - 5) : k])
            and _plain_adjunct([w.lower() for w in left[k + 1 :]])
        ):
            return "future"  # "Forecasters expect the rain to continue through the weekend"
        if left[i].lower() in {"has", "have", "having"} and _time_left(left[i + 1 : i + 3]):
            best = (len(left) - i, "present")  # "has until June to pay": time left, no perfect
            break
        if left[i] in _BARE_MODALS and len(left) - i > 4 and not _far_modal_governs(left[i + 1 :]):
            continue  # "should rise 0.5 pct after being flat in January": too far to govern
        t = _classify(left[i], left[:i], day)
        if t is not None:
            best = (len(left) - i, t)
            break
    if best is not None:
        return _dated(best[1])
    # Only then the words after it ("Friday, Carney reiterated ..."); there a
    # bare present or an infinitive ("to close at $20") says nothing.
    fronted = fronted and len(left) <= 2
    stop = min(sent_end, end + reach)
    if fronted and (main := _main_clause_after(text, end, stop)) > end:
        # "On Monday, after weeks of talks that appeared close to collapse, the
        # parties are expected to sign": the verb of the adjunct is not the main one
        t = _tense_right(text, left, main, stop, 24)
        if t is not None:
            return _dated(t)
    closed = text[end : end + 1] == "," and _RELATIVE_OPEN.search(text, sent_start, start)
    # "Obama, who urged action in his address in February, plans to ...": the
    # verb after the relative clause is the main clause's, not the date's
    t = None if closed else _tense_right(text, left, end, stop, 24 if fronted else 6)
    if t is None and day:
        t = _far_left(left, 12, day)
    return _dated(t)


def _far_left(left: list[str], near: int, day: bool) -> _Cue | None:
    """A future verb further back than the ``near`` words next to the date,
    on which a chain of adjuncts hangs: "will travel to the West Bank on
    Thursday and to Jordan on Friday before returning to Washington on
    Saturday" dates the last day ahead.

    Only a future counts: with a past or present verb that far the default
    (the day just gone) is as good a guess. A modal that far back governs
    nothing ("could give no reason"), and an "after" or "following" between
    hands the day to another happening ("would try again after an unsuccessful
    attempt on Friday"), as does a noun right before it.
    """
    if not left or left[-1].lower() not in _PREPS_BUT_OF:
        return None  # "charged over the incident Sunday evening": the noun's day
    for i in range(len(left) - near - 1, -1, -1):
        if left[i] in _BARE_MODALS or (i and left[i - 1].lower() == "to"):
            continue  # nor does an infinitive: "hailed the vote to leave ..."
        t = _classify(left[i], left[:i], day)
        if t is not None:
            if t != "future" or _HANDED_ON.intersection(w.lower() for w in left[i + 1 :]):
                return None
            return t
    return None


# The prepositions a far verb's adjunct opens with ("of" belongs to a noun).
_PREPS_BUT_OF = PREPS - {"of"}
# Words that give a date to a happening other than the main verb's.
_HANDED_ON = frozenset("after following since despite amid than".split())


def _object_intent(before: list[str]) -> bool:
    """Whether the words before a "to" are a verb of intent and its object
    ("expect the rain", "wants the council"), with no other verb or "to" between
    ("is expected to narrow to" is no object)."""
    for i in range(len(before) - 1, -1, -1):
        w = before[i].lower()
        if w in _OBJECT_INTENT:
            return i < len(before) - 1 and "had" not in (b.lower() for b in before[:i])
        if w == "to" or _classify(before[i], before[:i]) is not None:
            return False
    return False


# Words that, between the infinitive and the date, hand the date to another
# happening: "to be better than the fourth quarter", "to accelerate in March
# after a disappointing increase in February", "below estimates ... in November".
_COMPARED = frozenset("than after since below above compared versus against".split())


def _plain_adjunct(between: list[str], most: int = 7) -> bool:
    """Whether the words between "to" and the date are the infinitive and its
    own complement: few (``most``), with no comparison or earlier happening
    among them (the word right before the date may be its preposition, "from
    April")."""
    if len(between) > most or "than" in between[-1:]:
        return False
    return not _COMPARED.intersection(between[:-1])


# Relative words: what follows them is another clause, with its own time
# ("the critics who on Sunday cast ...").
_RELATIVE = frozenset("who whom whose which that when where".split())
_PREP_OR_DET = PREPS | _DETERMINERS


def _far_modal_governs(between: list[str]) -> bool:
    """Whether a modal five or more words before the date still governs it
    ("could rise from the chapel's chimney by 8 p.m. Tuesday", "should be back
    to normal by the weekend"): the words between are its own complement, end
    in a preposition or determiner ("the win Tuesday" is a noun's day), and open
    no relative clause or comparison."""
    words = [w.lower() for w in between]
    if not words or words[-1] not in _PREP_OR_DET or _RELATIVE.intersection(words):
        return False
    # "could bring rain and sleet to the region on Tuesday night": a verb, its
    # object and a place may take eight words
    return _plain_adjunct(words, most=9)


def _dated(cue: _Cue | None) -> Tense | None:
    """The tense a cue gives; a modal perfect ("should have waited") dates nothing."""
    return None if cue == "modal" else cue


# Words that open a further adjunct or a subordinate clause after a fronted
# date: "On Monday, after weeks of talks, ...", "On Friday, as talks stalled, ...".
_ADJUNCT_OPENERS = frozenset(
    """after before amid despite following during in on at with without since until as
    when while although though because if""".split()
)


def _main_clause_after(text: str, end: int, stop: int) -> int:
    """Where the main clause starts after a fronted date and its comma: past
    the adjuncts and subordinate clauses that open with one of
    ``_ADJUNCT_OPENERS`` and close with a comma; ``end`` when there are none."""
    pos = end + 1
    while (m := _WORD.search(text, pos, stop)) and m.group(0).lower() in _ADJUNCT_OPENERS:
        if text[pos : m.start()].strip():
            break  # something other than space before the word
        comma = text.find(",", m.end(), stop)
        if comma < 0:
            break
        pos = comma + 1
    return pos if pos > end + 1 else end


def _tense_right(
    text: str, left: list[str], end: int, stop: int, within: int, clause: bool = False
) -> _Cue | None:
    """The first verb cue among ``within`` words after the expression; there a
    bare present or an infinitive ("to close at $20") says nothing.

    With ``clause`` (the expression opens a reported clause) a regular "-ed"
    after a noun is passed over: "that by early September, a campaign focused
    on winning" has its verb further on, and "said" stands behind if none.
    """
    right = [m.group(0) for m in _WORD.finditer(text, end, stop)]
    for j in range(min(len(right), within)):
        if j and right[j - 1].lower() == "to":
            continue
        if right[j].lower() in _INTENT and j + 1 < len(right) and right[j + 1] == "to":
            return "future"  # "On Tuesday, the league plans to hold a news conference"
        if right[j] in _BARE_MODALS:
            # In a reported clause ("that by September, a campaign must have its
            # teams up"), or with the expression as the modal's subject ("the
            # second half should be stronger"), the modal looks ahead; after a
            # preposition ("imports in February should also help") the month
            # is its subject's, and says nothing.
            if clause or (j == 0 and (not left or left[-1].lower() not in PREPS)):
                nxt = right[j + 1].lower() if j + 1 < len(right) else ""
                return "modal" if nxt in {"have", "had"} else "future"
            continue
        if j == 0 and not left and right[j].lower() in _SUBJECT_PRESENT:
            return "present"  # "Monday marks the anniversary", "Tuesday is the deadline"
        t = _classify(right[j], left + right[:j])
        if clause and t == "past" and _participle_after_noun(right[j], right[:j]):
            continue
        if t == "modal":
            return t
        if t is not None and (t != "present" or (j == 0 and _scheduled(right[j]))):
            return t  # "the speech on Tuesday starts at 1530 GMT": a schedule
    return None


def _participle_after_noun(word: str, before: list[str]) -> bool:
    """A regular past form after a common noun: "a campaign focused on"."""
    w = word.lower()
    if not w.endswith("ed") or w in _IRREGULAR_PAST or not before:
        return False
    prev = before[-1]
    return prev == prev.lower() and prev not in _PRONOUNS and prev not in _AUX_ANY | _PAST_AUX


# A comma and a conjunction right before the expression: it opens a new clause
# as its subject ("..., but the second half should be stronger").
_NEW_CLAUSE_BEFORE = re.compile(r"(?:[,;]\s*(?i:but|and|while|whereas|yet)|;)\s+$")

# A clause opener, then only prepositions, right before the expression:
# "that on Monday,", "but by Friday,", "and in 2014,".
_CLAUSE_OPENS_BEFORE = re.compile(
    r"(?<![\w'’])(?i:that|but|and|because|although|though|while)\s*,?\s+"
    r"(?:(?i:on|in|by|at|until|till|before|after|during|from|since|early|late)\s+)+$"
)


def _scheduled(word: str) -> bool:
    """A present verb of schedule right after the date ("Tuesday starts"), not
    a noun that may follow one ("June 30 end", "the Monday close")."""
    w = word.lower()
    return w in _PRESENT_VERBS and not (w in _NOUN_TOO and not w.endswith("s"))


_SCHEDULE_PREPS = frozenset("in on at by until from".split())
# Words that are as often nouns ("housing starts in April", "at end December",
# "a strong start in May") say nothing about the month ahead.
_NOUN_TOO = frozenset("start starts end run runs close vote votes face faces head heads".split())
# Before the verb, these make it a noun: "at end", "the opens", "a return".
_NOT_SUBJECT = frozenset("a an the at from by in of to until its their his her".split())


def scheduled_before(text: str, sent_start: int, start: int) -> bool:
    """Whether a scheduling verb in the present ("retires", "opens", "expires")
    governs the expression from just before it: "who retires in January" is
    the coming January, where "is the highest since January" looks back."""
    words = [m.group(0) for m in _WORD.finditer(text, max(sent_start, start - 60), start)]
    while words and words[-1].lower() in _SCHEDULE_PREPS:
        words.pop()
    if not words:
        return False
    verb = words[-1]
    if verb != verb.lower() or verb not in _PRESENT_VERBS or verb in _NOUN_TOO:
        return False  # "the U.S. Open in June" is a name
    return len(words) < 2 or words[-2].lower() not in _NOT_SUBJECT | {"did", "does", "do"}


# Of the words that are as often nouns, "head" and "vote" bare govern ("Voters
# head to the polls"); "the votes cast in Monday's election" is a noun.
_NOUN_UNLESS_BARE = _NOUN_TOO - {"head", "vote"}


def schedule_verb_governs(text: str, sent_start: int, start: int) -> bool:
    """Whether a present verb of schedule governs the expression from its left
    ("Voters head to the polls in Sunday's election", "Italians vote in
    Sunday's runoff"), with no other verb between."""
    words = [m.group(0) for m in _WORD.finditer(text, max(sent_start, start - 60), start)]
    for i in range(len(words) - 1, max(-1, len(words) - 7), -1):
        w = words[i]
        cue = _classify(w, words[:i])
        if cue is None:
            continue
        return cue == "present" and w in _PRESENT_VERBS and w not in _NOUN_UNLESS_BARE
    return False


_PRONOUNS = frozenset("he she they we i it who".split())
# Subject, verb, then at most "on", then the date: nothing else between.
_VERB_RIGHT_BEFORE = re.compile(
    rf"(?<![\w'’])(?P<subject>[A-Z][a-z]+|(?i:{'|'.join(sorted(_PRONOUNS))}))"
    r"\s+(?P<verb>[a-z]+)\s+(?:on\s+)?$"
)


def past_verb_just_before(text: str, sent_start: int, start: int) -> bool:
    """Whether someone's past act governs the date from right before it
    ("a tweet Labott posted on January 23", "he died Jan. 23"): that day is
    behind the writer, so a yearless date may not lie ahead.

    A participle after a noun ("shares registered on March 27", "the quarter
    ended March 31") and wire copy's "said April 10 it will redeem" stay open
    both ways, so the subject must be a pronoun or a name (a capital that
    does not merely open the sentence), and the verb not one of speech.
    """
    m = _VERB_RIGHT_BEFORE.search(text, max(sent_start, start - 40), start)
    if m is None or m["verb"] in {"said", "told"}:
        return False
    subject = m["subject"]
    if subject.lower() not in _PRONOUNS and m.start("subject") == sent_start:
        return False
    return _classify(m["verb"], [subject]) == "past"
