"""A seventh audit of the speaker rules on real news: the kinds of wrong speaker it found, each
with sentences written for it (none copied from a page), positive and negative."""

from __future__ import annotations

import pytest

from .test_quotes import credited


# -- A: a name, then a description before the verb: the name speaks -------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Dana Holt, treasurer of the rowing club said, “We will buy two new boats this spring.”",
        "Dana Holt, a longtime club member said, “We will buy two new boats this spring.”",
        "Dana Holt, Riverside Rowing Club Treasurer, says, “We will buy two new boats this spring.”",
        "The club met on Monday. Dana Holt, a longtime member said, “We will buy two new boats this spring.”",
    ],
)
def test_a_description_after_a_name_credits_the_name(sentence: str) -> None:
    assert credited(sentence) == ["Dana Holt"]


def test_a_name_set_after_a_description_still_speaks() -> None:
    assert credited("The club treasurer, Dana Holt, said, “We will buy two new boats this spring.”") == ["Dana Holt"]


@pytest.mark.parametrize(
    "sentence",
    [
        "In Riverside, the club treasurer said, “We will buy two new boats this spring.”",
        "On Tuesday Evening, a club member said, “We will buy two new boats this spring.”",
    ],
)
def test_a_lead_in_before_a_description_is_no_name(sentence: str) -> None:
    assert credited(sentence)[0] not in ("Riverside", "Tuesday Evening", "On Tuesday Evening")

