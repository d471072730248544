"""Captions with closing credits, closing widgets under the body, writers' names joined in one byline,
a page's ``<title>`` line repeated above the article, and related lists that hold questions."""

from __future__ import annotations

import pytest

from newsparse import parse
from newsparse.page.chrome import LineKind, is_photo_caption

from .layout_helpers import CHROME, kind


def paragraphs(text: str) -> list[str]:
    [article] = parse(text).articles
    return [p.text for p in article.paragraphs]


# --- captions that close with their credit ---------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Lifeguards patrol the beach at dawn. Photograph: Ines Varga/Coastline Pictures",
        "A tram crosses the old bridge on Monday. Image: Petra Lund",
        "Volunteers sort donations at the depot. Credit: Harbour Food Bank",
        "Riot police outside the stadium in 2022 | Getty Images",
        "Smoke rises over the refinery — Kemal Arslan/AFP via Getty Images",
        "A voter casts a ballot in Lagos on Saturday, Feb. 25, 2023. REUTERS/Tunde Bello",
        "The former minister arrives at court in 2019. File photo",
        "Miners leave the shaft after a shift (Image: Owen Pryce)",
        "A nurse checks a patient's chart (Photos: Dara Quinn/Valley Post)",
    ],
)
def test_captions_with_closing_credits_are_chrome(line):
    assert is_photo_caption(line)
    assert kind(line) is LineKind.CHROME


@pytest.mark.parametrize(
    "line",
    [
        "Copper climbs on supply worries | Reuters",
        "The photo was taken by a tourist and sold to a news agency.",
        "Prices rose 4% in May, the agency said, citing Reuters/Ipsos polling last week.",
        "She said the image was fake: \"Nobody was there.\"",
        "The union paid for the advert (a credit it later regretted).",
    ],
)
def test_lines_without_a_closing_credit_are_no_captions(line):
    assert not is_photo_caption(line)


# --- closing widgets ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Report a typo",
        "Spotted an error? Tell us",
        "Suggest a correction",
        "Was this story helpful? Yes / No",
        "Did you find this article useful?",
        "This is a rush transcript. Copy may not be in its final form.",
        "This transcript has been edited for length and clarity and may contain errors.",
        "Log in to comment",
        "You must be logged in to post a comment.",
    ],
)
def test_closing_widgets_are_chrome(line):
    assert kind(line) is LineKind.CHROME


@pytest.mark.parametrize(
    "line",
    [
        "The paper printed a correction the next morning.",
        "Readers who spot an error can write to the editor, she said.",
        "By then, the water had reached the first floor.",
        "By Friday, most roads had reopened.",
        "It rained.",
        "Reporters were told to wait outside.",
    ],
)
def test_sentences_about_errors_and_bylines_are_text(line):
    assert kind(line) is LineKind.TEXT


def test_closing_widgets_and_bio_leave_the_body():
    text = (
        "Tram line to reopen after months of repairs\n"
        "By Ruth Kalnins\n"
        "May 2, 2026\n"
        "The tram line will reopen on Monday after five months of repairs.\n"
        "By then, engineers will have replaced every rail on the bridge.\n"
        "A correction was issued after an earlier report gave the wrong date.\n"
        "Ruth Kalnins is the Courier's transport correspondent, based in Riga.\n"
        "Report a typo\n"
        "Was this story helpful? Yes / No\n"
    )
    assert paragraphs(text) == [
        "The tram line will reopen on Monday after five months of repairs.",
        "By then, engineers will have replaced every rail on the bridge.",
        "A correction was issued after an earlier report gave the wrong date.",
    ]


def test_comments_open_at_a_sign_in_prompt():
    text = (
        "Bakery wins prize for sourdough loaf\n"
        "By Ana Ferro\n"
        "June 9, 2025\n"
        "A small bakery in the old town has won a national prize.\n"
        "Log in to comment\n"
        "Congratulations to them, the bread is great.\n"
    )
    assert paragraphs(text) == ["A small bakery in the old town has won a national prize."]


