"""Layouts of outlets no rule was tuned to, fresh round: funding appeals closing an article, newsletter
sign-up forms, live pages' notes and titles, ``Related Blogs`` lists, ``Republished from X`` notes and
republication notes printed between the standfirst and the byline; bylines crediting a wire service or the
writers' institutions, rows of chrome with a labelled item, closing disclaimers, imprints and newsletter
promotions, and photo captions under a caption label; round 26: ``LIVE UPDATES:`` page titles, sign-offs,
closing rows of links, trading hours in data notices, moderation notes, blog taglines, standfirsts above a
dateline body, republication notes in translation or after a writer's credit, the wire's standards line;
round 29: data notices in capitals, acknowledgements of country, two chrome items set apart by a wide gap,
box blurbs under a sign-up or sponsor heading, the first dated item under a page label."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse import parse
from newsparse.page.chrome import LineKind, contact_name
from newsparse.page.furniture import republished_from, site_note
from newsparse.page.notices import is_data_notice
from newsparse.page.probe import read_lines

from .layout_helpers import CHROME, article_of, kind, texts

_BODY = (
    "The ferry company will add two evening crossings from May, its operations manager said on Friday.\n\n"
    "Passengers had complained for years about the last boat leaving before eight.\n"
)



# --- A. funding appeals: how the outlet is funded, then a donation prompt -------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Harbour Public Radio is listener-supported. Donate today.",
        "The Glen Ledger is a nonprofit newsroom. Support local news.",
        "Coastline Weekly is reader-funded. Please donate to Coastline Weekly now.",
        "Delta Radio is a community-funded station. We answer to listeners. Donate now.",
        "The Fen Reporter is an independent, reader-supported newsroom. Become a member today.",
        "Become a supporter now.",
    ],
)
def test_a_funding_appeal_is_chrome(line):
    assert kind(line) is LineKind.CHROME


@pytest.mark.parametrize(
    "line",
    [
        "The food bank is a nonprofit. It feeds 400 families a week.",
        "The theatre is a non-profit group. Donations fell by a third last year.",
        "The hospice is donor-funded, the trust said, and support is growing. Volunteers are welcome.",
        "The shelter is a nonprofit. It relies on gifts. Donate now, its director urged.",
        "She asked residents to become a member of the rowing club now.",
    ],
)
def test_a_sentence_about_a_nonprofit_is_text(line):
    assert kind(line) is LineKind.TEXT


def test_a_funding_appeal_closing_the_page_is_no_paragraph():
    page = (
        "Ferry adds evening crossings after complaints\n\nBy Rhona Baird\n\nMarch 4, 2026\n\n"
        + _BODY
        + "\nIsland Community Radio is a member-supported station. Support local journalism.\n"
    )
    assert texts(article_of(page))[-1] == "Passengers had complained for years about the last boat leaving before eight."


# --- B. a newsletter's sign-up form --------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Enter your email Subscribe",
        "Enter your e-mail address Sign up",
        "Enter email address",
        "Email address Subscribe",
        "Your email *",
    ],
)
def test_a_sign_up_form_is_chrome(line):
    assert kind(line) is LineKind.CHROME


@pytest.mark.parametrize(
    "line",
    [
        "Your email was forwarded to the council, the clerk said.",
        "Entering the harbour, the crew saw the smoke.",
        "Emailed tips reached the newsroom",
    ],
)
def test_a_sentence_about_email_is_text(line):
    assert kind(line) is LineKind.TEXT


# --- C. live pages: notes about updates and times, the page's own title ----------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "This page is updated automatically. Times are local (GMT+2).",
        "This page will be updated as the count goes on. Results are provisional.",
        "This live blog is now closed.",
        "Refresh the page for the latest updates.",
    ],
)
def test_a_live_page_note_is_chrome(line):
    assert kind(line) is LineKind.CHROME


@pytest.mark.parametrize(
    "line",
    [
        "Times are hard for the island's fishermen, the union said.",
        "All times are unofficial until the federation confirms them.",
        "This page of the report was updated twice before publication, the auditor found.",
    ],
)
def test_a_sentence_about_times_is_text(line):
    assert kind(line) is LineKind.TEXT


_LIVE_PAGE = """Valley Wire
Mountain news in English

Home | Region | Weather | Live

Snowstorm closes passes: live updates

This page is updated automatically as news comes in. Times shown are Central European Time (CET).

Avalanche risk raised to high on the northern slopes

14 January 2026, 15:10

The avalanche office raised its warning to the highest level for the northern slopes on Wednesday afternoon.

Skiers were told to stay on marked runs until further notice.

Rail service resumes between the two valleys

14 January 2026, 12:40

Trains began running again shortly after noon, the rail operator said.

Load more updates
"""


def test_a_live_page_gives_its_entries_not_its_title():
    articles = parse(_LIVE_PAGE).articles
    assert [a.headline.text for a in articles] == [
        "Avalanche risk raised to high on the northern slopes",
        "Rail service resumes between the two valleys",
    ]
    assert texts(articles[1]) == ["Trains began running again shortly after noon, the rail operator said."]


# --- D. lists under ``Related Blogs`` and its kin ---------------------------------------------------------


@pytest.mark.parametrize("line", ["Related Blogs", "Related videos", "Related Reads", "Related Episodes"])
def test_a_related_heading_of_another_noun_opens_a_list(line):
    assert kind(line) is LineKind.CHROME


def test_the_headline_under_related_blogs_is_no_paragraph():
    page = (
        "Ferry adds evening crossings after complaints\n\nBy Rhona Baird\n\nMarch 4, 2026\n\n"
        + _BODY
        + "\nRelated Blogs\nWhy island bakeries are closing early\n"
    )
    assert len(texts(article_of(page))) == 2


def test_a_paragraph_opening_with_related_is_kept():
    page = (
        "Ferry adds evening crossings after complaints\n\nBy Rhona Baird\n\nMarch 4, 2026\n\n"
        + _BODY
        + "\nRelated videos filmed by passengers were shared widely online.\n"
    )
    assert len(texts(article_of(page))) == 3


# --- E. republication notes: ``Republished from X``, and a note closed by a prompt ----------------------


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("Republished from Riverside Journal, where this report first ran on May 2, 2026.", "Riverside Journal"),
        ("Reprinted with permission from The Glen Ledger.", "The Glen Ledger"),
        ("Republished with permission from Coastline Weekly.", "Coastline Weekly"),
        ("Reposted from WHBR News 12", "WHBR News 12"),
    ],
)
def test_a_republished_from_note_names_its_outlet(line, outlet):
    assert republished_from(line) == outlet


@pytest.mark.parametrize(
    "line",
    [
        "Republished by the council in 2021, the map shows every flood zone.",
        "Reprinted from a faded pamphlet, the poem was read aloud at the service.",
        "Reposted from his old account, the video drew new comments.",
    ],
)
def test_a_sentence_opening_with_republished_is_no_note(line):
    assert republished_from(line) is None


def test_a_note_closed_by_a_sign_up_prompt_still_names_its_outlet():
    page = (
        "Ferry adds evening crossings after complaints\n\nBy Rhona Baird | Island Voice\nMarch 4, 2026\n\n"
        "This story was originally published by Island Voice. Sign up for their newsletters.\n\n" + _BODY
    )
    article = article_of(page)
    assert article.republished_from == "Island Voice"
    assert len(texts(article)) == 2


# --- F. a republication note between the standfirst and the byline ---------------------------------------

_NOTED_PAGE = """The Glen Courier
Serving the glen since 1901

News | Sport | Opinion | e-Edition

OUTDOORS

Otters are back in the Glen river. Anglers and ecologists still disagree about why

Surveyors counted 14 otter holts along the river this autumn, the highest number on record

Editor's note: This story was originally published by Highland Free Press and is republished here with permission.

By Morag Duncan
Nov. 3, 2026

