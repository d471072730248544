"""Layouts of outlets no rule was tuned to, second round: long bylines, bylines naming the kind of piece,
role lines, cookie banners, prompts after a sentence, contact and tip lines, series notes, authorisation
lines."""

from __future__ import annotations

import pytest

import newsparse
from newsparse.page.chrome import LineKind
from newsparse.page.layout import is_writer
from newsparse.page.probe import PageProbe
from newsparse_digest.splitter import FIT_EXCERPT, DigestSplitter

from .layout_helpers import article_of, kind

# --- bylines -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "By Ana Lucía Ferrer and Jon Baker",
        "By Kwame Mensah Boateng, Lise Holt and Ivo Petrov",
        "BY Marta Ruiz Campos & Owen Pryce",
        "By Lotte Vermeer , Sam Achebe Coastal Radio News",
        "Reviewed by Dr. Femi Adeyemi, PhD",
    ],
)
def test_writers_with_long_names_make_a_byline(line):
    assert kind(line) is LineKind.BYLINE


@pytest.mark.parametrize(
    "line",
    [
        "By Tuesday the mayor and the council had agreed a budget",
        "By the end of the month rents in the old town and the harbour had doubled",
        "By Road And Rail, The Slow Return Of The Valley Commuter",
        "By The Numbers: How The Eastern Wards Voted",
        "By Christmas 2027 Every Street Should Have Fibre",
    ],
)
def test_a_sentence_opening_with_by_is_no_byline(line):
    assert kind(line) is LineKind.TEXT


@pytest.mark.parametrize(
    "line",
    ["Market analysis by Priya Natarajan", "Interview by Tom Okafor", "Film review by Hanne Ludvigsen"],
)
def test_a_byline_may_name_the_kind_of_piece(line):
    assert kind(line) is LineKind.BYLINE


@pytest.mark.parametrize("line", ["Analysis by the regulator found flaws in the audit.", "Made by Hand"])
def test_kind_of_piece_bylines_need_a_writer(line):
    assert kind(line) is not LineKind.BYLINE


@pytest.mark.parametrize("line", ["Westminster Bureau", "Chief Political Correspondent", "Health Desk", "Staff writer"])
def test_a_role_line_is_part_of_the_byline(line):
    assert kind(line) is not LineKind.TEXT


@pytest.mark.parametrize("line", ["Ask the Editor", "Letters to the Editor", "Bureau of Statistics figures"])
def test_lines_naming_a_role_in_other_words_are_text(line):
    assert kind(line) is LineKind.TEXT


def test_a_bare_name_above_a_role_line_is_no_headline():
    page = (
        "The Lakeside Courier\n"
        "News | Sport | Business | Opinion\n\n"
        "EDUCATION\n\n"
        "School board delays vote on four-day week until spring\n"
        "Parents packed the meeting as trustees asked for more time to study costs\n"
        "Maren Oduya-Shaw\n"
        "Westminster Bureau\n"
        "Published 6:10 p.m. ET March 3, 2026\n\n"
        "The school board voted on Tuesday to delay a decision on a four-day week until April.\n\n"
        "Trustees said they wanted a fuller study of transport costs.\n"
    )
    article = article_of(page)
    assert article.headline.text == "School board delays vote on four-day week until spring"
    assert article.summary is not None and article.summary.text.startswith("Parents packed")
    assert str(article.published)[:10] == "2026-03-03"


def test_a_standfirst_above_a_kind_of_piece_byline_is_no_headline():
    page = (
        "The Northern Ledger\n"
        "Live | Results | Candidates\n\n"
        "Independents hold the balance as count drags into a third day\n"
        "With most ballots counted, no party is on course for a majority in the 40-seat assembly\n"
        "Election analysis by Corin Maddox\n"
        "Mon 9 Mar 2026 08:15\n\n"
        "Counting resumed on Monday with the two largest parties level on 14 seats each.\n\n"
        "Six independents are expected to decide who governs.\n"
    )
    article = article_of(page)
    assert article.headline.text == "Independents hold the balance as count drags into a third day"
    assert article.summary is not None and article.summary.text.startswith("With most ballots counted")


# --- chrome --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Privacy choices: This website uses cookies to improve your visit. OK",
        "We and our partners store cookies on your device to measure traffic and show ads. Accept all | Manage",
        "Cookie preferences",
        "Manage cookie settings",
    ],
)
def test_cookie_banners_are_chrome(line):
    assert kind(line) is LineKind.CHROME


