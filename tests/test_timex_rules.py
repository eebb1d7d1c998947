"""Each rule family of the date grammar on real-looking news sentences:
the span TimeML would draw, the type, and the value against a known anchor."""

from __future__ import annotations

import datetime as dt

import pytest

from search.timex import extract_timexes

MON = dt.date(2025, 8, 4)  # a Monday
WSJ = dt.date(1989, 11, 2)  # a Thursday, in a quarterly-earnings season


def one(text: str, anchor: dt.date | None = MON, expr: str | None = None):
    found = extract_timexes(text, anchor)
    if expr is not None:
        found = [t for t in found if t.expression == expr]
    assert found, f"nothing found in {text!r}: {extract_timexes(text, anchor)}"
    return found[0]


@pytest.mark.parametrize(
    ("text", "expr", "typ", "value", "anchor"),
    [
        # explicit calendar dates
        (
            "The flags fly near the bridge, Monday, Feb. 3, 2025, in Detroit.",
            "Monday, Feb. 3, 2025",
            "DATE",
            "2025-02-03",
            MON,
        ),
        (
            "The deal closed on March 26, 1996, in New York.",
            "March 26, 1996",
            "DATE",
            "1996-03-26",
            MON,
        ),
        (
            "SALVADOR, Feb 26 - Showers continued in the cocoa zone.",
            "Feb 26",
            "DATE",
            "2025-02-26",
            MON,
        ),
        (
            "The ceremony took place on 3 February 2025 in London.",
            "3 February 2025",
            "DATE",
            "2025-02-03",
            MON,
        ),
        (
            "The filing is dated 2024-03-11 in the registry.",
            "2024-03-11",
            "DATE",
            "2024-03-11",
            MON,
        ),
        # yearless dates follow the tense and the nearest year
        (
            "Both failed to reach deals by an Aug. 1 deadline set by Trump.",
            "Aug. 1",
            "DATE",
            "2025-08-01",
            MON,
        ),
        (
            "The dividend is payable Dec. 15 to stock of record Nov. 17.",
            "Dec. 15",
            "DATE",
            "1989-12-15",
            WSJ,
        ),
        (
            "Oneida declared a stock dividend, payable Dec. 15 to holders.",
            "Dec. 15",
            "DATE",
            "1989-12-15",
            WSJ,
        ),
        # months
        (
            "Mexico's president spoke at a press conference in July, 2025.",
            "July, 2025",
            "DATE",
            "2025-07",
            MON,
        ),
        (
            "The tariffs that Mr. Trump imposed on Canadian goods in March rose.",
            "March",
            "DATE",
            "2025-03",
            MON,
        ),
        ("The two will meet in person later in August.", "later in August", "DATE", "2025-08", MON),
        ("Sales fell last April, the company said.", "last April", "DATE", "1989-04", WSJ),
        ("Prices peaked in August 1988 before falling.", "August 1988", "DATE", "1988-08", WSJ),
        (
            "He stepped down as chairman in March for health reasons.",
            "March",
            "DATE",
            "1989-03",
            WSJ,
        ),
        # years, decades, centuries, fiscal years
        (
            "Nearly $56 billion crossed the border in 2024, officials said.",
            "2024",
            "DATE",
            "2024",
            MON,
        ),
        ("Profit rose in fiscal 1989, the company said.", "fiscal 1989", "DATE", "1989", WSJ),
        ("The budget for fiscal year 2014 begins Oct. 1.", "fiscal year 2014", "DATE", "2014", WSJ),
        ("Arrests are under fiscal year 2014 levels.", "fiscal year 2014", "DATE", "2014", WSJ),
        ("The plant will close by the end of 1990.", "the end of 1990", "DATE", "1990", WSJ),
        ("Inflation soared in the late 1970s.", "the late 1970s", "DATE", "197", WSJ),
        ("It was the worst slump of the 20th century.", "the 20th century", "DATE", "19", WSJ),
        ("The economy boomed in the nineties, he said.", "the nineties", "DATE", "199", WSJ),
        ("Elections were held in nineteen ninety-six.", "nineteen ninety-six", "DATE", "1996", WSJ),
        # quarters and halves
        ("Earnings fell in the third quarter.", "the third quarter", "DATE", "1989-Q3", WSJ),
        (
            "The company posted third-quarter earnings of $1.2 million.",
            "third-quarter",
            "DATE",
            "1989-Q3",
            WSJ,
        ),
        (
            "Growth picked up in the first quarter of 2024.",
            "the first quarter of 2024",
            "DATE",
            "2024-Q1",
            MON,
        ),
        (
            "Revenue will rise in the first half of 2026, it said.",
            "the first half of 2026",
            "DATE",
            "2026-H1",
            MON,
        ),
        # seasons
        ("The company expanded in the fall of 2022.", "the fall of 2022", "DATE", "2022-FA", MON),
        ("Construction will begin this summer.", "this summer", "DATE", "2025-SU", MON),
        ("Talks collapsed last spring.", "last spring", "DATE", "2025-SP", MON),
        # the modifier before "this/last" is inside the span, as with months and years
        ("The report is due later this summer.", "later this summer", "DATE", "2025-SU", MON),
        ("The plant closed early last winter.", "early last winter", "DATE", "2024-WI", MON),
        # deictic and relative units
        (
            "Senior officials confirmed the meeting yesterday.",
            "yesterday",
            "DATE",
            "2025-08-03",
            MON,
        ),
        ("Two ministers will be in Mexico City this week.", "this week", "DATE", "2025-W32", MON),
        (
            "Last month, Carney and Sheinbaum spoke over the phone.",
            "Last month",
            "DATE",
            "2025-07",
            MON,
        ),
        (
            "At the end of last year, B.C. announced a trade office.",
            "the end of last year",
            "DATE",
            "2024",
            MON,
        ),
        ("Output will rise early next year.", "early next year", "DATE", "2026", MON),
        ("Shares rose 5% last week.", "last week", "DATE", "2025-W31", MON),
        (
            "The firm earned $3 million, up from $2 million a year ago.",
            "a year ago",
            "DATE",
            "2024",
            MON,
        ),
        ("Six months ago the plant was idle.", "Six months ago", "DATE", "2025-02", MON),
        ("Two weeks ago the talks resumed.", "Two weeks ago", "DATE", "2025-W30", MON),
        (
            "The board met on Monday and again the following day.",
            "the following day",
            "DATE",
            "2025-08-05",
            MON,
        ),
        (
            "The law passed in 1987. A year earlier, it had failed.",
            "A year earlier",
            "DATE",
            "1986",
            MON,
        ),
        # below a year, "N days later" is an anchored length: the DURATION without the signal
        ("Three days later, as of Friday's close, the index was up.", "Three days", "DURATION",
         "P3D", MON),
        ("Just over an hour later, he was declared dead.", "over an hour", "DURATION", "PT1H",
         MON),
        ("A few days later, the hospital announced sharp losses.", "A few days", "DURATION",
         "PXD", MON),
        ("He is now the chairman.", "now", "DATE", "PRESENT_REF", MON),
        ("The firm recently cut jobs.", "recently", "DATE", "PAST_REF", MON),
        ("Rates will stay low in the near future.", "the near future", "DATE", "FUTURE_REF", MON),
        ("Mars was habitable in the distant past.", "the distant past", "DATE", "PAST_REF", MON),
        ("Takeovers had excesses in the recent past.", "the recent past", "DATE", "PAST_REF",
         MON),
        ("Rates could fall in the not too distant future.", "the not too distant future", "DATE",
         "FUTURE_REF", MON),
        (
            "Stores were crowded over the weekend, police said.",
            "the weekend",
            "DATE",
            "2025-W31-WE",
            MON,
        ),
        # weekdays and tense
        (
            "“We are eager to reset the relationship,” Fortin-LeFaivre said Sunday.",
            "Sunday",
            "DATE",
            "2025-08-03",
            MON,
        ),
        (
            "The meeting will take place Tuesday and Wednesday.",
            "Wednesday",
            "DATE",
            "2025-08-06",
            MON,
        ),
        (
            "The two days of talks, which will tackle trade, begin Tuesday.",
            "Tuesday",
            "DATE",
            "2025-08-05",
            MON,
        ),
        (
            "Friday, Carney reiterated Canada's commitment to the agreement.",
            "Friday",
            "DATE",
            "2025-08-01",
            MON,
        ),
        (
            "Mr. Carney said in a statement released Friday that Canada remains committed.",
            "Friday",
            "DATE",
            "2025-08-01",
            MON,
        ),
        ("The index closed higher Monday, traders said.", "Monday", "DATE", "2025-08-04", MON),
        (
            "Telerate shares fell 50 cents on Friday to close at $20.",
            "Friday",
            "DATE",
            "1989-10-27",
            WSJ,
        ),
        ("The vote is scheduled for next Friday.", "next Friday", "DATE", "2025-08-08", MON),
        # times
        (
            "Police said the fire started Monday night.",
            "Monday night",
            "TIME",
            "2025-08-04TNI",
            MON,
        ),
        ("The two sides met Tuesday morning.", "Tuesday morning", "TIME", "2025-07-29TMO", MON),
        (
            "Officials said they did not plan to remove the boy on Thursday morning.",
            "Thursday morning",
            "TIME",
            "2025-08-07TMO",
            MON,
        ),
        (
            "The blast was heard around 7:15 p.m. in the city center.",
            "around 7:15 p.m.",
            "TIME",
            "2025-08-04T19:15",
            MON,
        ),
        ("Voters will go to the polls tonight.", "tonight", "TIME", "2025-08-04TNI", MON),
        # a clock time takes the day named just after it, past a GMT aside or "on"
        ("The blast occurred at about 10:35 a.m. (0735 GMT) Friday, toppling a building.",
         "10:35 a.m.", "TIME", "2025-08-01T10:35", MON),
        ("He was shot at 10 p.m. on Saturday as he stood in his kitchen.", "10 p.m.", "TIME",
         "2025-08-02T22:00", MON),
        # durations
        (
            "Mexico received a 90-day extension to continue trade talks.",
            "90-day",
            "DURATION",
            "P90D",
            MON,
        ),
        ("The strike lasted two days.", "two days", "DURATION", "P2D", MON),
        # "the past year" is the year just gone, as TimeBank marks it (both times it
        # occurs there); "the past two years" and "the past decade" stay lengths
        ("That relationship suffered in the past year.", "the past year", "DATE", "2024", MON),
        ("Hate groups grew rapidly over the last year.", "the last year", "DATE", "2024", MON),
        ("Violence has become routine over the past decade.", "the past decade", "DURATION",
         "P10Y", MON),
        ("Sales rose in the past two months.", "the past two months", "DURATION", "P2M", MON),
        (
            "The talks went on for more than four hours.",
            "more than four hours",
            "DURATION",
            "PT4H",
            MON,
        ),
        (
            "Profit rose 5% in the first nine months.",
            "the first nine months",
            "DURATION",
            "P9M",
            MON,
        ),
        ("Prices have been falling for several years.", "several years", "DURATION", "PXY", MON),
        ("The bonds carry a 30-year maturity.", "30-year", "DURATION", "P30Y", MON),
        # bare "the year" of earnings copy
        ("For the year, pet food volume was flat.", "the year", "DATE", "1989", WSJ),
        (
            "Its stock rose to a high for the year of $42.875 a share in June.",
            "the year",
            "DATE",
            "1989",
            WSJ,
        ),
        (
            "Revenue was $76 million for the year ended March 31.",
            "the year",
            "DURATION",
            "P1Y",
            WSJ,
        ),
        # British copy's "the year to February": twelve months up to it, a length
        ("Inflation rose to 2.8% in the year to February.", "the year", "DURATION", "P1Y",
         dt.date(2013, 3, 22)),
        ("Sales rose 4% in the year through March.", "the year", "DURATION", "P1Y", WSJ),
        # sets
        ("The committee meets every week.", "every week", "SET", "P1W", MON),
        ("The rate is reviewed annually.", "annually", "SET", "P1Y", MON),
        ("A flight departs each Thursday from Bombay.", "each Thursday", "SET", "XXXX-WXX-4", MON),
        ("Games draw crowds every Friday night.", "every Friday night", "SET", "XXXX-WXX-5TNI",
         MON),
        ("Sunday mornings are quiet here.", "Sunday mornings", "SET", "XXXX-WXX-7TMO", MON),
        # holidays
        ("Shops will close on Christmas Day.", "Christmas Day", "DATE", "2025-12-25", MON),
        # "on a daily basis" is the adverbial SET; "a quarterly dividend" stays an adjective
        ("We are investigating hundreds of leads on a daily basis.", "daily", "SET", "P1D", MON),
        # US Election Day: the Tuesday after the first Monday in November
        ("Clinic violence will be a theme of our campaign from now to Election Day.",
         "Election Day", "DATE", "1998-11-03", dt.date(1998, 10, 26)),
        ("Voters stayed home on Election Day.", "Election Day", "DATE", "2024-11-05", MON),
        # "the day before (after) <weekday>" is one day off that weekday
        ("The day before last Tuesday's court hearing, Manuel went to the house.",
         "The day before last Tuesday", "DATE", "2025-07-28", MON),
        # a possessive month is a month, and what it reports is behind us
        ("After a small revision Friday to December's figures, payrolls rose.", "December",
         "DATE", "2024-12", dt.date(2025, 2, 10)),
        ("Economists will study November's jobs report closely.", "November", "DATE",
         "2025-11", dt.date(2025, 2, 10)),
        # "current" the adjective is the present; "then current" a past present
        ("The company delayed construction because of current market conditions.",
         "current", "DATE", "PRESENT_REF", MON),
        ("Holders may buy shares at 50% of the then current market price.",
         "then current", "DATE", "PAST_REF", MON),
    ],
)
def test_rule(text: str, expr: str, typ: str, value: str, anchor: dt.date) -> None:
    t = one(text, anchor, expr)
    assert (t.type, t.value) == (typ, value)
    assert text[t.start : t.end] == expr


