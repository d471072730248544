"""Layouts from the used pool's article misses (laypool2): briefs pages each title over a ``Full Story`` line, a
Title Case dateline or the title run into its lead, or a clock time beside it; a date or dateline running on after
a dash above the title; a wire service's full name beside its place; a search prompt, a story's archive number and a
broadcaster's promo line.  Every page and line here is of our own making."""

from __future__ import annotations

import pytest

from newsparse import parse
from newsparse.page.chrome import LineKind
from newsparse.page.layout import find_title, is_title

from .layout_helpers import CHROME, kind


def _headlines(page: str) -> list[str | None]:
    return [a.headline.text if a.headline else None for a in parse(page).articles]


def _paragraphs(page: str) -> list[list[str]]:
    return [[p.text for p in a.paragraphs] for a in parse(page).articles]


# --- A. briefs pages: each title over a ``Full Story`` line, a Title Case dateline, its title run into its lead ----

_BRIEF_ONE = (
    "Harbour Board Votes to Dredge the Eastern Channel\n\n"
    "The harbour board voted on Thursday to dredge the eastern channel before the winter storms arrive.\n\n"
    "Fishing crews had asked for the work for three years, the board's chair told reporters.\n\n"
)
_BRIEF_TWO = (
    "Island Ferry Fares to Rise by a Tenth in Spring\n\n"
    "The island ferry company will raise its fares by a tenth from April, it said on Friday.\n\n"
    "The company blamed the price of fuel, which has risen for a year.\n\n"
)
_BRIEF_THREE = (
    "Lighthouse Keeper Retires After Forty Years\n\n"
    "The keeper of the north lighthouse retired on Monday after forty years at the lamp.\n\n"
    "He will stay on the island, he told the local paper.\n\n"
)


def test_a_full_story_lines_mark_briefs():
    page = "Coast\n\nLatest stories\n\n" + "".join(f"{b}Full Story\n\n" for b in (_BRIEF_ONE, _BRIEF_TWO, _BRIEF_THREE))
    assert _headlines(page) == [
        "Harbour Board Votes to Dredge the Eastern Channel",
        "Island Ferry Fares to Rise by a Tenth in Spring",
        "Lighthouse Keeper Retires After Forty Years",
    ]
    assert all(len(paragraphs) == 2 for paragraphs in _paragraphs(page))


def test_a_full_story_after_an_icon_label_marks_briefs_too():
    page = "Coast\n\n" + "".join(f"{b}W90 Full Story\n\n" for b in (_BRIEF_ONE, _BRIEF_TWO))
    assert len(parse(page).articles) == 2


def test_a_title_case_datelines_mark_briefs():
    page = (
        "Coast\n\n"
        + _BRIEF_ONE.replace("The harbour board voted", "Riverton - The harbour board voted")
        + _BRIEF_TWO.replace("The island ferry company", "Port Ellen - The island ferry company")
    )
    assert _headlines(page) == ["Harbour Board Votes to Dredge the Eastern Channel", "Island Ferry Fares to Rise by a Tenth in Spring"]
    assert _paragraphs(page)[0][0].startswith("Riverton - The harbour board")


def test_a_title_run_into_its_lead_marks_a_brief():
    two = _BRIEF_TWO.replace("\n\nThe island ferry company", "\n\nIsland Ferry Fares to Rise by a Tenth in SpringThe island ferry company")
    page = "Coast\n\n" + _BRIEF_ONE.replace("The harbour board voted", "Riverton - The harbour board voted") + two
    assert len(parse(page).articles) == 2


def test_a_clock_time_beside_each_title_marks_briefs():
    one = _BRIEF_ONE.replace("Channel\n\n", "Channel\n\n 11:36,\n\n", 1)
    two = _BRIEF_TWO.replace("Spring\n\n", "Spring\n\n 11:42,\n\n", 1)
    assert _headlines(one + two) == ["Harbour Board Votes to Dredge the Eastern Channel", "Island Ferry Fares to Rise by a Tenth in Spring"]


def test_a_one_story_with_subheadings_stays_whole():
    """Subheadings over a paragraph or two, with no mark beside them, open no brief."""
    page = (
        "Harbour board votes to dredge the eastern channel\n\n"
        "The harbour board voted on Thursday to dredge the eastern channel before the winter storms arrive.\n\n"
        "Fishing crews had asked for the work for three years, the board's chair told reporters.\n\n"
        "What the work will cost the town\n\n"
        "The dredging will cost the town two million pounds, spread over three years of its budget.\n\n"
        "The board will ask the government for half of it, its chair said.\n\n"
        "Why the crews asked for it\n\n"
        "Boats have run aground twice this year in the silted channel, the crews said.\n\n"
        "One crew lost a season of catches while its boat was repaired.\n"
    )
    assert len(parse(page).articles) == 1


