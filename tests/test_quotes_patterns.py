"""Each quoting pattern of news prose, on short sentences written for these tests."""

from __future__ import annotations

from search.quotes import extract_quotes_and_people, person_key
from search.records import Block


def run(text: str):
    return extract_quotes_and_people(text)


def only(quotes, kind):
    return [q for q in quotes if q.kind == kind]


def test_direct_curly_after_cue_and_appositive() -> None:
    text = ("“We will not back down,” Maria Lopez, the mayor of Springfield, said Monday.")
    quotes, people = run(text)
    (q,) = only(quotes, "direct")
    assert q.text == "We will not back down,"
    assert q.speaker == "Maria Lopez" and q.cue == "said"
    assert people[0].role == "mayor of Springfield"


def test_direct_straight_inverted_said_name() -> None:
    text = 'Officials were upbeat. "The plan is on track," said Robert Chen.'
    quotes, _ = run(text)
    (q,) = only(quotes, "direct")
    assert q.text == "The plan is on track," and q.speaker == "Robert Chen"


def test_typewriter_double_single_quotes() -> None:
    text = "''It was a long night,'' said Sen. Paula Grant."
    quotes, _ = run(text)
    (q,) = only(quotes, "direct")
    assert q.text == "It was a long night," and q.speaker == "Paula Grant"


def test_prefix_cue_with_colon() -> None:
    text = "Premier Janet Moore told the legislature: “This budget protects families.”"
    quotes, people = run(text)
    (q,) = only(quotes, "direct")
    assert q.speaker == "Janet Moore" and q.text == "This budget protects families."
    assert people[0].role == "Premier"


def test_split_quote_and_continuation_paragraph() -> None:
    text = ("“We have a plan,” Mr. Daniel Ortiz said. “We will deliver it.\n\n"
            "“And we will be judged on it,” he said.\n\n"
            "“Nobody else has one.")
    quotes, _ = run(text)
    d = only(quotes, "direct")
    # pieces of one quotation are one record; the last runs on across paragraphs
    assert len(d) >= 2 and {q.speaker for q in d} == {"Daniel Ortiz"}
    assert d[0].text.startswith("We have a plan") and d[-1].text.endswith("Nobody else has one.")


def test_open_quote_continues_into_next_paragraph() -> None:
    text = ("“The mill will reopen next year,” said Helen Baker, its owner. "
            "“We have the orders.\n\n“We have the workers, too.”")
    quotes, _ = run(text)
    d = only(quotes, "direct")
    assert d[-1].text.endswith("We have the workers, too.") and d[-1].speaker == "Helen Baker"


def test_nested_single_quotes_stay_inside() -> None:
    text = "“He told me ‘never again’ and walked out,” said Laura Kim."
    quotes, _ = run(text)
    d = only(quotes, "direct")
    assert len(d) == 1 and "‘never again’" in d[0].text and d[0].speaker == "Laura Kim"


def test_partial_quote_inside_reported_speech_is_one_direct_record() -> None:
    text = "Senator Tom Hale called the levy “a tax on working families” on Tuesday."
    quotes, _ = run(text)
    # one record for one statement: the clause, carrying the quoted words
    (q,) = quotes
    assert q.kind == "direct" and q.speaker == "Tom Hale"
    assert q.text == "the levy “a tax on working families” on Tuesday"


def test_clause_ending_on_a_partial_quote_stays_indirect() -> None:
    text = "Ruth Okafor said the new ferry schedule is “a real improvement.”"
    quotes, _ = run(text)
    (q,) = quotes
    assert q.kind == "indirect" and q.speaker == "Ruth Okafor"
    assert q.text == "the new ferry schedule is “a real improvement.”"


def test_scare_quoted_word_does_not_make_a_clause_direct() -> None:
    text = "Paul Dorsey said the “reform” would cost jobs across the region."
    quotes, _ = run(text)
    (q,) = quotes
    assert q.kind == "indirect" and q.text.startswith("the “reform” would")


def test_quoted_clause_after_but_is_its_own_direct_quote() -> None:
    text = ("Ms. Irene Walsh said the board is pleased with the early results, but “we are "
            "nowhere near done with this project.”")
    quotes, _ = run(text)
    assert [(q.kind, q.speaker) for q in quotes] == [
        ("indirect", "Irene Walsh"), ("direct", "Irene Walsh")
    ]
    assert quotes[0].text == "the board is pleased with the early results"
    assert quotes[1].text.startswith("we are nowhere near done")


