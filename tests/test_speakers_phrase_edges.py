"""Where a speaker's phrase starts and ends, on sentences written for these tests.

* A day of the week printed right after a name ends it (``said Mayor Ines Holt Tuesday``).
* An apposition that ends in a noun in lower case describes the name before it
  (``Ola Berg, Labour group leader on the council,``): the name speaks, not the description.
* A relative clause opened by ``whose`` belongs to the phrase before it (``A farmer whose barn
  burned down said``), never to a noun inside the clause (``his throat``).
* A role followed by an indefinite complement (``the owner of a bakery``) is someone new, not the
  person the text is about.
* A name of ordinary words ending in a plural (``Liberal Democrats``, ``Social Democrats``) is a group:
  ``he`` never stands for it.
* Verbs of a manner of speaking credit like ``said`` (``muttered``, ``chanted``, ``joked``, ``testified``).
* A speech noun's source follows ``from`` (``pointed remarks from the panel``); its adjectives are no speaker.
* Two words that are neither first names nor ordinary words after a preposition, then a full name, are
  a place before the name (``the party's secretary for Tamil Nadu Rahul Menon``).
* A passage quoting only terms still introduces the quote paragraph after it.
* ``Name, of Body said`` with the closing comma left out credits the name.
* A fragment in single marks that a speech verb before it credits is partial where double marks quote speech.
* An opening participle clause (``Seizing on the row,``) is no part of the subject after its comma.
* A described phrase right after a preposition (``a blade to his neck said``) is its object, no subject.
* A first name and a capitalized word that is also a function word are a name (``Theresa May``).
* An age with a description after it (``the 34-year-old deputy manager from Leeds``) takes up the person followed.
* A title's acronym in capitals (``Energy CS``, ``DA``) is part of the title, never of the name after it.
* Lower-case words ending in a role after a name run on to the name (``NDP national spokesperson Ravi Shah``).
* A quote after ``as`` that a speech verb introduces is the describer's, not the words of the owner of
  the speech noun between (``He described the senator’s remarks as “…”``).
"""

from __future__ import annotations

import pytest

from newsparse.hooks.vocabulary import Vocabulary
from newsparse_quotes.declarations import DECLARATIONS
from newsparse_quotes.epithets import epithet
from newsparse_quotes.segments import tokenize
from newsparse_quotes.words import Words

from .test_quotes import extract
from .test_speakers_rules import credited


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("“We will rebuild the pier,” said Mayor Ines Holt Tuesday.", "Ines Holt"),
        ("“Prices will fall,” said Finance Minister Ola Berg Monday, after the vote.", "Ola Berg"),
        ("“The ferry will run,” said Mayor Ines Holt on Tuesday.", "Ines Holt"),
    ],
)
def test_a_weekday_ends_the_name_before_it(paragraph, expected):
    assert expected in credited(paragraph)[0]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("Ola Berg, Labour group leader on the council, said: “Where were they all summer?”", "Ola Berg"),
        ("Ivan Petrov, Kremlin spokesman, said: “We will see.”", "Ivan Petrov"),
        ("Nora Flynn, Green Party deputy for Cork, said: “This is a fair budget.”", "Nora Flynn"),
        ("The deputy minister, Ana Sousa, said: “We are ready.”", "Ana Sousa"),  # the name is the apposition
    ],
)
def test_an_apposition_ending_in_a_lower_case_noun_describes_the_name(paragraph, expected):
    assert credited(paragraph) == [expected]


def test_a_whose_clause_belongs_to_the_phrase_before_it():
    speakers = credited(
        "A farmer whose barn burned down last week said the blaze was “a nightmare” for the family.",
        "A baker whose shop was robbed at knifepoint in front of his daughter said the thief “got off lightly”.",
    )
    assert speakers[0] == "A farmer"
    assert speakers[1] != "his daughter"


def test_a_role_with_an_indefinite_complement_is_someone_new():
    speakers = credited(
        "Ann Lee, whose firm lost the contract, said: “We will appeal.”",
        "The owner of a bakery said the closure was “a disaster” for trade.",
    )
    assert speakers == ["Ann Lee", "The owner of a bakery"]


@pytest.mark.parametrize(
    "group",
    ["The county’s Social Democrats have started", "The district’s Radical Liberals have started"],
)
def test_a_name_ending_in_a_plural_is_a_group_not_a_person(group):
    speakers = credited(
        f"{group} a petition against the plan, and the party’s president, Ola Berg, joined campaigners, saying"
        " the charges were unfair.",
        "He said: “This will hurt families.”",
    )
    assert speakers[-1] == "Ola Berg"


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("On occasions Tom Reed muttered “liars” as the charges were read.", "Tom Reed"),
        ("“We won,” the fans chanted outside the stadium.", "the fans"),
        ("“I never liked meetings,” Mayor Tom Reed joked.", "Tom Reed"),
        ("Ann Lee testified that she had seen “a tall man” near the car.", "Ann Lee"),
    ],
)
def test_verbs_of_a_manner_of_speaking_credit_their_subject(paragraph, expected):
    assert credited(paragraph) == [expected]