def test_related_list_holds_questions():
    text = (
        "Bakery wins prize for sourdough loaf\n"
        "By Ana Ferro\n"
        "June 9, 2025\n"
        "A small bakery in the old town has won a national prize.\n"
        "The owners said they would not raise prices.\n"
        "You might also like\n"
        "What makes a good sourdough starter?\n"
        "Flour prices fall for third month\n"
    )
    assert paragraphs(text) == [
        "A small bakery in the old town has won a national prize.",
        "The owners said they would not raise prices.",
    ]


def test_a_question_in_the_body_stays_a_paragraph():
    text = (
        "Bakery wins prize for sourdough loaf\n"
        "By Ana Ferro\n"
        "June 9, 2025\n"
        "A small bakery in the old town has won a national prize.\n"
        "What is the secret?\n"
        "Time, the owner said.\n"
    )
    assert paragraphs(text)[1] == "What is the secret?"


# --- writers' names joined in one byline ----------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    ["Ana Ferro and Luis Mata", "Ana Ferro & Luis Mata", "Ana Ferro, and Kim Oh", "Ana J. Ferro and Luis Mata-Ruiz"],
)
def test_joined_names_are_a_byline(line):
    assert kind(line) is LineKind.BYLINE


@pytest.mark.parametrize(
    "line",
    ["Salt and pepper", "Town and Country Living", "Harbour Council approves new ferry timetable and fares"],
)
def test_lines_with_and_that_are_no_byline(line):
    assert kind(line) is not LineKind.BYLINE


def test_title_above_standfirst_and_joined_byline_under_a_kicker():
    text = (
        "Big Weekend Read\n"
        "How a village saved its last pub\n"
        "Forty neighbours bought the building when the brewery sold it.\n"
        "Ana Ferro and Luis Mata\n"
        "June 9, 2025\n"
        "The Red Lion has reopened under its new owners.\n"
    )
    [article] = parse(text).articles
    assert article.headline.text == "How a village saved its last pub"
    assert article.summary.text == "Forty neighbours bought the building when the brewery sold it."
    assert article.published is not None


# --- a page's <title> line repeated above the article ------------------------------------------------


def test_title_line_with_site_name_repeated_below_a_tagline():
    text = (
        "Glenmoor Observer\n"
        "Your town, your voice\n"
        "Library to open on Sundays from April – Glenmoor Observer\n"
        "Community\n"
        "Library to open on Sundays from April\n"
        "Volunteers will staff the desk on the extra day\n"
        "The town library will open seven days a week from April.\n"
    )
    [article] = parse(text).articles
    assert article.headline.text == "Library to open on Sundays from April"
    assert article.summary.text == "Volunteers will staff the desk on the extra day"
    assert [p.text for p in article.paragraphs] == ["The town library will open seven days a week from April."]


# --- slogans and kickers above the title -------------------------------------------------------------


def headline(text: str) -> str:
    [article] = parse(text).articles
    return article.headline.text


@pytest.mark.parametrize(
    "slogan",
    ["Your valley, your paper", "Honest. Local. Free", "Serving the coast since 1890"],
)
def test_a_slogan_above_the_title_and_its_byline_is_no_title(slogan):
    text = (
        f"Coastline Herald\n{slogan}\n"
        "Lifeboat crew rescues kayakers off the point\n"
        "By Ines Varga\nJuly 4, 2025\n"
        "Two kayakers were pulled from the water on Friday evening.\n"
    )
    assert headline(text) == "Lifeboat crew rescues kayakers off the point"


def test_a_title_keeps_its_longer_standfirst_above_the_byline():
    text = (
        "Lifeboat crew rescues kayakers off the point\n"
        "Two paddlers were caught by the tide near the harbour wall on Friday\n"
        "By Ines Varga\nJuly 4, 2025\n"
        "Two kayakers were pulled from the water on Friday evening.\n"
    )
    [article] = parse(text).articles
    assert article.headline.text == "Lifeboat crew rescues kayakers off the point"
    assert article.summary.text.startswith("Two paddlers")


