"""Furniture of social and tabloid pages, on lines written for these rules: a post embedded in the page (the
account's name, its handle alone on a line, the post, its picture's link) is no paragraph; a prompt to follow
or write to the outlet is chrome, however long; a caption's closing ``Courtesy of X.`` credit makes it a
caption; ``MORE: headline`` (in capitals) is a related link, but not a one-word section (``MORE: Trending``); a
reading time alone (``3 min``) and a broadcaster's ``Text by:`` credit are chrome, and ``Issued on:`` labels a date."""

from __future__ import annotations

import pytest

from newsparse.page.chrome import LineKind, is_photo_caption

from .layout_helpers import article_of, kind, texts

_BODY = [
    "Harbour Rovers part company with coach after six defeats", "",
    "Harbour Rovers have sacked their head coach after a run of six straight defeats left them bottom of the league.", "",
    "The club said the decision was taken with “great regret” after a board meeting on Sunday night.", "",
]
_CLOSE = ["Rovers face Kingsbridge away on Saturday, with the youth coach in charge for the trip.", ""]


def test_an_embedded_post_is_no_paragraph() -> None:
    post = ["Harbour Rovers FC", "", "@HarbourRoversFC", "", "Thank you for everything, coach. 💙", "", "pic.twitter.com/Ab12Cd34", ""]
    assert texts(article_of("\n".join([*_BODY, *post, *_CLOSE]))) == [_BODY[2], _BODY[4], _CLOSE[0]]


def test_a_handle_alone_without_a_picture_link_drops_only_the_handle_and_the_account_name() -> None:
    post = ["Harbour Rovers FC", "", "@HarbourRoversFC", ""]
    assert texts(article_of("\n".join([*_BODY, *post, *_CLOSE]))) == [_BODY[2], _BODY[4], _CLOSE[0]]


@pytest.mark.parametrize(
    "line",
    [
        "Follow the Harbour Courier on X and Instagram @HarbourCourier and on Facebook @CourierHarbour. Send us a"
        " message on WhatsApp at 555-0100 or email us at news@harbourcourier.example.",
        "Get in touch with our newsdesk by emailing us at tips@harbourcourier.example.",
        "Follow Ann Lee on X @annlee_writes.",
        "For more stories like this, check our news page.",
        "Forwarded this email? Subscribe here for more",
    ],
)
def test_a_prompt_to_follow_or_write_to_the_outlet_is_chrome(line: str) -> None:
    assert kind(line) is LineKind.CHROME


@pytest.mark.parametrize(
    "line",
    ["Follow the money, the senator said on Facebook.", "Follow-up tests found no trace of the virus in the water."],
)
def test_a_sentence_opening_with_follow_is_text(line: str) -> None:
    assert kind(line) is LineKind.TEXT


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("A grey seal pup rests on the shingle at Blakeney Point at dawn. Courtesy of Coast Watch.", True),
        ("Volunteers clear the harbour wall after the storm. Courtesy Harbour Trust.", True),
        ("The mayor thanked the donors. Courtesy of the city, the park stays open.", False),
    ],
)
def test_a_closing_courtesy_credit_makes_a_caption(line: str, caption: bool) -> None:
    assert is_photo_caption(line) is caption


def test_a_tabloid_more_line_is_a_related_link_but_not_a_section() -> None:
    page = "\n".join([
        *_BODY, "MORE: Fans queue overnight for cup final tickets", "", *_CLOSE, "MORE: Trending", "",
    ])
    assert [link.headline for link in article_of(page).related] == ["Fans queue overnight for cup final tickets"]


@pytest.mark.parametrize("line", ["3 min", "12 mins", "Text by: HARBOUR 24"])
def test_a_bare_reading_time_and_a_text_credit_are_chrome(line: str) -> None:
    assert kind(line) is LineKind.CHROME


def test_a_sentence_ending_in_minutes_is_text() -> None:
    assert kind("The hearing lasted 3 min") is LineKind.TEXT


def test_issued_on_labels_a_date_line() -> None:
    assert kind("Issued on: 09/04/2025 - 17:52") is LineKind.DATE


_SITE_BODY = [
    "HARBOUR LEDGER", "News", "Politics", "", "Port authority raises fees for cruise ships", "",
    "By Ana Ruiz", "December 3, 2026", "",
    "The port authority will raise berthing fees for cruise ships by 12% next year, its board decided on Tuesday.", "",
    "The board said the money would pay for a new terminal roof and shore power.", "",
]


@pytest.mark.parametrize(
    "note",
    [
        "Harbour Ledger is funded by its readers. Support us!",
        "Did you like this article? Harbour Ledger relies on donations from readers like you.",
        "Harbour Ledger English is the English-language edition of Harbour Ledger, one of the coast's largest news sites.",
    ],
)
def test_a_note_or_appeal_of_the_sites_own_closing_the_page_is_no_paragraph(note: str) -> None:
    page = "\n".join([*_SITE_BODY, note])
    assert texts(article_of(page))[-1] == _SITE_BODY[-2]


def test_a_closing_sentence_on_donations_by_another_body_stays() -> None:
    line = "The Cruise Lines Association is funded by its members and said donations would not be affected."
    assert texts(article_of("\n".join([*_SITE_BODY, line])))[-1] == line


def test_an_author_box_closing_the_page_is_no_story() -> None:
    box = ["Ana Ruiz", "Reporter", "Ana Ruiz is a reporter at the Harbour Ledger covering ports and shipping.", ""]
    [article] = [article_of("\n".join([*_SITE_BODY, *box]))]
    assert texts(article)[-1] == _SITE_BODY[-2]


def test_a_translators_credit_is_a_byline() -> None:
    assert kind("Translation by Peter Lawson") is LineKind.BYLINE


@pytest.mark.parametrize(("line", "chrome"), [("The Verge logo.", True), ("Harbour Post Logo", True), ("Club unveils new logo", False), ("They unveiled the new logo.", False)])
def test_a_logos_alt_text_is_chrome(line: str, chrome: bool) -> None:
    assert (kind(line) is LineKind.CHROME) is chrome
