"""The top of a local paper's or TV station's page, on lines written for these rules:

* a caption closed by whose photo it is and by whom (``… on Wednesday. Staff photo by Jane Doe``, ``File photo/Jane
  Doe``) or by the photographer's name and the outlet in capitals (``… in court. JANE DOE / THE HARBOUR POST``) is
  chrome, never a paragraph or a standfirst;
* a row of a local paper's sections without separators (``News Sports Obituaries Classifieds Subscribe``) is a
  menu, never the headline;
* a long menu may hold an item opening with the station's channel number (``News | Weather | 6 On Your Side``);
* a ``Watch Live:`` label over a station's live programme is chrome, as ``Watch:`` is.
"""

from __future__ import annotations

import pytest

from newsparse.page.chrome import LineKind, is_menu, is_photo_caption

from .layout_helpers import BODY, PARAGRAPHS, TITLE, article_of, kind, texts


@pytest.mark.parametrize(
    "credit",
    ["Staff photo by Lena Marsh", "Staff photo/Lena Marsh", "File photo by Tom Reyes", "LENA MARSH / THE HARBOUR POST",
     "TOM REYES/STAFF"],
)
def test_a_caption_closed_by_a_staff_or_capitalised_credit_is_chrome(credit):
    caption = f"Workers survey the former paper mill site on Wednesday. {credit}"
    assert is_photo_caption(caption)
    page = f"The Harbour Post\n\n{TITLE}\n\nBy Jane Doe\n\nMarch 3, 2025\n\n{caption}\n\n{BODY}"
    article = article_of(page)
    assert texts(article) == PARAGRAPHS and article.summary is None


@pytest.mark.parametrize(
    "line",
    [
        "The deal was signed on Friday. Staff at the plant cheered.",
        "He said the work went well. Staff said photos by the team were lost",
        "The vote passed on Tuesday. US / EU talks resume in May.",
        "Prices rose again. AND / OR",
    ],
)
def test_sentences_naming_staff_or_a_slash_are_no_caption(line):
    assert not is_photo_caption(line)


def test_a_row_of_a_local_papers_sections_is_a_menu_not_the_headline():
    page = (
        "THE HARBOUR POST\nServing the harbour towns since 1887\n"
        "News Sports Business Opinion Obituaries Classifieds Subscribe\nNews / Courts\n"
        f"{TITLE}\nBy Jane Doe\nAug 22, 2024\n{BODY}"
    )
    article = article_of(page)
    assert article.headline is not None and article.headline.text == TITLE


def test_a_long_menu_may_hold_an_item_with_the_stations_channel_number():
    assert is_menu("News | Weather | Sports | 6 On Your Side | Health Watch | Contests")
    assert not is_menu("Arsenal 2 | Chelsea 1 | Spurs 3")  # scores, not a menu


@pytest.mark.parametrize("line", ["Watch Live: KVLT 5 News at 6", "WATCH LIVE: Channel 9 Evening News"])
def test_a_watch_live_label_is_chrome(line):
    assert kind(line) is LineKind.CHROME


@pytest.mark.parametrize(
    "crumb", ["Hong Kong / Law and Crime", "Campaign 2026 / Senate", "Local News / Courts & Crime", "World > Asia > Japan"]
)
def test_a_breadcrumb_of_sections_above_the_title_is_no_headline(crumb):
    article = article_of(f"The Harbour Post\nNews | Sport | Business | Opinion\n{crumb}\n{TITLE}\nBy Jane Doe\nAug 22, 2024\n{BODY}")
    assert article.headline is not None and article.headline.text == TITLE


@pytest.mark.parametrize(("line", "expected"), [
    ("Hong Kong / Law and Crime", True),
    ("Campaign 2026 / Senate", True),
    ("Israel / Gaza war", False),  # a title in sentence case
    ("Minister Resigns / Party In Turmoil Over Leaked Budget", False),  # a section too long
    ("News / Sport / Weather / Travel", False),  # four items: a menu
])
def test_a_breadcrumbs_shape(line, expected):
    from newsparse.page.layout import is_label

    assert is_label(line) is expected


