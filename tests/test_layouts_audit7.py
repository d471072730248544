"""Layouts from an audit of thirty single-article pages with their chrome (layaudit7): photo captions
closed by credits in new forms or printed above their credit line, captions that place people in the
photo, warnings and prompts, a headline opening with a quotation, a writer's name printed twice, a
``Published`` line under the body.  Every page and line here is of our own making."""

from __future__ import annotations

import pytest

from newsparse import parse
from newsparse.page.chrome import LineKind, PageChrome, credit_line, is_photo_caption
from newsparse.page.layout import is_headlinese

from .layout_helpers import BODY as _BODY, PARAGRAPHS as _PARAGRAPHS, TITLE as _TITLE, CHROME, article_of, kind, texts

_LINES = "\n".join(_PARAGRAPHS)  # the body on single newlines


# --- A. a caption's closing credit in forms not yet known ----------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Crowds gather outside the courthouse on Friday. Jane Doe via Harbour Wire",
        "Crowds gather outside the courthouse on Friday (Jane Doe via Harbour Wire)",
        "Crowds gather outside the courthouse on Friday (Photo by Jane Doe / Harbour Wire/Coast Pictures).",
        "The old ferry terminal in the 1960s. —Harbour Gazette Archives",
        "The old ferry terminal in the 1960s. Photo via Harbour Museum/Public Domain.",
        "Officers search the dunes near the lighthouse. Source: COAST POLICE",
        "Officers search the dunes near the lighthouse Source: COAST POLICE",
    ],
)
def test_a_caption_closed_by_a_credit_in_a_new_form_is_chrome(line):
    assert is_photo_caption(line)
    assert kind(line) is LineKind.CHROME


@pytest.mark.parametrize(
    "line",
    [
        "The papers are kept in the county archives.",  # archives named in a sentence
        "He said the plans were sent via email to the council.",
        "The figures came from the harbour board. Source: the board's own report was not published.",
        "Crowds gathered outside the courthouse on Friday, the Harbour Wire reported (via its website).",
    ],
)
def test_a_sentence_naming_an_archive_a_source_or_via_is_no_caption(line):
    assert not is_photo_caption(line)
    assert kind(line) is LineKind.TEXT


# --- B. a caption closed by its source alone in brackets -----------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "The prime minister arrives at the harbour summit in Eastport (PA)",
        "Volunteers clear the beach after the storm (Supplied).",
        "A rescue boat heads out past the breakwater (Handout)",
    ],
)
def test_a_caption_closed_by_its_source_in_brackets_is_chrome(line):
    assert kind(line) is LineKind.CHROME


@pytest.mark.parametrize(
    "line",
    [
        "Storm hits coast (PA)",  # too short: a headline's or a list's item
        "The vote was delayed again, the association said (PA).",  # an agency cited before the full stop
        "Three ferries were cancelled on Monday, the operator said (AP)",  # a wire's name alone closes headlines too
        "The board met in private (again).",
    ],
)
def test_a_line_closed_by_other_brackets_is_text(line):
    assert kind(line) is LineKind.TEXT


# --- C. a caption that places people in its photo --------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Mayor Jane Doe (left) greets the new harbour master at the quay on Monday.",
        "Board members (second from right) watch engineers sign the dredging contract at the town hall.",
        "From the left: crew members (l-r) Tom Ash, Ann Lee and Sam Roe with the trophy",
    ],
)
def test_a_line_that_places_people_in_brackets_is_a_caption(line):
    assert kind(line) is LineKind.CHROME


@pytest.mark.parametrize(
    "line",
    [
        "Jane Doe (pictured) told the board the channel was too shallow.",
        "The lease runs to the spring (April) and may be renewed.",
        "Turn right at the quay and follow the signs to the ferry terminal.",
    ],
)
def test_other_brackets_or_directions_are_text(line):
    assert kind(line) is LineKind.TEXT


# --- D. a caption printed right above its credit line ---------------------------------------------------