@pytest.mark.parametrize(
    "text",
    [
        "Officials may decide to march on the capital.",  # modal "may", verb "march"
        "The company hired 2,000 workers and sold 1988 shares.",
        "We said the sun would shine.",  # "We", "Sun" are not dates
        "He scored 2000 points in his career.",
        "The fall of the Berlin Wall changed Europe.",
        "April Smith, a spokeswoman, declined to comment.",
        "She was named Coach of the Year by the league.",
        "He was voted player of the year by his teammates.",
        "The case is for today's youth what the embargo was for their parents.",
        "The chips are in many of today's personal computers.",
        "The current swept the swimmer away from the beach.",
        "The current account deficit widened in the period.",
        "A direct-current motor drives the pump.",
        "Theresa May's cabinet met in London.",
        # TimeBank leaves "the foreseeable future" unmarked, both times it has one
        "They will remain neutral for the foreseeable future.",
        "He fought in the last year of the war.",
        "Management expects revenue to increase by 20% annually.",
        "The plant would produce about 10,000 units annually.",
    ],
)
def test_not_a_date(text: str) -> None:
    assert extract_timexes(text, MON) == []


def test_no_anchor_still_detects() -> None:
    found = {
        t.expression: t.value
        for t in extract_timexes(
            "He said Friday that sales rose last year and will fall on Aug. 1 and in March.", None
        )
    }
    assert found["Friday"] == "XXXX-WXX-5"
    assert found["last year"] == "PAST_REF"
    assert found["Aug. 1"] == "XXXX-08-01"
    assert found["March"] == "XXXX-03"


def test_spans_limit_the_scan_and_offsets_index_the_text() -> None:
    text = "Headline: Talks on Monday. Body: Talks begin Tuesday. Caption: Photo taken Friday."
    body = (text.index("Body"), text.index(" Caption"))
    found = extract_timexes(text, MON, spans=[body])
    assert [t.expression for t in found] == ["Tuesday"]
    t = found[0]
    assert text[t.start : t.end] == "Tuesday"
    assert text[t.sentence_start : t.sentence_end] == "Body: Talks begin Tuesday."


def test_sentence_bounds_skip_abbreviations() -> None:
    text = "Mr. Smith met the U.S. envoy on Feb. 3. He left Tuesday."
    t = one(text, MON, "Feb. 3")
    assert text[t.sentence_start : t.sentence_end] == "Mr. Smith met the U.S. envoy on Feb. 3."


@pytest.mark.parametrize(
    ("text", "expr", "sentence"),
    [
        # a dotted name after an article goes on into the name it starts
        ("Trade followed a U.N. Security Council vote Thursday. Then talks began.", "Thursday",
         "Trade followed a U.N. Security Council vote Thursday."),
        ("The U.S. Senate voted Tuesday. Aides left.", "Tuesday", "The U.S. Senate voted Tuesday."),
        # ... unless what follows opens a sentence of its own
        ("He flew to the U.S. The talks ended Tuesday.", "Tuesday", "The talks ended Tuesday."),
        ("He flew to Washington, U.S. Talks ended Tuesday.", "Tuesday", "Talks ended Tuesday."),
    ],
)
def test_sentence_bounds_around_dotted_names(text: str, expr: str, sentence: str) -> None:
    t = one(text, MON, expr)
    assert text[t.sentence_start : t.sentence_end] == sentence


FEB = dt.date(2025, 2, 10)  # a Monday in February


@pytest.mark.parametrize(
    ("text", "expr", "value", "anchor"),
    [
        # a passive infinitive or "will be" + participle looks ahead
        (
            "He added that final guidelines to be published in early November will decide.",
            "early November",
            "1989-11",
            dt.date(1989, 10, 30),
        ),
        # a noun in -ly is no adverb: "starts" is the verb of "the rally", and looks ahead
        ("The rally starts Sunday in Des Moines.", "Sunday", "1989-11-05",
         dt.date(1989, 10, 30)),
        ("The family returns on Monday, aides said.", "Monday", "1989-11-06",
         dt.date(1989, 10, 31)),
        # a plan that "had been" made was overtaken: the day is behind us
        ("The offer had been due to expire Friday evening.", "Friday evening", "1989-10-27TEV",
         dt.date(1989, 10, 30)),
        ("The offer had been scheduled to expire at midnight Friday.", "midnight Friday",
         "1989-10-27T24:00", dt.date(1989, 10, 30)),
        # a past verb opening a relative clause after "that" is no noun
        ("The spending cuts that took effect Friday are expected to shave growth.", "Friday",
         "2013-03-01", dt.date(2013, 3, 5)),
        # "a U.N. Security Council vote": the vote is a noun, and says nothing ahead
        ("The threats followed a nuclear test on Feb. 12 and a U.N. Security Council vote "
         "Thursday to tighten sanctions.", "Thursday", "2013-03-07", dt.date(2013, 3, 11)),
        # a contracted "will" looks ahead
        ('"It might be the top. We\'ll know by summer."', "summer", "2013-SU",
         dt.date(2013, 3, 5)),
        ('"Nobody knows what they\'ll do until June," said Karen Liu.', "June", "2013-06",
         dt.date(2013, 3, 26)),
        # a present perfect's state lasts "until" a time still to come
        ("United has removed the Dreamliner from its schedules until at least June.", "June",
         "2013-06", dt.date(2013, 3, 15)),
        ("Japan Airlines has pulled the plane from its schedules until Aug. 31.", "Aug. 31",
         "2013-08-31", dt.date(2013, 3, 15)),
        ("He waited until April to sell.", "April", "2024-04", FEB),
        # what was done "ahead of" a day may be months before it
        ("Last month, Trump fired his manager, a change that was seen as an attempt to appear "
         "more presidential ahead of the Nov. 8 election.", "Nov. 8", "2016-11-08",
         dt.date(2016, 7, 3)),
        # data "due Friday" are still to come
        ("Revised data due Friday are expected to show that it barely grew.", "Friday",
         "2013-03-08", dt.date(2013, 3, 4)),
        # a hyphenated -ed word is an adjective, not the verb
        ("The Eagles will face seventh-seeded San Diego State on Sunday.", "Sunday",
         "2013-03-24", dt.date(2013, 3, 23)),
        ("North Korea test-fired a missile on Tuesday.", "Tuesday", "2013-03-05",
         dt.date(2013, 3, 8)),
        # a modal, "not" and "be" before a participle: no past
        ("Officials warned that some homes might not be reconnected until Sunday.", "Sunday",
         "2013-03-10", dt.date(2013, 3, 8)),
        # a modal still governs a verb, its object and a place
        ("Forecasters said a weaker system could bring rain and sleet to the region on Tuesday "
         "night.", "Tuesday night", "2013-03-12TNI", dt.date(2013, 3, 8)),
        # the verb after a relative clause belongs to the main clause
        ("Obama, who urged Congress to act on guns in his State of the Union address in "
         "February, plans to keep up the pressure.", "February", "2013-02",
         dt.date(2013, 3, 20)),
        # results are reported for a quarter gone by
        ("The company said it will report a fourth quarter loss.", "fourth quarter", "1986-Q4",
         dt.date(1987, 3, 12)),
        # "midday" before a weekday is that day's noon, one expression
        ("The ultimatum expired at midday Friday.", "midday Friday", "1989-10-27T12:00",
         dt.date(1989, 10, 30)),
        ("Talks are scheduled to begin Friday.", "Friday", "2025-08-08", MON),
        # a modal perfect is counterfactual, not a dated past: "until April" looks ahead
        ("Critics said he should have waited until April to sell.", "April", "2025-04", FEB),
        ("He waited until April to sell.", "April", "2024-04", FEB),
        # "could be located" is no promise of the future
        ("Neither he nor his wife could be located Wednesday.", "Wednesday", "2025-07-30", MON),
        # a participle after "a still" is an adjective, not the verb
        (
            "The dividend would be paid on a still unspecified date in January.",
            "January",
            "1990-01",
            dt.date(1989, 10, 26),
        ),
        # an agreement or decision to do something points past itself
        (
            "Thermo announced an agreement to purchase the line for $22 million in February.",
            "February",
            "1990-02",
            dt.date(1989, 10, 30),
        ),
        ("NATO has decided to admit Poland in early March.", "early March", "2025-03", FEB),
        # "will stay closed": the participle after "stay" is no past of its own
        ("Banks will stay closed until Tuesday, the central bank said.", "Tuesday",
         "2013-03-26", dt.date(2013, 3, 22)),
        # a forecast in the passive, or "likely to", looks ahead; "hit" after "to" is no past
        ("The storm is forecast to hit on Saturday.", "Saturday", "2013-03-23",
         dt.date(2013, 3, 22)),
        ("Gold is likely to rise in the second half of the year.", "the second half of the year",
         "1987-H2", dt.date(1987, 3, 18)),
        # ... but a forecast made is a noun, and "the current" month is this year's
        ("It cut its GDP forecast to a fall against the drop forecast in December.", "December",
         "1986-12", dt.date(1987, 3, 18)),
        ("Profits were likely to bottom out in the current January-March quarter.",
         "the current January-March quarter", "1987-Q1", dt.date(1987, 3, 18)),
        # "effective" a date starts ahead, unless it already "became effective"
        ("The board created an office of the chairman, effective Feb. 1.", "Feb. 1",
         "1990-02-01", dt.date(1989, 10, 26)),
        ("The rule became effective Feb. 1, officials said.", "Feb. 1", "2025-02-01", FEB),
        # a present passive is present, so a yearless month soon after lies ahead
        ("He may lose the fight when the case is heard in April in the appeals court.",
         "April", "2025-04", FEB),
        ("The statements made Friday were released by the White House.", "Friday",
         "2025-08-01", MON),
        # a fronted adjunct takes the main clause's verb, past a long subject
        (
            "On Thursday, the National Abortion Rights Action League plans to hold a news "
            "conference.",
            "Thursday",
            "2025-08-07",
            MON,
        ),
        (
            "On Friday, the city council of the small eastern town of Bihac voted to close it.",
            "Friday",
            "2025-08-01",
            MON,
        ),
        # ... however long the fronted adjunct itself is
        (
            "In January, a week after the 25th anniversary of the Roe vs. Wade Supreme Court "
            "decision, a clinic bombing in Birmingham, Ala., killed a security guard.",
            "January",
            "1998-01",
            dt.date(1998, 10, 25),
        ),
        # "the hastily planned trip": a participle after an adverb is an adjective
        ("On Friday, when she cut short her holiday for the hastily planned trip, the "
         "department lifted a warning.", "Friday", "2025-08-01", MON),
    ],
)
def test_tense_cues(text: str, expr: str, value: str, anchor: dt.date) -> None:
    assert one(text, anchor, expr).value == value


OCT30 = dt.date(1989, 10, 30)  # a Monday