""" + _BODY


def test_a_note_above_the_byline_keeps_the_title_and_standfirst():
    article = article_of(_NOTED_PAGE)
    assert article.headline.text == "Otters are back in the Glen river. Anglers and ecologists still disagree about why"
    assert article.summary is not None
    assert article.summary.text.startswith("Surveyors counted 14 otter holts")
    assert article.republished_from == "Highland Free Press"



# --- G. bylines without ``By``: a writer and a wire service, writers with their institutions ------------


@pytest.mark.parametrize(
    "line",
    [
        "Tomas Varga and AFP",
        "Leila Haddad and Reuters",
        "Ana Ruiz, University of Porto",
        "Ana Ruiz, Lund University, and Jon Berg, Institute of Marine Research",
        "Mei Lin, Queen Mary Hospital & Ravi Nair, Indian Institute of Science",
    ],
)
def test_a_writer_with_a_wire_service_or_institution_is_a_byline(line):
    assert kind(line) is LineKind.BYLINE


@pytest.mark.parametrize(
    "line",
    [
        "Harbour Board and NATO",
        "Marion Kell, Fernbrook",
        "University of Porto and Lund University",
        "Nurses strike at Queen Mary Hospital",
        "Ana Ruiz, University of Porto, said the results were clear",
    ],
)
def test_names_without_a_wire_service_or_institution_are_no_byline(line):
    assert kind(line) is not LineKind.BYLINE


def test_a_writer_and_wire_service_under_the_standfirst_keep_the_title():
    page = (
        "Valley Ledger\nNews | Farming | Sport\n\nFarming\n\n"
        "Dairy co-op wins appeal over river water rights\n\n"
        "The ruling lets farmers draw water through the dry months for the first time since 2019\n\n"
        "Tomas Varga and AFP\nWed 4 March 2026 · 9.10am\n\n" + _BODY
    )
    article = article_of(page)
    assert article.headline.text == "Dairy co-op wins appeal over river water rights"
    assert article.summary.text.startswith("The ruling lets farmers draw water")


def test_writers_with_their_institutions_are_no_standfirst():
    page = (
        "Field Notes\nHome | Health | Climate\n\nCLIMATE\n\n"
        "Seagrass meadows are recovering. Keeping them is the hard part\n\n"
        "Posted by Field Notes on 4 March 2026\n\n"
        "Ana Ruiz, University of Porto, and Jon Berg, Lund University\n\n" + _BODY
    )
    article = article_of(page)
    assert article.summary is None
    assert texts(article)[0].startswith("The ferry company")


# --- H. a row of chrome items, one a label and its value -----------------------------------------------


@pytest.mark.parametrize(
    "line",
    ["Font size: A A A | Print | Email", "Text size: A A A", "Share: Email | Print | Save", "Text size A- A+ | Print | Share"],
)
def test_a_label_and_chrome_value_in_a_row_is_chrome(line):
    assert kind(line) is LineKind.CHROME


@pytest.mark.parametrize(
    "line", ["Font size: why it matters for readers", "Print: the old presses | Email | Video", "Vitamin A and B", "Grade A A"]
)
def test_a_label_with_a_text_value_is_no_chrome_row(line):
    assert kind(line) is LineKind.TEXT


def test_a_tools_row_under_the_byline_is_no_standfirst():
    page = (
        "Harbour Observer\n\nQuay wall to be rebuilt before winter storms\n\nMarch 4, 2026\n\n"
        "By Our Harbour Correspondent\n\nText size: A A A | Print | Email\n\n" + _BODY
    )
    article = article_of(page)
    assert article.summary is None
    assert len(texts(article)) == 2


# --- I. closing notes: newsletter promotions, disclaimers, appeals and imprints ---------------------------


@pytest.mark.parametrize(
    "line",
    [
        # a newsletter promotion of more than twenty words, one sentence offering the inbox
        "Did you know? You can get the best stories from the Fen Valley Post sent straight to your inbox. "
        "Sign up to our newsletter.",
        "Never miss a match. You can get our football newsletter every Friday. Sign up today.",
        # disclaimers
        "This report is for information only and does not constitute financial advice.",
        "Harbour Radio is not responsible for the content of external websites.",
        "The information on this page is for informational purposes only.",
        "Past performance is not a guide to future returns.",
        "Quotes delayed at least 20 minutes. Not investment advice.",
        "Read about our approach to external linking.",
        # what journalism the outlet publishes, then a donation prompt
        "Tidewater Review publishes independent reporting on the coast. Want to help? Donate here.",
        # imprints
        "The Dockers' Bulletin is published by its members. Authorised by the branch secretary, Perth.",
        "Authorised and printed by J. Moana, 14 Quay Street, Napier.",
        "Written and authorised by Tom Reyes, Harbour Party, Napier.",
    ],
)
def test_a_closing_note_is_chrome(line):
    assert kind(line) is LineKind.CHROME


@pytest.mark.parametrize(
    "line",
    [
        "You can get a flu jab at any pharmacy in the county from next week, the health board confirmed today.",
        "The bank said the leaflet does not constitute investment advice.",
        "“This is for information only,” the clerk told the meeting.",
        "The trust publishes independent reporting on local rivers. It spent £4,000 on a survey.",
        "Authorised by the council, the new bins arrive in May and will be emptied weekly.",
        "The Dockers' Bulletin is published by its members.",
        "Published by a small press in 1990, the book sold well.",
        "Past performance is no guarantee of future success, the coach said.",
        "Her podcast is not investment advice, she stressed.",
    ],
)
def test_a_sentence_like_a_closing_note_is_text(line):
    assert kind(line) is LineKind.TEXT


def test_closing_notes_are_no_paragraphs():
    page = (
        "Ferry adds evening crossings after complaints\n\nBy Rhona Baird\n\nMarch 4, 2026\n\n"
        + _BODY
        + "\nThis article is for information only and does not constitute investment advice.\n\n"
        "Island Radio is not responsible for the content of external sites.\n"
    )
    assert texts(article_of(page))[-1] == "Passengers had complained for years about the last boat leaving before eight."


# --- J. a photo caption under a caption label ---------------------------------------------------------


def _captioned(label_block: str) -> str:
    return (
        "Quay wall to be rebuilt before winter storms\n\nBy Rhona Baird\n\nMarch 4, 2026\n\n"
        "The harbour board approved the work on Monday after a long debate.\n\n"
        + label_block
        + "\n\nContractors will start in June, the board said.\n"
    )


def test_a_caption_under_a_caption_label_is_no_paragraph():
    found = texts(article_of(_captioned("Image caption,\nThe old quay wall in the 1950s")))
    assert found == [
        "The harbour board approved the work on Monday after a long debate.",
        "Contractors will start in June, the board said.",
    ]


@pytest.mark.parametrize(
    "block",
    [
        # not in the label's block, and the label closed (no comma) or two blank lines away; a fragment one blank line
        # under ``Image caption,`` is a caption, as BBC pages print them (see tests/test_layouts_site_notices.py)
        "Image caption\n\nThe old quay wall was built in 1952",
        "Image caption,\n\n\nThe old quay wall was built in 1952",
        "Caption:\nThe board's chair said the old wall had failed twice in ten years and had to go.",  # a sentence
    ],
)
def test_a_paragraph_near_a_caption_label_stays(block):
    assert len(texts(article_of(_captioned(block)))) == 3


# --- K. a short list heading between ``More`` and ``stories`` ---------------------------------------------


def test_a_more_stories_heading_and_its_headlines_are_no_paragraphs():
    page = (
        "Ferry adds evening crossings after complaints\n\nBy Rhona Baird\n\nMarch 4, 2026\n\n"
        + _BODY
        + "\nMore Harbour Stories\nPilots vote to strike over rosters\nNew berth opens for cruise ships\n"
    )
    assert texts(article_of(page))[-1] == "Passengers had complained for years about the last boat leaving before eight."


@pytest.mark.parametrize("line", ["More Harbour Stories", "More Business News", "More top headlines"])
def test_a_more_stories_heading_opens_a_list(line):
    assert CHROME.opens_list(line)


@pytest.mark.parametrize("line", ["More homes are needed", "More money for the ferry news desk was promised"])
def test_a_heading_opening_with_more_is_no_list(line):
    assert not CHROME.opens_list(line)


# --- L. a blog post's standfirst between its title and its meta line ---------------------------------------

_POSTED_PAGE = """Harbour Kayak Club
Paddle safe. Paddle often.
Home | Trips | Safety | Join

Seal colony returns to the north beach

Volunteers counted forty pups on the sand this winter, the highest number since the survey began

Posted by | Club committee | 3 March 2026

""" + _BODY


def test_a_blog_posts_standfirst_is_no_title():
    [article] = parse(_POSTED_PAGE).articles
    assert article.headline.text == "Seal colony returns to the north beach"
    assert article.summary.text.startswith("Volunteers counted forty pups")
    assert len(texts(article)) == 2


def test_a_post_title_under_the_last_sentence_of_a_post_starts_a_post():
    page = (
        "Seal colony returns to the north beach\nPosted by Mia Holt | 3 March 2026 | 2 Comments\n"
        "Volunteers counted forty pups on the sand this winter.\n"
        "Wardens asked walkers to keep dogs on leads.\n"
        "Harbour board approves the long-awaited plan for a second slipway at the marina\n"
        "Posted by Mia Holt | 1 March 2026 | 4 Comments\n"
        "The board voted five to two on Monday.\n"
    )
    articles = parse(page).articles
    assert [a.headline.text for a in articles] == [
        "Seal colony returns to the north beach",
        "Harbour board approves the long-awaited plan for a second slipway at the marina",
    ]
    assert len(texts(articles[0])) == 2


def test_a_longer_title_above_a_shorter_fragment_keeps_its_post_start():
    page = _POSTED_PAGE.replace(
        "Seal colony returns to the north beach\n\nVolunteers counted forty pups on the sand this winter, the highest "
        "number since the survey began",
        "Seal colony returns to the north beach after ten years away, wardens say\n\nVolunteers count forty pups",
    )
    assert parse(page).articles[-1].headline.text == "Volunteers count forty pups"


def test_a_brief_headline_under_a_briefs_label_stays_the_headline():
    page = (
        "Harbour Wire\nHome | News | Sport\n\nNews in brief\n\n"
        "Harbour board approves second slipway at the marina after two years of talks\n\n"
        "Posted by | Mia Holt | 3 March 2026\n\n" + _BODY
    )
    assert parse(page).articles[-1].headline.text == (
        "Harbour board approves second slipway at the marina after two years of talks"
    )


# --- round 18: headline lists under ``Read more:`` (links), live pages' title lines, wire credits beside the outlet ---


_LISTED_UNDER = """Harbour Wire
Home | News | Sport

