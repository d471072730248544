"""A blog page: a comment thread opens no posts, nor does the writer's name over the date in a post's lead."""

from __future__ import annotations

from newsparse import parse

POST = (
    "Harbour Notes\n"
    "Ferry timetable cut to two sailings a day from July\n"
    "Posted by Ana Ruiz | 3 June 2024\n"
    "The island ferry will run two sailings a day from July, the operator said on Monday.\n"
    "Passengers had asked for a third in the evening, but the crew shortage ruled it out.\n"
)
THREAD = (
    "4 comments\n"
    "Jill Parkes\n"
    "3 June 2024 at 18:22\n"
    "Typical. The evening boat was the only one that worked for commuters.\n"
    "Reply\n"
    "Raj Bhatt\n"
    "3 June 2024 at 19:05\n"
    "My daughter takes the last boat home from college every day.\n"
    "Reply\n"
    "Leave a comment\n"
)
NEXT_POST = (
    "Library reopens after roof repairs\n"
    "Posted by Ana Ruiz | 5 June 2024\n"
    "The town library reopened on Wednesday after six months of roof repairs.\n"
)


def test_comments_under_a_post_open_no_posts():
    articles = parse(POST + THREAD).articles
    assert [a.headline.text for a in articles] == ["Ferry timetable cut to two sailings a day from July"]
    assert len(articles[0].paragraphs) == 2


def test_a_titled_post_after_the_comments_is_still_a_post():
    articles = parse(POST + THREAD + NEXT_POST).articles
    assert [a.headline.text for a in articles] == [
        "Ferry timetable cut to two sailings a day from July",
        "Library reopens after roof repairs",
    ]


def test_the_writers_name_over_the_date_in_the_lead_opens_no_post():
    page = (
        "Harbour & Peak\n"
        "Why the ferry company sold its harbour office at a loss\n"
        "The operator took a £1.2m write-down. Analysts say more sales are coming\n"
        "Kelvin Lau\n"
        "Mar 5, 2025\n"
        "Share\n"
        "The island ferry operator said on Tuesday it had sold its harbour office for £4m.\n"
        "The sale follows two years of falling passenger numbers, the company said.\n"
        "Posted in Business | 2 comments\n"
    )
    [article] = parse(page).articles
    assert article.headline.text == "Why the ferry company sold its harbour office at a loss"
    assert article.summary.text.startswith("The operator took")