def test_a_sentence_about_cookies_is_text():
    assert kind("Regulators fined the retailer for placing tracking cookies without consent.") is LineKind.TEXT


def test_a_cookie_banner_above_the_title_is_no_headline():
    page = (
        "Fenland Echo\n"
        "Consent: We use cookies to remember your choices and to show adverts. Accept | Decline\n\n"
        "Drainage board warns of flood risk as river levels rise\n\n"
        "Published 11 February 2026\n\n"
        "The drainage board said on Wednesday that pumps were running at full capacity.\n\n"
        "Residents near the river were told to prepare sandbags.\n"
    )
    assert article_of(page).headline.text == "Drainage board warns of flood risk as river levels rise"


@pytest.mark.parametrize(
    "line",
    [
        "Never miss a match. Get our football newsletter",
        "Love a bargain? Sign up for our weekly deals briefing",
        "Spotted something in your street? Write to us at local@lakesidecourier.example",
        "Contact Maren Oduya-Shaw at moduya@lakesidecourier.example",
        "Do you have a story to tell? Get in touch",
        "This story is part of our occasional series on coastal towns",
        "Authorised by K. Lowther, 4 Quay Street, Launceston",
    ],
)
def test_closing_prompts_notes_and_contact_lines_are_chrome(line):
    assert kind(line) is LineKind.CHROME


@pytest.mark.parametrize(
    "line",
    [
        "Readers may write to letters@lakesidecourier.example with their views.",
        "The mayor said the town had signed up for the scheme. It will start in May",
        "Authorized by Congress in 2019, the grant programme has since paid for 40 bridges and 12 tunnels.",
        "press@lakesidecourier.example",
    ],
)
def test_sentences_and_bare_addresses_are_not_prompts(line):
    assert kind(line) is not LineKind.CHROME


@pytest.mark.parametrize("line", ["By", "BY:", "Written by", "Words by", "Author:"])
def test_a_byline_opening_alone_is_a_byline(line):
    assert kind(line) is LineKind.BYLINE


@pytest.mark.parametrize("line", ["Bye", "Standby", "By and large"])
def test_words_like_by_alone_are_no_byline(line):
    assert kind(line) is not LineKind.BYLINE


def test_the_name_under_a_lone_by_is_no_headline_and_starts_no_post():
    page = (
        "Fenland Echo\n"
        "Home | News | Sport | Planning\n\n"
        "Ring road scheme wins funding after decade of delays\n"
        "Ministers have approved the final business case, clearing the way for work to begin next year\n"
        "By\n"
        "Ottilie Brash-Mensah\n"
        "Local Democracy Reporter\n"
        "09:15, 2 APR 2026\n\n"
        "Work on the ring road will begin next spring after ministers approved its funding, the council said.\n\n"
        "The scheme has been delayed by rising costs since it was first proposed.\n"
    )
    article = article_of(page)
    assert article.headline.text == "Ring road scheme wins funding after decade of delays"
    assert article.summary is not None and article.summary.text.startswith("Ministers have approved")
    assert [p.text[:9] for p in article.paragraphs] == ["Work on t", "The schem"]


@pytest.mark.parametrize(
    "line",
    [
        "Back our reporting. Subscribe today.",
        "Thanks for reading. Subscribe now.",
        "Accept all cookies",
        "Scroll to continue reading",
    ],
)
def test_short_prompts_after_a_short_statement_are_chrome(line):
    assert kind(line) is LineKind.CHROME


@pytest.mark.parametrize(
    "line",
    [
        "She resigned. Subscribe to the view that nothing changed, her lawyer said.",
        "It snowed. Share prices fell.",
        "The ferry was cancelled again on Monday. Subscribe today.",
    ],
)
def test_sentences_beside_a_prompt_opening_are_text(line):
    assert kind(line) is LineKind.TEXT


# --- captions ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Shoppers crowd the night market in Penang on Friday [File: Lee Wan Ting/Reuters]",
        "Volunteers fill sandbags outside the town hall on Sunday. PHOTO | MERCY ACHIENG",
        "Firefighters damp down the warehouse in Leith on Monday. IMAGE: HANDOUT",
    ],
)
def test_captions_closing_with_a_bracketed_or_capitalised_credit_are_chrome(line):
    assert kind(line) is LineKind.CHROME


