"""Speaker rules added for PolNeAR attribution, on short sentences written for these tests."""

from __future__ import annotations

from search.quotes import extract_quotes_and_people


def directs(text: str):
    quotes, _ = extract_quotes_and_people(text)
    return [q for q in quotes if q.kind == "direct"]


def test_inverted_cue_with_described_speaker() -> None:
    text = '"The budget is a mess," said veteran county treasurer Alma Ruiz.'
    (q,) = directs(text)
    assert q.speaker == "Alma Ruiz" and q.cue == "said"


def test_inverted_cue_description_with_place_word() -> None:
    text = '"We will win Ohio," said former Iowa governor Dale Whitcombe, a party elder.'
    (q,) = directs(text)
    assert q.speaker == "Dale Whitcombe"


def test_question_mark_ends_sentence_before_cue() -> None:
    text = '"Who pays for this?" Nora Feldman asked. Officials did not answer.'
    (q,) = directs(text)
    assert q.speaker == "Nora Feldman" and q.cue == "asked"


def test_exclamation_then_cue_joins_quotation() -> None:
    text = 'Crowds cheered. "Not again!" Ruth Calder said. "We have done this before."'
    (q,) = directs(text)
    assert q.speaker == "Ruth Calder"
    assert q.text.startswith("Not again!") and q.text.endswith("before.")


def test_participle_takes_the_sentence_subject() -> None:
    text = ('Gov. Hal Brenner, a close ally, defended the plan, saying, '
            '"Most of it is brand new."')
    (q,) = directs(text)
    assert q.speaker == "Hal Brenner" and q.cue == "saying"


def test_participle_after_pronoun_subject() -> None:
    text = ('Mayor Ida Quent spoke first. Later she praised Tom Askew, saying, '
            '"He kept the city running."')
    (q,) = directs(text)
    assert q.speaker == "Ida Quent"


def test_but_said_inherits_the_subject() -> None:
    text = ("Lena Marsh said the talks were slow, but said the deal would close "
            "by the end of the year.")
    quotes, _ = extract_quotes_and_people(text)
    late = [q for q in quotes if q.text.startswith("the deal")]
    assert late and late[0].speaker == "Lena Marsh"


def test_party_tag_and_day_between_name_and_cue() -> None:
    text = ("Sen. Warren Pike (R-Neb.) said the farm bill would pass. "
            "Gov. Lisa Moreno on Tuesday said that the bridge would reopen in June.")
    quotes, _ = extract_quotes_and_people(text)
    assert [(q.text, q.speaker) for q in quotes] == [
        ("the farm bill would pass", "Warren Pike"),
        ("the bridge would reopen in June", "Lisa Moreno"),
    ]


def test_belief_inside_reported_speech_stays_in_the_clause() -> None:
    text = "Olga Brandt said she didn’t think the new rules went far enough."
    quotes, _ = extract_quotes_and_people(text)
    (q,) = quotes
    assert q.text == "she didn’t think the new rules went far enough"
    assert q.speaker == "Olga Brandt"


def test_inverted_cue_with_organisation_word_opening_the_description() -> None:
    text = ('Polls tightened. "Both states are in play now," said Priorities spokesman '
            'Neil Harlow in a statement. "That worries them."')
    (q,) = directs(text)
    assert q.speaker == "Neil Harlow" and q.text.endswith("That worries them.")


def test_told_an_object_then_comma_and_quote() -> None:
    text = "Former envoy Ruth Abbot told radio host Ken Morrow, “The talks are finished.”"
    (q,) = directs(text)
    assert q.speaker == "Ruth Abbot" and q.text == "The talks are finished."


def test_went_on_to_say() -> None:
    text = "Mayor Ida Quent went on to say the budget was balanced for the first time."
    quotes, _ = extract_quotes_and_people(text)
    (q,) = quotes
    assert q.speaker == "Ida Quent" and q.text == "the budget was balanced for the first time"


