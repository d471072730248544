"""Where an article names no place of the currencies its print leaves open, the page's footer decides as its head
does: the site's own notes at the end of the page name its home (an acknowledgement of country, a registered
office, a street address)."""

from __future__ import annotations

import pytest

from newsparse import parse

_PAGE = (
    "THE MORNING COURIER\nNews | Business | Sport\n\nSeawall bill climbs\n\n"
    "The cost of the new seawall along the harbour road{where} has risen to $48 million, the auditor told the members "
    "of the works committee on Monday evening.\n\n"
    "The committee will meet again next month to decide whether to seek more money from the state.\n\n"
    "Share this story\n{foot}\n"
)


def _money(foot: str, where: str = "") -> list[str | None]:
    page = _PAGE.format(foot=foot, where=where)
    return [f.currency for article in parse(page) for f in article.figures if f.kind == "money"]


@pytest.mark.parametrize(
    ("foot", "currency"),
    [
        ("The Morning Courier acknowledges the Traditional Custodians of the land on which we work in Queensland.", "AUD"),
        ("© 2026 Morning Courier Media Ltd, 12 Queen Street, Auckland, New Zealand", "NZD"),
        ("© 2026 Morning Courier Ltd. Registered office: 4 Bay Street, Toronto, Ontario.", "CAD"),
    ],
)
def test_a_footer_naming_one_home_decides_a_bare_dollar(foot: str, currency: str) -> None:
    assert _money(foot) == [currency]


@pytest.mark.parametrize(
    ("foot", "where"),
    [
        ("© 2026 Morning Courier Media", ""),
        ("© 2026 Morning Courier Ltd, 12 Queen Street, Auckland, New Zealand", " in Texas"),
    ],
)
def test_a_footer_naming_no_home_or_an_article_with_places_leaves_a_bare_dollar_usd(foot: str, where: str) -> None:
    assert _money(foot, where) == ["USD"]
