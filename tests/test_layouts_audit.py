"""Rules from the audit of scraped single-article pages: a date stamped before a page's first line,
hard-wrapped paragraphs, a title with a breadcrumb trail glued before it, a comment form's heading,
closing boxes of the site's other stories, and a short opening heading on plain text."""

from __future__ import annotations

import datetime as dt

import pytest

from newsparse import parse
from newsparse.page.chrome import LineKind
from newsparse.page.draft import Draft
from newsparse.page.probe import PageLine
from newsparse.page.text import content_lines
from newsparse.page.wrap import continues, join_wrapped

from .layout_helpers import CHROME, article_of


def paragraphs(article):
    return [p.text for p in article.paragraphs]


def assert_spans(text, article):
    for p in article.paragraphs:
        assert " ".join(text[p.span.start : p.span.end].split()) == p.text


# --- a date stamped before the first line --------------------------------------------------


def test_date_stamp_before_title_is_the_date_and_the_rest_the_title():
    text = (
        " date 2021-03-04 Harbour council approves a new ferry timetable\n\n"
        "The council voted on Tuesday to run the morning ferry half an hour earlier from May.\n\n"
        "Councillors said the change would suit commuters who work in the city.\n"
    )
    art = article_of(text)
    assert art.headline.text == "Harbour council approves a new ferry timetable"
    assert art.published == dt.date(2021, 3, 4)
    assert paragraphs(art)[0].startswith("The council voted")
    assert text[art.headline.span.start : art.headline.span.end] == art.headline.text


def test_date_stamp_before_a_dateline_paragraph():
    text = (
        " date 2018-11-20 DOVER, Del. – State officials said on Monday that the old swing bridge would close "
        "for two weeks of repairs.\n\n"
        "Drivers will be sent along the coast road while the work goes on, a spokeswoman said.\n"
    )
    art = article_of(text)
    assert art.published == dt.date(2018, 11, 20)
    assert paragraphs(art)[0].startswith("DOVER, Del. – State officials")
    assert_spans(text, art)


@pytest.mark.parametrize(
    "first",
    [
        "Update date 2020-01-01 is set for the new rules",  # the stamp must open the line
        "date night ideas for a rainy weekend",  # no date after the label
        "date 2020-01-01",  # a date line alone: nothing to split off
    ],
)
def test_lines_that_carry_no_date_stamp(first):
    [line] = content_lines(first + "\n")
    assert line.clean == first


def test_date_stamp_only_on_the_first_line():
    lines = content_lines("A first line of text\ndate 2020-01-01 Second line stays whole\n")
    assert [ln.clean for ln in lines] == ["A first line of text", "date 2020-01-01 Second line stays whole"]


# --- hard-wrapped paragraphs ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("upper", "lower"),
    [
        ("Reports in some papers about the reason for the", "minister's trip are false, officials said."),
        ("The shares closed at", "$4.10 in New York."),
        ("It expects a loss of", "2-4 cents a share."),
    ],
)
def test_wrapped_continuations(upper, lower):
    assert continues(upper, lower)


@pytest.mark.parametrize(
    ("upper", "lower"),
    [
        ("The statement reads,", "‘The ministry has noted with concern the reports of attacks.’"),  # a lead-in
        ("The vote was held on Friday.", "turnout was low, observers said."),  # the upper ends a sentence
        ("The number of complaints about violations in", "Farmers have filed twice as many claims."),
        ("Residents were told:", "keep windows shut until noon."),
        ("Council backs the new library plan for the town", "via Reuters"),  # short, ends no sentence
        ("Ana Ruiz", "aruiz@harbourtimes.example"),  # one word: an address under a name
    ],
)
def test_lines_that_do_not_continue(upper, lower):
    assert not continues(upper, lower)


def test_capital_after_run_on_word_continues_only_where_blank_lines_part_paragraphs():
    assert continues("the reason for his private visit to", "Madrid, a press release said.", blank_lines=True)
    assert not continues("the reason for his private visit to", "Madrid, a press release said.")


def test_wrapped_page_with_blank_lines_reads_whole_paragraphs():
    text = (
        "Port authority denies reports on dredging contract\n\n"
        "KARACHI, Mar 3 (PNA): Reports in some newspapers about the award of\n"
        "the dredging contract are baseless, a spokesman of the port authority\n"
        "said on Sunday.\n\n"
        "The contract was awarded through open bidding, the spokesman said, adding\n"
        "that all documents had been made public on the authority's website in\n"
        "January.\n"
    )
    art = article_of(text)
    assert paragraphs(art) == [
        "KARACHI, Mar 3 (PNA): Reports in some newspapers about the award of the dredging contract are "
        "baseless, a spokesman of the port authority said on Sunday.",
        "The contract was awarded through open bidding, the spokesman said, adding that all documents had "
        "been made public on the authority's website in January.",
    ]
    assert_spans(text, art)


def test_page_of_one_line_paragraphs_is_not_joined():
    text = (
        "Envoy to visit the capital after attacks on traders\n"
        "The president has sent an envoy to the capital after a week of attacks on traders.\n"
        "The statement reads,\n"
        "‘The president has noted with deep concern the attacks on our citizens.’\n"
        "The envoy is expected to arrive on Thursday.\n"
    )
    art = article_of(text)
    assert "The statement reads," in paragraphs(art)


