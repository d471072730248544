"""Headline shapes a digest's summary line does not print: a title closed by who said it after a colon or
a spaced dash, and a title opened by a kicker of a few capitalised words and a colon.  Over the body, such a
line is the article's headline, not a summary."""

from __future__ import annotations

import pytest

from newsparse import parse
from newsparse_article.fit import _closes_with_source, _opens_with_kicker

_BODY = (
    "The harbour board voted on Thursday to dredge the eastern channel before the winter storms.\n\n"
    "Fishing crews had asked for the work for three years, the board's chair said.\n\n"
    "The work will start in October and take six weeks.\n"
)


@pytest.mark.parametrize(
    "title",
    [
        "Ferry fares will keep rising through the winter: harbour board",
        "Why we agreed to the new dredging contract in the middle of the storm season – Okafor",
        "The channel must be dredged before the first storms arrive — fishing crews",
    ],
)
def test_a_title_closed_by_its_source_is_the_headline(title):
    assert _closes_with_source(title)
    page = parse(f"{title}\n\n{_BODY}")
    assert page.format == "article"
    assert page[0].headline.text == title
    assert page[0].summary is None


@pytest.mark.parametrize(
    "title",
    [
        "Harbour Watch: the board has voted to dredge the eastern channel this year",
        "Exclusive: fishing crews were told the work would start before the storms",
    ],
)
def test_a_title_opened_by_a_kicker_is_the_headline(title):
    assert _opens_with_kicker(title)
    page = parse(f"{title}\n\n{_BODY}")
    assert page[0].headline.text == title


@pytest.mark.parametrize(
    "line",
    [
        # a list after the colon, a clause after the dash, an article in the tail
        "The board will spend the money on three harbours: Cobh and Kinsale",
        "The harbour board has raised the ferry fares again – a move the residents oppose",
        "Crews said the channel had silted up in two places: the board",
        "The board has said work will start in October – before the storms.",
        # too short a head for a quotation's source
        "Ferries: harbour board",
    ],
)
def test_other_colons_and_dashes_name_no_source(line):
    assert not _closes_with_source(line)


@pytest.mark.parametrize(
    "line",
    [
        "The harbour board said: work on the channel will start in October",
        "Harbour board of the county: dredging starts soon",
        "Storm Watch: too late",
    ],
)
def test_a_lower_case_or_long_head_before_a_colon_is_no_kicker(line):
    assert not _opens_with_kicker(line)


def test_a_digest_summary_line_over_the_body_stays_a_summary():
    line = "The harbour board has voted to spend the money on three harbours: Cobh and Kinsale and Bantry"
    page = parse(f"{line}\n\n{_BODY}")
    assert page[0].headline is None
    assert page[0].summary.text == line
