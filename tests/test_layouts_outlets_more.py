"""Pages from outlets no rule was tuned to: press releases (issuer, release marker, contact lines),
paywall prompts, photography credits, portal 'Story continues' lines, a writer's follow prompt and
bios of writers who are not journalists.  The whole pages are fixtures in ``tests/data/pages``."""

from __future__ import annotations

import pytest

from newsparse.page.chrome import LineKind
from newsparse.page.layout import is_label

from .layout_helpers import article_of, kind


@pytest.mark.parametrize(
    "line",
    [
        "FOR IMMEDIATE RELEASE",
        "News Release",
        "Media contact: Omar Diaz, communications office",
        "Contact: Press Office, 555-0199",
        "Press inquiries: press@example.org",
        "For more information, contact the county clerk",
        "Subscribe now for only $2 a month",
        "Subscribe today and get unlimited access",
        "This article is for subscribers only",
        "Story continues",
        "Article continues",
        "Follow Priya Nair on X",
        "Follow Tom on social media",
    ],
)
def test_outlet_chrome_lines(line):
    assert kind(line) is LineKind.CHROME


@pytest.mark.parametrize(
    "line",
    [
        "Contact with the crew was lost shortly after midnight.",
        "Subscribe now, the union told members, or lose the discount.",
        "Story continues to unfold as police search the area.",
        "Follow Main Street on foot to reach the old bridge.",
        "Press releases from the ministry were delayed by a week.",
        "Photography by drones is now banned over the stadium.",
    ],
)
def test_lines_like_outlet_chrome_stay_text(line):
    assert kind(line) is LineKind.TEXT


@pytest.mark.parametrize("line", ["Photography by Ana Lind", "Illustrations by Kim Sato", "Photographs by Lee Park"])
def test_photography_credits_are_bylines(line):
    assert kind(line) is LineKind.BYLINE


@pytest.mark.parametrize("issuer", ["Department of Transportation", "School of Medicine", "Ministry of Health"])
def test_an_issuers_name_above_a_date_line_is_no_title(issuer):
    article = article_of(f"{issuer}\nMarch 4, 2026\nNew clinic to open in the spring\nThe clinic will open in May.\n")
    assert article.headline is not None
    assert article.headline.text == "New clinic to open in the spring"


def test_a_short_title_joined_by_of_above_its_standfirst_stays_the_title():
    article = article_of(
        "Masters of Disguise\n"
        "How octopuses change colour in a blink, and what that tells scientists\n"
        "By Ruth Gale\nMay 4, 2026\nThe animals can match a rock in under a second.\n"
    )
    assert article.headline is not None
    assert article.headline.text == "Masters of Disguise"
    assert article.summary is not None
    assert article.summary.text.startswith("How octopuses")
    assert not is_label("Masters of Disguise")


def test_release_headline_sits_under_the_issuer_and_marker():
    article = article_of(
        "Office of Emergency Management\n"
        "NEWS RELEASE\n"
        "June 2, 2026\n"
        "Media contact: Dana Cole, 555-0100\n"
        "County opens cooling centres ahead of heat wave\n"
        "Five cooling centres will open on Thursday, the county said.\n"
        "They will stay open until the heat eases.\n"
    )
    assert article.headline is not None
    assert article.headline.text == "County opens cooling centres ahead of heat wave"
    assert [p.text for p in article.paragraphs] == [
        "Five cooling centres will open on Thursday, the county said.",
        "They will stay open until the heat eases.",
    ]


def test_a_title_joined_by_of_above_a_byline_is_still_the_title_when_none_follows():
    article = article_of("Keeper of Lighthouses\nBy Ruth Gale\nMay 4, 2026\nThe last keeper retired on Friday.\n")
    assert article.headline is not None
    assert article.headline.text == "Keeper of Lighthouses"
    assert [p.text for p in article.paragraphs] == ["The last keeper retired on Friday."]


def test_paywall_prompts_between_paragraphs_are_dropped():
    article = article_of(
        "Ferry fares to rise in spring\nBy Lou Park\nMarch 2, 2026\n"
        "Fares will rise by a tenth from April, the operator said.\n"
        "Subscribe now for just $1 a week\n"
        "The operator blamed fuel costs.\n"
    )
    assert [p.text for p in article.paragraphs] == [
        "Fares will rise by a tenth from April, the operator said.",
        "The operator blamed fuel costs.",
    ]


def test_closing_bio_of_a_writer_who_is_no_journalist_is_dropped():
    article = article_of(
        "Why our parks need more benches\nBy Omar Reyes\nMarch 9, 2026\n"
        "Older residents cannot walk far without a rest.\n"
        "A bench every few hundred metres would change that.\n"
        "Omar Reyes is a retired nurse and a volunteer at the park trust.\n"
    )
    assert [p.text for p in article.paragraphs] == [
        "Older residents cannot walk far without a rest.",
        "A bench every few hundred metres would change that.",
    ]


def test_a_bio_like_line_about_someone_else_stays():
    article = article_of(
        "Why our parks need more benches\nBy Omar Reyes\nMarch 9, 2026\n"
        "Older residents cannot walk far without a rest.\n"
        "Lena Voss is a retired teacher who walks there every day.\n"
    )
    assert [p.text for p in article.paragraphs][-1] == "Lena Voss is a retired teacher who walks there every day."
