"""Layouts from an audit of thirty pages that carry several articles (layaudit12): briefs of several
paragraphs under a briefs page's label (``News in brief``), a news summary's introduction with no label above
it, listed titles over a standfirst, teasers closed by ``Continue reading…`` and leads cut short with no mark.
Every page and line here is of our own making."""

from __future__ import annotations

import time

import pytest

from newsparse import parse
from newsparse_blog.listing import is_briefs_label

from newsparse.page.chrome import LineKind

from .layout_helpers import CHROME, kind, texts


def _headline(article) -> str | None:
    return article.headline.text if article.headline else None


def _summary(article) -> str | None:
    return article.summary.text if article.summary else None


_BRIEFS = [
    (
        "Ferry operator adds a third winter sailing to the islands",
        [
            "The island ferry will run a third daily crossing from November, the operator said on Monday.",
            "Bookings open next week, and fares stay as they are until the spring.",
            "The operator said the extra sailing would carry freight as well as passengers.",
            "Islanders had asked for a later crossing for years.",
        ],
    ),
    (
        "Council opens talks with residents on a new swimming pool",
        [
            "Councillors agreed on Tuesday to ask residents where a new pool should be built.",
            "The old pool closed in the summer after its roof was found to be unsafe.",
        ],
    ),
    (
        "Lifeboat crew rescues two kayakers off the northern cape",
        [
            "Two kayakers were brought ashore on Wednesday after their boats overturned in strong winds.",
            "Both were taken to hospital as a precaution, the lifeboat station said.",
            "The crew had been called out four times in a week.",
            "The coastguard urged paddlers to check the forecast before setting out.",
        ],
    ),
]


def _briefs_page(label: str, briefs=_BRIEFS) -> str:
    stories = ("\n\n".join([title, *paragraphs]) for title, paragraphs in briefs)
    return "\n\n".join([label, *stories]) + "\n"


# --- A. briefs of several paragraphs under a briefs page's label ------------------------------------------


@pytest.mark.parametrize(
    "label",
    [
        "News in brief", "Business Briefs: March 3", "Coast News at a Glance", "Regional briefing", "In Brief",
        "Regional wrap", "Weekend round-up", "Coast Roundup: pool plans, a lifeboat rescue and more",
    ],
)
def test_a_briefs_under_a_briefs_label_are_articles_of_any_length(label):
    articles = parse(_briefs_page(label)).articles
    assert [_headline(a) for a in articles] == [title for title, _ in _BRIEFS]
    assert [texts(a) for a in articles] == [paragraphs for _, paragraphs in _BRIEFS]


def test_a_two_briefs_of_one_paragraph_under_the_label_are_two_articles():
    briefs = [(title, paragraphs[:1]) for title, paragraphs in _BRIEFS[:2]]
    articles = parse(_briefs_page("Island news highlights", briefs)).articles
    assert [_headline(a) for a in articles] == [title for title, _ in briefs]


@pytest.mark.parametrize(
    "line, expected",
    [
        ("News in brief", True),
        ("A round-up of today's island stories in brief", True),
        ("Business Briefs: March 3", True),
        ("Harbour briefing", True),
        ("Briefly, the council said no.", False),  # a sentence
        ("Briefcase sales rise at the harbour market", False),  # no label word
        ("The brief history of a harbour town and the fleet that made it", False),  # too long
    ],
)
def test_a_briefs_label_shape(line, expected):
    assert is_briefs_label(line, CHROME) is expected


def test_a_one_storys_subheadings_under_a_briefs_label_stay_one_article():
    # short subheadings are no briefs' titles: one story, its headings body paragraphs
    page = (
        "In brief\n\nHarbour board sets out its plan for the dredging season\n\n"
        "The harbour board set out on Monday how it will dredge the channel this year.\n\n"
        "Costs\n\nThe work will cost more than last year, the board said.\n\n"
        "Timing\n\nThe dredgers will start in October and finish in December.\n"
    )
    assert len(parse(page).articles) == 1


