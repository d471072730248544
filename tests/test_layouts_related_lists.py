"""Related links as independent annotators count them, and a contributor's line as the body's last paragraph.

* Headlines listed under ``READ MORE:`` or ``Read more from Site:`` are related links, one each, a list item's mark
  before each aside (``* Reservoir cost blows out by $9m``); a ``READ MORE: headline`` line listed under ``Related``
  is a link still, and the paragraph under the list stays the body's.
* ``ALSO READ: headline`` and ``Also read | headline`` are related links as ``READ MORE: headline`` is.
* ``Associated Press writer Jane Doe contributed to this report.`` closes the body as its last paragraph.

Pages written for these tests.
"""

from __future__ import annotations

import pytest

from newsparse import parse

HEAD = "Valley Courier\nHome | News | Sport | Business\n\nHarbour council votes to raise rates by 9%\n\nBy Ana Pop\nMarch 3, 2026\n\n"
BODY = (
    "The Harbour council voted on Tuesday to raise rates by 9% from July, the mayor said.\n\n"
    "The increase will pay for new water pipes under the old town, officials said.\n\n"
)
LAST = "The council will meet again in May to set the final budget."


def _article(middle: str):
    [article] = parse(HEAD + BODY + middle + "\n\n" + LAST + "\n").articles
    return article


@pytest.mark.parametrize("mark", ["* ", "• ", "- ", ""])
@pytest.mark.parametrize("heading", ["READ MORE:", "Read more from Valley Courier:"])
def test_headlines_listed_under_read_more_are_links(heading, mark):
    article = _article(f"{heading}\n{mark}Tasman ratepayers face third rise\n{mark}Reservoir cost blows out by $9m")
    assert [link.headline for link in article.related] == ["Tasman ratepayers face third rise", "Reservoir cost blows out by $9m"]
    assert article.paragraphs[-1].text == LAST
    for link in article.related:
        assert link.span is not None


def test_read_more_lines_listed_under_related_are_links_and_the_body_goes_on():
    article = _article("Related\nREAD MORE: Baltavia posts first profit\nREAD MORE: Port authority opens land deals probe")
    assert [link.headline for link in article.related] == ["Baltavia posts first profit", "Port authority opens land deals probe"]
    assert article.paragraphs[-1].text == LAST


def test_headlines_listed_under_related_or_most_read_stay_no_links():
    article = _article("Most read\nTasman ratepayers face third rise\nReservoir cost blows out by $9m")
    assert article.related == ()


@pytest.mark.parametrize(
    "line", ["ALSO READ: Gold prices hit record as wedding demand picks up", "Also Read | Gold prices hit record as wedding demand picks up"]
)
def test_an_also_read_line_is_a_related_link(line):
    article = _article(line)
    assert [link.headline for link in article.related] == ["Gold prices hit record as wedding demand picks up"]
    assert line not in [p.text for p in article.paragraphs]


@pytest.mark.parametrize(
    "line",
    [
        "Associated Press writer Tess Moran in Madison contributed to this report.",
        "Valley Courier's Alicia Gomez contributed to this report.",
        "Reuters correspondent Ilse Brandt contributed from Berlin.",
    ],
)
def test_a_contributors_line_closes_the_body(line):
    [article] = parse(HEAD + BODY + LAST + "\n\n" + line + "\n").articles
    assert article.paragraphs[-1].text == line
