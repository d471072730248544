"""Site rows and notes, on lines written for these tests:

* a menu row of a business site's sections without separators (``Home Business Tech Finance Industry Politics
  Opinion``) is chrome, and the title under it stays the title;
* a copyright line opened by a circled c (``ⓒ The Harbour Ledger. Unauthorized reproduction prohibited.``) is chrome;
* a site's rules for readers' comments may run to sixty words and stay chrome;
* a drop-down menu row (``Markets ▾ Chips ▾ AI ▾``) is chrome, and a labelled author line (``Author of the article:
  Mireille Gagnon``) is a byline, so the title and standfirst above it keep their places;
* a promo's ``Don't miss:`` label opens a chrome line.
"""

from __future__ import annotations

import pytest

from newsparse import parse
from newsparse.page.chrome import LineKind

from .layout_helpers import kind


@pytest.mark.parametrize(
    "line",
    [
        "Home Business Tech Finance Industry Politics Opinion",
        "Metro Nation World Sports Elections",
        "ⓒ The Harbour Ledger. Unauthorized reproduction and redistribution prohibited.",
        "Ⓒ 2026 Harbour Ledger",
        "Comments will be moderated. Keep comments relevant to the article. Remarks containing abusive and obscene "
        "language, personal attacks of any kind or promotion will be removed and the user banned. Final decision will "
        "be at the discretion of the Harbour Ledger.",
    ],
)
def test_rows_and_notes_are_chrome(line):
    assert kind(line) is LineKind.CHROME


@pytest.mark.parametrize(
    "line",
    [
        "Industry Finance Chiefs Meet Today",
        "Home Prices Rise Again In March",
        "The ministry said comments will be moderated by its staff, who will reply within a day.",
    ],
)
def test_title_case_headlines_and_reported_notes_stay_text(line):
    assert kind(line) is not LineKind.CHROME


def test_a_title_under_a_business_menu_row_stays_the_title():
    page = (
        "THE HARBOUR LEDGER\nHome Business Tech Finance Industry Politics Opinion\n"
        "Harbour chipmaker to invest $14 billion in new memory plant\nBy Ann Lee\n"
        "Harbour Semiconductor said on Tuesday it would invest $14 billion over eight years in a new plant.\n"
        "The first phase will begin construction in October, the company said.\n"
    )
    assert parse(page)[0].headline.text == "Harbour chipmaker to invest $14 billion in new memory plant"


@pytest.mark.parametrize("line", ["Markets ▾ Chips ▾ AI ▾ Startups ▾ Greater Bay ▾", "News ▼ Sport ▼ Business"])
def test_a_drop_down_menu_row_is_chrome(line):
    assert kind(line) is LineKind.CHROME


def test_a_line_with_one_arrow_stays_text():
    assert kind("Prices ▾ as the market falls") is not LineKind.CHROME


@pytest.mark.parametrize("line", ["Author of the article: Mireille Gagnon", "Author of this story: Ann Lee"])
def test_a_labelled_author_line_is_a_byline(line):
    assert kind(line) is LineKind.BYLINE


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


@pytest.mark.parametrize("line", ["Don't miss: Subscribe to The Fjord Economist Morning Note.", "Don’t miss: Harbour mayor quits"])
def test_a_dont_miss_label_is_chrome(line):
    assert kind(line) is LineKind.CHROME


def test_a_sentence_opening_with_dont_miss_stays_text():
    assert kind("Don't miss the deadline, officials warned.") is not LineKind.CHROME


@pytest.mark.parametrize("line", ["Like this story? Share it with a founder friend.", "Enjoyed this article? Forward it to a colleague."])
def test_a_prompt_opening_with_like_this_story_is_chrome(line):
    assert kind(line) is LineKind.CHROME


def test_a_sentence_opening_with_like_this_stays_text():
    assert kind("Like this story, the film ends badly.") is not LineKind.CHROME


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
    ("line", "expected"),
    [
        ("Share Copy Link copied", LineKind.CHROME),
        ("Share Facebook Twitter Copy link", LineKind.CHROME),
        ("Share prices fell", LineKind.TEXT),
        ("Staff reporters", LineKind.BYLINE),
        ("By providing an email address, I agree to the Terms of Use and acknowledge that I have read the Privacy Policy.", LineKind.CHROME),
        ("RESIDENTS wade through floodwaters along Bonifacio Street on Tuesday. PHOTO BY JUN RAMOS", LineKind.CHROME),
    ],
)
def test_share_rows_staff_bylines_consent_notes_and_capital_photo_credits(line, expected):
    assert kind(line) is expected


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


@pytest.mark.parametrize(
    "line",
    [
        "Would you like to comment on this article? Register (it's quick and free) or sign in now.",
        "Please read our Comment Policy before commenting.",
        "Like this post? Forward it to a colleague, or subscribe for free to get Hill Notes in your inbox.",
    ],
)
def test_comment_form_prompts_and_post_prompts_are_chrome(line):
    assert kind(line) is LineKind.CHROME


def test_a_question_about_comments_in_a_story_stays_text():
    assert kind("Would the council like to comment, reporters asked the mayor.") is not LineKind.CHROME
