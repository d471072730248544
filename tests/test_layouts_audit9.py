"""Layouts from an audit of thirty single-article pages with their chrome (layaudit9): captions closed by a
bracketed credit, ``File picture``, a glued ``Credit:`` or an agency after ``This photo … shows``; date labels
whose dates were lost; link prompts, share and follow buttons; results listed at a body's end; section
headings opening the body; section names glued before the title; an outlet's source line over the byline;
a page's <title> with its site and date; bylines glued to their dates; and posts closed by ``Continue
reading`` or ``Read More: <Outlet>``.  Every page and line here is of our own making."""

from __future__ import annotations

import datetime as dt

import pytest

from newsparse.page.chrome import LineKind, PageChrome, is_photo_caption, places_people
from newsparse.page.furniture import title_end
from newsparse.page.probe import PageProbe
from newsparse.page.tallies import closes_with_tally
from newsparse_digest import DigestSplitter

from .layout_helpers import BODY as _BODY, PARAGRAPHS as _PARAGRAPHS, TITLE as _TITLE, article_of, kind, texts


# --- A. photo captions by their credits and openings ------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Crews load the dredger at the quay on Monday. File picture",
        "The old lighthouse at dusk. File pic",
        "Rowers cross the line in the final.Credit:Jane Doe",
        "The board's chair speaks to reporters at the quay.Photo: Harbour Times",
        "Jane Doe addresses the board in Fernbrook on May 3, 2026. [John Roe, Harbour Times]",
        "This photo released by the harbour board shows the eastern channel at low tide, May 3, 2026. (AP)",
        "In this file photo taken on Monday, crews repair the sea wall (Harbour Police)",
    ],
)
def test_a_caption_closed_by_its_credit_or_opened_as_a_wire_caption_is_chrome(line):
    assert is_photo_caption(line)
    assert kind(line) is LineKind.CHROME


@pytest.mark.parametrize(
    "line",
    [
        "The mayor said she would keep the letter on file.",
        "He said the picture was clear.Photo: it",
        "The chair told the board that [the minister] would decide.",
        "He said he met the men [John Roe, the skipper]",
        "This picture, the chair said, was taken in 1990 (Reuters)",
        "The vote was a win for the party (Labour)",
    ],
)
def test_a_sentence_with_a_bracket_or_a_filing_is_no_caption(line):
    assert not is_photo_caption(line)


def test_a_caption_placing_people_by_row_and_side_is_chrome():
    chrome = PageChrome.from_vocabulary()
    assert places_people("Board members (back, from left) Jane Doe and John Roe at the quay.", chrome.caption_positions)
    assert not places_people("The board (which meets monthly, in Fernbrook) voted.", chrome.caption_positions)


def test_a_caption_and_its_copy_glued_to_a_credit_leave_the_body():
    caption = "Crews load the dredger at the quay."
    article = article_of(f"{_TITLE}\n\n{_PARAGRAPHS[0]}\n\n{caption}\n\n{caption}Credit:Jane Doe\n\n" + "\n\n".join(_PARAGRAPHS[1:]))
    assert texts(article) == _PARAGRAPHS


# --- B. date labels without their dates, prompts and buttons -------------------------------------------------


@pytest.mark.parametrize("line", ["Posted Updated", "Published Updated", "Updated Posted"])
def test_date_labels_side_by_side_are_a_date_line(line):
    assert kind(line) is LineKind.DATE


@pytest.mark.parametrize("line", ["Posted a warning", "Updated maps show the channel"])
def test_a_label_opening_a_phrase_is_no_date_line(line):
    assert kind(line) is LineKind.TEXT


