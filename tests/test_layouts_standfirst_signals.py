"""What tells a standfirst from the lede, and a caption or another story's headline from the body: a second
headline under the title, a standfirst over a dateline under a caption, a wire's dash against the lead's first
word, a lede restating the standfirst, a yearless update stamp, a
standfirst pulled from the body, a caption speaking of its photo, a sentence printed twice in a row, headlines in
capitals among the paragraphs and videos' titles closed by their running time.
Every page and line here is of our own making."""

from __future__ import annotations

import pytest

from newsparse.page.chrome import LineKind, is_video_teaser, speaks_of_photo
from newsparse.page.dates import is_yearless_dateline
from newsparse.page.layout import restates_title
from newsparse.page.lines import after_dateline, opens_with_dateline

from .layout_helpers import BODY, PARAGRAPHS, TITLE, article_of, kind, texts

STANDFIRST = "Crews say the work is overdue and fear another winter of silted berths."


def _summary(page: str) -> str | None:
    article = article_of(page)
    return None if article.summary is None else article.summary.text


# --- a second headline under the title ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("Board votes to dredge channel", TITLE),
        ("Seniors protest rent rise at Elm Court", "Senior citizens protest against rent rise at Elm Court housing complex"),
        ("Gold for Lee, another record in 200 at worlds", "Ann Lee wins 200 metres at world championships with another record"),
    ],
)
def test_a_line_mostly_of_the_titles_words_restates_it(line, title):
    assert restates_title(line, title)


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("Board votes to dredge channel.", TITLE),  # a sentence: a standfirst's
        ("Fishing crews fear the winter storms", TITLE),
        ("Eastern channel", TITLE),  # too few words to tell
    ],
)
def test_a_sentence_or_a_line_of_other_words_restates_no_title(line, title):
    assert not restates_title(line, title)


def test_a_second_headline_under_the_title_is_neither_standfirst_nor_paragraph():
    page = f"{TITLE}\n\nBy Jane Doe\nMonday, March 2, 2026\n\nDredging vote for eastern channel at harbour board\n\n{BODY}"
    article = article_of(page)
    assert article.summary is None
    assert texts(article) == PARAGRAPHS


# --- a standfirst over a dateline, under a caption --------------------------------------------------------


def test_a_standfirst_over_a_dateline_under_a_short_caption_is_the_standfirst():
    lede = "HALIFAX (Harbour Wire) -- The harbour board voted on Thursday to dredge the eastern channel."
    page = f"{TITLE}\n\nJane Doe Image\n\n{STANDFIRST}\n\n{lede}\n\n" + "\n\n".join(PARAGRAPHS[1:]) + "\n"
    article = article_of(page)
    assert _summary(page) == STANDFIRST
    assert texts(article) == [lede, *PARAGRAPHS[1:]]


def test_a_lede_under_a_short_caption_without_a_dateline_below_stays_the_lede():
    page = f"{TITLE}\n\nJane Doe Image\n\n{BODY}"
    assert _summary(page) is None
    assert texts(article_of(page)) == PARAGRAPHS


# --- a wire's dash against the lead's first word ----------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    ["HALIFAX (Harbour Wire) -The board voted on Thursday.", "(Reuters) -Shares fell on Monday.", "OSLO (NTB) –“We are ready,” she said."],
)
def test_a_wires_dash_may_touch_the_leads_first_word(line):
    assert opens_with_dateline(line)


@pytest.mark.parametrize("line", ["HALIFAX-BASED crews said so.", "HALIFAX -The board voted.", "Crews (at the quay) -The board voted."])
def test_a_dash_against_a_word_without_a_wires_name_in_brackets_is_no_dateline(line):
    assert not opens_with_dateline(line)


def test_after_dateline_is_the_lead_past_its_dateline():
    assert after_dateline("HALIFAX (Harbour Wire) - At least 40 boats sank.") == "At least 40 boats sank."
    assert after_dateline("At least 40 boats sank.") == "At least 40 boats sank."


# --- a lede restating the standfirst ----------------------------------------------------------------------