def test_a_a_dash_inside_a_sentence_is_no_dateline_mark():
    """``Title Case - word`` needs a capital after the dash: a sentence's own dash marks nothing."""
    one = _BRIEF_ONE.replace("The harbour board voted", "Riverton - The harbour board voted")
    page = "Coast\n\n" + one + _BRIEF_TWO.replace("The island ferry company", "Port Ellen - the island ferry company")
    assert len(parse(page).articles) == 1


# --- B. a date or dateline running on after a dash is no title ----------------------------------------------------


def test_b_a_line_closed_by_a_spaced_dash_is_no_title():
    assert not is_title("EL PASO, Texas -")
    assert not is_title("24 Nov -")
    assert not is_title("Monday, March 3 —")
    assert is_title("Harbour board votes to dredge the eastern channel")
    assert is_title("Anti-war march draws thousands")  # a hyphen inside a word closes nothing


def test_b_a_date_running_on_above_the_title_is_passed_over():
    page = (
        "3 Mar -\n\nHarbour board votes to dredge the eastern channel\n\n"
        "The harbour board voted on Thursday to dredge the eastern channel before the winter storms arrive.\n\n"
        "Fishing crews had asked for the work for three years, the board's chair told reporters.\n"
    )
    assert _headlines(page) == ["Harbour board votes to dredge the eastern channel"]


# --- C. a wire service's full name beside its place is a byline ---------------------------------------------------


def test_c_a_wire_service_by_its_full_name_and_place_is_a_byline():
    assert kind("Press Trust of India | New Delhi") is LineKind.BYLINE
    assert kind("The Canadian Press | Toronto") is LineKind.BYLINE
    assert kind("Australian Associated Press / Sydney") is LineKind.BYLINE


def test_c_a_wire_service_in_a_headline_stays_text():
    assert kind("Press Association | Westminster hit by protest over fares") is LineKind.TEXT
    assert kind("Canadian Press wins award for flood coverage") is LineKind.TEXT


def test_c_the_title_over_a_wire_byline_is_the_headline():
    page = (
        "Harbour board votes to dredge the eastern channel\n\n"
        "Crews say the silted channel has cost them a season of catches\n\n"
        "Press Trust of India | New Delhi\n\n"
        "The harbour board voted on Thursday to dredge the eastern channel before the winter storms arrive.\n\n"
        "Fishing crews had asked for the work for three years, the board's chair told reporters.\n"
    )
    assert _headlines(page) == ["Harbour board votes to dredge the eastern channel"]


# --- D. a search prompt, a story's archive number, a broadcaster's promo ------------------------------------------


def test_d_page_furniture_lines_are_chrome():
    for line in ("Hi, what are you looking for?", "What are you looking for?", "News ID: 260556", "Story ID: 4411",
                 "Full Story", "Get more news Live on Harbour TV", "Get more newsLiveonHarbour TV",
                 "100’s of premium titles.", "One app.", "Start reading"):
        assert kind(line) is LineKind.CHROME, line


def test_d_sentences_like_them_stay_text():
    for line in ("What are you looking for in a new ferry, the board asked residents.",
                 "News of the vote reached the island on Friday.",
                 "The full story of the wreck was told at the inquest.",
                 "Start reading the report at page nine, the chair told councillors.", "One app for every ferry."):
        assert kind(line) is LineKind.TEXT, line


def test_d_the_title_under_a_search_prompt_and_an_archive_number():
    page = (
        "Hi, what are you looking for?\n\nNews ID: 1234\n\nHarbour board votes to dredge the eastern channel\n\n"
        "The harbour board voted on Thursday to dredge the eastern channel before the winter storms arrive.\n\n"
        "Fishing crews had asked for the work for three years, the board's chair told reporters.\n"
    )
    assert _headlines(page) == ["Harbour board votes to dredge the eastern channel"]


def test_d_a_standfirst_over_a_promo_and_a_datelined_lead():
    page = (
        "Skip to main content\n\nHarbour board votes to dredge the eastern channel\n\n"
        "Crews had asked for the work for three years, and the storms are weeks away.\n\n"
        "Get more news Live on Harbour TV\n\n"
        "RIVERTON — The harbour board voted on Thursday to dredge the eastern channel before the winter storms.\n\n"
        "Fishing crews had asked for the work for three years, the board's chair told reporters.\n"
    )
    article = parse(page).articles[0]
    assert article.summary is not None and article.summary.text.startswith("Crews had asked")
    assert article.paragraphs[0].text.startswith("RIVERTON —")