@pytest.mark.parametrize(
    "line",
    [
        "To see the full results, click here.",
        "For the list of winners, tap here",
        "Click here.",
        "Send to a friend",
        "Follow",
        "Full post",
        "Comments are posted by readers like you and do not reflect the views of this site.",
        "Quantcast",
        "Viewing all articles",
        "Browse latest Browse all 4120",
        "Channel: Harbour Courier Latest Stories Feed",
        "Bookmark with:",
        "What are these?",
        "0",
        "17",
    ],
)
def test_link_prompts_buttons_and_comment_notes_are_chrome(line):
    assert kind(line) is LineKind.CHROME


@pytest.mark.parametrize("line", ["News >> Browse Articles >> Fire & Rescue News", "Home >> Sport >> Rowing"])
def test_a_trail_between_double_angle_marks_is_a_breadcrumb(line):
    assert kind(line) is LineKind.CHROME


def test_a_breadcrumb_over_the_title_is_no_headline():
    article = article_of(f"News >> Browse Articles >> Harbour News\n\n{_TITLE}\n\n{_BODY}")
    assert article.headline.text == _TITLE


def test_a_reply_mark_in_a_sentence_is_no_breadcrumb():
    assert kind("He wrote back: >> yes, the crews will sail on Monday.") is LineKind.TEXT


@pytest.mark.parametrize("line", ["Published by Harbour Business Review", "Published by Jane Doe"])
def test_published_by_a_publisher_or_writer_is_a_byline(line):
    assert kind(line) is LineKind.BYLINE


@pytest.mark.parametrize(
    "line", ["Published by the Harbour Press in 1998, the book sold well.", "Published by the council last week, the report found rents rose."]
)
def test_a_sentence_opened_by_published_by_is_text(line):
    assert kind(line) is LineKind.TEXT


def test_a_publishers_label_over_the_title_is_no_headline():
    article = article_of(f"Published by Harbour Business Review\n\n{_TITLE}\n\n{_BODY}")
    assert article.headline.text == _TITLE
    assert texts(article) == _PARAGRAPHS


def test_a_stay_informed_prompt_is_chrome():
    assert kind("Stay informed with free updates") is LineKind.CHROME


@pytest.mark.parametrize(
    "line",
    [
        "To view this content, you'll need to update your privacy settings.",
        "Please click here to do so.",
        "We need your consent to load this video content.",
        "To see this post, update your cookie settings.",
    ],
)
def test_an_embedded_posts_notice_that_privacy_settings_block_it_is_chrome(line):
    assert kind(line) is LineKind.CHROME


@pytest.mark.parametrize(
    "line",
    [
        "— Harbour Council (@harbourcouncil) December 28, 2017",
        "— Jane Doe (@janedoe) Sept. 3, 2024",
        "Our new ferry timetable starts on Monday https://t.co/AbC123 #ferries pic.twitter.com/XyZ789",
    ],
)
def test_an_embedded_posts_credit_line_and_copy_are_chrome(line):
    assert kind(line) is LineKind.CHROME


def test_an_embedded_post_between_paragraphs_leaves_the_body_whole():
    post = "Our new ferry timetable starts on Monday https://t.co/AbC123 pic.twitter.com/XyZ789\n— Harbour Council (@harbourcouncil) December 28, 2017"
    first, *rest = _PARAGRAPHS
    page = f"{first}\n{post}\n" + "\n".join(rest) + "\n"
    assert texts(article_of(page)) == _PARAGRAPHS


def test_a_byline_with_the_writers_handle_stays_a_byline():
    assert kind("By Jane Doe (@janedoe) September 3, 2024") is LineKind.BYLINE


@pytest.mark.parametrize(
    "line",
    [
        "You can view the video in the privacy of your own home, she said.",
        "The app lets users view the content without sharing their privacy data.",
        "Residents gave their consent to the plan to load the ships at night.",
    ],
)
def test_a_sentence_about_privacy_or_consent_is_text(line):
    assert kind(line) is LineKind.TEXT


@pytest.mark.parametrize(
    "line", ["He did not click here, he said.", "Crews will follow the channel south.", "Channel dredging resumed on Monday."]
)
def test_sentences_with_a_prompt_word_are_text(line):
    assert kind(line) is LineKind.TEXT


