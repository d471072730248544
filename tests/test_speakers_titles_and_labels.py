"""Titles, labels and company cues around a speaker, on sentences written for these tests:

* a US legislator's party label set off by commas may be followed by a description (``Sen. Ann Lee, R-Boise, the
  panel's ranking Republican, said``): the name speaks, not the description, and the label is no name;
* a description closing with a party member noun (``the panel's ranking Republican``) names nobody by itself;
* an acronym printed alone as a person's title (``MEC Sizwe Mgijima``) is what ``the MEC`` takes up;
* a retired officer's mark inside a title (``Rear Admiral (retd) Ann Lee``) leaves the title whole, so ``the
  adviser`` takes up ``Shipping Adviser Rear Admiral (retd) …``;
* a name that owns what is traded (``shares of Starlite Cinemas``, ``stock in Acme``) is a company, which ``the
  company`` or ``the chain`` takes up;
* places or portfolios joined by ``and`` before a title are the title's (``Fermanagh and South Tyrone MLA X``,
  ``Trade and Industry Minister X``), never a speaker of their own;
* a town before its region's compound adjective (``a Dublin, Ireland-based company``) describes the company.
"""

from __future__ import annotations

import pytest

from .test_quotes import credited

# -- a party label, then a description -----------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Sen. Calla Brandt, R-Moses Lake, the committee’s ranking Republican, said the bill was “dead on arrival.”", "Calla Brandt"),
        ("Rep. Tom Hale, D-Spokane, the bill’s sponsor, said the plan was “long overdue.”", "Tom Hale"),
        ("Sen. Ann Lee, R-Boise, chair of the finance committee, said the deal was “a good start.”", "Ann Lee"),
        ("Sen. Ann Lee, R-Boise, said the deal was “a good start.”", "Ann Lee"),
    ],
)
def test_a_description_after_a_party_label_describes_the_name(sentence: str, expected: str) -> None:
    assert credited(sentence) == [expected]


def test_a_party_label_with_a_town_is_no_one_to_take_up() -> None:
    assert credited(
        "Sen. Calla Brandt, R-Moses Lake, the committee’s ranking Republican, voted no.",
        "“We cannot keep borrowing,” the ranking Republican said.",
    ) != ["R-Moses Lake"]


def test_a_description_ending_in_a_party_member_is_no_name() -> None:
    assert credited("The vote was close. The committee’s ranking Republican, said to be furious, called it “a sham.”") != [
        "The committee’s ranking Republican, said"
    ]


# -- an acronym as a title -----------------------------------------------------------------------


@pytest.mark.parametrize(("title", "role"), [("MEC", "the MEC"), ("DCP", "the DCP"), ("MLA", "the MLA")])
def test_an_acronym_printed_as_a_title_is_taken_up(title: str, role: str) -> None:
    assert credited(
        f"{title} Nomsa Dlamini visited the site on Friday and promised help.",
        f"“We will not abandon these families,” {role} said.",
    ) == ["Nomsa Dlamini"]


def test_an_acronym_no_one_holds_takes_up_no_one() -> None:
    assert credited(
        "Nomsa Dlamini visited the site on Friday and promised help.",
        "“We will not abandon these families,” the MEC said.",
    ) != ["Nomsa Dlamini"]


# -- a retired officer's mark inside a title ----------------------------------------------------


@pytest.mark.parametrize("mark", ["(retd)", "(Rtd)", "(Ret.)"])
def test_a_retired_mark_leaves_the_title_whole(mark: str) -> None:
    assert credited(
        f"Ports Adviser Rear Admiral {mark} Rafiq Hossain Chowdhury formed a committee on Sunday.",
        "“Whoever is responsible will be punished,” the adviser said.",
    ) == ["Rafiq Hossain Chowdhury"]


# -- a name that owns what is traded ------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Shares of Starlite Cinemas rose 4% after the chain said the film brought “families back on weekdays.”", "Starlite Cinemas"),
        ("Shares in Harbor Grocers fell after the company said it would “close nine stores by spring.”", "Harbor Grocers"),
        ("Investors dumped shares in Pell Brothers after the company said sales were “soft.”", "Pell Brothers"),
    ],
)
def test_a_name_owning_shares_is_a_company(sentence: str, expected: str) -> None:
    assert credited(sentence) == [expected]


def test_a_person_who_shares_is_no_company() -> None:
    assert credited(
        "Ann Lee shares a flat with two nurses.",
        "“It is the only way we can afford the rent,” she said.",
    ) == ["Ann Lee"]


def test_shares_in_a_place_make_no_company() -> None:
    assert credited(
        "Shares in Asia fell on Monday after the company said its profit would be “well below” forecasts."
    ) != ["Asia"]


@pytest.mark.parametrize(("name", "ticker"), [("Kessler Dynamics", "(KSD.N)"), ("Tencent", "(0700.HK)"), ("Acme Widgets", "(NYSE: ACM)")])
def test_a_name_with_its_ticker_is_a_company(name: str, ticker: str) -> None:
    assert credited(
        f"{name} {ticker} on Thursday cut its forecast.",
        "In a statement, the company said demand was “uneven across end markets.”",
    ) == [name]


@pytest.mark.parametrize(
    "department",
    ["Department of Climate Change, Energy, the Environment and Water", "Department for Environment, Food and Rural Affairs"],
)
def test_a_department_listing_its_fields_is_read_whole(department: str) -> None:
    assert credited(f"A spokesperson for the {department} said the plan was “one tool among many”.") == [
        f"A spokesperson for the {department}"
    ]


# -- places or portfolios joined by ``and`` before a title, and a town before its region's adjective --------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The road is, according to Fermanagh and South Tyrone MLA Declan Corr, “twenty years overdue”.", "Declan Corr"),
        ("“We are ready,” said Trade and Industry Minister Jane Doe.", "Jane Doe"),
        ("The plan is, according to Leeds and Bradford councillor Ann Lee, “a scandal”.", "Ann Lee"),
        ("Harbour and Coast Party MP Tom Hale said the vote was “rigged”.", "Tom Hale"),
    ],
)
def test_places_or_portfolios_joined_before_a_title_are_the_titles(sentence, expected):
    assert credited(sentence) == [expected]


def test_two_titled_people_joined_by_and_stay_two():
    assert credited(
        "Danish Premier Lars Holt and Norwegian President Anne Dahl met in Oslo.", "“The fish quota stays,” Holt said."
    ) == ["Lars Holt"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The deal is with Learnwell, a Dublin, Ireland-based company that sells software. “We are proud,” the company said.", "Learnwell"),
        ("The deal is with Harbourline, an Austin, Texas-based firm that owns ports. “We are proud,” the firm said.", "Harbourline"),
        # the apposition closing the sentence is not read; the town is still no company
        ("The deal is with Learnwell, a Dublin, Ireland-based company. “We are proud of it,” the company said.", "the company"),
        ("The deal is with Quaywise, a Cork-based company. “We are proud of it,” the company said.", "Quaywise"),
    ],
)
def test_a_town_before_its_regions_adjective_describes_the_company(sentence, expected):
    assert credited(sentence) == [expected]