def test_a_caption_above_a_credit_label_and_the_credit_on_single_newlines_is_dropped():
    first, rest = _LINES.split("\n", 1)
    caption = "The dredger at work in the channel on Monday.\nPhoto:\nHarbour Gazette / Jane Doe"
    article = article_of(f"{_TITLE}\n{first}\n{caption}\n{rest}\n")
    assert article.headline.text == _TITLE
    assert texts(article) == _PARAGRAPHS


def test_a_caption_under_a_date_line_above_a_credit_label_is_dropped():
    caption = "The dredger at work in the channel on Monday.\nPhoto:\nHarbour Gazette / Jane Doe"
    article = article_of(f"{_TITLE}\nMarch 7, 2014\n{caption}\n{_LINES}\n")
    assert article.headline.text == _TITLE
    assert texts(article) == _PARAGRAPHS


def test_a_caption_above_a_credit_line_in_its_block_is_dropped_on_a_page_with_blank_lines():
    first, rest = _BODY.split("\n\n", 1)
    page = f"{_TITLE}\n\n{first}\n\nThe dredger at work in the channel.\nSource: Supplied\n\n{rest}"
    assert texts(article_of(page)) == _PARAGRAPHS


def test_a_fragment_above_a_credit_line_is_dropped_on_single_newlines():
    first, rest = _LINES.split("\n", 1)
    page = f"{_TITLE}\n{first}\nBREAKING | Board backs dredging plan\nImage: SUPPLIED\n{rest}\n"
    assert texts(article_of(page)) == _PARAGRAPHS


def test_a_caption_above_an_agency_line_is_dropped():
    first, rest = _BODY.split("\n\n", 1)
    page = f"{_TITLE}\n\n{first}\n\nA seal rests on the breakwater near the dredger.\nHarbour News Agency\n\n{rest}"
    assert texts(article_of(page)) == _PARAGRAPHS


def test_a_paragraph_above_a_source_line_stays_on_single_newlines():
    page = f"{_TITLE}\n{_LINES}\nSource: Harbour Board minutes\n"
    assert texts(article_of(page)) == _PARAGRAPHS


def test_a_paragraph_above_a_bare_label_and_an_address_stays():
    first, rest = _BODY.split("\n\n", 1)
    page = f"{_TITLE}\n\n{first}\n\n{rest.rstrip()}\nSource:\nhttps://example.org/harbour-board\n"
    assert texts(article_of(page))[: len(_PARAGRAPHS)] == _PARAGRAPHS


def test_a_caption_printed_again_with_its_credit_is_dropped_twice():
    caption = "Officers search the dunes near the lighthouse on Saturday."
    first, rest = _BODY.split("\n\n", 1)
    page = f"{_TITLE}\n\n{first}\n{caption}\n{caption} Source: COAST POLICE\n\n{rest}"
    assert texts(article_of(page)) == _PARAGRAPHS


def test_a_credit_label_under_the_title_keeps_the_title():
    page = f"{_TITLE}\nImage: Supplied\n{_LINES}\n"
    article = article_of(page)
    assert article.headline.text == _TITLE
    assert texts(article) == _PARAGRAPHS


# --- E. warnings, prompts, blog chrome, a comment count ---------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Warning: graphic content",
        "***WARNING: THIS ARTICLE CONTAINS IMAGES SOME READERS MAY FIND DISTRESSING***",
        "Warning: some may find the images upsetting",
        "Get all your news in one place.",
        "This article is from the archive of our partner, the Harbour Gazette.",
        "Click 'OK' then 'Allow' to enable notifications",
        "Your web browser is no longer supported. To improve your experience update it here",
        "Powered by Blogger",
        "Harbour News Agency",
        "SWNS",
    ],
)
def test_warnings_prompts_and_credit_lines_are_chrome(line):
    assert kind(line) is LineKind.CHROME


@pytest.mark.parametrize(
    "line",
    [
        "Warning signs were posted along the dunes on Friday.",
        "Powered by solar panels, the new ferry crossed in silence.",
        "The Harbour News reported the vote first.",
        "Satellite Images",
    ],
)
def test_sentences_about_warnings_or_power_are_text(line):
    assert kind(line) is LineKind.TEXT


