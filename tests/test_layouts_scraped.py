"""Rules for scraped pages: menus, banners, widgets, prompts, tag lists and bios as chrome; the title
found below them; standfirsts above bylines; date lines in more forms; blog mastheads."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse import detect_format, parse
from newsparse.page.chrome import LineKind, is_menu
from newsparse.page.dates import find_date
from newsparse.page.layout import find_title
from newsparse.page.probe import read_lines
from newsparse.page.furniture import republished_from

from .layout_helpers import CHROME, kind


def paragraphs(article):
    return [p.text for p in article.paragraphs]


# --- menus and banners --------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Markets | Energy | Transport | Property",
        "Arts · Film · Music · Theatre",
        "Home • Opinion • Letters",
        "SPORT / FOOTBALL",
        "Regions / North Coast / Fishing",
        "| Local | National | World |",
    ],
)
def test_menu_rows_are_chrome(line):
    assert is_menu(line)
    assert kind(line) is LineKind.CHROME


@pytest.mark.parametrize(
    "line",
    [
        "Analysis | Why the pound keeps falling against the euro",  # a title with a label
        "Budget / Tax",  # two items in mixed case: as likely a title
        "Tenants and/or landlords must register by May",
        "Round 3 | Round 4 | Final",  # numbers: results, not a menu
        "The council met on Monday | it voted to close the pool",
    ],
)
def test_lines_that_are_no_menu(line):
    assert not is_menu(line)


def test_byline_with_three_parts_stays_a_byline():
    assert kind("Corin Vale | Staff Writer | Marsh Herald") is LineKind.BYLINE


@pytest.mark.parametrize(
    "line",
    [
        "Weather Alert: Dense fog advisory for the coast until noon",
        "BREAKING NEWS: Bridge closed after lorry strikes barrier",
        "Traffic alert: Two lanes shut on the ring road",
        "Sign in | Subscribe",
    ],
)
def test_banners_and_account_links_are_chrome(line):
    assert kind(line) is LineKind.CHROME


def test_sentences_about_alerts_are_text():
    assert kind("Weather alerts were issued across the county on Monday.") is LineKind.TEXT
    assert kind("We may earn less this year, the farmer said.") is LineKind.TEXT


# --- widgets, prompts, bios ---------------------------------------------------------------


@pytest.mark.parametrize("line", ["$1,199 at Currys", "£39.99 from Argos", "€15 at Fnac", "Jump to:"])
def test_shopping_widgets_are_chrome(line):
    assert kind(line) is LineKind.CHROME


def test_price_in_a_sentence_is_text():
    assert kind("$249 at the door, the organisers said.") is LineKind.TEXT


@pytest.mark.parametrize(
    "line",
    [
        "Want the latest from the courts? Follow us on Facebook.",
        "Never miss a story? Sign up for our evening briefing.",
        "We may earn a commission if you buy through our links.",
        "Get our weekly farming newsletter. Sign up here.",
    ],
)
def test_prompts_are_chrome(line):
    assert kind(line) is LineKind.CHROME


@pytest.mark.parametrize(
    "line",
    [
        "Want to know why? The answer lies in the budget.",
        "Why did it close? Nobody on the council would say, and the minutes were never published.",
    ],
)
def test_questions_in_the_body_are_text(line):
    assert kind(line) is LineKind.TEXT


@pytest.mark.parametrize(
    "line",
    [
        "Noor Haddad covers transport and planning for the Delta Courier.",
        "Bram Oyelaran is a senior correspondent at Ridge Radio.",
        "Lise Tanaka-Holm is health editor of the Weekly Lantern and a former nurse.",
    ],
)
def test_author_bios(line):
    assert CHROME.author_bio_name(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "Judge Amos Reyes is expected to rule on Friday.",
        "The mayor is a former reporter.",
        "Noor Haddad said the plan was years late.",
    ],
)
def test_sentences_that_are_no_bio(line):
    assert CHROME.author_bio_name(line) is None


def test_bio_is_dropped_only_where_it_closes_the_article():
    text = (
        "Ferry fares rise for the second time this year\n\nBy Noor Haddad\n\n"
        "Fares on the island ferries will rise by 6% in June.\n"
        "Noor Haddad is a transport reporter at the Delta Courier who has sailed every route.\n"
        "The operator blamed fuel costs.\n"
        "Noor Haddad is a transport reporter at the Delta Courier.\n"
    )
    [article] = parse(text)
    assert paragraphs(article) == [
        "Fares on the island ferries will rise by 6% in June.",
        "Noor Haddad is a transport reporter at the Delta Courier who has sailed every route.",
        "The operator blamed fuel costs.",
    ]


def test_tags_listed_under_a_heading_are_chrome_but_a_following_paragraph_is_not():
    text = (
        "Council approves new cycle lanes on the seafront\n\nBy Ada Brunel\n\n"
        "The lanes will open in September.\n\nTopics\n\nCycling\n\nTransport\n\n"
        "Work starts next month.\n"
    )
    [article] = parse(text)
    assert paragraphs(article) == ["The lanes will open in September.", "Work starts next month."]


def test_short_paragraphs_are_kept():
    text = (
        "Residents split over plan for new marina\n\nBy Ada Brunel\n\n"
        "The plan was unveiled on Monday.\n\nNo.\n\nThat was the answer from most residents we asked.\n\nWhy?\n"
    )
    [article] = parse(text)
    assert paragraphs(article) == [
        "The plan was unveiled on Monday.",
        "No.",
        "That was the answer from most residents we asked.",
        "Why?",
    ]


# --- titles below chrome, standfirsts --------------------------------------------------------


def test_title_with_a_site_bar_below_a_banner_and_a_slogan():
    text = (
        "Trusted news for the fens since 1888\n"
        "Grain barge runs aground near Salter's Lock | Fenland Echo\n"
        "A grain barge ran aground on Tuesday, blocking the river for six hours.\n"
    )
    [article] = parse(text)
    assert article.headline.text == "Grain barge runs aground near Salter's Lock"
    assert article.summary is None


def test_a_bar_in_a_short_line_does_not_make_it_the_title():
    lines = read_lines("Photos | Video\nGrain barge runs aground near the lock\nBy Ada Brunel\nThe barge ran aground.\n", CHROME)
    assert lines[find_title(lines)].clean == "Grain barge runs aground near the lock"


def test_title_is_not_taken_from_below_the_body():
    text = (
        "Grain barge runs aground near the lock\n"
        "A grain barge ran aground on Tuesday, blocking the river for six hours.\n"
        "Salvage crews arrive | Fenland Echo\n"
        "Posted: March 2, 2026\n"
    )
    lines = read_lines(text, CHROME)
    assert find_title(lines) == 0


def test_page_with_a_menu_above_a_plain_title_reads_as_an_article():
    text = (
        "Home | Local | Sport | Opinion\n"
        "Grain barge runs aground near the lock on a busy weekend\n"
        "A grain barge ran aground on Tuesday, blocking the river for six hours.\n"
        "Crews refloated it at high tide.\n"
    )
    assert detect_format(text).name == "article"
    [article] = parse(text)
    assert article.headline.text == "Grain barge runs aground near the lock on a busy weekend"
    assert article.summary is None


def test_standfirst_with_a_full_stop_above_the_byline():
    text = (
        "Grain barge runs aground near the lock\n\n"
        "The river was closed for six hours.\n\n"
        "By Ada Brunel\n\n"
        "A grain barge ran aground on Tuesday.\n"
    )
    [article] = parse(text)
    assert article.summary.text == "The river was closed for six hours."
    assert paragraphs(article) == ["A grain barge ran aground on Tuesday."]


def test_short_kicker_above_a_date_line_is_no_standfirst():
    text = (
        "Grain barge runs aground near the lock\n\nRiver news\n\nMarch 2, 2026\n\n"
        "A grain barge ran aground on Tuesday.\n"
    )
    [article] = parse(text)
    assert article.summary is None
    assert article.published == dt.date(2026, 3, 2)


# --- date lines ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("Published: June 2, 2026, 11:40 a.m.", dt.datetime(2026, 6, 2, 11, 40)),
        ("Posted on July 9, 2026 at 7:05 p.m.", dt.datetime(2026, 7, 9, 19, 5)),
        ("Updated: 09:30 BST, 21 August 2026", dt.datetime(2026, 8, 21, 9, 30)),
        ("last updated 4 October 2026", dt.date(2026, 10, 4)),
        ("Updated 23/11/2026", dt.date(2026, 11, 23)),
        ("Fri 4 Sep 2026 16.45 BST", dt.datetime(2026, 9, 4, 16, 45)),
    ],
)
def test_date_lines_in_more_forms(line, value):
    assert kind(line) is LineKind.DATE or kind(line) is LineKind.BYLINE
    assert CHROME.kind(line)[1] == value


def test_ambiguous_date_stays_unread():
    assert CHROME.kind("Updated: 18:05 BST, 04/05/2026")[1] is None


def test_dotted_number_is_no_time():
    found = find_date("Sales rose on 8 Mar 2026 by 12.50 per cent")
    assert found.value == dt.date(2026, 3, 8)


# --- blogs -----------------------------------------------------------------------------------


def test_posted_by_with_a_date_and_comment_count_is_a_byline():
    assert CHROME.kind("Posted by Wren Oakes | June 3, 2026 | 4 comments") == (LineKind.BYLINE, dt.date(2026, 6, 3))
    assert kind("Posted by Wren Oakes | Boats, Harbours | 4 comments") is LineKind.FOOTER


def test_republication_note_of_a_post():
    assert republished_from("This post was originally published on the Marsh Review, with thanks.") == "Marsh Review"


def test_blog_masthead_and_tagline_belong_to_no_post():
    text = (
        "Lantern Lane\n\nSmall stories from a small street\n\n"
        "The summer the fountain ran dry\n\nPosted by Wren Oakes | June 3, 2026 | 4 comments\n\n"
        "Nobody could remember the fountain ever being dry before.\n\n4 comments\n\nLeave a reply\n"
    )
    page = parse(text)
    assert page.format == "blog"
    [article] = page
    assert article.headline.text == "The summer the fountain ran dry"
    assert article.summary is None
    assert article.published == dt.date(2026, 6, 3)
    assert paragraphs(article) == ["Nobody could remember the fountain ever being dry before."]


# --- properties ------------------------------------------------------------------------------

_ITEM = st.from_regex(r"[A-Z][a-z]{2,8}", fullmatch=True)


@given(st.lists(_ITEM, min_size=3, max_size=8), st.sampled_from([" | ", " · ", " • ", " / "]))
def test_any_row_of_capitalised_words_is_a_menu(items, separator):
    assert is_menu(separator.join(items))


@given(st.text(alphabet="A|/ ·•ab.$", max_size=300))
def test_menu_and_kind_never_fail(line):
    is_menu(line)
    CHROME.kind(" ".join(line.split()) or "x")


# --- labelled bylines, labels above date lines ----------------------------------------------


@pytest.mark.parametrize("line", ["Author: Ines Falk", "Authors: Ines Falk and Bo Lind", "By: Ines Falk"])
def test_labelled_bylines(line):
    assert kind(line) is LineKind.BYLINE


def test_author_in_a_sentence_is_text():
    assert kind("Author Ines Falk spoke at the festival.") is LineKind.TEXT


def test_title_below_a_label_and_date_lines():
    text = (
        "Harbour\nAuthor: Ines Falk\nPublished: 8:05 AM EST March 9, 2026\n"
        "Tugboat crews vote to strike over rota changes\n"
        "Tugboat crews at the port voted on Sunday to strike over new rotas.\n"
    )
    [article] = parse(text)
    assert article.headline.text == "Tugboat crews vote to strike over rota changes"
    assert article.published == dt.datetime(2026, 3, 9, 8, 5)
    assert paragraphs(article) == ["Tugboat crews at the port voted on Sunday to strike over new rotas."]


@pytest.mark.parametrize("label", ["Arts & Culture", "Health & Science"])
def test_label_joined_by_an_ampersand_above_a_plain_title(label):
    text = f"{label}\nTown choir wins national prize for the first time\nThe choir sang three pieces in the final.\n"
    [article] = parse(text)
    assert article.headline.text == "Town choir wins national prize for the first time"


def test_six_word_fragment_above_a_date_line_is_a_standfirst():
    text = (
        "Tugboat crews vote to strike over rota changes\n\nUnion says talks have broken down\n\n"
        "9 March 2026\n\nTugboat crews at the port voted on Sunday to strike.\n"
    )
    [article] = parse(text)
    assert article.summary.text == "Union says talks have broken down"


@pytest.mark.parametrize(
    "line",
    ["Trending: Harbour fire | Rail strike | Exam results", "You are here: Home > Sport", "Today's Paper | Subscribe"],
)
def test_trending_rows_and_account_rows_are_chrome(line):
    assert kind(line) is LineKind.CHROME


def test_role_on_its_own_line_is_a_byline_but_not_in_lower_case():
    assert kind("Senior Correspondent") is LineKind.BYLINE
    assert kind("Staff Writer") is LineKind.BYLINE
    assert kind("reporter") is not LineKind.BYLINE


def test_title_ending_in_a_role_word_is_no_byline():
    assert kind("Mayor thanks hospital staff") is LineKind.TEXT


@pytest.mark.parametrize(
    "line",
    [
        "For breaking stories, follow our Telegram channel",
        "Stay informed — download the Coast Radio app",
        "Was £89.99, now £64.99",
        "Price: $1,099 at Currys",
        "See it at Halford's",
        "$349",
    ],
)
def test_channel_prompts_and_prices_are_chrome(line):
    assert kind(line) is LineKind.CHROME


@pytest.mark.parametrize(
    "line",
    [
        "Parents were asked to join a WhatsApp group for updates.",
        "The app was downloaded two million times in a week.",
        "Ferry operator cuts fares to $29 for the winter",
        "$4bn deal agreed for the northern line",
    ],
)
def test_sentences_about_apps_and_prices_are_text(line):
    assert kind(line) is LineKind.TEXT


# --- readers' comments -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line", ["Leave a Reply Cancel reply", "14 comments", "2 thoughts on “Storm season”", "One response to “Tides”"]
)
def test_comment_headers(line):
    assert CHROME.opens_comments(line)


@pytest.mark.parametrize(
    "line", ["Comments from the minister angered residents.", "Two responses were received by the council.", "Reply"]
)
def test_lines_that_open_no_comments(line):
    assert not CHROME.opens_comments(line)


def test_comments_under_an_article_are_dropped_but_a_republication_note_is_read():
    text = (
        "Tide tables printed wrong for a second year\n\nBy Ada Brunel\n\n"
        "The harbour's printed tide tables were wrong again this spring.\n\n"
        "3 comments\n\nRory Dunn says:\n\nThey were wrong last year too.\n\n"
        "This story was first published in the Firth Weekly Review.\n"
    )
    [article] = parse(text)
    assert paragraphs(article) == ["The harbour's printed tide tables were wrong again this spring."]
    assert article.republished_from == "Firth Weekly Review"


def test_two_responses_in_the_body_do_not_end_it():
    text = (
        "Council consults on ferry timetable\n\nBy Ada Brunel\n\n"
        "The council opened a consultation on the new timetable.\n\n"
        "Two responses were received in the first week.\n\nBoth asked for an earlier sailing.\n"
    )
    [article] = parse(text)
    assert len(article.paragraphs) == 3


def test_a_single_post_with_a_blog_byline_reads_as_a_blog():
    text = (
        "Harbour Notes\n\nSmall stories from the quay\n\n"
        "The crane that came back\n\nPosted on April 2, 2026 by Ailsa Brodie\n\n"
        "The old crane is working again.\n"
    )
    page = parse(text)
    assert page.format == "blog"
    assert [a.headline.text for a in page] == ["The crane that came back"]


def test_a_sentence_opening_like_a_comment_header_does_not_end_the_body():
    text = (
        "Council consults on ferry timetable\n\nBy Ada Brunel\n\n"
        "The council opened a consultation on the new timetable.\n\n"
        "Leave a comment with the harbour office or write to the council before the end of the month, "
        "the notice says, and every reply will be read by the committee.\n\n"
        "Both asked for an earlier sailing.\n"
    )
    [article] = parse(text)
    assert len(article.paragraphs) == 3


def test_row_of_section_names_without_separators_is_chrome():
    assert kind("Home News Sport Weather Travel Culture") is LineKind.CHROME
    assert kind("World Business Tech") is LineKind.CHROME


@pytest.mark.parametrize("line", ["Sport and Culture", "Health Secretary resigns", "Business rates rise again"])
def test_lines_with_words_besides_section_names_are_text(line):
    assert kind(line) is LineKind.TEXT


def test_leading_time_with_a_zone_offset():
    assert CHROME.kind("Published 9:05 AM GMT+2, 3 June 2026")[1] == dt.datetime(2026, 6, 3, 9, 5)


@pytest.mark.parametrize("label", ["Arts and Entertainment", "Science and Environment"])
def test_section_label_joined_by_and_above_a_title_and_standfirst(label):
    text = (
        f"{label}\n\nTown choir wins national prize for the first time\n\n"
        "Judges praised the choir's performance of three new pieces in the final\n\n"
        "The choir sang three pieces in the final on Saturday.\n"
    )
    [article] = parse(text)
    assert article.headline.text == "Town choir wins national prize for the first time"
    assert article.summary.text == "Judges praised the choir's performance of three new pieces in the final"


def test_short_title_with_and_is_kept_when_no_title_follows():
    lines = read_lines("Salt and Pepper\n\nBy Ada Brunel\n\nThe shop opened in 1931 and has never closed.\n", CHROME)
    assert find_title(lines) == 0


# --- photo captions ----------------------------------------------------------------------------


def test_caption_above_hide_caption_and_credit_lines_are_dropped():
    text = (
        "Orchard growers count losses after hail\n\nBy Ada Brunel\n\n"
        "Hail flattened young fruit across the valley on Sunday.\n\n"
        "Enlarge this image\n\nA grower inspects damaged apples on Monday.\n\nMara Quill/Valley Herald\n\n"
        "hide caption\n\ntoggle caption\n\nMara Quill/Valley Herald\n\n"
        "Insurers expect claims to double.\n"
    )
    [article] = parse(text)
    assert paragraphs(article) == [
        "Hail flattened young fruit across the valley on Sunday.",
        "Insurers expect claims to double.",
    ]


@pytest.mark.parametrize("line", ["Mara Quill/Valley Herald", "Getty Images/iStockphoto"])
def test_photo_credit_lines_are_chrome(line):
    assert kind(line) is LineKind.CHROME


def test_byline_with_a_slash_stays_a_byline():
    assert kind("Mara Quill/Valley Herald staff") is LineKind.BYLINE


def test_blog_tagline_with_a_full_stop_belongs_to_no_post():
    text = (
        "Lantern Lane\n\nSmall stories from a small street.\n\n"
        "The summer the fountain ran dry\n\nPosted by Wren Oakes | June 3, 2026\n\n"
        "Nobody could remember the fountain ever being dry before.\n\nLeave a comment\n"
    )
    page = parse(text)
    assert [a.headline.text for a in page] == ["The summer the fountain ran dry"]


def test_unbylined_first_post_with_paragraphs_is_kept():
    text = (
        "The fountain is running again\n\nThe council fixed the pump on Monday.\n\n"
        "Children were back in the water by the afternoon.\n\n"
        "The summer the fountain ran dry\n\nPosted by Wren Oakes | June 3, 2026\n\n"
        "Nobody could remember the fountain ever being dry before.\n\nLeave a comment\n"
    )
    page = parse(text)
    assert page.format == "blog"
    assert [a.headline.text for a in page] == ["The fountain is running again", "The summer the fountain ran dry"]


_TOP_CHROME = [
    "Skip to content",
    "Home | World | Business | Sport | Culture",
    "Weather Alert: Wind advisory until 6 PM",
    "NEWS / TRANSPORT",
    "Home » News » Transport",
    "Sign in | Subscribe",
    "Trending: Rail strike | Budget | Floods",
]


@given(
    st.lists(st.sampled_from(_TOP_CHROME), max_size=5),
    st.sampled_from(["", "Transport", "LOCAL NEWS"]),
    st.sampled_from(["\n", "\n\n"]),
    st.booleans(),
)
def test_chrome_above_a_bylined_title_never_becomes_its_headline(top, label, newline, standfirst):
    lines = [*top, *([label] if label else []), "Tram line extension opens two years late"]
    lines += ["Passengers queued before dawn for the first ride"] if standfirst else []
    lines += ["By Ada Brunel", "The first tram left the depot at six o'clock on Monday.", "It was full."]
    [article] = parse(newline.join(lines) + "\n")
    assert article.headline.text == "Tram line extension opens two years late"
    assert (article.summary is not None) is standfirst
    assert paragraphs(article) == ["The first tram left the depot at six o'clock on Monday.", "It was full."]


def test_copy_of_the_title_with_a_site_name_is_no_standfirst():
    text = (
        "Tram line extension opens two years late\n\nBy Ada Brunel\n\n"
        "Tram line extension opens two years late | Quayside Times\n\n"
        "The first tram left the depot at six o'clock on Monday.\n"
    )
    [article] = parse(text)
    assert article.headline.text == "Tram line extension opens two years late"
    assert article.summary is None
    assert paragraphs(article) == ["The first tram left the depot at six o'clock on Monday."]


def test_closing_bio_of_someone_the_byline_does_not_name_is_a_paragraph():
    text = (
        "Harbour paper names new editor\n\nBy Ada Brunel\n\n"
        "The Quayside Times has appointed a new editor after a six-month search.\n\n"
        "Noor Haddad is the paper's first editor to have started as a reporter on its news desk.\n"
    )
    [article] = parse(text)
    assert len(article.paragraphs) == 2