@pytest.mark.parametrize(
    "line",
    [
        "The council said the plan was “fully costed” [sic].",
        "The figures appear in the board's annual report [PDF]",
        "Crews worked through the night. Photo opportunities were limited, the agency said.",
    ],
)
def test_lines_closing_with_brackets_or_photo_words_are_text(line):
    assert kind(line) is LineKind.TEXT


def test_a_credited_caption_under_the_date_line_is_no_standfirst():
    page = (
        "Island Chronicle\n"
        "News | World | Business\n\n"
        "Ferry capsizes off coast, dozens rescued\n\n"
        "Updated Mar 2, 2026, 07:40 AM\n\n"
        "Rescuers carry a passenger ashore at the harbour on March 2. PHOTO: REUTERS\n\n"
        "KOTA BARU - A passenger ferry capsized off the east coast on Monday, and coastguards rescued 43 people.\n\n"
        "Officials said the vessel had been overloaded.\n"
    )
    article = article_of(page)
    assert article.summary is None
    assert article.paragraphs[0].text.startswith("KOTA BARU")


@pytest.mark.parametrize("line", ["Amara Quist Courts reporter", "Tom Okafor Staff writer", "Lena Marsh Business correspondent"])
def test_a_name_and_role_without_separator_make_a_byline(line):
    assert kind(line) is LineKind.BYLINE


@pytest.mark.parametrize("line", ["Town Council sacks editor", "Regional Daily Hires New Editor", "Amara Quist Wins Award"])
def test_titles_ending_in_a_role_are_no_byline(line):
    assert kind(line) is not LineKind.BYLINE


def test_a_read_more_line_without_its_teaser_block_lists_headlines_and_the_bio_closes():
    page = (
        "Coastal Business Weekly\n\n"
        "Port operator lifts dividend as container volumes recover\n\n"
        "Throughput rose for a third straight quarter, the company said\n\n"
        "Amara Quist Shipping reporter\n\n"
        "Feb 9, 2026 – 3.10pm\n\n"
        "The port operator raised its interim dividend on Monday after container volumes rose 8 per cent.\n\n"
        "Its shares closed 1.2 per cent higher.\n\n"
        "Read more\n\n"
        "Rail freight operator cuts jobs as coal traffic falls\n\n"
        "Amara Quist writes about shipping and logistics from Fremantle.\n"
    )
    article = article_of(page)
    assert [p.text[:12] for p in article.paragraphs] == ["The port ope", "Its shares c"]
    assert not article.related


@pytest.mark.parametrize(
    "line",
    [
        "By ANA LUCÍA FERRER and JON BAKER Associated Press | Updated 3:15 PM EST, Tue March 4, 2025",
        "By Kwame Mensah Boateng and Lise Holt, Harbour Wire | Published 4 March 2025",
    ],
)
def test_writers_with_long_names_may_print_their_date_after_a_bar(line):
    assert kind(line) is LineKind.BYLINE


def test_a_long_title_with_a_date_after_a_bar_is_no_byline():
    assert kind("Storms hit the coast and the hills again | Updated March 4, 2025") is not LineKind.BYLINE


@pytest.mark.parametrize("line", ["Luis Ortega | The Desert Courier", "Ana Ruiz | Harbour Post", "Tom Roe | The Valley Herald"])
def test_a_writer_beside_a_news_sites_name_is_a_byline(line):
    assert kind(line) is LineKind.BYLINE


@pytest.mark.parametrize(
    "line",
    ["Rain and wind batter the coast | Harbour Post", "Flood warning for three rivers | The Valley Herald", "Orchards Count Hail Losses - Valley Herald"],
)
def test_a_title_beside_a_news_sites_name_is_no_byline(line):
    assert kind(line) is not LineKind.BYLINE


@pytest.mark.parametrize(
    "caption",
    [
        "Harbour board members listen to residents during Monday's meeting at the Town Hall.",
        "Officials cut the ribbon at the new depot on Friday.",
    ],
)
def test_the_lead_photos_caption_under_the_byline_is_no_paragraph(caption):
    page = (
        "The Harbour Ledger\n\nHarbour board approves dredging of the eastern channel\n\n"
        "By Ana Ruiz | Updated 3:15 PM EST, Tue March 4, 2025\n\nShare on X\n\n"
        f"{caption}\nPhoto: Tom Roe / The Harbour Ledger\n\n"
        "The harbour board voted on Thursday to dredge the eastern channel before the winter storms.\n\n"
        "Fishing crews had asked for the work for three years, the board's chair said.\n\n"
        "The work will start in October and take six weeks.\n"
    )
    assert caption not in [p.text for p in article_of(page).paragraphs]


