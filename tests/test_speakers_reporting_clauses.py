"""The person a reporting clause at a sentence's end names (``…, Ann Lee, an analyst at Fenwick, said.``) is
the one a later ``he`` or ``she`` takes up; the sentences here are our own.

* A description set off by commas between the name and its verb (``, an analyst at Fenwick,``, ``, chief
  economist at Fenwick,``) still leaves the name before that verb.
* Of the people named before a verb in one sentence, the one before a speech verb is the sentence's source:
  ``Acme Motor expects …, Ann Lee said.`` follows Ann Lee, not the company before ``expects``.
* A description with words before its head (``the energy company``) takes up the body followed whose name
  or description holds every one of them (``Nordvik Energy``, ``Karo Foods``), never another (``the tech company``).
* An epithet of age (``the 45-year-old``) names the one person printed with that age set off by commas
  (``Tom Hart, 45,``), never one printed with another age.
* A document speaks for the one said to issue it (``X published a report. The report said``; ``The report,
  published by X, said``).
* A photo note in parentheses after a name (``(pictured)``, ``(left)``) is no word of the sentence: ``The
  landlord, Tom Hart (pictured), said`` credits Tom Hart, not the person followed before.
* A participle's clause set off by commas between a name and its verb (``Okafor, speaking in Abuja, said:``)
  is passed, whatever place or name ends it.
* The heads of companies' names (``Motor``, ``Electric``, ``Chemicals``, ``Telecom``) are body words: such a
  name is a company, taken up by ``the company`` and never by ``he``.
* A name ending a phrase that a place preposition opens (``a nurse from rural Green County who …``) is a place
  in a described source, never the speaker.
* A body's name holding ``of`` or ``for`` (``Power for the People``) is read whole when a kind of body in lower
  case introduces it (``Consumer group …``), never cut to ``the People``.
* An apposition opening with a title in lower case (``, general manager of dealer X, which …,``) is passed back
  to the name it describes, past a relative clause about the company it names.
* One or a number of a group of people, perhaps described after the noun, is a described source as printed (``one
  of two people familiar with the talks``); ``one of them`` is the group of sources described last (``Two people
  familiar with the talks said …``), when nobody is named since.
* A name after a noun of speech (``“…”, an accusation Fajardo rejects``) heads a relative clause on the words: no
  speaker; the subject before the words keeps them.
"""

from __future__ import annotations

import pytest

from newsparse_quotes.marks import find_quotes
from newsparse_quotes.segments import tokenize

from .test_quotes import credited


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Orders will slow in spring, Tom Baker, an analyst at Fenwick Capital, said.", "Tom Baker"),
        ("The vote was close, Mara Quist, the union's general secretary, told reporters.", "Mara Quist"),
        ("Rents rose again in May, Joel Amani, chief economist at the lender, wrote in a note.", "Joel Amani"),
    ],
)
def test_a_description_between_a_name_and_its_verb_leaves_the_source(sentence, expected):
    pronoun = "she" if expected.startswith("Mara") else "he"
    assert credited(sentence + f" “We expect more of the same,” {pronoun} added.") == [expected]


def test_a_description_needs_an_article_or_title_to_be_passed():
    # a list of names is no description: nobody is the sentence's source by that rule
    speakers = credited("Orders will slow, Tom Baker, Ann Lee, and their team said. “We will see,” he said.")
    assert speakers != ["Ann Lee"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Halvard Pharma expects sales to slow, Hiroshi Tanaka said.", "Hiroshi Tanaka"),
        ("Orlo Shipping reported a loss as margins narrowed, Peter Vance told investors.", "Peter Vance"),
        ("Demand collapsed after Mia Roth resigned, Daniel Osei said.", "Daniel Osei"),
    ],
)
def test_the_person_before_a_speech_verb_is_the_sentence_source(sentence, expected):
    assert credited(sentence + " “Costs are up,” he added.") == [expected]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Karsten Electric said it would cut 300 jobs. “It is a hard day,” the company said.",
        "Norvik Chemicals said it would close the plant. “It is a hard day,” the company said.",
        "Telluride Motor said it would recall 9,000 cars. “It is a hard day,” the company said.",
    ],
)
def test_a_company_named_by_an_industry_word_is_taken_up_as_the_company(paragraph):
    name = paragraph.split(" said")[0]
    assert credited(paragraph) == [name]


