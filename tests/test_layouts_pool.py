"""Layouts from the used pool's article misses (laypool): the writer's name printed twice under ``by`` on a
listing page, a list's bullet before a listed title, a standfirst over the lead photo's caption, a caption
printed twice under the title, and captions that name who is pictured and what they do.  Every page and
line here is of our own making."""

from __future__ import annotations

import pytest

from newsparse import parse
from newsparse.page.chrome import LineKind, is_action_caption

from .layout_helpers import CHROME, article_of, kind, texts

_TITLE = "Harbour board votes to dredge eastern channel"
_LEAD = "The harbour board voted on Thursday to dredge the eastern channel before the winter storms."
_SECOND = "Fishing crews had asked for the work for three years, the board's chair said."
_THIRD = "The work will start in October and take six weeks."
_STANDFIRST = "Crews say the silted channel has cost them a season of catches and two boats."


def _headline(article) -> str | None:
    return article.headline.text if article.headline else None


def _summary(article) -> str | None:
    return article.summary.text if article.summary else None


# --- A. the writer's name printed twice under ``by`` starts no post ---------------------------------------------

_TAG_PAGE = (
    "ferry fares\n\nLatest\n\n"
    "  • Island ferry fares to rise by a tenth in spring\n\n    by \n    Jane Doe\n    Jane Doe\n    03.14.2026\n\n"
    "    The island ferry company will raise its fares by a tenth from April, it said on Friday.\n\n"
    "  • Harbour board votes to dredge the eastern channel\n\n    by \n    John Roe\n    John Roe\n    02.02.2026\n\n"
    "    The harbour board voted on Thursday to dredge the eastern channel before the winter storms.\n"
)


def test_a_a_writer_printed_twice_under_by_is_no_title():
    articles = parse(_TAG_PAGE).articles
    assert [_headline(a) for a in articles] == [
        "Island ferry fares to rise by a tenth in spring",
        "Harbour board votes to dredge the eastern channel",
    ]
    assert [str(a.published) for a in articles] == ["2026-03-14", "2026-02-02"]


def test_a_a_name_under_by_once_still_reads():
    page = _TAG_PAGE.replace("    Jane Doe\n    Jane Doe\n", "    Jane Doe\n").replace("    John Roe\n    John Roe\n", "    John Roe\n")
    assert [_headline(a) for a in parse(page).articles][0] == "Island ferry fares to rise by a tenth in spring"


# --- B. a list's bullet before a title is none of the headline ---------------------------------------------------


def test_b_a_bullet_before_the_title_is_cut():
    article = article_of(f"• {_TITLE}\nBy Jane Doe\nMarch 3, 2026\n{_LEAD}\n{_SECOND}\n")
    assert _headline(article) == _TITLE


def test_b_a_title_without_a_bullet_is_kept_whole():
    article = article_of(f"{_TITLE}\nBy Jane Doe\nMarch 3, 2026\n{_LEAD}\n{_SECOND}\n")
    assert _headline(article) == _TITLE


# --- C. a sentence under the title, over the lead photo's caption printed twice, is the standfirst -------------------


@pytest.mark.parametrize(
    "photo",
    [
        "Boats moored in the eastern channel at low tide. Picture: Jane Doe\n"
        "Boats moored in the eastern channel at low tide. Picture: Jane Doe\n",
        "https://hb.example/p/1x2\nBoats moored in the eastern channel at low tide\n"
        "Boats moored in the eastern channel at low tide\n",
    ],
)
def test_c_a_standfirst_over_the_lead_photo(photo):
    article = article_of(f"{_TITLE}\n\n{_STANDFIRST}\n\n{photo}\n{_LEAD}\n\n{_SECOND}\n\n{_THIRD}\n")
    assert _summary(article) == _STANDFIRST
    assert texts(article) == [_LEAD, _SECOND, _THIRD]


@pytest.mark.parametrize(
    "photo",
    [
        "Boats moored in the eastern channel at low tide. Picture: Jane Doe\n",  # printed once: a photo in the body
        "Boats moored in the eastern channel at low tide\nImage: Jane Doe\n",
    ],
)
def test_c_a_lede_over_a_photo_printed_once_stays_the_first_paragraph(photo):
    article = article_of(f"{_TITLE}\n\n{_LEAD}\n\n{photo}\n{_SECOND}\n\n{_THIRD}\n")
    assert _summary(article) is None
    assert texts(article) == [_LEAD, _SECOND, _THIRD]


def test_c_a_caption_over_its_credit_is_dropped_past_a_short_link():
    page = f"{_TITLE}\n{_LEAD}\nhttps://hb.example/p/1x2\nBoats moored in the channel at low tide\nImage: Jane Doe\n{_SECOND}\n{_THIRD}\n"
    assert texts(article_of(page)) == [_LEAD, _SECOND, _THIRD]


def test_c_a_page_without_a_title_keeps_its_lede_over_a_photo():
    caption = "Boats moored in the eastern channel at low tide. Picture: Jane Doe"
    page = f"{_LEAD}\n\n{caption}\n{caption}\n\n{_SECOND}\n\n{_THIRD}\n"
    assert _summary(article_of(page)) is None


# --- D. a caption printed twice under the title is no standfirst ---------------------------------------------------


