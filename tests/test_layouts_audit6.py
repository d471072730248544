"""Listing pages from an audit of forty scraped pages (layaudit6): section, tag and "latest news" pages
that print several articles, each a title over a teaser, are read as several articles; a single story
with subheadings stays whole.  Every page here is of our own making."""

from __future__ import annotations

import pytest

from newsparse import parse
from newsparse.page.chrome import is_bare_name
from newsparse_blog.listing import listing_units
from newsparse.page.probe import PageProbe

from .layout_helpers import CHROME, article_of, texts


def _units(page: str) -> int:
    return len(listing_units(PageProbe(page).page_lines(CHROME), CHROME))


def _titles(page: str) -> list[str | None]:
    return [None if a.headline is None else a.headline.text for a in parse(page).articles]


# --- A. teasers cut short or closed by Read more ---------------------------------------------------

_CUT_LISTING = (
    "Regional news\n\n"
    "Ferry operator adds a winter sailing to the islands\n\n"
    "The island ferry will run a third daily crossing from November, the operator said on…\n\n"
    "Read More »\n\n"
    "Council opens talks on a new swimming pool\n\n"
    "Councillors agreed on Tuesday to ask residents where a new pool should be built, after the old...\n\n"
    "Read More »\n\n"
    "Back to top\n"
)


def test_titles_over_teasers_cut_short_are_listed_articles():
    page = parse(_CUT_LISTING)
    assert _titles(_CUT_LISTING) == [
        "Ferry operator adds a winter sailing to the islands",
        "Council opens talks on a new swimming pool",
    ]
    assert all(len(texts(a)) + (a.summary is not None) == 1 for a in page.articles)


@pytest.mark.parametrize("tail", ["Read more", "READ MORE", "Read More »", "[…]"])
def test_a_teaser_closed_by_a_link_or_a_cut_mark_marks_its_unit(tail):
    page = (
        "Quarry extension approved despite objections from walkers\n\n"
        f"The planning board approved the extension by five votes to two on Monday evening. {tail}\n\n"
        "Lifeboat crew rescues two kayakers off the point\n\n"
        f"Two kayakers were brought ashore after their boats capsized in a strong swell. {tail}\n"
    )
    assert _units(page) == 2


def test_a_title_printed_twice_over_its_date_is_one_listed_article():
    page = (
        "Provincial\n\n"
        "Farmers receive new seed varieties\n\nFarmers receive new seed varieties\n\nApril 5, 2024, 3:34 pm\n\n"
        "Rice farmers in the valley received seed of two new varieties from the agriculture office.\n\n"
        "Bridge repairs close the coastal road\n\nBridge repairs close the coastal road\n\nApril 5, 2024, 2:10 pm\n\n"
        "The coastal road will close for a week from Monday while engineers repair the bridge.\n"
    )
    articles = parse(page).articles
    assert _titles(page) == ["Farmers receive new seed varieties", "Bridge repairs close the coastal road"]
    assert all(str(a.published).startswith("2024-04-05") for a in articles)


def test_date_lines_over_each_title_belong_to_the_title_below():
    page = (
        "March 3, 2025 9:00 AM\n\nviews 210\n\nPort authority names a new harbour master\n\n"
        "The port authority named a new harbour master on Monday after a year-long search.\n\n"
        "March 2, 2025 4:15 PM\n\nviews 98\n\nLibrary extends its weekend opening hours\n\n"
        "The town library will open on Sunday afternoons from next month, its board said.\n"
    )
    articles = parse(page).articles
    assert [str(a.published)[:10] for a in articles] == ["2025-03-03", "2025-03-02"]