def test_a_comment_count_in_brackets_opens_the_comments():
    page = f"{_TITLE}\n\n{_BODY}\n(0) comments\n\nWelcome to the discussion.\n\nKeep it clean, please.\n"
    assert texts(article_of(page)) == _PARAGRAPHS


# --- F. a headline that opens with a quotation ----------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "‘We are ready’ – harbour master says dredging can start in October",
        "'It was like a river' - Eastport resident describes the night the dunes gave way",
        "“Never again”: fishing crews demand a deeper channel",
    ],
)
def test_a_title_opening_with_a_quotation_is_the_headline(title):
    page = f"{title}\n\n{_BODY}"
    article = article_of(page)
    assert article.headline is not None and article.headline.text == title
    assert article.summary is None
    assert texts(article) == _PARAGRAPHS


def test_a_summary_line_quoting_a_word_without_a_dash_is_no_quotation_title():
    from newsparse_article.fit import _opens_with_quotation

    assert not _opens_with_quotation("‘Historic’ vote on the channel brings crews to the quay")
    assert not _opens_with_quotation("The ‘historic’ vote – and what comes next")


# --- G. headline grammar with an acronym, a writer's name printed twice, a Published line -----------------


def test_an_acronym_in_capitals_is_no_article_or_verb_of_headline_grammar():
    assert is_headlinese("Police charge Eastport man over alleged IS posts")
    assert not is_headlinese("Police charge a man over the posts he wrote last year")


def test_a_standfirst_above_the_writers_name_printed_twice_is_the_summary():
    standfirst = "The vote ends three years of argument over the eastern channel."
    page = f"{_TITLE}\n\n{standfirst}\n\nJane Doe\n\nJane Doe\n\n{_BODY}"
    article = article_of(page)
    assert article.summary is not None and article.summary.text == standfirst
    assert texts(article) == _PARAGRAPHS


def test_a_published_line_under_the_body_gives_the_date():
    page = f"{_TITLE}\n\n{_BODY}\n\nShare\nPublished 19 June 2021 10:25am\nUpdated 20 June 2021 11:15am\n"
    article = article_of(page)
    assert article.published is not None and article.published.isoformat().startswith("2021-06-19")
    assert texts(article) == _PARAGRAPHS


def test_an_updated_line_alone_under_the_body_gives_no_date():
    page = f"{_TITLE}\n\n{_BODY}\n\nUpdated 20 June 2021 11:15am\n"
    assert article_of(page).published is None


def test_the_new_word_lists_are_declared_vocabularies():
    chrome = PageChrome.from_vocabulary()
    assert "supplied" in chrome.caption_credits
    assert "extreme right" in chrome.caption_positions
    assert "photo" in chrome.credit_labels
    assert "news agency" in chrome.photo_agencies
    assert credit_line("Photo:", CHROME) == ""
    assert credit_line("Source: Supplied", CHROME) == "Supplied"
    assert credit_line("Harbour News Agency", CHROME) == "Harbour News Agency"
    assert credit_line("Source: the board said so.", CHROME) is None
    assert parse(f"{_TITLE}\n\n{_BODY}")[0].headline.text == _TITLE


def test_a_standfirst_under_the_title_above_the_lead_photos_credit_stays_the_standfirst():
    standfirst = "Crews had asked for the work for three years, the chair says"
    page = f"{_TITLE}\n{standfirst}\nPhotograph: Jane Doe/Coast Pictures\n{_LINES}\n"
    article = article_of(page)
    assert article.summary is not None and article.summary.text == standfirst
    assert texts(article) == _PARAGRAPHS


def test_a_standfirst_under_the_title_above_a_split_credit_stays_the_standfirst():
    standfirst = "Crews had asked for the work for three years, the chair says"
    page = f"{_TITLE}\n{standfirst}\nPhoto:\nJane Doe\n{_LINES}\n"
    article = article_of(page)
    assert article.summary is not None and article.summary.text == standfirst