@pytest.mark.parametrize(
    "copy",
    [
        "Trawlers waiting at the mouth of the silted eastern channel",
        "Trawlers waiting at the mouth of the silted eastern channel Trawlers waiting at the mouth of the silted eastern channel",
    ],
)
def test_d_a_caption_printed_twice_is_chrome(copy):
    caption = "Trawlers waiting at the mouth of the silted eastern channel"
    article = article_of(f"{_TITLE}\n\n{caption}\n{copy}\n\n{_LEAD}\n\n{_SECOND}\n\n{_THIRD}\n")
    assert _summary(article) is None
    assert texts(article) == [_LEAD, _SECOND, _THIRD]


def test_d_a_standfirst_printed_once_stays():
    standfirst = "Crews say the silted channel has cost them a season of catches"
    article = article_of(f"{_TITLE}\n\n{standfirst}\n\n{_LEAD}\n\n{_SECOND}\n\n{_THIRD}\n")
    assert _summary(article) == standfirst


# --- E. a caption naming who is pictured and what they do ------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Jane Doe addressing the press in Accra",
        "Prime Minister Jane Doe arriving for the summit in Lisbon on Monday",
        "Harbour Board Chair John Roe speaking at the quay aided by two engineers",
        "Mayor Ana Ruiz looking on as the first dredger arrives",
    ],
)
def test_e_action_captions(line):
    assert is_action_caption(line, CHROME.caption_actions)


@pytest.mark.parametrize(
    "line",
    [
        "Jane Doe addressing the press in Accra.",  # a sentence
        "Jane Doe speaking on Monday said the channel would reopen",  # a reporting verb: text
        "Residents speaking out against the dredging plan",  # no name: a standfirst's shape
        "Harbour Board Votes To Dredge Eastern Channel",  # a title in Title Case
        "Jane Doe Speaking",
        "Jane Doe",
    ],
)
def test_e_not_action_captions(line):
    assert not is_action_caption(line, CHROME.caption_actions)


def test_e_an_action_caption_under_the_title_is_no_standfirst():
    caption = "Harbour Board Chair John Roe addressing the press conference at the quay"
    article = article_of(f"{_TITLE}\n\n{caption}\n\n{_LEAD}\n\n{_SECOND}\n\n{_THIRD}\n")
    assert _summary(article) is None
    assert texts(article) == [_LEAD, _SECOND, _THIRD]


def test_e_an_action_caption_between_paragraphs_is_dropped():
    caption = "Mayor Ana Ruiz looking on as the first dredger arrives"
    article = article_of(f"{_TITLE}\n\n{_LEAD}\n\n{caption}\n\n{_SECOND}\n\n{_THIRD}\n")
    assert texts(article) == [_LEAD, _SECOND, _THIRD]


def test_e_a_standfirst_under_the_title_stays():
    standfirst = "Crews speaking at the quay say the silted channel has cost them a season"
    assert _summary(article_of(f"{_TITLE}\n\n{standfirst}\n\n{_LEAD}\n\n{_SECOND}\n\n{_THIRD}\n")) == standfirst


def test_e_is_linear_on_a_long_line():
    assert not is_action_caption("Jane " * 50_000 + "addressing", CHROME.caption_actions)


# --- F. a subscriber's gift of articles is chrome ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    ["Gift 5 articles to anyone you choose each month when you subscribe.", "You can gift 10 stories a month to friends."],
)
def test_f_a_gift_offer_is_chrome(line):
    assert kind(line) is LineKind.CHROME


@pytest.mark.parametrize(
    "line",
    [
        "Gift shops reported record sales over the holiday weekend.",
        "Gift 5 articles to anyone you choose each month when you subscribe to the paper and we will send you a mug.",
    ],
)
def test_f_other_gift_lines_are_text(line):
    assert kind(line) is LineKind.TEXT


# --- G. a blog's ``Posted on`` date line marks a tag archive's one post --------------------------------------------


def test_g_a_tag_archive_with_one_posted_on_post():
    page = f"Tag Archives: harbour\n\n{_TITLE}\n\nPosted on 03/14/2026\n\nBy: Jane Doe\n\n{_LEAD}\n\n{_SECOND}\n\n{_THIRD}\n"
    [article] = parse(page).articles
    assert _headline(article) == _TITLE
    assert str(article.published) == "2026-03-14"
    assert texts(article) == [_LEAD, _SECOND, _THIRD]


# --- H. bulleted key points under the title are no standfirst ------------------------------------------------------

_POINTS = (
    "• Crews say the silted channel has cost them a season of catches\n"
    "• The board will pay for the dredging from its reserve fund this year\n"
)


@pytest.mark.parametrize("points", [_POINTS, _POINTS.replace("• ", "- ")])
def test_h_key_points_are_no_standfirst(points):
    article = article_of(f"{_TITLE}\n{points}{_LEAD}\n{_SECOND}\n{_THIRD}\n")
    assert _summary(article) is None
    assert texts(article) == [_LEAD, _SECOND, _THIRD]


def test_h_one_bulleted_line_may_be_the_standfirst():
    standfirst = "• Crews say the silted channel has cost them a season of catches"
    assert _summary(article_of(f"{_TITLE}\n\n{standfirst}\n\n{_LEAD}\n\n{_SECOND}\n\n{_THIRD}\n")) == standfirst


def test_h_bulleted_sentences_stay_text():
    page = f"{_TITLE}\n- {_LEAD}\n- {_SECOND}\n{_THIRD}\n"
    assert texts(article_of(page))[:2] == [f"- {_LEAD}", f"- {_SECOND}"]
