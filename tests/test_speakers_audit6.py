"""A sixth audit of the speaker rules on real news: the kinds of wrong speaker it found, each
with sentences written for it (none copied from a page), positive and negative."""

from __future__ import annotations

import pytest

from .test_quotes import credited


# -- A: a woman named in what the subject said does not outrank the subject for ``she`` ----------


@pytest.mark.parametrize(
    "first",
    [
        "Kim Bae said it was a relief to beat Maria Lopez in the final.",
        "Kim Bae told reporters the hardest match of her year had been against Maria Lopez.",
    ],
)
def test_a_woman_named_in_the_report_is_no_rival(first: str) -> None:
    assert credited(first, "“I was nervous all week,” she said.") == ["Kim Bae"]


def test_a_woman_met_after_the_subject_still_takes_she() -> None:
    assert credited("Kim Bae met Maria Lopez before the final.", "“I was nervous all week,” she said.") == ["Maria Lopez"]


def test_a_known_man_reporting_leaves_she_to_the_woman() -> None:
    assert credited("Peter Vance said it was a relief to beat Maria Lopez.", "“I was nervous,” she said.") == ["Maria Lopez"]


# -- B: a one-word name the text follows, before a full name it merely mentions ------------------


def test_a_lone_surname_followed_takes_the_pronoun() -> None:
    assert credited(
        "Bratova said it was a relief to beat Maria Lopez at last.",
        "Bratova lost to the Spaniard's sister in the 2019 final.",
        "“I was nervous all week,” she said.",
    ) == ["Bratova"]


def test_a_person_followed_still_outranks_a_lone_name() -> None:
    assert credited(
        "Ana Silva, the club's captain, led the side out.",
        "Bratova watched from the stands.",
        "“We were ready,” Silva said.",
    ) == ["Ana Silva"]


def test_a_place_is_no_lone_name() -> None:
    assert credited("Kherson was shelled again after Maria Lopez left.", "“It was a hard year,” she said.") == ["Maria Lopez"]


# -- C: the subject of a later clause, when the sentence's own subject names nobody ---------------


@pytest.mark.parametrize(
    "middle",
    [
        "The way he struck the penalty showed the miss had not lingered, and Okafor was delighted with him.",
        "What stood out was the calm of the striker, and Okafor praised it at length.",
    ],
)
def test_a_lone_name_in_a_later_clause_is_followed(middle: str) -> None:
    assert credited("Brandt scored twice in the opening match.", middle, "“I like what I saw,” he said.") == ["Okafor"]


def test_a_subject_body_keeps_the_pronoun_from_a_later_lone_name() -> None:
    # the sentence's subject names a body: no one-word name later in it is taken up instead
    assert credited(
        "Brandt scored twice in the opening match.",
        "The club said the striker was fit and Okafor agreed.",
        "“I like what I saw,” he said.",
    )[0] != "Okafor"


# -- D: a noun after ``that``/``this`` ends the phrase before it, not the speaker's ---------------


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Speaking about the display in that match Leeds manager Tom Reid said “we were poor”.", "Tom Reid"),
        ("Asked about that game Celtic boss said “we lacked a cutting edge”.", "Celtic boss"),
    ],
)
def test_a_pointed_noun_is_no_part_of_the_speaker(sentence: str, speaker: str) -> None:
    assert credited(sentence) == [speaker]


@pytest.mark.parametrize(
    "sentence",
    [
        "He said that state Senator Ann Lee told him “we were poor”.",
        "Asked about this match, Leeds boss Ann Lee said “we were poor”.",
    ],
)
def test_a_name_after_that_is_unchanged(sentence: str) -> None:
    assert credited(sentence) == ["Ann Lee"]


def test_a_body_word_after_that_is_kept() -> None:
    assert credited("He said that police Chief Ann Lee told him “we were poor”.")[0] in (None, "Ann Lee")


# -- E: a juror named by role and first name ---------------------------------------------------


def test_a_juror_is_a_person() -> None:
    assert credited(
        "Judge Tom Reid thanked the jury.",
        "Outside the courthouse, juror Shirley spoke about the case.",
        "“It was hard to decide,” she said.",
    ) == ["Shirley"]


def test_a_word_opening_a_longer_name_is_no_lone_name() -> None:
    # "Estovia" opens "Estovia Trade Minister …": a country, not the person "he" stands for
    assert credited(
        "The paper quoted Estovia Trade Minister Jon Kell as saying talks would go on.",
        "Estovia says the deal is “near.”",
        "“We are near a deal,” he was quoted as saying.",
    ) == ["Estovia", "Jon Kell"]


# -- F: a world ranking is an epithet of the person the text is about -----------------------------


@pytest.mark.parametrize("rank", ["the world No. 4", "the world number two", "the world No 1"])
def test_a_world_ranking_stands_for_the_player(rank: str) -> None:
    assert credited("Ana Silva, 24, lost the final in three sets.", f"“I am proud of the week,” said {rank}.") == ["Ana Silva"]


def test_a_world_ranking_with_nobody_followed_credits_nobody() -> None:
    assert credited("“I am proud of the week,” said the world No. 4.") == [None]


@pytest.mark.parametrize("epithet", ["the world No. 4", "the 31-year-old"])
def test_an_epithet_before_a_name_set_off_is_not_the_person_followed(epithet: str) -> None:
    assert credited("Ana Silva, 24, lost the final.", f"“It was tough,” said {epithet}, Maria Lopez.")[0] != "Ana Silva"


def test_a_rank_is_one_word_of_a_name_phrase() -> None:
    assert credited("“It was tough,” said world No. 3 Maria Lopez.") == ["Maria Lopez"]


# -- G: a roundup line: a full name and a prepositional phrase, or ``Quoting`` a name, before a colon --


@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        ("Dana Whitlock on losing to her old club, Rovers: “It stings more than most.”", "Dana Whitlock"),
        ("Quoting Rick Alvarez after the 31-30 win over Utah: “We found a way.”", "Rick Alvarez"),
        ("Quoting Baylor head coach Rick Alvarez: “We found a way.”", "Rick Alvarez"),
    ],
)
def test_a_roundup_line_credits_the_name_before_its_colon(line: str, speaker: str) -> None:
    assert credited(line) == [speaker]


@pytest.mark.parametrize(
    "line",
    [
        "Protesters outside Dana Whitlock's office: “We want answers.”",
        "Fans of Dana Whitlock on the result: “We want answers.”",
        "Whitlock on the result: “We want answers.”",
    ],
)
def test_a_colon_after_no_full_name_and_phrase_credits_nobody(line: str) -> None:
    assert credited(line) == [None]


# -- H: a role with a nationality that no one holds is never credited as printed -----------------


@pytest.mark.parametrize("role", ["the Czech player", "the French president"])
def test_an_unheld_role_with_a_nationality_credits_nobody(role: str) -> None:
    assert credited(
        "Ana Silva won the final.",
        "“It was my best week,” Silva said.",
        "Lucie Hron lost the second set.",
        f"“It slipped away,” said {role}.",
    ) == ["Ana Silva", None]


def test_a_held_role_with_a_nationality_is_its_holder() -> None:
    assert credited("Czech Foreign Minister Jan Vesely met envoys.", "“We will respond,” the Czech minister said.") == ["Jan Vesely"]


def test_an_indefinite_role_with_a_nationality_stays_as_printed() -> None:
    assert credited("A Czech player said “we will respond”.") == ["A Czech player"]