def test_a_sentence_whose_opening_the_lede_repeats_is_the_standfirst():
    deck = "At least 40 boats were damaged in the storm, the harbour master says."
    lede = "At least 40 boats were damaged when the storm hit the harbour on Monday night."
    page = f"{TITLE}\n\n{deck}\n\n{lede}\n\n" + "\n\n".join(PARAGRAPHS[1:]) + "\n"
    assert _summary(page) == deck
    assert texts(article_of(page)) == [lede, *PARAGRAPHS[1:]]


def test_two_opening_paragraphs_sharing_three_words_are_the_body():
    first = "The harbour board voted on Thursday to dredge the eastern channel before the winter storms."
    second = "The harbour board said the work would cost less than feared."
    page = f"{TITLE}\n\n{first}\n\n{second}\n\n{PARAGRAPHS[2]}\n"
    assert _summary(page) is None
    assert texts(article_of(page)) == [first, second, PARAGRAPHS[2]]


# --- a yearless update stamp ------------------------------------------------------------------------------


@pytest.mark.parametrize("line", ["Updated 2:38 p.m. ET April 23", "Published: 14:05 BST 3 May", "Posted 9:15 am, May 4"])
def test_an_update_stamp_without_a_year_is_a_date_line(line):
    assert is_yearless_dateline(line)
    assert kind(line) is LineKind.DATE


@pytest.mark.parametrize("line", ["Updated 2:38 p.m. ET April 23 with the vote", "Updated rules start May 4", "Posted 9:15 on Sunday"])
def test_an_update_stamp_running_on_or_without_its_date_is_none(line):
    assert not is_yearless_dateline(line)


def test_a_sentence_over_a_yearless_update_stamp_is_the_standfirst():
    page = f"{TITLE}\n{STANDFIRST}\nUpdated 9:15 a.m. ET May 4\n" + "\n".join(PARAGRAPHS) + "\n"
    assert _summary(page) == STANDFIRST
    assert texts(article_of(page)) == PARAGRAPHS


# --- a standfirst pulled from the body --------------------------------------------------------------------


def test_a_sentence_printed_again_further_down_is_a_standfirst_pulled_from_the_body():
    deck = "Fishing crews had asked for the work for three years."
    page = f"{TITLE}\n\n{deck}\n\n{BODY}"
    article = article_of(page)
    assert _summary(page) == deck
    assert texts(article) == PARAGRAPHS


def test_a_lede_whose_opening_differs_from_later_paragraphs_stays_the_lede():
    lede = "Fishing crews had asked for the work for a decade, skippers recalled."
    page = f"{TITLE}\n\n{lede}\n\n{BODY}"  # seven words alike, the eighth not; news the next lines do not restate
    assert _summary(page) is None
    assert texts(article_of(page)) == [lede, *PARAGRAPHS]


_AUDIT_BODY = (
    "Councillors met on Monday to review the accounts of the last year.\n\n"
    "The auditor said the council had spent more on the bridge than on all the schools combined.\n\n"
    "A vote on the budget is due next month.\n"
)


def test_a_sentence_printed_again_inside_a_paragraph_further_down_is_a_standfirst_pulled_from_the_body():
    deck = "The council had spent more on the bridge than on all the schools."
    page = f"Council overspent on bridge, auditor finds\n\n{deck}\n\n{_AUDIT_BODY}"
    assert _summary(page) == deck
    assert len(texts(article_of(page))) == 3


def test_a_lede_sharing_seven_words_in_a_row_with_a_later_paragraph_stays_the_lede():
    lede = "The council had spent more on the bridge for years, critics say."
    page = f"Council overspent on bridge, auditor finds\n\n{lede}\n\n{_AUDIT_BODY}"
    assert _summary(page) is None
    assert texts(article_of(page))[0] == lede


# --- a caption speaking of its photo ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "A docker walks past the harbour office in Halifax in this AP file photo. The board voted on Thursday.",
        "In this May 2, 2019, photo, crews repair the sea wall.",
        "From left: Jane Doe, John Roe and Ann Lee.",
        "From L to R: Jane Doe, John Roe",
        "The skipper sat silent during the hearing. At right is Judge Ann Lee.",
        "The entrance to the harbour office is shown here in Halifax.",
    ],
)
def test_a_line_speaking_of_its_photo_is_a_caption(line):
    assert speaks_of_photo(line)
    assert kind(line) is LineKind.CHROME


