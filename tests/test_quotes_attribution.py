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
