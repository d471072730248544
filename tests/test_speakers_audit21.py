"""A twenty-first audit of the speaker rules (wrong or missing speakers of blind round r93): the other party a phrase
opening a sentence names with ``with``, ``to`` or ``against`` (``In an interview with Tom Baa, he said``) is not the
``he`` or ``she`` after it; a determiner and a month is no speaker; ``the commission`` takes up the body whose name
holds it before a body of no kind followed since; ``the dad-of-two`` is like ``he``; a post's portfolio (``the
Minister of Justice asking``) is no subject; a speech verb after a quote is a noun before a preposition (``“a dozen”
calls from``); a participle set off by commas (``the program, announced in 2023, will``) reports nothing; a clause
word after a quote (``“very closely” how``) ends it; ``Port`` heads a body's name; a kin word of the other sex is no
apposition; a currency's mark (``Rs``) is no name; a speech verb after ``, the club`` makes no apposition; ``the
club’s statement`` speaks for the club; a capitalised modifier before a body word (``Premiership club X``) tells its
kind.  Sentences written for it (none copied from a page), positive and negative."""

from __future__ import annotations

import pytest

from .test_quotes import credited


@pytest.mark.parametrize(
    "opening",
    [
        "In an interview with Tom Baker, he said:",
        "In a letter to Tom Baker, he wrote:",
        "During talks with Tom Baker on Monday, he said:",
        "In his case against Tom Baker, he argued:",
    ],
)
def test_the_other_party_of_a_fronted_phrase_is_not_the_pronoun(opening):
    speakers = credited("Mayor John Lee toured the burnt streets on Monday.", f"{opening} “We will rebuild every home.”")
    assert speakers == ["John Lee"]


def test_with_no_one_named_before_the_other_party_is_still_not_the_pronoun():
    speakers = credited("Fire crews worked through the night.", "In an interview with Tom Baker, he said: “We will rebuild.”")
    assert speakers == [None]


@pytest.mark.parametrize(
    "opening",
    [
        "In his briefing, he said:",  # no other party: the person followed
        "In an interview with reporters, he said:",  # the other party names no one
        "At the site, he said:",
    ],
)
def test_a_fronted_phrase_naming_no_other_person_keeps_the_person_followed(opening):
    speakers = credited("Tom Baker, the fire chief, arrived at noon.", f"{opening} “We will rebuild every home.”")
    assert speakers == ["Tom Baker"]


def test_a_person_named_in_the_phrase_and_before_it_stays_the_person_followed():
    speakers = credited(
        "Tom Baker, the fire chief, arrived at noon.",
        "In an interview with Tom Baker’s deputy, he said: “We will rebuild every home.”",
    )
    assert speakers == ["Tom Baker"]


@pytest.mark.parametrize("month", ["January", "June", "March"])
def test_a_determiner_and_a_month_is_no_speaker(month):
    speakers = credited(f"Acme Insurance won approval for a rate rise. The company said it had paid claims from the {month} floods and that the rise was “needed to pay claims”.")
    assert speakers in ([None], ["Acme Insurance"])


def test_the_commission_is_the_body_named_so_not_a_body_of_no_kind_followed_since():
    speakers = credited(
        "The Harbour Data Commission fined Everbright $250,000 on Tuesday.",
        "The vendor, Techwise Solutions, was fined $52,000. In deciding the penalty, the commission said the breach was “serious”.",
    )
    assert speakers == ["Harbour Data Commission"]


@pytest.mark.parametrize(("head", "named"), [("authority", "Water Services Regulation Authority"), ("council", "Leeds City Council")])
def test_a_head_of_another_kind_is_not_a_body_of_no_kind_followed_since(head, named):
    speakers = credited(f"The {named} fined Thames Water £104m.", f"Thames Water had asked for more time. In a letter, the {head} said it was “deeply disappointed”.")
    assert speakers == [named]


def test_the_company_still_takes_up_a_body_of_no_kind_followed_since():
    speakers = credited(
        "The Harbour Company runs the docks.",
        "Nordvik Freight had asked for a delay. In a letter, the company said the roads were “under pressure”.",
    )
    assert speakers == ["Nordvik Freight"]