@pytest.mark.parametrize(
    "line",
    [
        "The photo was taken in this town on Monday.",
        "Police released this photo of the missing boat.",
        "From then on, the board met monthly.",
        "At right angles to the quay, the new berth will take larger ships.",
        "The new berth, shown in the plans, will take larger ships.",
    ],
)
def test_a_sentence_about_a_photo_or_a_side_is_no_caption(line):
    assert not speaks_of_photo(line)


def test_a_caption_speaking_of_its_photo_takes_no_standfirsts_place():
    caption = "A docker walks past the harbour office in this file photo."
    page = f"{TITLE}\n\n{caption}\n\n{BODY}"
    assert _summary(page) is None
    assert texts(article_of(page)) == PARAGRAPHS


# --- headlines in capitals among the paragraphs -----------------------------------------------------------


def test_another_storys_headline_in_capitals_leaves_the_body():
    link = "TRANSIT BOARD DELAYS VOTE ON FARE RISE AFTER PUBLIC OUTCRY"
    page = f"{TITLE}\n\n{PARAGRAPHS[0]}\n\n{PARAGRAPHS[1]}\n\n{link}\n\n{PARAGRAPHS[2]}\n"
    assert texts(article_of(page)) == PARAGRAPHS


@pytest.mark.parametrize("line", ["WHAT THE BOARD DECIDED", "JANE DOE, HARBOUR MASTER OF THE EASTERN CHANNEL PORT"])
def test_a_short_heading_or_a_speakers_label_in_capitals_stays_in_the_body(line):
    page = f"{TITLE}\n\n{PARAGRAPHS[0]}\n\n{PARAGRAPHS[1]}\n\n{line}\n\n{PARAGRAPHS[2]}\n"
    assert line in texts(article_of(page))


# --- a sentence printed twice in a row --------------------------------------------------------------------

CAPTION = "Crews repair the sea wall at dawn on Monday."


def test_a_sentence_printed_twice_in_a_row_between_paragraphs_is_a_caption():
    page = f"{TITLE}\n\n{PARAGRAPHS[0]}\n\n{PARAGRAPHS[1]}\n\n{CAPTION}\n{CAPTION}\n\n{PARAGRAPHS[2]}\n"
    assert texts(article_of(page)) == PARAGRAPHS


def test_a_sentence_printed_twice_in_a_row_under_the_standfirst_is_a_caption():
    page = f"{TITLE}\n\n{STANDFIRST}\n\nBy Jane Doe\n\n{CAPTION}\n{CAPTION}\n\n{BODY}"
    article = article_of(page)
    assert _summary(page) == STANDFIRST
    assert texts(article) == PARAGRAPHS


def test_the_first_line_under_the_title_printed_twice_in_one_block_is_the_lead_photos_caption():
    # the alt text and the caption of the lead photo, printed together; the lead starts below them
    page = f"{TITLE}\n\n{CAPTION}\n{CAPTION}\n\n{PARAGRAPHS[0]}\n\n{PARAGRAPHS[1]}\n\n{PARAGRAPHS[2]}\n"
    assert _summary(page) is None
    assert texts(article_of(page)) == PARAGRAPHS


def test_a_sentence_printed_twice_with_a_blank_line_between_is_a_caption_too():
    page = f"{TITLE}\n\n{PARAGRAPHS[0]}\n\n{PARAGRAPHS[1]}\n\n{CAPTION}\n\n{CAPTION}\n\n{PARAGRAPHS[2]}\n"
    assert texts(article_of(page)) == PARAGRAPHS


