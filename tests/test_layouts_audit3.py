"""Layouts from the third audit on scraped pages: captions closing with a credit of other shapes
(``Photographer: …``, ``PIC: …``, ``Picture courtesy … .``, ``Stock photo.``, ``(File/PTI)``, an agency's
``NO SALES`` note), a caption over a page without a title, a reprint's pointer to the full text, a
comment form's fields, a press release's attribution line, a button's symbol, a registration offer, a
standfirst printed again as the body's lead, and wrapped lines printed one blank line apart."""

from __future__ import annotations

import pytest

from newsparse.page.chrome import LineKind, is_photo_caption

from .layout_helpers import article_of, kind, texts

_BODY = (
    "The harbour board voted on Thursday to dredge the eastern channel before the winter storms.\n\n"
    "Fishing crews had asked for the work for three years, the board's chair said.\n"
)



# --- A. captions closing with a credit of other shapes ----------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "The mayor at the opening of the new ferry terminal. Photographer: Ana Ruiz / Harbour Newspapers",
        "Volunteers stack sandbags outside the town hall on Monday. PIC: Tom Reyes",
        "A tractor hauled out of the flooded creek near the bridge. Picture courtesy Valley TV.",
        "Ferries queue outside the port after the strike ended. Stock photo.",
        "From left: the new mayor, her deputy and the council clerk. (File/PTI)",
        "A ranger gestures on the coast road, covered with water, on Tuesday. (AP Photo/Jane Doe) NO SALES",
    ],
)
def test_captions_closing_with_a_credit_are_captions(line):
    assert is_photo_caption(line)
    assert kind(line) is LineKind.CHROME


@pytest.mark.parametrize(
    "line",
    [
        "The gallery lent the picture, courtesy of its director.",
        "She said the company would stock photo paper again.",
        "Prices rose 4% in March (PTI).",
        "The team leaves on Sunday. Pic of the week follows.",
        "Shares fell after the results. NO SALES were recorded on Sunday.",
    ],
)
def test_sentences_that_mention_pictures_are_no_captions(line):
    assert not is_photo_caption(line)


def test_a_caption_over_a_page_without_a_title_is_no_summary():
    page = "The board's chair at the quay on Thursday. Photographer: Ana Ruiz / Harbour Newspapers\n" + _BODY.replace(
        "\n\n", "\n"
    )
    article = article_of(page)
    assert article.summary is None
    assert texts(article)[0].startswith("The harbour board voted")


def test_a_title_over_a_credited_caption_stays_the_title():
    page = "Board votes to dredge the channel\n\nThe eastern channel at low tide. PIC: Tom Reyes\n\n" + _BODY
    article = article_of(page)
    assert article.headline.text == "Board votes to dredge the channel"
    assert texts(article)[0].startswith("The harbour board voted")


# --- B. closing chrome: a pointer to the full text, a comment form ----------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "/Harbour Police Public Release. View in full here.",
        "Valley Council media release. Read the full article here.",
        "Read the full article at the Original Source..",
    ],
)
def test_pointers_to_the_full_text_are_chrome(line):
    assert kind(line) is LineKind.CHROME


def test_a_sentence_about_reading_in_full_stays_text():
    assert kind("The judge said she had read the full report before the hearing.") is LineKind.TEXT
    assert kind("Councillors will view in full the plans for the new bridge next week.") is LineKind.TEXT


def test_a_comment_form_closes_the_article():
    page = "Board votes to dredge the channel\n\nBy Jane Doe\n\n" + _BODY + "\nPlease enter your comment!\nPlease enter your name here\n\nShare post:\n"
    article = article_of(page)
    assert texts(article)[-1].startswith("Fishing crews had asked")


# --- C. a press release's attribution line, a button's symbol, a registration offer -----------------


@pytest.mark.parametrize(
    "line",
    [
        "Please attribute to Inspector Jane Doe, Harbour Police:",
        "As put by Senior Sergeant Tom Reyes, Valley Area Commander:",
        "×",
        "☰",
        "Register on the Harbour Post at no cost to receive newsletters, read exclusive articles & more.",
        "Register now",
    ],
)
def test_attributions_symbols_and_registration_offers_are_chrome(line):
    assert kind(line) is LineKind.CHROME


@pytest.mark.parametrize(
    "line",
    [
        "As put by the minister herself, the plan will cost more than first thought.",
        "Register offices across the region will stay open until 8pm at no cost to voters.",
    ],
)
def test_sentences_opening_alike_stay_text(line):
    assert kind(line) is LineKind.TEXT


