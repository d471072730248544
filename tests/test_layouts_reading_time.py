"""A page's reading time printed as ``N mins to read`` is chrome, as ``N min read`` is."""

from __future__ import annotations

import pytest

from newsparse.page.chrome import LineKind

from .layout_helpers import kind


@pytest.mark.parametrize("line", ["2 mins to read", "4 minutes to read", "1 min to read"])
def test_a_reading_time_with_to_is_chrome(line):
    assert kind(line) is LineKind.CHROME


def test_a_sentence_about_reading_time_is_text():
    assert kind("It takes five minutes to read the report, the author said.") is LineKind.TEXT


@pytest.mark.parametrize(
    "line", ["Estimated reading time: 6 minutes", "Estimated reading time 2 mins", "Read time: 5 min", "Reading time: 12 minutes"]
)
def test_an_estimated_reading_time_is_chrome(line):
    assert kind(line) is LineKind.CHROME


def test_a_sentence_about_an_estimated_reading_time_is_text():
    assert kind("Estimated reading times have fallen since the site cut its longest features, the editor said.") is LineKind.TEXT