@pytest.mark.parametrize(
    ("text", "expr", "value", "anchor"),
    [
        # "this summer" is the publication year's summer, over or to come
        ("Protesters pledged to block the roads this summer.", "this summer", "2025-SU", FEB),
        ("The stock began trading this summer at $14.", "this summer", "1989-SU", OCT30),
        # "the previous Friday" counts from the day the story is telling, not from today
        (
            "On Friday the index shed 47 points, down 4.5% from the previous Friday.",
            "the previous Friday",
            "1989-10-20",
            OCT30,
        ),
        # "until": ahead, unless the verb says the day is behind us
        ("Until Thursday, they had not called him a suspect.", "Thursday", "1989-10-26", OCT30),
        (
            "The agency has given the relatives until 9 a.m. Tuesday to sign the paper.",
            "9 a.m. Tuesday",
            "1989-10-31T09:00",
            OCT30,
        ),
        ("Officials postponed until Tuesday morning any action.", "Tuesday morning",
         "1989-10-31TMO", OCT30),
        # "Wednesday's ruling" is an event the story reports: behind us, even under "would"
        ("The relatives said they would look for ways to get around Wednesday's ruling.",
         "Wednesday", "1989-10-25", OCT30),
        ("Stocks fell further after Friday's close.", "Friday", "1989-10-27", OCT30),
        # ... unless an explicit future cue puts it ahead
        ("Traders will watch Friday's jobs report closely.", "Friday", "1989-11-03", OCT30),
        ("Shares rose ahead of Thursday's vote.", "Thursday", "1989-11-02", OCT30),
        # a deadline lies ahead unless the sentence tells it as past
        ("Officials are racing to meet Friday's deadline.", "Friday", "1989-11-03", OCT30),
        ("The company missed Friday's deadline.", "Friday", "1989-10-27", OCT30),
        # a deadline month lies ahead
        ("The plan is to pay down the bridge loan by February.", "February", "1990-02", OCT30),
        ("The agency gave the company until mid-November to reply.", "mid-November", "1989-11",
         OCT30),
        ("Sales had fallen sharply by February.", "February", "1989-02", OCT30),
        # "as soon as" a few words back still looks ahead
        ("Institutions were likely to buy the stock as soon as trading opened Monday.",
         "Monday", "1989-11-06", dt.date(1989, 11, 1)),
        # a credit line extended "through" a month runs ahead; a past "through" stays behind
        ("Lenders have extended the company $90 million in revolving loans through January.",
         "January", "1990-01", OCT30),
        ("Sales rose steadily through January, the company said.", "January", "1989-01",
         OCT30),
        # "last Oct. 23" is a day, and "last" puts it behind us
        ("He was shot to death last Oct. 23 at his home.", "Oct. 23", "1988-10-23",
         dt.date(1989, 4, 19)),
        ("The notes mature next March 1, the company said.", "March 1", "1990-03-01", OCT30),
        # no verb to go by: a month-day half a year ahead is more likely the one just gone
        ("The index ended within 70 points of its record high set on Aug. 6.", "Aug. 6",
         "2024-08-06", FEB),
        ("A vote on March 3 is the next hurdle for the bill.", "March 3", "2025-03-03", FEB),
    ],
)
def test_direction_cues(text: str, expr: str, value: str, anchor: dt.date) -> None:
    assert one(text, anchor, expr).value == value


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        # decades and centuries are written in years, as TimeBank's annotators do
        ("The jobless rate is the lowest figure for almost two decades.", "almost two decades",
         "P20Y"),
        ("Threats had become routine over the past decade.", "the past decade", "P10Y"),
        ("Republics have ruled there for a century.", "a century", "P100Y"),
        # a fraction of a unit goes to the next smaller unit
        ("She will spend about 5 1/2 hours in Nairobi.", "about 5 1/2 hours", "PT5H30M"),
        ("They lived in refugee camps for 2 1/2 years.", "2 1/2 years", "P2Y6M"),
        ("The trial lasted 1 1/2 days.", "1 1/2 days", "P1DT12H"),
        # a fraction before a hyphenated unit, or joined by a hyphen as wire copy writes it
        ("The dollar hit a 3 1/2-year high.", "3 1/2-year", "P3Y6M"),
        ("The unit won an 11-1/2-year contract.", "11-1/2-year", "P11Y6M"),
        ("The flight now takes 11-1/2 hours.", "11-1/2 hours", "PT11H30M"),
        # "a couple of" is two
        ("The mood is not going to change for a couple of years.", "a couple of years", "P2Y"),
        ("He left the company a couple of years ago.", "a couple of years ago", "2023"),
        # a fortnight is two weeks, whatever the count or direction
        ("A ruling is due in a fortnight.", "a fortnight", "P2W"),
        ("The talks lasted three fortnights.", "three fortnights", "P6W"),
        ("The ship sailed a fortnight ago.", "a fortnight ago", "2025-W30"),
    ],
)
def test_duration_values(text: str, expr: str, value: str) -> None:
    assert one(text, MON, expr).value == value


@pytest.mark.parametrize(
    ("text", "expr", "typ", "value", "anchor"),
    [
        # the month just gone is "last month": "last February" said in March is a year back
        ("Two helicopters crashed last February.", "last February", "DATE", "1997-02",
         dt.date(1998, 3, 1)),
        ("The treaty was signed last May.", "last May", "DATE", "1997-05", dt.date(1998, 2, 27)),
        # parts of the day with their day
        ("In London at mid-afternoon yesterday, shares were up 2 pence.",
         "mid-afternoon yesterday", "TIME", "1989-11-01TAF", WSJ),
        ("By mid afternoon, official sources were saying the fighting had stopped.",
         "mid afternoon", "TIME", "2025-08-04TAF", MON),
        ("He is scheduled to appear before a judge at midday.", "midday", "TIME",
         "2025-08-04T12:00", MON),
        # years spelled out in broadcast transcripts
        ("That is the level we saw in the winter of nineteen ninety-four.",
         "the winter of nineteen ninety-four", "DATE", "1994-WI", MON),
        ("January nineteen ninety-seven. Atlanta again.", "January nineteen ninety-seven",
         "DATE", "1997-01", MON),
        ("He promised to halve unemployment by the year two thousand.",
         "the year two thousand", "DATE", "2000", MON),
    ],
)
def test_days_and_spelled_years(text: str, expr: str, typ: str, value: str,
                                anchor: dt.date) -> None:
    t = one(text, anchor, expr)
    assert (t.type, t.value) == (typ, value)


def test_spelled_number_of_years_is_not_a_year() -> None:
    found = extract_timexes("Families have kept the secret for two thousand years.", MON)
    assert all(t.value != "2000" for t in found)


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        # "the 1988 quarter" is the quarter being reported, a year back
        ("Net rose in the third quarter. It earned $376,000 in the 1988 quarter.",
         "the 1988 quarter", "1988-Q3"),
        ("Profit rose in the third quarter. In the 1988 period, it earned $20.6 million.",
         "the 1988 period", "1988-Q3"),
        # ... but after "the first nine months" the period is the year
        ("In the first nine months, net was $306 million, against a loss in the 1988 period.",
         "the 1988 period", "1988"),
    ],
)
def test_year_named_period(text: str, expr: str, value: str) -> None:
    assert one(text, WSJ, expr).value == value


def test_year_ago_figures_leave_the_noun_outside() -> None:
    # TimeML tags "year-ago" in "the year-ago results" (the results are not a
    # time); "the year-ago quarter" is one span. Both look a quarter back.
    text = "Net rose 5% in the third quarter from the year-ago results, the company said."
    t = one(text, WSJ, "year-ago")
    assert t.value == "1988-Q3"
    text = "Net rose 5% in the third quarter from the year-ago quarter."
    assert one(text, WSJ, "the year-ago quarter").value == "1988-Q3"


def test_quarter_ended_names_its_quarter() -> None:
    # No quarter named yet: the end date says which (most of May-July is Q2).
    t = one("In the quarter ended July 31, Jayark had a loss.", WSJ, "the quarter")
    assert t.value == "1989-Q2"
    # A fiscal quarter the story just named wins over the calendar.
    text = (
        "Sun posted a profit for its fiscal first quarter. Sales were $538.5 million "
        "for the quarter ended Sept. 29."
    )
    assert one(text, WSJ, "the quarter").value == "1989-Q1"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a month alone closes the quarter at its end, placed by the sentence's tense
        ("Earnings for the quarter ending in March are expected to fall.", "2013-Q1"),
        ("Net income rose in the quarter ending in June.", "2012-Q2"),
        ("Profit fell in the quarter ended in December.", "2012-Q4"),
    ],
)
def test_quarter_ending_in_a_month(text: str, value: str) -> None:
    assert one(text, dt.date(2013, 3, 22), "the quarter").value == value


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        # a forecast governs the quarter after it: still ahead of a March article
        ("The company expects fourth-quarter revenue to grow.", "fourth-quarter", "2013-Q4"),
        ("Its outlook for the third quarter disappointed.", "the third quarter", "2013-Q3"),
        ("It expects a loss in the fourth quarter.", "the fourth quarter", "2013-Q4"),
        # the very next quarter is ahead unless a past verb puts it behind
        ("It sees second-quarter sales of about $2 billion.", "second-quarter", "2013-Q2"),
        ("Second-quarter profit fell 20 percent.", "Second-quarter", "2012-Q2"),
        ("Fourth-quarter profit fell 20 percent.", "Fourth-quarter", "2012-Q4"),
        ("The 1986 figure includes a charge taken in the second quarter.", "the second quarter",
         "2012-Q2"),
        # a year written right after the span is its year
        ("Output was down from the third quarter in 2011.", "the third quarter", "2011-Q3"),
    ],
)
def test_yearless_quarter_later_than_the_article(text: str, expr: str, value: str) -> None:
    assert one(text, dt.date(2013, 3, 22), expr).value == value


@pytest.mark.parametrize(
    ("text", "expr", "typ", "value"),
    [
        # the length between two happenings: "a day after", "a week before"
        ("Pyongyang threatened Guam, a day after bombers flew over Seoul.", "a day", "DURATION",
         "P1D"),
        ("A month after the vote, the bank reopened.", "A month", "DURATION", "P1M"),
        ("The poll was conducted a week before he was removed.", "a week", "DURATION", "P1W"),
        # at a clause's end "a year before" is "a year earlier": the year before
        ("Sales rose to 98 mln dlrs from 90 mln dlrs a year before.", "a year before", "DATE",
         "2012"),
        ("A year before, it lost 8 mln dlrs.", "A year before", "DATE", "2012"),
        ("He had left three days before.", "three days", "DURATION", "P3D"),
    ],
)
def test_a_unit_before_or_after_a_happening(text: str, expr: str, typ: str, value: str) -> None:
    t = one(text, dt.date(2013, 3, 22), expr)
    assert (t.type, t.value) == (typ, value)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # "a second" before a noun is the ordinal, not one second
        ("Snow fell for a second straight day on Saturday.", ["Saturday"]),
        ("He ran for a second term in 1986.", ["1986"]),
        ("It received $4 million in a second round of financing.", []),
        # the length stays
        ("It was over in a second.", ["a second"]),
        ("A second later, the roof fell.", ["A second"]),
    ],
)
def test_a_second_as_an_ordinal_is_no_duration(text: str, found: list[str]) -> None:
    assert [t.expression for t in extract_timexes(text, dt.date(2013, 3, 22))] == found


@pytest.mark.parametrize(
    "text", ["They earn $5 a day after taxes.", "Sales of 40 tonnes a week before the strike."]
)
def test_a_rate_before_after_is_no_duration(text: str) -> None:
    found = extract_timexes(text, dt.date(2013, 3, 22))
    assert [t.expression for t in found if t.type == "DURATION"] == []


def test_week_of_a_date_is_that_week() -> None:
    text = "The case may be resolved in a court hearing the week of March 6, he said."
    t = one(text, dt.date(2000, 2, 24), "the week of March 6")
    assert (t.type, t.value) == ("DATE", "2000-W10")
    assert one(text, None, "the week of March 6").value == "XXXX-WXX"


@pytest.mark.parametrize(
    "text",
    [
        "The group set a deadline of 1600 EST on Friday for the offer.",
        "The offer will expire 1700 New York time April 1, 1987, unless extended.",
        "The session would run from 1800 to 2100 local Chicago time.",
        "The conversion right ends after 1700 hrs on April 9.",
        "At one point about 1700 lawsuits had been filed against the maker.",
        "Some 1500 workers walked off the job at the plant.",
    ],
)
def test_clock_readings_and_counts_are_not_years(text: str) -> None:
    """A four-digit 24-hour clock reading or a count is no year: the timeline
    would otherwise list "1600" and "1700" from wire copy about deadlines."""
    values = {t.value for t in extract_timexes(text, dt.date(1987, 3, 9))}
    assert not values & {"1500", "1600", "1700", "1800", "2100"}


@pytest.mark.parametrize(
    ("text", "expr"),
    [
        ("Sales in 1986 rose 12 pct, the company said.", "1986"),
        ("Its 1987 earnings will be higher, the chairman said.", "1987"),
        ("The dam was finished in about 1910 and still stands.", "1910"),
    ],
)
def test_years_next_to_counts_or_hedges_stay_years(text: str, expr: str) -> None:
    t = one(text, dt.date(1987, 3, 9), expr)
    assert t.value == expr and t.type == "DATE"


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("Prices fell three cents over the past two weeks, the survey said.", "the past two weeks",
         "P2W"),
        ("The remaining $40 million can be used over three years for acquisitions.",
         "three years", "P3Y"),
        ("She has been the unit's general manager for only six months.", "six months", "P6M"),
        ("The move comes barely a month after the airline cut flights.", "a month", "P1M"),
        ("The new members were just a decade ago under Soviet rule.", "a decade ago", "197"),
        ("The inspectors' tour is likely to last over a week, officials said.", "over a week",
         "P1W"),
        ("Talks have been cut off for nearly two years, he said.", "nearly two years", "P2Y"),
    ],
)
def test_limiters_and_the_preposition_over_stay_outside(text: str, expr: str, value: str) -> None:
    """'over the past two weeks', 'only six months': the limiter or the
    preposition is not part of the length, while a hedge ('nearly', 'over a
    week' meaning more than one) stays inside, as TimeML draws them."""
    t = one(text, dt.date(1989, 11, 2), expr)
    assert t.value == value


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ('"Iraq was ready to withdraw." Now, he says, the West wants more.', False),
        ("The law made it a crime. Now, Ms. Conlin said, it has new weight.", False),
        ("The company now holds 45% of the shares.", True),
        ("For now, the embassy staff work from a hotel.", True),
        ("Now the alliance's mission is less clear.", True),
    ],
)
def test_discourse_now_is_not_the_present(text: str, found: bool) -> None:
    """A sentence-opening 'Now,' turns the story; it is no date on the timeline."""
    values = [t.value for t in extract_timexes(text, MON) if t.expression.lower().endswith("now")]
    assert bool(values) is found


def test_half_of_the_year_is_one_expression() -> None:
    text = "Shares of the maker rose 3 percent in the first half of the year."
    t = one(text, dt.date(2013, 3, 22), "the first half of the year")
    assert (t.type, t.value) == ("DATE", "2013-H1")


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("The company expects to complete the sale by year-end.", "year-end", "1989"),
        ("The transaction is expected to close around year end.", "around year end", "1989"),
        ("New rules should be in place by year's end, the bank said.", "year's end", "1989"),
        ("The index has risen 12% since year-end.", "year-end", "1988"),
    ],
)
def test_year_end_is_the_end_of_the_calendar_year(text: str, expr: str, value: str) -> None:
    t = one(text, WSJ, expr)
    assert (t.type, t.value) == ("DATE", value)


def test_year_end_adjective_is_no_date() -> None:
    text = "Year-end net was below the 1987 level, and a year-end bonus was paid."
    assert not [t for t in extract_timexes(text, WSJ) if "end" in t.expression.lower()]


