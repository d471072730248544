"""Firms' names and the words that take them up, on sentences written for these rules (none copied from a page).

* A name of two words or more whose first word is no first name and whose last is an ordinary English word that is
  no title (``Harbourview Land``, ``Thames Water``, ``Nimbus Mobile``) is a firm's or body's, never a person's: ``the
  company``, ``it`` and ``which it described as`` take it up, ``he`` never does; printed only opening sentences, it
  still speaks.  ``Rafiqul Islam Sheikh`` (a title last) and ``Ann Rose`` (a first name first) stay people.
* ``the consortium`` takes up the body whose name ends in that word (``Caspian Pipeline Consortium``); a word
  inside the name (``the pipeline``) does not.
* ``X was quoted in the newsletter as saying``: X speaks, not the newsletter.
* A role before a preposition in an apposition before a name (``A spokesman for the bloc, X,``) titles X; a
  counterpart (``His Estonian counterpart, X,``) takes the titles of the titled person named last.
* A firm's own ``'s`` before a relative clause set off by a comma (``Moody's, which cut …``) or after a kind word
  (``Rating agency Moody's said``) is part of its name; ``Warsaw's`` before a comma is still nobody.
"""

from __future__ import annotations

import pytest

from .test_quotes import credited


@pytest.mark.parametrize(
    "text",
    [
        "Harbourview Land, one of the biggest landlords, reported a 38 per cent fall in profit on Wednesday.\n\n"
        "In a filing, the company said its net gearing stood at 24 per cent, which it described as “comfortable”.",
        "Dunmarra Water supplies two million homes and missed its leakage target again.\n\n"
        "The company said the winter had been “exceptionally harsh” for its pipes.",
        "Velloza Mobile lost 40,000 customers in the quarter. It called the loss “a one-off”.",
    ],
)
def test_a_firms_name_is_taken_up_by_the_company_and_it(text: str) -> None:
    assert credited(*text.split("\n\n"))[-1] in ("Harbourview Land", "Dunmarra Water", "Velloza Mobile")


def test_a_firms_name_is_no_one_he_takes_up() -> None:
    paragraphs = (
        "Kessel Power, a rival supplier, cut its prices by 3 per cent on Monday.",
        "Its chief executive, Tom Vale, said the cut was overdue. He called it “a fair deal for customers”.",
    )
    assert credited(*paragraphs)[-1] == "Tom Vale"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Rafiqul Islam Sheikh, who chairs the parents' group, said the roof leaked. He called it “a scandal”.", "Rafiqul Islam Sheikh"),
        ("Ann Rose, a teacher at the school, said the roof leaked. She called it “a scandal”.", "Ann Rose"),
    ],
)
def test_a_persons_name_ending_in_a_title_or_opening_with_a_first_name_stays_a_person(text: str, speaker: str) -> None:
    assert credited(text) == [speaker]


def test_the_last_word_of_a_bodys_name_takes_it_up() -> None:
    text = (
        "The Caspian Pipeline Consortium, which ships crude from Kazakhstan, said its terminal was not hit. "
        "The consortium said it had “temporarily reduced” loadings."
    )
    assert credited(text) == ["Caspian Pipeline Consortium"]


def test_a_word_inside_a_bodys_name_does_not_take_it_up() -> None:
    text = "The Caspian Pipeline Consortium ships crude from Kazakhstan. The pipeline itself is “ageing badly”, engineers said."
    assert credited(text) != ["Caspian Pipeline Consortium"]


@pytest.mark.parametrize(
    "text",
    [
        "Its president, Sam Whitcomb, was quoted in the union’s newsletter as saying members were “worried, but not surprised.”",
        "Sam Whitcomb was quoted on local radio as saying the vote was “a relief”.",
    ],
)
def test_quoted_in_a_medium_as_saying_credits_the_one_quoted(text: str) -> None:
    assert credited(text) == ["Sam Whitcomb"]


def test_a_role_before_a_preposition_in_an_apposition_before_a_name_is_its_title() -> None:
    paragraphs = (
        "Presidential spokesman Tom Vale wrote on Telegram that the attack was “planned”.",
        "The bloc urged calm. A spokesman for the bloc, Ann Lee, told reporters a team was ready.",
        "“Both sides have asked for our help,” the spokesman said.",
    )
    assert credited(*paragraphs)[-1] == "Ann Lee"


def test_a_counterpart_takes_the_titles_of_the_person_named_before() -> None:
    paragraphs = (
        "Finnish Foreign Minister Tom Vale struck a cautious note on Monday.",
        "His Estonian counterpart, Ann Lee, told reporters that Tallinn wanted talks. The minister said the rest could "
        "follow “in stages”.",
    )
    assert credited(*paragraphs) == ["Ann Lee"]


def test_according_to_a_role_and_a_name_still_titles_the_name() -> None:
    paragraphs = (
        "“I have never called for violence,” the activist told the court, according to his lawyer, Ann Lee.",
        "The lawyer said the defense would appeal, calling the ruling “a verdict against free speech.”",
    )
    assert credited(*paragraphs)[-1] == "Ann Lee"


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("Rating agency Moody’s, which cut the outlook in May, said the budget was “credit positive”.", "Moody"),
        ("Retailer Sainsbury’s, which owns Argos, said sales were “robust”.", "Sainsbury"),
        ("Rating agency Moody’s said the budget was “credit positive”.", "Moody"),
    ],
)
def test_a_firms_own_s_before_a_relative_clause_or_after_its_kind_is_its_name(text: str, firm: str) -> None:
    (speaker,) = credited(text)
    assert speaker is not None and firm in speaker


def test_a_place_with_s_before_a_comma_is_still_nobody() -> None:
    assert credited("Officials in Warsaw’s, which is large, said the plan was “robust”.") == [None]