def test_a_company_named_by_an_industry_word_is_no_person_for_he():
    speakers = credited(
        "Sales slowed, Hiroshi Tanaka, an analyst at Mizuho, said. Karsten Electric cut its forecast.",
        "“Costs are up,” he said.",
    )
    assert speakers == ["Hiroshi Tanaka"]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("Nordvik Energy said profits fell. “It was a hard year,” the energy company said.", "Nordvik Energy"),
        ("Karo Foods cut 20 jobs. “We had no choice,” the food company said.", "Karo Foods"),
        ("Halvard Motor recalled 9,000 cars. “Safety comes first,” the motor company said.", "Halvard Motor"),
    ],
)
def test_a_longer_description_takes_up_the_body_whose_name_holds_its_words(paragraph, expected):
    assert credited(paragraph) == [expected]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Nordvik Energy said profits fell. “It was a hard year,” the tech company said.",
        "Karo Foods cut 20 jobs. “We had no choice,” the dairy company said.",
    ],
)
def test_a_description_with_a_word_the_body_lacks_is_another_body(paragraph):
    assert credited(paragraph)[0] not in ("Nordvik Energy", "Karo Foods")


@pytest.mark.parametrize(
    "paragraph",
    [
        "The landlord, Tom Hart (pictured), said: “I have frozen the rent.”",
        "Her coach, Dina Marsh (left), told reporters: “She was brilliant.”",
        "Club chairman Ray Oduya (pictured right) said: “We move on.”",
    ],
)
def test_a_photo_note_after_a_name_is_no_word_of_the_sentence(paragraph):
    lead = "Ann Lee, 52, runs a bakery in Leeds and spoke to us on Monday."
    name = next(n for n in ("Tom Hart", "Dina Marsh", "Ray Oduya") if n in paragraph)
    assert credited(lead, paragraph) == [name]


def test_a_photo_note_keeps_the_offsets_of_the_other_words():
    text = "Tom Hart (pictured), said: “No.”"
    tokens = tokenize(text, find_quotes(text))
    assert [t.text for t in tokens][:3] == ["Tom", "Hart", ","]
    assert all(text[t.start : t.start + len(t.text)] == t.text for t in tokens)


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (("Tom Hart, 45, owns the building. Ann Lee, 52, rents a shop in it.", "“It is not easy,” the 45-year-old said."), "Tom Hart"),
        (("Ann Lee, 52, rents a shop. Her landlord, Tom Hart, 61, lives upstairs.", "“Rents must rise,” the 61-year-old said."), "Tom Hart"),
        (("Ann Lee, 52, rents a shop in Leeds.", "“It is not easy,” the 52-year-old baker said."), "Ann Lee"),
        (("Ann Lee, 52, rents a shop in Leeds.", "“It is not easy,” the 45-year-old said."), None),
    ],
)
def test_an_age_names_the_person_printed_with_it(paragraphs, expected):
    assert credited(*paragraphs) == [expected]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (("The Harlow Institute published a report on Monday. The report said rents had “stalled”.",), "The Harlow Institute"),
        (("Vesta Bank released its annual review.", "“Growth will slow,” the review said."), "Vesta Bank"),
        (("The report, published by the Harlow Institute, said rents had “stalled”.",), "the Harlow Institute"),
    ],
)
def test_a_document_speaks_for_the_one_said_to_issue_it(paragraphs, expected):
    assert credited(*paragraphs) == [expected]


def test_a_document_someone_only_read_is_not_theirs():
    assert credited("Ann Lee read the report on Monday. The report said rents had “stalled”.") != ["Ann Lee"]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("Okafor, speaking at a news conference in Abuja, said: “We need more buses.”", "Okafor"),
        ("Officials met on Monday. Halloran, speaking in Cork alongside Mayor Dan Boyle, said: “We need more buses.”", "Halloran"),
        ("Mara Quist, addressing union members in Leeds, said: “We need more buses.”", "Mara Quist"),
    ],
)
def test_a_participle_clause_between_a_name_and_its_verb_is_passed(paragraph, expected):
    assert credited(paragraph) == [expected]