def test_a_title_under_a_kicker_above_its_standfirst():
    text = (
        "Home | Travel | Food\n"
        "Postcard From Lisbon\n"
        "The tram that climbs the steepest street in Europe\n"
        "A ride on line 28 at dawn, before the crowds arrive\n"
        "The tram groans as it leaves the square.\n"
        "Tickets cost three euros.\n"
    )
    [article] = parse(text).articles
    assert article.headline.text == "The tram that climbs the steepest street in Europe"
    assert article.summary.text == "A ride on line 28 at dawn, before the crowds arrive"


def test_a_long_first_line_is_no_kicker():
    text = (
        "Home | Travel | Food\n"
        "Lisbon trams to run all night during the summer festival\n"
        "The city's night buses will be replaced on three lines\n"
        "Operators say the change could become permanent next year\n"
        "The trams will run every twenty minutes.\n"
    )
    assert headline(text) == "Lisbon trams to run all night during the summer festival"


def test_a_bare_comments_heading_opens_the_comments():
    text = (
        "Bakery wins prize for sourdough loaf\n"
        "By Ana Ferro\n"
        "June 9, 2025\n"
        "A small bakery in the old town has won a national prize.\n"
        "Comments\n"
        "Best bread in town, no question.\n"
    )
    assert paragraphs(text) == ["A small bakery in the old town has won a national prize."]


@pytest.mark.parametrize("line", ["Comments", "Comments (12)", "COMMENTS 3"])
def test_comment_headings(line):
    assert CHROME.opens_comments(line)


@pytest.mark.parametrize("line", ["Comments from the mayor", "Thoughts on the budget", "Commentary"])
def test_headings_that_open_no_comments(line):
    assert not CHROME.opens_comments(line)


@pytest.mark.parametrize(
    "line", ["Ines Varga, Freelance Journalist", "Ines Varga | Staff Photographer", "Ines Varga, Metro News Desk"]
)
def test_name_and_role_bylines(line):
    assert kind(line) is LineKind.BYLINE


@pytest.mark.parametrize(
    "line",
    [
        "Additional reporting by Kim Oh in Seoul.",
        "Have a news tip? Email the newsroom at tips@example.org.",
        "Follow her on Bluesky for updates from the courts.",
        "The views expressed in this column are the writer's own.",
        "Transcripts are created on a tight deadline and may contain errors.",
    ],
)
def test_closing_notes_are_chrome(line):
    assert kind(line) is LineKind.CHROME


def test_a_long_more_from_heading_opens_a_list():
    text = (
        "Bakery wins prize for sourdough loaf\n"
        "By Ana Ferro\n"
        "June 9, 2025\n"
        "A small bakery in the old town has won a national prize.\n"
        "More from the Old Town Courier\n"
        "Flour prices fall for third month\n"
        "Market stalls return to the square\n"
    )
    assert paragraphs(text) == ["A small bakery in the old town has won a national prize."]


# --- a page saved short: its last paragraph cut off inside a sentence ------------------------------------

_SAVED_SHORT = """Harbour Tribune
Ferry fares to rise in March

The council voted on Tuesday to raise ferry fares by 40 cents from March, the first rise in six years.

Councillor Ann Lee said the crossings had lost money for three years in a row.

{last}
"""


@pytest.mark.parametrize(
    "last",
    [
        "“We will not be rushed by the operators or by anyone else,” Lee told repo",
        "An inquiry into the last breakdown, in the autumn, found that a single valve had failed after",
        "The next meeting of the transport committee is expected to take up the question of",
    ],
)
def test_a_last_paragraph_cut_off_inside_a_sentence_is_dropped(last):
    assert paragraphs(_SAVED_SHORT.format(last=last))[-1].startswith("Councillor Ann Lee")


@pytest.mark.parametrize(
    "last",
    [
        "The single fare will cost $4.40 from March 1, up from $4",  # no letter last: a figure's end
        "The council also voted to keep the night crossing.",  # a whole sentence
    ],
)
def test_a_last_paragraph_that_stops_otherwise_is_no_cut_off(last):
    assert paragraphs(_SAVED_SHORT.format(last=last))[-1] == last


def test_a_last_paragraph_with_buttons_under_it_is_no_cut_off():
    last = "Public comments on the plan close at the end of the month"
    assert paragraphs(_SAVED_SHORT.format(last=last) + "Share\nShare on X\n")[-1] == last
