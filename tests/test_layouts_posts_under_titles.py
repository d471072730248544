"""Layouts of blind rounds p596-p607, on pages written for these tests: a blog that prints each post's meta line
under its title and a standfirst under the meta line; a blog sidebar's ``Recent Posts``; a caption closed by its
source and who gave the photo (``(Supplied: Port Authority)``); a newsletter's ``Newsletter:`` label; a station's
prompt to listen back to a show."""

from __future__ import annotations

import pytest

from newsparse import parse
from newsparse.page.chrome import LineKind

from .layout_helpers import kind

_POSTS = (
    "Harbour Labour Notes\n"
    "Independent news on work and unions across the coast\n"
    "Home  About  Sectors  Donate\n"
    "Dock workers stage third strike as port talks stall over night shifts\n"
    "Posted by Anna Berg | 13 February 2025\n"
    "Cranes stood idle and ships queued offshore as police estimated 4,000 people marched on the port\n"
    "Dock workers at the port of Kestrel walked out on Thursday for the third time this month, their union said.\n"
    "“Nobody should work four night shifts in a row,” said Tom Vale, the union's branch secretary.\n"
    "Tags: ports, strikes\n"
    "Leave a comment\n"
    "Airport cleaners reject 4% offer and vote for two-day walkout\n"
    "Posted by Jonas Reed | 13 February 2025 | 2 comments\n"
    "The contractor blamed higher wage costs and said it could not go further this year\n"
    "Cleaners at Halden airport voted by a large majority to strike for 48 hours next week, their union said.\n"
    "“We clean up after millions of people and are paid as if it were a side job,” said organiser Ana Ruiz.\n"
    "Tags: airports, pay | Leave a comment\n"
    "Search\n"
    "Recent Posts\n"
    "Ferries: crews win shorter rosters after month of talks\n"
    "Archives\n"
)


def test_posts_whose_meta_lines_stand_under_their_titles_keep_their_standfirsts():
    articles = parse(_POSTS)
    assert [a.headline.text for a in articles] == [
        "Dock workers stage third strike as port talks stall over night shifts",
        "Airport cleaners reject 4% offer and vote for two-day walkout",
    ]
    assert [a.summary.text for a in articles] == [
        "Cranes stood idle and ships queued offshore as police estimated 4,000 people marched on the port",
        "The contractor blamed higher wage costs and said it could not go further this year",
    ]


_SIDEBAR = (
    "MANILA – Retail prices of rice have fallen by about ₱6 a kilo since the tariff cut, traders said.\n"
    "Regular milled rice sold for ₱42 a kilo in Quezon City markets this week, down from ₱48.\n"
    "“This is a bridge until farmgate prices stabilise,” the assistant secretary said.\n"
    "Tags: Rice, Philippines, Tariffs | Leave a comment\n"
    "Search\n"
    "Recent Posts\n"
    "Sugar: Thai cane crush set to start early on ample rains\n"
    "Vietnam coffee farmers switch to durian as prices soar\n"
    "Archives\n"
)


@pytest.mark.parametrize("heading", ["Recent Posts", "Latest posts", "Recent articles"])
def test_a_blog_sidebar_of_recent_posts_is_no_paragraph(heading):
    page = _SIDEBAR.replace("Recent Posts", heading)
    assert [p.text[:6] for p in parse(page)[0].paragraphs] == ["MANILA", "Regula", "“This "]


def test_the_sidebar_of_a_page_of_posts_is_no_paragraph():
    assert all("Ferries:" not in p.text for p in parse(_POSTS)[-1].paragraphs)


@pytest.mark.parametrize(
    "line",
    [
        "Tugs berthed at the port on Thursday afternoon. (Supplied: Halloran Port Authority)",
        "Volunteers clear the beach at dawn on Sunday. (Supplied: Jane Doe)",
    ],
)
def test_a_caption_closed_by_its_source_and_who_gave_it_is_chrome(line):
    assert kind(line) is LineKind.CHROME


def test_a_sentence_closed_by_a_bracketed_year_is_text():
    assert kind("The vote passed by seven to two on Monday (Reuters: 2024).") is LineKind.TEXT


@pytest.mark.parametrize(
    "line",
    [
        "Newsletter: The Harbour Agri Brief morning note, free every weekday at 7 a.m.",
        "Listen back to the full interview on The Breakfast Show with Ann Lee, weekdays from 7am.",
        "Watch the show tonight at 8pm on Channel 4.",
    ],
)
def test_a_newsletter_label_or_a_prompt_to_a_show_is_chrome(line):
    assert kind(line) is LineKind.CHROME


@pytest.mark.parametrize(
    "line",
    [
        "Listen back to the interview, she said, and you will hear it.",
        "The show drew 2 million viewers on Saturday, the broadcaster said.",
    ],
)
def test_a_story_sentence_about_a_show_is_text(line):
    assert kind(line) is LineKind.TEXT


# -- blind round p602-p607: a reader's problem or tip, a sign-up call closing a pitch without a full stop ---------


@pytest.mark.parametrize(
    "line",
    [
        "Have a consumer problem? Contact the Harbour 6 Investigates team at 813-555-0166.",
        "Got a news tip? Email tips@harbourpost.com",
        "Get the Harbour Gulf Daily newsletter: the stories that move the Gulf states, in your inbox every morning. Sign up here",
    ],
)
def test_a_prompt_for_a_readers_problem_or_a_pitch_closing_on_sign_up_here_is_chrome(line):
    assert kind(line) is LineKind.CHROME


@pytest.mark.parametrize(
    "line",
    ["Have a problem? Call it a mess, he said on 555 0100.", "The council said it would sign up here in May."],
)
def test_a_story_sentence_with_a_problem_or_sign_up_is_text(line):
    assert kind(line) is LineKind.TEXT
