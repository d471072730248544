"""Leads of single-article pages, round 33: a writer's name over their role under the date, a section
label or kicker set off from the title by chrome, a sports site's menu of sections, a title printed
twice around its standfirst, writers filing from places, and the notes closing a page that are none of
its text (a translation note, a funding disclosure, a reading time, an appeal for journalism)."""

from __future__ import annotations

import pytest

from newsparse import parse
from newsparse.page.chrome import LineKind

from .layout_helpers import article_of, kind

_BODY = (
    "The harbour board approved the new ferry timetable on Tuesday after a long debate.\n"
    "Sailings to the outer islands start an hour earlier from May, the board said.\n"
)


def _texts(article) -> list[str]:
    return [p.text for p in article.paragraphs]


# --- A. a writer's name over their role, under the standfirst and the date ---------------------------------


@pytest.mark.parametrize(
    "name, role",
    [("Maren Holt", "Transport correspondent, Harbour News"), ("Tomas Okafor", "Health editor")],
)
def test_a_writers_name_over_their_role_opens_no_second_post(name, role):
    page = (
        "Harbour News\nHome | Local | Business | Sport\n"
        "Ferry fares to rise for the first time in a decade\n"
        "Island residents will pay more from April as the operator's fuel bill climbs\n"
        "14 March 2026\nShare\n"
        f"{name}\n{role}\n" + _BODY
    )
    page_ = parse(page)
    assert page_.format == "article"
    [article] = page_.articles
    assert article.headline.text == "Ferry fares to rise for the first time in a decade"
    assert article.summary.text.startswith("Island residents will pay more")
    assert article.published.isoformat().startswith("2026-03-14")
    assert _texts(article)[0].startswith("The harbour board approved")


def test_two_bylined_posts_still_split_on_a_blog():
    post = "Posted by Jane Doe | March 3, 2026\n"
    page = (
        "Storm Hits the Coast\n" + post + "The storm reached the coast on Monday night, the forecasters said.\n"
        "Ferry Strike Ends\n" + post + "The ferry crews went back to work on Tuesday, the union said.\n"
    )
    page_ = parse(page)
    assert page_.format == "blog"
    assert [a.headline.text for a in page_.articles] == ["Storm Hits the Coast", "Ferry Strike Ends"]
