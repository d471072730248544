"""A story's lead (headline, standfirst, the writer's name, date lines) over a long body, with a teaser block of
another story set inside it, is one article, not a listing of three; so is a story whose title stands over its date
line and whose standfirst and section headings read like listed titles; a listing whose date lines stand under each
teaser stays a listing.  Pages written for these tests."""

from __future__ import annotations

import pytest

from newsparse import parse

#: A single story: its date lines under the standfirst, a ``Read more`` teaser block and a subheading in its body.
STORY = """Nordic Wire in English
Kestrel Daily
Front page | Norway | Politics | Business | Sport
Business
Fjordline Foods to close Halden plant, cutting 220 jobs
The fish processor blamed high salmon prices and weak export demand. Its shares fell in Oslo on Monday.
Ingrid Dahl
3.3.2025 09:10
Updated 3.3.2025 11:25
Workers leave the Halden plant after a shift. Image: Per Moen / Kestrel Daily

Fish processor Fjordline Foods said on Monday it would close its plant in Halden by the end of June, cutting 220 jobs.

The company said the plant had made a loss for three years in a row and that a buyer could not be found.

"This is a hard day for everyone in Halden," chief executive Siri Holm told reporters in Oslo.

Holm said export orders to Asia had fallen sharply since the spring, as buyers turned to cheaper suppliers.

The shares fell 4.2% to 61.50 kroner, while the main Oslo index slipped 0.3%.

Read more
Image: Lise Berg / Kestrel Daily
Salmon prices hit record as exporters race to fill orders – analyst

The union said it would ask the town for help with retraining and new jobs.

Town's reply

Halden's mayor said the council would meet the company later this week.

The plant opened in 1978 and once employed more than 600 people.
"""

#: A listing of three titles over their teasers, a date line under each: the lines after a date line and before
#: the next title are a post whose title was lost, and no text of the post above.
LISTING = """Latest news
Harbour board votes to dredge eastern channel
The board voted on Thursday to dredge the channel before the winter storms.
12 March 2025
Ferry fares will rise by 4% from April, the operator said on Friday.
Council approves new cycle lanes along the seafront
The council approved two new cycle lanes on Tuesday after a long debate.
11 March 2025
School roof repairs to finish before the summer term begins
The roof repairs at Hill Road school will end before the summer term starts.
10 March 2025
"""


def test_a_story_with_its_date_under_the_standfirst_and_a_teaser_block_inside_is_one_article():
    page = parse(STORY)
    [article] = page.articles
    assert article.headline is not None and article.headline.text.startswith("Fjordline Foods")
    assert article.summary is not None and article.summary.text.startswith("The fish processor")
    texts = [p.text for p in article.paragraphs]
    assert texts[0].startswith("Fish processor Fjordline Foods") and texts[-1].startswith("The plant opened in 1978")
    assert "Town's reply" in texts and len(texts) == 9
    related = [link.headline.partition(" – ")[0] for link in article.related]  # its credit may be kept
    assert related == ["Salmon prices hit record as exporters race to fill orders"]
    assert article.published is not None and article.published.isoformat().startswith("2025-03-03")


def test_a_listing_with_a_date_line_under_each_teaser_stays_a_listing():
    page = parse(LISTING)
    assert [a.headline.text for a in page.articles if a.headline] == [
        "Harbour board votes to dredge eastern channel",
        "Council approves new cycle lanes along the seafront",
        "School roof repairs to finish before the summer term begins",
    ]
    assert [len(a.paragraphs) for a in page.articles] == [1, 1, 1]


#: A story's title over its date line, then its standfirst, a paragraph and two short section headings over
#: their paragraphs, a teaser block between them: the headings are no listed titles, nor the standfirst one.
SECTIONED = """Harbour courts may yet decide the fate of the frozen ferry fund

Harbour Courier | December 9, 2025

A string of lawsuits in the port's courts threatens to unpick the council's plan to lend the fund

When councillors agreed in principle last month to lend the frozen ferry fund, they called the plan watertight.

A flood of claims

At least 14 lawsuits have been filed since November by companies whose money is held in the fund.

Its lawyer said the claims would take years to settle.

Read more

FILE PHOTO: The council chamber in Harbour City.
Council demands guarantees before backing ferry loan – media

The council's response

The council has vowed to fight every claim. Its legal chief said the loans were lawful.

The port's top court is not expected to rule before 2027.
"""


def test_a_story_title_over_its_date_line_and_sections_is_one_article():
    [article] = parse(SECTIONED).articles
    assert article.headline is not None and article.headline.text.startswith("Harbour courts may yet decide")
    assert article.summary is not None and article.summary.text.startswith("A string of lawsuits")
    assert "A flood of claims" in [p.text for p in article.paragraphs]


@pytest.mark.parametrize("last_item", ["Future of Business", "Business of Sport", "Harbour Life and Leisure"])
def test_a_section_label_ending_a_menu_column_is_no_title(last_item):
    page = "\n".join([
        "Harbour Courier", "Skip to content", "Your account", "Home", "News", "Sport", "Business", "Culture", "Travel",
        "Video", "Live", "Business", "Market Data", "Technology of Business", last_item, "",
        "Harlow Group shares slump after Asian buyer walks away", "", "14 October 2026", "",
        "Shares in Harlow Group fell by a fifth on Monday after its buyer walked away.", "",
        "The company said talks had ended without a deal.", "",
    ])
    [article] = parse(page).articles
    assert article.headline is not None and article.headline.text == "Harlow Group shares slump after Asian buyer walks away"


@pytest.mark.parametrize("desk", ["Local Democracy Reporting Service", "Chief Political Correspondent", "Harbour News Agency"])
def test_a_writers_name_and_desk_over_the_date_line_are_no_title(desk):
    page = "\n".join([
        "Northshire Live", "Home", "News", "Sport", "What's On", "Property", "Jobs",
        "Northshire airport expansion approved after seven-hour planning meeting",
        "Councillors back a £190m plan to extend the runway and double passenger numbers by 2035",
        "Helen Marchetti", desk, "14:32, 7 NOV 2024", "Bookmark", "",
        "Plans to extend the runway at Northshire Regional Airport have been approved by the county council.", "",
        "The committee backed the scheme by nine votes to four after a seven-hour meeting.", "",
    ])
    [article] = parse(page).articles
    assert article.headline is not None and article.headline.text.startswith("Northshire airport expansion")
    assert article.summary is not None and article.summary.text.startswith("Councillors back")


@pytest.mark.parametrize("role", ["News reporter @MeganFarrowSky", "Science and technology reporter @tom_rennick"])
def test_a_writers_role_line_with_a_social_handle_is_no_paragraph(role):
    page = "\n".join([
        "Harbour News - Breaking News", "Home", "UK", "Politics", "World", "",
        "Residents evacuated after sinkhole opens on Bristol street", "",
        "A 4m-wide hole appeared outside a row of terraced houses in Easton early on Saturday.", "",
        "Megan Farrow", role, "Saturday 21 November 2026 16:35, UK", "",
        "Thirty-two people have been moved out of their homes after the road collapsed.", "",
        "The council said the street would stay closed for at least a week.", "",
    ])
    [article] = parse(page).articles
    assert article.summary is not None and article.summary.text.startswith("A 4m-wide hole")
    assert [p.text for p in article.paragraphs][0].startswith("Thirty-two people")