FRI = dt.date(2013, 3, 22)  # a Friday


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("The treaty expires at the end of 2014, officials said.", "the end of 2014", "2014"),
        ("The plant will close at the start of 2015.", "the start of 2015", "2015"),
        ("Output was cut at the end of 2011 and rose after.", "the end of 2011", "2011"),
    ],
)
def test_at_the_end_of_a_year_is_that_year(text: str, expr: str, value: str) -> None:
    """'at' before a bare year is a level ('at 1990 levels'), not before 'the end of 2014'."""
    t = one(text, FRI, expr)
    assert (t.type, t.value) == ("DATE", value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Cyprus has until Monday to raise the money, the bank said.", "2013-03-25"),
        ("The two sides have only until Tuesday to reach a deal.", "2013-03-26"),
        ("Until Monday, police had not named a suspect.", "2013-03-18"),
        # "has" is no perfect there, so a month is ahead too
        ("The government has until June to present its plan.", "2013-06"),
        ("Bidders have until October 15 to present their bids.", "2013-10-15"),
        # a deadline as "no later than" reads the same way
        ("Lawmakers must approve the plan no later than Monday.", "2013-03-25"),
        ("The report was filed no later than Monday.", "2013-03-18"),
    ],
)
def test_time_left_until_a_day_looks_ahead(text: str, value: str) -> None:
    t = [x for x in extract_timexes(text, FRI) if x.type == "DATE"][0]
    assert t.value == value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The agreement follows months of twists.", [("months", "PXM")]),
        ("After weeks of talks, a deal was reached.", [("weeks", "PXW")]),
        ("Hours later, the army announced a ceasefire.", [("Hours", "PTXH")]),
        ("He was arrested just days later.", [("days", "PXD")]),
        ("Two days later, he was arrested.", [("Two days", "P2D")]),
        # a part of something named, not a stretch of time
        ("In the final months of his term, he traveled.", []),
        ("Those were the days of the boom.", []),
    ],
)
def test_bare_plural_units_of_something_or_later_are_vague_durations(
    text: str, expected: list[tuple[str, str]]
) -> None:
    got = [(text[t.start : t.end], t.value) for t in extract_timexes(text, FRI)]
    assert got == expected
    assert all(t.type == "DURATION" for t in extract_timexes(text, FRI))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a past story's year, told just before
        ("The bank collapsed in September 2008. By the end of the year, the economy was in"
         " free fall.", "2008"),
        ("The bank collapsed in September 2008. By the end of the month, the economy was in"
         " free fall.", "2008-09"),
        ("The company grew fast in 1998. By the end of the decade, it was huge.", "199"),
        # the publication's year: a sentence that looks ahead, "this", or "since"
        ("Sales rose 5% in 2012. By the end of the year, the company expects to double them.",
         "2013"),
        ("Sales rose 5% in 2012. By the end of this year, they had doubled.", "2013"),
        ("The company earned $2 in 2012. Since the start of the year, shares have fallen.",
         "2013"),
    ],
)
def test_the_end_of_the_year_in_a_past_story_is_that_storys_year(text: str, value: str) -> None:
    t = extract_timexes(text, FRI)[-1]
    assert (t.type, t.value) == ("DATE", value)


def test_the_months_ahead_is_a_vague_duration() -> None:
    t = one("Investors may sell more junk bonds in the weeks ahead.", WSJ, "the weeks ahead")
    assert (t.type, t.value) == ("DURATION", "PXW")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The quake struck at 2:46 p.m. local time on March 11, 2011.", "2011-03-11T14:46"),
        ("The polls close at 8 p.m. on Nov. 6, officials said.", "2013-11-06T20:00"),
        ("The blast came at 10:35 a.m. (0735 GMT) Thursday near the port.", "2013-03-21T10:35"),
        # the day before the month, as British papers write it
        ("By Nick Squires, Rome 6:09PM GMT 21 Mar 2013", "2013-03-21T18:09"),
        ("The rally starts at 10am on 30 March.", "2013-03-30T10:00"),
        # the zone words may come before the bracketed second clock
        ("Talks resume at 3pm local time (1400 GMT) on Saturday.", "2013-03-23T15:00"),
    ],
)
def test_clock_time_takes_the_date_named_after_it(text: str, value: str) -> None:
    t = [x for x in extract_timexes(text, FRI) if x.type == "TIME"][0]
    assert t.value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The sequester will cut $85 billion this fiscal year.", "2013"),
        ("Spending rose 3% last fiscal year.", "2012"),
        ("The budget for next fiscal year is due in May.", "2014"),
    ],
)
def test_this_last_and_next_fiscal_year(text: str, value: str) -> None:
    t = [x for x in extract_timexes(text, FRI) if "fiscal" in text[x.start : x.end]][0]
    assert (t.type, t.value) == ("DATE", value)


def test_final_quarter_is_the_fourth() -> None:
    t = one("Sales in the final quarter of last year fell 3 percent.", FRI,
            "the final quarter of last year")
    assert (t.type, t.value) == ("DATE", "2012-Q4")


def test_later_than_planned_is_a_delay_not_a_date() -> None:
    found = extract_timexes("The plant opened two years later than planned.", FRI)
    assert [(t.expression, t.type, t.value) for t in found] == [("two years", "DURATION", "P2Y")]


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("Police said the blast occurred shortly before midnight.",
         "shortly before midnight", "2013-03-22T24:00"),
        ("Flights resume each day at noon.", "noon", "2013-03-22T12:00"),
        ("The deadline is midnight on Monday, the minister said.", "midnight", "2013-03-25T24:00"),
        ("Parliament will vote at 18:00 local time (16:00 GMT).", "18:00", "2013-03-22T18:00"),
        ("The polls close at 22:00 on Sunday.", "22:00", "2013-03-24T22:00"),
    ],
)
def test_noon_midnight_and_24_hour_clock(text: str, expr: str, value: str) -> None:
    t = one(text, FRI, expr)
    assert (t.type, t.value) == ("TIME", value)


@pytest.mark.parametrize(
    "text",
    [
        "It was high noon for the government.",
        "He starred in Midnight Express years ago.",
        "The score was 21:19 after the break.",
        "Read John 3:16 again.",
        "The H1N1 virus and the Q7 engine were discussed.",
    ],
)
def test_titles_scores_and_codes_are_no_times(text: str) -> None:
    assert [t for t in extract_timexes(text, FRI) if t.type in {"TIME", "DATE"}] == []


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("GNP rose 0.8 pct in the October/December quarter.", "the October/December quarter",
         "2012-Q4"),
        ("Profit rose in the April-June period of 2012.", "the April-June period of 2012",
         "2012-Q2"),
        ("Output will grow in the current January-March quarter.",
         "the current January-March quarter", "2013-Q1"),
        ("Sales in the July-September quarter will rise.", "the July-September quarter",
         "2013-Q3"),
    ],
)
def test_a_quarter_named_by_its_months(text: str, expr: str, value: str) -> None:
    t = one(text, FRI, expr)
    assert (t.type, t.value) == ("DATE", value)


def test_six_months_are_no_quarter() -> None:
    text = "Output fell in the April-September period."
    assert not any("period" in t.expression for t in extract_timexes(text, FRI))


def test_a_two_digit_year_is_the_one_nearest_the_article() -> None:
    assert one("Earnings for 4Q86 rose.", dt.date(1987, 3, 20), "4Q86").value == "1986-Q4"
    assert one("Sales in FY 88 will rise.", dt.date(1987, 3, 20), "FY 88").value == "1988"


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("The results for Q4 2012 beat forecasts.", "Q4 2012", "2012-Q4"),
        ("The 2012 Q4 figures were strong.", "2012 Q4", "2012-Q4"),
        ("Q4'12 was weak, analysts said.", "Q4'12", "2012-Q4"),
        ("Sales in H1 2013 fell.", "H1 2013", "2013-H1"),
        ("Sales in Q1 of this year fell too.", "Q1 of this year", "2013-Q1"),
        ("In Q3, the company lost money.", "Q3", "2012-Q3"),  # not reached yet: last year's
        ("Revenue for FY2013 rose.", "FY2013", "2013"),
        ("FY 12 was weaker.", "FY 12", "2012"),
        # a bare code before the figures it dates; the digit first as some desks write it
        ("The company reported Q4 revenue of $1.2 billion.", "Q4", "2012-Q4"),
        ("It said Q1 results were strong.", "Q1", "2013-Q1"),
        ("Sales rose in 4Q12.", "4Q12", "2012-Q4"),
        ("Shipments in 1Q 2013 fell.", "1Q 2013", "2013-Q1"),
    ],
)
def test_business_shorthand_for_quarters_and_fiscal_years(text: str, expr: str, value: str) -> None:
    t = one(text, FRI, expr)
    assert (t.type, t.value) == ("DATE", value)


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("The ceasefire was agreed on 21 November last year.", "21 November last year",
         "2012-11-21"),
        ("The law was signed Nov. 21 last year.", "Nov. 21 last year", "2012-11-21"),
        ("It takes effect Jan. 1 next year.", "Jan. 1 next year", "2014-01-01"),
    ],
)
def test_day_and_month_in_a_named_year(text: str, expr: str, value: str) -> None:
    t = one(text, FRI, expr)
    assert (t.type, t.value) == ("DATE", value)


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("Police said on Friday they had arrested two men earlier in the week.",
         "earlier in the week", "2013-W12"),
        ("He arrived on March 3, 2012. Later in the month, he left.", "Later in the month",
         "2012-03"),
        ("Earlier in the year, sales fell.", "Earlier in the year", "2013"),
    ],
)
def test_earlier_in_the_unit_is_the_one_being_told(text: str, expr: str, value: str) -> None:
    t = one(text, FRI, expr)
    assert (t.type, t.value) == ("DATE", value)


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("The Bank of England said it would offer funds at 1430 GMT.", "1430 GMT",
         "2013-03-22T14:30"),
        ("The full council is to convene at 1900gmt, delegates said.", "1900gmt",
         "2013-03-22T19:00"),
        ("The rocket lifted off at 1805 local time (2305 GMT).", "1805", "2013-03-22T18:05"),
        ("The rocket lifted off at 1805 local time (2305 GMT).", "2305 GMT", "2013-03-22T23:05"),
        ("The offer will expire at 1630 EST, March 30.", "1630 EST", "2013-03-30T16:30"),
        ("Fighting resumed at 0600 hrs on Thursday.", "0600 hrs", "2013-03-21T06:00"),
        ("The quake struck at 10:35 a.m. (0735 GMT) Thursday.", "0735 GMT", "2013-03-21T07:35"),
        # other zones than Europe's and America's, and the one-letter-short ET
        ("Posted: 0932 GMT (1732 HKT) March 22, 2013", "1732 HKT", "2013-03-22T17:32"),
        ("The quake struck at 14:46 JST on Friday.", "14:46 JST", "2013-03-22T14:46"),
        ("Trading will end at 1600 ET.", "1600 ET", "2013-03-22T16:00"),
    ],
)
def test_wire_clock_times_without_a_colon(text: str, expr: str, value: str) -> None:
    t = one(text, FRI, expr)
    assert (t.type, t.value) == ("TIME", value)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The trial lasted 1200 hours.", [("1200 hours", "DURATION", "PT1200H")]),
        ("A meeting was set for 1900 hours to review it.", []),
        ("It stores up to 526 hours of messages.", [("up to 526 hours", "DURATION", "PT526H")]),
        ("The index rose 1430 points.", []),
    ],
)
def test_four_digit_numbers_are_no_clock_times_unless_told(text: str, expected: list) -> None:
    found = extract_timexes(text, FRI)
    assert [(t.expression, t.type, t.value) for t in found] == expected


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("Slepian was killed on Oct. 23. His name was crossed out that same day.",
         "that same day", "2012-10-23"),
        ("She arrived on Monday, March 18. The day before, she had been in Paris.",
         "The day before", "2013-03-17"),
        ("The vote was on March 3 and the protests began the day after.", "the day after",
         "2013-03-04"),
        ("Revenue fell to $300 million in 2011, down from $450 million the year before.",
         "the year before", "2010"),
        ("He arrived on Tuesday. The night before, a storm hit.", "The night before",
         "2013-03-18TNI"),
    ],
)
def test_same_day_and_the_day_before_follow_the_story(text: str, expr: str, value: str) -> None:
    t = one(text, FRI, expr)
    assert t.value == value


def test_the_day_before_an_event_is_no_date() -> None:
    # "the day before he was due to testify" is pinned to an event, not a day we know
    found = extract_timexes("Police said he was shot the day before he was due to testify.", FRI)
    assert found == []


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("Its February load factor rose to 55.5 pct from 52.6 pct for the same month last "
         "year.", "the same month last year", "2012-02"),
        ("Third-quarter profit rose from the same quarter a year earlier.",
         "the same quarter a year earlier", "2011-Q3"),
        ("Sales in the first quarter rose from the same period last year.",
         "the same period last year", "2012-Q1"),
        ("The deficit in the first four months fell from the same period last year.",
         "the same period last year", "2012"),
        ("Output in the week to March 11 was above the same week last year.",
         "the same week last year", "2012-W11"),
        ("Net income in the quarter was above the same period of 2010.",
         "the same period of 2010", "2010-Q4"),
        ("It lost money in the third quarter of 2012, against a profit in the corresponding period "
         "last year.", "the corresponding period last year", "2011-Q3"),
        ("Sales for this year's third quarter fell. U.K. sales for last year's quarter were "
         "about $3 million.", "last year's quarter", "2012-Q3"),
    ],
)
def test_the_same_span_a_year_back(text: str, expr: str, value: str) -> None:
    t = one(text, FRI, expr)
    assert (t.type, t.value) == ("DATE", value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the quarter before the one the story just named
        ("Fourth-quarter profit fell, while revenue rose 9 percent from the previous quarter.",
         "2012-Q3"),
        ("It grew in the October-December quarter after shrinking in the previous quarter.",
         "2012-Q3"),
        ("Third-quarter sales fell from the prior quarter.", "2012-Q2"),
        # none named: the one before the publication's
        ("Sales rose 3 percent from the previous quarter.", "2012-Q4"),
    ],
)
def test_the_previous_quarter_is_the_one_before_the_quarter_told(text: str, value: str) -> None:
    found = [t.value for t in extract_timexes(text, FRI) if t.expression.startswith("the pr")]
    assert found == [value]


