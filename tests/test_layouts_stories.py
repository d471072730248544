"""Stories printed one after another on a single-article page: a title over a date line and a lead of prose, under
the first story's body, starts the next story (:mod:`newsparse.page.stories`)."""

from __future__ import annotations

from newsparse import parse

TOP = (
    "Harbour Sport\n"
    "Latest news\n"
    "Rovers complete £28m signing of striker Li Wei\n"
    "Li Wei becomes the club's second signing of the window after agreeing a four-year contract\n"
    "By Ana Ruiz, Football Reporter\n"
    "Friday 31 January 2025 14:05, UK\n"
    "Rovers have completed the signing of striker Li Wei for an initial £28m, plus up to £4m in add-ons.\n"
    "The 22-year-old has signed a deal until 2029 with the option of a further year.\n"
    "Head coach Tom Reyes said the striker would give his side a different dimension in attack.\n"
)
SECOND = (
    "City defender Sam Roe ruled out for rest of season with knee injury\n"
    "Friday 31 January 2025 16:20, UK\n"
    "City defender Sam Roe will miss the rest of the season after injuring a knee ligament in training on Thursday.\n"
    "The 26-year-old has started 19 of City's 23 league games this season.\n"
)


def test_a_second_story_under_the_first_ones_body_is_an_article_of_its_own():
    articles = parse(TOP + SECOND).articles
    assert [a.headline.text for a in articles] == [
        "Rovers complete £28m signing of striker Li Wei",
        "City defender Sam Roe ruled out for rest of season with knee injury",
    ]
    assert articles[1].paragraphs[0].text.startswith("City defender Sam Roe will miss")


def test_related_headlines_over_their_dates_start_no_story():
    related = (
        "Rovers sign keeper on loan from Town\n"
        "Thursday 30 January 2025 10:00, UK\n"
        "City agree fee for winger\n"
        "Wednesday 29 January 2025 18:30, UK\n"
    )
    assert len(parse(TOP + related).articles) == 1


def test_a_subheading_inside_a_story_starts_none():
    subheading = (
        "What happens next for the club\n"
        "The club will now turn to the loan market before the deadline closes on Monday night.\n"
    )
    assert len(parse(TOP + subheading).articles) == 1


def test_the_writers_name_between_the_next_storys_title_and_date_line_is_no_headline():
    second = SECOND.replace("Friday 31 January 2025 16:20, UK\n", "Mia Holt\nFriday 31 January 2025 16:20, UK\n")
    articles = parse(TOP + second).articles
    assert [a.headline.text for a in articles] == [
        "Rovers complete £28m signing of striker Li Wei",
        "City defender Sam Roe ruled out for rest of season with knee injury",
    ]
    assert articles[1].paragraphs[0].text.startswith("City defender Sam Roe will miss")
