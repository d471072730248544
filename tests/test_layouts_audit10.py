"""Layouts from an audit of thirty pages that carry several articles (layaudit10): a news summary's label
and its one-line introduction above the listed stories (``Following is a summary of …``), and wire briefs
that print their dateline alone on the line under each title.  Every page and line here is of our own
making."""

from __future__ import annotations

import time

import pytest

from newsparse import parse
from newsparse.page.lines import is_dateline_alone

from .layout_helpers import article_of, texts

_STORIES = [
    (
        "Ferry operator adds a third winter sailing to the islands",
        "The island ferry will run a third daily crossing from November, the operator said on Monday.",
    ),
    (
        "Council opens talks with residents on a new swimming pool",
        "Councillors agreed on Tuesday to ask residents where a new pool should be built.",
    ),
    (
        "Lifeboat crew rescues two kayakers off the northern cape",
        "Two kayakers were brought ashore on Wednesday after their boats overturned in strong winds.",
    ),
]


def _headline(article) -> str | None:
    return article.headline.text if article.headline else None


def _summary_page(label: str, intro: str) -> str:
    return "\n\n".join([label, intro, *("\n\n".join(story) for story in _STORIES)]) + "\n"


# --- A. a news summary's label and introduction belong to no article ----------------------------------------


@pytest.mark.parametrize(
    "label, intro",
    [
        ("Coastal Wire Regional Summary", "Following is a summary of the day's regional news briefs."),
        ("Regional News From The Coast", "Here is the latest in regional news from the coast."),
        ("Evening Round-Up", "Below are the latest stories from our reporters on the islands."),
    ],
)
def test_a_summary_pages_label_and_introduction_are_no_article(label, intro):
    articles = parse(_summary_page(label, intro)).articles
    assert [_headline(a) for a in articles] == [title for title, _ in _STORIES]
    assert [texts(a) for a in articles] == [[teaser] for _, teaser in _STORIES]


def test_a_first_unit_over_an_ordinary_sentence_stays_an_article():
    title = "Harbour board approves a new quay for the fishing fleet"
    page = _summary_page(title, "The board voted on Friday to build it.")
    articles = parse(page).articles
    assert [_headline(a) for a in articles][1:] == [title for title, _ in _STORIES]
    assert len(articles) == len(_STORIES) + 1


def test_an_articles_opening_sentence_that_reads_like_an_introduction_stays_in_its_body():
    page = (
        "Council sets out its spending plans for the coming year\n\n"
        "By Jane Doe | Harbour Times | March 3, 2026\n\n"
        "Following is a summary of the decisions the council took on Tuesday.\n\n"
        "The council will spend more on roads and less on its offices, the mayor said.\n\n"
        "The plans go to a public vote in March.\n"
    )
    article = article_of(page)
    assert _headline(article) == "Council sets out its spending plans for the coming year"
    assert texts(article)[0].startswith("Following is a summary")


# --- B. wire briefs with a dateline alone under each title ------------------------------------------------


_BRIEFS = [
    ("Bridge repairs close the river road for a week", "RIVERTON", 2),
    ("School opens a new library for its pupils", "MILLBROOK (AP)", 4),
    ("Police: Warehouse fire was started on purpose", "PORT ELLEN, Harbourshire", 3),
]


def _brief_page() -> str:
    parts = ["CITY DIGEST"]
    for title, dateline, count in _BRIEFS:
        body = [f"Paragraph {k + 1} of the story on {title.lower()} tells what happened there." for k in range(count)]
        parts.append("\n\n".join([title, dateline, *body]))
    return "\n\n".join(parts) + "\n"


def test_briefs_with_a_dateline_alone_under_each_title_are_separate_articles():
    articles = parse(_brief_page()).articles
    assert [_headline(a) for a in articles] == [title for title, _, _ in _BRIEFS]
    assert [len(a.paragraphs) for a in articles] == [count for _, _, count in _BRIEFS]
    assert not any(p.text in {d for _, d, _ in _BRIEFS} for a in articles for p in a.paragraphs)


def test_one_story_with_a_capitals_line_under_one_subheading_stays_one_article():
    page = (
        "Harbour board votes to dredge the eastern channel\n\n"
        "By Jane Doe | Harbour Times | March 3, 2026\n\n"
        "The harbour board voted on Thursday to dredge the eastern channel before the winter storms.\n\n"
        "Fishing crews had asked for the work for three years, the board's chair said.\n\n"
        "What the crews asked for in the spring\n\n"
        "RIVERTON\n\n"
        "Crews from the town wrote to the board in April about the silt at the harbour mouth.\n\n"
        "The board said the work would start in October and take six weeks.\n\n"
        "Costs for the work were set at the meeting\n\n"
        "The dredging will cost the board less than it had feared, its treasurer said.\n"
    )
    article = article_of(page)
    assert _headline(article) == "Harbour board votes to dredge the eastern channel"
    assert len(article.paragraphs) == 8  # the subheadings and the dateline stay in the body


@pytest.mark.parametrize("line", ["TOLEDO (AP)", "RIVERTON", "KYIV, Ukraine", "PORT ELLEN (Harbour Wire)"])
def test_a_dateline_alone(line):
    assert is_dateline_alone(line)


@pytest.mark.parametrize(
    "line", ["Toledo police say", "The mayor (left) and her deputy", "RIVERTON — Crews said", "riverton"]
)
def test_no_dateline_alone(line):
    assert not is_dateline_alone(line)


def test_a_dateline_alone_is_read_in_linear_time():
    start = time.perf_counter()
    for hostile in ("A" * 100_000 + "a", "AB " * 30_000 + "(", "A, B" * 25_000):
        assert not is_dateline_alone(hostile)
    assert time.perf_counter() - start < 1.0


# --- C. a byline under one story's lead dates no listed title below it ----------------------------------------


def test_a_column_with_its_byline_under_the_lead_and_a_match_heading_stays_one_article():
    page = (
        "Weekend round-up: Rovers climb to second, Athletic held at home\n\n"
        "Weekend round-up: Rovers climb to second, Athletic held at home\n\n"
        "The league returned after the winter break with a full card on Saturday and two games on Sunday.\n\n"
        "By Jane Doe\n\n"
        "North Division: Harbour Rovers 2-0 Millbrook Town\n\n"
        "Rovers scored twice in the first half and were rarely troubled after the break.\n\n"
        "The win lifts them to second place, a point behind the leaders.\n"
    )
    articles = parse(page).articles
    assert len(articles) == 1
    assert _headline(articles[0]) == "Weekend round-up: Rovers climb to second, Athletic held at home"


def test_bylines_over_every_title_still_mark_a_listing():
    parts = []
    for title, teaser in _STORIES:
        parts.append(f"By Jane Doe\n\n{title}\n\n{teaser}")
    articles = parse("\n\n".join(parts) + "\n").articles
    assert [_headline(a) for a in articles] == [title for title, _ in _STORIES]