@pytest.mark.parametrize(
    ("text", "anchor", "found"),
    [
        # a holiday as the aim is the next one when it is near
        ("We booked a trip on the cruise ship for Easter.", dt.date(2013, 3, 15),
         [("Easter", "2013-03-31")]),
        ("Israelis were busy with preparations for the Passover holiday.", dt.date(2013, 3, 21),
         [("Passover", "2013-03-26")]),
        ("He spent Easter with his family.", dt.date(2013, 3, 15), [("Easter", "2012-04-08")]),
        # a holiday weekend is the weekend nearest the holiday
        ("No decision is likely before the Easter weekend.", dt.date(2013, 3, 21),
         [("the Easter weekend", "2013-W13-WE")]),
        ("Traffic was heavy over the Labor Day weekend.", dt.date(2013, 9, 5),
         [("the Labor Day weekend", "2013-W35-WE")]),
        ("Stores opened early on Thanksgiving weekend.", dt.date(2013, 12, 5),
         [("Thanksgiving weekend", "2013-W48-WE")]),
        ("Traders held back ahead of the long Easter weekend.", dt.date(1987, 4, 10),
         [("the long Easter weekend", "1987-W16-WE")]),
    ],
)
def test_holidays_as_aims_and_holiday_weekends(
    text: str, anchor: dt.date, found: list[tuple[str, str]]
) -> None:
    assert [(t.expression, t.value) for t in extract_timexes(text, anchor)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a stretch of the day being told: the publication day's session ...
        ("The Dow held its gains through the afternoon.", [("the afternoon", "2013-03-22TAF")]),
        ("Attacks continued into the early afternoon. Nobody claimed them.",
         [("the early afternoon", "2013-03-22TAF")]),
        # ... or the day named just before
        ("On March 5, Chavez died. Crowds gathered through the evening.",
         [("March 5", "2013-03-05"), ("the evening", "2013-03-05TEV")]),
        # not a label or a habit
        ("He watched the evening news.", []),
        ("I jog in the morning.", []),
    ],
)
def test_the_morning_through_which_something_went_on(
    text: str, found: list[tuple[str, str]]
) -> None:
    assert [(t.expression, t.value) for t in extract_timexes(text, FRI)] == found


@pytest.mark.parametrize(
    "text",
    ["The judge said the trial could stretch into May.",
     "A vote, which had been expected as early as May, may now be delayed."],
)
def test_may_after_into_or_as_early_as_is_the_month(text: str) -> None:
    assert [(t.expression, t.value) for t in extract_timexes(text, FRI)][:1] == [
        ("May", "2013-05")
    ]


def test_that_same_day_lies_in_the_month_just_told() -> None:
    text = (
        "He was last seen on Friday. Most recently last October, Slepian was killed. "
        "His name was crossed out that same day."
    )
    assert one(text, FRI, "that same day").value == "2012-10-XX"


def test_a_month_that_is_no_when_leaves_that_day_alone() -> None:
    text = "On Monday the firm said April sales fell. That day its shares dropped."
    assert one(text, FRI, "That day").value == "2013-03-18"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The 2008-2012 period was tough.", [("2008", "2008"), ("2012", "2012")]),
        ("The 2008–2012 period was tough.", [("2008", "2008"), ("2012", "2012")]),
        ("The lines 2012-2008 matched.", []),
        ("Call 1800-1999 for help.", []),
        # seasons, crop and fiscal years written short: the next year only
        ("He scored 30 goals in the 2012-13 season.", [("2012", "2012"), ("13", "2013")]),
        ("Output in the 1999/00 crop year fell.", [("1999", "1999"), ("00", "2000")]),
        ("The 2009-03 figures were revised.", []),
    ],
)
def test_a_span_of_years_is_its_two_years(text: str, expected: list) -> None:
    found = extract_timexes(text, FRI)
    assert [(t.expression, t.value) for t in found] == expected


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("They met on March 4 and again the following weekend.", "the following weekend",
         "2013-W10-WE"),
        ("They met on Saturday, March 9, and again the following weekend.",
         "the following weekend", "2013-W11-WE"),
        ("They met on March 4. The previous weekend was calm.", "The previous weekend",
         "2013-W09-WE"),
    ],
)
def test_the_following_weekend_follows_the_day_told(text: str, expr: str, value: str) -> None:
    assert one(text, FRI, expr).value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The court convenes Monday.", "2013-03-25"),
        ("The senator retires Friday, aides said.", "2013-03-22"),
        ("The museum reopens Tuesday.", "2013-03-26"),
        ("Leaders gather in Brussels on Monday.", "2013-03-25"),
        ("Yellen speaks to the Economic Club on Tuesday.", "2013-03-26"),
        ("The government releases its estimate of growth on Thursday.", "2013-03-21"),
        # a present schedule verb turns even a possessive ahead
        ("Voters head to the polls in Sunday's election.", "2013-03-24"),
        ("Italians vote in Monday's runoff.", "2013-03-25"),
        # ... but a plural noun is no verb, and a past verb stays behind
        ("He took most of the votes cast in Monday's election.", "2013-03-18"),
        ("Voters headed to the polls in Sunday's election.", "2013-03-17"),
        ("Radio host Hugh Hewitt said on Monday that it was a joke.", "2013-03-18"),
        # a past try or refusal dates that act, not a plan
        ("Trump threatened to run as an independent on Monday night.", "2013-03-18TNI"),
        ("He refused to resign on Monday.", "2013-03-18"),
        ("Workers walked out after talks failed to end by Tuesday noon.", "2013-03-19"),
        ("He promised to resign Friday.", "2013-03-22"),
    ],
)
def test_scheduled_present_points_to_the_coming_weekday(text: str, value: str) -> None:
    assert one(text, dt.date(2013, 3, 20)).value == value  # a Wednesday


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("The vote, set for Sunday, was postponed to Tuesday.", "Tuesday", "2013-03-26"),
        ("The hearing was pushed back to Monday.", "Monday", "2013-03-25"),
        ("The launch was pushed back to January.", "January", "2014-01"),
        ("The deadline was extended to the end of April.", "the end of April", "2013-04"),
        ("He moved to Boston on Monday.", "Monday", "2013-03-18"),
        ("The company moved to Texas in February.", "February", "2013-02"),
    ],
)
def test_the_day_a_thing_is_moved_to_lies_ahead(text: str, expr: str, value: str) -> None:
    assert one(text, dt.date(2013, 3, 20), expr).value == value


def test_a_month_threatened_is_still_ahead() -> None:
    text = "The Commission has threatened to start phasing out subsidies from August."
    assert one(text, dt.date(2013, 3, 20), "August").value == "2013-08"


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        # FRI is itself a Friday: "a week ago Friday" is a week before today
        ("The talks collapsed a week ago Friday, officials said.", "a week ago Friday",
         "2013-03-15"),
        ("The talks collapsed a week ago Thursday.", "a week ago Thursday", "2013-03-14"),
        ("It was a week ago Friday's vote that changed it.", "a week ago Friday", "2013-03-15"),
        ("The strike began two weeks ago today.", "two weeks ago today", "2013-03-08"),
        ("The talks will resume a week from Monday.", "a week from Monday", "2013-04-01"),
        ("The firm was founded a year ago yesterday.", "a year ago yesterday", "2012-03-21"),
    ],
)
def test_weeks_ago_a_weekday_is_one_day(text: str, expr: str, value: str) -> None:
    t = one(text, FRI, expr)
    assert (t.type, t.value) == ("DATE", value)


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        # the ISO week holding most of April 1-7 (April 4, 2013 is a Thursday)
        ("The vote is scheduled for the first week of April.", "the first week of April",
         "2013-W14"),
        ("Sales rose in the second week of January 2012.", "the second week of January 2012",
         "2012-W02"),
        ("Reserves fell in the last week of February.", "the last week of February", "2013-W09"),
    ],
)
def test_nth_week_of_a_month_is_a_week(text: str, expr: str, value: str) -> None:
    assert one(text, FRI, expr).value == value


def test_nth_week_of_a_month_keeps_the_month_for_what_follows() -> None:
    text = (
        "Reserves rose in the last week of February, a gain of 8 pct over the same month "
        "last year, and 2 billion over the week before."
    )
    assert one(text, FRI, "the same month last year").value == "2012-02"
    assert one(text, FRI, "the week before").value == "2013-W08"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The chairman, who retires in January, declined to comment.", "2014-01"),
        ("The accord, which expires in February, is being renegotiated.", "2014-02"),
        # nouns that look like verbs, and the present of being, still look back
        ("Housing starts in February rose 3 pct.", "2013-02"),
        ("Reserves stood at 7 billion at end February.", "2013-02"),
        ("The jobless rate is the highest since February.", "2013-02"),
    ],
)
def test_scheduled_present_points_to_the_coming_month(text: str, value: str) -> None:
    assert [t.value for t in extract_timexes(text, FRI)] == [value]


@pytest.mark.parametrize(
    ("text", "expr", "typ", "value"),
    [
        # a half is kept in the next smaller unit, as TimeBank's "a minute and a half" (PT1M30S)
        ("He was jailed for a year and a half.", "a year and a half", "DURATION", "P1Y6M"),
        ("The talks lasted two and a half hours.", "two and a half hours", "DURATION",
         "PT2H30M"),
        ("The meeting lasted an hour and a half.", "an hour and a half", "DURATION", "PT1H30M"),
        ("The post has been vacant three and a half years.", "three and a half years",
         "DURATION", "P3Y6M"),
        # "ago" counts the half too: 18 months before March 2013
        ("A year and a half ago, it was nearly bankrupt.", "A year and a half ago", "DATE",
         "2011-09"),
        ("Two and a half years ago, it was bankrupt.", "Two and a half years ago", "DATE",
         "2010-09"),
        ("It happened a week and a half ago.", "a week and a half ago", "DATE", "2013-W11"),
        # below a month "later" makes a length, as for whole numbers ("three days later")
        ("A week and a half later, it closed.", "A week and a half", "DURATION", "P1.5W"),
    ],
)
def test_and_a_half(text: str, expr: str, typ: str, value: str) -> None:
    t = one(text, FRI, expr)
    assert (t.type, t.value) == (typ, value)


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("The council will meet on the first Monday of April.", "the first Monday of April",
         "2013-04-01"),
        ("The vote was on the second Tuesday of January 2012.",
         "the second Tuesday of January 2012", "2012-01-10"),
        ("Clocks go back on the last Sunday in October 2013.",
         "the last Sunday in October 2013", "2013-10-27"),
    ],
)
def test_nth_weekday_of_a_month_is_a_day(text: str, expr: str, value: str) -> None:
    assert one(text, FRI, expr).value == value