@pytest.mark.parametrize(
    "paragraph",
    [
        "BP said it would cut spending, a move analysts called “long overdue”.",
        "The council backed the plan, a decision that residents called “a betrayal”.",
        "Halvane said it would close two plants, a step critics called “short-sighted”.",
    ],
)
def test_a_group_in_a_relative_clause_on_a_noun_speaks_for_itself(paragraph):
    [speaker] = credited(paragraph)
    assert speaker in ("analysts", "residents", "critics")


def test_a_group_inside_a_reported_clause_is_still_reported():
    assert credited("Ann Lee said voters had rejected the “grim” plan.") == ["Ann Lee"]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("A woman who gave her name as Maritza said her son had called. “He is alive,” she said.", "Maritza"),
        ("A driver who gave his name only as Karim said the road was shut. “We waited all night,” he said.", "Karim"),
    ],
)
def test_a_name_given_as_names_the_described_person(paragraph, expected):
    assert credited(paragraph) == [expected]


def test_an_order_is_a_body_named_over_of():
    speakers = credited("The Lakemont Fraternal Order of Police said the drop came “despite” pay.")
    assert speakers == ["The Lakemont Fraternal Order of Police"]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("Harbour’s High Court on Tuesday ordered a recount, ruling that the board had acted “without authority”.", "Harbour’s High Court"),
        ("The tribunal dismissed the claim, finding that the firm had been “candid throughout”.", "The tribunal"),
        ("NEW DELHI: The commission struck the order down, holding that it was “arbitrary”.", "The commission"),
    ],
)
def test_a_participle_of_a_finding_before_that_cues_its_subject(paragraph, expected):
    assert credited(paragraph) == [expected]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("The motion, tabled by opposition leader Ram Dahal in May, accused the cabinet of “protecting the corrupt”.", "Ram Dahal"),
        ("The lawsuit, filed by the Harbour Residents Group, says the plant is “a public nuisance”.", "the Harbour Residents Group"),
        ("The petition, submitted by 300 parents, calls the cuts “cruel”.", "300 parents"),
    ],
)
def test_a_filing_speaks_for_the_one_who_filed_it(paragraph, expected):
    assert credited(paragraph) == [expected]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (("Finance Minister Yassine Haddad was silent.", "In January the minister told parliament a law would come “within weeks”."), "Yassine Haddad"),
        (("After the vote the union said the deal was “a betrayal”.",), "the union"),
    ],
)
def test_a_fronted_phrase_without_a_comma_is_no_part_of_the_subject(paragraphs, expected):
    assert credited(*paragraphs) == [expected]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Cerro Alto’s operator, Andes Cobre, said output would go on “at reduced levels”. It called the demands “unaffordable”.",
        "The port’s operator, Vela Terminals, said it would reopen “within days”. It called the strike “illegal”.",
    ],
)
def test_a_name_set_off_after_an_owned_kind_of_body_is_a_body(paragraph):
    name = "Andes Cobre" if "Andes" in paragraph else "Vela Terminals"
    assert credited(paragraph) == [name, name]


def test_a_source_in_a_closing_reporting_clause_is_taken_up_later():
    speakers = credited(
        "Board chief Rohan Deshpande said the deal was good. “It is a record,” Deshpande said.",
        "Zenith beat two rivals, a board official who was present at the auction told Reuters. “It was close,” the official said.",
    )
    assert speakers == ["Rohan Deshpande", "a board official"]


@pytest.mark.parametrize(
    "sentence",
    [
        "“Every cut hurts,” said a senior executive at a listed mill in western Uttar Pradesh who did not wish to be named.",
        "“We are short of staff,” said a nurse from rural Green County who asked not to be named.",
        "“Nobody came,” said a shopkeeper in downtown Port Ellis who gave only her first name.",
    ],
)
def test_a_place_in_a_described_source_is_no_speaker(sentence):
    [speaker] = credited(sentence)
    assert speaker is not None and speaker.startswith(("a senior", "a nurse", "a shopkeeper"))


