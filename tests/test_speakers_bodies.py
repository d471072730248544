"""``the agency``, ``the ministry``, ``the firm``: a definite description takes up the one body of its
kind the article named before (``… Bureau`` is an agency), on sentences written for these tests.

A word of table ``trades`` that also names a worker (``miner``) titling a one-word name that is no given name makes
that name a company's (``Canadian miner Lundin``), never a person's: ``the company`` and ``it`` take it up.
"""

from __future__ import annotations

import pytest

from .test_speakers_rules import credited


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            ("Inspectors of the Central Auditing Bureau visited the port in Gdynia on Tuesday.",
             "“Several invoices were forged,” the agency said in a statement."),
            "Central Auditing Bureau",
        ),
        (
            ("Investigators from the National Anti-Corruption Bureau (NABU) searched two offices in Lviv.",
             "“The suspects were paid in cash,” the anti-graft agency said."),
            "National Anti-Corruption Bureau",
        ),
        (
            ("The Health Ministry in Nairobi ordered clinics to stock the vaccine.",
             "“Supplies will last until June,” the department said."),
            "Health Ministry",
        ),
        (
            ("Shares of Corvex Holdings Group fell 8% after the report was published.",
             "“We reject the claims entirely,” the firm said."),
            "Corvex Holdings Group",
        ),
        (
            ("Brazil’s Federal Revenue Service opened an inquiry into the transfers last week.",
             "The tax watchdog called the transfers “plainly irregular.”"),
            "Federal Revenue Service",
        ),
    ],
)
def test_a_description_takes_up_the_one_body_of_its_kind_named_before(
    paragraphs: tuple[str, ...], expected: str
) -> None:
    assert credited(*paragraphs) == [expected]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (  # two bodies of the kind: neither is taken
            ("The Federal Statistics Office and the Central Audit Bureau released figures on Friday.",
             "“Exports fell for a third month,” the national agency said."),
            "the national agency",
        ),
        (  # no body named at all
            ("Prices of fuel rose again in March.", "“Exports fell for a third month,” the statistics agency said."),
            "the statistics agency",
        ),
        (  # a capitalized word the body's name lacks: another agency
            ("Investigators from the National Anti-Corruption Bureau (NABU) searched two offices in Lviv.",
             "“The raids were lawful,” the Polish agency said."),
            "the Polish agency",
        ),
        (  # an office of someone: another body
            ("Inspectors of the Central Auditing Bureau visited the port in Gdynia on Tuesday.",
             "“The charges will follow,” the prosecutor’s office said."),
            "the prosecutor’s office",
        ),
        (  # a body of another kind: a bureau is no ministry
            ("Inspectors of the Central Auditing Bureau visited the port in Gdynia on Tuesday.",
             "“Several invoices were forged,” the health ministry said."),
            "the health ministry",
        ),
    ],
)
def test_a_description_stays_as_printed_unless_one_body_fits(paragraphs: tuple[str, ...], expected: str) -> None:
    assert credited(*paragraphs) == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Southern District of New York said the plea deal was “fair”.",
        "The Commonwealth of Massachusetts said the plea deal was “fair”.",
        "The City of Sydney said the plea deal was “fair”.",
        "The U.S. Attorney's Office for the Eastern District of Virginia said the plea deal was “fair”.",
    ],
)
def test_the_place_of_a_unit_of_government_is_never_the_speaker(sentence):
    speakers = credited(sentence)
    assert speakers[0] not in ("New York", "Massachusetts", "Sydney", "Virginia")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The U.S. Attorney's Office for the Southern District of New York said in a statement that the "
         "sentence was “fair”.", "Southern District of New York"),
        ("Ann Lee of New York said the plea deal was “fair”.", "Ann Lee"),
    ],
)
def test_a_long_body_name_is_cut_at_a_word(sentence, expected):
    speaker = credited(sentence)[0]
    assert expected in speaker and not speaker.startswith((".", "S."))


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            ("The right-wing SVP said the tunnel was a “waste”.",
             "Swiss Federal Railways (SBB) welcomed the result. The tunnel will “remove a bottleneck”, according to the company."),
            "Swiss Federal Railways",
        ),
        (
            ("The court quashed permission for 800 homes planned by Glenmore Living Ltd in Dublin.",
             "In a statement, the developer said it was “disappointed” with the ruling."),
            "Glenmore Living Ltd",
        ),
        (
            ("Ferry fares will rise after Harbour Freight Ltd raised its prices.",
             "The supplier said the rise was “unavoidable”."),
            "Harbour Freight Ltd",
        ),
    ],
)
def test_a_company_named_by_what_it_does_is_taken_up_by_its_kind(paragraphs, expected):
    assert credited(*paragraphs)[-1] == expected