def test_a_titles_address_slug_over_it_marks_its_unit():
    page = (
        "harbour-board-approves-new-pier\n\nHarbour Board Approves New Pier\n\n"
        "The board approved the plan for a new pier at its meeting on Friday.\n\n"
        "schools-close-early-as-snow-arrives\n\nSchools Close Early as Snow Arrives\n\n"
        "Most schools in the district closed at noon as the first snow of the winter fell.\n"
    )
    assert _titles(page) == ["Harbour Board Approves New Pier", "Schools Close Early as Snow Arrives"]


def test_teasers_opening_with_a_dateline_mark_wire_stories():
    page = (
        "World\n\n"
        "Drought forces river barges to carry half loads\n\n"
        "RIVERTON (Harbour Wire) - Barges on the river are sailing half empty as the water level falls.\n\n"
        "Shippers say costs have doubled since June.\n\n"
        "Floods cut rail link between two northern cities\n\n"
        "NORTHPORT (Harbour Wire) - Floodwater cut the rail line between the two cities on Sunday.\n"
    )
    assert _titles(page) == ["Drought forces river barges to carry half loads", "Floods cut rail link between two northern cities"]


# --- B. the repeated shape without marks -------------------------------------------------------------

_PLAIN_LISTING = (
    "Latest headlines\n"
    "Hospital trust opens a new maternity wing after two years of building\n"
    "The wing has twenty beds and a birthing pool, the trust said on Wednesday.\n"
    "Airline cancels morning flights as fog settles over the airport\n"
    "Passengers were told to check with the airline before travelling to the airport.\n"
    "Police appeal for witnesses after a crash on the ring road\n"
    "A cyclist was taken to hospital after the crash near the retail park on Monday night.\n"
    "Go to page 2\n"
)


def test_three_headlines_over_one_paragraph_each_are_listed_articles():
    articles = parse(_PLAIN_LISTING).articles
    assert len(articles) == 3
    assert _titles(_PLAIN_LISTING)[-1] == "Police appeal for witnesses after a crash on the ring road"


def test_a_section_description_under_its_label_stands_above_a_listing():
    page = (
        "Politics\n\nElections, policy and the business of government.\n\n"
        "Minister rules out a snap election before the budget\n\n"
        "The minister said the government would serve its full term and present a budget in March…\n\n"
        "Opposition names a new finance spokesperson\n\n"
        "The opposition leader named a former banker as the party's voice on finance…\n"
    )
    assert len(parse(page).articles) == 2


def test_the_last_listed_article_stops_where_the_others_do():
    page = _PLAIN_LISTING.replace("Go to page 2\n", "Harbour News is read in every town on the coast.\n")
    last = parse(page).articles[-1]
    assert [p.text for p in last.paragraphs][-1:] != ["Harbour News is read in every town on the coast."]


# --- C. single stories with subheadings stay whole ---------------------------------------------------


def test_a_story_with_subheadings_stays_one_article():
    page = (
        "Council faces a gap in next year's budget\n\n"
        "The council must find savings of four million pounds before April, its treasurer said.\n\n"
        "Officers will publish a list of options next week.\n\n"
        "What the options are\n\n"
        "The list includes shorter library hours and higher parking charges.\n\n"
        "Some councillors want to sell an empty office block instead.\n\n"
        "What happens next\n\n"
        "Councillors will vote on the budget at a meeting in February.\n"
    )
    assert len(parse(page).articles) == 1


def test_an_explainers_question_subheadings_do_not_split_it():
    page = (
        "What is the meeting about tonight?\n\nCouncillors will set the budget for the coming year.\n\n"
        "Why does it matter to residents?\n\nIt decides how much is spent on schools, roads and bins.\n\n"
        "When will the result be known?\n\nThe vote is expected before midnight.\n"
    )
    assert _units(page) == 0


def test_a_numbered_briefing_stays_one_article():
    page = (
        "Here is what you need to know this morning.\n\n"
        "Housing plan\n\n1. The government will publish its housing plan today.\n\n"
        "Rail strike\n\n2. Train drivers will strike on Friday after talks failed.\n\n"
        "Weather warning\n\n3. A wind warning is in place for the west coast.\n"
    )
    assert _units(page) == 0
    assert len(parse(page).articles) == 1


