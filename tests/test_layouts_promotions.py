"""What an outlet prints about itself between or under a story (newsletter pitches, priced and free offers, its
address and telephone) and photo credits in more forms: chrome, never a paragraph.  Every line here is of our own
making."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse.page.chrome import LineKind, is_photo_caption
from newsparse.page.promotions import (
    is_app_pitch,
    is_contact_line,
    is_free_offer,
    is_priced_offer,
    is_reader_poll,
    is_sign_up_pitch,
    is_story_pointer,
)

from .layout_helpers import CHROME, PARAGRAPHS, TITLE, article_of, kind, texts

BODY_TEXT = "\n\n".join(PARAGRAPHS)
_BUTTONS = CHROME.sign_up_buttons
_CALLS = CHROME.sign_up_calls


@pytest.mark.parametrize(
    "line",
    [
        "Get the Harbour Brief: the five stories you need before the ferry leaves. Sign up free.",
        "The week on the water, every Thursday. Subscribe for free.",
        "Get the Quay Daily: Sign up for our free newsletter and get the morning's stories in your inbox.",
        "Tide tables, storm warnings and the fish prices. Sign up to receive our Coast Bulletin.",
        "Get the Dockside Digest in your inbox before the markets open. Sign up free, or go premium from £3 a month.",
        "Subscribe: one email every Sunday, nothing else.",
        "Enjoyed this? Forward the Harbour Brief to a friend.",
        "Found this useful? Share this email with a colleague.",
    ],
)
def test_a_newsletter_pitch_with_its_call_is_chrome(line):
    assert is_sign_up_pitch(line, _BUTTONS, _CALLS)
    assert kind(line) is LineKind.CHROME


@pytest.mark.parametrize(
    "line",
    [
        "Residents must sign up for the scheme before the end of May.",
        "Voters have until May 5 to register. Sign up for a postal vote closes on April 20.",
        '"Sign up now," the harbour master said. "It is free."',
        "The club said 400 people signed up. Subscribe for free, it told the rest, the chair said.",
        "Forward planning is needed. Share prices fell to a three-year low.",
    ],
)
def test_a_story_speaking_of_signing_up_is_no_pitch(line):
    assert not is_sign_up_pitch(line, _BUTTONS, _CALLS)
    assert kind(line) is LineKind.TEXT


@pytest.mark.parametrize(
    "line",
    [
        "Join Harbour+ for $4.99 a month and get every story ad-free.",
        "The Quay Review is reader-funded. Become a patron from 12 zł a month and get our weekly letter.",
        "Read the Harbour Post's digital edition for just €1.99 a week",
        "Try the app for only £2 per month, cancel any time.",
        "Local news matters. Support the Quay Bulletin from $1 a week.",
        "Get the Quay Post delivered. Home delivery starts at $3.25 a week.",
    ],
)
def test_an_offer_priced_by_the_week_or_month_is_chrome(line):
    assert is_priced_offer(line)
    assert kind(line) is LineKind.CHROME


@pytest.mark.parametrize(
    "line",
    [
        "Members pay $5 a month and can join for free.",
        "Get a season pass for $40 a month, the club said.",
        "Fares rose to €3 a day for commuters.",
        "Join the queue at the quay early.",
    ],
)
def test_a_price_in_a_story_is_no_offer(line):
    assert not is_priced_offer(line)
    assert kind(line) is LineKind.TEXT


@pytest.mark.parametrize(
    "line",
    [
        "Harbour Post, 12 Quay Street, Cork. Tel: +353 21 555 0100",
        "The Dock Times, 4 Pier Road, Leith | Tel. 0131-555-0199",
        "Quay Courier Online | 220 Main St., Millbrook, IA 50613 | (319) 555-0142",
        "The Harbour Post is published by Quay Media Ltd, 4 Dock Road, Cork T12 X123.",
        "Coast Monitor is published by Coast Media GmbH, Hafenstraße 12, 20457 Hamburg.",
    ],
)
def test_the_outlets_address_and_telephone_are_chrome(line):
    assert is_contact_line(line)
    assert kind(line) is LineKind.CHROME


@pytest.mark.parametrize(
    "line",
    [
        "Anyone with information should call police on 101.",
        "The harbour's hotline number is 0800 555 111",
        "Nature is published by Springer Nature, which employs 10,000 people.",
        "The report is published by the ministry every 12 months.",
        "Write to jane at the usual address",
    ],
)
def test_a_number_or_publisher_in_a_story_is_no_contact_line(line):
    assert not is_contact_line(line)
    assert kind(line) is LineKind.TEXT


@pytest.mark.parametrize(
    "line",
    [
        "The old lighthouse on Pier Road in Portree. Courier photo/Jane Doe",
        "Courier photo by Jane Doe: Pupils hold banners at the board meeting in the town hall",
        "Crews lift the old pontoon at dawn on Sunday. Photo courtesy: Portree Coastguard",
        "Boats moored in the harbour at Leith on March 2. HNA/Jane Doe",
        "The harbour master at the quay on Monday. PHOTO BY JANE DOE /The Harbour Post",
        "Flood water near the quay in the lower town. — Photo by writer",
        "Ferry fares will rise by 10 cents from May. The new pier at dusk. HP PHOTO: JANE DOE",
        "The new dredger at the yard in Leith. — Photo courtesy of Leith Marine",
        "The harbour master was 61 when he retired. Supplied",
        "Containers are stacked at the pier, June 1. [HARBOUR DB]",
        "The new bridge over the river on Tuesday, May 5. JANE DOE | HARBOUR-STAR",
        "HARBOUR PHOTO: The harbour master opens the new quay at Leith on Wednesday.",
        "The harbour master at the quay on Thursday. (HNA: Jane Doe)",
        "The harbour master addresses the board Monday, April 7. Jane Doe / Harbour County Post",
    ],
)
def test_captions_closed_or_opened_by_their_credit_are_captions(line):
    assert is_photo_caption(line)


@pytest.mark.parametrize(
    "line",
    [
        "The council will publish the photo by Friday.",
        "The board asked which boats should be supplied",
        "The vote was close. NHS figures show waiting lists grew",
        "Photo by photo, the archive tells the town's story.",
        "The vote was 5-4. SMITH | JONES",
        "The ministry said exports rose. (Reuters)",
    ],
)
def test_sentences_naming_photos_are_no_captions(line):
    assert not is_photo_caption(line)


@pytest.mark.parametrize(
    "line",
    [
        "Harbour Notes is written in a personal capacity. Nothing here is the view of the port authority.",
        "Republish this story for free under a Creative Commons licence.",
        "The Harbour Post is not responsible for the comments of its readers.",
        "The views expressed in this column are the author's and do not necessarily reflect those of the Post.",
        "Harbour News Europe Politics International Sport Opinion",
        "Follow the Harbour Post on Google News for the latest port updates.",
        "LOCAL NEWS HARBOUR REPORT WEATHER INVESTIGATIONS SPORTS VIDEO",
        "Weather > First Alert Weather Day",
        "Also on Harbour Post: Ferry fares rise | Quay reopens after storm",
        "More from The Quay Times: Tides of change",
        "If you have found a mistake, please select the text and press Ctrl+Enter.",
    ],
)
def test_disclaimers_licences_and_menus_are_chrome(line):
    assert kind(line) is LineKind.CHROME


@pytest.mark.parametrize(
    "line",
    [
        "The minister said the remarks do not necessarily reflect government policy.",
        "International donors pledged more aid on Friday",
        "Follow the money, the minister said on X.",
        "Local news and sports video from the weather desk",
        "Business > Harbour board backs dredging plan.",
        "Also on Monday: the council closed the pool.",
    ],
)
def test_what_a_story_reports_is_no_disclaimer(line):
    assert kind(line) is LineKind.TEXT


@pytest.mark.parametrize(
    "line, name",
    [
        ("Jane Doe covers the harbour for the Quay Post. Contact her at jdoe@quaypost.example.", "Jane Doe"),
        ("Jane Doe joined the Post in 2019 and covers ports and shipping.", "Jane Doe"),
        ("Ana María Ruiz covers the port for the Quay Post. Follow her on X @anaruiz", "Ana María Ruiz"),
        ("Jane Doe joined the Navy in 1990 and served for 20 years.", None),
        ("Reporter Jane Doe covers schools for the Courier. Contact her at jdoe@courier.example.", "Jane Doe"),
    ],
)
def test_a_writers_bio_names_the_writer_past_a_prompt_to_reach_them(line, name):
    assert CHROME.author_bio_name(line) == name


def test_a_bio_naming_the_bylined_writer_closes_no_story():
    bio = "Jane Doe joined the Post in 2019 and covers ports and shipping. Follow her on X @janedoe"
    page = f"{TITLE}\n\nBy Jane Doe\n\n{BODY_TEXT}\n\n{bio}\n"
    assert texts(article_of(page)) == PARAGRAPHS


def test_a_pitch_between_paragraphs_and_the_address_under_them_leave_the_story_whole():
    pitch = "Get the Harbour Brief: the week's stories from the quay. Sign up free."
    address = "Harbour Post, 12 Quay Street, Cork. Tel: +353 21 555 0100"
    page = f"{TITLE}\n\n{PARAGRAPHS[0]}\n\n{pitch}\n\n{PARAGRAPHS[1]}\n\n{PARAGRAPHS[2]}\n\n{address}\n"
    assert texts(article_of(page)) == PARAGRAPHS


@given(st.text(alphabet="Sign up free Subscribe now.:|Join for $4 a month Tel+0123456789 Stream news trial% Would you?", max_size=200))
def test_a_quoted_line_is_never_a_promotion(text):
    line = "“" + " ".join(text.split()) + "”"
    assert not is_sign_up_pitch(line, _BUTTONS, _CALLS)
    assert not is_priced_offer(line)
    assert not is_free_offer(line)
    assert not is_reader_poll(line)


@pytest.mark.parametrize(
    "line, pointer",
    [("Also on Harbour Post: Ferry fares rise | Quay reopens", True), ("Also on Monday: the council closed the pool.", False),
     ("More from The Quay Times: Tides of change", True), ("More on this story: the board's vote", False)],
)
def test_a_pointer_to_the_outlets_other_stories(line, pointer):
    assert is_story_pointer(line) is pointer


@pytest.mark.parametrize("line", ["Updated 3 hours ago · 6 min read", "Updated 2 hours ago | 4 min read", "Posted: 12:55 PM ET"])
def test_a_relative_time_beside_a_reading_time_is_a_date_line(line):
    assert kind(line) is LineKind.DATE


@pytest.mark.parametrize(
    "line",
    [
        "Harbour Fire Chief Jane Doe, left, and Quay Fire Chief Ann Lee sign the agreement at the quay on Tuesday.",
        "Jane Doe, second from left, cuts the ribbon at the new quay on Friday.",
    ],
)
def test_a_caption_placing_people_between_commas_is_chrome(line):
    assert kind(line) is LineKind.CHROME


@pytest.mark.parametrize(
    "line",
    ["The crew turned, left, and came back to the quay.", "Smith, left, said he would return.", "Get a season pass for $40 a month, the club said."],
)
def test_a_sentence_with_left_or_a_price_stays_text(line):
    assert kind(line) is LineKind.TEXT


# -- round p566-p571: a prompt put as what the reader can do, credits, column notes, a publisher's registration ----


@pytest.mark.parametrize(
    "line",
    [
        "(You can now subscribe to our Markets WhatsApp channel)",
        "You can also follow us on Telegram",
        "You can now listen to our Harbour Hour podcast on Spotify.",
    ],
)
def test_a_prompt_put_as_what_the_reader_can_do_is_chrome(line):
    assert kind(line) is LineKind.CHROME


@pytest.mark.parametrize(
    "line",
    [
        "You can now join the army, he said, if you are fit.",
        "You can now see the harbour wall from the ferry.",
    ],
)
def test_a_sentence_of_what_someone_can_do_is_text(line):
    assert kind(line) is LineKind.TEXT


@pytest.mark.parametrize(
    "line",
    [
        "Firefighters work at the site of a blaze in Lyon, France, May 3, 2025. Harbourwire/Jane Doe",
        "Rescuers clear debris at a damaged block in Poltava, Ukraine January 14, 2026. Meridian/Ana Ruiz Soto",
    ],
)
def test_a_caption_closed_by_a_one_word_agency_and_the_photographer_is_chrome(line):
    assert kind(line) is LineKind.CHROME


def test_a_slash_between_two_words_of_a_sentence_is_no_credit():
    assert kind("The vote passed 12-3 on Monday. Pass/Fail grading stays.") is LineKind.TEXT


@pytest.mark.parametrize(
    "line",
    [
        "Quay Notes is written by Tom Reed, a former harbour correspondent. Views are his own.",
        "Views are the author’s own.",
        "The Harbour Trust is a registered charity in England and Wales (no. 1098876).",
        "Harbour Media Ltd is registered in England and Wales, company number 123456.",
        "Cite this commentary: Doe, J. (2025), Ferries after the storm, Harbour Paper 14/2025.",
        "Cite this article as: Doe J. Harbour Review 2025;3:14.",
    ],
)
def test_a_column_note_a_publishers_registration_and_a_citation_are_chrome(line):
    assert kind(line) is LineKind.CHROME


@pytest.mark.parametrize(
    "line",
    [
        "“My views are my own,” she said of the party line.",
        "The group, which is a registered charity in Scotland, said it would appeal.",
    ],
)
def test_a_story_sentence_on_views_or_a_charity_is_text(line):
    assert kind(line) is LineKind.TEXT


@pytest.mark.parametrize(
    "line",
    [
        "Questions about the Bulletin? Email bulletin@harbourtown.gov or call (315) 555-0144.",
        "Questions? Email news@harbourpost.com.",
        "Have a question about your bill? Call the utility office at 555-0100.",
        "Listen back: Ann Lee on Morning Call with Tom Reed",
        "Watch again: the full debate",
    ],
)
def test_where_to_send_a_question_and_a_catch_up_link_are_chrome(line):
    assert kind(line) is LineKind.CHROME


@pytest.mark.parametrize(
    "line",
    [
        "Questions about the budget? Call it a mess, he said.",
        "Questions remain about the 2019 deal? Call it what you will, the vote was 5-2.",
        "Listen back to the interview, she said, and you will hear it.",
    ],
)
def test_a_story_sentence_with_a_question_or_listen_is_text(line):
    assert kind(line) is LineKind.TEXT


@pytest.mark.parametrize(
    "line",
    [
        "Get live tide tables, ferry times and the latest Harbour news on Harbour Post. Download the Harbour Post App for"
        " alerts.",
        "Never miss a story. Get our free app on iOS and Android.",
        "Markets move fast. Install the Quay Times app today!",
    ],
)
def test_a_pitch_calling_the_reader_to_get_the_outlets_app_is_chrome(line):
    assert is_app_pitch(line)
    assert kind(line) is LineKind.CHROME


@pytest.mark.parametrize(
    "line",
    [
        "The council launched a parking service in May. Download the council’s parking app, residents were told, and pay"
        " by phone.",
        "Commuters complained about the delays. The new app crashed twice on Monday.",
        "The ticket machines failed on Monday. Install the transit app, the council urged residents, or pay at the desk.",
        "Shares in the developer fell 4%. Analysts expect the app to return to growth next year.",
        "Download the app, the council urged residents on Monday, after the ticket machines failed.",
    ],
)
def test_a_story_sentence_about_an_app_is_no_app_pitch(line):
    assert not is_app_pitch(line)


def test_a_long_story_paragraph_about_an_app_is_text():
    line = (
        "The council launched its parking service in May and said most drivers had used it within a month. Download"
        " the council’s parking app, residents were told at a meeting on Monday, or pay at the desk in the town hall."
    )
    assert kind(line) is LineKind.TEXT


def test_an_app_pitch_under_the_story_is_no_paragraph():
    pitch = "Get live market updates on Harbour Post. Download the Harbour Post App for the latest finance news."
    assert texts(article_of(f"{TITLE}\n\n{BODY_TEXT}\n\n{pitch}")) == PARAGRAPHS


@pytest.mark.parametrize(
    "line",
    [
        "Stream Harbour News for free, all day, wherever you are.",
        "This month, save 60% on digital access.",
        "Go ad-free, go Harbour Premium today - £1 trial",
        "Register (it's quick and free) or sign in to keep reading.",
        "Read every story for free for a month.",
        "Start your free trial of Harbour Plus and read every story.",
        "Join now and get 50% off your first year of digital access.",
    ],
)
def test_an_offer_of_the_outlets_stories_for_free_or_for_less_is_chrome(line):
    assert is_free_offer(line)
    assert kind(line) is LineKind.CHROME


@pytest.mark.parametrize(
    "line",
    [
        "Residents can park for free on Sundays.",
        "Get vaccinated for free at any pharmacy.",  # nothing of the outlet's is offered
        "Save 20% on energy bills by turning down the thermostat, experts say.",
        "Save 20% on your news subscription, the regulator told households.",  # a report
        "The trial of the harbour master opens on Monday, and access to the court is free.",  # no offer's call
    ],
)
def test_a_story_sentence_with_free_or_a_saving_is_no_offer(line):
    assert not is_free_offer(line)


@pytest.mark.parametrize(
    "line",
    [
        "Simply sign up to the Harbour Brief newsletter and get it in your inbox.",
        "Never miss a story — sign up for our free daily newsletter.",
        "The week on the water – subscribe to our Coast Bulletin.",
    ],
)
def test_a_call_to_sign_up_after_an_adverb_or_a_dash_is_a_pitch(line):
    assert is_sign_up_pitch(line, _BUTTONS, _CALLS)


def test_a_free_offer_between_paragraphs_leaves_the_story_whole():
    page = f"{TITLE}\n\n{PARAGRAPHS[0]}\n\nThis week, save 60% on digital access.\n\n{PARAGRAPHS[1]}\n\n{PARAGRAPHS[2]}\n"
    assert texts(article_of(page)) == PARAGRAPHS


@pytest.mark.parametrize(
    "line",
    [
        "Would you ride the new ferry across the bay?",
        "Are you worried about the harbour closing this winter?",
        "Will you struggle to pay your mooring fees? If so, email",
        "Have you been affected by the floods? Tell us in the comments below.",
    ],
)
def test_a_question_put_to_the_reader_is_a_poll(line):
    assert is_reader_poll(line)


@pytest.mark.parametrize(
    "line",
    [
        "Do you remember the floods? Most people on the quay still do.",  # the text answers it
        "Are you a boat owner? Here is what the new fees mean for you this winter.",
        "“Are you serious?” the harbour master asked.",  # quoted
        "Would the board dredge the channel before winter?",  # not put to the reader
    ],
)
def test_a_question_the_text_answers_or_quotes_is_no_poll(line):
    assert not is_reader_poll(line)


def test_a_poll_among_the_paragraphs_is_dropped_but_a_lede_asking_the_reader_stays():
    poll = "Would you ride the new ferry across the bay?"
    page = f"{TITLE}\n\n{PARAGRAPHS[0]}\n\n{poll}\n\n{PARAGRAPHS[1]}\n\n{PARAGRAPHS[2]}\n"
    assert texts(article_of(page)) == PARAGRAPHS
    lede = "Have you noticed the dredgers in the eastern channel this week?"
    page = f"{TITLE}\n\n{lede}\n\n{BODY_TEXT}\n"
    assert texts(article_of(page)) == [lede, *PARAGRAPHS]


@pytest.mark.parametrize("label", ["Brought to you by:", "In partnership with", "Sponsored by"])
def test_a_sponsors_label_over_the_title_is_neither_title_nor_standfirst(label):
    article = article_of(f"{label}\n\n{TITLE}\n\n{BODY_TEXT}\n")
    assert article.headline is not None and article.headline.text == TITLE
    assert article.summary is None
    assert texts(article) == PARAGRAPHS
