"""Layouts of outlets no rule was tuned to, fourth round: breadcrumbs of two items, a newsletter's name,
tagline and footer, editors' republication notes, syndication disclaimers, donation prompts and paywall
labels, wire slug codes, and bylines of a name and a capitalised role without ``By``."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse.page.chrome import LineKind, is_newsletter_tagline
from newsparse.page.furniture import republished_from

from .layout_helpers import article_of, kind, texts

_BODY = (
    "The council approved the new bus routes on Tuesday after a two-hour debate.\n\n"
    "Services on the three routes start in September, the transport office said.\n"
)



# --- A. breadcrumbs ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    ["Home › Markets", "Lifestyle » Food", "Europe > Baltic States", "News / Education", "Sport | Cricket"],
)
def test_a_breadcrumb_of_two_items_is_chrome(line):
    assert kind(line) is LineKind.CHROME


@pytest.mark.parametrize(
    "line",
    [
        "Either / Or",  # a slash pair whose first item is no section
        "Budget 2027 › what changes",
        "Prices rose faster than wages > analysts had expected",
    ],
)
def test_other_pairs_are_no_breadcrumb(line):
    assert kind(line) is not LineKind.CHROME


def test_a_breadcrumb_above_the_title_is_no_headline():
    page = "Travel › Europe\n\nRail pass prices to rise for summer travellers\n\nBy Ilse Brandt\n\nApril 2, 2026\n\n" + _BODY
    article = article_of(page)
    assert article.headline.text == "Rail pass prices to rise for summer travellers"


# --- B. a newsletter's name, tagline and footer -------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "A weekly newsletter on housing, planning and the people who build cities",
        "The fortnightly newsletter about money and everyday life",
        "Your daily newsletter from the science desk",
    ],
)
def test_a_newsletter_tagline_is_chrome(line):
    assert is_newsletter_tagline(line)
    assert kind(line) is LineKind.CHROME


@pytest.mark.parametrize(
    "line",
    [
        "A weekly newsletter for parents launched in March.",
        "The newsletter on housing was read by thousands of tenants, the charity said.",
        "Newsletters about money are booming",
    ],
)
def test_a_sentence_about_a_newsletter_is_no_tagline(line):
    assert not is_newsletter_tagline(line)


@pytest.mark.parametrize(
    "line",
    [
        "You're receiving Morning Ledger because you signed up at ledger.example. Unsubscribe | Update preferences",
        "You are getting this email because you opted in on our website.",
        "Manage your subscription · Unsubscribe",
    ],
)
def test_a_mailed_newsletters_footer_is_chrome(line):
    assert kind(line) is LineKind.CHROME


@pytest.mark.parametrize(
    "line",
    [
        "Residents are receiving higher bills because you cannot cap energy prices, the minister said.",
        "Thousands of readers decided to unsubscribe after the price rise, the company said.",
    ],
)
def test_a_paragraph_about_subscribers_is_no_footer(line):
    assert kind(line) is LineKind.TEXT


def test_a_newsletters_name_and_tagline_are_no_title_and_its_footer_no_paragraph():
    page = (
        "The Transit Memo\n"
        "A weekly newsletter on buses, trains and the people who ride them\n\n"
        "Why three new bus routes matter more than the tram extension\n\n"
        "By Sol Amari\n\n"
        + _BODY
        + "\nYou're receiving The Transit Memo because you subscribed at transitmemo.example. Unsubscribe | Update preferences\n"
    )
    article = article_of(page)
    assert article.headline.text == "Why three new bus routes matter more than the tram extension"
    assert article.summary is None
    assert not any("Unsubscribe" in t for t in texts(article))


# --- C. editors' republication notes -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("Editor's note: This feature was originally published by Grist and is reproduced here with permission.", "Grist"),
        ("Editor’s note: This piece was first published by the Coastal Observer.", "Coastal Observer"),
        ("EDITOR'S NOTE: This story was first published by Valley Voices on May 4.", "Valley Voices"),
    ],
)
def test_an_editors_republication_note_names_the_outlet(line, outlet):
    assert republished_from(line) == outlet


@pytest.mark.parametrize(
    "line",
    [
        "Editor's note: This story has been updated to correct the mayor's name.",
        "Editor's note: the mayor was first published in a local paper as a teenager.",
        "The editor's note said this story was first published by mistake.",
    ],
)
def test_other_editors_notes_name_no_outlet(line):
    assert republished_from(line) is None


def test_an_editors_republication_note_is_no_paragraph():
    page = "Bus routes approved after long debate\n\n" + _BODY + (
        "\nEditor’s note: This report was originally published by Transit Weekly and is reproduced here "
        "under a content-sharing agreement.\n"
    )
    article = article_of(page)
    assert article.republished_from == "Transit Weekly"
    assert len(article.paragraphs) == 2


# --- D. syndication disclaimers --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "(This article has not been edited by Harbour Post staff and is published from a syndicated feed.)",
        "This story is auto-generated from a syndicated news feed.",
        "(Except for the headline, this story has not been edited by our staff.)",
    ],
)
def test_a_syndication_disclaimer_is_chrome(line):
    assert kind(line) is LineKind.CHROME


def test_a_story_about_editing_is_no_disclaimer():
    assert kind("The story has not been edited since the court ruled on Friday, the paper said.") is LineKind.TEXT


# --- E. donation prompts and paywall labels --------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Support local news. Donate to the Valley Post today.",
        "Support independent reporting. Donate now.",
        "Donate to the Harbour Courier today.",
        "Subscriber only",
        "Subscriber exclusive",
        "Members only",
    ],
)
def test_a_donation_prompt_or_paywall_label_is_chrome(line):
    assert kind(line) is LineKind.CHROME


@pytest.mark.parametrize(
    "line",
    [
        "Residents were urged to donate blood today.",
        "The charity asked people to donate to the flood appeal, which closes in June, as soon as they can.",
        "Support for the plan has grown. Donations to the fund doubled.",
    ],
)
def test_a_paragraph_about_donations_is_no_prompt(line):
    assert kind(line) is LineKind.TEXT


# --- F. wire slug codes ------------------------------------------------------------------------------------


@pytest.mark.parametrize("line", ["dpa kx/ab yyzz a3 kxp", "afp-lm/cd", "rtr mk/jp xx"])
def test_wire_slug_codes_are_chrome(line):
    assert kind(line) is LineKind.CHROME


@pytest.mark.parametrize("line", ["and/or", "Prices in km/h rose", "the 24/7 service ended."])
def test_other_slashed_lines_are_no_slug(line):
    assert kind(line) is not LineKind.CHROME


@given(st.text(alphabet="abcdefgh/ -", max_size=80))
def test_the_slug_rule_returns_on_any_code_soup(line):
    kind(line)


def test_wire_slug_codes_closing_the_copy_are_no_paragraph():
    page = "Exports rise for a third month\n\nApril 2, 2026\n\n" + _BODY + "\ndpa mn/op qqzz b2 rst\n"
    assert len(article_of(page).paragraphs) == 2


# --- G. a name and a capitalised role without ``By`` -----------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Niamh Ó Briain Legal Affairs Correspondent",
        "Tomás Reilly Political Editor",
        "Lisa Wong Chief Science Writer",
    ],
)
def test_a_name_and_a_capitalised_role_is_a_byline(line):
    assert kind(line) is LineKind.BYLINE


@pytest.mark.parametrize(
    "line",
    ["Meet the New Sports Editor", "Paper names its first female sports editor", "Letters to the Editor"],
)
def test_a_title_ending_in_a_role_is_no_byline(line):
    assert kind(line) is not LineKind.BYLINE


def test_a_name_and_role_under_the_title_is_no_standfirst():
    page = (
        "Court rejects appeal over quarry expansion\n"
        "Niamh Ó Briain Legal Affairs Correspondent\n"
        "April 2, 2026\n"
        "The High Court has rejected an appeal against the expansion of a limestone quarry.\n"
        "The judge said the planning board had acted lawfully.\n"
    )
    article = article_of(page)
    assert article.headline.text == "Court rejects appeal over quarry expansion"
    assert article.summary is None
    assert len(article.paragraphs) == 2


def test_a_long_footer_with_its_unsubscribe_link_is_chrome():
    line = (
        "You are reading the Transit Memo, sent every Friday to readers who asked for it at our website, "
        "with the week's news on buses, trains and trams in the region. Unsubscribe | Update preferences"
    )
    assert kind(line) is LineKind.CHROME
