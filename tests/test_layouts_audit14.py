"""Layouts from blind rounds r74 and r75 (air travel, home sales, fraud trials, exam results, oil, floods; minimum
wage, wildlife, recalls, water, space, prisons): a photo's caption over its credit line at the top of a page with only
chrome above it, a free photo's caption closed by its source and licence and that source alone on its line, the
heading of a box of the site's picks, and a dated heading or lead-in that is no byline.  Every page and line here is of
our own making."""

from __future__ import annotations

import pytest

from newsparse.bands import NONE
from newsparse.page.chrome import LineKind, credit_line, is_photo_caption, spaced_label
from newsparse.page.lines import teases
from newsparse.page.probe import PageProbe
from newsparse_digest.splitter import FIT_OPENING, DigestSplitter

from .layout_helpers import BODY, CHROME, PARAGRAPHS, TITLE, article_of, kind, texts

# --- A. a caption over its credit line, only chrome above it ------------------------------------------------


@pytest.mark.parametrize(
    "credit",
    ["Source: Jane Doe / Getty", "Jane Doe/Getty Images", "Photo: Jane Doe/Reuters"],
)
def test_a_caption_over_its_credit_at_the_top_of_the_page_is_chrome(credit):
    page = f"Listen Live\nClose\nThe aircraft stood at the gate at sunset.\n{credit}\n\n{BODY}"
    assert texts(article_of(page)) == PARAGRAPHS


def test_a_standfirst_under_the_title_over_a_credit_stays_text():
    page = f"{TITLE}\n\nThe board voted to dredge the channel.\nPhoto: Jane Doe/Reuters\n\n{BODY}"
    article = article_of(page)
    assert "The board voted to dredge the channel." in [article.summary.text if article.summary else None, *texts(article)]


def test_a_first_paragraph_with_no_credit_under_it_stays_text():
    page = f"Listen Live\nClose\nThe aircraft stood at the gate at sunset.\n\n{BODY}"
    assert texts(article_of(page))[0] == "The aircraft stood at the gate at sunset."


# --- B. a free photo's caption closed by its source and licence ---------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "The mill race after the flood of 2008. Shot by Jane Doe, Wikimedia Commons, under the Creative Commons"
        " Attribution ShareAlike 3.0 Unported License",
        "The quay at dusk. Photo: Jane Doe / Wikimedia Commons (CC BY-SA 4.0)",
        "The old mill in 1900. Image via Wikimedia Commons",
    ],
)
def test_a_caption_closed_by_a_free_licence_is_a_caption(line):
    assert is_photo_caption(line)


@pytest.mark.parametrize(
    "line",
    [
        "The council published the photos under a Creative Commons licence, the spokesman said.",
        "Volunteers upload pictures to Wikimedia Commons every week. The archive now holds 90 million files.",
        "It said so. Volunteers upload files to Wikimedia Commons every week",
    ],
)
def test_sentences_about_the_archive_are_no_caption(line):
    assert not is_photo_caption(line)


# --- C. the heading of a box of the site's picks ------------------------------------------------------------


@pytest.mark.parametrize("line", ["TheStreet Recommends", "Editors Recommend", "The Harbour Post Recommends"])
def test_a_picks_heading_is_chrome(line):
    assert kind(line) is LineKind.CHROME


@pytest.mark.parametrize("line", ["The panel recommends", "The Board Recommends that the plan be dropped."])
def test_a_sentence_that_recommends_is_text(line):
    assert kind(line) is LineKind.TEXT


# --- D. a dated heading or lead-in is no byline ---------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Full increases from Thursday 1 April 2021:",
        "New rates from 1 April 2026",
        "Changes since Monday 3 March 2025",
        "Fares until 31 December 2025:",
        "The new prices on 1 April 2026:",
    ],
)
def test_a_date_after_a_span_preposition_or_before_a_colon_is_text(line):
    assert kind(line) is LineKind.TEXT


