"""Headline shapes a digest's summary line does not print (a title closed by who said it after a colon or
a spaced dash, or after a comma with a verb of saying in the present, a title opened by a kicker of a few words and a
colon), which over the body are the article's headline, not a summary; a line closed by a bar, a caption cut at its
credit; a title as likely a summary line, over site chrome, read by the article layout rather than the generic one; and chrome above
titles (numbered skip links, buttons glued on one
line, a blog host's notice over a label's posts, a section label printed twice)."""

from __future__ import annotations

import datetime as dt

import pytest

from newsparse import parse
from newsparse.page.chrome import LineKind, is_photo_caption
from newsparse_article.fit import _names_said_source, _closes_with_source, _opens_with_kicker

from .layout_helpers import BODY as _BODY, CHROME, article_of, kind, texts


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


@pytest.mark.parametrize(
    "title",
    [
        "Harbour director: dredging the channel was the right call after all",
        "Budget 2027-28: the ferry fare freeze must be fully funded by the state",
    ],
)
def test_a_kicker_of_a_few_words_the_first_capitalised_opens_the_headline(title):
    assert _opens_with_kicker(title)
    page = parse(f"{title}\n\n{_BODY}")
    assert page.format == "article"
    assert page[0].headline.text == title


@pytest.mark.parametrize(
    "title",
    [
        "Ferry fares will rise again in the new year, the harbour board warns",
        "The ferry fare freeze must be fully funded by the state, warns the union",
        "Channel will silt up again within a year, says Okafor",
    ],
)
def test_a_title_closed_by_a_source_saying_it_in_the_present_is_the_headline(title):
    assert _names_said_source(title)
    page = parse(f"{title}\n\n{_BODY}")
    assert page.format == "article"
    assert page[0].headline.text == title


@pytest.mark.parametrize(
    "line",
    [
        "Ferry fares will rise again in the new year, the harbour board has said",
        "Ferry fares will rise again in the new year, the harbour board said",
        "Fares rose, the board warns",
        "Ferry fares will rise again in the new year, says",
    ],
)
def test_a_source_reporting_it_done_or_a_short_head_closes_no_headline(line):
    assert not _names_said_source(line)


@pytest.mark.parametrize(
    "line", ["Ferry passengers complain of chaos after 31 sailings were cancelled |", "A skipper’s delight as the first catch lands |"]
)
def test_a_line_closed_by_a_bar_is_a_caption_cut_at_its_credit(line):
    assert is_photo_caption(line)
    page = parse(f"{line}\n\n{_BODY}")
    assert page[0].headline is None
    assert page[0].summary is None
    assert texts(page[0]) == [p.strip() for p in _BODY.split("\n\n") if p.strip()]


def test_a_title_as_likely_a_summary_line_on_a_page_with_site_chrome_is_read_by_the_article_layout():
    title = "Crews worked all night, the board said"
    page = parse(f"{title}\n\n{_BODY}\nShare on Facebook\n")
    assert page.format == "article"
    assert page[0].headline.text == title
    assert texts(page[0]) == [p.strip() for p in _BODY.split("\n\n") if p.strip()]


def test_the_same_line_in_plain_text_is_read_by_the_generic_layout():
    title = "Crews worked all night, the board said"
    page = parse(f"{title}\n\n{_BODY}")
    assert page.format == "generic"
    assert page[0].headline is None


def test_a_digest_summary_line_over_the_body_stays_a_summary():
    line = "The harbour board has voted to spend the money on three harbours: Cobh and Kinsale and Bantry"
    page = parse(f"{line}\n\n{_BODY}")
    assert page[0].headline is None
    assert page[0].summary.text == line


# --- chrome above the title ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "1. Skip to content",
        "3. Skip to the site's other services",
        "2) Home",
        "Open Menu Close Menu",
        "Full Menu Close Menu",
        "Sign In Sign Up",
        "Log in Subscribe now",
        "Showing posts with label Harbours. Show all posts",
        "Showing posts from March, 2021. Show all posts",
        "Connect with us",
    ],
)
def test_numbered_skip_links_glued_buttons_and_host_notices_are_chrome(line):
    assert kind(line) is LineKind.CHROME


@pytest.mark.parametrize(
    "line",
    [
        "1. The board voted on Thursday to dredge the channel.",
        "2. Share the road with cyclists",
        "3. 2020 results",
        "Open water swimmers close in",
        "Connect with us on the harbour walk this Sunday.",
    ],
)
def test_numbered_sentences_and_titles_stay_text(line):
    assert kind(line) is LineKind.TEXT


def test_the_title_under_numbered_skip_links_is_the_headline():
    title = "Harbour board votes to dredge the eastern channel"
    page = f"1. Skip to content\n2. Skip to main menu\n3. Skip to the site's other services\n\n{title}\n\n{_BODY}"
    assert article_of(page).headline.text == title


def test_a_section_label_printed_twice_is_no_title():
    title = "Harbour board votes to dredge the eastern channel"
    page = f"Coast News\n\n{title}\n\nJane Doe\nPublished: Tue, 30 May 2023, 05:41 PM\n\nCoast News\n\n{_BODY}"
    article = article_of(page)
    assert article.headline.text == title
    assert texts(article)[0].startswith("The harbour board voted")