def test_a_name_after_a_title_with_of_is_still_its_holder():
    assert credited("“It will pass,” said his chief of staff Andriy Kovalenko.") == ["Andriy Kovalenko"]


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("Consumer group Power for the People described the rise as “daylight robbery”.", "Power for the People"),
        (
            "Consumer group Power for the People, which has 45,000 members, called the rise “daylight robbery”.",
            "Power for the People",
        ),
        ("The lobby group Campaign for Better Transport called the fares “a scandal”.", "Campaign for Better Transport"),
        ("The charity Friends of the Earth called the plan “a disgrace”.", "Friends of the Earth"),
    ],
)
def test_a_bodys_name_with_of_or_for_is_read_whole(sentence, body):
    [speaker] = credited(sentence)
    assert speaker is not None and speaker.endswith(body)


def test_a_persons_affiliation_after_of_is_no_part_of_the_name():
    assert credited("Ann Lee of the Guardian called the plan “a disgrace”.") == ["Ann Lee"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ann Lee, general manager of authorised dealer Eastgate Motors, which has a showroom in town, said: “Buyers wait.”",
        "Ann Lee, chief executive of listed miner Ridge Metals, which runs a mine near Perth, said: “Buyers wait.”",
        "Ann Lee, head of research at licensed broker Kestrel, which manages $2bn, said: “Buyers wait.”",
    ],
)
def test_an_apposition_opening_with_a_title_is_passed_to_the_name(sentence):
    assert credited(sentence) == ["Ann Lee"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("“It will not last,” one of the people familiar with the matter said.", "one of the people familiar with the matter"),
        ("“We are tired,” said one of two people familiar with the talks.", "one of two people familiar with the talks"),
        ("“It will not last,” one of the people said.", "one of the people"),
    ],
)
def test_one_of_a_described_group_of_people_is_credited_as_printed(sentence, expected):
    assert credited(sentence) == [expected]


def test_one_of_some_things_is_no_source():
    assert credited("“It is one of the reasons,” one of the reasons said.") == [None]


def test_one_of_them_is_credited_to_the_group_of_sources_they_name():
    paragraph = (
        "Two people familiar with the talks said the deal was close. "
        "One of them said the company “never seriously expected” the full amount."
    )
    assert credited(paragraph) == ["Two people familiar with the talks"]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Ann Lee and Tom Roe met on Friday. One of them said it was “a good start”.",
        "Acme and Brix merged last year. One of them said it was “a good start”.",
    ],
)
def test_one_of_them_after_named_people_or_bodies_credits_nobody(paragraph):
    assert credited(paragraph) == [None]


def test_one_of_them_never_reaches_back_past_a_person_named_since():
    paragraph = (
        "Two people familiar with the talks said the deal was close. Ann Lee and Tom Roe met on Friday. "
        "One of them said it was “a good start”."
    )
    assert credited(paragraph) == [None]


def test_one_of_them_takes_up_a_group_cited_after_according_to():
    paragraph = (
        "The bank’s staff expect growth of 0.9% in their projections. One member abstained, according to two people "
        "familiar with the discussion, who asked not to be named. “There is a growing camp,” one of them said."
    )
    assert credited(paragraph) == ["two people familiar with the discussion"]


@pytest.mark.parametrize(
    "sentence",
    [
        "“It was bought with promises”, an accusation Fajardo rejects.",
        "The plan was “a disaster”, a claim Acme Corp denies.",
        "The vote was “rigged”, an allegation Tom Roe disputes.",
    ],
)
def test_a_name_in_a_relative_clause_on_the_words_is_no_speaker(sentence):
    assert credited(sentence) == [None]


def test_the_subject_before_the_words_keeps_them_past_a_relative_clause_on_them():
    sentence = "Ana Ruiz told the paper the vote had been “bought with promises”, an accusation Tom Roe rejects."
    assert credited(sentence) == ["Ana Ruiz"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("His lawyer, Ann Lee, said that Tom Roe planned to appeal, calling the sentence “harsh”.", "Ann Lee"),
        ("Ann Lee said Tom Roe resigned on Friday, calling the move “overdue”.", "Ann Lee"),
        # an outlet relays what the person inside its report did: the person's words
        ("The Harbour Times said Tom Roe voiced anger, adding that the deal was “a sham”.", "Tom Roe"),
        ("The paper said Tom Roe voiced anger, adding that the deal was “a sham”.", "Tom Roe"),
    ],
)
def test_a_participle_after_a_report_is_the_reporting_persons(sentence, expected):
    assert credited(sentence) == [expected]