def test_a_standfirst_over_date_labels_and_a_label_before_the_dateline_make_one_article():
    standfirst = "More than 200 boats joined Sunday's harbour regatta. A Fernbrook crew won the main race."
    page = (
        f"Local News\n\nHundreds sail in harbour regatta\n\n{standfirst}\n\nPosted Updated\nHarbour Regatta\n"
        "FERNBROOK — A Fernbrook crew won the harbour regatta on Sunday by two lengths.\n\n" + _BODY
    )
    article = article_of(page)
    assert article.headline.text == "Hundreds sail in harbour regatta"
    assert article.summary.text == standfirst
    assert texts(article)[0].startswith("FERNBROOK — ")
    assert len(texts(article)) == 1 + len(_PARAGRAPHS)


# --- C. results listed at the body's end -----------------------------------------------------------------


@pytest.mark.parametrize(
    "line", ["1st Jane Roe 2:56:53", "Jane Roe 7286 (18.91%)", "1. Harbour Rowers 45 pts", "2nd Valley Club 812", "Ann Poe 45.2"]
)
def test_a_listed_result_closes_with_a_tally(line):
    assert closes_with_tally(line)


@pytest.mark.parametrize("line", ["Price comparison", "Covid-19", "Top 10", "Chapter 3", "Regatta 2026", "9" * 5000])
def test_a_heading_closes_with_no_tally(line):
    assert not closes_with_tally(line)


def test_results_closing_the_body_stay_in_it():
    results = ["Women's race", "1st Jane Roe 2:56:53", "2nd Ann Poe 3:01:10", "3rd Mia Loe 3:05:42"]
    article = article_of(f"{_TITLE}\n\n{_BODY}\nThe results:\n\n" + "\n\n".join(results) + "\n")
    assert texts(article)[-4:] == results


# --- D. section headings opening the body ------------------------------------------------------------------


def test_a_section_heading_under_the_title_opens_the_body_where_another_follows():
    page = (
        "Round 4 in review\n\nHarbour v Valley\n\nHarbour won by ten points in the rain.\n\n"
        "The home side led from the start.\n\nBay v Port\n\nPort came from behind to win.\n"
    )
    assert texts(article_of(page)) == [
        "Harbour v Valley",
        "Harbour won by ten points in the rain.",
        "The home side led from the start.",
        "Bay v Port",
        "Port came from behind to win.",
    ]


def test_a_live_page_keeps_its_first_entry_label():
    page = (
        f"{_TITLE}: live\n\nFull time\n\nThe board voted seven to two.\n\nThe chair thanked the crews.\n\n"
        "Vote\n\nThe board is voting now.\n"
    )
    assert texts(article_of(page))[:2] == ["Full time", "The board voted seven to two."]


def test_a_short_label_under_the_title_without_fellow_headings_is_no_paragraph():
    page = f"{_TITLE}\n\nDredging the channel\n\n{_BODY}"
    assert texts(article_of(page)) == _PARAGRAPHS


# --- E. titles: section names glued before them, a <title> with its site and date ------------------------------


def test_section_names_glued_before_a_short_title_are_no_title():
    article = article_of(f"Home News Board backs dredging\n\nBoard backs dredging\n\n{_BODY}")
    assert article.headline.text == "Board backs dredging"


def test_a_title_tail_after_other_words_is_no_copy():
    article = article_of(f"Storm hits Board backs dredging\n\nBoard backs dredging\n\n{_BODY}")
    assert article.headline.text == "Storm hits Board backs dredging"


@pytest.mark.parametrize(
    "line",
    [
        "Board backs dredging plan – Harbour Times – 06/27/2025",
        "Board backs dredging plan | Harbour Times | June 27, 2025",
    ],
)
def test_a_page_title_with_site_and_date_gives_headline_and_date(line):
    assert kind(line) is LineKind.TEXT
    article = article_of(f"{line}\n\n{_BODY}")
    assert article.headline.text == "Board backs dredging plan"
    assert article.published == dt.date(2025, 6, 27)