def test_a_title_printed_twice_under_its_standfirst_stays_the_title():
    title = "Dredging to start in October"
    standfirst = "The harbour board has voted to dredge the eastern channel before the storms"
    article = article_of(f"{title}\n\n{standfirst}\n\n{title}\n\n{_BODY}")
    assert article.headline.text == title


def test_a_line_between_the_title_and_its_copy_is_the_standfirst():
    title = "Board votes to dredge channel"
    standfirst = "The work will cost more than planned. Crews welcomed the vote."
    article = article_of(f"{title}\n\n{standfirst}\n\n{title}\n\n{_BODY}")
    assert article.headline.text == title
    assert article.summary.text == standfirst
    assert texts(article)[0].startswith("The harbour board voted")


def test_a_sentence_under_the_title_without_its_copy_stays_the_body():
    title = "Board votes to dredge channel"
    lede = "The work will cost more than planned. Crews welcomed the vote."
    article = article_of(f"{title}\n\n{lede}\n\n{_BODY}")
    assert article.summary is None
    assert texts(article)[0] == lede


def test_a_cut_copy_of_the_lead_between_the_title_and_its_copy_is_no_standfirst():
    title = "Board votes to dredge channel"
    cut = "The harbour board voted on Thursday to dredge the eastern channel."
    article = article_of(f"{title}\n\n{cut}\n\n{title}\n\n{_BODY}")
    assert article.summary is None


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Updated: 14-03-2026 09:12", dt.date(2026, 3, 14)),
        ("• Updated: 14-03-2026 09:12", dt.date(2026, 3, 14)),
        ("· Published: 14/03/2026", dt.date(2026, 3, 14)),
        ("30-11-2025", dt.date(2025, 11, 30)),
    ],
)
def test_a_date_with_hyphens_or_after_a_bullet_dates_its_line(line, day):
    found = CHROME.kind(line)
    assert found[0] in (LineKind.DATE, LineKind.BYLINE)
    assert found[1] == day or found[1].date() == day


def test_an_ambiguous_hyphened_date_is_left_unread():
    assert CHROME.kind("05-06-2025")[1] is None


@pytest.mark.parametrize("line", ["• Share", "• |", "▪ Subscribe now"])
def test_bulleted_chrome_is_chrome(line):
    assert kind(line) is LineKind.CHROME


@pytest.mark.parametrize("line", ["• The council will raise fares by 5%.", "• Crews welcomed the vote and went back to sea"])
def test_bulleted_text_stays_text(line):
    assert kind(line) is LineKind.TEXT


def test_a_long_run_of_bullets_is_read_without_recursion():
    assert kind("• " * 20_000 + "Share") is LineKind.CHROME


def test_a_bulleted_date_line_under_the_title_dates_the_article():
    title = "Board votes to dredge channel"
    article = article_of(f"{title}\n\n• Updated: 14-03-2026 09:12\n\n{_BODY}")
    assert article.headline.text == title
    assert article.published.date() == dt.date(2026, 3, 14)


@pytest.mark.parametrize(
    "line",
    [
        "The harbour master speaks to crews at the quay on Monday. — Picture by Jane Doe",
        "Boats wait out the storm in the bay. — Photo by Tomas Brekke",
        "Fishermen mend their nets at dawn. — Harbour News pic",
    ],
)
def test_a_caption_closed_by_who_took_it_after_a_dash_is_a_caption(line):
    assert is_photo_caption(line)


@pytest.mark.parametrize(
    "line",
    [
        "The board voted on the plan. — Jane Doe",
        "A storm hit the coast – a picture by the sea",
        "Crews say the work is an epic",
    ],
)
def test_a_dash_before_a_name_or_words_is_no_caption_credit(line):
    assert not is_photo_caption(line)


def test_a_credited_caption_above_the_body_belongs_to_no_article():
    caption = "The harbour master speaks to crews at the quay on Monday. — Picture by Jane Doe"
    article = article_of(f"{caption}\n\n{_BODY}")
    assert article.headline is None
    assert texts(article)[0].startswith("The harbour board voted")


def test_a_title_opening_with_a_quotation_that_holds_an_apostrophe_is_the_headline():
    title = "‘It’s a scandal’: what the dredging will cost the town"
    page = parse(f"{title}\n{_BODY.replace(chr(10) * 2, chr(10))}")
    assert page[0].headline.text == title


@pytest.mark.parametrize("line", ["Press PLAY below for more.", "Press play above to hear the interview"])
def test_a_radio_player_prompt_is_chrome(line):
    assert kind(line) is LineKind.CHROME


@pytest.mark.parametrize(
    ("line", "day"),
    [("Published March 14,2026", dt.date(2026, 3, 14)), ("Posted: Sept. 3,2024", dt.date(2024, 9, 3))],
)
def test_a_date_without_a_space_after_its_comma_is_read(line, day):
    assert CHROME.kind(line)[1] == day


def test_a_day_and_a_number_after_a_comma_make_no_date():
    assert CHROME.kind("Crowds gathered on March 3,1500 of them at the quay")[1] is None