def test_join_wrapped_keeps_chrome_lines_apart():
    lines = [
        PageLine(ln, ln.clean, LineKind.CHROME if ln.clean == "Share this" else LineKind.TEXT)
        for ln in content_lines("The mayor said the plan of\nShare this\nthe city was sound.\n")
    ]
    assert [pl.clean for pl in join_wrapped("The mayor said the plan of\nShare this\nthe city was sound.\n", lines)] == [
        "The mayor said the plan of",
        "Share this",
        "the city was sound.",
    ]


# --- a breadcrumb trail glued before the title ---------------------------------------------


def test_title_with_glued_breadcrumb_is_read_from_its_copy():
    text = (
        "HomeWorldFerry strike ends after three days of talks\n\n"
        "Ferry strike ends after three days of talks\n\n"
        "Crews returned to work on Friday after the union accepted a new pay offer.\n\n"
        "Sailings will run to the normal timetable from Saturday, the operator said.\n"
    )
    art = article_of(text)
    assert art.headline.text == "Ferry strike ends after three days of talks"
    assert art.summary is None
    assert paragraphs(art)[0].startswith("Crews returned")


def _line(clean):
    return content_lines(clean + "\n")[0]


@pytest.mark.parametrize(
    ("under", "retitled"),
    [
        ("Ferry strike ends after three days", True),
        ("after three days", False),  # a few words only: no title
        ("Crews return to work on Friday", False),  # not the title's end
    ],
)
def test_retitle_from_tail(under, retitled):
    draft = Draft(CHROME)
    draft.set_title(_line("NewsLocalFerry strike ends after three days"))
    assert draft.retitle_from_tail(_line(under)) is retitled


def test_no_retitle_once_the_body_has_begun():
    draft = Draft(CHROME)
    draft.set_title(_line("NewsLocalFerry strike ends after three days"))
    draft.paragraphs.append(_line("Crews returned to work on Friday."))
    assert not draft.retitle_from_tail(_line("Ferry strike ends after three days"))


# --- a comment form's heading and closing boxes --------------------------------------------


@pytest.mark.parametrize("line", ["Your Comment", "Post your comments", "Leave your comment", "YOUR COMMENTS"])
def test_comment_form_headings(line):
    assert CHROME.opens_comments(line)


@pytest.mark.parametrize(
    "line",
    [
        "Your comments on the draft plan are welcome until Friday, the council said.",
        "Your comment was the best",
    ],
)
def test_lines_that_open_no_comment_form(line):
    assert not CHROME.opens_comments(line)


@pytest.mark.parametrize("line", ["More to Read", "Tags from the story", "Stories you may like"])
def test_closing_boxes_open_lists(line):
    assert CHROME.opens_list(line)


def test_list_of_teasers_with_cut_short_blurbs_is_chrome():
    text = (
        "Council backs the new library plan\n"
        "By Corin Vale | March 3, 2024\n"
        "The council voted on Monday to build a new library beside the station.\n"
        "The library will hold twice as many books as the old one, the council said.\n"
        "Work is due to start next spring, the council said.\n"
        "More Stories\n"
        "TRAFFIC: RING ROAD TO CLOSE FOR REPAIRS\n"
        "The ring road will close for two nights next week while crews repair the...\n"
        "SPORT: CITY WIN THE DERBY IN EXTRA TIME\n"
        "City beat their neighbours in extra time on Saturday after a late…\n"
    )
    art = article_of(text)
    assert paragraphs(art) == [
        "The council voted on Monday to build a new library beside the station.",
        "The library will hold twice as many books as the old one, the council said.",
        "Work is due to start next spring, the council said.",
    ]


def test_sentence_under_a_list_heading_ends_the_list():
    text = (
        "Council backs the new library plan\n\n"
        "The council voted on Monday to build a new library beside the station.\n\n"
        "Related\n\n"
        "Station car park to shrink\n\n"
        "The library will open in 2027, the council said.\n"
    )
    art = article_of(text)
    assert paragraphs(art)[-1] == "The library will open in 2027, the council said."


def test_newsletter_fine_print_is_chrome():
    assert CHROME.kind("You may occasionally receive promotional content from the Harbour Gazette.")[0] is LineKind.CHROME


# --- a short opening heading on plain text -------------------------------------------------


def test_short_opening_heading_is_no_summary_on_plain_text():
    text = "What happened\nShares of a small maker of pumps fell 12% on Tuesday after it cut its forecast.\n"
    [art] = parse(text, input_format="generic").articles
    assert art.summary is None
    assert paragraphs(art)[0] == "What happened"


def test_long_opening_line_is_a_summary_on_plain_text():
    text = "Pump maker cuts its forecast as orders slow\nShares of a small maker of pumps fell 12% on Tuesday.\n"
    [art] = parse(text, input_format="generic").articles
    assert art.summary.text == "Pump maker cuts its forecast as orders slow"