def test_find_title_passes_over_a_run_on_place():
    from newsparse.page.probe import PageProbe

    lines = PageProbe("KYIV, Ukraine -\nHarbour board votes to dredge the eastern channel\nThe board voted on it.\n").page_lines(CHROME)
    assert find_title(lines) == 1


# --- E. a byline run on into its reading time, and posts under such bylines ----------------------------------------


def test_e_a_byline_run_on_into_its_reading_time_is_a_byline():
    assert kind("Jane Doe, The Harbour Press 4 minute read 3:21 PM CST") is LineKind.BYLINE
    assert kind("John Roe, Harbour Wire Staff 6 minute read Updated: 2:51 PM") is LineKind.BYLINE
    assert kind("Jane Doe, Reuters 5 minute read") is LineKind.BYLINE


def test_e_a_reading_time_after_no_byline_stays_text():
    assert kind("The council spent a 5 minute read of the report on it") is LineKind.TEXT
    assert kind("Harbour board votes 5 min read") is LineKind.TEXT
    assert kind("Jane Doe, The Harbour Press 4 minute read of the long report that the council published today") is LineKind.TEXT


def test_e_two_stories_under_such_bylines_are_two_posts():
    page = (
        "Coast\n\nHarbour board votes to dredge the eastern channel\n\n"
        "Jane Doe, The Harbour Press 2 minute read 3:21 PM CST\n\n"
        "RIVERTON - The harbour board voted on Thursday to dredge the eastern channel before the winter storms.\n\n"
        "Fishing crews had asked for the work for three years, the board's chair told reporters.\n\n"
        "Island ferry fares to rise by a tenth in spring\n\n"
        "John Roe, The Harbour Press 3 minute read 2:51 PM CST\n\n"
        "PORT ELLEN - The island ferry company will raise its fares by a tenth from April, it said on Friday.\n\n"
        "The company blamed the price of fuel, which has risen for a year.\n"
    )
    assert _headlines(page) == ["Harbour board votes to dredge the eastern channel", "Island ferry fares to rise by a tenth in spring"]


def test_a_a_lead_opening_with_its_subheadings_words_marks_nothing():
    """A story's subheading echoed by its paragraph's first words, with a space after them, is no title run together."""
    one = _BRIEF_ONE.replace("The harbour board voted", "Riverton - The harbour board voted")
    two = _BRIEF_TWO.replace("\n\nThe island ferry company", "\n\nIsland Ferry Fares to Rise by a Tenth in Spring, the island ferry company")
    assert len(parse("Coast\n\n" + one + two).articles) == 1


# --- F. a page's description copying the lead, over the byline, is the standfirst -----------------------------------

_TITLE = "Harbour board votes to dredge the eastern channel"
_LEAD_COPY = (
    "RIVERTON (Harbour Wire) - The harbour board voted on Thursday to dredge the eastern channel before the winter "
    "storms, in a move that fishing crews said was long overdue. The board's chair said the work would start"
)
_LEAD = (
    "RIVERTON (Harbour Wire) -The harbour board voted on Thursday to dredge the eastern channel before the winter "
    "storms, in a move that fishing crews said was years overdue."
)


def test_f_a_description_copying_the_lead_over_the_byline_is_the_standfirst():
    page = f"{_TITLE}\n\n{_LEAD_COPY}\n\nBy Jane Doe and John Roe\n\n{_LEAD}\n\nThe work will start in October and take six weeks.\n"
    article = parse(page).articles[0]
    assert article.summary is not None and article.summary.text == _LEAD_COPY
    assert article.paragraphs[0].text == _LEAD


def test_f_under_a_title_and_over_a_date_line_too():
    page = (
        f"{_TITLE}\n\n{_LEAD_COPY}\n\nBy Jane Doe\n\nMarch 3, 2026\n\n"
        f"{_LEAD}\n\nThe work will start in October and take six weeks.\n"
    )
    article = parse(page).articles[0]
    assert article.summary is not None and article.summary.text == _LEAD_COPY


def test_f_a_datelined_lead_over_the_byline_that_differs_below_stays_the_body():
    """A lead over the byline whose next paragraph is another sentence is the body's first paragraph."""
    other = "The board's chair said the work would start in October and take six weeks, weather allowing, she added."
    lead = _LEAD.replace("-The", "- The")
    page = f"{_TITLE}\n\n{lead}\n\nBy Jane Doe\n\n{other}\n\nFishing crews had asked for the work for three years.\n"
    article = parse(page).articles[0]
    assert article.summary is None
    assert article.paragraphs[0].text == lead