@pytest.mark.parametrize(
    "line", ["By Jane Doe, 3 March 2021", "Jane Doe | Thursday 1 April 2021", "Published on 3 March 2021"]
)
def test_bylines_and_date_lines_stay(line):
    assert kind(line) in (LineKind.BYLINE, LineKind.DATE)


def test_a_dated_heading_in_the_body_opens_no_post():
    page = (
        "The minimum wage rose by 2.2% to £8.91 an hour, the Treasury said on Monday.\n"
        "Employers had asked for a smaller rise this year.\n"
        "Age threshold lowered\n"
        "Full increases from Thursday 1 April 2021:\n"
        "- The adult rate rose 2.2% from £8.72 to £8.91\n"
        "- The apprentice rate rose 3.6% from £4.15 to £4.30\n"
        "Younger workers will now be paid the adult rate for the first time.\n"
    )
    article = article_of(page)
    assert texts(article)[0].startswith("The minimum wage rose")
    assert article.headline is None


# --- E. a free photo's source and licence alone on a line -----------------------------------------------------


@pytest.mark.parametrize(
    "line",
    ["Via Wikimedia Commons Creative Commons License", "Photo: Wikimedia Commons", "Wikimedia Commons",
     "Creative Commons Attribution ShareAlike 3.0"],
)
def test_a_free_photo_source_line_is_chrome(line):
    assert kind(line) is LineKind.CHROME


@pytest.mark.parametrize("line", ["Wikimedia Commons Says No", "The Wikimedia Commons archive grows."])
def test_a_headline_or_sentence_about_the_archive_is_text(line):
    assert kind(line) is LineKind.TEXT


# --- F. more closing credits of a caption ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "A ranger checks the level of the river at the dam on Monday. Photo by Jane Doe.",
        "A cleaner wipes a window of an office in Berlin, Germany. [EPA-EFE/JANE DOE]",
        "Workers march outside a burger restaurant / AP",
        "Crowds wait at the quay in the rain / AFP",
    ],
)
def test_more_closing_credits_make_a_caption(line):
    assert is_photo_caption(line)


@pytest.mark.parametrize(
    "line",
    [
        "The council said the photo by Jane Doe was fake.",
        "The exhibition opens on Monday. Photos by Ann Lee and Tom Hale.",
        "Storm hits the coast | Reuters",
        "Either / or",
    ],
)
def test_sentences_and_titles_with_such_words_are_no_caption(line):
    assert not is_photo_caption(line)


# --- G. the BBC's older photo lines: alt text, ``Image copyright``, ``Image caption`` ---------------------------


def test_alt_text_over_a_labelled_caption_is_chrome():
    page = f"{TITLE}\n\nHarbour crane\nImage caption The crane stood idle on Monday\n\n{BODY}"
    assert texts(article_of(page)) == PARAGRAPHS


def test_a_labelled_copyright_line_is_a_credit():
    assert credit_line("Image copyright Harbour Police", CHROME) == "Harbour Police"
    assert credit_line("Image source, Getty Images", CHROME) == "Getty Images"


@pytest.mark.parametrize(
    "line", ["Image captions were added later.", "Image copyright laws changed in 2019 after a long fight in court."]
)
def test_lines_opening_with_such_words_are_no_labels(line):
    assert spaced_label(line, CHROME.caption_labels) is None
    assert credit_line(line, CHROME) is None


# --- H. a standfirst printed again as the lead below a related link -----------------------------------------------


_STANDFIRST = "Homeowners in Harbour City can expect an average increase of $141 on their tax bills after the council vote."


def test_a_standfirst_printed_again_below_a_link_is_the_standfirst():
    edited = _STANDFIRST.replace("the council vote", "the council vote on Thursday")
    page = f"{TITLE}\n\n{_STANDFIRST}\n\nCity seeking $1.4B from province to cover shortfall\n\n{edited}\n\n{BODY}"
    article = article_of(page)
    assert article.summary is not None and article.summary.text == _STANDFIRST
    assert texts(article)[-4] == edited