def test_a_year_earlier_than_a_crop_year_counts_from_its_first_year() -> None:
    text = "Exports rose to 9.9 billion in 1987/88 from 7.9 billion a year earlier."
    assert one(text, FRI, "a year earlier").value == "1986"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a month earlier than the month the sentence reports, not than the story's day
        ("Inflation was 2.8% in the 12 months to February, down from 2.7% a month earlier.",
         "2013-01"),
        ("Clinton visited in December 2011 and McConnell a month later.", "2012-01"),
        # with no month in its sentence it counts from the story's day
        ("Sales fell in January. Prices rose 2% from a month earlier.", "2013-02"),
    ],
)
def test_a_month_earlier_counts_from_the_month_just_named(text: str, value: str) -> None:
    found = [t for t in extract_timexes(text, dt.date(2013, 3, 22)) if "month " in t.expression]
    assert [t.value for t in found] == [value]


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        # in a past story "the next month" is the one after the one told
        ("Talks broke down in October. The next month, both sides returned.", "The next month",
         "2012-11"),
        ("The tax came in 2008; rivals fought it in elections the next year.", "the next year",
         "2009"),
        # a length after "over", or with no story told before it
        ("Prices will rise over the next month.", "the next month", "P1M"),
        ("The next year, he ran again.", "The next year", "P1Y"),
    ],
)
def test_the_next_month_after_a_month_told(text: str, expr: str, value: str) -> None:
    assert one(text, dt.date(2013, 3, 22), expr).value == value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The summit on 21-22 March ended late.",
         [("21", "2013-03-21"), ("22 March", "2013-03-22")]),
        ("The talks on March 21-22 ended.", [("March 21", "2013-03-21"), ("22", "2013-03-22")]),
        ("The fair runs Oct. 3-5, 2014, in Paris.",
         [("Oct. 3", "2014-10-03"), ("5, 2014", "2014-10-05")]),
        # a score, and a dateline's dash before a number, are no days
        ("The score was May 5-3 at the end.", [("May 5", "2013-05-05")]),
        ("SYDNEY, March 19 - 26 weeks ended Dec 28.",
         [("March 19", "2013-03-19"), ("26 weeks", "P26W"), ("Dec 28", "2012-12-28")]),
    ],
)
def test_a_span_of_days_is_its_two_days(text: str, expected: list) -> None:
    assert [(t.expression, t.value) for t in extract_timexes(text, FRI)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "A USA TODAY analysis of super PACs found the same.",
        "Figueroa told USA Today that the campaign had a plan.",
        "Trevor Noah of The Daily Show mocked the speech.",
        "“Daily Show” host Trevor Noah mocked the speech.",
        'Christie said on ABC\'s "This Week with George Stephanopoulos" that he agreed.',
        "She taped an appearance on The Tonight Show Starring Jimmy Fallon.",
        "Sanders visited NBC’s “Today” to discuss his remarks.",
        "The movie 13 Hours tells the story of six security contractors.",
        "Stephen F. Hayes of the Weekly Standard wrote it up.",
    ],
)
def test_a_time_word_inside_a_name_is_no_date(text: str) -> None:
    assert extract_timexes(text, dt.date(2016, 9, 26)) == []


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("Today, Sanders travels around California.", "Today", "2016-09-26"),
        ("“Tonight’s debate showed it,” she said.", "Tonight", "2016-09-26TNI"),
        ("She wrote on Monday, “Next summer, Charlotte is going to be a big sister!”",
         "Next summer", "2017-SU"),
        ("WASHINGTON ― This spring, as he was becoming chairman, he said it.",
         "This spring", "2016-SP"),
        ("It went wrong.\xa0\nLast week, the leading journal said so.", "Last week", "2016-W38"),
        ("RAINFALL WAS RECORDED IN THE AREAS OVER THE PAST 24 HOURS", "THE PAST 24 HOURS", "PT24H"),
    ],
)
def test_a_capital_that_opens_a_sentence_is_still_a_date(text: str, expr: str, value: str) -> None:
    assert one(text, dt.date(2016, 9, 26), expr).value == value


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        # a past act right before the day: behind the writer, not two months ahead
        ("It was in reference to a tweet Labott posted on January 23 at 4:01 PM.",
         dt.date(2015, 11, 25), "2015-01-23"),
        ("He said Senator Byrd died Dec. 15 in Boston.", dt.date(2015, 11, 25), "2014-12-15"),
        # a participle after a noun stays open: a record date can lie ahead
        ("The rights go to shareholders registered on Dec. 15, the company said.",
         dt.date(2015, 11, 25), "2015-12-15"),
        # "by" or "until" a day puts it ahead when no past verb says otherwise
        ("The legislature must close a deficit by August 31 and another by next year.",
         dt.date(1987, 4, 10), "1987-08-31"),
    ],
)
def test_a_yearless_day_follows_the_act_that_governs_it(
    text: str, anchor: dt.date, value: str
) -> None:
    assert one(text, anchor).value == value


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        ("The appearance hinted at the role he sees for himself as Election Day nears.",
         dt.date(2016, 8, 17), "2016-11-08"),
        ("With fewer than 70 days remaining until Election Day, the ads began.",
         dt.date(2016, 9, 4), "2016-11-08"),
        ("Election Day is near.", dt.date(2016, 9, 26), "2016-11-08"),
        ("Easter falls late in April this year.", dt.date(1987, 4, 2), "1987-04-19"),
        ("Voters went to the polls on Election Day.", dt.date(2016, 9, 26), "2015-11-03"),
    ],
)
def test_a_holiday_is_the_one_the_sentence_points_to(
    text: str, anchor: dt.date, value: str
) -> None:
    assert one(text, anchor, expr=None if "Easter" in text else "Election Day").value == value


def test_who_died_sunday_is_the_sunday_just_gone() -> None:
    text = "If we remember nothing about Nancy Reagan, who died Sunday at 94, it will be her gaze."
    t = one(text, dt.date(2016, 3, 7))
    assert t.value == "2016-03-06"


def test_a_full_stop_after_pm_ends_the_sentence_not_the_time() -> None:
    t = one("Labott posted it at 4:01 PM. It was a tweet.", dt.date(2015, 11, 25))
    assert (t.expression, t.value) == ("4:01 PM", "2015-11-25T16:01")


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("The shooting happened on Feb. 6 at 9:09 p.m. near the school.", "9:09 p.m.",
         "2016-02-06T21:09"),
        ("On Monday, Feb. 1, at 3 p.m., the senator spoke.", "3 p.m.", "2016-02-01T15:00"),
        ("Posted by Mari Hayman February 6, 2016 9:09PM", "9:09PM", "2016-02-06T21:09"),
        ("He arrived Friday at 3 p.m. and left.", "3 p.m.", "2016-02-05T15:00"),
        # a new sentence is a new day unless it says one
        ("He arrived Friday. At 3 p.m. he left.", "3 p.m.", "2016-02-07T15:00"),
    ],
)
def test_a_clock_time_after_a_day_is_on_that_day(text: str, expr: str, value: str) -> None:
    assert one(text, dt.date(2016, 2, 7), expr).value == value


@pytest.mark.parametrize(
    ("text", "days"),
    [
        # a span's end comes after its start, though "run" alone would read Friday as today
        ("The talks run from Monday to Friday.", ["2013-03-25", "2013-03-29"]),
        ("Crowds are expected Tuesday through Thursday.", ["2013-03-26", "2013-03-28"]),
        ("The fair runs Saturday-Monday.", ["2013-03-23", "2013-03-25"]),
        # in the past both ends are behind us
        ("The talks ran from Monday to Friday.", ["2013-03-18", "2013-03-22"]),
        ("The fair ran from March 14 to Sunday.", ["2013-03-14", "2013-03-17"]),
    ],
)
def test_the_end_of_a_span_of_days_follows_its_start(text: str, days: list[str]) -> None:
    assert [t.value for t in extract_timexes(text, dt.date(2013, 3, 22))] == days


@pytest.mark.parametrize(
    ("text", "days"),
    [
        # the anchor is a Friday: a Friday named after a Thursday ahead of us is next week's
        ("Talks will resume Thursday and Friday.", ["2013-03-28", "2013-03-29"]),
        ("It should make landfall late Thursday or early Friday.", ["2013-03-28", "2013-03-29"]),
        ("The banks open tomorrow and Monday.", ["2013-03-23", "2013-03-25"]),
        # behind us, each day keeps its own reading
        ("The markets were closed Thursday and Friday.", ["2013-03-21", "2013-03-22"]),
        ("Rain is expected Saturday and Sunday.", ["2013-03-23", "2013-03-24"]),
    ],
)
def test_a_day_named_with_one_ahead_of_us_is_ahead_too(text: str, days: list[str]) -> None:
    assert [t.value for t in extract_timexes(text, dt.date(2013, 3, 22))] == days


def test_a_dateline_dash_is_no_span() -> None:
    text = "WASHINGTON, Oct 19 - Monday's stock market collapse could hurt growth."
    assert [t.value for t in extract_timexes(text, dt.date(1987, 10, 19))] == [
        "1987-10-19",
        "1987-10-19",
    ]


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        # the same moment on another clock is on the first one's day
        ("Parliament will meet on Monday at 18:00 local time (16:00 GMT).", "16:00 GMT",
         "2013-03-25T16:00"),
        ("He will speak tomorrow at 1400 MDT (1600 EDT) in Calgary.", "1600 EDT",
         "2013-03-23T16:00"),
        # no two zones are 12 hours apart: across midnight it is the next day, or the one before
        ("The polls close Tuesday at 8 p.m. EDT (0000 GMT).", "0000 GMT", "2013-03-27T00:00"),
        ("It struck at 12:30 a.m. local time on Friday (2330 GMT).", "2330 GMT",
         "2013-03-21T23:30"),
        # midnight is the day's end: Wednesday 0400 GMT is Tuesday's midnight in New York
        ("Voting ends at 0400 GMT Wednesday (midnight EDT).", "midnight EDT",
         "2013-03-26T24:00"),
    ],
)
def test_a_clock_time_given_in_a_second_zone(text: str, expr: str, value: str) -> None:
    assert one(text, dt.date(2013, 3, 22), expr).value == value


def test_a_rate_word_before_a_noun_is_an_adjective() -> None:
    assert extract_timexes("Clinton led, according to a yearly Gallup poll.", MON) == []
    assert one("The index is updated daily.", MON).value == "P1D"


def test_a_holiday_as_the_subject_of_a_present_verb_is_ahead() -> None:
    text = "The company said March sales may lag, since Easter falls late in April this year."
    assert one(text, dt.date(1987, 3, 9), "Easter").value == "1987-04-19"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a modal right before the verb looks ahead, even after "said"
        ("He said Friday that if his candidate were to win in November, she would sign it.",
         "2016-11"),
        ("Those who cared most wanted a candidate who can win in November.", "2016-11"),
        ("He said he'll have enough votes at the convention in July.", "2016-07"),
        ("Sales could rise in July, analysts said.", "2016-07"),
        # a modal far off, or after the month, does not govern it
        ("Sales should rise at least 0.5 pct after being flat in January, he said.", "2016-01"),
        ("A lack of aircraft imports in February should also help.", "2016-02"),
        ("He could have won in November.", "2015-11"),
    ],
)
def test_a_modal_before_the_verb_looks_ahead(text: str, value: str) -> None:
    month = [t for t in extract_timexes(text, dt.date(2016, 3, 1)) if t.expression != "Friday"]
    assert month[0].value == value


def test_the_quarter_of_the_voters_is_a_fraction() -> None:
    text = "Sanders did well with the quarter of Democratic caucus voters who said so."
    assert extract_timexes(text, dt.date(2016, 2, 20)) == []
    assert one("Sales in the quarter rose.", WSJ).value == "1989-Q3"


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        # nouns and names are no verbs: "a rocky start", "semi-open", "Meet the Press"
        ("The convention got off to a rocky start Monday, when chaos broke out.",
         dt.date(2016, 7, 19), "2016-07-18"),
        ("The only state holding a semi-open primary Tuesday was Rhode Island.",
         dt.date(2016, 4, 27), "2016-04-26"),
        ("He said on NBC's “Meet the Press” on Sunday that Mr. Trump had shown disrespect.",
         dt.date(2016, 8, 1), "2016-07-31"),
        # an auxiliary belongs to its own verb, not to one a clause later
        ("“We think those messages will resonate,” he said at a Sunday news conference.",
         dt.date(2016, 7, 18), "2016-07-17"),
        # made to do it: it was done; urged to do it: it is ahead
        ("The leak forced Schultz to resign from her job Sunday, before the convention.",
         dt.date(2016, 7, 25), "2016-07-24"),
        ("He spoke at a diner and urged them to vote Tuesday.", dt.date(2016, 6, 5), "2016-06-07"),
        # a schedule verb right after the day
        ("Lawson's budget speech to Parliament on Tuesday starts at 1530 GMT.",
         dt.date(1987, 3, 13), "1987-03-17"),
    ],
)
def test_the_verb_that_governs_a_weekday(text: str, anchor: dt.date, value: str) -> None:
    assert one(text, anchor).value == value


def test_that_would_take_place_is_a_verb_after_that() -> None:
    text = "Todd asked Pence whether that would take place before the November election."
    assert one(text, dt.date(2016, 9, 3)).value == "2016-11"


def test_moving_a_day_by_months_keeps_the_day_the_month_has() -> None:
    from search.timex.values import shift_value

    assert shift_value("1989-01-31", "M", 2) == "1989-03-31"  # was clamped to the 30th
    assert shift_value("1989-03-31", "M", -1) == "1989-02-28"
    assert shift_value("1988-02-29", "Y", 1) == "1989-02-28"


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        # fixed and moving holidays read the same way: in the past tense, the one gone by
        ("Sales rose at Christmas, he said.", dt.date(2016, 9, 26), "2015-12-25"),
        ("Voters went to the polls on Election Day.", dt.date(2016, 9, 26), "2015-11-03"),
        # and "as ... nears" points ahead for either
        ("Stores said they hired more staff as Christmas nears.", dt.date(2016, 10, 1),
         "2016-12-25"),
    ],
)
def test_fixed_and_moving_holidays_follow_one_rule(text: str, anchor: dt.date, value: str) -> None:
    assert one(text, anchor).value == value


