"""Photo credits, writers' roles and bios, and what an outlet prints about itself, in forms wire-style pages print
them: chrome or bylines, never a standfirst or a paragraph.  Every line here is of our own making."""

from __future__ import annotations

import pytest

from newsparse.page.chrome import LineKind, is_photo_caption
from newsparse.page.promotions import is_contact_line, is_sign_up_pitch

from .layout_helpers import CHROME, PARAGRAPHS, TITLE, article_of, kind, texts

BODY_TEXT = "\n\n".join(PARAGRAPHS)
HEAD = f"Harbour Courier\nHOME | NEWS | SPORT\n{TITLE}\nBy Ann Lee\nMarch 4, 2025\n"


@pytest.mark.parametrize(
    "caption",
    [
        "The harbour master speaks to reporters at the quay on Thursday, March 4, 2025. THE HARBOUR PRESS WIRE/Jane Doe",
        "Dredgers work in the eastern channel before dawn on Monday. COAST NEWS AGENCY/Tom Vale",
        "The quay at dawn, with the lighthouse behind it (Harbourpix/Jane Doe)",
        "The dredger’s crew at work in the eastern channel on Monday / Courtesy of Harbour Board",
        "The dredger’s crew at work in the eastern channel on Monday | Courtesy of the Port Authority",
    ],
)
def test_a_caption_closed_by_its_credit_is_no_standfirst(caption):
    assert is_photo_caption(caption)
    article = article_of(f"{HEAD}\n{caption}\n\n{BODY_TEXT}")
    assert article.summary is None
    assert texts(article) == PARAGRAPHS


@pytest.mark.parametrize(
    "line",
    [
        "Crews and divers (Acme/Beta Holdings)",  # too short for a caption without its full stop: a title may be
        "The board met on Monday. THE US/Canada talks resume",
        "Fishing crews had asked for the work, the board said (Labour/Co-op)",
        "The board thanked the crews. Courtesy calls to the families will follow.",
    ],
)
def test_a_line_with_a_slash_or_courtesy_is_no_caption(line):
    assert not is_photo_caption(line)


@pytest.mark.parametrize("role", ["Senior mining writer", "Chief aviation correspondent", "Tourism reporter"])
def test_a_writers_role_under_their_name_is_a_byline(role):
    assert kind(role) is LineKind.BYLINE
    page = f"Harbour Courier\n{TITLE}\nThe board will spend $4m on the work.\nJane Doe\n{role}\nMarch 4, 2025\n\n{BODY_TEXT}"
    assert texts(article_of(page)) == PARAGRAPHS


@pytest.mark.parametrize("line", ["Mining shares fell", "The writer said"])
def test_a_beat_in_a_sentence_is_no_role_line(line):
    assert kind(line) is LineKind.TEXT


@pytest.mark.parametrize(
    "bio",
    [
        "Ann Lee covers shipping, ports and fisheries for the Harbour Courier",
        "Ann Lee covers shipping, ports and fisheries for the Harbour Courier.",
        "Ann Lee is a senior reporter at the Harbour Courier",
    ],
)
def test_the_writers_bio_closing_the_story_is_no_paragraph(bio):
    footer = "© 2025 Harbour Courier Ltd"
    assert texts(article_of(f"{HEAD}\n{BODY_TEXT}\n\n{bio}\n\n{footer}\n")) == PARAGRAPHS


def test_a_closing_sentence_about_another_person_stays():
    last = "Tom Vale covers the cost of the work for the board."
    assert texts(article_of(f"{HEAD}\n{BODY_TEXT}\n\n{last}\n")) == [*PARAGRAPHS, last]


@pytest.mark.parametrize(
    "line",
    [
        "Content-Type: News. Based on facts, either observed by the reporter or reported from sources.",
        "Content type: Analysis",
    ],
)
def test_a_content_type_label_is_chrome(line):
    assert kind(line) is LineKind.CHROME


@pytest.mark.parametrize(
    "line",
    [
        "Don't miss a story from the coast. Subscribe to Harbour Plus to read the e-paper and other premium stories.",
        "Stay ahead of the tides. Subscribe to Courier Gold for premium stories and the daily e-paper.",
    ],
)
def test_a_pitch_for_the_outlets_e_paper_or_premium_stories_is_chrome(line):
    assert is_sign_up_pitch(line, CHROME.sign_up_buttons, CHROME.sign_up_calls)
    assert kind(line) is LineKind.CHROME


def test_a_story_sentence_about_premium_subscribers_is_text():
    line = "The streaming service raised its prices in May. Subscribers to its premium tier will pay $2 more a month."
    assert not is_sign_up_pitch(line, CHROME.sign_up_buttons, CHROME.sign_up_calls)


@pytest.mark.parametrize(
    "line",
    [
        "Address: 12 Quay Street, Harbour Town | Hotline: 021 555 0100",
        "Harbour Courier, 12 Quay Street, Cork. Hotline: +353 21 555 0100",
    ],
)
def test_an_address_closed_by_its_hotline_is_a_contact_line(line):
    assert is_contact_line(line)
    assert kind(line) is LineKind.CHROME


def test_a_story_sentence_about_a_hotline_is_text():
    line = "Residents worried about the dredging can call the board’s hotline, which opened on Monday."
    assert not is_contact_line(line)
    assert kind(line) is LineKind.TEXT


@pytest.mark.parametrize(
    "line", ["From our correspondent Jane Doe, Cologne", "From our correspondent in Brussels", "From our reporters in Kyiv"]
)
def test_from_our_correspondent_opens_a_byline(line):
    assert kind(line) is LineKind.BYLINE


@pytest.mark.parametrize(
    "line",
    ["From our own correspondent", "From our correspondents in the region, the news was grim for farmers this week."],
)
def test_from_our_correspondent_without_a_name_or_in_a_sentence_is_text(line):
    assert kind(line) is LineKind.TEXT


@pytest.mark.parametrize("line", ["Got a confidential news tip? We want to hear from you.", "We want to hear from you."])
def test_a_call_for_tips_is_chrome(line):
    assert kind(line) is LineKind.CHROME


def test_we_want_to_hear_from_you_reported_is_text():
    assert kind("Voters have a choice this year. We want to hear from you, the party said in a statement.") is LineKind.TEXT


def test_a_closing_quote_under_its_lead_in_is_no_footer():
    lead_in = "Lee ended her memo with a line that staff posted on LinkedIn within hours:"
    quote = '"We will be smaller, we will be boring, and we will still be here."'
    footer = "Topics\nDredging\nHarbours\nPorts\nReuse this content\nMost viewed\n1 Tides rise\n2 Ferries late\n© 2025 Harbour Courier Ltd"
    page = f"{HEAD}\n{BODY_TEXT}\n\n{lead_in}\n\n{quote}\n\n{footer}\n"
    assert texts(article_of(page))[-2:] == [lead_in, quote]