def test_a_a_paragraph_without_its_full_stop_opens_no_brief():
    # a line that lost its full stop runs longer than a brief's title: the page is read as before
    lost = (
        "The board's chair told the meeting that the fishing crews had waited for the work for three long "
        "years and more"
    )
    briefs = [(_BRIEFS[0][0], [_BRIEFS[0][1][0], lost, *_BRIEFS[0][1][1:]]), _BRIEFS[1]]
    articles = parse(_briefs_page("News in brief", briefs)).articles
    assert lost not in [_headline(a) for a in articles]


_SUBHEADED = (
    "Harbour board sets out its plan for the dredging season\n\n"
    "The harbour board set out on Monday how it will dredge the channel this year.\n\n"
    "Crews had waited three years for the work.\n\n"
    "What the dredging will cost the town\n\nThe work will cost more than last year, the board said.\n\n"
    "Ratepayers will meet the cost over five years.\n\n"
    "When the dredgers will reach the quay\n\nThe dredgers will start in October and finish in December.\n\n"
    "The quay will stay open while they work.\n"
)


def test_a_a_storys_long_subheadings_under_another_label_stay_one_article():
    assert len(parse("Harbour news\n\n" + _SUBHEADED).articles) == 1


def test_a_briefs_label_matches_fast_on_a_long_line():
    line = "brief " * 20000
    start = time.perf_counter()
    assert not is_briefs_label(line, CHROME)
    assert time.perf_counter() - start < 1.0


# --- B. a news summary's introduction with no label above it ----------------------------------------------

_STORIES = [(title, paragraphs[:1]) for title, paragraphs in _BRIEFS]


def test_b_an_introduction_with_no_label_belongs_to_no_article():
    page = "Following is a summary of the day's island news briefs.\n\n" + _briefs_page("", _STORIES).lstrip()
    articles = parse(page).articles
    assert [_headline(a) for a in articles] == [title for title, _ in _STORIES]
    assert [texts(a) for a in articles] == [paragraphs for _, paragraphs in _STORIES]


def test_b_an_ordinary_first_sentence_is_no_introduction():
    page = "The island ferry ran late all week.\n\n" + _briefs_page("", _STORIES).lstrip()
    articles = parse(page).articles
    assert "The island ferry ran late all week." in [p for a in articles for p in texts(a)]


# --- C. listed titles over a standfirst; teasers closed by ``Continue reading…`` --------------------------

_FEED = [
    (
        "Seal colony returns to the north beach after a decade away",
        "Volunteers counted forty pups on the sand this winter, the most since the colony left",
        ["Rangers closed the path to the dunes for the season.", "Dog walkers were asked to keep to the shore."],
    ),
    (
        "Lighthouse keepers move back to the remote island",
        "Two keepers will live on the rock for the first time in forty years as the light is restored",
        ["Supplies will arrive by boat once a month.", "The keepers start their first shift in May."],
    ),
]


def _feed_page(closer: str) -> str:
    items = ("\n\n".join([title, standfirst, *paragraphs, closer]) for title, standfirst, paragraphs in _FEED)
    return "\n\n".join(items) + "\n"


@pytest.mark.parametrize("closer", ["Continue reading...", "Continue reading…", "Read more »"])
def test_c_titles_over_a_standfirst_closed_by_a_link_are_listed(closer):
    articles = parse(_feed_page(closer)).articles
    assert [_headline(a) for a in articles] == [title for title, _, _ in _FEED]
    assert [_summary(a) for a in articles] == [standfirst for _, standfirst, _ in _FEED]
    assert [texts(a) for a in articles] == [paragraphs for _, _, paragraphs in _FEED]


