"""Hard-wrapped paragraphs: the last printed line is measured, quoted fragments run on, the page's wrap width, and
wrapped lines that look like titles or credited captions."""

from __future__ import annotations

import pytest

from newsparse.page.chrome import LineKind
from newsparse.page.probe import PageLine
from newsparse.page.text import content_lines
from newsparse.page.layout import is_title
from newsparse.page.wrap import continues, wrap_width

from .layout_helpers import article_of, kind


def paragraphs(text):
    return [p.text for p in article_of(text).paragraphs]


def _lines(text):
    return [PageLine(ln, ln.clean, LineKind.TEXT) for ln in content_lines(text)]


def test_a_long_paragraph_takes_a_short_wrapped_line_measured_against_its_last_line():
    text = (
        "Harbour board votes to sell its old ferry terminal\n\n"
        "The harbour board voted on Tuesday to sell the old ferry terminal on\n"
        "the north quay, ending two years of talks with the town council and\n"
        "three bidders over the future of the site, which has stood empty\n"
        "since the last sailing to the islands in the spring of the year\n"
        "before last, and the money will go to repairs.\n\n"
        "The council welcomed the vote.\n"
    )
    assert paragraphs(text)[0].endswith("spring of the year before last, and the money will go to repairs.")
    assert len(paragraphs(text)) == 2


@pytest.mark.parametrize(
    ("upper", "lower"),
    [
        ("The inspectors wrote that the trust had", '"repeatedly ignored the warnings of its own staff."'),
        ("and the coach called the referee's decision", "“frankly baffling” after the final whistle."),
        ("Attendance at the fair, which drew crowds of about", "12,000 visitors last year, fell sharply."),
        ("A spokesman said the company would", "Never comment on rumours about its plans."),  # auxiliary
    ],
)
def test_lines_that_run_on(upper, lower):
    assert continues(upper, lower, blank_lines=True)


@pytest.mark.parametrize(
    ("upper", "lower"),
    [
        ("The inspectors published their report", '"We failed our patients," the chief executive said.'),
        ("Sales fell in the third quarter.", "12,000 jobs will go, the company said."),
    ],
)
def test_lines_that_stay_apart(upper, lower):
    assert not continues(upper, lower, blank_lines=True)


def test_a_forced_break_runs_on_whatever_the_upper_line_ends_with():
    upper = "The judge read out the sentence to a silent court and the defendant."  # 68 characters
    assert continues(upper, "Relatives of the victims wept in the public gallery.", blank_lines=True, width=70)
    assert not continues(upper, "It was over.", blank_lines=True, width=75)  # "It" would have fitted: a paragraph ends
    assert not continues(upper + " He wept loudly.", "Then he left.", blank_lines=True, width=70)  # longer than the width


WRAPPED = (
    "Ferry operator fined over late sailings\n\n"
    "The island ferry operator was fined on Monday for running late on more\n"
    "than a third of its sailings last winter, the transport regulator said.\n"
    "Passengers had complained of missed connections for months, and the\n"
    "regulator said the company had ignored three earlier warnings from\n"
    "its inspectors about the state of two of its four ageing vessels.\n\n"
    "The company said it would appeal and blamed the weather for most of\n"
    "the delays.\n\n"
    "Sailings resume on Friday.\n"
)


def test_a_page_wrapped_at_a_fixed_width_has_that_width():
    assert wrap_width(_lines(WRAPPED)) == 71


def test_a_sentence_ending_line_at_the_wrap_width_runs_on_into_the_next_one():
    assert paragraphs(WRAPPED)[0].startswith("The island ferry operator was fined on Monday")
    assert paragraphs(WRAPPED)[0].endswith("two of its four ageing vessels.")
    assert len(paragraphs(WRAPPED)) == 3


