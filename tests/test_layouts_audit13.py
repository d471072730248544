"""Layouts from an audit of thirty wire-copy and plain-text pages (layaudit13): a dateline printed alone
on its line above the body, a syndication feed's pointer to the full text, wire captions closed by a
gallery button, an outlet's writers in a byline, a cut copy of the title above it and other stories'
headlines listed under the body.  Every page and line here is of our own making."""

from __future__ import annotations

import time

import pytest

from newsparse.page.chrome import LineKind, _is_writers_byline, is_photo_caption
from newsparse.page.draft import Draft
from newsparse.page.layout import _is_cut_copy
from newsparse.page.probe import read_lines
from newsparse.page.text import Line

from .layout_helpers import CHROME, article_of, kind, texts

_LEAD = "The harbour board voted on Thursday to dredge the eastern channel before the winter storms."
_SECOND = "Fishing crews had asked for the work for three years, the board's chair said."
_THIRD = "The work will start in October and take six weeks."


def _headline(article) -> str | None:
    return article.headline.text if article.headline else None


# --- A. a dateline alone on its line opens the first paragraph ------------------------------------------------


@pytest.mark.parametrize(
    "page, dateline",
    [
        (f"Port Ellis:\n{_LEAD}\n{_SECOND}\n{_THIRD}\n", "Port Ellis:"),
        (f"Port Ellis :\n\n{_LEAD}\n\n{_SECOND}\n\n{_THIRD}\n", "Port Ellis :"),
        (f" date 2021-04-16 Fenwick, Kerala:\n\n{_LEAD}\n\n{_SECOND}\n", "Fenwick, Kerala:"),
    ],
)
def test_a_dateline_alone_opens_the_first_paragraph(page, dateline):
    paragraphs = texts(article_of(page))
    assert paragraphs[0] == f"{dateline} {_LEAD}"
    assert paragraphs[1:] == [_SECOND, _THIRD][: len(paragraphs) - 1]


def test_a_heading_with_a_colon_inside_the_body_stays_apart():
    page = f"{_LEAD}\n\nBackground:\n\n{_SECOND}\n\n{_THIRD}\n"
    assert f"Background: {_SECOND}" not in texts(article_of(page))
    assert _SECOND in texts(article_of(page))


def test_a_dateline_over_a_short_line_stays_apart():
    page = f"Port Ellis:\nCrews wait.\n{_LEAD}\n{_SECOND}\n"
    assert not any(p.startswith("Port Ellis: Crews") for p in texts(article_of(page)))


# --- B. a syndication feed's pointer to the full text ---------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "To read the full article or to get the complete feed from this outlet, please",
        "To read the full story, visit the partner's site.",
        "To get the complete feed of the Harbour Gazette, contact us.",
    ],
)
def test_b_a_syndication_pointer_is_chrome(line):
    assert kind(line) is LineKind.CHROME


def test_b_a_sentence_about_reading_minutes_is_text():
    assert kind("To read the full minutes, residents can visit the town library on Friday.") is LineKind.TEXT


# --- C. wire captions closed by a gallery button ---------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Dredgers work in the eastern channel on May 3, 2026. (Xinhua/Jane Doe) Photo Gallery",
        "A plan of the new quay at Port Ellis. (Xinhua Photo) Photo gallery",
        "Crews lift the old pontoon at dawn. (AFP/ Li Ming)",
    ],
)
def test_c_a_credited_caption_with_a_gallery_button_is_a_caption(line):
    assert is_photo_caption(line)


@pytest.mark.parametrize(
    "line",
    [
        "The club opened a new photo gallery on the quay",
        "He spoke at the opening of the regatta (video) Gallery",
        "The board met in the library (Room 4) on Friday",
    ],
)
def test_c_other_lines_are_no_captions(line):
    assert not is_photo_caption(line)


def test_c_captions_between_paragraphs_split_no_wire_story():
    caption = "Dredgers work in the eastern channel on May 3, 2026. (Xinhua/Jane Doe) Photo Gallery"
    page = f"PORT ELLIS, May 3 (Xinhua) -- {_LEAD}\n{_SECOND}\n{caption}\n{_THIRD}\nThe board will meet again in June.\n"
    article = article_of(page)
    assert texts(article)[1:] == [_SECOND, _THIRD, "The board will meet again in June."]


# --- D. an outlet's writers in a byline ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    ["By Harbour Wire writers Jane Doe and Li Ming", "By Coast Press reporter Tomas Brekke"],
)
def test_d_an_outlets_writers_are_a_byline(line):
    assert CHROME.kind(line)[0] is not LineKind.TEXT
    page = f"Harbour board votes to dredge eastern channel\n\n{line}\n\n{_LEAD}\n\n{_SECOND}\n"
    article = article_of(page)
    assert article.summary is None
    assert texts(article) == [_LEAD, _SECOND]


@pytest.mark.parametrize("line", ["By the writers of the show", "By writers of the old school"])
def test_d_other_by_lines_are_no_outlet_byline(line):
    assert not _is_writers_byline(line, CHROME.byline_roles)


# --- E. a copy of the title cut short by an ellipsis -----------------------------------------------------------


def test_e_a_cut_copy_of_the_title_above_it_is_chrome():
    title = "Harbour board votes to dredge the eastern channel"
    page = f" date 2016-12-21 Harbour board votes to dredge the...\n\n{title}\n\n{_LEAD} {_SECOND}\n\n"
    article = article_of(page)
    assert _headline(article) == title
    assert texts(article) == [f"{_LEAD} {_SECOND}"]