def test_a_short_heading_opening_the_caption_under_it_stays():
    first, rest = _BODY.split("\n\n", 1)
    page = f"{_TITLE}\n\n{first}\n\nDredging\nDredging crews at the quay on Monday. Source: COAST POLICE\n\n{rest}"
    assert texts(article_of(page)) == [_PARAGRAPHS[0], "Dredging", *_PARAGRAPHS[1:]]


# --- H. a caption without a full stop between paragraphs, read-time bylines, publish-date labels ----------


@pytest.mark.parametrize(
    "caption", ["Firefighters at the scene on Monday", "Crowds outside the harbour office on Friday morning"]
)
def test_a_caption_closed_by_where_and_the_day_between_paragraphs_is_dropped(caption):
    first, rest = _BODY.split("\n\n", 1)
    page = f"{_TITLE}\n\n{first}\n\n{caption}\n\n{rest}"
    assert texts(article_of(page)) == _PARAGRAPHS


@pytest.mark.parametrize(
    "heading",
    [
        "What happened at the quay on Monday",  # a question
        "Council to vote on Monday",  # no place before the day
        "The plan for the winter",  # no day
    ],
)
def test_a_section_heading_between_paragraphs_stays(heading):
    first, rest = _BODY.split("\n\n", 1)
    page = f"{_TITLE}\n\n{first}\n\n{heading}\n\n{rest}"
    assert texts(article_of(page)) == [_PARAGRAPHS[0], heading, *_PARAGRAPHS[1:]]


@pytest.mark.parametrize("line", ["Jane Doe ·5-min read", "By Jane Doe | 4 min read", "Updated · 4 min read"])
def test_a_byline_or_date_label_with_the_reading_time_is_a_byline(line):
    assert kind(line) is LineKind.BYLINE


@pytest.mark.parametrize("line", ["Harbour board votes · 4 min read", "The vote took 4 min read aloud"])
def test_a_title_or_sentence_with_a_reading_time_is_text(line):
    assert kind(line) is LineKind.TEXT


def test_a_publish_date_label_is_a_date_line():
    assert kind("Publish Date") is LineKind.DATE
    assert CHROME.kind("Publish Date: March 7, 2024") == (LineKind.DATE, CHROME.kind("March 7, 2024")[1])


def test_a_title_printed_again_with_its_staff_byline_and_publish_date_is_one_article():
    block = f"{_TITLE}\n\nStaff,\nPublish Date\nMarch 7, 2024\n\n"
    article = article_of(block * 2 + _BODY)
    assert article.headline.text == _TITLE
    assert article.published is not None and article.published.isoformat().startswith("2024-03-07")
    assert texts(article) == _PARAGRAPHS


def test_an_outlet_label_name_and_reading_time_under_a_quoted_title_are_chrome():
    title = "‘We are ready’ – harbour master says dredging can start in October"
    page = f"{title}\n\nThe Harbour Post - AU\nJane Doe\n·5-min read\n\n{_BODY}\nGet all your news in one place.\n"
    article = article_of(page)
    assert article.headline.text == title
    assert article.summary is None
    assert texts(article) == _PARAGRAPHS


@pytest.mark.parametrize(
    "line",
    [
        "LISTEN ABOVE: The harbour master talks to the breakfast show",
        "Watch below: Crews clear the channel at dawn",
        "Warning: Some people may find the following images upsetting",
    ],
)
def test_a_players_label_or_an_image_warning_is_chrome(line):
    assert kind(line) is LineKind.CHROME


def test_a_sentence_about_listening_is_text():
    assert kind("Listen above all to the fishing crews, the chair told the board.") is LineKind.TEXT


def test_a_bare_name_under_the_title_is_no_standfirst():
    page = (
        "Harbour board jails dredger for two hours\n\n"
        "Tom Baird\nTom Baird\n\n"
        "A crane driver who helped a smuggler has been jailed for an afternoon.\n\n"
        "Tom Baird was caught by the harbour police on Tuesday, the court heard.\n\n"
        "He pleaded guilty to one count.\n"
    )
    article = article_of(page)
    assert article.summary is None
    assert texts(article)[0].startswith("A crane driver")
