"""A live page's post byline opens with ``From`` and the outlet's acronym: ``From CNN's Jane Doe``. Lines of our own."""

from __future__ import annotations

import pytest

from newsparse import parse
from newsparse.page.chrome import LineKind

from .layout_helpers import kind


@pytest.mark.parametrize("line", ["From CNN's Jane Doe", "From NBC’s Tom Roe and Ann Lee", "From ABC's Ana Ruiz, Tom Roe and Li Ming"])
def test_a_post_byline_from_an_outlet_is_a_byline(line):
    assert kind(line) is LineKind.BYLINE


@pytest.mark.parametrize(
    "line",
    ["From NATO's point of view, the talks failed.", "From Biden's White House", "From BBC's Newsnight: the row over the budget"],
)
def test_other_lines_opening_with_from_are_text(line):
    assert kind(line) is LineKind.TEXT


def test_each_post_of_a_live_page_is_an_article():
    page = (
        "Live Updates\nStorm hits the coast: live updates\nBy Jane Doe and Tom Roe, CNN\nUpdated 5:02 PM EDT, Tue September 30, 2025\n\n"
        "4:48 p.m. ET, September 30, 2025\nHarbour closed as waves top the sea wall\nFrom CNN's Jane Doe\n"
        "The harbour board closed the port on Tuesday as waves topped the sea wall.\nFerries will not sail before Thursday.\n\n"
        "3:15 p.m. ET, September 30, 2025\nSchools shut across the county\nFrom CNN's Tom Roe\n"
        "Every school in the county will stay shut on Wednesday, the council said.\nBuses will not run either.\n"
    )
    headlines = [a.headline.text for a in parse(page).articles if a.headline is not None]
    assert "Harbour closed as waves top the sea wall" in headlines and "Schools shut across the county" in headlines