@pytest.mark.parametrize(
    "byline",
    [
        "Story and photos by Lena Marsh, Harbour Post Staff",
        "Words and pictures by Lena Marsh",
        "By Lena Marsh, defense economist at the Baltic Institute for Security Studies",
        "By Lena Marsh, KTWX 7 Chief Meteorologist",
        "Posted by Lena Marsh, WDTX Local 4",
    ],
)
def test_a_byline_describing_its_writer_or_station_is_a_byline(byline):
    assert kind(byline) is LineKind.BYLINE
    standfirst = "Crews worked through the night to clear the channel before the first ferries arrived"
    article = article_of(f"The Harbour Post\nNews | Sport | Business\n{TITLE}\n{standfirst}\n{byline}\nAug 22, 2024\n{BODY}")
    assert article.headline.text == TITLE and article.summary.text == standfirst


@pytest.mark.parametrize(
    "line",
    ["By Friday, the council had voted to close the pool.", "By Lena Marsh, who lived on the quay, the ferry was loved."],
)
def test_a_sentence_opening_with_by_is_no_byline(line):
    assert kind(line) is LineKind.TEXT


@pytest.mark.parametrize(
    "menu",
    [
        "Home · About · Archive · Subscribe by email",
        "News | Sport | Business | Sign up for alerts",
        "News Counties Business Sports Health Opinion Videos Podcasts",
    ],
)
def test_a_menu_with_one_longer_link_or_one_unlisted_section_is_chrome(menu):
    assert kind(menu) is LineKind.CHROME
    article = article_of(f"The Harbour Post\n{menu}\n{TITLE}\nBy Jane Doe\nAug 22, 2024\n{BODY}")
    assert article.headline.text == TITLE


@pytest.mark.parametrize(
    "line",
    ["Trump · Harris · Biden · Why the debate mattered.", "Council backs harbour plan · Ferry fares rise"],
)
def test_a_row_of_headlines_is_no_menu(line):
    assert kind(line) is LineKind.TEXT


@pytest.mark.parametrize("byline", ["Posted by deskeditor in Metals", "Posted by admin"])
def test_a_blog_users_name_in_lower_case_after_posted_by_is_a_byline(byline):
    assert kind(byline) is LineKind.BYLINE


def test_posted_by_the_and_a_phrase_is_no_users_byline():
    assert kind("Posted by the council in March") is LineKind.TEXT


@pytest.mark.parametrize(
    "line", ["Share to: WeChat | Weibo | Email", "World Business Markets Sustainability Legal More"]
)
def test_a_share_row_and_a_row_of_sections_are_chrome(line):
    assert kind(line) is LineKind.CHROME


@pytest.mark.parametrize(
    "line", ["ASN — Agência Sulamericana de Notícias | English Service", "BBC – British Broadcasting Corporation"]
)
def test_an_outlets_letters_spelt_out_are_chrome(line):
    assert kind(line) is LineKind.CHROME
    article = article_of(f"{line}\nWorld Americas Markets Business Commodities Sustainability\n{TITLE}\nBy Jane Doe\nAug 22, 2024\n{BODY}")
    assert article.headline.text == TITLE


def test_a_headline_opening_with_letters_it_does_not_spell_is_text():
    assert kind("NATO – North Atlantic Treaty Organization chiefs meet in Riga") is LineKind.TEXT


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Source: China Trade Herald | Author: Zhou Mingyu | 2025-07-21 16:48", 21),
        ("Source: Xinhua | Editor: Li Wei | Updated: 2025-07-19 09:12", 19),
    ],
)
def test_a_source_row_printing_the_date_after_a_bar_dates_the_story(line, day):
    article = article_of(f"The Harbour Post\n{TITLE}\n{line}\n{BODY}")
    assert article.headline.text == TITLE and article.published is not None and article.published.day == day


@pytest.mark.parametrize("line", ["Source: Reuters", "Sources: ONS | 2025"])
def test_a_source_line_without_a_day_stays_chrome(line):
    assert kind(line) is LineKind.CHROME
