"""A section kicker printed in capitals over a title that is not (``CRIME & COURTS`` over the headline), or a section's
names joined by ``&`` (``Science & Health``, perhaps printed in the menu too), is no title, even where a standfirst, a
photo's caption and its credit stand between the title and the date line.

Pages written for these tests.
"""

from __future__ import annotations

import pytest

from newsparse import parse

MENU = ["Channel 9 News", "Politics", "World", "Business", "Health", "Science", "Sports", "Select", "Share & Save —", "Channel 9 Live"]
TITLE = "Harbour pilot jailed for six years over tanker grounding that closed the port for a week"
STANDFIRST = "Tomas Reyes, 51, ignored three warnings from the control tower, prosecutors said."
PHOTO = ["The tanker Marisol aground off Pier 4 on Jan. 8, 2025.", "Dana Ruiz / Reuters file"]
META = ["March 4, 2025, 9:40 AM EST / Updated March 4, 2025, 11:02 AM EST", "By Lena Ortiz"]
BODY = [
    "",
    "A harbour pilot who ran a loaded tanker aground was sentenced on Tuesday to six years in prison.",
    "",
    "The grounding closed the port for seven days and cost shippers about $80 million, the court heard.",
    "",
    "Reyes told the court he was sorry and had not slept for two days before the accident.",
]


def _page(kicker: str) -> str:
    return "\n".join([*MENU, kicker, TITLE, STANDFIRST, *PHOTO, *META, *BODY]) + "\n"


@pytest.mark.parametrize("kicker", ["CRIME & COURTS", "POLITICS & POLICY", "THE BIG STORY"])
def test_a_kicker_in_capitals_over_the_title_is_no_title(kicker):
    [article] = parse(_page(kicker)).articles
    assert article.headline is not None and article.headline.text == TITLE
    assert article.summary is not None and article.summary.text == STANDFIRST
    assert article.published is not None and article.published.isoformat()[:10] == "2025-03-04"
    assert article.paragraphs[0].text.startswith("A harbour pilot")


def test_a_title_in_capitals_stays_the_title():
    title = "PILOT JAILED OVER TANKER GROUNDING"
    page = "\n".join(["Channel 9 News", "", title, "", META[0], META[1], *BODY]) + "\n"
    [article] = parse(page).articles
    assert article.headline is not None and article.headline.text == title


@pytest.mark.parametrize("menu", [["Home", "News", "Science & Health", "Video", "Live"], ["Home", "News", "Video"]])
def test_a_section_joined_by_an_ampersand_over_the_title_is_no_title(menu):
    title = "Mountain snow is full of microplastics, university study finds"
    standfirst = "Researchers counted plastic fibers in every one of 64 samples, from city parks to high peaks"
    page = "\n".join(["Channel 2 News", *menu, "Science & Health", title, standfirst, "Author: Ann Lee (KPTR)",
                      "Published: 6:15 AM MST January 9, 2025", *BODY]) + "\n"
    [article] = parse(page).articles
    assert article.headline is not None and article.headline.text == title
    assert article.summary is not None and article.summary.text == standfirst