def test_c_a_title_case_title_over_a_shorter_sentence_case_standfirst():
    page = "\n\n".join(
        [
            "Ferry Operator Adds a Third Winter Sailing",
            "Islanders get a later crossing home",
            "The island ferry will run a third daily crossing from November, the operator...",
            "Council Opens Talks on a New Swimming Pool",
            "Residents asked where it should be built",
            "Councillors agreed on Tuesday to ask residents where a new pool should be built, after...",
        ]
    )
    articles = parse(page + "\n").articles
    assert [_headline(a) for a in articles] == [
        "Ferry Operator Adds a Third Winter Sailing",
        "Council Opens Talks on a New Swimming Pool",
    ]
    assert [_summary(a) for a in articles] == ["Islanders get a later crossing home", "Residents asked where it should be built"]


def test_c_a_listed_teaser_over_its_date_line_is_its_first_paragraph():
    page = "\n\n".join(
        f"{title}\n\n{paragraphs[0]}\n\nPublished {day} March 2026" for (title, paragraphs), day in zip(_BRIEFS, (3, 2, 1))
    )
    articles = parse(page + "\n").articles
    assert [_summary(a) for a in articles] == [None, None, None]
    assert [texts(a) for a in articles] == [paragraphs[:1] for _, paragraphs in _BRIEFS]


def test_c_two_title_case_headlines_are_two_titles():
    from newsparse.page.probe import PageProbe
    from newsparse_blog.listing import has_standfirst

    page = "Ferry Operator Adds a Third Winter Sailing\nCouncil Opens Talks on a New Swimming Pool\nThe board met.\n"
    lines = PageProbe(page).page_lines(CHROME)
    assert not has_standfirst(lines, 0)


# --- D. a lead cut short with no mark, closed by ``Continue Reading`` ---------------------------------------


def test_d_leads_cut_with_no_mark_under_continue_reading_are_listed():
    leads = [
        "RIVERTON (Coast Wire) — The island ferry will run a third daily crossing from November, the operator "
        "said on Monday, after islanders asked for years for a later boat home from the mainland and the "
        "council agreed to pay for",
        "PORTHAVEN (Coast Wire) — Councillors agreed on Tuesday to ask residents where a new pool should be "
        "built, after the old pool closed in the summer when its roof was found to be unsafe and the town was "
        "left without",
    ]
    titles = [_BRIEFS[0][0], _BRIEFS[1][0]]
    page = "\n\n".join(f"{title}\n\n{lead}\n\nContinue Reading" for title, lead in zip(titles, leads)) + "\n"
    articles = parse(page).articles
    assert [_headline(a) for a in articles] == titles
    assert [texts(a) for a in articles] == [[lead] for lead in leads]


def test_c_a_storys_title_and_standfirst_over_its_byline_stay_one_article():
    page = (
        "Ferry timetable changes for the winter season\n\n"
        "Crossings will run less often from November, the operator says\n\n"
        "By Jane Doe | 4 March 2026\n\n"
        "The harbour ferry will sail every two hours from November, its operator said on Monday.\n\n"
        "Passenger numbers for the coming season\n\n"
        "Passengers asked for an earlier crossing, and the operator agreed to add one.\n\n"
        "Read more »\n"
    )
    assert len(parse(page).articles) == 1


# --- E. a labelled byline naming a site's user in lower case ------------------------------------------------


@pytest.mark.parametrize(
    "line, expected",
    [
        ("By: admin", LineKind.BYLINE),
        ("Author: harbourdesk", LineKind.BYLINE),
        ("By: the council's own count of votes", LineKind.TEXT),  # prose after the label
        ("by the old quay", LineKind.TEXT),  # no label
    ],
)
def test_e_a_labelled_user_name_in_lower_case_is_a_byline(line, expected):
    assert kind(line) is expected


def test_e_posts_signed_by_a_user_name_keep_their_titles():
    page = "\n".join(
        line
        for title, paragraphs in _BRIEFS[:2]
        for line in (title, "", "By: harbourdesk", "Posted on: 03-Mar-2026", "", paragraphs[0], "", "Read more", "")
    )
    articles = parse(page).articles
    assert [_headline(a) for a in articles] == [title for title, _ in _BRIEFS[:2]]
