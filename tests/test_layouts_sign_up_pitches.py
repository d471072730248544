"""A newsletter's pitch printed right above its sign-up form (``Add some good news to your mornings.`` over ``Sign up
for the Harbour Brief.`` or ``Enter your email``) is none of the body, and a footer's row of links may hold the
site's address among them; a pitch under a box's ``Sign up to`` heading that speaks of the newsletter or to the reader
may run to a long sentence; the pages here are our own."""

from __future__ import annotations

import pytest

from newsparse.page.chrome import DEFAULT_VOCABULARY, is_box_blurb, is_link_row, is_sign_up

from .layout_helpers import BODY, CHROME, PARAGRAPHS, TITLE, article_of, texts

#: Chrome between the body and a newsletter's widget: share buttons and a list of other stories.
_BETWEEN = "Share\nShare on X\n\nMore from Harbour Wire\nFerry fares rise for the third year\nQuay cafe wins award\n"


@pytest.mark.parametrize(
    ("pitch", "form"),
    [
        ("Get the Harbour Wire Morning Brief. Tides, trade and travel, before breakfast.", "Enter your email\nSign Up"),
        ("Add some good news to your mornings and evenings.", "Sign up for the Harbour Sports newsletter.\nEmail address:"),
        ("Never miss a council vote again.", "Subscribe"),
    ],
)
def test_a_pitch_right_above_a_sign_up_form_is_no_paragraph(pitch: str, form: str) -> None:
    page = f"{TITLE}\n\n{BODY}\n{_BETWEEN}\n{pitch}\n{form}\n"
    assert texts(article_of(page)) == PARAGRAPHS


def test_a_caption_over_a_pitch_is_no_standfirst() -> None:
    caption = "Ann Lee speaks to reporters on the quay after the vote"
    page = f"{TITLE}\n\n{caption}\nStart your morning with Harbour Wire.\nSign up for the Tide Brief newsletter\n\n{BODY}"
    article = article_of(page)
    assert article.summary is None
    assert texts(article) == PARAGRAPHS


def test_a_pitch_lets_the_writers_bio_above_it_close_the_body() -> None:
    page = (
        f"{TITLE}\nBy Jo Marsh\n\n{BODY}\nJo Marsh covers the harbour for Harbour Wire.\n\n{_BETWEEN}\n"
        "Get the Harbour Wire Morning Brief.\nEnter your email\n"
    )
    assert texts(article_of(page)) == PARAGRAPHS


@pytest.mark.parametrize(
    "closing",
    [
        # a blank line between the last paragraph and the form: the paragraph is the writer's
        "The work will cost $2 million, the board said.\n\nSign up for the Harbour Brief.\n",
        # a paragraph glued to the line above it is no pitch opening its block
        "The board meets again in May.\nIt will vote on fees then.\nSubscribe\n",
    ],
)
def test_a_last_paragraph_set_apart_from_the_form_stays(closing: str) -> None:
    paragraphs = texts(article_of(f"{TITLE}\n\n{BODY}\n{closing}"))
    assert paragraphs[:3] == PARAGRAPHS
    assert len(paragraphs) > 3


def test_on_a_page_without_blank_lines_no_line_is_a_pitch() -> None:
    body = "\n".join(PARAGRAPHS)
    page = f"{TITLE}\n{body}\nThe board meets again in May.\nSubscribe\n"
    assert texts(article_of(page))[-1] == "The board meets again in May."


@pytest.mark.parametrize("line", ["Enter your email", "Email address:", "Sign Up", "Sign up for the Harbour Brief."])
def test_sign_up_forms_and_calls(line: str) -> None:
    assert is_sign_up(line, CHROME)


@pytest.mark.parametrize("line", ["Sign language interpreters joined the session.", "Subscribers fell 3%"])
def test_other_lines_are_no_sign_up(line: str) -> None:
    assert not is_sign_up(line, CHROME)


def test_a_closing_link_row_may_hold_the_sites_address() -> None:
    assert is_link_row("Harbour Ledger | 200 Quay St., Harbour | Contact Us | Terms | Privacy")
    assert not is_link_row("Harbour Ledger | 200 Quay St., Harbour | 14 Dock Rd., Bay | Terms")  # two odd items
    page = f"{TITLE}\n\n{BODY}\nHarbour Ledger | 200 Quay St., Harbour | Contact Us | Terms | Privacy\n"
    assert texts(article_of(page)) == PARAGRAPHS


