"""Layouts of outlets no rule was tuned to, fifth round: menus set out with two-space gaps, breadcrumbs
and menus with items in sentence case, a mailed newsletter's header links, bylines naming a place with an
apostrophe, subscription offers, result boxes and data rows, and the lines closing an article that are
none of its text (a heading with no paragraph under it, the site publisher's note)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse import parse
from newsparse.page.chrome import LineKind, is_clock_time, is_menu
from newsparse.page.furniture import is_headline_list, publisher_note_site
from newsparse.page.probe import PageProbe
from newsparse.page.tallies import is_data_row, is_result_line

from .layout_helpers import CHROME, article_of, kind, texts

_BODY = (
    "The harbour board approved the new ferry timetable on Tuesday after a long debate.\n\n"
    "Sailings to the outer islands start an hour earlier from May, the board said.\n"
)



# --- A. menus set out with two-space gaps -------------------------------------------------------------


def test_a_menu_set_out_with_two_space_gaps_is_chrome():
    page = "Lakeside Courier\nHome  Towns  Farming  Schools  Weather  Puzzles\n\nFerry timetable changes\n\n" + _BODY
    assert PageProbe(page).lines(CHROME)[1].kind is LineKind.CHROME
    assert article_of(page).headline.text == "Ferry timetable changes"


def test_a_sentence_with_two_spaces_after_its_stops_stays_text():
    page = "Ferry timetable changes for the spring season\n\nMarch 3, 2026\n\nIt rained.  Then it snowed.  Nobody sailed.\n"
    assert texts(article_of(page)) == ["It rained. Then it snowed. Nobody sailed."]


def test_a_title_with_one_wide_gap_stays_the_title():
    page = "Ferry timetable  changes for the spring season\n\nMarch 3, 2026\n\n" + _BODY
    assert article_of(page).headline.text == "Ferry timetable changes for the spring season"


# --- B. breadcrumbs and menus with items in sentence case --------------------------------------------


@pytest.mark.parametrize("line", ["Rugby union › Match report", "Local news » Courts", "Sport > Live scores"])
def test_a_breadcrumb_in_sentence_case_is_chrome(line):
    assert kind(line) is LineKind.CHROME


@pytest.mark.parametrize("line", ["Tennis | Golf | Horse racing | More sport", "News · Towns · Local history · Weather"])
def test_a_menu_with_short_items_in_sentence_case_is_a_menu(line):
    assert is_menu(line)


@pytest.mark.parametrize(
    "line",
    [
        "Council approves ferry timetable | Travel | Lakeside Courier",  # a headline of four words and more
        "Budget 2027 › what changes for renters",
        "Ferry fares rise again > commuters had hoped for a freeze",
    ],
)
def test_a_title_with_sections_is_no_menu(line):
    assert not is_menu(line)
    assert kind(line) is not LineKind.CHROME


def test_a_sentence_case_breadcrumb_above_the_title_is_no_headline():
    page = (
        "Valley Sports Daily\nTennis | Golf | Horse racing | More sport\n\nRugby union › Match report\n\n"
        "Harbour City edge Valley in a tense derby\n\nBy Ana Ruiz at St Helen’s Ground\nMarch 3, 2026\n\n" + _BODY
    )
    article = article_of(page)
    assert article.headline.text == "Harbour City edge Valley in a tense derby"
    assert article.summary is None


# --- C. a mailed newsletter's header links -----------------------------------------------------------


@pytest.mark.parametrize(
    "line", ["View in browser | Forward to a friend", "View online · Forward this email", "Share this email"]
)
def test_a_newsletters_header_links_are_chrome(line):
    assert kind(line) is LineKind.CHROME


def test_a_newsletters_header_links_are_no_headline():
    page = (
        "The Harbour Letter\nA weekly newsletter on ports, ferries and the people who work them\n\n"
        "Issue #12 · March 3, 2026\n\nView in browser | Forward to a friend\n\n"
        "The ferries are late again. The board still has no plan\n\n"
        "Islanders say the new timetable leaves them stranded on winter evenings and at weekends\n\n" + _BODY
    )
    article = article_of(page)
    assert article.headline.text == "The ferries are late again. The board still has no plan"
    assert article.summary.text.startswith("Islanders say")


def test_a_sentence_about_forwarding_stays_text():
    line = "She said she would forward the email to a friend at the ministry."
    assert kind(line) is LineKind.TEXT


# --- D. bylines naming a place or writer with an apostrophe -------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "By Tom Reyes at St Mary’s Stadium",
        "By Siobhan O’Dwyer and Kwame Mensah in Lagos State",
        "By Ana Ruiz at Queen's Park Oval",
    ],
)
def test_a_long_byline_with_an_apostrophe_is_a_byline(line):
    assert kind(line) is LineKind.BYLINE


@pytest.mark.parametrize("line", ["By Land And Sea, ‘We Shall Return’ Vow Islanders", "By Popular Demand: 'Encore' Nights Return To The Quay"])
def test_a_title_opening_with_by_and_quoting_stays_text(line):
    assert kind(line) is LineKind.TEXT


# --- E. subscription offers ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Read 14 days of our premium stories for free",
        "Get unlimited digital access for just £1 a week.",
        "Start your free trial today",
        "Unlock unlimited reading for $2 a month",
    ],
)
def test_a_subscription_offer_is_chrome(line):
    assert kind(line) is LineKind.CHROME


@pytest.mark.parametrize(
    "line",
    [
        "Streaming service ends free trial for new subscribers",  # a headline about an offer
        "Get ready for a free concert at the quay, where the premium seats sold out in an hour.",
        "Start the engine, then read the premium fuel gauge before the free run.",
    ],
)
def test_news_about_offers_is_no_offer(line):
    assert kind(line) is not LineKind.CHROME


# --- F. a heading closing the body with no paragraph under it ------------------------------------------


def test_a_heading_closing_the_body_is_no_paragraph():
    page = (
        "Harbour kettle review: quick to boil, slow to cool\n\nBy Ana Ruiz\nMarch 3, 2026\n\n" + _BODY + "\n"
        "Harbour kettle: where to buy it\n\n$49 at Amazon\n\n$52 at Walmart\n"
    )
    assert texts(article_of(page)) == _BODY.split("\n\n")[:1] + [_BODY.split("\n\n")[1].strip()]


def test_a_heading_with_a_paragraph_under_it_stays():
    page = "Ferry timetable changes for the spring season\n\nMarch 3, 2026\n\n" + _BODY + "\nWhat happens next\n\nThe board meets again in June.\n"
    assert texts(article_of(page))[-2:] == ["What happens next", "The board meets again in June."]


@pytest.mark.parametrize("closing", ["Marion Kell, Fernbrook", "Jon Baker", "The board said the new timetable would read:"])
def test_a_signature_or_a_line_leading_on_closing_the_body_stays(closing):
    page = "Ferry timetable changes for the spring season\n\nMarch 3, 2026\n\n" + _BODY + "\n" + closing + "\n"
    assert texts(article_of(page))[-1] == closing


# --- G. the site publisher's note ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "site"),
    [
        ("Kettle Lab is part of Harbour Media Ltd, a leading publisher of reviews.", "Kettle Lab"),
        ("The Valley Courier is owned by Riverside Press Group.", "The Valley Courier"),
        ("Quay Post is a division of Coastline Publishing Inc.", "Quay Post"),
    ],
)
def test_a_publisher_note_names_its_site(line, site):
    assert publisher_note_site(line) == site


def test_the_publisher_note_of_the_titles_site_is_no_paragraph():
    page = (
        "Harbour kettle review: quick to boil | Kettle Lab\n\nBy Ana Ruiz\nMarch 3, 2026\n\n" + _BODY + "\n"
        "Kettle Lab is part of Harbour Media Ltd, a leading publisher of reviews.\n"
    )
    assert len(texts(article_of(page))) == 2


def test_a_closing_sentence_on_another_companys_owner_stays():
    page = (
        "Photo app changes hands again | Kettle Lab\n\nBy Ana Ruiz\nMarch 3, 2026\n\n" + _BODY + "\n"
        "Snapwise is part of Orbit Holdings, which bought it in 2024.\n"
    )
    assert texts(article_of(page))[-1] == "Snapwise is part of Orbit Holdings, which bought it in 2024."


# --- H. result boxes and data rows ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "HARBOUR CITY 24 (Ruiz 2, Baker tries; Roe 3 con, pen) VALLEY 10 (Doe try; Poe con, pen). HT: 10-3.",
        "ST MARY'S 3 (Okoro 12, 40, Lind 77) QUAY ROVERS 1 (Adeyemi 55)",
    ],
)
def test_a_result_with_its_scorers_is_chrome(line):
    assert is_result_line(line)
    assert kind(line) is LineKind.CHROME


@pytest.mark.parametrize(
    "line",
    [
        "HARBOUR CITY 24 beat VALLEY 10 on Saturday (their third win in a row).",
        "LONDON (Reuters) - Shares rose 2 (two) points on Monday.",
        "NASA said on Monday it would delay the launch.",
    ],
)
def test_a_sentence_with_scores_is_no_result(line):
    assert not is_result_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "MATCH STATS: Possession 61% 39% | Shots 14-9 | Corners 6-2 | Fouls 11-13",
        "Gold $2,310 | Oil $81.20 | Bitcoin $64,100",
    ],
)
def test_a_data_row_is_chrome(line):
    assert is_data_row(line)
    assert kind(line) is LineKind.CHROME


@pytest.mark.parametrize(
    "line",
    [
        "March 3, 2026 | 10:15 AM | 4 min read",  # a date line
        "Shots 14-9 | Corners 6-2",  # two items
        "Possession 61% | The home side had 14 shots. | Corners 6-2",  # a sentence among the items
    ],
)
def test_other_rows_are_no_data_row(line):
    assert kind(line) is not LineKind.CHROME or not is_data_row(line)


def test_a_dated_row_keeps_its_date():
    assert kind("March 3, 2026 | 10:15 AM | 4 min read") is LineKind.DATE


def test_a_result_box_and_a_stats_row_are_no_paragraphs():
    page = (
        "Harbour City edge Valley in a tense derby\n\nBy Ana Ruiz\nMarch 3, 2026\n\n"
        "HARBOUR CITY 24 (Ruiz 2, Baker tries; Roe 3 con, pen) VALLEY 10 (Doe try; Poe con, pen). HT: 10-3.\n\n"
        + _BODY
        + "\nMATCH STATS: Possession 61% 39% | Shots 14-9 | Corners 6-2\n"
    )
    assert texts(article_of(page)) == [p.strip() for p in _BODY.split("\n\n")]


@given(st.lists(st.text(alphabet="Ab1 |.%-", min_size=1, max_size=12), min_size=1, max_size=8))
def test_a_row_without_a_digit_in_an_item_is_no_data_row(items):
    line = " | ".join(items)
    if any(not any(c.isdigit() for c in item) for item in line.split("|")):
        assert not is_data_row(line)


def test_every_kind_keeps_the_offsets():
    page = (
        "Home  Towns  Farming  Schools\n\nHarbour City edge Valley | Kettle Lab\n\nBy Tom Reyes at St Mary’s Stadium\n"
        "March 3, 2026\n\nRead 14 days of our premium stories for free\n\n" + _BODY
    )
    parsed = parse(page)
    [article] = parsed.articles
    for passage in [article.headline, *article.paragraphs]:
        assert page[passage.span.start : passage.span.end] == passage.text


# --- I. list headings with their items on one line -----------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Read more about: Ferries | Harbour board | Island transport",
        "You might also like: Ferry fares rise again | Why the quay is sinking",
        "More on: Fisheries, Harbour dredging",
    ],
)
def test_a_list_heading_with_its_items_on_one_line_is_chrome(line):
    assert kind(line) is LineKind.CHROME


@pytest.mark.parametrize(
    "line",
    [
        "More on that: the board will vote again in June.",  # a sentence
        "Ferry board: chair quits after fares row",  # a headline with a colon
    ],
)
def test_a_line_with_a_colon_is_no_inline_list(line):
    assert kind(line) is not LineKind.CHROME


def test_an_inline_list_closing_the_body_is_no_paragraph():
    page = "Ferry timetable changes for the spring season\n\nMarch 3, 2026\n\n" + _BODY + "\nRead more about: Ferries | Harbour board\n"
    assert len(texts(article_of(page))) == 2


# --- J. a sidebar of headlines after ``Also read:`` ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["Ferry fares rise again this spring | Harbour board meets on Friday", "Quay repairs to cost £2m | Why the island ferry is late | Fish prices fall again"],
)
def test_headlines_between_bars_are_a_list(text):
    assert is_headline_list(text)


@pytest.mark.parametrize("text", ["Ferry fares rise again this spring | Reuters", "Ferry fares rise again this spring"])
def test_one_headline_perhaps_with_its_site_is_no_list(text):
    assert not is_headline_list(text)


def test_an_also_read_sidebar_gives_no_related_link_and_no_paragraph():
    page = (
        "Ferry timetable changes for the spring season\n\nMarch 3, 2026\n\n" + _BODY + "\n"
        "READ MORE: Island ferry to get a new engine\n\n"
        "Also read: Ferry fares rise again this spring | Harbour board meets on Friday\n\n"
        "READ MORE: Quay repairs to cost two million | Why the island ferry is always late\n\n"
        "The board meets again in June.\n"
    )
    article = article_of(page)
    assert [r.headline for r in article.related] == ["Island ferry to get a new engine"]
    assert texts(article)[-1] == "The board meets again in June."
    assert len(texts(article)) == 3


# --- K. a menu row after the site's tagline ---------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    ["News for the whole valley | Towns | Farming | Schools | Sport", "Your island, your paper | Ferries | Weather | Fishing | Events | Jobs"],
)
def test_a_menu_after_a_tagline_is_chrome(line):
    assert kind(line) is LineKind.CHROME


@pytest.mark.parametrize(
    "line",
    [
        "Council approves the ferry budget | Local News | Politics | Valley Post",  # a title with its section path
        "Council approves the ferry budget | Towns | Farming | Schools",
    ],
)
def test_a_title_with_a_few_sections_is_no_menu_row(line):
    assert kind(line) is not LineKind.CHROME


def test_a_tagline_and_menu_row_is_no_headline():
    page = (
        "VALLEYWIRE\nNews for the whole valley | Towns | Farming | Schools | Sport\n\nFarming\n\n"
        "Dairy farmers win fight over milk prices\n\nPosted by Ana Ruiz on 3 March 2026 · 4 min read\n\n" + _BODY
    )
    assert article_of(page).headline.text == "Dairy farmers win fight over milk prices"


# --- L. appeals to back the newsroom ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "If you rely on our reporting, become a member for £4 a month.",
        "You're a regular reader. Join the Harbour Club to support our journalism.",
        "Journalism like this costs money: support independent news today.",
    ],
)
def test_an_appeal_to_back_the_newsroom_is_chrome(line):
    assert kind(line) is LineKind.CHROME


@pytest.mark.parametrize(
    "line",
    [
        "Residents were urged to join the neighbourhood watch community.",
        "The union said it would support our members in any strike.",  # a quoted union, no newsroom
        "She became a member of the club in 1998 and paid $40 a year.",
    ],
)
def test_news_about_joining_or_supporting_is_no_appeal(line):
    assert kind(line) is LineKind.TEXT


# --- M. a republication note between the title block and the byline ---------------------------------------


def test_a_republication_note_under_the_standfirst_leaves_the_title_in_place():
    page = (
        "THE ISLAND LETTER\nHome | Archive | About\n\n"
        "Ferry operator fined over winter cancellations\n\n"
        "Regulators said the company cancelled one sailing in five; the operator blames the weather\n\n"
        "This story was originally published by Coastline Report and is republished with permission.\n\n"
        "By Ana Ruiz | March 3, 2026\n\n" + _BODY
    )
    article = article_of(page)
    assert article.headline.text == "Ferry operator fined over winter cancellations"
    assert article.summary.text.startswith("Regulators said")
    assert article.republished_from == "Coastline Report"


# --- N. closing promotions of the site and a magazine's issue note -----------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "For the latest news, weather and traffic, head to Valley 9 Online.",
        "For more stories like this, visit our farming page.",
        "This feature appears in the June 2026 issue of Quayside Monthly. Subscribe here.",
        "This story appeared in the print edition of the Harbour Post on Sunday.",
        "Thanks for signing up!",
    ],
)
def test_a_closing_promotion_or_issue_note_is_chrome(line):
    assert kind(line) is LineKind.CHROME


@pytest.mark.parametrize(
    "line",
    [
        "For more information, visit the harbour board's website.",  # a release's own text
        "For the latest news the council said residents should follow the official channels.",
        "This article appeared in The Continent, a weekly newspaper.",
        "For more than a decade, visitors have come to the quay.",
    ],
)
def test_other_lines_opening_alike_stay_text(line):
    assert kind(line) is LineKind.TEXT


# --- O. the writer's name and place above the date, and the author box closing the page ---------------------


def test_the_writers_name_and_place_above_the_date_leave_the_title_in_place():
    page = (
        "Quayside Business Review\nMarkets\nShipping\n\n"
        "Container rates fall for a sixth week\n\nThe index dropped 4% as new ships joined the main routes\n\n"
        "Ana Ruiz\nRotterdam\nPublished 23.04.2026 07:15 CET\n\n" + _BODY + "\n"
        "Ana Ruiz\nShipping correspondent\n\nAna Ruiz covers ports and shipping from Rotterdam.\n"
    )
    article = article_of(page)
    assert article.headline.text == "Container rates fall for a sixth week"
    assert article.summary.text == "The index dropped 4% as new ships joined the main routes"
    assert len(texts(article)) == 2


def test_a_closing_name_no_byline_gives_stays():
    page = "Ferry timetable changes for the spring season\n\nBy Tom Roe\nMarch 3, 2026\n\n" + _BODY + "\nAna Ruiz\n"
    assert texts(article_of(page))[-1] == "Ana Ruiz"


# --- P. live pages that stamp their entries with a clock time ----------------------------------------------


@pytest.mark.parametrize("line", ["10.32am GMT", "14:05", "9:58 a.m. ET", "2 hours ago"])
def test_a_clock_time_alone_is_a_stamp(line):
    assert is_clock_time(line)
    assert kind(line) is LineKind.CHROME


@pytest.mark.parametrize("line", ["10.32", "Shares rose 1.5% by 10.32am", "Updated 2 hours ago"])
def test_other_lines_with_times_are_no_stamp(line):
    assert not is_clock_time(line)


_LIVE = (
    "Harbour Times\nLive\nStorm Edna: ferries cancelled as gales hit the coast – live\n\n"
    "11.05am GMT\nFerry terminal closes its doors\nThe terminal building closed at 11am, the operator said.\n\n"
    "10.20am GMT\nRoads blocked in the north\nFallen trees blocked two roads near the quay, police said.\n"
    "Drivers were told to stay at home.\n"
)


def test_stamped_entries_of_a_live_page_are_articles():
    page = parse(_LIVE)
    assert page.format == "blog"
    assert [a.headline.text for a in page.articles] == ["Ferry terminal closes its doors", "Roads blocked in the north"]
    assert [len(a.paragraphs) for a in page.articles] == [1, 2]


def test_one_stamp_above_a_title_leaves_one_article():
    page = parse("2 hours ago\nFerry terminal closes its doors\nThe terminal building closed at 11am.\n\nPassengers waited outside.\n")
    assert len(page.articles) == 1
    assert page.articles[0].headline.text == "Ferry terminal closes its doors"


# --- Q. prompts to comment, editing notes under interviews, reviews' rating lines --------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Have your say",
        "Join the debate in the comments below.",
        "Let us know in the comments what you think of the new timetable.",
        "This interview has been edited for length and clarity.",
        "This conversation has been condensed and edited.",
        "Rating: 4 out of 5 stars",
    ],
)
def test_comment_prompts_editing_notes_and_ratings_are_chrome(line):
    assert kind(line) is LineKind.CHROME


@pytest.mark.parametrize(
    "line",
    [
        "Have your say on the harbour plans at the library until May 3.",
        "The interview has been edited into a short film, the producers said.",
        "Ratings agencies cut the island's credit score on Monday.",
    ],
)
def test_news_opening_alike_stays_text(line):
    assert kind(line) is LineKind.TEXT


def test_a_column_closes_before_its_bio_and_comment_prompt():
    page = (
        "We should stop pretending the quay pays for itself\n\n"
        "Our columnist says the harbour needs an honest subsidy from the council\n\n"
        "Ana Ruiz\nColumnist\nPublished: 9:00am, 12 March 2026\n\n" + _BODY + "\n"
        "Ana Ruiz is a former harbour master and writes a fortnightly column.\n\n"
        "Have your say\nJoin the debate in the comments below.\n"
    )
    assert len(texts(article_of(page))) == 2


# --- R. a site's slogan above its menu, the title under the menu over the body ------------------------------


def test_the_title_under_the_menu_wins_over_the_slogan_above_it():
    page = (
        "The Skerry Times\nNews for the islands since 1902\nNews | Ferries | Fishing | Weather\n"
        "Harbour board approves the new ferry timetable\n" + _BODY
    )
    assert article_of(page).headline.text == "Harbour board approves the new ferry timetable"


# --- S. the writer's address under their name, a closing contact line, post navigation ---------------------


def test_the_writers_address_under_their_name_leaves_the_title_in_place():
    page = (
        "The Skerry Times\nNEWS\nHarbour master fined for late safety checks\nMagistrates hear the quay lights failed twice\n"
        "Ana Ruiz\naruiz@skerrytimes.example\nPublished: March 5, 2026 at 4:52 p.m.\n" + _BODY
        + "\nAna Ruiz can be reached at 555-0143.\n"
    )
    article = article_of(page)
    assert article.headline.text == "Harbour master fined for late safety checks"
    assert len(texts(article)) == 2


def test_a_contact_line_of_someone_else_stays():
    page = "Ferry timetable changes for the spring season\n\nBy Tom Roe\nMarch 3, 2026\n\n" + _BODY + "\nAna Ruiz can be reached at the quay office.\n"
    assert texts(article_of(page))[-1] == "Ana Ruiz can be reached at the quay office."


@pytest.mark.parametrize("heading", ["Previous Article", "Next Article", "Previous story"])
def test_post_navigation_lists_headlines_that_are_chrome(heading):
    assert CHROME.opens_list(heading)
    page = "Ferry timetable changes for the spring season\n\nBy Tom Roe\nMarch 3, 2026\n\n" + _BODY + f"\n{heading}\nIsland school to close after 140 years\n"
    assert len(texts(article_of(page))) == 2


# --- T. ad markers, interface words and sponsor labels between paragraphs -----------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Story continues below this ad",
        "ADVERTISEMENT - CONTINUE READING BELOW",
        "Link copied",
        "This article is more than 3 years old",
        "Already have an account? Log in",
        "Sponsored by Quayside Credit Union",
        "More in Business",
    ],
)
def test_ad_markers_and_interface_words_are_chrome(line):
    assert kind(line) is LineKind.CHROME


@pytest.mark.parametrize(
    "line",
    [
        "Sponsored by the council, the regatta runs until Sunday.",
        "More in sorrow than in anger, she left the quay.",
        "This article is more a lament than a report, its writer admits.",
    ],
)
def test_sentences_opening_alike_stay_text(line):
    assert kind(line) is LineKind.TEXT


def test_an_ad_marker_between_paragraphs_is_no_paragraph():
    first, second = (p.strip() for p in _BODY.split("\n\n"))
    page = f"Ferry timetable changes for the spring season\n\nBy Tom Roe\nMarch 3, 2026\n\n{first}\n\nStory continues below this ad\n\n{second}\n"
    assert texts(article_of(page)) == [first, second]


# --- U. a byline beside a relative time ---------------------------------------------------------------------


@pytest.mark.parametrize("line", ["6 hours ago | By Ana Ruiz", "By Ana Ruiz · 20 min ago"])
def test_a_byline_beside_a_relative_time_is_a_byline(line):
    assert kind(line) is LineKind.BYLINE


@pytest.mark.parametrize("line", ["Ferries | 2 hours ago", "Harbour board meets again | 10:32"])
def test_other_lines_beside_a_time_are_no_byline(line):
    assert kind(line) is not LineKind.BYLINE


def test_a_byline_beside_a_relative_time_sets_off_the_title():
    page = "News for the islands since 1902\nHarbour master fined over late safety checks\n6 hours ago | By Ana Ruiz\n" + _BODY
    assert article_of(page).headline.text == "Harbour master fined over late safety checks"


# --- V. prompts to share, back or send news to the newsroom; gallery and video labels -----------------------


@pytest.mark.parametrize(
    "line",
    [
        "Enjoyed this story? Pass it on to a friend.",
        "Please consider supporting our reporting.",
        "The Quay Herald is a nonprofit newsroom. Donate today.",
        "Listen to the whole episode on Spotify or wherever you get your podcasts.",
        "Send us your photos of the storm",
        "In pictures: the regatta in the rain",
        "WATCH | Gales close the quay",
        "What to read next",
    ],
)
def test_prompts_and_labels_are_chrome(line):
    assert kind(line) is LineKind.CHROME


@pytest.mark.parametrize(
    "line",
    [
        "Send us your thoughts, the mayor told residents on Tuesday.",
        "The trust is an independent publication of the university, founded in 1990.",
        "Explore more of the coast by bike, the tourist board says.",
        "Listen to the mayor and you will hear a different story.",
    ],
)
def test_sentences_opening_like_prompts_stay_text(line):
    assert kind(line) is LineKind.TEXT


@pytest.mark.parametrize("line", ["Read our community guidelines before commenting.", "Comment policy: be kind"])
def test_a_comment_policy_opens_the_comments(line):
    assert CHROME.opens_comments(line)


# --- W. bylines of joined names with their outlet, handles, credits with a colon, news services -------------


@pytest.mark.parametrize(
    "line",
    [
        "Ana Ruiz and Tom Roe, Quay Herald",
        "Lia Chen, Tom Roe and Ana Ruiz, Reuters",
        "Ana Ruiz & Tom Roe, AP",
        "Ana Ruiz @anaruiz",
        "Words: Ana Ruiz",
        "Coastal News Service",
    ],
)
def test_more_byline_shapes_are_bylines(line):
    assert kind(line) is LineKind.BYLINE


@pytest.mark.parametrize(
    "line",
    ["Salt and Pepper, Quay Herald", "Fish and chips, UK", "Story: what the council decided", "Bread and Butter @home"],
)
def test_lines_like_them_are_no_bylines(line):
    assert kind(line) is not LineKind.BYLINE


# --- X. a blog's name after ``«`` on a title ------------------------------------------------------------------


@pytest.mark.parametrize(
    "title", ["Harbour board approves the new ferry timetable « Quay Notes", "Harbour board approves the new ferry timetable « Ferries « Quay Notes"]
)
def test_a_blogs_name_after_a_guillemet_is_cut_from_the_title(title):
    page = f"{title}\n\nBy Ana Ruiz\nMarch 3, 2026\n\n" + _BODY
    assert article_of(page).headline.text == "Harbour board approves the new ferry timetable"


def test_a_title_quoting_in_guillemets_is_kept_whole():
    page = "«Pupils first» says the island head teacher\n\nBy Ana Ruiz\nMarch 3, 2026\n\n" + _BODY
    assert article_of(page).headline.text == "«Pupils first» says the island head teacher"


# --- Y. a photo credit glued to the caption's last sentence ----------------------------------------------------


@pytest.mark.parametrize(
    "line",
    ["Crews clear the quay after the storm.(Harbour News: Ana Ruiz)", "The new ferry on its first run.(Supplied)"],
)
def test_a_caption_with_a_glued_credit_is_chrome(line):
    assert kind(line) is LineKind.CHROME


@pytest.mark.parametrize(
    "line",
    ["Fares rose 5% in March. (Source: Harbour Board)", "The mayor said the quay was safe (for now).", "He was fined £200 (about $250)."],
)
def test_a_sentence_closing_with_brackets_stays_text(line):
    assert kind(line) is LineKind.TEXT


# --- Z. a live page's own furniture ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    ["Show key events only", "Please enable JavaScript to see the latest posts", "This page refreshes automatically. Times are GMT."],
)
def test_a_live_pages_furniture_is_chrome(line):
    assert kind(line) is LineKind.CHROME


def test_a_live_pages_header_gives_no_article():
    page = parse("Harbour Times\nLive\nStorm Edna – live\nKey events\nPlease turn on JavaScript to use this feature\n\n" + _LIVE.split("\n\n", 1)[1])
    assert [a.headline.text for a in page.articles] == ["Ferry terminal closes its doors", "Roads blocked in the north"]


def test_a_stamped_entry_under_a_one_word_heading_is_an_article_of_its_own():
    page = parse(_LIVE + "\n9.40am GMT\nWelcome\nGood morning and welcome to our coverage of the storm.\n")
    assert [len(a.paragraphs) for a in page.articles] == [1, 2, 1]
    assert page.articles[-1].paragraphs[0].text.startswith("Good morning")


# --- AA. closing credits, funding notes and prompts that close with a web address -------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Follow our coverage of the storm at https://quayherald.com/storm",
        "Get the full timetable at quayherald.com",
        "Compiled by Lia Chen",
        "Graphics by Tom Roe",
    ],
)
def test_closing_credits_and_link_prompts_are_chrome(line):
    assert kind(line) is LineKind.CHROME


def test_aps_funding_note_is_no_paragraph_where_its_copy_is_reprinted():
    note = "The Associated Press receives support from the Coastline Trust for its coverage of ports."
    page = "Ferry timetable changes for the spring season\n\nBy Tom Roe\nMarch 3, 2026\n\n" + _BODY + "\n" + note + "\n"
    assert note not in texts(article_of(page))


@pytest.mark.parametrize(
    "line",
    [
        "Her husband contributed.",
        "Harbour Post reporter Lia Chen in Oslo contributed.",
        "Produced by the council, the report found the quay unsafe.",
        "Follow the signs to the quay, the harbour master said.",
        "Read the full ruling at https://courts.example.org/ruling",  # a link the body may keep
    ],
)
def test_body_lines_like_them_stay_text(line):
    assert kind(line) is LineKind.TEXT
