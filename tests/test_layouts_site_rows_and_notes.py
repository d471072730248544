"""Site rows and notes, on lines and pages written for these tests:

* menu rows without separators (``Home Business Tech Finance Industry Politics Opinion``, items of two words
  too), drop-down menus (``Markets ▾ Chips ▾``) and glued share buttons (``Share Copy Link copied``) are chrome,
  and the title under a menu row stays the title;
* a copyright line opened by a circled c, a site's rules for readers' comments of up to sixty words, a comment
  form's prompts, ``Don't miss:`` labels, ``Like this story?`` prompts, email consent notes and a caption closed by
  ``PHOTO BY NAME`` or a body's ``handout`` in brackets are chrome; sentences opening with the same words stay
  text;
* labelled author lines (``Author of the article: Mireille Gagnon``), names with a particle (``By Lotte van Rijn``)
  and ``Staff reporters`` are bylines, so the
  title and standfirst above them keep their places;
* a site's slogan over a breadcrumb over the title is no title, nor is a site's name and its tagline after an en or
  em dash;
* a bare ``First published in X.`` note names the outlet.
"""

from __future__ import annotations

import pytest

from newsparse import parse
from newsparse.page.chrome import LineKind

from .layout_helpers import kind


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # menu rows, drop-down menus, glued share buttons
        ("Home Business Tech Finance Industry Politics Opinion", LineKind.CHROME),
        ("Metro Nation World Sports Elections", LineKind.CHROME),
        ("Markets ▾ Chips ▾ AI ▾ Startups ▾ Greater Bay ▾", LineKind.CHROME),
        ("News ▼ Sport ▼ Business", LineKind.CHROME),
        ("Share Copy Link copied", LineKind.CHROME),
        ("Share Facebook Twitter Copy link", LineKind.CHROME),
        # copyright, rules for comments, prompts, labels, consent notes, captions
        ("ⓒ The Harbour Ledger. Unauthorized reproduction and redistribution prohibited.", LineKind.CHROME),
        ("Ⓒ 2026 Harbour Ledger", LineKind.CHROME),
        ("Comments will be moderated. Keep comments relevant to the article. Remarks containing abusive and obscene "
         "language, personal attacks of any kind or promotion will be removed and the user banned. Final decision will "
         "be at the discretion of the Harbour Ledger.", LineKind.CHROME),
        ("Would you like to comment on this article? Register (it's quick and free) or sign in now.", LineKind.CHROME),
        ("Please read our Comment Policy before commenting.", LineKind.CHROME),
        ("Don't miss: Subscribe to The Fjord Economist Morning Note.", LineKind.CHROME),
        ("Don’t miss: Harbour mayor quits", LineKind.CHROME),
        ("Like this story? Share it with a founder friend.", LineKind.CHROME),
        ("Enjoyed this article? Forward it to a colleague.", LineKind.CHROME),
        ("Like this post? Forward it to a colleague, or subscribe for free to get Hill Notes in your inbox.", LineKind.CHROME),
        ("By providing an email address, I agree to the Terms of Use and acknowledge that I have read the Privacy Policy.",
         LineKind.CHROME),
        ("RESIDENTS wade through floodwaters along Bonifacio Street on Tuesday. PHOTO BY JUN RAMOS", LineKind.CHROME),
        ("Firefighters battle a wildfire near Slave Lake on Tuesday. (Alberta Wildfire handout)", LineKind.CHROME),
        ("The Northern Sentinel – Nigeria's Voice from the North", LineKind.CHROME),
        ("Harbour Times — News for the coast", LineKind.CHROME),
        # bylines
        ("By Lotte van Rijn and Pieter Hendriks", LineKind.BYLINE),
        ("By Ana de la Cruz", LineKind.BYLINE),
        ("Author of the article: Mireille Gagnon", LineKind.BYLINE),
        ("Author of this story: Ann Lee", LineKind.BYLINE),
        ("Staff reporters", LineKind.BYLINE),
        # text that opens or reads like them
        ("Industry Finance Chiefs Meet Today", LineKind.TEXT),
        ("Home Prices Rise Again In March", LineKind.TEXT),
        ("Prices ▾ as the market falls", LineKind.TEXT),
        ("Share prices fell", LineKind.TEXT),
        ("By de facto rule, the council decides.", LineKind.TEXT),
        ("Don't miss the deadline, officials warned.", LineKind.TEXT),
        ("Like this story, the film ends badly.", LineKind.TEXT),
        ("Would the council like to comment, reporters asked the mayor.", LineKind.TEXT),
        ("The ministry said comments will be moderated by its staff, who will reply within a day.", LineKind.TEXT),
    ],
)
def test_line_kinds(line, expected):
    assert kind(line) is expected


def test_a_title_under_a_business_menu_row_stays_the_title():
    page = (
        "THE HARBOUR LEDGER\nHome Business Tech Finance Industry Politics Opinion\n"
        "Harbour chipmaker to invest $14 billion in new memory plant\nBy Ann Lee\n"
        "Harbour Semiconductor said on Tuesday it would invest $14 billion over eight years in a new plant.\n"
        "The first phase will begin construction in October, the company said.\n"
    )
    assert parse(page)[0].headline.text == "Harbour chipmaker to invest $14 billion in new memory plant"


def test_the_title_over_a_standfirst_and_a_labelled_author_line_stays_the_title():
    page = (
        "The Port Arden Examiner\n\nLocal News\n\nCouncil passes 4.9% tax hike after marathon budget debate\n\n"
        "Transit takes the biggest hit as councillors spare library hours and draw on reserves\n\n"
        "Author of the article: Mireille Gagnon\n\nPublished Feb 06, 2025\n\n"
        "Port Arden council passed its budget on Wednesday after an eleven-hour debate.\n\n"
        "The levy rises 4.9 per cent, the city said.\n"
    )
    article = parse(page)[0]
    assert article.headline.text == "Council passes 4.9% tax hike after marathon budget debate"
    assert article.summary.text.startswith("Transit takes the biggest hit")


@pytest.mark.parametrize("crumb", ["Newsletter › Deals", "News » Courts", "Home > World"])
def test_a_slogan_over_a_breadcrumb_over_the_title_is_no_title(crumb):
    page = (
        f"THE DAILY BYTE\n\nTech news for people who sign the checks\n\n{crumb}\n\n"
        "FTC digs into $7.8 billion chip deal, asks for more documents\n\n"
        "— Sam Whitlow · 5 min read · Updated Feb 12, 2026 8:30 AM\n\n"
        "The Federal Trade Commission has issued a second request to Cadmora, both companies said Wednesday.\n\n"
        "The review could take months, lawyers said.\n"
    )
    assert parse(page)[0].headline.text == "FTC digs into $7.8 billion chip deal, asks for more documents"


@pytest.mark.parametrize(
    ("note", "outlet"),
    [
        ("First published in the Sofia Evening Herald. Reproduced with the author’s permission.", "Sofia Evening Herald"),
        ("First published by Harbour Wire.", "Harbour Wire"),
    ],
)
def test_a_bare_first_published_note_names_the_outlet(note, outlet):
    from newsparse.page.furniture import republished_from

    assert republished_from(note) == outlet


def test_first_published_with_a_year_names_no_outlet():
    from newsparse.page.furniture import republished_from

    assert republished_from("First published in 2019, the report was updated.") is None
