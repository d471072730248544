"""Speakers from titles, ranks and owners, on sentences written for these tests (blind round p614-p619):

* a post named with a portfolio of two joined by ``and`` (``Minister of Trade and Industry Ann Lee``) is one title:
  the name is the person's, never ``Industry Ann Lee``;
* ``the minister`` is the minister named at the plain rank rather than a deputy named later (``Deputy Finance
  Minister X``), even when the deputy spoke last; a deputy alone is still taken up;
* a name cited after ``citing`` that modifies the noun after it (``citing US tariff announcements``) is no source;
* ``In his words:`` credits the person ``he`` stands for;
* words in lower case that no role list holds, between a body's name and a titled or given name after ``said``
  (``said Harbour Union shop steward Ann Lee``), are that person's title: the name speaks, not the body;
* a described source with a relative clause and no commas (``A paramedic who asked not to be named told …``) is
  what ``he`` then stands for;
* ``backbencher``, ``legislator`` and ``parliamentarian`` are roles;
* a firm named after a commodity (``Kalahari Platinum``, ``Ridge Coal``) is a company ``the company`` takes up, while
  ``Gold`` and ``Steel`` stay surnames;
* two roles joined by ``and`` in an apposition are both the person's (``Ann Lee, the co-founder and chief executive
  of Ledgerly,``: ``the chief executive``);
* ``Its report said`` credits the body ``it`` stands for;
* a sentence opening with a thing by its measure (``A 10kg bag of maize meal rose …``) leaves ``she`` to the person
  followed.
"""

from __future__ import annotations

import pytest

from .test_quotes import credited


@pytest.mark.parametrize(
    "title",
    ["Minister of Trade and Industry", "Minister of Mineral Resources and Energy", "Secretary for Food and Health"],
)
def test_a_portfolio_of_two_is_one_title(title):
    assert credited(
        f"{title} John Moyo met both parties on Monday.",
        "“Nobody wins from a long strike,” the minister told journalists afterwards."
        if title.startswith("Minister")
        else "“Nobody wins from a long strike,” he told journalists afterwards.",
    ) == ["John Moyo"]


def test_a_portfolio_of_two_leaves_he_to_the_named_man_only():
    assert credited(
        "Minister of Trade and Industry Ann Lee met both parties on Monday.",
        "He urged the two sides to “find each other” before the end of the month.",
    ) == [None]


def test_the_minister_is_the_one_at_the_plain_rank():
    assert credited(
        "Economy Minister Omar Haddad announced the quota on Monday.",
        "The daily quoted Deputy Finance Minister John Roe as saying that “every cent saved goes back”.",
        "The minister rejected claims the timing was political. “Policy is not set by the calendar,” he said.",
    ) == ["John Roe", "Omar Haddad"]


def test_the_minister_after_two_ministers_named_at_the_plain_rank_is_the_last():
    assert credited(
        "Economy Minister Ann Lee announced the quota on Monday.",
        "Finance Minister Rosa Diaz backed it in parliament.",
        "“It is fair,” the minister said.",
    ) == ["Rosa Diaz"]


def test_a_deputy_named_alone_is_still_the_minister():
    assert credited(
        "Deputy Finance Minister John Roe backed the plan in parliament.",
        "“It is fair,” the minister said.",
    ) == ["John Roe"]


def test_the_deputy_minister_is_the_deputy():
    assert credited(
        "Economy Minister Ann Lee announced the quota on Monday.",
        "Deputy Finance Minister John Roe backed it in parliament.",
        "“It is fair,” the deputy minister said.",
    ) == ["John Roe"]


@pytest.mark.parametrize(
    "cited",
    ["citing US tariff announcements and weak demand", "citing Bloomberg data", "citing EU import rules"],
)
def test_a_name_modifying_what_is_cited_is_no_source(cited):
    assert credited(f"Acme Holdings said profit would be “tight”, {cited}.") == ["Acme Holdings"]


@pytest.mark.parametrize(
    ("cited", "source"),
    [
        ("citing US officials familiar with the talks", "US officials familiar with the talks"),
        ("citing European Commission sources", "European Commission sources"),
        ("citing Ann Lee, a ministry spokeswoman", "Ann Lee"),
    ],
)
def test_a_source_cited_whole_is_still_the_source(cited, source):
    assert credited(f"Acme Holdings said the deal was “close”, {cited}.") == [source]


@pytest.mark.parametrize(("holder", "owner"), [("spokesman Bryce Holloway", "his"), ("spokeswoman Ann Lee", "her")])
def test_in_his_words_credits_the_one_he_stands_for(holder, owner):
    assert credited(
        f"Opposition treasury {holder} described the credit as a sugar hit.",
        f"In {owner} words: “Every time the price goes up, they spend it.”",
    ) == [holder.split(" ", 1)[1]]