def test_indirect_forward_with_adjunct_and_that() -> None:
    text = "Jane Porter said in an interview Sunday that the talks would resume in March."
    quotes, _ = run(text)
    (q,) = only(quotes, "indirect")
    assert q.text == "the talks would resume in March" and q.speaker == "Jane Porter"


def test_indirect_told_object_that() -> None:
    text = "Mark Ellis told CBS News’s Face the Nation that he expects a deal soon."
    quotes, people = run(text)
    (q,) = only(quotes, "indirect")
    assert q.text == "he expects a deal soon" and q.speaker == "Mark Ellis" and q.cue == "told"
    assert {p.name for p in people} == {"Mark Ellis"}


def test_indirect_backward_and_adding_that() -> None:
    text = ("Karen Wu spoke first. Both sides want a deal, she said, adding that the "
            "deadline is firm.")
    quotes, _ = run(text)
    ind = only(quotes, "indirect")
    assert [q.text for q in ind] == ["Both sides want a deal", "the deadline is firm"]
    assert all(q.speaker == "Karen Wu" for q in ind)


def test_according_to_and_called_on() -> None:
    text = ("The plant will close in May, according to Paul Grady, the union president. "
            "Governor Ann Lee called on Ottawa to step in.")
    quotes, _ = run(text)
    ind = {q.text: q.speaker for q in only(quotes, "indirect")}
    assert ind["The plant will close in May"] == "Paul Grady"
    assert ind["Ottawa to step in"] == "Ann Lee"


def test_surname_and_honorific_coreference() -> None:
    text = ("Finance Minister Dominic Fraser spoke in Halifax.\n\n"
            "Mr. Fraser said the deficit will shrink.\n\n"
            "He also said rates will stay low.")
    quotes, people = run(text)
    assert [q.speaker for q in only(quotes, "indirect")] == ["Dominic Fraser"] * 2
    (p,) = people
    assert p.role == "Finance Minister" and "Mr. Fraser" in p.aliases


def test_pronoun_gender_picks_the_right_person() -> None:
    text = ("Mr. Paul Reid and Ms. Laura Chen met on Friday.\n\n"
            "She said the meeting went well.")
    quotes, _ = run(text)
    (q,) = only(quotes, "indirect")
    assert q.speaker == "Laura Chen"


def test_organisations_and_groups_are_not_speakers() -> None:
    text = ("Export Development Canada said exports rose. Senior officials said the "
            "visit is on. The White House said it had no comment.")
    quotes, people = run(text)
    assert quotes and all(q.speaker is None for q in quotes)
    assert people == []


def test_places_are_not_people() -> None:
    text = "Talks in Mexico City and at the Canada Border Services Agency were brief."
    _, people = run(text)
    assert people == []


def test_unattributed_quote_paragraph_follows_previous_speaker() -> None:
    text = ("“Prices are too high,” said Omar Haddad, a grocer.\n\n"
            "“People are cutting back on everything they buy.”")
    quotes, _ = run(text)
    assert [q.speaker for q in only(quotes, "direct")] == ["Omar Haddad", "Omar Haddad"]


def test_caption_credits_and_byline() -> None:
    cap = "The minister in Ottawa on Monday.JUSTIN TANG/The Canadian Press"
    body = "The minister spoke."
    byline = "With reports from Steven Park and Ana Silva"
    text = f"{cap}\n\n{body}\n\n{byline}"
    blocks = [Block(0, len(cap), "caption"),
              Block(len(cap) + 2, len(cap) + 2 + len(body), "body"),
              Block(len(text) - len(byline), len(text), "byline")]
    _, people = extract_quotes_and_people(text, blocks)
    roles = {p.name: (p.role, p.aliases) for p in people}
    assert roles["Justin Tang"] == ("photographer", ("JUSTIN TANG",))
    assert roles["Steven Park"][0] == "reporter" and roles["Ana Silva"][0] == "reporter"


def test_ap_photo_credit() -> None:
    _, people = run("Flags fly in Detroit. (AP Photo/Carlos Osorio)")
    assert [(p.name, p.role) for p in people] == [("Carlos Osorio", "photographer")]


