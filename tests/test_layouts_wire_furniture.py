"""Furniture of wire and network pages around a story (the pages here are our own): a market page's delay notice
with its pointer to the list of exchanges, the lead photo's caption over a ``Photographer:`` credit on a page of
single newlines, a caption's credit printed again under ``toggle caption``, an audio player's help link and a
``Save`` button."""

from __future__ import annotations

import pytest

from newsparse import parse
from newsparse.page.chrome import LineKind, is_photo_caption
from newsparse.page.notices import is_data_notice

from .layout_helpers import BODY, PARAGRAPHS, TITLE, article_of, kind, texts


def test_a_delay_notice_with_its_pointer_to_the_exchanges_is_a_notice() -> None:
    assert is_data_notice("All quotes delayed a minimum of 15 minutes. See here for a complete list of exchanges and delays.")
    assert not is_data_notice("See here for a complete list of exchanges and delays.")  # the pointer alone
    assert not is_data_notice("All quotes delayed a minimum of 15 minutes. See here for our coverage of the vote.")


@pytest.mark.parametrize("line", ["Keyboard shortcuts for audio player", "Save", "Photographer: Jo Marsh/Harbour Wire"])
def test_player_links_buttons_and_photographer_credits_are_chrome(line: str) -> None:
    assert kind(line) is LineKind.CHROME


def test_the_lead_photos_caption_over_its_credit_is_no_paragraph_on_single_newlines() -> None:
    body = "\n".join(PARAGRAPHS)
    page = f"{TITLE}\nBy Jo Marsh\nMarch 7, 2026\nDredgers in the eastern channel.\nPhotographer: Ann Lee/Harbour Wire\n{body}\n"
    assert texts(article_of(page)) == PARAGRAPHS


def test_a_credit_printed_again_under_toggle_caption_is_no_paragraph() -> None:
    photo = "Dredgers in the eastern channel in May.\nJo Marsh for Harbour Radio\nhide caption\ntoggle caption\nJo Marsh for Harbour Radio\n"
    first, rest = BODY.split("\n\n", 1)
    body = f"{first}\n\nA costly fix\n\n{rest}"  # a section heading: short lines may head sections
    page = f"{TITLE}\nHeard on Morning Edition\nAnn Lee\nMarch 6, 2026\nDownload\nTranscript\n{photo}\n{body}"
    assert texts(article_of(page)) == [PARAGRAPHS[0], "A costly fix", *PARAGRAPHS[1:]]


@pytest.mark.parametrize("line", ["4 min Reading time", "6 minutes reading time", "5 min read", "Reading time: 4 min"])
def test_a_reading_time_is_chrome(line: str) -> None:
    assert kind(line) is LineKind.CHROME


def test_a_reading_time_under_the_date_opens_no_second_post() -> None:
    page = (
        f"{TITLE}\nIssued on: 15/05/2026 - 17:42\n4 min Reading time\n"
        "Dredgers at work in the channel. © Jo Marsh, AFP\nBy: Harbour Wire Follow\n\n"
        f"{BODY}"
    )
    assert len(parse(page).articles) == 1


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Skip next section Navigation", LineKind.CHROME),
        ("Jo Marsh with Reuters, dpa", LineKind.BYLINE),
        ("Jo Marsh with AP", LineKind.BYLINE),
        ("Jo Marsh with her two children", LineKind.TEXT),
    ],
)
def test_skip_links_and_a_writer_with_the_wires(line: str, expected: LineKind) -> None:
    assert kind(line) is expected


def test_a_standfirst_over_the_lead_photo_its_credit_and_the_byline() -> None:
    standfirst = "The board says the channel must be open by winter. Crews doubt it can be done."
    page = (
        f"Skip next section Navigation\nHarbour\n\n{TITLE}\n{standfirst}\nDredgers at work in the eastern channel on Monday\n"
        f"Image: Ann Lee/Harbour Wire\nJo Marsh with Reuters, dpa\n06/18/2026\n{BODY}"
    )
    article = article_of(page)
    assert (article.headline.text, article.summary.text) == (TITLE, standfirst)
    assert texts(article) == PARAGRAPHS


@pytest.mark.parametrize(
    "line",
    [
        "Our stories may be republished online or in print under Creative Commons license CC BY-ND 4.0.",
        "This story may be republished for free under a Creative Commons license.",
    ],
)
def test_a_licence_to_republish_is_chrome(line: str) -> None:
    assert kind(line) is LineKind.CHROME


def test_a_caption_closed_by_a_labelled_slashed_credit_and_a_stop_is_a_caption() -> None:
    assert is_photo_caption("Waves crash against the sea wall at the quay on Monday. Photo: Jo Marsh/Harbour Press.")
    assert not is_photo_caption("Prices rose 3% in the year to June/July, the bureau said.")
