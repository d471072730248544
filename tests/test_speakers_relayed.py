"""Held-out speaker kinds, one rule each, on sentences written for these tests (none copied from a
page): an outlet relaying a source credits the source, a body's short form never swallows the role
and the person named after it.
"""

from __future__ import annotations

import pytest

from .test_quotes import extract


def credited(*paragraphs: str) -> list[str | None]:
    """The speaker of each quote of an article made of ``paragraphs``."""
    return [q.speaker for q in extract(*paragraphs)]


# -- X quoted Y as saying: the source, never the outlet that relays it -----------------------


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("The Harbour Times quoted a second economist, Pia Lund of Norhaven Capital, as saying: “Wages will lag.”", "Pia Lund"),
        ("Radio Kestrel quoted a farmer, Tom Ash, as saying the harvest was “the worst in memory”.", "Tom Ash"),
        ("The Valley Post cited one grower, Ines Moreau, as saying the frost had been “brutal”.", "Ines Moreau"),
        ("Weekly Ledger quoted the finance minister: “We stay the course.”", "the finance minister"),
    ],
)
def test_an_outlet_quoting_a_source_credits_the_source(paragraph: str, expected: str) -> None:
    assert credited(paragraph) == [expected]


def test_a_description_not_naming_anyone_stays_the_source() -> None:
    paragraph = "The Harbour Times quoted a dock worker, a man in his sixties, as saying the pay was “a joke”."
    assert credited(paragraph) == ["a dock worker"]


# -- said <Body> <role> <Name>: the person named after the role speaks ------------------------


@pytest.mark.parametrize(
    "role",
    ["technical director", "sporting director", "marketing chief", "head coach"],
)
def test_a_short_form_of_a_body_does_not_swallow_the_role_and_name_after_it(role: str) -> None:
    paragraphs = ["Galway Rovers signed the winger on Friday.", f"“He will score goals,” said Galway {role} Mara Quinn."]
    assert credited(*paragraphs) == ["Mara Quinn"]


def test_the_role_and_name_may_also_open_the_sentence() -> None:
    paragraphs = ["Galway Rovers signed the winger on Friday.", "Galway technical director Mara Quinn said: “He is quick.”"]
    assert credited(*paragraphs) == ["Mara Quinn"]


def test_a_body_alone_after_the_verb_still_speaks() -> None:
    paragraphs = ["Galway Rovers signed the winger on Friday.", "“The fee is undisclosed,” said Galway Rovers."]
    assert credited(*paragraphs) == ["Galway Rovers"]
