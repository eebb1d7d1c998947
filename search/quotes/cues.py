"""The verbs and phrases that introduce reported speech, and the words around them.

A cue is what turns a clause into a quote: "said", "told", "according to",
"called on". Speech verbs are listed with their inflections so that matching is
a set lookup per token, which keeps the engine fast on large corpora.
"""

from __future__ import annotations

_SPEECH = """
say says said saying
tell tells told telling
add adds added adding
state states stated stating
argue argues argued arguing
warn warns warned warning
note notes noted noting
claim claims claimed claiming
insist insists insisted insisting
explain explains explained explaining
announce announces announced announcing
acknowledge acknowledges acknowledged acknowledging
admit admits admitted admitting
declare declares declared declaring
suggest suggests suggested suggesting
write writes wrote writing
tweet tweets tweeted tweeting
report reports reported
ask asks asked asking
reply replies replied replying
respond responds responded responding
answer answers answered
recall recalls recalled recalling
predict predicts predicted predicting
promise promises promised promising
vow vows vowed vowing
urge urges urged urging
accuse accuses accused accusing
complain complains complained complaining
concede concedes conceded conceding
confirm confirms confirmed confirming
deny denies denied denying
assert asserts asserted asserting
stress stresses stressed stressing
emphasize emphasizes emphasized emphasizing emphasise emphasises emphasised
reiterate reiterates reiterated reiterating
repeat repeats repeated repeating
maintain maintains maintained maintaining
contend contends contended contending
observe observes observed observing
remark remarks remarked remarking
mention mentions mentioned mentioning
joke jokes joked joking
testify testifies testified testifying
allege alleges alleged alleging
caution cautions cautioned cautioning
counter counters countered countering
boast boasts boasted boasting
lament laments lamented lamenting
quip quips quipped
shout shouts shouted shouting
yell yells yelled
scoff scoffs scoffed
retort retorts retorted
exclaim exclaims exclaimed
continue continues continued
conclude concludes concluded
agree agrees agreed agreeing
blast blasts blasted
slam slams slammed
charge charges charged
"""

_COGNITION = """
believe believes believed
think thinks thought
"""

FORMS: dict[str, str] = {}
for _line in _SPEECH.strip().splitlines():
    _ws = _line.split()
    for _w in _ws:
        FORMS[_w] = _ws[0]

COGNITION: dict[str, str] = {}
for _line in _COGNITION.strip().splitlines():
    _ws = _line.split()
    for _w in _ws:
        COGNITION[_w] = _ws[0]

# Verbs whose object comes before the content ("told reporters that ...").
TAKES_OBJECT = frozenset("tell ask urge accuse warn promise remind assure".split())

# "called on X to ...", "called for ...": the call is the cue only with these.
CALL_PARTICLES = frozenset("on for".split())

# Verbs that are cues only when the content starts with "that" or a clause
# (not "continued to rise", "added 3 per cent", "noted author").
NEED_CLAUSE = frozenset(
    "continue conclude agree repeat maintain observe report note add charge counter"
    " stress mention respond reply answer blast slam complain joke boast lament"
    " remark testify caution emphasize concede explain".split()
)

# Tokens allowed between a subject and its cue ("has also repeatedly said").
AUX = frozenset("""
has have had also later previously repeatedly once then again recently earlier further
subsequently flatly publicly privately reportedly would will could might may must
often frequently first last just even simply only quickly immediately bluntly openly
angrily long since already since ultimately finally now still initially originally
separately specifically explicitly directly personally in turn yesterday today
""".split())

# Subject words that are not people but still make a real cue ("officials said").
NONPERSON_PRONOUNS = frozenset("it they we i you one this that which".split())
PRONOUNS = {"he": "m", "she": "f"}

# After the cue, these open an adjunct to step over before the content.
ADJUNCT_OPENERS = frozenset("""
in at on during to from after before with via over through while when last this
earlier later monday tuesday wednesday thursday friday saturday sunday yesterday today
tonight repeatedly again also previously recently publicly privately
""".split())

# Words that stop a subject search: the token left of a cue is not a subject.
NOT_SUBJECT = frozenset("""
to be been being is was were are am not n't never didn't doesn't don't won't wouldn't
and or but the a an of for with by as than that
""".split())