@pytest.mark.parametrize(
    "line",
    [
        "Company executives and state officials at Tuesday's announcement in Olentangy Falls. Courtesy of JobsOhio",
        "Volunteers at the launch in Leeds. Courtesy Harbour Water Board",
    ],
)
def test_a_caption_closed_by_who_gave_the_photo_is_chrome(line):
    assert kind(line) is LineKind.CHROME


def test_a_sentence_opening_with_courtesy_is_text():
    assert kind("The mayor thanked the volunteers on Friday. Courtesy of the council, every child got a book.") is LineKind.TEXT


@pytest.mark.parametrize("credit", ["(AP Photo/Tom Roe)", "© dpa / Lia Chen"])
def test_a_caption_over_a_bare_credit_line_is_no_paragraph(credit):
    caption = "A woman buys tomatoes at the harbour market on Monday, March 3, 2025."
    page = (
        "Harbour board approves dredging of the eastern channel\n\n"
        "By Ana Ruiz | Updated 3:15 PM EST, Tue March 4, 2025\n\n"
        "The harbour board voted on Thursday to dredge the eastern channel before the winter storms.\n\n"
        f"{caption}\n{credit}\n\n"
        "Fishing crews had asked for the work for three years, the board's chair said.\n\n"
        "The work will start in October and take six weeks.\n"
    )
    assert caption not in [p.text for p in article_of(page).paragraphs]


# --- the writer's name between a post's standfirst and its date line -----------------------------

_ROUNDUP = """Harbour Business Daily

Ferry operator Tidewater agrees to buy rival Northsound Lines
The merger would leave two companies running the island routes
Marit Solheim
Published 3 June 2026, 09:10 CET

Tidewater said on Tuesday it would pay 410 million crowns for Northsound, which runs six ferries.

The deal still needs the approval of the competition authority, the company said.

Share this story

Port strike enters its third week as talks stall
Dockworkers want a pay rise in line with prices
{writer}
Published 3 June 2026, 11:45 CET

Dockworkers at the container terminal stayed out for a fifteenth day on Tuesday.

The union said no new talks had been set.
"""


@pytest.mark.parametrize("writer", ["Ana Ruiz", "Ana Ruiz, Lima", "Tomas Berg, Gothenburg", "Lena Holm, Nordic Wire"])
def test_the_writer_between_a_standfirst_and_the_date_line_is_no_headline(writer):
    page = newsparse.parse(_ROUNDUP.format(writer=writer))
    assert [a.headline.text for a in page if a.headline] == [
        "Ferry operator Tidewater agrees to buy rival Northsound Lines",
        "Port strike enters its third week as talks stall",
    ]
    assert page[1].summary is not None and page[1].summary.text == "Dockworkers want a pay rise in line with prices"
    assert len(page[0].paragraphs) == 2


@pytest.mark.parametrize("line", ["Ana Ruiz, Lima", "Lena Holm, Nordic Wire", "Ana Ruiz"])
def test_a_name_and_where_it_files_from_is_a_writer(line):
    assert is_writer(line)


@pytest.mark.parametrize("line", ["Prices rise, Lima", "Ana Ruiz, the new editor of the paper", "Ana Ruiz, lima"])
def test_a_phrase_after_a_comma_is_no_writers_place(line):
    assert not is_writer(line)


@pytest.mark.parametrize(
    "line",
    ["Peter Walsh Local government correspondent", "Ana Ruiz Senior political reporter", "Tom Roe Chief arts writer"],
)
def test_a_name_and_a_sentence_case_role_make_a_byline(line):
    assert kind(line) is LineKind.BYLINE


@pytest.mark.parametrize("line", ["Greta Holm named chief correspondent", "Ana Ruiz joins as senior reporter"])
def test_a_name_and_a_verb_before_a_role_are_no_byline(line):
    assert kind(line) is not LineKind.BYLINE