def test_a_month_ago_today_lands_on_the_month_end() -> None:
    # 2016 is a leap year: a month before March 31 is Feb. 29, not the 28th
    assert one("It opened a month ago today.", dt.date(2016, 3, 31)).value == "2016-02-29"


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        # a date that opens a reported clause takes that clause's verb, not "said"
        ("He said that on Monday, the committee will vote on the bill.", "Monday", "2013-03-25"),
        ("Analysts said that by Friday, the deal would be done.", "Friday", "2013-03-22"),
        ("I have decided that on Election Day, I will vote for him.", "Election Day",
         "2013-11-05"),
        ("It means that by early September, a campaign focused on winning must have its "
         "teams up.", "early September", "2013-09"),
        # with no verb of its own, or after a plain "said", the "said" still governs
        ("He said that on Monday, after a long debate, the bill passed.", "Monday",
         "2013-03-18"),
        ("He said on Monday, the committee will vote.", "Monday", "2013-03-18"),
        # "do so" is no clause opener: the "would" before still governs
        ("It was unlikely he would do so before Friday, they said.", "Friday", "2013-03-22"),
    ],
)
def test_a_date_opening_a_reported_clause_takes_its_verb(text: str, expr: str, value: str) -> None:
    assert one(text, dt.date(2013, 3, 21), expr).value == value


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        # wire copy's "end-" prefix is "the end of": the year or month it ends
        ("Reserves were 10.5 billion dlrs at end-1986.", "end-1986", "1986"),
        ("Debt will reach 90 pct of GDP by end-March.", "end-March", "1987-03"),
        ("The loss was 389 mln marks in the year to end-September 1982.",
         "end-September 1982", "1982-09"),
        ("Holdings were 12 billion at end-February last year.", "end-February last year",
         "1986-02"),
        # and "a year earlier" then counts from it
        ("Reserves were 31.4 billion at end-1986 from 25.4 billion a year earlier.",
         "a year earlier", "1985"),
    ],
)
def test_end_dash_marks_the_end_of_a_year_or_month(text: str, expr: str, value: str) -> None:
    assert one(text, dt.date(1987, 3, 21), expr).value == value


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        # the day of the 2001 attacks is a name, not this year's Sept. 11
        ("Security was tightened after the 9/11 attacks.", "9/11", "2001-09-11"),
        ("He has changed a lot since 9/11, aides said.", "9/11", "2001-09-11"),
        ("She praised his work after the Sept. 11 terrorist attacks.", "Sept. 11", "2001-09-11"),
        # a memorial held on the day, or a plain Sept. 11, is the year's
        ("She left the Sept. 11 memorial ceremony early.", "Sept. 11", "2016-09-11"),
        ("The vote is on Sept. 11.", "Sept. 11", "2016-09-11"),
        ("The bill was filed 9/11/2001.", "9/11/2001", "2001-09-11"),
    ],
)
def test_the_day_of_the_2001_attacks_is_a_name(text: str, expr: str, value: str) -> None:
    assert one(text, dt.date(2016, 9, 13), expr).value == value


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        # month first, as American copy writes it, unless the first number cannot be a month
        ("The filing, dated 03/22/2013, came late.", "03/22/2013", "2013-03-22"),
        ("The filing, dated 22/03/2013, came late.", "22/03/2013", "2013-03-22"),
        ("The ban was lifted on 31/12/12.", "31/12/12", "2012-12-31"),
        ("The order of 4/5/2013 stands.", "4/5/2013", "2013-04-05"),
    ],
)
def test_numeric_dates_read_day_first_only_when_they_must(text: str, expr: str,
                                                         value: str) -> None:
    assert one(text, dt.date(2013, 3, 22), expr).value == value


def test_numeric_date_with_no_possible_month_is_no_date() -> None:
    assert extract_timexes("Code 13/13/2012 failed.", dt.date(2013, 3, 22)) == []


def test_9_11_written_before_the_attacks_is_no_date() -> None:
    assert extract_timexes("The 9/11 ratio held.", dt.date(1999, 1, 4)) == []


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        # the primaries' Super Tuesday, not the Tuesday nearest the story
        ("The candidates look ahead to Super Tuesday.", dt.date(2015, 11, 20), "2016-03-01"),
        ("Clinton won seven states on Super Tuesday.", dt.date(2016, 5, 18), "2016-03-01"),
        # only presidential years have one: in 2013 it was last year's
        ("Romney won Ohio on Super Tuesday.", dt.date(2013, 3, 21), "2012-03-06"),
        ("He will be sworn in on Inauguration Day.", dt.date(2016, 9, 1), "2017-01-20"),
        # other US days that move with the calendar
        ("Protesters marched on Black Friday.", dt.date(2015, 12, 4), "2015-11-27"),
        ("The debate was held on the eve of Martin Luther King Day.", dt.date(2016, 1, 20),
         "2016-01-18"),
        ("She called her mother on Mother's Day.", dt.date(2016, 6, 1), "2016-05-08"),
    ],
)
def test_days_of_the_us_calendar(text: str, anchor: dt.date, value: str) -> None:
    found = [t for t in extract_timexes(text, anchor) if t.type == "DATE"]
    assert [t.value for t in found] == [value]


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        # the days that move with Easter: "Good Friday" is no plain Friday
        ("Markets will be shut on Good Friday.", "Good Friday", "2013-03-29"),
        ("Shops reopen on Easter Monday.", "Easter Monday", "2013-04-01"),
        ("Lent began on Ash Wednesday.", "Ash Wednesday", "2013-02-13"),
        ("The pope led the Palm Sunday Mass.", "Palm Sunday", "2012-04-01"),
        # days with a fixed date, under their names
        ("The parade on St. Patrick's Day drew crowds.", "St. Patrick's Day", "2013-03-17"),
        ("He will speak on Bastille Day.", "Bastille Day", "2013-07-14"),
        ("Banks close for Columbus Day.", "Columbus Day", "2013-10-14"),
        ("The prank ran on April Fool's Day.", "April Fool's Day", "2012-04-01"),
        # days of the Hebrew and Chinese calendars, which follow the moon
        ("Jews will mark Passover next week.", "Passover", "2013-03-26"),
        ("The attack came on Yom Kippur.", "Yom Kippur", "2012-09-26"),
        ("Rosh Hashanah begins in September.", "Rosh Hashanah", "2013-09-05"),
        ("Shoppers crowded stores ahead of the Lunar New Year.", "Lunar New Year",
         "2013-02-10"),
    ],
)
def test_days_named_for_a_feast_or_a_holiday(text: str, expr: str, value: str) -> None:
    assert one(text, dt.date(2013, 3, 22), expr).value == value


@pytest.mark.parametrize(
    ("year", "passover", "new_year"),
    [(1987, "1987-04-14", "1987-01-29"), (2016, "2016-04-23", "2016-02-08"),
     (2024, "2024-04-23", "2024-02-10")],
)
def test_moon_holidays_in_other_years(year: int, passover: str, new_year: str) -> None:
    anchor = dt.date(year, 6, 1)
    assert one("Passover fell in spring.", anchor, "Passover").value == passover
    assert one("The Chinese New Year fell early.", anchor, "Chinese New Year").value == new_year


def test_a_war_named_for_a_holiday_is_no_date() -> None:
    found = extract_timexes("Rates held until the 1973 Yom Kippur War.", dt.date(1987, 3, 1))
    assert [t.expression for t in found] == ["1973"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Shops reopened the day after Christmas.", "2014-12-26"),
        # the Saturday is what the verb places: behind us though Christmas is ahead
        ("Their last debate was held the Saturday before Christmas.", "2015-12-19"),
        ("The day before Thanksgiving, traffic peaked.", "2015-11-25"),
    ],
)
def test_a_day_before_or_after_a_holiday(text: str, value: str) -> None:
    assert [t.value for t in extract_timexes(text, dt.date(2015, 12, 22))] == [value]


def test_a_byline_with_a_short_weekday_dates_its_clock_time() -> None:
    text = "updated 10:32 PM EDT, Thu March 21, 2013"
    found = [(text[t.start : t.end], t.value) for t in extract_timexes(text, dt.date(2013, 3, 22))]
    assert found == [
        ("10:32 PM EDT", "2013-03-21T22:32"),
        ("Thu March 21, 2013", "2013-03-21"),
    ]


def test_the_before_a_british_date_stays_outside() -> None:
    # TimeML leaves determiners outside; only "the 26th of June" keeps its "the"
    text = "The 22 March 2013 meeting was moved to the 26th of June."
    found = [text[t.start : t.end] for t in extract_timexes(text, dt.date(2013, 3, 22))]
    assert found == ["22 March 2013", "the 26th of June"]


