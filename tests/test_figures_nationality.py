"""A dollar's nationality printed twice in a story (``the Australian government`` … ``Australian nurses``) names
its country as a place does; printed once, in the page's head line, or before ``dollar`` it does not: sentences
written for the rule (table ``nationality_places``)."""

from __future__ import annotations

import pytest

from tests.test_figures import figures


def _bare(text: str) -> set[str | None]:
    return {f["currency"] for f in figures(text) if f["kind"] == "money" and f["text"].startswith("$")}


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("The Australian government will lift aged-care pay to $34 an hour, Australian unions said.", "AUD"),
        ("Canadian farmers lost $2 billion to the drought. Canadian banks deferred their loans.", "CAD"),
        ("Australian retailers sold $1.2 billion of goods online in May.\n\nAustralian shoppers spent more.", "AUD"),
    ],
)
def test_a_nationality_printed_twice_names_the_storys_country(text: str, currency: str) -> None:
    assert _bare(text) == {currency}


@pytest.mark.parametrize(
    "text",
    [
        "A $5 million Canadian company bought the mill.",
        "The Australian actor's film took $40 million in its first weekend.",
        "The Canadian dollar slipped as oil fell to $70. The Canadian dollar has lost a tenth this year.",
        "Australian and Texas investors put $3 billion into the fund. Texas regulators approved it; Australian "
        "funds and Texas banks, with Dallas firms, joined.",
    ],
)
def test_a_nationality_printed_once_or_as_a_market_leaves_the_dollar_us(text: str) -> None:
    assert _bare(text) == {"USD"}


def test_a_nationality_in_the_head_line_alone_decides_nothing() -> None:
    page = "Canadian miner buys Texas rival\n\nThe miner will pay $2 billion for the rival, the firms said.\n"
    assert _bare(page) == {"USD"}


def test_a_place_whose_name_opens_with_the_nationality_is_read_whole() -> None:
    assert _bare("The Canadian Real Estate Association put the average price at $650,000.") == {"CAD"}


@pytest.mark.parametrize(
    ("page", "currency"),
    [
        ("Why are carers in Australia still paid less than shop workers?\n\n"
         "The government is handing them $31.20 an hour, the union said.\n", "AUD"),
        ("Ontario drivers face higher insurance bills\n\nPremiums will rise by $120 a year, the board said.\n", "CAD"),
    ],
)
def test_the_headlines_place_decides_where_the_body_names_none(page: str, currency: str) -> None:
    assert _bare(page) == {currency}


def test_the_bodys_places_outweigh_the_headlines() -> None:
    page = "Why are carers in Australia still paid less?\n\nTexas carers earn $31.20 an hour, the Texas union said.\n"
    assert _bare(page) == {"USD"}
