"""What stands between a standfirst and the byline or date line and still sets off the title above them: the writer
with where they report from (``Tom Ashdown at Edgbaston``), a press-release service's ``News provided by`` label."""

from __future__ import annotations

import pytest

from .layout_helpers import PARAGRAPHS, article_of, texts

PAGE = (
    "Harbour Sport\n"
    "Cricket\n"
    "Harbour v Valley\n"
    "Reyes hits unbeaten century as Harbour take control on day one\n"
    "Ana Reyes batted through the day for her second hundred of the summer as the Valley attack tired in the heat\n"
    "{writer}\n"
    "Fri 4 Jul 2025 19.31 BST\n"
    "Share\n"
    "\n"
    "The harbour board voted on Thursday to dredge the eastern channel before the winter storms.\n\n"
    "Fishing crews had asked for the work for three years, the board's chair said.\n\n"
    "The work will start in October and take six weeks.\n"
)


@pytest.mark.parametrize("writer", ["Tom Ashdown at Edgbaston", "Ana Ruiz in Kyiv", "Li Wei from Hong Kong", "Tom Ashdown"])
def test_the_title_over_the_standfirst_and_the_writer_at_a_place(writer):
    article = article_of(PAGE.format(writer=writer))
    assert article.headline.text == "Reyes hits unbeaten century as Harbour take control on day one"
    assert article.summary.text.startswith("Ana Reyes batted through the day")
    assert texts(article) == PARAGRAPHS


def test_a_press_release_services_label_over_the_issuer_sets_off_the_title():
    page = (
        "Harbour Newswire\n"
        "Harbour Freight Reports Fourth Quarter Results\n"
        "Quarterly sales rise 8% to $1.2 billion; board lifts the dividend to 45 cents a share\n"
        "News provided by\n"
        "Harbour Freight Corp.\n"
        "Feb 20, 2025, 16:05 ET\n"
        "\n"
        "The harbour board voted on Thursday to dredge the eastern channel before the winter storms.\n\n"
        "Fishing crews had asked for the work for three years, the board's chair said.\n"
    )
    assert article_of(page).headline.text == "Harbour Freight Reports Fourth Quarter Results"


@pytest.mark.parametrize("place", ["Nairobi, Kenya", "Washington, D.C.", "Santa Cruz, Bolivia"])
def test_the_writers_place_under_the_byline_is_no_title(place):
    page = (
        "Harbour Tech\n"
        "Labor\n\n"
        "Delivery riders go electric on loans they cannot always repay\n\n"
        "Pay-as-you-ride financing has put thousands of e-bikes on the road. Riders say repossessions come fast.\n\n"
        f"By Ana Ruiz\n{place}\nOctober 22, 2024\n\n"
        "The harbour board voted on Thursday to dredge the eastern channel before the winter storms.\n\n"
        "Fishing crews had asked for the work for three years, the board's chair said.\n\n"
        "The work will start in October and take six weeks.\n"
    )
    article = article_of(page)
    assert article.headline.text == "Delivery riders go electric on loans they cannot always repay"
    assert article.summary.text.startswith("Pay-as-you-ride financing")
    assert texts(article) == PARAGRAPHS


@pytest.mark.parametrize("writer", ["Dian Pratiwi (The Jakarta Post)", "Ana Ruiz (Reuters)", "Tom Ashdown (Harbour Daily News)"])
def test_the_writer_with_the_outlet_in_brackets_sets_off_the_title(writer):
    article = article_of(PAGE.format(writer=writer))
    assert article.headline.text == "Reyes hits unbeaten century as Harbour take control on day one"
    assert article.summary.text.startswith("Ana Reyes batted through the day")