@pytest.mark.parametrize(
    "line",
    ["Home | UK | Scotland | Edinburgh, Fife & East", "News | Sport | Glasgow, Lanark & West | Weather"],
)
def test_menu_items_listed_with_commas_make_one_item(line):
    assert kind(line) is LineKind.CHROME


def test_a_phrase_with_commas_between_bars_is_no_menu():
    assert kind("Rain, then sleet | Cold, damp and grey | Winds easing") is LineKind.TEXT


_COURT_ROUNDUP = """Valley Courier
Home | News | Courts

Latest courts news
Wednesday's court reports from around the region

Former clerk jailed for €1.4m payroll fraud
Nora Kelly | Wed May 6 2026 - 16:20

A former payroll clerk who moved €1.4 million into her own accounts was jailed for three years on Wednesday.

The court heard she had worked for the council for 22 years.

Advertisement

Residents lose challenge to quarry expansion
Judge finds council was entitled to extend the permission
Liam Boyle | Wed May 6 2026 - 14:05

A group of residents has lost its challenge to the expansion of a quarry near the town.

The judge said the council had weighed the noise evidence with care.
"""


def test_page_labels_above_a_roundups_first_bylined_post_are_not_its_title():
    page = newsparse.parse(_COURT_ROUNDUP)
    assert [a.headline.text for a in page if a.headline] == [
        "Former clerk jailed for €1.4m payroll fraud",
        "Residents lose challenge to quarry expansion",
    ]


def test_a_later_posts_standfirst_may_be_shorter_than_headlines_run():
    second = newsparse.parse(_COURT_ROUNDUP)[1]
    assert second.summary is not None and second.summary.text == "Judge finds council was entitled to extend the permission"


@pytest.mark.parametrize(
    "line",
    [
        "Crowds gather outside the court on Monday. Jane Doe/Reuters",
        "Tourists queue at the castle gate in May 2025. Kai Ueda/Bloomberg/Getty Images",
        "The ferry leaves the pier at dawn. Tom Roe/AFP",
    ],
)
def test_a_caption_closed_by_a_name_and_agencies_after_slashes_is_chrome(line):
    assert kind(line) is LineKind.CHROME


@pytest.mark.parametrize("line", ["The vote passed. Labour/Greens", "Rates rose in May. Input/output prices fell"])
def test_a_sentence_with_slashes_is_no_credit(line):
    assert kind(line) is LineKind.TEXT


_BYLINED_WITH_CROSSHEADS = """ASIA DESK
World | Asia | Business

Ferry fares to rise as fuel costs climb
By Mina Sato | Updated 3:15 PM EST, Tue March 4, 2025

Ferry operators on the inland sea will raise fares by 8% from April, the transport ministry said on Tuesday.

Operators say fuel costs have climbed for a second year in a row across the region
Fuel prices climbed again in February, the ministry said.

Commuters at the main terminal say the rise will not change how they travel
Travellers at the terminal were mostly unfazed by the news.

Read more
"""


def test_a_bylined_page_is_no_excerpt_of_a_digest():
    digest = DigestSplitter()
    byline = "By Mina Sato | Updated 3:15 PM EST, Tue March 4, 2025\n"
    title = "Ferry fares to rise as fuel costs climb\n"
    opening_in_body = _BYLINED_WITH_CROSSHEADS.replace(title, "")  # an excerpt starts inside an article's body
    assert digest.fit(PageProbe(opening_in_body)) < FIT_EXCERPT <= digest.fit(PageProbe(opening_in_body.replace(byline, "")))
    # a title under the site's menu opens an article's page, bylined or not
    assert digest.fit(PageProbe(_BYLINED_WITH_CROSSHEADS.replace(byline, ""))) < FIT_EXCERPT


@pytest.mark.parametrize(
    "line",
    [
        "World | U.S. | Politics | Sports | Entertainment | Business | Science | Fact Check | Oddities | Be Well",
        "Home | News | Sport | Business | Culture | Travel | Food | Weather | Property | Jobs | Cars | Puzzles",
    ],
)
def test_a_long_menu_row_is_chrome(line):
    assert kind(line) is LineKind.CHROME


def test_a_long_headline_with_bars_is_no_menu():
    assert kind("Storm closes the coast road | Schools shut across the county | Ferries cancelled until Friday as gales batter the islands") is LineKind.TEXT