def test_the_title_under_a_registration_box_is_the_title():
    page = (
        "×\n\nWe've got news for you.\n\nRegister on the Harbour Post at no cost to receive newsletters, read"
        " exclusive articles & more.\nRegister now\nPolitics\n\nBoard votes to dredge the channel\n\n"
        "21 September 2026 - 18:16\n\n" + _BODY
    )
    article = article_of(page)
    assert article.headline.text == "Board votes to dredge the channel"
    assert texts(article)[0].startswith("The harbour board voted")


# --- D. a standfirst printed again as the body's lead -----------------------------------------------


def test_a_standfirst_printed_again_as_the_lead_is_the_summary():
    lead = "The harbour board has promised fishing crews the channel will be dredged by the end of the week."
    page = f"Board promises dredging this week\n{lead}\n\n{lead}\n\nThe work starts on Monday, the chair said.\n"
    article = article_of(page)
    assert article.summary.text == lead
    assert texts(article) == [lead, "The work starts on Monday, the chair said."]


def test_a_lead_not_printed_again_stays_the_first_paragraph():
    page = "Board promises dredging this week\n\n" + _BODY
    article = article_of(page)
    assert article.summary is None
    assert texts(article)[0].startswith("The harbour board voted")


# --- E. wrapped lines printed one blank line apart --------------------------------------------------


def test_double_spaced_wrapped_lines_are_joined():
    page = (
        "Arrest made after harbour vandalism\n\n"
        "One person has been arrested in relation to the damage to a carving that\n\n"
        "was unveiled at the harbour on Friday, 30 September.\n\n"
        "The damage was reported to police around 3pm that day, when the carving\n\n"
        "was found broken on the quay.\n\n"
        "He is due to appear in court on Tuesday.\n"
    )
    article = article_of(page)
    assert texts(article) == [
        "One person has been arrested in relation to the damage to a carving that was unveiled at the harbour on"
        " Friday, 30 September.",
        "The damage was reported to police around 3pm that day, when the carving was found broken on the quay.",
        "He is due to appear in court on Tuesday.",
    ]


def test_a_capital_under_a_wrapped_line_is_not_joined():
    page = (
        "Arrest made after harbour vandalism\n\n"
        "One person has been arrested in relation to the damage to a carving that\n\n"
        "was unveiled at the harbour on Friday, 30 September.\n\n"
        "The damage was reported to police around 3pm that day, when the carving\n\n"
        "was found broken on the quay.\n\n"
        "What police say about the damage to the harbour carving\n\n"
        "Officers thanked the public for their help.\n"
    )
    found = texts(article_of(page))
    assert found[-2:] == ["What police say about the damage to the harbour carving", "Officers thanked the public for their help."]


def test_single_blank_line_paragraphs_are_not_joined_without_double_spacing():
    page = (
        "Board votes to dredge the channel\n\nBy Jane Doe\n\n" + _BODY + "\nthe board's minutes, published on Friday,"
        " list the costs of the work and the\n\nnames of the firms that bid for it.\n"
    )
    found = texts(article_of(page))
    assert found[-1] == "names of the firms that bid for it."


# --- F. a site's name with its edition above the title ----------------------------------------------


@pytest.mark.parametrize("line", ["The Valley Press - ONLINE EDITION", "Harbour Times | Digital edition", "Coast Herald - e-Edition"])
def test_a_site_name_with_its_edition_is_chrome(line):
    assert kind(line) is LineKind.CHROME


@pytest.mark.parametrize("line", ["Storm hits coast - online edition delayed", "Jane Doe - ONLINE EDITION"])
def test_other_lines_naming_an_edition_stay_text(line):
    assert kind(line) is LineKind.TEXT


def test_the_title_under_a_site_edition_line_is_the_title():
    page = (
        "Business\nClassified Sites\n\nThe Valley Press - ONLINE EDITION\n\nHarbour board shares drop after a weak quarter\n\n"
        "RIVERTON - The harbour board's shares fell on Wednesday after it reported a weak fourth quarter.\n\n"
        "Operating profit declined 50 per cent from the same quarter last year, the board said.\n"
    )
    article = article_of(page)
    assert article.headline.text == "Harbour board shares drop after a weak quarter"
    assert article.summary is None
    assert texts(article)[0].startswith("RIVERTON - The harbour board")