Ferry company adds two evening crossings

By Mia Holt
3 March 2026

The ferry company will add two evening crossings from May, its operations manager said on Friday.

Passengers had complained for years about the last boat leaving before eight.

{heading}
Harbour board approves second slipway at the marina
Lifeboat crew rescues two kayakers off the point
"""


@pytest.mark.parametrize("heading", ["Read more:", "Read more from Harbour Wire:", "READ MORE FROM OUR NEWSROOM:"])
def test_headlines_listed_under_a_read_more_heading_are_related_links(heading):
    article = article_of(_LISTED_UNDER.format(heading=heading))
    assert [link.headline for link in article.related] == [
        "Harbour board approves second slipway at the marina",
        "Lifeboat crew rescues two kayakers off the point",
    ]
    assert texts(article)[-1] == "Passengers had complained for years about the last boat leaving before eight."


def test_a_bare_read_more_line_still_opens_a_teaser_block():
    page = _LISTED_UNDER.format(heading="Read more\n\nWardens on the north beach.").replace(
        "Lifeboat crew rescues two kayakers off the point\n", ""
    )
    [link] = article_of(page).related
    assert link.headline == "Harbour board approves second slipway at the marina"


@pytest.mark.parametrize(
    "line",
    [
        "LIVE: Harbour strike enters its third day",
        "Live: Count under way in the island election",
        "Live updates from the harbour. Refresh for the latest. Times are GMT.",
        "Refresh for latest updates",
    ],
)
def test_a_live_page_title_line_and_its_note_are_chrome(line):
    assert kind(line) is LineKind.CHROME


@pytest.mark.parametrize(
    "line",
    [
        "Live music returns to the square this summer, the council said.",
        "Liveried buses will run on the coast road from May.",
        "Refreshments will be served after the meeting, organisers said.",
    ],
)
def test_sentences_about_live_events_are_text(line):
    assert kind(line) is LineKind.TEXT


def test_a_live_page_title_line_gives_way_to_the_first_entry():
    page = _LIVE_PAGE.replace("Snowstorm closes passes: live updates", "LIVE: Snowstorm closes the passes").replace(
        "This page is updated automatically as news comes in. Times shown are Central European Time (CET).",
        "Live updates from the valleys. Refresh for the latest.",
    ).replace("Valley Wire\nMountain news in English", "ValleyWire")
    articles = parse(page).articles
    assert [a.headline.text for a in articles] == [
        "Avalanche risk raised to high on the northern slopes",
        "Rail service resumes between the two valleys",
    ]
    assert texts(articles[0])[0].startswith("The avalanche office raised its warning")


@pytest.mark.parametrize(
    "line",
    [
        "The Local Democracy Reporting Service is funded by the BBC and regional publishers.",
        "The Local Democracy Reporting Scheme is a partnership between the BBC and local papers.",
    ],
)
def test_a_reporting_scheme_note_closing_a_brief_is_chrome(line):
    assert kind(line) is LineKind.CHROME


def test_a_sentence_about_local_democracy_is_text():
    assert kind("Local democracy is being hollowed out by cuts, the councillor said.") is LineKind.TEXT


@pytest.mark.parametrize("line", ["Reuters / Harbour Post", "Associated Press | Valley Wire"])
def test_a_wire_service_beside_the_carrying_outlet_is_a_byline(line):
    assert kind(line) is LineKind.BYLINE


@pytest.mark.parametrize("line", ["Reuters / the harbour board", "Prices / Reuters"])
def test_a_wire_service_beside_words_in_lower_case_or_after_them_is_no_byline(line):
    assert kind(line) is not LineKind.BYLINE


def test_a_wire_credit_under_the_standfirst_keeps_the_headline_above_it():
    page = (
        "Harbour Post\nHome | News | Business\n\nBusiness\n\n"
        "Ferry operator cuts fares as winter trade slows\n\n"
        "The company lowered its peak fare by a tenth and said more cuts were possible\n\n"
        "Reuters / Harbour Post\nMarch 3, 2026 - 10:15\n\n" + _BODY
    )
    article = article_of(page)
    assert article.headline.text == "Ferry operator cuts fares as winter trade slows"
    assert article.summary.text.startswith("The company lowered its peak fare")


# --- round 18: an ambiguous slashed date read day first where another date line prints the day first ------


def _dated_page(date_lines: str) -> str:
    return "Harbour Wire\nHome | News\n\nFerry company adds two evening crossings\n\n" + date_lines + "\n\n" + _BODY


@pytest.mark.parametrize(
    ("date_lines", "published"),
    [
        ("Published: 04/03/2026 | 09:15\nUpdated: 5 March 2026", "2026-03-04T09:15:00"),
        ("Posted 04/03/2026\nLast updated 14/03/2026", "2026-03-04"),
        ("Posted 04/03/2026\nLast updated 05.03.2026", "2026-03-04"),
    ],
)
def test_an_ambiguous_date_is_read_day_first_beside_a_day_first_date(date_lines, published):
    assert article_of(_dated_page(date_lines)).published.isoformat() == published


@pytest.mark.parametrize(
    ("date_lines", "published"),
    [
        # the lede's "on Friday" picks 3 April 2026, a Friday (4 March was a Wednesday): see test_dates_weekday.py
        ("Published: 04/03/2026 | 09:15", "2026-04-03T09:15:00"),
        ("Published: 04/03/2026\nUpdated: March 5, 2026", "2026-03-05"),
        ("Posted 04/03/2026\nLast updated 03/14/2026", "2026-03-14"),
    ],
)
def test_an_ambiguous_date_alone_or_beside_a_month_first_date_is_not_guessed(date_lines, published):
    found = article_of(_dated_page(date_lines)).published
    assert (found and found.isoformat()) == published


# --- round 16: republication notes in brackets or opening "Originally published" ------------------------


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("(This column was first published on Valley Ledger. Reprinted with permission.)", "Valley Ledger"),
        ("Originally published by The Quayside Gazette. Republished with permission.", "The Quayside Gazette"),
        ("Originally posted on Hill Country Notes.", "Hill Country Notes"),
    ],
)
def test_a_republication_note_in_brackets_or_opening_originally_names_its_outlet(line, outlet):
    assert republished_from(line) == outlet


@pytest.mark.parametrize(
    "line",
    [
        "Originally published in 1998, the guide has been revised four times.",
        "Originally published by mistake, the draft was withdrawn within an hour.",
        "(The ferry was originally built in Norway.)",
    ],
)
def test_a_sentence_opening_originally_is_no_republication_note(line):
    assert republished_from(line) is None


def test_a_bracketed_republication_note_is_no_paragraph():
    page = (
        "Harbour Post\n\nFerry company adds two evening crossings\n\nMarch 3, 2026\n\n"
        "(This report was first published on Coastline Weekly. Republished with permission.)\n\n" + _BODY
    )
    article = article_of(page)
    assert article.republished_from == "Coastline Weekly"
    assert not any("Republished" in t for t in texts(article))


# --- round 16: numbered ad slots, slash breadcrumbs, market disclaimers and share prompts ---------------


@pytest.mark.parametrize(
    "line",
    [
        "Advertisement 4",
        "Sponsored 12",
        "Home / Sport / Rugby League",
        "News  /  Local  /  Transport",
        "Prices delayed by 15 minutes. This is general information only and not financial advice.",
        "Enjoyed this article? Share it with your friends.",
    ],
)
def test_numbered_slots_slash_trails_disclaimers_and_share_prompts_are_chrome(line):
    assert kind(line) is LineKind.CHROME


@pytest.mark.parametrize(
    "line",
    [
        "Chapter 12",
        "Budget 2027 / Council / Library cuts",
        "Home / away kits go on sale on Friday.",
        "The fund said the note was general information only and not financial advice.",
        "Share it with your neighbours, the council urged residents in a letter about the bins.",
    ],
)
def test_numbers_slashes_and_advice_in_text_are_not_chrome(line):
    assert kind(line) is not LineKind.CHROME


def test_a_site_slogan_above_a_breadcrumb_trail_is_no_title():
    page = (
        "Valley Voice\nLocal news for the valley towns and villages\n\n"
        "Home / Transport / Ferries\n\n"
        "Ferry company adds two evening crossings from May\n\n"
        "By Jane Doe\nPublished: Saturday, 7 March 2026\n\n" + _BODY
    )
    assert article_of(page).headline.text == "Ferry company adds two evening crossings from May"


# --- round 16: a date line that prints the update first gives the first-published date ------------------


@pytest.mark.parametrize(
    ("date_lines", "published"),
    [
        ("Updated March 5 2026 - 8:10am, first published March 4 2026 - 6:00pm", "2026-03-04T18:00:00"),
        ("Last updated 5 March 2026 | Published 4 March 2026", "2026-03-04"),
        ("Published 4 March 2026 | Updated 5 March 2026", "2026-03-04"),
    ],
)
def test_a_date_line_gives_the_first_published_date(date_lines, published):
    assert article_of(_dated_page(date_lines)).published.isoformat() == published


@pytest.mark.parametrize(
    ("date_lines", "published"),
    [
        ("Updated 5 March 2026, 6 March 2026", "2026-03-05"),
        ("Updated 5 March 2026 | Reviewed 4 March 2026", "2026-03-05"),
    ],
)
def test_an_update_date_stays_without_a_published_label_after_it(date_lines, published):
    assert article_of(_dated_page(date_lines)).published.isoformat() == published


# --- round 20: lines closing an article that are none of its text; ALSO READ lines are related links ----


def _closing_page(closing: str, *, masthead: str = "Fenwick Courier", byline: str = "By Tomas Varga") -> str:
    """A one-article page whose body ends with ``closing``."""
    return (
        f"{masthead}\nHome | News | Sport\n\n"
        "Ferry company adds two evening crossings\n\n"
        f"{byline}\n3 March 2026\n\n" + _BODY + f"\n{closing}\n"
    )


_LAST_BODY_LINE = "Passengers had complained for years about the last boat leaving before eight."


@pytest.mark.parametrize(
    "line",
    [
        "Read our coverage: Harbour board approves second slipway at the marina",
        "See all our coverage: Storm season on the coast",
        "Read our full coverage",
    ],
)
def test_a_prompt_listing_the_sites_coverage_is_chrome(line):
    assert kind(line) is LineKind.CHROME
    article = article_of(_closing_page(line))
    assert texts(article)[-1] == _LAST_BODY_LINE
    assert not article.related


@pytest.mark.parametrize(
    "line",
    [
        "Read our coverage of the strike, and then decide for yourself, the union told members.",
        "Readers of our coverage wrote in by the hundred.",
    ],
)
def test_sentences_about_coverage_are_text(line):
    assert kind(line) is LineKind.TEXT
    assert texts(article_of(_closing_page(line)))[-1] == line


@pytest.mark.parametrize(
    "line",
    [
        "Comments are open below. Please keep them civil.",
        "Leave your comments below.",
        "Share your views below and be kind to one another.",
        "Scroll down to leave a comment.",
    ],
)
def test_a_prompt_to_comment_below_opens_the_comments(line):
    assert CHROME.opens_comments(line)
    page = _closing_page(line + "\n\n4 comments\n\nKeep the late boat, says a reader from the island.")
    assert texts(article_of(page))[-1] == _LAST_BODY_LINE


@pytest.mark.parametrize("line", ["What do you think? Leave a comment below.", "Comment below and tell us your route."])
def test_a_prompt_to_comment_below_is_chrome(line):
    assert kind(line) is LineKind.CHROME
    assert texts(article_of(_closing_page(line)))[-1] == _LAST_BODY_LINE


@pytest.mark.parametrize(
    "line",
    [
        "Comments are open until 30 April on the harbour plan, the council said.",
        "Public comments are open below the town hall notice board, not online.",
        "Comments below the line were mostly kind.",
    ],
)
def test_sentences_about_comments_open_no_comments(line):
    assert not CHROME.opens_comments(line)
    assert texts(article_of(_closing_page(line)))[-1] == line


@pytest.mark.parametrize(
    "line",
    [
        "Reach Tomas Varga at tvarga@fenwickcourier.example or 555-0187.",
        "Contact Tomas Varga on 020 7946 0321.",
        "Email Tomas Varga: tvarga@fenwickcourier.example",
        "You can reach Tomas Varga at 555-0187 or on X.",
        "Reach reporter Tomas Varga at tvarga@fenwickcourier.example.",
    ],
)
def test_the_writers_contact_line_closing_an_article_is_chrome(line):
    assert contact_name(line, CHROME.contact_openings) == "Tomas Varga"
    assert texts(article_of(_closing_page(line)))[-1] == _LAST_BODY_LINE


@pytest.mark.parametrize(
    "line",
    [
        "Contact the writer: tvarga@fenwickcourier.example",
        "Email the reporter at tips@fenwickcourier.example.",
        "To contact the reporter, email tvarga@fenwickcourier.example.",
        "Send news tips to desk@fenwickcourier.example.",
    ],
)
def test_a_prompt_to_reach_the_writer_is_chrome(line):
    assert kind(line) is LineKind.CHROME


@pytest.mark.parametrize(
    "line", ["Reach Ilse Brandt at ibrandt@fenwickcourier.example.", "Email her at ibrandt@fenwickcourier.example."]
)
def test_a_contact_line_with_an_email_address_closes_an_article_of_another_writer(line):
    assert texts(article_of(_closing_page(line)))[-1] == _LAST_BODY_LINE


def test_a_contact_line_by_a_pronoun_and_a_phone_number_stays():
    line = "Call her on 020 7946 0321 to book a seat."
    assert texts(article_of(_closing_page(line, byline="By Tomas Varga, Herald staff")))[-1] == line


@pytest.mark.parametrize(
    "line",
    [
        "Call Citizens Advice on 0808 223 1133 for free help with ferry refunds.",
        "Contact tracing teams reached 400 households on 2 March.",
        "Reach Ferries said the boats would run at 555-0187 passengers a week.",
    ],
)
def test_helplines_and_sentences_of_the_body_are_no_contact_lines(line):
    assert texts(article_of(_closing_page(line)))[-1] == line


def test_a_contact_line_mid_article_stays():
    line = "Contact Tomas Varga on 020 7946 0321."
    page = _closing_page(line + "\n\nThe new timetable starts in May.")
    assert line in texts(article_of(page))


_REPRINT_NOTE = "This article is republished from The Quayside Review under a Creative Commons licence."


def _reprint_page(closing: str, body: str = _BODY) -> str:
    return (
        "Teaching Harbour\nA blog about island schools\n\nFerry timetables leave island pupils stranded\n\n"
        f"Posted by admin | 3 March 2026 | Schools\n\n{_REPRINT_NOTE}\n\n" + body + f"\n{closing}\n"
    )


@pytest.mark.parametrize(
    "line",
    [
        "Ilse Brandt is a senior lecturer in transport policy at Fenwick University.",
        "Ilse Brandt is a senior lecturer in transport policy at Fenwick University. Omar Reyes is a research "
        "fellow at the same university.",
        "Omar Reyes is professor of island studies at the University of the Fens.",
        "Dr. Omar Reyes is an associate professor at Fenwick University. Ilse M. Brandt is a retired ferry pilot.",
    ],
)
def test_writers_bios_closing_a_republished_article_are_chrome(line):
    article = article_of(_reprint_page(line))
    assert article.republished_from == "The Quayside Review"
    assert texts(article)[-1] == _LAST_BODY_LINE


def test_a_bio_of_someone_the_body_quotes_stays():
    body = _BODY + "\n“We plan around the boat,” said Ilse Brandt, a parent on the island.\n"
    line = "Ilse Brandt is a senior lecturer in transport policy at Fenwick University."
    assert texts(article_of(_reprint_page(line, body)))[-1] == line


def test_a_second_sentence_that_is_no_bio_keeps_the_paragraph():
    line = "Ilse Brandt is a senior lecturer at Fenwick University. She said the timetable was a mistake."
    assert texts(article_of(_reprint_page(line)))[-1] == line


def test_is_a_senior_lecturer_mid_article_stays():
    line = "Ilse Brandt is a senior lecturer in transport policy at Fenwick University."
    page = _reprint_page(line + "\n\nShe has studied island ferries for a decade.")
    assert line in texts(article_of(page))


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("Editor’s note: This investigation was first published by the Fens Reporting Network (FRN) and is "
         "republished with permission.", "Fens Reporting Network"),
        ("This analysis was originally published in The Quayside Review.", "The Quayside Review"),
        ("This explainer first appeared on Harbour Policy Weekly.", "Harbour Policy Weekly"),
    ],
)
def test_republication_notes_on_investigations_and_analyses_name_their_outlet(line, outlet):
    assert republished_from(line) == outlet


def test_an_investigation_in_the_body_is_no_republication_note():
    assert republished_from("This investigation was first opened by the harbour police in 2019.") is None
    assert republished_from("This analysis was published by the council on Monday.") is None


@pytest.mark.parametrize(
    "line",
    [
        "Fenwick Courier is an independent, locally owned news service.",
        "Fenwick Courier is a not-for-profit newsroom serving the fen villages.",
        "Fenwick Courier is the community newspaper of the northern fens.",
        "Fenwick Courier is a registered charity run by volunteers.",
        "Fenwick Courier is a member of the Fen Independent Publishers Association.",
    ],
)
def test_a_note_on_what_the_mastheads_site_is_closing_the_page_is_chrome(line):
    assert texts(article_of(_closing_page(line)))[-1] == _LAST_BODY_LINE


@pytest.mark.parametrize(
    "line",
    [
        "Harbour Radio is an independent, locally owned news service.",  # another outlet, named in the story
        "Fenwick Courier is an old family firm that prints the parish magazines.",  # not a note on what it is
        "Fenwick Courier is a member of the press council.",
    ],
)
def test_notes_on_other_sites_or_other_things_stay(line):
    assert texts(article_of(_closing_page(line)))[-1] == line


@pytest.mark.parametrize(
    "line",
    [
        "ALSO READ: Harbour board approves second slipway at the marina",
        "Also Read | Lifeboat crew rescues two kayakers off the point",
        "Read also: Ferry fares rise again this spring",
    ],
)
def test_also_read_lines_are_related_links(line):
    page = _closing_page("The new timetable starts in May.").replace(_LAST_BODY_LINE, f"{_LAST_BODY_LINE}\n\n{line}")
    article = article_of(page)
    assert [r.headline for r in article.related] == [line.split(":" if ":" in line else "|", 1)[1].strip()]
    assert line not in texts(article)


def test_read_more_lines_stay_related_links():
    line = "READ MORE: Harbour board approves second slipway at the marina"
    page = _closing_page("The new timetable starts in May.").replace(_LAST_BODY_LINE, f"{_LAST_BODY_LINE}\n\n{line}")
    assert [r.headline for r in article_of(page).related] == ["Harbour board approves second slipway at the marina"]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="Reach ContactJnDoe.at@x-0123456789:", max_size=120))
def test_a_contact_name_is_printed_in_its_line(line):
    name = contact_name(line, CHROME.contact_openings)
    assert name is None or name in line


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="Fenwick Courier is an independent newsservice, that.", max_size=120))
def test_a_site_note_names_the_start_of_its_line(line):
    site = site_note(line, CHROME.outlet_kinds)
    assert site is None or line.startswith(site)


def test_sentences_split_after_sentence_ends_not_initials_or_titles():
    from newsparse.page.lines import sentences

    assert sentences("Prof. Ada Lund is a lecturer. She lives in Ely.") == ["Prof. Ada Lund is a lecturer.", "She lives in Ely."]
    assert sentences("Ada J. Lund wrote it. Why? Because!") == ["Ada J. Lund wrote it.", "Why?", "Because!"]


@pytest.mark.parametrize(
    "line",
    [
        "We acknowledge the Traditional Owners of the land on which we report.",
        "We respectfully acknowledge the Traditional Custodians of the Fenwick coast.",
        "Join the discussion below.",
    ],
)
def test_acknowledgements_of_country_and_prompts_to_discuss_close_no_article(line):
    assert texts(article_of(_closing_page(line)))[-1] == _LAST_BODY_LINE


def test_a_sentence_on_traditional_owners_is_text():
    line = "The Traditional Owners of the headland will be consulted before work starts, the council said."
    assert kind(line) is LineKind.TEXT
    assert texts(article_of(_closing_page(line)))[-1] == line


@pytest.mark.parametrize(
    ("line", "dropped"),
    [
        ("Tomas Varga is a PhD candidate in coastal ecology at Fenwick University.", True),  # the writer
        ("Ilse Brandt is a PhD candidate in coastal ecology at Fenwick University.", False),  # someone else
        ("Tomas Varga is a candidate for the harbour board.", False),  # no writer's role
    ],
)
def test_a_doctoral_writers_bio_closes_the_article(line, dropped):
    assert (texts(article_of(_closing_page(line)))[-1] == _LAST_BODY_LINE) is dropped


@pytest.mark.parametrize(("line", "dropped"), [("Join Harbour Rowers", True), ("Marion Kell, Fernbrook", False)])
def test_a_heading_opening_with_a_prompts_verb_closes_the_body_but_a_signature_stays(line, dropped):
    page = _closing_page(line + "\n\nSubscribe now")
    assert (texts(article_of(page))[-1] == _LAST_BODY_LINE) is dropped


@pytest.mark.parametrize(
    "line",
    [
        "Ilse Brandt, Senior Lecturer in Transport Policy, Fenwick University",
        "Omar Reyes, Professor of Island Studies, University of the Fens",
        "Ilse Brandt, Research Fellow, Fenwick University, and Omar Reyes, Kyoto University",
    ],
)
def test_a_writers_credit_with_role_and_institution_is_a_byline(line):
    assert kind(line) is LineKind.BYLINE
    article = article_of(_reprint_page(line))
    assert texts(article)[-1] == _LAST_BODY_LINE


@pytest.mark.parametrize(
    "line",
    [
        "Ilse Brandt, Retired Teacher, Fenwick",  # a signature with a place
        "Ilse Brandt, Senior Lecturer, said the timetable was a mistake",
        "Omar Reyes, the harbour master, and the lecturer",
    ],
)
def test_a_signature_or_a_sentence_with_a_role_is_no_writers_credit(line):
    assert kind(line) is not LineKind.BYLINE


# --- round 22: closing lines, briefs with yearless datelines, live entries titled with a clock time ------


@pytest.mark.parametrize(
    "line",
    [
        "Fenwick Community Radio is listener-supported. Give a gift now to keep local reporting on air.",
        "Make a donation today to support independent journalism in the valley.",
        "Donate now to help our newsroom cover the council.",
    ],
)
def test_a_donation_prompt_with_what_it_keeps_up_is_chrome(line):
    assert kind(line) is LineKind.CHROME


@pytest.mark.parametrize(
    "line",
    [
        "Donate now to help the flood victims.",  # a charity's appeal the article may quote: no newsroom
        "Readers were urged to donate today to support journalism students at the college.",
    ],
)
def test_a_donation_prompt_for_something_else_is_text(line):
    assert kind(line) is LineKind.TEXT


@pytest.mark.parametrize(
    "line",
    [
        "Back local reporting. Become a Courier member from £4 a month.",
        "Become a Harbour Club supporter for $6 a month.",
    ],
)
def test_an_appeal_naming_its_membership_is_chrome(line):
    assert kind(line) is LineKind.CHROME


def test_becoming_a_named_member_without_price_or_journalism_is_text():
    assert kind("She hopes to become a Rotary member next year.") is LineKind.TEXT


def test_an_authors_note_in_brackets_closing_the_article_is_no_paragraph():
    page = _closing_page("(Tomas Varga is a Leeds-based freelance journalist.)")
    assert texts(article_of(page))[-1] == _LAST_BODY_LINE


@pytest.mark.parametrize(
    "line",
    [
        "(Tomas Varga was on board the first evening crossing.)",  # the writer, but no role of a bio
        "(Irena Holm is a retired ferry captain.)",  # a bio of someone the bylines do not name
    ],
)
def test_a_bracketed_note_of_another_kind_or_person_stays(line):
    assert texts(article_of(_closing_page(line)))[-1] == line


def test_a_bio_mid_article_stays():
    body = _BODY.replace("\n\nPassengers", "\n\nTomas Varga is a senior lecturer at the maritime college.\n\nPassengers")
    page = "Fenwick Courier\n\nFerry company adds two evening crossings\n\nBy Tomas Varga\n3 March 2026\n\n" + body
    assert "Tomas Varga is a senior lecturer at the maritime college." in texts(article_of(page))


@pytest.mark.parametrize(
    "line",
    [
        "Associated Press writer Mara Lind contributed to this report from Boise.",
        "Reuters correspondent Ilse Brandt contributed from Berlin.",
    ],
)
def test_a_contributor_line_with_a_place_is_text(line):
    assert kind(line) is LineKind.TEXT


def test_a_sentence_about_contributing_from_a_place_is_text():
    assert kind("Dozens of volunteers contributed food from Boise to the shelter.") is LineKind.TEXT


_BRIEFS = (
    "Valley Morning\nNews | Business | Sport\n\nRegion in brief\n\n"
    "Bridge repairs to close river road for a week\n\nPokhara, Mar 3\n\n"
    "Crews will close the river road from Monday while the old bridge is repaired, the district office said.\n\n"
    "Drivers will use the hill route, which adds about 20 minutes.\n\n"
    "Market hall reopens after roof works\n\nDamauli, 4 March\n\n"
    "The market hall reopened on Tuesday after four months of roof works, traders said.\n\n"
    "Stallholders will pay the old rent until June.\n\n© 2026 Valley Morning\n"
)


@pytest.mark.parametrize("line", ["Pokhara, Mar 3", "Port Louis, 1 December", "St. John's, Sept. 14"])
def test_a_place_and_a_yearless_date_alone_is_a_date_line(line):
    assert kind(line) is LineKind.DATE


@pytest.mark.parametrize("line", ["Budget talks resume on March 3", "Mar 3", "Pokhara, Kaski and Tanahun"])
def test_a_line_with_no_place_and_date_pair_is_no_yearless_date_line(line):
    assert kind(line) is not LineKind.DATE


def test_briefs_under_yearless_datelines_are_split_without_a_guessed_date():
    articles = parse(_BRIEFS).articles
    assert [a.headline.text for a in articles] == [
        "Bridge repairs to close river road for a week",
        "Market hall reopens after roof works",
    ]
    assert all(a.published is None for a in articles)  # the year is not printed with the date


_LIVE = (
    "Harbour Daily\nNews | Sport\n\nLIVE: ferry strike\n\n"
    "Unions and operator meet for talks\n\nMarch 3, 2026, 9:05 a.m.\n\n"
    "Union leaders met the ferry operator on Tuesday morning, both sides said.\n\n"
    "No crossings ran before noon.\n\n"
    "Talks to resume Wednesday at 10 a.m.\n\nMarch 3, 2026, 6:40 p.m.\n\n"
    "The talks broke up after nine hours without a deal, the union said.\n\n"
    "Services will stay suspended overnight.\n"
)


def test_a_live_entry_title_closing_with_a_clock_time_opens_an_entry():
    articles = parse(_LIVE).articles
    assert [a.headline.text for a in articles] == ["Unions and operator meet for talks", "Talks to resume Wednesday at 10 a.m."]


def test_a_body_sentence_closing_with_a_clock_time_opens_no_entry():
    page = _LIVE.replace("No crossings ran before noon.", "The first crossing ran at 11 a.m.")
    first = parse(page).articles[0]
    assert first.paragraphs[-1].text == "The first crossing ran at 11 a.m."


@pytest.mark.parametrize(
    "line",
    [
        "By Rhona Baird | Published: Mar. 3, 2026 at 5:12 PM EST | Updated: Mar. 4, 2026 at 8:40 AM EST",
        "Mara Lind, Staff Writer | Posted: March 3, 2026 at 9:15 AM | Updated: March 4, 2026 at 11:02 AM",
    ],
)
def test_a_long_meta_row_of_dates_between_bars_is_a_byline(line):
    assert kind(line) is LineKind.BYLINE


def test_a_long_row_between_bars_without_a_date_is_no_byline():
    line = "Fishing | Ferries | Harbour board elections | Lifeboat station appeal | Island schools | Letters to the editor"
    assert kind(line) is not LineKind.BYLINE


# --- round 26: kinds pooled over many probe sets ------------------------------------------------------------
# A. a live page's title with a ``LIVE UPDATES:`` label is the page's, not an article


_LIVE_UPDATES = (
    "Fenland Radio\nNews | Weather | Listen\n\nLIVE UPDATES: Flood warnings along the Nene\n\n"
    "Keep checking this page through the day for the latest on river levels, road closures and sandbag stations.\n\n"
    "Sandbags handed out in Wisbech\n\nMarch 3, 2026, 4:10 p.m.\n\n"
    "Volunteers handed out 2,000 sandbags at the fire station on Tuesday afternoon, the council said.\n\n"
    "More will be delivered on Wednesday.\n\n"
    "River reaches its highest level since 1998\n\nMarch 3, 2026, 11:25 a.m.\n\n"
    "The gauge at Peterborough read 4.2 metres at 11 a.m., the Environment Agency said.\n\n"
    "Two roads near the river were closed as a precaution.\n"
)


def test_a_live_updates_title_and_its_intro_make_no_article():
    articles = parse(_LIVE_UPDATES).articles
    assert [a.headline.text for a in articles] == [
        "Sandbags handed out in Wisbech",
        "River reaches its highest level since 1998",
    ]
    assert all("Keep checking" not in p.text for a in articles for p in a.paragraphs)


@pytest.mark.parametrize(
    "line", ["LIVE UPDATES: Flood warnings along the Nene", "Live blog: storm Ida crosses the coast", "Live coverage: county cup final"]
)
def test_a_live_label_opens_a_page_title(line):
    assert kind(line) is LineKind.CHROME


@pytest.mark.parametrize(
    "line", ["Live music returns to the quayside after two years", "Live updates were posted every hour, the council said."]
)
def test_a_line_merely_opening_with_live_is_text(line):
    assert kind(line) is LineKind.TEXT


# B. a sign-off closing a story: a dash and the writer's or the desk's initials


@pytest.mark.parametrize("line", ["— FRN", "-- T.M.", "–HDW"])
def test_a_dashed_sign_off_is_chrome(line):
    assert kind(line) is LineKind.CHROME


@pytest.mark.parametrize("line", ["— Maria Okafor, Fernbrook", "-42", "— and then the lights went out."])
def test_a_dashed_line_with_words_is_no_sign_off(line):
    assert kind(line) is LineKind.TEXT


def test_a_sign_off_closes_the_body():
    page = "Harbour Wire\n\nFerry company adds two evening crossings\n\n" + _BODY + "\n— HW\n\nTAGS: Ferries | Transport\n"
    assert texts(article_of(page))[-1] == "Passengers had complained for years about the last boat leaving before eight."


# C. a row of short links between bars closing a body (a widget under the story)


_LINK_ROW = "Tides: Port Ellis 7-day chart | Fuel prices | Ferry times (updated hourly)"


def test_a_closing_row_of_links_is_dropped():
    page = "Harbour Wire\n\nFerry company adds two evening crossings\n\n" + _BODY + "\n" + _LINK_ROW + "\n\n© 2026 Harbour Wire\n"
    assert texts(article_of(page))[-1] == "Passengers had complained for years about the last boat leaving before eight."


@pytest.mark.parametrize(
    "line",
    [
        "Ferries resumed. | Roads reopened. | Schools stay shut.",  # sentences
        "“Stay calm” | Leave now | Call the coastguard",  # a quotation
        "Harbour board | Fishing",  # two items only
        "Tides | the full chart for the whole of the coming week and beyond | Fuel",  # a long item
    ],
)
def test_a_row_of_sentences_quotes_or_long_items_is_no_link_row(line):
    from newsparse.page.chrome import is_link_row

    assert not is_link_row(line)


def test_a_link_row_inside_the_body_is_kept():
    page = (
        "Harbour Wire\n\nFerry company adds two evening crossings\n\n"
        "The ferry company will add two evening crossings from May, its operations manager said on Friday.\n\n"
        + _LINK_ROW
        + "\n\nPassengers had complained for years about the last boat leaving before eight.\n"
    )
    assert _LINK_ROW in texts(article_of(page))


# D. a market data notice with the hours of trading


@pytest.mark.parametrize(
    "line",
    [
        "Data: markets close at 16:30 GMT. Prices delayed by at least 20 minutes.",
        "Note: the exchange opens at 9.30am EST. Quotes are delayed by 15 mins.",
        "Quotes delayed 15 minutes. Trading ends at 17:00 CET.",
    ],
)
def test_a_data_notice_with_trading_hours_is_chrome(line):
    assert is_data_notice(line)
    assert kind(line) is LineKind.CHROME


@pytest.mark.parametrize(
    "line",
    [
        "Markets close at 13:00 GMT on Christmas Eve.",  # the hours alone
        "Data: markets close at 16:30 GMT. Traders expect a quiet week.",  # no notice beside them
    ],
)
def test_trading_hours_alone_are_no_notice(line):
    assert not is_data_notice(line)
    assert kind(line) is LineKind.TEXT


# E. a note on how comments are moderated


@pytest.mark.parametrize("line", ["Comments are moderated. Please be kind.", "All comments are pre-moderated."])
def test_a_moderation_note_is_chrome(line):
    assert kind(line) is LineKind.CHROME


def test_a_sentence_on_moderated_comments_is_text():
    assert kind("Comments are moderated by two volunteers, the forum's founder said.") is LineKind.TEXT


# F. a blog's tagline under its name, above the post's meta line and title


_BLOG = (
    "Tideline Notes\nA blog about rivers, boats and the people who mend them\n\n"
    "Posted by Ana Ferreira | March 3, 2026 | Boats, Rivers\n\n"
    "“We patch them with what we have”: the last boatyard on the Tamar\n\n"
    "PLYMOUTH — The boatyard at Calstock has repaired river boats since 1880, its owner said on Monday.\n\n"
    "It now employs three people, down from twenty in the 1970s.\n"
)


def test_a_blog_tagline_is_no_title():
    article = article_of(_BLOG)
    assert article.headline.text == "“We patch them with what we have”: the last boatyard on the Tamar"


@pytest.mark.parametrize(
    "line",
    ["A blog about rivers, boats and the people who mend them", "The weekly podcast for small farmers"],
)
def test_a_blog_or_podcast_tagline_is_chrome(line):
    assert kind(line) is LineKind.CHROME


@pytest.mark.parametrize(
    "line",
    [
        "A blog about her treatment drew 40,000 readers.",
        "A podcast for farmers: how one show found its audience",
    ],
)
def test_a_sentence_or_headline_on_a_blog_is_no_tagline(line):
    assert kind(line) is LineKind.TEXT


# G. a standfirst of full sentences under the title, above a body opening with a dateline


def test_a_standfirst_above_a_dateline_body_is_the_summary():
    page = (
        "Harbour Wire\n\nBoatyard closes after 140 years\n\n"
        "The owners blame rising rents. Ten jobs go.\n\n"
        "This article was first published in the Tamar Times and is republished with permission.\n\n"
        "PLYMOUTH — The boatyard at Calstock will close at the end of March, its owners said on Monday.\n\n"
        "It employs ten people.\n"
    )
    article = article_of(page)
    assert article.summary.text == "The owners blame rising rents. Ten jobs go."
    assert texts(article)[0].startswith("PLYMOUTH — ")
    assert article.republished_from == "Tamar Times"


def test_a_paragraph_above_a_body_without_a_dateline_stays_a_paragraph():
    page = (
        "Harbour Wire\n\nBoatyard closes after 140 years\n\n"
        "The boatyard at Calstock will close at the end of March, its owners said on Monday.\n\n"
        "It employs ten people, who were told on Friday.\n"
    )
    article = article_of(page)
    assert article.summary is None
    assert len(article.paragraphs) == 2


def test_a_dateline_paragraph_under_the_title_is_no_standfirst():
    page = (
        "Harbour Wire\n\nBoatyard closes after 140 years\n\n"
        "PLYMOUTH — The boatyard at Calstock will close at the end of March, its owners said on Monday.\n\n"
        "TRURO — A second yard said it would take on some of the staff.\n"
    )
    article = article_of(page)
    assert article.summary is None
    assert texts(article)[0].startswith("PLYMOUTH — ")


# H. republication notes: in translation, or after a credit to the writer


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("This essay was first published in Portuguese by Jornal da Serra.", "Jornal da Serra"),
        ("This article was first published in Spanish by Diario del Valle and is republished with permission.", "Diario del Valle"),
        ("This report was written by a regional reporter and first appeared in the Fenland Echo.", "Fenland Echo"),
    ],
)
def test_republication_notes_in_translation_or_after_a_writer_credit(line, outlet):
    assert republished_from(line) == outlet


@pytest.mark.parametrize(
    "line",
    [
        "This story was written by our farming correspondent, who first appeared in court in May.",
        "This story was written by Jane Doe.",
    ],
)
def test_a_writer_credit_without_a_first_appearance_is_no_republication_note(line):
    assert republished_from(line) is None


# I. the wire's standards line closing its story, under a list of related headlines


def test_the_wire_standards_line_closes_no_body():
    page = (
        "Port fees rise 4% as shipping slows\n\n"
        "OSLO (Reuters) - The port of Oslo will raise its fees by 4% from April, it said on Tuesday.\n\n"
        "Cargo volumes fell for a third quarter in a row.\n\n"
        "(Reporting by Ola Nordmann; Editing by Jane Doe)\n\n"
        "Related coverage\nShipping rates ease in the North Sea\n\n"
        "The Thomson Reuters Trust Principles.\n"
    )
    [article] = parse(page).articles
    assert texts(article)[-1] == "Cargo volumes fell for a third quarter in a row."


# --- round 27: share prompts, underwriting credits, affiliate notes, newsletter pitches, delay notes ------

# A. a share prompt pointing at the share buttons


@pytest.mark.parametrize(
    "line",
    [
        "Sharing this article? Use the share buttons",
        "Sharing the story? Use the buttons below to post it",
        "Use the buttons below to pass this on",
    ],
)
def test_a_share_prompt_pointing_at_buttons_is_chrome(line):
    assert kind(line) is LineKind.CHROME


@pytest.mark.parametrize(
    "line",
    [
        "Sharing the story with the jury took her two days, the lawyer said.",
        "Staff use the buttons on the left of the panel to stop the pumps.",
    ],
)
def test_a_sentence_on_sharing_or_buttons_is_text(line):
    assert kind(line) is LineKind.TEXT


# B. a public broadcaster's underwriting credit between paragraphs


@pytest.mark.parametrize(
    "line",
    [
        "Support for Lakeshore Public Media comes from our listeners and sponsors.",
        "Support for this program comes from listeners like you.",
        "Support comes from",
        "Support for KXRV news is provided by our underwriters.",
    ],
)
def test_an_underwriting_credit_is_chrome(line):
    assert kind(line) is LineKind.CHROME


@pytest.mark.parametrize(
    "line",
    [
        "Support for the dam comes from farmers downstream, who want steadier flows.",
        "Most of the festival's money comes from our members, the chair said.",
        "Support comes from unlikely places in the valley.",
    ],
)
def test_a_sentence_on_where_support_comes_from_is_text(line):
    assert kind(line) is LineKind.TEXT


def test_an_underwriting_credit_between_paragraphs_is_no_paragraph():
    page = (
        "Ferry adds evening crossings after complaints\n\nBy Rhona Baird\n\nMarch 4, 2026\n\n"
        "The ferry company will add two evening crossings from May, its operations manager said on Friday.\n\n"
        "Support for Harbour Public Radio comes from our listeners and sponsors.\n\n"
        "Passengers had complained for years about the last boat leaving before eight.\n"
    )
    assert texts(article_of(page)) == [
        "The ferry company will add two evening crossings from May, its operations manager said on Friday.",
        "Passengers had complained for years about the last boat leaving before eight.",
    ]


# C. an affiliate note, by what it says


@pytest.mark.parametrize(
    "line",
    [
        "Gadget Harbour may earn a commission when you buy through links on our site.",
        "We may get a share of sales from purchases made through links on this page.",
        "The Trail Desk may earn an affiliate commission on some products.",
    ],
)
def test_an_affiliate_note_is_chrome(line):
    assert kind(line) is LineKind.CHROME


@pytest.mark.parametrize(
    "line",
    [
        "Retailers may earn a commission when you buy through links, the watchdog warned.",
        'Influencers "may earn an affiliate commission" without saying so, the report found.',
    ],
)
def test_a_reported_sentence_on_commissions_is_text(line):
    assert kind(line) is LineKind.TEXT


# D. a newsletter box's pitch: its promise, or its text closing with the sign-up form


@pytest.mark.parametrize(
    "line",
    [
        "Three stories every morning. No spam, ever.",
        "The best of the week's science, every Sunday. Enter your email address",
        "Local courts news in one email a week. Enter your e-mail",
        "We will never share your email with anyone.",
    ],
)
def test_a_newsletter_pitch_is_chrome(line):
    assert kind(line) is LineKind.CHROME


@pytest.mark.parametrize(
    "line",
    [
        "No spam reached the inbox after the filter was changed, the firm said.",
        "Voters must enter your email address on the form, the council said.",
        "The council sends one email a week to tenants. Few read it.",
    ],
)
def test_a_sentence_on_email_or_spam_is_text(line):
    assert kind(line) is LineKind.TEXT


# E. a data notice saying prices may be delayed, without a number of minutes


@pytest.mark.parametrize(
    "line",
    [
        "Market data supplied by the Harbour Exchange. Prices may be delayed.",
        "Quotes provided by Quayside Data. Quotes can be delayed.",
    ],
)
def test_a_data_notice_with_an_unnumbered_delay_is_chrome(line):
    assert is_data_notice(line)
    assert kind(line) is LineKind.CHROME


@pytest.mark.parametrize(
    "line",
    [
        "Prices may be delayed.",  # no provider beside it
        "Flights may be delayed. Market data supplied by the airport shows why.",
    ],
)
def test_an_unnumbered_delay_alone_is_no_notice(line):
    assert not is_data_notice(line)


# F. a wire service other than Reuters beside the outlet carrying it


@pytest.mark.parametrize("line", ["AFP / Harbour Ledger", "dpa / The Fen Courier", "AP / Coast Daily"])
def test_a_wire_service_beside_its_outlet_is_a_byline(line):
    assert kind(line) is LineKind.BYLINE


@pytest.mark.parametrize(
    "line",
    [
        "Oil / Gas prices",  # no wire
        "AFP / staff reports show gains",  # no outlet's name
        "Harbour Ledger / AFP reporters",
    ],
)
def test_a_slash_without_a_wire_beside_an_outlet_is_text(line):
    assert kind(line) is LineKind.TEXT


def test_a_wire_byline_under_the_standfirst_keeps_the_title():
    page = (
        "Harbour Ledger\n\nNews | Business | Politics\n\n"
        "Two northern lenders agree €900 million merger\n\n"
        "Deal would create the region's third-largest bank by deposits\n\n"
        "AFP / Harbour Ledger\n12.03.2026 10:05\n\n"
        "The two lenders said on Thursday that they had agreed to merge in an all-share deal.\n\n"
        "The combined bank would have about 400,000 customers, according to a joint statement.\n"
    )
    article = article_of(page)
    assert article.headline is not None and article.headline.text == "Two northern lenders agree €900 million merger"
    assert article.summary is not None
    assert article.summary.text == "Deal would create the region's third-largest bank by deposits"


# G. a section heading labelled ``Sources:`` whose rest opens with a question word


@pytest.mark.parametrize("line", ["Sources: how the talks fell apart", "Source: why the pumps stopped"])
def test_a_sources_heading_is_text(line):
    assert kind(line) is LineKind.TEXT


@pytest.mark.parametrize("line", ["Sources: company filings, Reuters", "Source: Office for National Statistics"])
def test_a_sources_credit_is_chrome(line):
    assert kind(line) is LineKind.CHROME


def test_a_sources_heading_between_paragraphs_is_a_body_paragraph():
    page = (
        "Ferry adds evening crossings after complaints\n\nBy Rhona Baird\n\nMarch 4, 2026\n\n"
        "The ferry company will add two evening crossings from May, its operations manager said on Friday.\n\n"
        "Sources: why the timetable changed\n\n"
        "Passengers had complained for years about the last boat leaving before eight.\n"
    )
    assert texts(article_of(page))[1] == "Sources: why the timetable changed"


# --- round 29 ------------------------------------------------------------------------------------------
# H. a data notice printed in capitals


@pytest.mark.parametrize(
    "line",
    [
        "PRICES DELAYED BY 20 MINUTES",
        "QUOTES DELAYED AT LEAST 15 MINUTES. NOT INVESTMENT ADVICE.",
        "MARKET DATA PROVIDED BY HARBOUR ANALYTICS",
    ],
)
def test_a_data_notice_in_capitals_is_chrome(line):
    assert kind(line) is LineKind.CHROME


@pytest.mark.parametrize(
    "line",
    [
        "TRAINS DELAYED BY SNOW ACROSS THE NORTH",
        "The regulator said prices delayed by the outage were restored on Monday.",
    ],
)
def test_a_sentence_about_delays_in_capitals_is_no_data_notice(line):
    assert not is_data_notice(line)


# I. a site's acknowledgement of country closing the page


@pytest.mark.parametrize(
    "line",
    [
        "The Coastal Courier acknowledges the Wadjuk people, the Traditional Custodians of the land on which we work.",
        "We respect the Kaurna people, the Traditional Owners of the lands on which we live and work.",
    ],
)
def test_an_acknowledgement_of_country_is_chrome(line):
    assert kind(line) is LineKind.CHROME


@pytest.mark.parametrize(
    "line",
    [
        "The ceremony opened with a welcome from the Traditional Owners of the land on which the bridge stands.",
        "Elders said the Traditional Custodians of the land where we work had never been asked.",
    ],
)
def test_a_body_sentence_about_traditional_owners_is_text(line):
    assert kind(line) is LineKind.TEXT


def test_an_acknowledgement_of_country_under_a_list_of_headlines_leaves_the_article():
    page = (
        "Ferry adds evening crossings after complaints\n\nBy Rhona Baird\n\nMarch 4, 2026\n\n" + _BODY + "\n"
        "MORE STORIES\nBus timetable changes from Monday\nNew jetty opens at the marina\n\n"
        "The Coastal Courier acknowledges the Wadjuk people, the Traditional Custodians of the land on which we work.\n"
    )
    assert texts(article_of(page))[-1] == "Passengers had complained for years about the last boat leaving before eight."


# J. two chrome items set apart by a wide gap: ``Subscribe   Log in``


@pytest.mark.parametrize("line", ["Subscribe   Log in", "Sign in    Register", "Newsletters  Podcasts"])
def test_two_chrome_items_in_a_wide_row_are_chrome(line):
    assert [pl.kind for pl in read_lines(line, CHROME)] == [LineKind.CHROME]


@pytest.mark.parametrize("line", ["Rhona Baird   Harbour reporter", "Ferry fares  to rise in May"])
def test_two_items_in_a_wide_row_that_are_no_chrome_stay_text(line):
    assert [pl.kind for pl in read_lines(line, CHROME)] != [LineKind.CHROME]


def test_two_words_in_a_wide_row_that_are_no_chrome_stay_text():
    page = (
        "Ferry adds evening crossings after complaints\n\nBy Rhona Baird\n\nMarch 4, 2026\n\n"
        "The ferry company will add two evening crossings from May.  Passengers welcomed the news.\n\n"
        "Passengers had complained for years about the last boat leaving before eight.\n"
    )
    assert texts(article_of(page))[0].startswith("The ferry company will add")


# K. a box's one-line blurb right under its chrome heading (a newsletter's pitch, a sponsor's slogan)


def _kinds(text: str) -> list[LineKind]:
    return [pl.kind for pl in read_lines(text, CHROME)]


@pytest.mark.parametrize(
    "box",
    [
        "Sign up for The Harbour Briefing\nThe day's top stories from the coast, every morning.",
        "Support comes from\nGlenview Hardware — tools and timber since the sixties.",
        "Sign up to our weekly newsletter\nThe best of the valley, straight to your inbox",
    ],
)
def test_a_box_blurb_is_chrome(box):
    assert _kinds(box) == [LineKind.CHROME, LineKind.CHROME]


@pytest.mark.parametrize(
    "box",
    [
        # a blank line between: the paragraph under the box is the article's
        "Sign up for The Harbour Briefing\n\nThe ferry will add two crossings from May.",
        # a line that reports someone is text
        "Sign up for The Harbour Briefing\nThe skipper said the crossing took an hour.",
        # a long line is text
        "Support comes from\nThe harbour board, which voted last spring to fund the ferry for three more years after "
        "a long dispute with the operators.",
    ],
)
def test_a_paragraph_under_a_box_heading_stays_text(box):
    assert _kinds(box)[-1] is LineKind.TEXT


def test_a_newsletter_box_between_paragraphs_leaves_the_article():
    page = (
        "Ferry adds evening crossings after complaints\n\nBy Rhona Baird\n\nMarch 4, 2026\n\n"
        "The ferry company will add two evening crossings from May, its operations manager said on Friday.\n\n"
        "Sign up for The Harbour Briefing\nThe day's top stories from the coast, every morning.\n\n"
        "Passengers had complained for years about the last boat leaving before eight.\n"
    )
    assert len(texts(article_of(page))) == 2


# L. a page label that reads as a list heading (``Latest News``) over the first of several dated items

_ITEMS = (
    "Valley Courier\nNews | Sport | Business | Letters\n\nLatest News\n\n"
    "Ferry adds evening crossings after complaints\n\n3 March 2026\n\n"
    "The ferry company will add two evening crossings from May, its operations manager said.\n\n"
    "Passengers had complained for years about the last boat leaving before eight.\n\n"
    "Rovers clinch league title with two games to spare\n\n4 March 2026\n\n"
    "Valley Rovers won the league on Saturday after a 3-0 win at home.\n\n"
    "Library reopens after roof repairs\n\n5 March 2026\n\n"
    "The town library reopened on Monday after four months of repairs to its roof.\n"
)


def test_the_first_item_under_a_page_label_is_an_article():
    headlines = [a.headline.text for a in parse(_ITEMS).articles if a.headline is not None]
    assert headlines == [
        "Ferry adds evening crossings after complaints",
        "Rovers clinch league title with two games to spare",
        "Library reopens after roof repairs",
    ]


def test_a_dated_headline_list_after_the_first_item_stays_a_list():
    page = _ITEMS.replace(
        "Library reopens after roof repairs\n\n5 March 2026\n\n"
        "The town library reopened on Monday after four months of repairs to its roof.\n",
        "Passengers welcomed the news on Friday.\n\nMost Read\n\nLibrary reopens after roof repairs\n\n5 March 2026\n\n"
        "Council tax to rise by 4%\n\n6 March 2026\n",
    )
    headlines = [a.headline.text for a in parse(page).articles if a.headline is not None]
    assert "Library reopens after roof repairs" not in headlines


# M. a republication note naming an outlet with a dot in its name


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("This story first appeared on Valley.Today and is shared with permission.", "Valley.Today"),
        ("This article was originally published in HarbourNews.ie.", "HarbourNews.ie"),
    ],
)
def test_an_outlet_with_a_dot_in_its_name_is_named_whole(line, outlet):
    assert republished_from(line) == outlet


def test_an_outlet_closing_its_sentence_keeps_no_full_stop():
    line = "This article was first published in The Harbour Post. It is republished here."
    assert republished_from(line) == "The Harbour Post"
