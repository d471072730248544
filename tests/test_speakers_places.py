"""Countries and cities (:mod:`newsparse_quotes.places`): the CLDR's territories and the time-zone database's
cities are places, never people; a name opening with one is a body.  The sentences here are our own."""

from __future__ import annotations

import pytest

from newsparse_quotes.lexicon import available
from newsparse_quotes.places import is_place, opens_with_place

from .test_quotes import credited

pytestmark = pytest.mark.skipif(not available(), reason="the lexicon extra is not installed")


@pytest.mark.parametrize(
    "key",
    [("addis", "ababa"), ("hong", "kong"), ("indonesia",), ("tel", "aviv"), ("são", "paulo"), ("sao", "paulo"), ("tokyo",),
     ("sri", "lanka"), ("bosnia", "and", "herzegovina"), ("congo",), ("south", "korea"), ("korea",)],
)
def test_countries_and_cities_are_places(key):
    assert is_place(key)


@pytest.mark.parametrize("key", [("jordan",), ("chad",), ("florence",), ("european", "union"), ("united", "nations"), ("ann", "lee")])
def test_first_names_surnames_and_bodies_are_no_places(key):
    assert not is_place(key)


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        (("tokyo", "electron"), True),
        (("hong", "kong", "disneyland"), True),
        (("jakarta", "post"), True),
        (("hong", "kong"), False),
        (("jordan", "peterson"), False),
        (("ann", "lee"), False),
    ],
)
def test_a_name_opening_with_a_place_and_going_on(key, expected):
    assert opens_with_place(key) is expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("Talks opened in Addis Ababa, Kofi Mensah said. Tel Aviv was quiet. “We will talk again,” he said.", "Kofi Mensah"),
        ("Buenos Aires sweltered, Ana Ruiz said. Addis Ababa stayed cool. “It is very hot,” she said.", "Ana Ruiz"),
        ("Pedro Alves flew home. Sao Paulo was flooded. “It was a mess,” he said.", "Pedro Alves"),
    ],
)
def test_a_city_is_never_the_person_a_pronoun_takes_up(paragraph, expected):
    assert credited(paragraph) == [expected]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Tokyo Electron said it expected sales to rise. “Demand is strong,” it said.",
        "Hong Kong Disneyland said it would reopen. “We are ready,” it said.",
    ],
)
def test_a_name_opening_with_a_place_is_a_body_it_takes_up(paragraph):
    assert credited(paragraph) == [paragraph.split(" said")[0]]


def test_a_country_may_still_speak():
    assert credited("Indonesia said the ban would stay. “The ban stays,” it said.") == ["Indonesia"]


def test_a_ministry_is_no_country_it_was_printed_after():
    assert credited("Indonesia said the ban would stay. “The ban stays,” the ministry said.") != ["Indonesia"]