@pytest.mark.parametrize(("described", "expected"), [("the dad-of-two", "Danny Whitehead"), ("the father-of-three", "Danny Whitehead"), ("the mum-of-two", None)])
def test_a_hyphenated_kin_word_of_a_count_is_like_a_pronoun(described, expected):
    speakers = credited("Danny Whitehead, 38, was told his rent would rise.", f"“I have never missed a payment,” {described} said.")
    assert speakers == [expected]


def test_a_posts_portfolio_is_no_subject_of_the_participle_after_it():
    speakers = credited(
        "Justice Margaret Loughlin ruled on Monday.",
        "The office wrote to the Minister of Justice asking for “more power”.",
    )
    assert speakers == ["The office"]


def test_names_after_of_still_do_the_participle():
    assert credited("Labour attacked the plan, with months of Carney and Champagne vowing to “fix it”.") == ["Champagne"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Dermot Harrington said he had fielded “about a dozen” calls from worried customers.",
        "Dermot Harrington said insurers were “slow-walking” claims for smoke damage.",
        "Dermot Harrington said the firm had “hundreds of” reports from staff.",
    ],
)
def test_a_speech_verb_after_a_quote_and_before_a_preposition_is_a_noun(sentence):
    assert credited(sentence) == ["Dermot Harrington"]


def test_a_title_after_an_inverted_verb_still_names_the_speaker():
    assert credited("“It is fine,” said Under Secretary Tom Vale.") == ["Tom Vale"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Federal officials have said that program, announced in 2023, will launch “in the coming years”.",
        "Federal officials said the plan, first reported in May, would cost “far too much”.",
    ],
)
def test_a_participle_set_off_by_commas_reports_nothing(sentence):
    assert credited(sentence) == ["Federal officials"]


def test_a_speech_verb_after_an_aside_still_reports():
    assert credited("The ministry, however, said on Tuesday the plan would be “reviewed”.") == ["The ministry"]


def test_a_clause_word_after_a_quote_names_no_speaker_after_it():
    speakers = credited(
        "Governor Helen Prowse spoke in Sydney.",
        "She said the board was watching “very closely” how households responded.",
    )
    assert speakers == ["Helen Prowse"]


def test_port_heads_the_name_of_the_body_a_spokesperson_speaks_for():
    speakers = credited("The Port of Tilbury said in a statement that it was “prioritising vessels”.", "“Recovery is under way,” a spokesperson said.")
    assert speakers == ["The Port of Tilbury", "Port of Tilbury"]


def test_a_kin_word_of_the_other_sex_before_a_name_is_no_apposition():
    speakers = credited(
        "Det Sgt Aoife Brennan told the court the money was gone.",
        "In one statement, read aloud by her son, Bridget Hallinan said she had lost €210,000.",
        "“I used to sleep well at night,” she wrote.",
    )
    assert speakers == ["Bridget Hallinan"]


def test_a_kin_word_of_the_same_sex_is_an_apposition():
    assert credited("Ann Lee arrived with her son, Tom Lee, on Monday.", "“It was hard,” her son said.") == ["Tom Lee"]


def test_a_currency_mark_before_an_amount_is_no_name():
    speakers = credited(
        "Revenue fell 14% to Rs 5,210 crore, the company said in a filing.",
        "“The decline was due to lower prices,” the company said in the filing.",
        "“The miss was driven by the weather,” said Meera Iyer. She said the scheme could save the company Rs 150-180"
        " crore a year.",  # "the company Rs": no body named Rs
    )
    assert speakers[0] != "Rs" and speakers[1] == "Meera Iyer"


def test_a_speech_verb_after_a_comma_and_a_body_noun_makes_no_apposition():
    speakers = credited(
        "Premiership club Peninsula United has been sold.",
        "The price includes its training base in Parow, the club confirmed. The club called it “a new chapter”.",
    )
    assert speakers == ["Peninsula United"]


def test_a_bodys_document_speaks_for_the_body():
    assert credited("Acme Holdings cut 300 jobs.", "The company’s statement called the cuts “painful but necessary”.") == ["Acme Holdings"]


def test_a_thing_owned_by_a_description_speaks_for_no_one():
    assert credited("Ann Lee runs the shop.", "The shop’s sign read “closed for good”.") == [None]


def test_a_capitalised_modifier_before_a_body_word_tells_the_kind_of_the_name_after_it():
    assert credited("Premiership club Peninsula United has been sold to Ann Lee.", "The club said it was “a new chapter”.") == ["Peninsula United"]