def test_numbered_subheadings_start_no_listed_articles():
    page = (
        "Five things to know about the harbour vote\n\n"
        "The harbour board meets on Wednesday to decide the future of the old pier.\n\n"
        "1. The meeting is open to the public\n\nAnyone can attend the meeting at the town hall.\n\n"
        "2. The vote may take all evening\n\nBoard members usually debate for several hours.\n\n"
        "3. The result is final\n\nThere is no appeal against the board's decision.\n"
    )
    assert _units(page) == 0


def test_a_story_opening_under_a_sentence_is_no_listing():
    page = (
        "Traffic was heavy all morning across the city.\n\n"
        "Roadworks close the main bridge for a week from Monday\n\n"
        "Drivers are asked to use the ring road while the bridge is closed.\n\n"
        "Buses will run on a diversion through the old town this week\n\n"
        "The bus company said journeys would take ten minutes longer.\n\n"
        "Cyclists can still cross the bridge on foot during the works\n\n"
        "Marshals will be on hand at both ends of the bridge.\n"
    )
    assert _units(page) == 0


def test_hard_wrapped_halves_make_no_listing():
    page = (
        "Storm damages harbour wall\n\n"
        "Waves broke through part of the harbour wall during the storm on the night\n\n"
        "of Saturday, the harbour master said.\n\n"
        "Engineers will inspect the damage on Monday before deciding how it should be\n\n"
        "repaired and how long the work will take.\n"
    )
    assert len(parse(page).articles) == 1


def test_a_story_followed_by_more_headlines_is_one_article_and_its_list():
    page = (
        "Harbour board approves dredging of the eastern channel\n\n"
        "The board voted on Thursday to dredge the eastern channel before the winter storms.\n\n"
        "Fishing crews had asked for the work for three years, the board's chair said.\n\n"
        "The work will start in October and take six weeks, at a cost of two million pounds.\n\n"
        "Contractors will begin moving equipment to the quay next month.\n\n"
        "More from the coast\n\n"
        "Lifeboat volunteers honoured for a night rescue…\n\n"
        "Seal pups counted on the north beach…\n"
    )
    assert _units(page) == 0
    assert len(texts(article_of(page))) >= 4


def test_a_short_story_over_related_teasers_is_no_listing():
    page = (
        "Harbour board approves dredging of the eastern channel\n\n"
        "The board voted on Thursday to dredge the eastern channel before the winter storms.\n\n"
        "Related stories\n\n"
        "Fishing crews call for a deeper channel\n\n"
        "Crews say the silt has closed the channel at low tide twice this month…\n\n"
        "Storm damages the harbour wall\n\n"
        "Waves broke through part of the wall during the storm on Saturday night…\n"
    )
    assert _units(page) == 0


def test_a_listing_ends_at_a_list_heading():
    page = _CUT_LISTING.replace("Back to top\n", "Most read\n\nTown hall clock is fixed at last\n\nThe clock struck noon on time for the first time in a year…\n")
    assert _units(page) == 2


def test_an_app_prompt_above_a_story_starts_no_listed_articles():
    page = (
        "add Harbour News to your home screen\n\n"
        "tap the share button and choose 'Add to home screen' to pin the Harbour News app\n\n"
        "Got it!\n\n"
        "add Harbour News to your home screen\n\n"
        "tap the share button and choose 'Add to home screen' to pin the Harbour News app\n\n"
        "Got it!\n\n"
        "Ferry fares rise for the second time this year\n\n"
        "HARBOURTON: The ferry company raised its fares by five percent on Monday.\n\n"
        "Islanders said the rise would hit commuters hardest.\n"
    )
    assert _units(page) == 0