def test_a_lead_whose_copy_stands_below_other_paragraphs_stays_the_lead():
    page = f"{TITLE}\n\n{_STANDFIRST}\n\n{PARAGRAPHS[1]}\n\n{PARAGRAPHS[2]}\n\n{_STANDFIRST}\n"
    article = article_of(page)
    assert article.summary is None and texts(article)[0] == _STANDFIRST


# --- I. a teaser cut short over the lead it copies opens no digest -------------------------------------------------


_LEAD = "Up to 100 salmon fishermen protested yesterday outside a meeting where a quota cut of 15 per cent was set out."


def _digest_fit(second: str) -> float:
    page = f"Fishermen protest over plan to cut salmon quotas\n\n{second}\n\n{_LEAD}\n\n{BODY}"
    return DigestSplitter().fit(PageProbe(page))


def test_a_title_over_a_cut_teaser_of_the_lead_opens_no_digest():
    assert _digest_fit(f"{_LEAD[:70]}…") == NONE


def test_a_title_over_a_sentence_still_opens_a_digest_as_before():
    assert _digest_fit("The board met on Monday and said it would decide on the plan within weeks.") == FIT_OPENING


# --- J. a photo's credit passed on through several agencies ----------------------------------------------------------


@pytest.mark.parametrize("line", ["David Parker/ANL/REX/Shutterstock", "Jane Doe/REX/Shutterstock"])
def test_a_credit_with_several_slashed_agencies_is_chrome(line):
    assert kind(line) is LineKind.CHROME
    assert credit_line(line, CHROME) == line


# --- K. a theme's keyboard link and an old player's prompt ---------------------------------------------------------


@pytest.mark.parametrize(
    "line", ['Press "Enter" to skip to content', "Press Enter to skip to content", "Get Adobe Flash player"]
)
def test_keyboard_links_and_player_prompts_are_chrome(line):
    assert kind(line) is LineKind.CHROME


def test_a_sentence_about_the_enter_key_is_text():
    assert kind("Press the enter key twice to skip the advertisement.") is LineKind.TEXT


# --- L. a list of other stories' headlines closing the page ------------------------------------------------------


_HEADLINES = ["- The Fall of the Pier and the Failure of the Harbour Board", "- The Ocean Is the Coast’s First Victim and Last Resort",
              "- Column: 6 Proven Ways to Reduce Flooding"]


_CLOSING_QUOTE = "“We are worried that more than 24 hours have passed,” the head of the rescue agency told reporters."


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_closing_list_of_bulleted_headlines_is_chrome(gap):
    page = f"{TITLE}{gap}" + gap.join([*PARAGRAPHS, _CLOSING_QUOTE, *_HEADLINES]) + "\n"
    assert texts(article_of(page)) == [*PARAGRAPHS, _CLOSING_QUOTE]


@pytest.mark.parametrize(
    "items",
    [
        ["- The adult rate rose 2.2% to £8.91.", "- The youth rate rose 2% to £8.36.", "- The apprentice rate rose 3.6%."],
        _HEADLINES[:2],
    ],
)
def test_a_list_of_sentences_or_two_headlines_stays(items):
    page = f"{TITLE}\n\n{BODY}" + "\n".join(items) + "\n"
    assert texts(article_of(page))[-len(items):] == items


# --- M. a teaser cut short with an ellipsis (shared by the article reader and the digest's fit) -----------------


@pytest.mark.parametrize("cut", ["...", "…", " …"])
def test_a_line_cut_short_from_the_paragraph_teases_it(cut):
    assert teases(f"{_LEAD[:70].rstrip()}{cut}", _LEAD, 6)


@pytest.mark.parametrize(
    "line",
    [_LEAD[:70],  # no ellipsis
     "Up to 100 trawler crews protested…",  # not the paragraph's words
     "Up to 100…"],  # too few words kept
)
def test_other_lines_tease_nothing(line):
    assert not teases(line, _LEAD, 6)