#: Chrome printed line under line above the body, as menus are: it does not tell how the page sets its paragraphs.
_MENU = "Harbour Wire\nHome\nNews\nSport\nBusiness\nWeather\nPodcasts\nShare\nShare on X\nCopy link\n"


def test_a_menu_printed_line_under_line_leaves_the_pitch_rule_to_the_paragraphs() -> None:
    page = f"{_MENU}{TITLE}\n\n{BODY}\n{_BETWEEN}\nHarbour Brief newsletter\nThe week's harbour news in five minutes. Sign up now.\nSign up\n"
    assert texts(article_of(page)) == PARAGRAPHS


@pytest.mark.parametrize(
    ("call", "pitch", "after"),
    [
        ("Sign up to Harbour Business", "Get set for the working day – we'll bring you the port's trade news and the analysis you need every morning", "© 2026 Harbour Wire Ltd"),
        ("Subscribe to the Tide Brief", "Tides, ferries and fares every Friday", "Privacy Notice: Newsletters may contain ads."),
    ],
)
def test_a_pitch_right_under_the_call_with_chrome_under_it_is_no_paragraph(call: str, pitch: str, after: str) -> None:
    page = f"{TITLE}\nCrews at the eastern quay. Photograph: Jo Marsh\n{BODY}Topics\n{call}\n{pitch}\n{after}\n"
    assert texts(article_of(page)) == PARAGRAPHS


def test_a_paragraph_after_a_call_with_no_chrome_under_it_stays() -> None:
    page = f"{TITLE}\n\n{BODY}\nSign up for the Harbour Brief.\nThe board meets again in May.\n\nIt will vote on fees then.\n"
    assert "The board meets again in May." in texts(article_of(page))


@pytest.mark.parametrize("line", ["Jo Marsh · The Harbour Press", "Ann Lee • Harbour Wire"])
def test_a_writer_and_outlet_set_apart_by_a_dot_are_a_byline(line: str) -> None:
    assert CHROME.is_byline(line)
    article = article_of(f"{TITLE}\n\n{line}\n\n{BODY}")
    assert article.summary is None
    assert texts(article) == PARAGRAPHS


def test_a_pitch_ending_no_sentence_between_the_call_and_chrome_may_stand_between_blank_lines() -> None:
    page = (
        f"{TITLE}\n\n{BODY}\nSign up to Harbour Business\n\n"
        "Get set for the working day – the port's trade news every morning\n\n"
        "Privacy Notice: Newsletters may contain ads.\n"
    )
    assert texts(article_of(page)) == PARAGRAPHS


def test_a_sentence_between_the_call_and_chrome_set_apart_by_blank_lines_stays() -> None:
    page = f"{TITLE}\n\n{BODY}\nSign up to Harbour Business\n\nThe board meets again in May.\n\nShare\n"
    assert texts(article_of(page))[-1] == "The board meets again in May."


_HEADINGS = tuple(DEFAULT_VOCABULARY["box_headings"])


@pytest.mark.parametrize(
    "pitch",
    [
        "Our morning briefing email breaks down the key national and international stories of the day and why they matter.",
        "Get the day's headlines from the harbour, the courts and the council delivered to your inbox every weekday morning.",
    ],
)
def test_a_long_pitch_under_a_sign_up_heading_is_chrome(pitch: str) -> None:
    assert is_box_blurb("Sign up to Harbour Wire's Morning Mail", pitch, _HEADINGS)
    page = f"{TITLE}\n\n{BODY}\nShare\nSign up to Harbour Wire's Morning Mail\n{pitch}\n"
    assert texts(article_of(page)) == PARAGRAPHS


def test_a_long_sentence_of_news_under_a_sign_up_heading_stays_text() -> None:
    line = "The council will raise rates by 4% from July after a long debate at the town hall on Tuesday night."
    assert not is_box_blurb("Sign up to Harbour Wire's Morning Mail", line, _HEADINGS)
