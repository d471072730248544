"""A nineteenth audit of the speaker rules on real news (wrong speakers of blind rounds r84 and r85): the person
named after ``by`` right after a verb of saying in the passive reports the sentence, and a later ``she said`` may
stand for her rather than for the person quoted before (a verb of judging, ``praised by``, makes no reporter); a
name before an age and an address set off by commas speaks, not the town; an acronym in brackets that spells a run
joined by ``for`` or ``of`` makes it one body's name; a dateline of a town, a state's abbreviation and an agency
opens the sentence its subject follows.  Sentences written for it (none copied from a page), positive and
negative."""

from __future__ import annotations

import pytest

from .test_quotes import credited

EARLIER = ("The mayor, Donna Reid, said she was confident.", "“The worst is behind us,” she told the radio station.")


@pytest.mark.parametrize(
    ("reported", "speaker"),
    [
        ("Residents were assured by the premier, Ann Lee, that they would be looked after.", "Ann Lee"),
        ("Parents were told by the head teacher, Ann Lee, that classes would resume.", "Ann Lee"),
        ("Staff were informed by the chief executive, Jane Roe, that cuts were coming.", "Jane Roe"),
    ],
)
def test_the_agent_of_a_passive_speech_verb_is_whom_she_said_takes_up(reported, speaker):
    assert credited(*EARLIER, reported, "“You have not been forgotten,” she said.")[-1] == speaker


@pytest.mark.parametrize(
    "reported",
    [
        "The plan was described by the council as ambitious.",
        "Residents were assured by a letter from the council that they were safe.",
        "Residents were assured by police that roads would reopen.",
        "The plan was praised by the premier, Ann Lee, on her visit.",
    ],
)
def test_no_person_after_by_leaves_the_speaker_followed(reported):
    assert credited(*EARLIER, reported, "“You have not been forgotten,” she said.")[-1] == "Donna Reid"


def test_a_pronoun_of_the_other_gender_keeps_the_speaker_followed():
    earlier = ("The mayor, Tom Reid, said he was confident.", "“The worst is behind us,” he told the radio station.")
    reported = "Residents were assured by Ann Lee that they would be looked after."
    assert credited(*earlier, reported, "“You have not been forgotten,” he said.")[-1] == "Tom Reid"


# -- B: a name, an age and an address set off by commas, before the verb (blind round r85) -----------------------


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Melissa Clarke, 23, London Road, Carlisle, added of the fares: “They are far too dear.”", "Melissa Clarke"),
        ("Tom Roe, 61, Harraby, said: “The buses never come.”", "Tom Roe"),
        ("Ann Lee, 34, Botchergate, Carlisle, told the paper: “I drive now.”", "Ann Lee"),
    ],
)
def test_the_name_before_an_age_and_an_address_speaks(sentence, speaker):
    assert credited(sentence) == [speaker]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Tom Roe, 41, a nurse, said: “It is hard.”", "Tom Roe"),
        ("Ann Lee, of London Road, Carlisle, said: “I drive now.”", "Ann Lee"),
    ],
)
def test_an_age_before_a_description_or_an_address_after_of_still_credits_the_name(sentence, speaker):
    assert credited(sentence) == [speaker]


# -- C: a body's name joined by a lower-case word, spelt by its acronym in brackets --------------------------------


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Transport for London (TfL) apologised and branded the walkout “deeply frustrating”.", "Transport for London"),
        ("Transport for London (TfL) said the strike was “frustrating”.", "Transport for London"),
        ("The Campaign for Safer Roads (CfSR) called the plan “reckless”.", "The Campaign for Safer Roads"),
    ],
)
def test_a_name_joined_by_for_or_of_and_spelt_by_its_acronym_is_one_body(sentence, speaker):
    assert credited(sentence)[0].startswith(speaker)


@pytest.mark.parametrize(
    "sentence",
    [
        "Travel to London (TL) was “hard”, said Ann Lee.",
        "Visits for Leeds (XY) were “rare”, said Ann Lee.",
    ],
)
def test_an_acronym_that_does_not_spell_the_run_joins_nothing(sentence):
    assert credited(sentence) == ["Ann Lee"]


# -- D: a dateline of a town, a state's abbreviation and an agency in brackets -------------------------------------


@pytest.mark.parametrize("dateline", ["MORGANTOWN, W.Va. (AP) —", "SAN JUAN, P.R. (AP) —", "WAPATO, Wash. (AP) —"])
def test_he_after_a_long_dateline_is_the_subject_it_opens_with(dateline):
    assert credited(
        f"{dateline} Tom Mullins hopes the report on the blast that killed his brother Rex will admit fault.",
        "“I don't think they will,” he says.",
    ) == ["Tom Mullins"]