@pytest.mark.parametrize("role", ["26-year-old right-hander", "left-hander", "veteran"])
def test_a_sports_role_takes_up_the_player_the_text_is_about(role):
    speakers = credited(
        "BALTIMORE — Kenta Arima bowed twice to the reporters at the ballpark on Tuesday.",
        f"“I came here to win a championship,” the {role} said.",
    )
    assert speakers == ["Kenta Arima"]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            ("Hampshire county council said it would need to find savings.",
             "“Without further help, cuts are unavoidable,” the council said in a statement."),
            "Hampshire county council",
        ),
        (
            ("Kent fire service said crews were called at 2am.", "“The blaze spread quickly,” the service said."),
            "Kent fire service",
        ),
        (
            ("Sales fell 5% last month, according to data released by the Toronto Regional Real Estate Board.",
             "The board said in a statement that lower rates had yet to “translate into demand”."),
            "Toronto Regional Real Estate Board",
        ),
    ],
)
def test_a_body_printed_in_lower_case_after_its_place_or_a_board_is_taken_up(paragraphs, expected):
    assert credited(*paragraphs)[-1] == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            ("Calder Pacific Securities raised its target for the bank.",
             "According to a note from Sakura Bridge Securities, foreign investors sold shares. The brokerage called "
             "the move “a pause, not a rout”."),
            "Sakura Bridge Securities",
        ),
        (
            ("The Norland Revenue Bureau fined the importer in March.",
             "The Dova Customs Bureau searched its warehouse on Tuesday, and the agency called the find "
             "“a serious breach”."),
            "Dova Customs Bureau",
        ),
    ],
)
def test_of_two_bodies_of_a_kind_the_one_named_again_in_the_passage_is_meant(paragraphs, expected):
    assert credited(*paragraphs) == [expected]


@pytest.mark.parametrize(
    "paragraphs",
    [
        ("Northbridge Bank and Calder Bank both cut rates on Monday.",
         "The Hang Seng Index was flat. The lender called the cut “overdue”."),
        ("Northbridge Bank cut rates on Monday, and Calder Bank followed.",
         "The Hang Seng Index was flat. In a statement, the lender called the cut “overdue”."),
    ],
)
def test_a_description_of_a_kind_never_takes_up_a_body_of_none(paragraphs):
    assert credited(*paragraphs)[0] not in ("Hang Seng Index", "Northbridge Bank", "Calder Bank")


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (("Canadian miner Torvik said on Monday it would cut 170 jobs.", "“Prices remain weak,” the company said."), ["Torvik"]),
        (("Global miner KGM said on Monday it would cut 170 jobs.", "“Prices remain weak,” the company said."), ["KGM"]),
        (("Gold miner Torvik confirmed the cuts to “protect margins”.", "“Prices remain weak,” it said in a statement."),
         ["Gold miner Torvik", "Gold miner Torvik"]),
    ],
)
def test_a_trade_word_before_one_name_makes_a_company(paragraphs: tuple[str, ...], expected: list[str]) -> None:
    assert credited(*paragraphs) == expected


def test_a_miner_with_a_given_name_is_a_person() -> None:
    paragraphs = ("Coal miner Dave Jenkins said on Monday he would retire.", "“It is time,” he said.")
    assert credited(*paragraphs) == ["Dave Jenkins"]
