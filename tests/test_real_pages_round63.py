"""Kinds of miss over all the rounds of real pages (p001-p835), on sentences written for these tests:

* a photo caption naming who is pictured by their name alone, closed by a full stop (``Ann Price.``), between two
  paragraphs of the body is no paragraph; a name without the full stop, or a heading's capitalised words, stays;
* a post caption's post may be in lower case after its first word (``Harbour Trust chief executive Tom Vale``);
* a caption may close with a photographer's name or a label, a colon and a photo agency in brackets (``(Ann Lee:
  AFP)``, ``(Source: Getty)``), or with the agency alone in square brackets (``[EPA]``);
* a credit line may name the photographer before ``via`` and an image library (``Ann Lee via Getty Images``), or who
  commissioned the photo after an image library's name (``Ann Lee/Getty Images for Harbour Festival``);
* ``Photograph by`` opens a photographer's byline, as ``Photographs by`` does, and a photo's icon label (``Camera
  Icon``) opens a credit line;
* a photo's sales button, a caption's button (``Read Caption``), a location picker, a teaser's button, a share button's notice and a login link are chrome
  lines (``License Photo``, ``Link copied to clipboard``), and date labels between commas are a date line with its
  dates lost (``Posted , updated``), and so is a label glued to a day-first date (``- Published4 October 2024``).
"""

from __future__ import annotations

import pytest

from newsparse.page.chrome import LineKind, PageChrome, is_name_caption, is_photo_caption, is_post_caption

from .layout_helpers import article_of, kind, texts

BEFORE = "The city council approved a budget of $12 million on Tuesday after a debate that ran late into the night.\n\n"
AFTER = "\n\nOpponents said the budget cut too deep into parks and libraries, and vowed to fight it next year.\n"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Ann Price.", True),
        ("Lotte van Aalst.", True),
        ("Tom O'Neill.", True),
        # no full stop: a writer's name or a heading; a sentence; initials with their own stops; one word
        ("Ann Price", False),
        ("St Albans", False),
        ("Ann Price spoke.", False),
        ("Prices Rose.", True),  # the shape alone: the rule asks for the place between paragraphs too
        ("J. R. Price.", False),
        ("Price.", False),
    ],
)
def test_a_name_closed_by_a_full_stop_is_a_caption(line, expected):
    assert is_name_caption(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Harbour Trust chief executive Tom Vale", True),
        ("Riverside Rovers spokesman Ken Mori.", True),
        ("Harbour Trust chairman Ana Ruiz.", True),
        # a post word opening the line in lower case; a word that is no post; a verb
        ("chief executive Tom Vale", False),
        ("Harbour Trust board member Tom Vale", False),
        ("County finance director Ana Ruiz", False),
        ("Harbour Trust chief executive Tom Vale resigned", False),
    ],
)
def test_a_post_caption_may_print_its_post_in_lower_case(line, expected):
    assert is_post_caption(line, PageChrome.from_vocabulary().caption_posts) is expected


def _body(middle: str) -> list[str]:
    return texts(article_of("Council approves new budget\n\n" + BEFORE + middle + AFTER))


@pytest.mark.parametrize("caption", ["Ann Price.", "Harbour Trust chief executive Tom Vale", "Riverside Rovers spokesman Ken Mori."])
def test_captions_between_paragraphs_are_dropped(caption):
    assert caption not in _body(caption)
    assert len(_body(caption)) == 2


@pytest.mark.parametrize("line", ["St Albans", "Budget Highlights", "Ann Price"])
def test_a_heading_or_a_bare_name_between_paragraphs_stays(line):
    assert line in _body(line)



@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Shoppers queue outside the store on the first day of the sale. (Ann Lee: AFP)", True),
        ("The harbour master inspects the new pontoon before the regatta (Source: Getty)", True),
        ("Voters wait in line at a polling station in the capital [EPA]", True),
        ("Firefighters damp down the last of the blaze. (Photographer: Reuters)", True),
        # a source of figures, not a photo agency; an agency's name with no colon or square brackets
        ("The agency said exports rose 5% in the year to March (Source: ONS)", False),
        ("The agency said exports rose 5% in the year to March (AFP)", False),
        ("Voters wait in line at a polling station in the capital (EPA says)", False),
    ],
)
def test_a_caption_closes_with_an_agency_after_a_colon_or_in_square_brackets(line, expected):
    assert is_photo_caption(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Ann Lee via Getty Images", LineKind.CHROME),
        ("AnnLee via Getty Images", LineKind.CHROME),
        ("Ann Lee/Getty Images for Harbour Festival", LineKind.CHROME),
        ("Ann Lee/Getty Images for The Harbour Arts Trust Museum", LineKind.CHROME),  # five words for who commissioned it
        ("License Photo", LineKind.CHROME),
        ("Change location", LineKind.CHROME),
        ("READ NOW", LineKind.CHROME),
        ("Link copied to clipboard", LineKind.CHROME),
        ("Back to login", LineKind.CHROME),
        ("Read Caption", LineKind.CHROME),  # a caption's button
        ("Posted , updated", LineKind.DATE),  # date labels between commas, their dates lost
        ("- Published4 October 2024", LineKind.DATE),  # a label glued to a day-first date
        ("Updated12 May 2025", LineKind.DATE),
        ("Covid19 May 2020", LineKind.TEXT),  # no date's label before the day
        ("Photograph by Ann Lee, AP", LineKind.BYLINE),  # a photographer's credit, as ``Photographs by`` is
        ("Photograph by Ann Lee", LineKind.BYLINE),
        ("Camera IconCredit: Harbour Post", LineKind.CHROME),  # a photo's icon label glued to its credit
        ("Photography by the sea is a hobby for many.", LineKind.TEXT),
        # ``via`` before no image library; ``for`` after no image library; ``for`` alone
        ("Relief via Airlift", LineKind.TEXT),
        ("Minister/Secretary for Health", LineKind.TEXT),
        ("Help for Heroes", LineKind.TEXT),
    ],
)
def test_credit_lines_and_buttons(line, expected):
    assert kind(line) is expected