# -- E: a plea in court is no speech; ``according to`` outranks a verb's subject in the sentence ---------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The fine given to Acme after the company pleaded guilty was “paltry” and “offensive”, according to Jim Smyth.",
        "The sentence handed to Roe, who pleaded not guilty, was “lenient”, according to prosecutor Ann Lee.",
        "Acme, which pleads no contest, called the fine “paltry”, union chief Jim Smyth said.",
    ],
)
def test_a_plea_in_court_credits_no_quote(sentence):
    assert credited(sentence)[0] not in ("the company", "Roe", "Acme")


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The mayor pleaded with residents: “Stay home tonight.”", "The mayor"),
        ("Ann Lee pleaded for calm, saying: “Nobody is at risk.”", "Ann Lee"),
    ],
)
def test_pleading_with_or_for_someone_is_speech(sentence, speaker):
    assert credited(sentence) == [speaker]


def test_he_after_according_to_is_its_person_not_one_named_before_a_verb():
    assert credited(
        "The fine after the death of miner Tom Reid was “paltry”, according to union president Jim Smyth.",
        "He said Acme was given a “get out of jail free card” in the case of the death.",
    ) == ["Jim Smyth", "Jim Smyth"]


# -- F: a speech verb's plural noun after an opening word; a surname opening with ``St.`` (blind round r86) -------


@pytest.mark.parametrize("opener", ["Previous estimates had", "Earlier pledges were", "Official estimates have"])
def test_an_opening_word_before_a_plural_noun_is_no_speaker(opener):
    credited_to = credited(
        f"{opener} suggested the herd was larger, making the new study, the Great Census, a shock.",
        "“These declines are due to poaching,” the study said.",
    )
    assert credited_to[0] is None or credited_to[0].lower() == "the study"


def test_a_name_before_estimates_is_still_a_speaker():
    assert credited("Burton estimates the repairs at $5m.", "“It is too much,” he said.") == ["Burton"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("“There were few accidents,” added County Administrator Karen St. Hilaire.", "County Administrator Karen St. Hilaire"),
        ("“It was fine,” said Georges St. Pierre.", "Georges St. Pierre"),
        ("Karen St. Hilaire said: “It was fine.”", "Karen St. Hilaire"),
    ],
)
def test_a_surname_opening_with_st_after_a_first_name_is_whole(sentence, speaker):
    assert credited(sentence) == [speaker]


@pytest.mark.parametrize(
    "sentence",
    ["“It was quiet,” said Ann Lee of Main St. Police arrived later.", "“It was quiet,” said Ann Lee, of Oak St. Crews came."],
)
def test_a_streets_st_after_a_word_that_is_no_first_name_joins_nothing_after_it(sentence):
    assert credited(sentence) == ["Ann Lee"]


# -- G: a name before ``of`` a body and its town; ``One`` describing a source named nowhere (blind round r87) -------


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Shirley Burnham of The Library Campaign, Swindon, said: “The minister is in denial.”", "Shirley Burnham"),
        ("Tom Reid of Acme, Leeds, said: “It is fine.”", "Tom Reid"),
        ("Ann Lee from Harbour Trust, Hull, told the paper: “We are ready.”", "Ann Lee"),
    ],
)
def test_a_person_of_a_body_and_its_town_speaks_not_the_town(sentence, speaker):
    assert credited(sentence) == [speaker]


def test_a_body_named_with_of_keeps_its_name_before_its_town():
    assert credited("Harbour Bank of Scotland, Glasgow, said: “It is fine.”")[0] != "Harbour Bank"


@pytest.mark.parametrize("source", ["One shipping boss", "One union official"])
def test_one_described_source_is_not_the_holder_named_later(source):
    assert credited(
        f"{source} told the paper: “There are going to be gaps.”",
        "Later, Lars Jensen, boss of shipping giant Maersk and a union official, warned retailers.",
    ) == [source]


def test_a_lede_holder_named_later_is_still_taken_up_after_a():
    assert credited(
        "A county judge ruled Monday that the plan was “unlawful”.", "Judge Ana Pugh wrote that it broke the law."
    ) == ["Ana Pugh"]


# -- H: ``peer``, a member of a house of lords, is a role (blind round r88) ----------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "A hospital criticised by a Tory peer for its “grubby” nurses has the most deaths.",
        "The scheme, attacked by a Labour peer for its “cruelty”, was dropped.",
    ],
)
def test_a_party_before_peer_is_no_speaker_cut_from_its_phrase(sentence):
    assert credited(sentence)[0] not in ("a Tory", "a Labour")


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The plan was criticised by a Labour peer as “reckless”.", "a Labour peer"),
        ("A Tory peer said the wards were “filthy”.", "A Tory peer"),
    ],
)
def test_a_peer_described_is_credited_as_printed(sentence, speaker):
    assert credited(sentence) == [speaker]
