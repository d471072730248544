"""The head of an article page: a site's slogan under its name, over its menu or a section's label and the title,
is no title, even set off as one; a section's label over a date line and the title; a page's ``<title>`` over a
label and its copy; an agency credited alone between the standfirst and the date line.  Every page here is of our
own making."""

from __future__ import annotations

import pytest

from newsparse.page.layout import is_desk_credit

from newsparse.page.chrome import LineKind

from .layout_helpers import PARAGRAPHS, TITLE, article_of, kind, texts

_STANDFIRST = "Crews say the work is years overdue, and the board expects to finish before the first storms"
_BYLINE = "By Jane Doe, Harbour Bureau"
_DATE = "Published: Sat, 15 Nov 2025"
_BODY = "\n\n".join(PARAGRAPHS)


def _headline(page: str) -> str | None:
    article = article_of(page)
    return article.headline.text if article.headline else None


@pytest.mark.parametrize(
    "head",
    [
        # the slogan, a short row holding the menu's button, a section's crumbs, the title, its standfirst
        f"Harbour Voices\n\nRegional news from around the coast\n\nMenu   Search\n\nCouncils / Harbour District\n\n"
        f"{TITLE}\n\n{_STANDFIRST}\n\nJane Doe\n\n{_DATE}",
        # the slogan, a section's label in chrome, the title right over its byline
        f"HARBOUR EVENING POST\n\nNews you can trust from the old port\n\nLOCAL NEWS\n\n{TITLE}\n\n{_BYLINE}\n\n{_DATE}",
        # the slogan, a menu row, the title over a blog post's meta line
        f"Quay Faithful\n\nThe independent voice of harbour fans since 2011\n\nHome | Roster | Podcast | Forum | Shop\n\n{TITLE}\n\n"
        "Posted by | Quay Faithful staff | November 21, 2024 | Harbour | 37 comments",
    ],
)
def test_a_slogan_over_the_menu_is_no_title(head):
    page = f"{head}\n\n{_BODY}\n"
    assert _headline(page) == TITLE
    assert texts(article_of(page)) == PARAGRAPHS


def test_a_label_under_the_title_opens_its_standfirst():
    page = (
        f"The Harbour Chronicle\nMarkets | Companies | Economy | Opinion\nHome / Industry / Ports\n{TITLE}\nSynopsis\n"
        f"{_STANDFIRST}\n{_BYLINE}\n{_DATE}\n{_BODY}\n"
    )
    article = article_of(page)
    assert _headline(page) == TITLE
    assert article.summary is not None and article.summary.text == _STANDFIRST


def test_a_title_under_the_site_name_over_a_label_stays_the_title():
    page = f"Harbour Voices\n\n{TITLE}\n\nLOCAL NEWS\n\nCrews to start dredging in October\n\n{_BODY}\n"
    assert _headline(page) == TITLE


def test_the_copy_of_a_set_off_page_title_opens_the_article_over_its_standfirst():
    standfirst = "Crews say the work is years overdue and will start before the first storms."
    page = (
        f"{TITLE} | Harbour Daily\n\nHARBOUR DAILY\n\nNews | Business | Sport | Climate\n\nBusiness\n\n{TITLE}\n\n"
        f"{standfirst}\n\nCoast Press Service\n\nThu 21 Aug 2025 07.15 AEST\n\nShare\n\n"
        f"PORT ELLIS, Aug 21 (CPS) - {PARAGRAPHS[0]}\n\n{PARAGRAPHS[1]}\n\n{PARAGRAPHS[2]}\n"
    )
    article = article_of(page)
    assert _headline(page) == TITLE
    assert article.summary is not None and article.summary.text == standfirst
    assert texts(article)[1:] == PARAGRAPHS[1:]


def test_a_label_over_a_date_line_stands_over_the_title_and_its_writer():
    page = (
        f"Harbour Evening News\n\nThe port's news, every evening\n\nSearch\n\nMenu\n\nCourts\n\n"
        f"Tuesday, 28 January 2025 - 19:10\n\n{TITLE}\n\nJane Doe\n\nShare\n\nTweet\n\n{_BODY}\n"
    )
    assert _headline(page) == TITLE


def test_a_widgets_short_label_under_the_menu_is_no_title():
    page = (
        f"WHRB 6 Harbour\nMenu\nClosings & Delays (3)\nLive: WHRB 6 News at Noon\n{TITLE}\n"
        f"Updated: 4:32 PM CST Nov 14, 2024\nJane Doe\nReporter\nShare\n{PARAGRAPHS[0]}\n{PARAGRAPHS[1]}\n{PARAGRAPHS[2]}\n"
    )
    assert _headline(page) == TITLE


@pytest.mark.parametrize("line, desk", [("Coast Press Service", True), ("Harbour News Agency", True), ("Business Desk", True),
                                        ("Harbour Board", False), ("The press service said so.", False), ("Press", False)])
def test_an_agency_or_desk_credited_alone(line, desk):
    assert is_desk_credit(line) is desk


_CLOSED_STANDFIRST = "Crews say the work is years overdue and will start before the first storms."


@pytest.mark.parametrize(
    "head",
    [
        # date lines and a chrome line over it; under it a row of share buttons, then the lead photo's credited caption
        f"Harbour Daily\n\n{TITLE}\n\nPublished: 12 Mar, 2025 11:04\n\nGet short URL\n\n{_CLOSED_STANDFIRST}\n\n"
        "Tweet  Share  Email\n\nA dredger at work in the channel. © Harbour Wire",
        # under it the writer's role alone, a player's label and the lead photo's caption
        f"Harbour Daily\n\n{TITLE}\n\n{_CLOSED_STANDFIRST}\n\nStaff Reporter\n\nListen to this article 4 min\n\n"
        "FILE PHOTO: A dredger in the channel. Image: Supplied",
    ],
)
def test_a_standfirst_with_a_full_stop_over_the_story_head(head):
    article = article_of(f"{head}\n\n{_BODY}\n")
    assert article.summary is not None and article.summary.text == _CLOSED_STANDFIRST
    assert texts(article) == PARAGRAPHS


def test_the_sites_name_and_a_section_under_the_page_title_hold_no_standfirsts_place():
    standfirst = "Crews say the work is years overdue, and both parties question where the money is going"
    page = (
        f"{TITLE} | The Harbour Post\nSkip to main content\nThe Harbour Post\nWorld | UK | Business | Opinion\n"
        f"Local news\n{standfirst}\nJane Doe in Portree\nWed 13 May 2026 18.40 BST\n{_BODY}\n"
    )
    article = article_of(page)
    assert _headline(page) == TITLE
    assert article.summary is not None and article.summary.text == standfirst
    assert texts(article) == PARAGRAPHS


def test_a_writers_role_as_a_label_before_the_name_is_a_byline():
    standfirst = 'Judge says the skipper acted as a "trusted courier" for the gang'
    page = f"Harbour Gazette\n{TITLE}\n{standfirst}\nCourt reporter: Jane Doe\nWednesday, 14 February 2024 at 4:51 PM\n{_BODY}\n"
    article = article_of(page)
    assert article.summary is not None and article.summary.text == standfirst
    assert kind("Court reporter: Jane Doe") is LineKind.BYLINE
    assert kind("Minister: Jane Doe") is LineKind.TEXT