def test_f_a_short_line_sharing_the_leads_opening_is_no_copy():
    """Fewer words than the copy needs (a kicker, a cut title) share too little to copy the lead."""
    page = f"{_TITLE}\n\nRIVERTON (Harbour Wire) - The harbour board voted\n\nBy Jane Doe\n\n{_LEAD}\n\nThe work will start in October.\n"
    article = parse(page).articles[0]
    assert article.summary is None or article.summary.text != "RIVERTON (Harbour Wire) - The harbour board voted"


def test_f_a_foto_credit_is_chrome():
    assert kind("Foto: Antara/Jane Doe") is LineKind.CHROME
    assert kind("Fotos of the harbour at dusk") is LineKind.TEXT


# --- H. a blog's day headers, each over a post's title -------------------------------------------------------------

_DAY_POSTS = (
    "Saturday, March 7, 2026\n\nLighthouse keeper retires after forty years\n\n"
    "The keeper of the north lighthouse retired on Monday after forty years at the lamp.\n\n"
    "He will stay on the island, he told the local paper.\n\n"
    "The council will look for a new keeper in the spring.\n\n"
    "The lamp has been lit every night since 1986, the council said.\n\n"
    "Friday, March 6, 2026\n\nIsland ferry fares to rise by a tenth in spring\n\n"
    "The island ferry company will raise its fares by a tenth from April, it said on Friday.\n\n"
    "The company blamed the price of fuel, which has risen for a year.\n"
)


def test_h_day_headers_over_titles_open_posts():
    articles = parse(_DAY_POSTS).articles
    assert [a.headline.text for a in articles] == [
        "Lighthouse keeper retires after forty years",
        "Island ferry fares to rise by a tenth in spring",
    ]
    assert [str(a.published) for a in articles] == ["2026-03-07", "2026-03-06"]
    assert [len(a.paragraphs) for a in articles] == [4, 2]


def test_h_one_date_over_a_title_is_one_article():
    page = _DAY_POSTS[: _DAY_POSTS.index("Friday, March 6")]
    assert len(parse(page).articles) == 1


def test_h_a_date_line_with_more_than_the_date_is_no_day_header():
    page = _DAY_POSTS.replace("Saturday, March 7, 2026", "Saturday, March 7, 2026 Harbour weather: fine").replace(
        "Friday, March 6, 2026", "Friday, March 6, 2026 Harbour weather: rain"
    )
    from newsparse.page.probe import PageProbe
    from newsparse_blog import post_starts

    lines = PageProbe(page).page_lines(CHROME)
    assert all(not lines[i].clean.startswith(("Saturday", "Friday")) for i, _ in post_starts(lines, CHROME))


# --- I. a template's slot name printed as text ----------------------------------------------------------------------


def test_i_a_slot_name_is_chrome():
    assert kind("story_article_left1") is LineKind.CHROME
    assert kind("ad_slot_top") is LineKind.CHROME


def test_i_words_with_an_underscore_in_a_sentence_stay_text():
    assert kind("snake_case is a naming style used by programmers.") is LineKind.TEXT
    assert kind("The file was named harbour_plan_final by the council.") is LineKind.TEXT


def test_i_a_slot_name_between_paragraphs_is_dropped():
    page = (
        "Skip to main content\n\nHarbour board votes to dredge the eastern channel\n\n"
        "The harbour board voted on Thursday to dredge the eastern channel before the winter storms arrive.\n\n"
        "story_article_left1\n\n"
        "Fishing crews had asked for the work for three years, the board's chair told reporters.\n"
    )
    assert [p.text[:20] for p in parse(page).articles[0].paragraphs] == ["The harbour board vo", "Fishing crews had as"]


# --- J. an aggregator's masthead: the source's name printed twice, the writer's name, then the title --------------

_CARRIED = (
    "Get all your news in one place.\n100’s of premium titles.\nOne app.\nStart reading\n"
    "The Harbour Times\nThe Harbour Times\n{label}Jane Doe\n\n"
    "Harbour board votes to dredge the eastern channel before the storms\n\n"
    "The harbour board voted on Thursday to dredge the eastern channel before the winter storms arrive.\n\n"
    "Fishing crews had asked for the work for three years, the board's chair told reporters.\n"
)


@pytest.mark.parametrize("label", ["", "National\n"])
def test_j_a_source_printed_twice_and_the_writer_are_no_title(label):
    articles = parse(_CARRIED.format(label=label)).articles
    assert [a.headline.text for a in articles] == ["Harbour board votes to dredge the eastern channel before the storms"]


def test_j_a_short_title_printed_twice_over_the_body_stays_the_title():
    page = (
        "Rates debate gets ugly\nRates debate gets ugly\n1370\n"
        "The budget debate at the council meeting last month was expected to be heated, and it was.\n"
        "The mayor swept in with a compromise on the rates.\n"
    )
    assert parse(page).articles[0].headline.text == "Rates debate gets ugly"
