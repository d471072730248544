"""Closing credits of wire copy and an ad slot's prompt with its separator are chrome; sentences like them are not."""

from __future__ import annotations

import pytest

from newsparse.page.chrome import LineKind

from .layout_helpers import kind


@pytest.mark.parametrize(
    "line",
    [
        "—With assistance from Jiyeon Lee.",
        "With assistance from Tom Ellery and Ana Ruiz Soto",
        "-- With assistance from Li Wei, Sam Roe and Ann Lee.",
        "Advertisement · Scroll to continue",
        "Advertisement | Scroll down to continue",
    ],
)
def test_credits_and_ad_prompts_are_chrome(line):
    assert kind(line) is LineKind.CHROME


@pytest.mark.parametrize(
    "line",
    [
        "With assistance from the ministry, the town rebuilt its school in six months.",
        "With assistance from neighbours, the family rebuilt the barn",
    ],
)
def test_sentences_opening_with_assistance_are_text(line):
    assert kind(line) is LineKind.TEXT