@pytest.mark.parametrize(
    ("text", "days"),
    [
        # two days joined by a word are two dates, as "March 21-22" is
        ("The NATO summit will be held on April 24 and 25.", ["1999-04-24", "1999-04-25"]),
        ("Lyng will visit Tokyo from April 16 to 27.", ["1999-04-16", "1999-04-27"]),
        ("The fair runs Oct. 12 through 15 in Paris.", ["1999-10-12", "1999-10-15"]),
        ("The charge covers Dec 23 and 31, 1998, he said.", ["1998-12-23", "1998-12-31"]),
        # a count after the word is no day
        ("On March 3 and 4 people were hurt.", ["1999-03-03"]),
        ("Prices rose on Feb. 3 to 5 percent.", ["1999-02-03"]),
        ("Shares fell on March 31 to 10 pct.", ["1999-03-31"]),
        # a span across a month's end: the second day has its own month
        ("The Fed will meet again April 30-May 1.", ["1999-04-30", "1999-05-01"]),
        # and the year written after the second day
        ("It buys wheat for shipment May 15-June 15, 1998.", ["1998-05-15", "1998-06-15"]),
        ("The show runs Dec. 28-Jan. 3, 1999.", ["1998-12-28", "1999-01-03"]),
    ],
)
def test_two_days_joined_by_and_or_to(text: str, days: list[str]) -> None:
    found = [t.value for t in extract_timexes(text, dt.date(1999, 2, 10))]
    assert found == days


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # "March" before its noun is the month, as "January" there always was
        ("The March accession will take place in Prague.", ["1999-03"]),
        ("The ministry said the March trade surplus had risen.", ["1998-03"]),
        # after a superlative it is the month: "the coldest March on record"
        ("It was the coldest March in Britain since 1962.", ["1998-03", "1962"]),
        ("It was the port's busiest May ever.", ["1998-05"]),
        # the walk, not the month
        ("The March on Washington drew crowds.", []),
        ("He joined the March for Life.", []),
        ("The March was a success.", []),
    ],
)
def test_march_before_its_noun_is_the_month(text: str, found: list[str]) -> None:
    assert [t.value for t in extract_timexes(text, dt.date(1999, 2, 10))] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # British and wire copy write the minutes after a full stop
        ("The match kicks off at 7.45pm BST.", [("7.45pm BST", "2013-03-21T19:45")]),
        ("The bomb went off at 10.30 P.M. (2130 GMT).",
         [("10.30 P.M.", "2013-03-21T22:30"), ("2130 GMT", "2013-03-21T21:30")]),
        # a decimal before "pm" is no clock
        ("It rose 2.5 pm.", []),
    ],
)
def test_a_clock_time_with_a_full_stop_before_the_minutes(
    text: str, found: list[tuple[str, str]]
) -> None:
    got = [(t.expression, t.value) for t in extract_timexes(text, dt.date(2013, 3, 21))]
    assert got == found


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        # "half a" counts a half, where "an hour" alone was read
        ("Trading hours were extended by half an hour.", "half an hour", "PT30M"),
        ("The tender offer would need half a year.", "half a year", "P6M"),
        ("It was the worst slump in more than half a century.", "more than half a century",
         "P50Y"),
        ("The plant opened half a century ago.", "half a century ago", "1963"),
        ("The plant opened half a year ago.", "half a year ago", "2012-09"),
    ],
)
def test_half_a_unit_is_half_of_it(text: str, expr: str, value: str) -> None:
    assert one(text, dt.date(2013, 3, 21), expr).value == value


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("The second half should be stronger.", "The second half", "2013-H2"),
        (
            "The first half was weak, but the second half should be stronger.",
            "the second half",
            "2013-H2",
        ),
        # a month after a preposition is no subject: the imports are February's
        ("Imports in February should also help.", "February", "2013-02"),
    ],
)
def test_a_period_as_the_subject_of_a_modal_lies_ahead(text: str, expr: str, value: str) -> None:
    assert one(text, dt.date(2013, 3, 20), expr).value == value


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("Oracle said its fiscal third quarter profit rose.", "fiscal third quarter", "2013-Q3"),
        (
            "Profit in the third quarter of fiscal 2012 fell.",
            "the third quarter of fiscal 2012",
            "2012-Q3",
        ),
        # a calendar quarter not yet begun, reported, is last year's
        ("Profit in the third quarter rose 18%.", "the third quarter", "2012-Q3"),
    ],
)
def test_a_fiscal_quarter_is_of_the_fiscal_year_under_way(text: str, expr: str, value: str) -> None:
    assert one(text, dt.date(2013, 3, 22), expr).value == value


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        # no past verb: the season to come, not the one nine months gone
        ("Talks are unlikely before the summer, aides said.", "the summer", "2013-SU"),
        ("He hoped the exchange could open in the autumn.", "the autumn", "2013-FA"),
        ("Sales were weak in the summer.", "the summer", "2012-SU"),
        # an adverb between "was" and "effective" leaves the verb past
        ("He was tremendously effective throughout the autumn.", "the autumn", "2012-FA"),
    ],
)
def test_a_bare_season_follows_its_verb(text: str, expr: str, value: str) -> None:
    assert one(text, dt.date(2013, 3, 21), expr).value == value


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("Miners returned to work after a week-long strike.", "week-long", "P1W"),
        ("Merkel spoke after the day-long meeting.", "day-long", "P1D"),
        ("It ended a decades-long conflict.", "decades-long", "PXY"),
        ("The bar completed its months-long review.", "months-long", "PXM"),
    ],
)
def test_a_unit_long_is_a_duration_without_its_article(text: str, expr: str, value: str) -> None:
    t = one(text, dt.date(2013, 3, 22), expr)
    assert (t.type, t.value) == ("DURATION", value)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("In the past five sessions, the Nasdaq has gained.", []),
        ("Sanders has won seven of the past eight contests.", []),
        ("Capital rose to 50 mln dlrs from the present seven mln.", []),
        ("In the past, prices fell.", ["the past"]),
    ],
)
def test_the_past_before_a_count_is_no_time(text: str, found: list[str]) -> None:
    got = [text[t.start : t.end] for t in extract_timexes(text, dt.date(2013, 3, 25))]
    assert got == found


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("Experts said it could take months to refloat the ship.", "months", "PXM"),
        ("He spent years in exile.", "years", "PXY"),
        ("The talks lasted weeks.", "weeks", "PXW"),
        ("Italy cannot afford to wait months for a government.", "months", "PXM"),
        # two lengths joined by "or" are one span, valued by the first
        ("Rates may not change for weeks or even months.", "weeks or even months", "PXW"),
    ],
)
def test_a_bare_length_after_take_or_spend(text: str, expr: str, value: str) -> None:
    t = one(text, dt.date(2013, 3, 22), expr)
    assert (t.type, t.value) == ("DURATION", value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Monday marks the 10th anniversary of the invasion.", "2013-03-25"),
        ("Tuesday is the deadline for filing.", "2013-03-26"),
        ("Tuesday was the deadline for filing.", "2013-03-19"),
    ],
)
def test_a_weekday_as_the_subject_of_a_present_verb_is_to_come(text: str, value: str) -> None:
    assert one(text, dt.date(2013, 3, 23)).value == value  # a Saturday


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "On Monday, after weeks of talks that at times appeared close to collapse, "
            "the parties are expected to sign the deal.",
            "2013-03-25",
        ),
        ("On Friday, as talks stalled, the president will fly to Jordan.", "2013-03-29"),
        ("On Monday, after talks that failed, they walked out.", "2013-03-18"),
    ],
)
def test_a_fronted_weekday_takes_the_main_verb_past_further_adjuncts(text: str, value: str) -> None:
    assert one(text, dt.date(2013, 3, 23), text.split(",")[0][3:]).value == value


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("Forecasters expect the rain to continue through the weekend.", "the weekend",
         "2013-W12-WE"),
        ("The leader wants the Senate to pass the budget by late Friday.", "late Friday",
         "2013-03-22"),
        ("The company expects the plant to be in production by February.", "February", "2014-02"),
        # the date belongs to an earlier happening, or to a comparison
        ("Retailers expect spending to accelerate after a weak increase in February.",
         "February", "2013-02"),
        ("We expect this quarter to be better than the fourth quarter.", "the fourth quarter",
         "2012-Q4"),
    ],
)
def test_a_verb_of_intent_looks_ahead_through_its_object(text: str, expr: str, value: str) -> None:
    assert one(text, dt.date(2013, 3, 20), expr).value == value  # a Wednesday


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("The company sold 47.8 million iPhones in the December quarter.",
         "the December quarter", "2012-Q4"),
        ("Stocks fell in the March quarter and further depletion is forecast for the June "
         "quarter.", "the June quarter", "2013-Q2"),
        ("It lost 30 mln dlrs in the September quarter last year.",
         "the September quarter last year", "2012-Q3"),
        ("Sales rose in the October-December quarter of last year.",
         "the October-December quarter of last year", "2012-Q4"),
        ("Apple sold a record 47.8 million iPhones in the holiday quarter.",
         "the holiday quarter", "2012-Q4"),
    ],
)
def test_a_quarter_named_by_its_last_month(text: str, expr: str, value: str) -> None:
    assert one(text, dt.date(2013, 3, 6), expr).value == value


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("LeBron James scored 12 of his 30 points in the fourth quarter on Monday night.",
         ["Monday night"]),
        ("Miami trailed by 13 points in the third quarter.", []),
        ("United led 1-0 at half-time and scored twice in the second half.", []),
        # business copy keeps its quarters
        ("Sales over the trailing 12 months rose 4 percent in the fourth quarter.",
         ["12 months", "the fourth quarter"]),
        ("Staff worked overtime in the first quarter.", ["the first quarter"]),
    ],
)
def test_a_games_quarter_is_no_date(text: str, found: list[str]) -> None:
    assert [t.expression for t in extract_timexes(text, dt.date(2013, 3, 19))] == found


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Rodriguez is out until at least July after hip surgery in January.", "2013-07"),
        ("Duke plays Albany on Friday in Philadelphia.", "2013-03-22"),
        ("The tournament tips off Thursday in Dayton.", "2013-03-21"),
    ],
)
def test_a_fixture_in_the_present_lies_ahead(text: str, value: str) -> None:
    assert one(text, dt.date(2013, 3, 19)).value == value  # a Tuesday


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("The station was built in the mid-1800s.", "the mid-1800s", "18"),
        ("Immigration peaked in the early 1900s.", "the early 1900s", "19"),
        ("Growth was fast in the 2000s.", "the 2000s", "200"),
        ("Crime fell in the 1990s.", "the 1990s", "199"),
    ],
)
def test_a_round_hundred_with_s_is_a_century(text: str, expr: str, value: str) -> None:
    assert one(text, dt.date(2013, 3, 20), expr).value == value


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("He will travel to the West Bank on Thursday and to Jordan on Friday before "
         "returning to Washington on Saturday.", "Saturday", "2013-03-23"),
        ("The mini-refunding, which will raise 9.27 billion dlrs in new cash, comprises "
         "notes for auction on Tuesday and four-year notes on Wednesday.", "Wednesday",
         "2013-03-27"),
        # far back, a past or a modal verb, a noun or an "after" keep the day just gone
        ("Natural float ranged from a low of near zero on Thursday, for which the spokesman "
         "could give no reason, to a high of 750 mln dlrs on Tuesday.", "Tuesday",
         "2013-03-19"),
        ("Holloway will be charged with murder with a deadly weapon and other charges related "
         "to the incident Sunday evening that left one person dead.", "Sunday evening",
         "2013-03-17TEV"),
        ("Two cranes would make a fresh attempt to raise the sunken tug and its lighter after "
         "an unsuccessful try on Tuesday.", "Tuesday", "2013-03-19"),
    ],
)
def test_a_chain_of_adjuncts_keeps_the_future_of_its_distant_verb(
    text: str, expr: str, value: str
) -> None:
    assert one(text, dt.date(2013, 3, 22), expr).value == value  # a Friday


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("He became the first pope to resign since 1415, when Gregory XII stepped aside.",
         ["1415"]),
        ("The longest conclave dragged on from 1268 to 1271, prompting officials to act.",
         ["1268", "1271"]),
        ("The Magna Carta, sealed in 1215 by King John, went on display.", ["1215"]),
        # counts and clock readings stay numbers
        ("The company employs 1500 people and sold 1200 cars in 1500 stores.", []),
        ("Trading was extended until 1500 (1400 GMT) and starts from 1400 (1300 GMT).", []),
        ("Since 1200 workers were laid off, the town has shrunk.", []),
    ],
)
def test_a_year_before_1600_is_read_after_a_preposition(text: str, years: list[str]) -> None:
    found = [t.value for t in extract_timexes(text, dt.date(2013, 3, 11)) if t.type == "DATE"]
    assert found == years


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("The first smoke could rise from the chapel's copper chimney by 8 p.m. Tuesday.",
         "8 p.m. Tuesday", "2013-03-12T20:00"),
        ("The weather office said conditions should be back to normal by the weekend.",
         "the weekend", "2013-W11-WE"),
        # a noun's day, a relative clause or an earlier happening is not the modal's
        ("He should also get a boost from the win Saturday, Sanders said.", "Saturday",
         "2013-03-09"),
        ("The mogul should ignore the rush of critics who on Sunday cast his answers as "
         "inappropriate.", "Sunday", "2013-03-10"),
        ("Retail sales should rise 0.5 pct after being flat in January.", "January", "2013-01"),
    ],
)
def test_a_modal_further_back_still_looks_ahead_through_its_own_adjuncts(
    text: str, expr: str, value: str
) -> None:
    assert one(text, dt.date(2013, 3, 11), expr).value == value  # a Monday


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("The Commerce Department is expected to report February housing starts next week.",
         "February", "2013-02"),
        ("A drop in March construction jobs may signal a drop in March housing starts.",
         "March", "2013-03"),
        ("Orders should show a 15 pct rise from February orders.", "February", "2013-02"),
        # what a plan sets may lie ahead
        ("Oki Electric will reduce April production by 10 pct.", "April", "2013-04"),
    ],
)
def test_a_months_figures_are_of_a_month_gone(text: str, expr: str, value: str) -> None:
    assert one(text, dt.date(2013, 3, 20), expr).value == value


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("President Obama must formally order the reductions by Friday.", "Friday",
         "2013-03-01"),
        ("Snow will spread across the metro area by Saturday night.", "Saturday night",
         "2013-03-02TNI"),
        ("The bill must be passed by Thursday.", "Thursday", "2013-02-28"),
        ("He hoped an accord could be reached by Monday.", "Monday", "2013-03-04"),
        ("The offering should be completed in late March or early April.", "early April",
         "2013-04"),
        # a past act by that day, or a modal perfect, stays behind
        ("The fund had raised its stake to 13 pct by Friday, filings showed.", "Friday",
         "2013-02-22"),
        ("Neither he nor his parents could be located Monday in their hometown.", "Monday",
         "2013-02-25"),
    ],
)
def test_a_deadline_or_a_modal_passive_looks_ahead(text: str, expr: str, value: str) -> None:
    assert one(text, dt.date(2013, 2, 26), expr).value == value  # a Tuesday


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("In a move aimed at motorists, the fuel duty rise due in September was scrapped.",
         "September", "2013-09"),
        ("Twenty pct of the payment is due on April 23 and the remainder due October 23.",
         "October 23", "2013-10-23"),
        # what was due, or fell due, is behind
        ("The company said the revolving loan fell due at the end of February.",
         "the end of February", "2013-02"),
        ("The report, which was due in January, has been delayed.", "January", "2013-01"),
    ],
)
def test_what_is_due_then_is_still_to_come(text: str, expr: str, value: str) -> None:
    assert one(text, dt.date(2013, 3, 21), expr).value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Unemployment reached 14.7% in January, up from 10% a year earlier.", "2012-01"),
        # the month, not a week named before it, nor a decade in the last sentence
        ("Prices have fallen since the late 1990s. Data released last week showed prices in "
         "January fell 0.2 percent from a year earlier.", "2012-01"),
        ("The jobless total rose to 3.2 mln in February from 3.1 mln in January and 2.9 mln "
         "a year earlier.", "2012-02"),
        # a year-long or quarterly figure is compared by its year or quarter
        ("Profit in the year ending March 31 rose 11 pct from a year earlier.", "2012"),
        ("Net income rose 5% to $1.2 billion, up from $1 billion a year earlier.", "2012"),
    ],
)
def test_a_year_earlier_takes_the_month_the_sentence_reports(text: str, value: str) -> None:
    assert one(text, dt.date(2013, 3, 20), "a year earlier").value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The Raiders won the title last year and reached the semifinals two years earlier.",
         "2010"),
        ("Trading volume last year averaged 188 billion dlrs a day, about double the estimate "
         "made just two years earlier.", "2010"),
        ("The plant opened in 2005 and doubled its output three years later.", "2008"),
    ],
)
def test_years_earlier_count_from_the_year_just_told(text: str, value: str) -> None:
    expr = "two years earlier" if "two years" in text else "three years later"
    assert one(text, dt.date(2013, 3, 8), expr).value == value


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("Whitfield was last seen on Jan. 11. He told police he had spent that Friday night "
         "at home.", "that Friday night", "2013-01-11TNI"),
        ("The storm hit on Oct. 29, 2012. That Wednesday, the subway reopened.",
         "That Wednesday", "2012-10-31"),
        # "that" opening a clause is no part of the day
        ("Carson noted that Saturday was the anniversary of Reagan's birth.", "Saturday",
         "2013-03-30"),
        ("Vilsack told MSNBC that Friday's announcement suggested an effort to hide it.",
         "Friday", "2013-03-29"),
    ],
)
def test_that_weekday_is_the_one_of_the_days_being_told(text: str, expr: str, value: str) -> None:
    assert one(text, dt.date(2013, 4, 4), expr).value == value


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("At least 12 people were killed in fighting overnight in Daraya.", ["2013-03-15TNI"]),
        ("The storm will move through the region overnight.", ["2013-03-16TNI"]),
        # a kind of loan or service, not a night
        ("The Bank of Spain raised its overnight call money rate to 13.5 pct.", []),
        ("Purolator, a New Jersey-based overnight courier, declined comment.", []),
    ],
)
def test_overnight_told_in_the_past_is_last_night(text: str, values: list[str]) -> None:
    found = [t.value for t in extract_timexes(text, dt.date(2013, 3, 16)) if t.type == "TIME"]
    assert found == values


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("In 2011, the company cut 500 jobs in March and another 300 on Sept. 5.", "March",
         "2011-03"),
        ("In 2011, the company cut 500 jobs in March and another 300 on Sept. 5.", "Sept. 5",
         "2011-09-05"),
        ("Last spring, Denver saw almost no snow after mid-March, and wildfires burned "
         "hundreds of homes in June.", "June", "2012-06"),
        # a look ahead, or a date naming a report, is not the frame's
        ("In 2012, sales rose 5 pct, and the company expects growth to resume in April.",
         "April", "2013-04"),
        ("In 2012, farmers planted 76.7 mln acres of corn, according to the February 9 USDA "
         "report.", "February 9", "2013-02-09"),
    ],
)
def test_a_sentence_opening_with_a_past_year_sets_its_months(
    text: str, expr: str, value: str
) -> None:
    assert one(text, dt.date(2013, 3, 8), expr).value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("At Thursday's event, Obama is expected to call on Congress to act.", "2013-03-28"),
        ("At Tuesday's hearing, the senator asked pointed questions.", "2013-03-26"),
        ("After Monday's vote, leaders will meet again.", "2013-03-25"),
    ],
)
def test_a_weekdays_event_opening_the_sentence_takes_the_main_clause_ahead(
    text: str, value: str
) -> None:
    day = text.split("'")[0].split()[-1]
    assert one(text, dt.date(2013, 3, 27), day).value == value
