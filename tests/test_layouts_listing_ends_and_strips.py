"""Page furniture on lines and pages written for these tests (blind round p632-p637):

* a caption closed by an agency's file photo after a dash (``… in Karachi. — APP/File``) is chrome;
* a site's acknowledgement of country in the present tense (``X acknowledges the Y peoples, the Traditional
  Custodians of the land.``) and a note that a reader's comment will be moderated are chrome; a report of one, or a
  sentence that names the traditional owners otherwise, stays text;
* a blog's posts end at its links to older or newer posts (``« Older posts``): what the blog says of itself under
  them is no paragraph;
* a masthead row printing the day beside the site's links (``Winnipeg | Sunday, November 9, 2025 | Today's Paper``)
  is the site's clock: the date under the title wins;
* (blind round p638-p643) a wire's staff credits in brackets (``(Writing by …; Editing by …)``) and a journal's
  closing notes (``Competing interests: none declared.``) are chrome, and so is a caption closed by a photographer
  whose name has accents (``… Issa Koné/Agrimonde``);
* (blind round p644-p649) a sponsored link (``Sponsored: …``) and a ``Journalistic Standards`` link are chrome;
* (blind round p650-p655) a two-item slash trail after a section name (``Retail / Department stores``) is chrome, and
  writers with a particle joined to the surname (``Samir al-Qadasi in Hodeidah``) make a byline.
"""

from __future__ import annotations

import datetime as dt

import pytest

from newsparse import parse
from newsparse.page.chrome import LineKind, is_page_links

from .layout_helpers import article_of, kind, texts


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("The central bank's building in Karachi. — APP/File", LineKind.CHROME),
        ("Traders watch prices at the stock exchange. — Reuters/File", LineKind.CHROME),
        ("Harbour Daily acknowledges the Awabakal and Worimi peoples, the Traditional Custodians of the land.", LineKind.CHROME),
        ("We acknowledge the Traditional Owners of the lands on which we work.", LineKind.CHROME),
        ("Your comment will be moderated before it appears.", LineKind.CHROME),
        ("(Writing by Ana Mukendi; Additional reporting by Ruth Kapinga in Kinshasa; Editing by Claire Dubois)",
         LineKind.CHROME),
        ("Competing interests: none declared.", LineKind.CHROME),
        ("Provenance and peer review: commissioned; not externally peer reviewed.", LineKind.CHROME),
        ("A worker turns cocoa beans on a drying rack near Soubré, Ivory Coast, March 10, 2025. Issa Koné/Agrimonde",
         LineKind.CHROME),
        ("Journalistic Standards", LineKind.CHROME),
        ("Sponsored: Why your network needs a zero-trust rethink.", LineKind.CHROME),
        ("Retail / Department stores", LineKind.CHROME),
        ("Rowena Achterberg in Aden and Samir al-Qadasi in Hodeidah", LineKind.BYLINE),
        # text that reads like them
        ("Opinion / The budget is a fraud", LineKind.TEXT),
        ("AP / Coast Daily", LineKind.BYLINE),
        ("Ann Lee and al-Qaeda", LineKind.TEXT),
        ("Sponsored by the council, the fair drew 4,000 people.", LineKind.TEXT),
        ("(Writing by hand is a lost art, he said.)", LineKind.TEXT),
        ("Prices rose sharply in Soubré on Monday. Issa Koné said so.", LineKind.TEXT),
        ("A man walks past the bank. — AFP", LineKind.TEXT),
        ("The deal was signed in 2020 — Reuters/File", LineKind.TEXT),
        ("The council met the traditional owners of the land on Monday to discuss the dam.", LineKind.TEXT),
        ("The minister acknowledged the traditional owners at the opening.", LineKind.TEXT),
        ("The Wurundjeri people, the traditional owners of the land, said the plan was unfair.", LineKind.TEXT),
    ],
)
def test_line_kinds(line, expected):
    assert kind(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("« Older posts", True),
        ("Newer posts | Older posts", True),
        ("Next page »", True),
        ("Previous entries", True),
        ("The older posts are here", False),
        ("Next, the page turns", False),
    ],
)
def test_page_links(line, expected):
    assert is_page_links(line) is expected


def test_a_blogs_posts_end_at_its_page_links():
    post = (
        "Trade deal clears committee\n\nPosted on 3 December 2025 by Ana Ruiz\n\n"
        "The Senate committee approved the trade deal on Tuesday after a long debate over farm quotas.\n\n"
        "Farmers' groups said they would keep campaigning against the beef quota before the final vote.\n\n"
        "Filed under: Trade | Leave a comment\n\n"
    )
    page = (
        "Harbour Trade Notes\n\n" + post + post.replace("Trade deal", "Port deal").replace("3 December", "2 December")
        + "« Older posts\n\nHarbour Trade Notes is written by two journalists in Lisbon. Views are our own.\n\n"
        "Blog at Quillpress.\n"
    )
    paragraphs = [p for article in parse(page).articles for p in texts(article)]
    assert paragraphs and not any("Quillpress" in p or "Views are our own" in p for p in paragraphs)


def test_a_masthead_rows_date_yields_to_the_one_under_the_title():
    page = (
        "THE PRAIRIE LEDGER\n\nWinnipeg, Manitoba | Sunday, November 9, 2025 | Today's Paper\n\n"
        "Nurses and province reach a deal hours before strike deadline\n\nCarla Mendes\n\n"
        "Published Nov. 8, 2025 11:47 p.m. CT\n\n"
        "The province and the nurses' union reached a tentative deal late on Saturday, hours before a strike deadline.\n\n"
        "The agreement would raise wages by 14 per cent over four years, the union said in a statement.\n"
    )
    assert article_of(page).published.date() == dt.date(2025, 11, 8)