def test_a_speech_nouns_adjectives_are_no_speaker():
    speakers = credited(
        "The inquiry heard a few pointed remarks from the panel, which scolded the witness, terming the claim"
        " a “fairy tale”."
    )
    assert speakers != ["a few pointed"]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("The dredging plan drew sharp comments from Ann Lee: “It is reckless.”", "Ann Lee"),
        ("The plan drew angry comments from the county sheriff: “Nobody asked us.”", "the county sheriff"),
    ],
)
def test_a_speech_nouns_source_follows_from(paragraph, expected):
    assert credited(paragraph) == [expected]


def test_a_place_before_a_full_name_is_not_part_of_it():
    speakers = credited(
        "The party’s secretary for Tamil Nadu Rahul Menon wrote on X, saying, “The vote was rigged.”",
        "“We will go to court,” he added.",
    )
    assert "Rahul Menon" in speakers[0]
    assert speakers[1] == "Rahul Menon"


def test_a_full_name_opening_with_an_unknown_first_name_is_kept_whole():
    assert credited("The row was started by Biren Ranjan Dutta, who said: “I stand by it.”") == [
        "Biren Ranjan Dutta"
    ]


def test_a_passage_quoting_only_terms_still_leads_in():
    speakers = credited(
        "League chief Andrew Kemp confirmed that the ban followed the cup final, when Reed walked out of a"
        " briefing after the notorious ‘fourth try’ row.",
        "“I raised the matter with the coach myself.”",
    )
    assert speakers[-1] == "Andrew Kemp"


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("Miriam Doyle, of Hospital Providers said: “Trusts are working hard.”", "Miriam Doyle"),
        ("Police Chief Tom Reed, of the county police said the crash was “a tragedy”.", "Tom Reed"),
        ("Miriam Doyle, of Hospital Providers, said: “Trusts are working hard.”", "Miriam Doyle"),
    ],
)
def test_a_name_before_of_and_its_body_speaks(paragraph, expected):
    assert credited(paragraph) == [expected]


def test_a_describers_as_quote_is_not_the_words_of_the_nouns_owner():
    speakers = credited(
        "Senator Ann Lee attacked the bill on Monday.",
        "Minister Ola Berg described Lee’s remarks as “deeply offensive” to farmers.",
    )
    assert speakers == ["Ola Berg"]


def test_a_speech_nouns_owner_still_speaks_without_as():
    assert credited("Ola Berg repeated Ann Lee’s promise that “no school will close”.") == ["Ann Lee"]


def test_a_single_marked_fragment_a_cue_before_it_quotes_is_partial():
    """Where the article quotes speech in double marks, a fragment in single marks that a speech verb before
    it in its sentence credits is that speaker's partial quote; one a naming verb credits stays a term."""
    quotes = extract(
        "“We are ready,” the governor said.",
        "Ola Berg said the board believes high inflation needs ‘a calibrated exit’ from cheap money.",
        "Locals call the coast road ‘the mile of death’.",
        "The film ‘Dark Waters’ opens on Friday.",
    )
    assert [(q.kind, q.speaker) for q in quotes[1:]] == [
        ("partial", "Ola Berg"), ("term", None), ("term", None),
    ]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("Seizing on the row, Ravi Shah targeted the opposition and said, “It means corruption.”", "Ravi Shah"),
        ("Speaking to reporters, Mayor Ines Holt praised the crews and said, “They never stopped.”", "Ines Holt"),
        ("Browning, the club’s captain, praised the crowd and said, “They carried us.”", "Browning"),
    ],
)
def test_an_opening_participle_clause_is_no_part_of_the_subject(paragraph, expected):
    assert credited(paragraph) == [expected]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("Reacting to the vote, NDP national spokesperson Ravi Shah said, “It means corruption.”", "Ravi Shah"),
        ("The Acme regional sales director Ola Berg said the figures were “a relief”.", "Ola Berg"),
    ],
)
def test_lower_case_words_ending_in_a_role_run_on_to_the_name(paragraph, expected):
    assert credited(paragraph) == [expected]


@pytest.mark.parametrize(
    "paragraph",
    [
        "A baker whose van was “wrecked” after a thief held a blade to his neck said the man “got off lightly”.",
        "The man standing next to his wife said the fire was “terrifying”.",
    ],
)
def test_the_object_of_a_preposition_is_no_subject(paragraph):
    assert not {"his neck", "his wife"} & set(credited(paragraph))