@pytest.mark.parametrize(
    "line",
    [
        "Jane Doe – Harbour Times – 06/27/2025",
        "By Jane Doe and John Roe – Harbour Times – June 27, 2025",
        "Jane Doe and John Roe | Harbour Times | June 27, 2025",
        "Staff Reporter | Harbour Times | June 27, 2025",
    ],
)
def test_a_byline_with_site_and_date_stays_a_byline(line):
    assert kind(line) is LineKind.BYLINE


def test_a_title_ends_before_its_site_and_date():
    chrome = PageChrome.from_vocabulary()
    title = "Board backs dredging plan – Harbour Times – 06/27/2025"
    assert title[: title_end(chrome, title)] == "Board backs dredging plan"
    assert title_end(chrome, "Board backs plan – and the mayor – for now") == len("Board backs plan – and the mayor – for now")


# --- F. bylines glued to their dates, an outlet's source line over the byline ------------------------------------


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Harbour PressMar 4, 2021, 9:15 AM EST", dt.date(2021, 3, 4)),
        ("Jane DoeMay 9, 2026", dt.date(2026, 5, 9)),
        ("By Jane DoeSeptember 12, 2024", dt.date(2024, 9, 12)),
    ],
)
def test_a_byline_glued_to_its_date_is_a_byline(line, day):
    found = PageChrome.from_vocabulary().kind(line)
    assert found[0] is LineKind.BYLINE
    assert found[1] == day or found[1].date() == day


def test_a_glued_byline_dates_the_article_and_leaves_no_standfirst():
    article = article_of(f"{_TITLE}\n\nHarbour PressMar 4, 2021, 9:15 AM EST\n\n{_BODY}")
    assert article.summary is None
    assert article.published.date() == dt.date(2021, 3, 4)
    assert texts(article) == _PARAGRAPHS


def test_a_long_sentence_with_a_glued_month_is_text():
    line = "The board metJune 3, 2024 and agreed to dredge the channel after a long debate on the fishing fleet"
    assert kind(line) is LineKind.TEXT


def test_an_outlet_source_line_over_the_byline_is_no_title():
    page = (
        f"Region: {_TITLE} After Three Years of Delays\n\n28 March 2026\nHarbour Times (Fernbrook)\nBy Jane Doe\n\n{_BODY}"
    )
    article = article_of(page)
    assert article.headline.text == f"Region: {_TITLE} After Three Years of Delays"
    assert texts(article) == _PARAGRAPHS


# --- G. posts closed by a pointer to their full text or their source ----------------------------------------------


def _posts(closer: str) -> list:
    page = "Tag: harbour\n\n" + "".join(
        f"{title}\n\n{body}\n\nThe chair said work would start soon.\n\n{closer}\n\n"
        for title, body in [
            ("Board votes to dredge the eastern channel", "The harbour board voted on Thursday to dredge the channel."),
            ("Storm closes the coast road for a second day", "Heavy rain closed the coast road again on Wednesday."),
        ]
    )
    return DigestSplitter().split(PageProbe(page)).articles


@pytest.mark.parametrize("closer", ["Continue reading", "Full post", "Read More: Harbour Times", "Read more: Reuters"])
def test_a_post_closer_is_no_paragraph_nor_link(closer):
    articles = _posts(closer)
    assert len(articles) == 2
    assert all(closer not in [p.text for p in a.paragraphs] for a in articles)
    assert all(not a.related for a in articles)


def test_a_read_more_headline_stays_a_related_link():
    articles = _posts("READ MORE: Ferry fares to rise again next month")
    assert [link.headline for link in articles[0].related] == ["Ferry fares to rise again next month"]