def test_a_page_printing_a_paragraph_a_line_or_a_title_over_a_short_line_has_no_width():
    one_a_line = "A title of the story here\nThe first paragraph is a long line ending in a full stop.\nThe second one.\n"
    assert wrap_width(_lines(one_a_line)) == 0
    title = "A long title line over its standfirst with no blank line between the two of them\nA short standfirst\n\n"
    assert wrap_width(_lines(title + "One paragraph.\n\nAnother one.\n")) == 0


def test_a_long_title_over_a_wrapped_page_does_not_set_its_width():
    title = "Ferry operator fined over late sailings after a winter of complaints from islanders\n"
    assert wrap_width(_lines(title + WRAPPED.split("\n\n", 1)[1])) == 71


def test_a_long_title_alone_of_its_length_does_not_set_the_width():
    lines = "A title line that is much longer than every wrapped line of the body under it\n" + WRAPPED.split("\n\n", 1)[1]
    assert wrap_width(_lines(lines)) == 71


@pytest.mark.parametrize(
    "line",
    [
        "Safi said Qatar had committed $2.5 billion in loans and the",
        "the ministry said it would review the terms of",
        "Ankara hoped to see the first trains before its",
    ],
)
def test_a_line_ending_in_an_article_conjunction_of_or_a_possessive_is_no_title(line):
    assert not is_title(line)


@pytest.mark.parametrize("line", ["Ten films to look out for", "What the ruling means for renters", "Storm Bert: what we know"])
def test_titles_may_end_in_other_small_words(line):
    assert is_title(line)


def test_a_wrapped_line_ending_in_the_start_of_a_capitalized_phrase_is_no_credited_caption():
    assert kind("The project also faces delays. The Middle East") is LineKind.TEXT
    assert kind("The quay at dusk in March. Tomas Brekke") is LineKind.CHROME


@pytest.mark.parametrize(
    "line",
    ["Planning experts said the row reflected a deeper problem. Prof Alan", "The hospital admitted it. Dr. Rhona Kerr", "Nobody came. Sir Ian"],
)
def test_a_wrapped_line_ending_in_a_titled_name_is_no_credited_caption(line):
    assert kind(line) is LineKind.TEXT


def test_an_indented_first_line_is_measured_as_printed():
    # wrapped at 70 columns, the paragraph's first line indented by three: the indent counts
    upper = "Among the rebels was the former deputy mayor Dame Ruth Calloway,"  # 64 characters, 67 as printed
    lower = "71, who has sat on the council for 30 years and chaired its budget"
    assert continues(upper, lower, blank_lines=True, width=70, upper_chars=67)
    assert not continues(upper, lower, blank_lines=True, width=70)


def test_above_the_byline_a_capital_after_a_forced_break_or_a_small_word_opens_another_line():
    title = "The island ferry operator was fined on Monday for running late on more"  # 70 characters
    assert not continues(title, "Passengers had complained for months", blank_lines=True, width=71, head=True)
    assert continues(title, "than a third of its sailings", blank_lines=True, width=71, head=True)  # lower case runs on
    assert continues(title[:-5], "Monday and Tuesday sailings", blank_lines=True, width=71, head=True)  # after "on"
    over = "Ferry tips over"
    assert not continues(over, "“We got there,” the skipper says of the crossing.", blank_lines=True, head=True)
    assert continues(over, "Harbour staff said the vessel would be towed.", blank_lines=True)  # in the body it runs on


def test_a_title_over_its_standfirst_and_byline_stays_the_title_on_a_page_of_blank_lines():
    page = (
        "HARBOUR TIMES\nSCIENCE —\n\nFerry lands on the moon, but tips over\n"
        "“We got there,” the skipper says of the crossing.\n\nAnn Lee - 11/5/2024, 9:12 PM\n\n"
        "The ferry touched down on Tuesday, the company said.\n\nIt lies on its side.\n"
    )
    article = article_of(page)
    assert article.headline is not None and article.headline.text == "Ferry lands on the moon, but tips over"