@pytest.mark.parametrize(
    "cut, title",
    [
        ("Harbour board votes to dredge the...", "Ferry fares rise again this winter on the islands"),
        ("Harbour board...", "Harbour board votes to dredge the eastern channel"),  # too short a copy
    ],
)
def test_e_an_ellipsis_line_that_is_no_copy_is_no_cut_copy(cut, title):
    lines = read_lines(f"{cut}\n\n{title}\n\n{_LEAD}\n", CHROME)
    assert not _is_cut_copy(lines, 0)


# --- F. other stories' headlines listed under the body ---------------------------------------------------------

_HEADLINES = [
    "'Ferry tycoon' freed from jail after ten years",
    "Lifeboat crews will now guard the northern cape all winter, know why?",
    "Fenwick picks a new mayor as the opposition sits out the vote on the budget",
]


def test_f_headlines_listed_under_the_body_are_chrome():
    page = "Harbour board votes to dredge eastern channel\n\n" + "\n\n".join([_LEAD, _SECOND, _THIRD, *_HEADLINES]) + "\n\nShare:\n"
    assert texts(article_of(page)) == [_LEAD, _SECOND, _THIRD]


def test_f_closing_questions_stay_the_writers():
    questions = ["Will the channel be ready before the storms?", "And who will pay for the work?"]
    page = "Harbour board votes to dredge eastern channel\n\n" + "\n\n".join([_LEAD, _SECOND, _THIRD, *questions]) + "\n"
    assert texts(article_of(page)) == [_LEAD, _SECOND, _THIRD, *questions]


def test_f_two_headlines_are_not_enough():
    long_heads = [_HEADLINES[2], "Fenwick opens a new school on the quay as the old one closes for repairs"]
    page = "Harbour board votes to dredge eastern channel\n\n" + "\n\n".join([_LEAD, _SECOND, *long_heads]) + "\n"
    assert texts(article_of(page))[:2] == [_LEAD, _SECOND]
    assert len(texts(article_of(page))) == 4


# --- the patterns run in linear time on hostile input ----------------------------------------------------------


def test_patterns_are_linear_on_hostile_input():
    hostile = "Port " * 20000 + ":"
    caption = "(" + "Xinhua/ " * 12000 + "Gallery"
    start = time.perf_counter()
    article_of(hostile + "\n" + _LEAD + "\n")
    is_photo_caption(caption)
    assert time.perf_counter() - start < 5


def test_a_section_headings_of_a_round_up_stay_apart():
    page = f"Rugby:\n{_LEAD}\nCricket:\n{_SECOND}\nSailing:\n{_THIRD}\n"
    assert not any(p.startswith("Rugby: ") for p in texts(article_of(page)))


def test_f_results_and_a_list_the_body_leads_into_stay():
    results = ["1st Jane Roe 2:56:53", "2nd Ana Ruiz 3:04:01", "3rd Li Ming 3:05:42"]
    page = "Harbour marathon results\n\n" + "\n\n".join([_LEAD, _SECOND, "Winners by class", *results]) + "\n"
    assert texts(article_of(page))[-3:] == results
    listed = [  # longer than the closing headings dropped one by one
        "Ferry crews of the northern isles who sailed through the storms of last winter",
        "Lifeboat volunteers of the cape who answered more than forty calls this year",
        "Harbour pilots of Port Ellis who guided the dredgers in and out of the channel",
    ]
    page = "Harbour board thanks its crews\n\n" + "\n\n".join([_LEAD, "The board thanked these crews:", *listed]) + "\n"
    assert texts(article_of(page))[-3:] == listed


def test_f_items_of_data_under_a_heading_stay():
    fees = [
        "Day moorings", "General fee: $1.50 now, $1.75 on July 1",
        "Pensioners and veterans: 70 cents now, 75 cents on July 1", "Children (under 12): 25 cents now, 50 cents on July 1",
    ]
    page = "Harbour board raises its fees\n\n" + "\n".join([_LEAD, _SECOND, _THIRD, "HIGHER FEES", *fees]) + "\n"
    assert texts(article_of(page))[-4:] == fees


def test_a_section_label_in_capitals_stays_apart():
    page = f"Harbour board votes to dredge eastern channel\n\nDate published: 17 March 2015\n\nRUGBY:\n\n{_LEAD}\n\n{_SECOND}\n"
    assert not any(p.startswith("RUGBY: ") for p in texts(article_of(page)))


def _closing_headlines(paragraphs: list[str]) -> int:
    draft = Draft(CHROME)
    draft.paragraphs = [Line(k, 0, 0, text, text) for k, text in enumerate(paragraphs)]
    return draft._closing_headlines()


def test_f_newsletter_items_under_a_cut_item_stay():
    items = [
        "3. Ferry crews on the northern isles are being told they must wait for their new licences before",
        "Harbour board meets",
        "4. The harbour board has voted by six votes to dredge the eastern channel before the winter storms",
        "Lifeboat call-out",
        "5. A kayaker in her 80s was brought ashore after her boat overturned off the cape",
    ]
    assert _closing_headlines([_LEAD, *items]) == 0
    assert _closing_headlines([_LEAD, _SECOND, *_HEADLINES]) == len(_HEADLINES)