def test_in_his_words_after_a_woman_credits_nobody():
    assert credited(
        "Opposition treasury spokeswoman Ann Lee described the credit as a sugar hit.",
        "In his words: “Every time the price goes up, they spend it.”",
    ) == [None]


@pytest.mark.parametrize(
    ("phrase", "speaker"),
    [
        ("said Harbour Union shop steward Ann Lee", "Ann Lee"),
        ("said Akbayan party-list Rep. Rosa Diaz", "Rosa Diaz"),
        ("said Coastline Workers night-shift convenor John Moyo", "John Moyo"),
    ],
)
def test_words_no_role_list_holds_before_a_name_are_its_title(phrase, speaker):
    assert credited(f"“We will not back down,” {phrase}.") == [speaker]


@pytest.mark.parametrize(
    ("phrase", "speaker"),
    [
        ("said Harbour Union on Tuesday", "Harbour Union"),
        ("said the Harbour Union in a statement", "the Harbour Union"),
    ],
)
def test_a_body_after_said_with_no_name_after_it_speaks(phrase, speaker):
    assert credited(f"“We will not back down,” {phrase}.") == [speaker]


@pytest.mark.parametrize(
    "source",
    ["A paramedic who asked not to be named", "A nurse who spoke on condition of anonymity"],
)
def test_he_after_a_described_source_with_a_relative_clause_is_that_source(source):
    assert credited(
        f"{source} told the Gazette that crews had waited six hours outside the hospital.",
        "“You sit there with a frail patient and there is nothing you can do,” he said.",
    ) == [source]


@pytest.mark.parametrize("role", ["backbencher", "legislator", "parliamentarian"])
def test_a_member_of_a_parliament_is_a_role(role):
    assert credited(
        f"A Labor {role} from the west, who asked not to be named, said the mood in the party room was “flat”."
    ) == [f"A Labor {role} from the west"]


@pytest.mark.parametrize("firm", ["Kalahari Platinum", "Ridge Coal", "Harbour Cement"])
def test_a_firm_named_after_a_commodity_is_what_the_company_takes_up(firm):
    assert credited(
        f"Workers at {firm} stayed on strike for a third week.",
        "“The notices were a legal requirement,” the company said in a statement.",
    ) == [firm]


@pytest.mark.parametrize("name", ["Harry Gold", "Mark Steel"])
def test_a_surname_that_is_also_a_metal_stays_a_person(name):
    assert credited(
        f"{name} told reporters the deal was “dead”.",
        f"“It is over,” {name.split()[1]} said.",
    ) == [name, name]


def test_two_roles_in_an_apposition_are_both_the_persons():
    assert credited(
        "“We did not need the money,” Ann Lee, the co-founder and chief executive of Ledgerly, said.",
        "The Courier said Walt Okafor, an early investor, would keep his shares.",
        "Asked about deals, the chief executive said the firm had “no shopping list” for now.",
    ) == ["Ann Lee", "Ann Lee"]


def test_its_report_credits_the_body_it_stands_for():
    assert credited(
        "Audit Scotland warned last year that the bill could reach £450m. Its report said the programme had “weak"
        " oversight”."
    ) == ["Audit Scotland"]


def test_its_report_with_no_body_before_credits_nobody():
    assert credited("Ann Lee spoke on Monday. Its report said the programme had “weak oversight”.") == [None]


def test_a_thing_by_its_measure_leaves_she_to_the_person_followed():
    assert credited(
        "“Families are buying less,” said Thandeka Mthembu, the coordinator at the trust.",
        "Mthembu said prices rose. A 10kg bag of maize meal rose by R14.50, while a 2-litre bottle of oil climbed 9%.",
        "“Maize meal is not a luxury,” she said.",
    ) == ["Thandeka Mthembu", "Thandeka Mthembu"]


def test_the_note_said_is_its_issuer():
    assert credited(
        "Analysts at Meridian Frontier said in a note that the bank could cut rates in December.",
        "“The bar for cuts remains high,” the note said.",
    ) == ["Analysts at Meridian Frontier"]


def test_a_name_a_body_owns_is_no_body_of_its_kind():
    assert credited(
        "Villagers demanded compensation from Atlantic Delta Petroleum after a leak on the company's Okoroba trunk line.",
        "The company said in a statement that “the leak has been isolated”.",
    ) == ["Atlantic Delta Petroleum"]


@pytest.mark.parametrize(
    ("opening", "document", "issuer"),
    [
        ("In a statement, Mines Minister Carla Benedetti said the state would help workers.", "statement", "Carla Benedetti"),
        ("In a joint letter, the unions said the plan was unfair.", "letter", "the unions"),
    ],
)
def test_a_document_the_sentence_opens_with_is_its_subjects(opening, document, issuer):
    assert credited(opening, f"“It must be scrapped,” the {document} said.") == [issuer]