def test_quotes_only_from_body_blocks() -> None:
    head = "“We won,” Joe Banks said"
    body = "The vote was close."
    text = f"{head}\n\n{body}"
    blocks = [Block(0, len(head), "headline"), Block(len(head) + 2, len(text), "body")]
    quotes, people = extract_quotes_and_people(text, blocks)
    assert quotes == [] and [p.name for p in people] == ["Joe Banks"]


def test_person_key_matches_spellings() -> None:
    assert person_key("François-Philippe Champagne") == person_key("Francois-Philippe Champagne")
    assert person_key("FRANCOIS PHILIPPE CHAMPAGNE") == person_key("François-Philippe Champagne")
    assert person_key("Mr. LeBlanc") == person_key("leblanc")


def test_typewriter_quote_opens_a_new_sentence() -> None:
    text = ("Mr. Hal Dorn said he did not remember the dinner. ''If it happened, it was "
            "a long time ago,'' he added.")
    quotes, _ = run(text)
    assert [(q.kind, q.speaker) for q in quotes] == [
        ("indirect", "Hal Dorn"), ("direct", "Hal Dorn")
    ]
    assert quotes[0].text == "he did not remember the dinner"


def test_noun_forms_of_cue_words_are_not_cues() -> None:
    text = ("Rosa Imbert said the region was under a state of emergency until Friday. "
            "Their claims about the upcoming states were disputed.")
    quotes, _ = run(text)
    assert [q.text for q in quotes] == [
        "the region was under a state of emergency until Friday"
    ]


def test_told_object_then_clause_without_that() -> None:
    text = ("The director of the clinic, Ines Marlow, told the AP her staff had "
            "not been paid. Mr. Sam Hill told reporters the mill would stay open.")
    quotes, _ = run(text)
    assert [(q.text, q.speaker) for q in quotes] == [
        ("her staff had not been paid", "Ines Marlow"),
        ("the mill would stay open", "Sam Hill"),
    ]


def test_urged_object_to_keeps_the_object() -> None:
    text = "Mayor Jane Ruiz urged residents to stay off the roads."
    quotes, _ = run(text)
    (q,) = quotes
    assert q.text == "residents to stay off the roads" and q.speaker == "Jane Ruiz"


def test_cue_followed_only_by_where_or_when_has_no_content() -> None:
    text = ("“We are ready,” Mr. Tom Vale wrote in his memo. "
            "Gov. Ana Reyes said Tuesday the roads would reopen soon.")
    quotes, _ = run(text)
    assert [(q.kind, q.text, q.speaker) for q in quotes] == [
        ("direct", "We are ready,", "Tom Vale"),
        ("indirect", "the roads would reopen soon", "Ana Reyes"),
    ]


def test_no_break_space_inside_a_name() -> None:
    text = "Former House Speaker Newt\xa0Gingrich said the transition reflects reality."
    quotes, people = run(text)
    (q,) = quotes
    assert q.speaker == "Newt Gingrich" and q.text == text[q.start:q.end]
    assert [p.name for p in people] == ["Newt Gingrich"]


def test_quotation_going_on_after_a_mixed_sentence_joins_it() -> None:
    text = ('The mayor "felt a duty to fix the pipes" before winter, Carl Ibsen said. '
            '"This was core work for her."')
    quotes, _ = run(text)
    (q,) = quotes
    assert q.speaker == "Carl Ibsen" and q.kind == "direct"
    assert q.text.startswith("The mayor") and q.text.endswith("core work for her.")


def test_but_said_does_not_take_the_partial_quote_before_it() -> None:
    text = ('Inspector Gail Moss called the audit "deeply flawed," but said no one '
            'would be charged.')
    quotes, _ = run(text)
    assert [(q.kind, q.text) for q in quotes] == [
        ("indirect", 'the audit "deeply flawed,"'),
        ("indirect", "no one would be charged"),
    ]
    assert {q.speaker for q in quotes} == {"Gail Moss"}


def test_second_quotation_in_a_sentence_goes_to_its_own_cue() -> None:
    text = ('Mr. Owen Pratt spoke first. "The site is ready," he said, but despite the '
            'delays, "we open in May," said Ms. Vera Lund.')
    quotes, _ = run(text)
    assert [(q.text, q.speaker) for q in quotes if q.kind == "direct"] == [
        ("The site is ready,", "Owen Pratt"), ("we open in May,", "Vera Lund")
    ]
