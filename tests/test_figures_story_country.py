"""A bare ``$`` in a story that names the places of two dollars is the dollar of the story's country when that
country is plain by count (three times at least, twice as often as the others together): sentences written for
the rule."""

from __future__ import annotations

import pytest

from tests.test_figures import figures


def _bare(text: str) -> set[str | None]:
    return {f["currency"] for f in figures(text) if f["kind"] == "money" and f["text"].startswith("$")}


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("Canada will spend $2 billion on ports. Canada trades with the U.S. daily, and Canada wants faster trucks.", "CAD"),
        ("A CBC investigation found $40 million a day went out. CBC asked which firms got it; unlike the U.S., "
         "Ottawa did not say. CBC will appeal.", "CAD"),
        ("Texas lawmakers set aside $300 million. Texas farms sell to Canada, and Texas ranchers agree.", "USD"),
    ],
)
def test_the_storys_country_named_most_decides_a_bare_dollar(text: str, currency: str) -> None:
    assert _bare(text) == {currency}


@pytest.mark.parametrize(
    "text",
    [
        "Canada and the U.S. each pledged $2 billion for the bridge.",
        "Canada, Canada and Washington, Texas and the U.S. shared $5 million.",
    ],
)
def test_two_dollars_named_with_no_clear_story_country_keep_a_bare_dollar_usd(text: str) -> None:
    assert _bare(text) == {"USD"}