def test_a_part_of_a_group_still_speaks_for_it():
    assert credited("Many of the tenants said the heating was “a joke”.") == ["the tenants"]


@pytest.mark.parametrize(
    "paragraph",
    ["“The vote stands,” said Theresa May.", "Theresa May said: “The vote stands.”"],
)
def test_a_surname_that_is_also_a_modal_verb_is_a_name_after_a_first_name(paragraph):
    assert credited(paragraph) == ["Theresa May"]


def test_a_phrase_ending_in_a_function_word_is_still_no_speaker():
    assert credited("The head of said the data was “clear”.") == [None]


@pytest.mark.parametrize(
    "epithet",
    ["the 34-year-old deputy manager from Leeds", "the 29-year-old mother of two", "the 41-year-old"],
)
def test_an_age_with_a_description_takes_up_the_person_followed(epithet):
    speakers = credited(
        "The night before the race Ann Lee was calm. She had trained for a year.",
        f"“I knew the course by heart,” says {epithet}.",
    )
    assert speakers == ["Ann Lee"]


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("the 34-year-old deputy manager from Leeds", ""),
        ("the 29-year-old mother of two", "she"),
        ("the 34-year-old deputy manager of the local branch", None),  # a phrase of its own after "of"
        ("the 34-year-old deputy manager with the red car outside", None),
    ],
)
def test_an_epithet_is_an_age_and_a_short_description(phrase, expected):
    words = Words.from_vocabulary(Vocabulary(DECLARATIONS))
    assert epithet(words, tokenize(phrase, [])) == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (["Mira Holt runs the stall alone.", "“Nobody buys lotion early any more,” she sighed."], "Mira Holt"),
        (["Tomas Berg has coached the side for a decade.", "“I still get nervous,” he laughed."], "Tomas Berg"),
    ],
)
def test_sighed_and_laughed_credit_like_said(paragraphs, expected):
    assert credited(*paragraphs)[-1] == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("“Funds will return,” said Harbour Capital Bhd chief economist Dr Ann Lee.", "Ann Lee"),
        ("“Funds will return,” said bank economist Dr Aziz Mohd Nor.", "Aziz Mohd Nor"),
    ],
)
def test_a_firms_suffix_and_a_surname_that_is_a_function_word(paragraph, expected):
    assert credited(paragraph) == [expected]


def test_a_participles_report_of_a_thing_is_the_participles_subjects():
    assert credited(
        "Lindqvist praised the poll workers, adding that the count proved that “every vote matters” here."
    ) == ["Lindqvist"]


def test_a_capitalized_word_ending_in_digits_is_no_part_of_a_name():
    speakers = credited(
        "Petrol Sh182 and Diesel Sh171 a litre, the regulator set.",
        "Energy Secretary Ann Lee convened a briefing on Friday.",
        "“We will not tolerate hoarding,” she said.",
    )
    assert speakers == ["Ann Lee"]


@pytest.mark.parametrize(
    "paragraph",
    [
        "“Policy will stay tight,” Amir Roe, Governor of the Bank of Eastland, said in a statement.",
        "“Policy will stay tight,” Amir Roe, the head of the central bank, said on Monday.",
    ],
)
def test_an_apposition_opening_with_a_role_or_determiner_after_the_quote_is_passed(paragraph):
    assert credited(paragraph) == ["Amir Roe"]


def test_a_sentence_that_only_attributes_credits_the_quote_before_it():
    speakers = credited(
        "Tomas Berg spoke after the vote.",
        "The board met on Monday. “Policy will stay tight.” Ann Lee, the governor, said in a statement.",
    )
    assert speakers == ["Ann Lee"]


def test_a_described_source_taken_up_with_an_adjective_of_its_own():
    speakers = credited(
        "Tomas Berg, who heads the growers’ union, said trade had stopped.",
        "A farmer, who spoke on condition of anonymity, said some neighbours were fined.",
        "“They fined half the valley,” the middle-aged farmer said.",
    )
    assert speakers == ["A farmer"]


def test_a_described_source_is_not_taken_up_by_a_noun_of_another_group():
    speakers = credited(
        "A farmer, who spoke on condition of anonymity, said some neighbours were fined.",
        "“They fined half the valley,” the ministry farmer said.",
    )
    assert speakers[-1] != "A farmer"


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (["Energy CS Ann Wanjiku convened a briefing on fuel.", "“We will not tolerate hoarding,” she said."], "Ann Wanjiku"),
        (["“We will appeal,” said Harbour County DA Tom Reed."], "Tom Reed"),
        (["“We won,” said Luiz Inacio Lula da Silva."], "Luiz Inacio Lula da Silva"),  # a particle, no acronym
    ],
)
def test_a_titles_acronym_in_capitals_is_part_of_the_title(paragraphs, expected):
    assert credited(*paragraphs)[-1] == expected