def test_bylines_under_listed_titles_mark_their_units():
    page = (
        "Local news\n\n"
        "Ferry operator adds a winter sailing to the islands\n\nBy Jane Doe\n\n"
        "The island ferry will run a third daily crossing from November, the operator said.\n\n"
        "Council opens talks on a new swimming pool\n\nBy Tom Reyes\n\n"
        "Councillors agreed on Tuesday to ask residents where a new pool should be built.\n"
    )
    assert _titles(page) == ["Ferry operator adds a winter sailing to the islands", "Council opens talks on a new swimming pool"]


_POOL = [
    "Ferry operator adds a winter sailing to the islands", "Ferry operator adds a winter sailing to the islands",
    "The island ferry will run a third daily crossing from November, the operator said on…", "Read More »",
    "March 3, 2025 9:00 AM", "By Jane Doe", "Most read", "Month: March 2026", "views 210", "Politics",
    "Councillors agreed on Tuesday to ask residents where a new pool should be built.", "Got it!",
    "RIVERTON (Harbour Wire) - Barges on the river are sailing half empty as the water level falls.",
]


@pytest.mark.filterwarnings("error")  # a splitter failing on the mix is warned of, and fails the test
@pytest.mark.parametrize("seed", range(40))
def test_any_mix_of_listing_lines_parses(seed):
    import random

    rng = random.Random(seed)
    page = "\n\n".join(rng.choice(_POOL) for _ in range(rng.randint(1, 14))) + "\n"
    assert all(a.span.end <= len(page) for a in parse(page).articles)


def test_a_story_under_its_headline_and_standfirst_with_a_teaser_block_stays_whole():
    page = (
        "COAST GAZETTE\n"
        "Lifeboat station reopens after a year of repairs\n"
        "Volunteers return to the slipway as the new boathouse is handed over to the crew\n"
        "By Ada Brunel | 4 March 2026\n"
        "The lifeboat station reopened on Saturday after a year of repairs to its slipway.\n"
        "Town news in brief\n"
        "Crew members said the new boathouse would cut launch times by several minutes.\n"
        "Read more\n"
        "The crew on the slipway at dawn\n"
        "Harbour wall repairs to start in spring\n"
        "This article was first published in the Coast Times, and is reprinted with permission.\n"
    )
    assert _units(page) == 0
    assert len(parse(page).articles) == 1


# --- D. a byline's date glued to the category after it ----------------------------------------------


@pytest.mark.parametrize(
    ("line", "day"),
    [("By March 4, 2019Harbour Life", "2019-03-04"), ("Posted 12 June 2021Community News", "2021-06-12")],
)
def test_a_year_glued_to_a_capitalised_word_is_read(line, day):
    from newsparse.page.dates import find_date

    found = find_date(line)
    assert found is not None and str(found.value)[:10] == day


def test_a_year_glued_to_a_lower_case_word_is_not_read():
    from newsparse.page.dates import find_date

    assert find_date("Code March 4, 2019abc") is None


_NAME_TWICE = (
    "Harbour council agrees to rebuild the storm-hit pier\n\n"
    "Harbour council agrees to rebuild the storm-hit pier\n\n"
    "Work on the new pier will begin in spring and take two years, councillors agreed.\n\n"
    "Fiona McAllister\n\n"
    "Fiona McAllister\n\n"
    "The old pier was torn apart by the January storm and has been closed since.\n\n"
    "Councillors voted nine to two on Tuesday to fund the rebuild from the harbour reserve.\n\n"
    "The harbour master said the new pier would stand a metre higher than the old one.\n"
)


def test_a_writers_name_printed_twice_opens_no_listed_article():
    assert len(parse(_NAME_TWICE).articles) == 1


@pytest.mark.parametrize(("line", "expected"), [("Fiona McAllister", True), ("Sean O’Neil", True), ("Water Rates Rise", True), ("BBC News", False)])
def test_a_bare_name_may_hold_a_capital_inside_a_word(line, expected):
    assert is_bare_name(line) is expected
