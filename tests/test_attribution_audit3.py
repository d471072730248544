"""A third audit of the speaker rules on real news: the kinds of wrong speaker it found, each
with sentences written for it (none copied from a page), positive and negative."""

from __future__ import annotations

import pytest

from .test_quotes import extract


def credited(*paragraphs: str) -> list[str | None]:
    """The speaker of each quote of an article made of ``paragraphs``."""
    return [q.speaker for q in extract(*paragraphs)]


# -- A: a name ending in "Incorporated" or "Limited" is a company, and "he" passes it by ----------


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            [
                "Okonkwo, Delta Freight Incorporated’s founder, spoke to investors on Monday.",
                "Okonkwo said the year had been hard. “But we are still growing,” he said.",
            ],
            ["Okonkwo"],
        ),
        (
            [
                "Marta Lindgren, who chairs Nordvik Shipping Limited, met staff in Oslo.",
                "Lindgren admitted sales had fallen at Nordvik Shipping Limited. “It was a bad winter,” she said.",
            ],
            ["Marta Lindgren"],
        ),
    ],
)
def test_a_company_suffix_is_no_person(paragraphs: list[str], expected: list[str]) -> None:
    assert credited(*paragraphs) == expected


def test_a_person_named_before_a_company_still_speaks() -> None:
    assert credited("“We are ready,” said Tom Baker of Harbour Tools Incorporated.") == ["Tom Baker"]
