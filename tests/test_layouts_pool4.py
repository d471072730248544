"""Layouts from the used pool's article misses (laypool4): a standfirst set off from the lead by the story's date
line or byline; a label opening the page over the title (``People in the News``, an archive's
heading with its count); a sidebar's link set in brackets in a digest's text; a blog template's widget names.
Every page and line here is of our own making."""

from __future__ import annotations

import pytest

from newsparse import parse
from newsparse.page.chrome import LineKind

from .layout_helpers import article_of, kind, texts

_LEAD = (
    "The harbour board voted on Thursday to dredge the eastern channel before the winter storms.\n\n"
    "Fishing crews had asked for the work for three years, the board's chair said.\n\n"
    "The work will start in October and take six weeks.\n"
)
_TITLE = "Harbour board votes to dredge eastern channel"
_STANDFIRST = "The work will cost the port more than it had planned."


# --- A. a standfirst set off from the lead by the story's date line or byline ---------------------------


def test_a_standfirst_over_a_byline_and_the_lead_photo_is_the_summary():
    page = f"{_TITLE}\n\n{_STANDFIRST}\n\nAgencies and Harbour News BUSINESS\nBy Jane Doe\nBoats at low tide in the channel\n\n{_LEAD}"
    article = article_of(page)
    assert article.summary is not None and article.summary.text == _STANDFIRST
    assert texts(article)[0].startswith("The harbour board voted")


@pytest.mark.parametrize(
    "between",
    [
        "Boats at low tide in the channel\n\nPhoto: Jane Doe",  # a photo printed once with its credit
        "What happens next",  # a section heading
        "Read also: Port fees to rise in spring",  # a related link
    ],
)
def test_a_lead_over_a_photo_a_heading_or_a_link_stays_the_first_paragraph(between: str) -> None:
    article = article_of(f"{_TITLE}\n\n{_STANDFIRST}\n\n{between}\n\n{_LEAD}")
    assert article.summary is None
    assert texts(article)[0] == _STANDFIRST


def test_a_standfirst_over_the_source_and_date_line_is_the_summary():
    page = f"{_TITLE}\n\n{_STANDFIRST}\n\nAgencies and Harbour News BUSINESS\nPublished March 4, 2026\nSubscribe\n\n{_LEAD}"
    article = article_of(page)
    assert article.summary is not None and article.summary.text == _STANDFIRST
    assert article.published is not None and article.published.isoformat().startswith("2026-03-04")


def test_a_caption_closed_by_its_credit_is_no_standfirst():
    caption = "Dredgers at work in the western channel (Supplied)."
    page = f"{_TITLE}\n\n{caption}\n\nPhoto: Jane Doe\n\n{_LEAD}"
    article = article_of(page)
    assert article.summary is None or article.summary.text != caption


# --- B. a label opening the page over the title ----------------------------------------------------------------


def test_b_series_label_over_a_headline_grammar_title():
    title = "Former harbour master jailed for six years over port bribes"
    page = f"People in the News\n{title}\nOSLO (AP) — A former harbour master was jailed on Friday for taking bribes.\n" + _LEAD
    article = article_of(page)
    assert article.headline is not None and article.headline.text == title
    assert article.summary is None


def test_b_short_title_over_its_prose_standfirst_keeps_both():
    standfirst = "The port's dredgers will work through the night to clear the channel before the storms arrive"
    page = f"Channel Dredging Begins\n\n{standfirst}\n\n" + _LEAD
    article = article_of(page)
    assert article.headline is not None and article.headline.text == "Channel Dredging Begins"
    assert article.summary is not None and article.summary.text == standfirst


# --- C. a sidebar's link set in brackets in a digest's text ------------------------------------------------------

_DIGEST = (
    "Harbour board votes to dredge the eastern channel before the storms\n"
    "The harbour board voted on Thursday to dredge the eastern channel before the winter storms.\n"
    "Fishing crews had asked for the work for three years, the board's chair said.\n"
    "(Also see: Port fees to rise in spring as dredging begins)\n"
    "The work will start in October and take six weeks.\n"
)


def test_c_bracketed_sidebar_link_opens_no_digest_article():
    articles = parse(_DIGEST, input_format="digest").articles
    assert len(articles) == 1
    assert [p.text for p in articles[0].paragraphs][-1] == "The work will start in October and take six weeks."
    assert not any(p.text.startswith("(Also see") for p in articles[0].paragraphs)


def test_c_bracketed_aside_ending_a_sentence_stays_text():
    page = _DIGEST.replace("(Also see: Port fees to rise in spring as dredging begins)", "(The board met in the town hall.)")
    articles = parse(page, input_format="digest").articles
    assert len(articles) == 1
    assert "(The board met in the town hall.)" in [p.text for p in articles[0].paragraphs]


# --- D. a blog template's widget names --------------------------------------------------------------------------


def test_d_template_widget_names_are_chrome():
    for line in ("Header Ads Widget", "Responsive Advertisement", "Ticker", "Footer Ads Widget"):
        assert kind(line) is LineKind.CHROME, line
    assert kind("Header Ads Widget maker doubles its sales in a year") is LineKind.TEXT


# --- E. an author archive's heading over the post; a related headline set in the text ----------------------------


def test_e_author_archive_heading_is_chrome():
    assert kind("All posts by Harbour News Team") is LineKind.CHROME
    assert kind("All articles by Jane Doe") is LineKind.CHROME
    assert kind("All posts by the harbour team were deleted on Monday.") is LineKind.TEXT


def test_e_see_also_headline_in_the_text_is_chrome():
    link = "See also Port fees to rise in spring as dredging begins"
    assert kind(link) is LineKind.CHROME
    assert kind("See also the council's report on the budget, which was published on Monday.") is LineKind.TEXT
    body = _LEAD.replace("\n\nThe work will start", f"\n\n{link}\n\nThe work will start")
    assert texts(article_of(f"{_TITLE}\n\n{body}")) == texts(article_of(f"{_TITLE}\n\n{_LEAD}"))


# --- lines above the title that are no headline -------------------------------------------------------------


_SEEDS = "Charred Seeds Show What Islanders Ate Two Thousand Years Ago"
_FERRY = "Ferry Makes Emergency Landing After Engine Fails At Sea"


@pytest.mark.parametrize(
    ("above", "title"),
    [
        ("Entries in Emergency Landing (19)\n", _FERRY),  # an archive's heading with its count (B)
        ("Ticker\n\nHeader Ads Widget\n\nResponsive Advertisement", _TITLE),  # template widget names (D)
        (f"All posts by Harbour News Team\n\n{_SEEDS}", _SEEDS),  # an author archive's heading, the title twice (E)
    ],
)
def test_label_and_chrome_lines_above_the_title_are_no_headline(above: str, title: str) -> None:
    article = article_of(f"{above}\n\n{title}\n\n" + _LEAD)
    assert article.headline is not None and article.headline.text == title