@pytest.mark.parametrize(
    "line",
    [
        "The plant's cooling towers at dusk. (Gallo Images/Jane Doe)",
        "Traders on the floor in March. (Harbour Pictures/ Ann Lee)",
        "Item 1 of 2 A worker walks past the tanks at the port, March 7, 2025. REUTERS/Jo Roe/File Photo",
        "[1/2]A worker walks past the tanks at the port, March 7, 2025. REUTERS/Jo Roe/File Photo",
        "Image 3 of 12 Crowds gather in the square",
    ],
)
def test_photo_credits_and_numbered_gallery_captions_are_chrome(line):
    assert kind(line) is LineKind.CHROME


@pytest.mark.parametrize("line", ["Item 2 of the agenda was the budget, the mayor said.", "[1] Smith v Jones"])
def test_numbered_text_is_no_gallery_caption(line):
    assert kind(line) is LineKind.TEXT


@pytest.mark.parametrize("line", ["By environment reporter Tessa Marriott", "By staff writer Jo Roe", "By political editor Ann Lee"])
def test_by_a_role_in_lower_case_and_a_name_is_a_byline(line):
    assert kind(line) is LineKind.BYLINE


@pytest.mark.parametrize("line", ["By staff standards this was slow", "By reporter standards the count was late"])
def test_by_a_role_word_and_no_name_is_no_byline(line):
    assert kind(line) is LineKind.TEXT


def test_the_reuters_sites_slogan_is_no_headline():
    page = newsparse.parse(
        "Skip to main content\nExclusive news, data and analytics for financial market professionals\n"
        "Learn more about Refinitiv\n\nPort strike halts exports for a second day\n\n"
        "By Jo Roe\n\nMarch 4, 2025 9:41 AM GMT\n\n"
        "ROTTERDAM, March 4 (Reuters) - A strike by dockworkers halted exports for a second day on Tuesday.\n\n"
        "Talks are due to resume on Thursday, the union said.\n\n"
        "Reporting by Jo Roe; Editing by Ann Lee\n"
    )
    assert page[0].headline is not None and page[0].headline.text == "Port strike halts exports for a second day"


@pytest.mark.parametrize(
    "line",
    [
        "A woman walks past the central bank in Ankara, January 21, 2025. REUTERS/Jo Roe/File Photo Purchase Licensing Rights, opens new tab",
        "Traders work on the floor in Mumbai, March 3, 2025. REUTERS/Ann Lee/File Photo",
        "Traders work on the floor in Mumbai, March 3, 2025. REUTERS/Ann Lee Purchase Licensing Rights",
    ],
)
def test_a_credit_marked_as_a_file_photo_or_before_a_licensing_button_closes_a_caption(line):
    assert kind(line) is LineKind.CHROME


_FOOTER = """Harbour News

Ferry fares rise for the first time since 2019

By Ana Ruiz | March 4, 2025

Harbour council voted on Tuesday to raise ferry fares by 50 cents, the first rise in six years.

The new fares start in April, the council said.

{footer}
"""


def test_the_site_footers_links_one_a_line_close_no_body():
    footer = "Footer Links\\n\\nMy Account\\n\\nProfile\\n\\nAbout Harbour Accounts\\n\\nConnect with Harbour News\\n\\nYouTube"
    article = newsparse.parse(_FOOTER.format(footer=footer))[0]
    assert [p.text for p in article.paragraphs][-1] == "The new fares start in April, the council said."



@pytest.mark.parametrize("line", ["Chief football writer", "Senior cricket correspondent", "Chief Political Correspondent"])
def test_a_role_of_beats_in_sentence_case_under_the_writer_is_part_of_the_byline(line):
    assert kind(line) is LineKind.BYLINE


@pytest.mark.parametrize("line", ["Chief executive officer", "Senior football fans protest"])
def test_other_three_word_lines_are_no_role_line(line):
    assert kind(line) is not LineKind.BYLINE


@pytest.mark.parametrize("line", ["Guardian staff and agencies", "The Harbour Post Staff & Agencies", "Staff and agencies"])
def test_the_outlets_staff_and_agencies_credit_is_a_byline(line):
    assert kind(line) is LineKind.BYLINE


def test_a_sentence_about_staff_and_agencies_is_text():
    assert kind("Hospital staff and agencies were praised") is LineKind.TEXT