def test_appositive_with_a_place_inside_credits_the_name_that_opens_it() -> None:
    text = ("Voters were split. Nora Vance, 58, a retired teacher from Dayton, Ohio, said "
            "she had not decided.")
    quotes, _ = extract_quotes_and_people(text)
    (q,) = quotes
    assert q.speaker == "Nora Vance" and q.text == "she had not decided"


def test_organisation_with_appositive_keeps_no_speaker() -> None:
    text = "Acme Corp., a maker of valves in Dayton, said sales fell in the spring."
    quotes, _ = extract_quotes_and_people(text)
    (q,) = quotes
    assert q.speaker is None and q.text == "sales fell in the spring"


def test_spokeswoman_for_a_named_person_is_not_that_person() -> None:
    text = ("A spokeswoman for Gov. Maria Olsen said the veto would stand. "
            "The Commission on Public Debates said the stage was set.")
    quotes, _ = extract_quotes_and_people(text)
    assert [(q.text, q.speaker) for q in quotes] == [
        ("the veto would stand", None), ("the stage was set", None)
    ]


def test_nationality_plurals_are_groups_not_people() -> None:
    text = "Many Canadians said the border rules were confusing."
    quotes, people = extract_quotes_and_people(text)
    assert [q.speaker for q in quotes] == [None] and people == []


def test_saying_he_is_content_not_an_inverted_subject() -> None:
    text = ("Mayor Ida Quent struck a calm tone, saying he understood the anger. "
            "Mr. Tom Askew closed by saying the city would recover.")
    quotes, _ = extract_quotes_and_people(text)
    assert [(q.text, q.speaker) for q in quotes] == [
        ("he understood the anger", "Ida Quent"),
        ("the city would recover", "Tom Askew"),
    ]


def test_inverted_name_after_a_clause_with_a_place_in_it() -> None:
    text = ("Even as the race moves to Ohio, a state she hoped to win, the vote will be "
            "close, said Dan Gerber, a pollster.")
    quotes, _ = extract_quotes_and_people(text)
    (q,) = quotes
    assert q.speaker == "Dan Gerber" and q.text.endswith("the vote will be close")


def test_appositive_after_a_party_tag() -> None:
    text = ("Sen. Rob Pike (R-Ohio), another vulnerable incumbent, said he hadn’t "
            "thought about it.")
    quotes, _ = extract_quotes_and_people(text)
    (q,) = quotes
    assert q.speaker == "Rob Pike" and q.text == "he hadn’t thought about it"


def test_next_sentence_speaker_does_not_take_the_quote_before_it() -> None:
    text = ('"It is a sad day," Ted Marr told reporters in Toledo. "This has no place in '
            'politics." Gov. Jill Kaye said she would have fired him.')
    quotes, _ = extract_quotes_and_people(text)
    assert [(q.kind, q.speaker) for q in quotes] == [
        ("direct", "Ted Marr"), ("indirect", "Jill Kaye")
    ]
    assert quotes[0].text.endswith("no place in politics.")


def test_participle_subject_skips_a_name_after_a_preposition() -> None:
    text = ('Mr. Neil Ortega toured the county.\n\n'
            'With Gov. Ruth Alder, Ortega stressed jobs, saying, "We need the plant open."')
    (q,) = directs(text)
    assert q.speaker == "Neil Ortega"


def test_calendar_given_name_mid_sentence() -> None:
    text = '"Costs keep rising," said Will Doyle, a professor of economics.'
    (q,) = directs(text)
    assert q.speaker == "Will Doyle"


def test_lone_surname_after_a_closing_quote_is_a_name() -> None:
    text = ("Halvorsen spoke briefly. “We inform the local officials,” Halvorsen stated. "
            "“Why would we wait?” Halvorsen added during a call with reporters.")
    quotes = directs(text)
    assert [q.speaker for q in quotes] == ["Halvorsen", "Halvorsen"]