def test_the_first_line_under_the_title_printed_twice_with_a_blank_line_between_is_the_standfirst_and_the_lead():
    page = f"{TITLE}\n\n{PARAGRAPHS[0]}\n\n{PARAGRAPHS[0]}\n\n{PARAGRAPHS[1]}\n\n{PARAGRAPHS[2]}\n"
    assert _summary(page) == PARAGRAPHS[0]
    assert texts(article_of(page)) == PARAGRAPHS


# --- a photo's credit opened by ``Picture:`` and a newsletter's tagline under its call -------------------------


@pytest.mark.parametrize("line", ["Picture: PA", "Pictures: Jane Doe/Harbour Post", "Picture: Getty Images"])
def test_a_credit_opened_by_picture_is_chrome(line):
    assert kind(line) is LineKind.CHROME


def test_picture_this_opening_a_sentence_is_text():
    assert kind("Picture this: a quay with no ships.") is LineKind.TEXT


def test_a_newsletters_tagline_under_its_call_leaves_the_body():
    page = (
        f"{TITLE}\n\n{PARAGRAPHS[0]}\n\n{PARAGRAPHS[1]}\n\nSign up to our daily newsletter\n\n"
        f"The Harbour newsletter cuts through the noise\n\n{PARAGRAPHS[2]}\n"
    )
    assert texts(article_of(page)) == PARAGRAPHS


def test_a_sentence_about_a_newsletter_under_a_call_stays():
    line = "The council said its newsletter would go out on Monday."
    page = f"{TITLE}\n\n{PARAGRAPHS[0]}\n\n{PARAGRAPHS[1]}\n\nSign up to our daily newsletter\n\n{line}\n\n{PARAGRAPHS[2]}\n"
    assert line in texts(article_of(page))


# --- a video's title closed by its running time -----------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    ["Growing number of states challenge the travel ban 04:10", "Port strike enters its third day 02:47", "Dockers vote on the new pay offer 1:02:15"],
)
def test_a_title_closed_by_a_running_time_is_a_video_teaser(line):
    assert is_video_teaser(line)
    assert kind(line) is LineKind.CHROME


@pytest.mark.parametrize(
    "line",
    ["Doors open for the town hall meeting at 7:30", "The meeting will end 10:30", "The vote is due to close at 09:30", "Ferry 04:10"],
)
def test_a_clock_time_or_a_short_line_is_no_video_teaser(line):
    assert not is_video_teaser(line)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("HARBOUR CITY - Crews repair the sea wall at dawn on Monday.", "HARBOUR CITY – Crews repair the sea wall at dawn on Monday."),
        ("Crews repair the sea wall — at dawn on Monday.", "Crews repair the sea wall - at dawn on Monday."),
    ],
)
def test_copies_printing_the_same_words_with_other_dashes_are_a_caption(first, second):
    page = f"{TITLE}\n\n{PARAGRAPHS[0]}\n\n{PARAGRAPHS[1]}\n\n{first}\n{second}\n\n{PARAGRAPHS[2]}\n"
    assert texts(article_of(page)) == PARAGRAPHS


def test_a_caption_without_a_full_stop_printed_twice_in_the_body_is_chrome():
    caption = "A diver checks the footings of the eastern pier at low tide"
    page = f"{TITLE}\n\n{PARAGRAPHS[0]}\n\n{PARAGRAPHS[1]}\n\n{caption}\n\n{caption}\n\n{PARAGRAPHS[2]}\n"
    assert texts(article_of(page)) == PARAGRAPHS


def test_a_title_printed_twice_stays_the_title():
    page = f"{TITLE}\n{TITLE}\n\n{PARAGRAPHS[0]}\n\n{PARAGRAPHS[1]}\n\n{PARAGRAPHS[2]}\n"
    article = article_of(page)
    assert article.headline is not None and article.headline.text == TITLE
    assert texts(article) == PARAGRAPHS


def test_different_words_printed_in_one_block_are_no_caption():
    other = "Crews repair the sea wall at dawn on Tuesday."
    page = f"{TITLE}\n\n{PARAGRAPHS[0]}\n\n{CAPTION}\n{other}\n\n{PARAGRAPHS[1]}\n\n{PARAGRAPHS[2]}\n"
    assert CAPTION in " ".join(texts(article_of(page)))
