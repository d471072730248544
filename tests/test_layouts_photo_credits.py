"""Photo credits and controls around a story's top, on lines written for these rules: a caption over its credit
printed with no label (``Jane Doe/Harbour Courier``, ``(Jane Doe / Harbour Courier)``, ``Courtesy of X``) is no
paragraph, however many share buttons and comment counts stand between the date line and it; a caption closed
by its source after a dash (``… on Saturday. — AFP``) is no standfirst; a text-size control, a writer's follow
button, a standards link and a survey prompt are chrome.  So are a photographer's credit with their agency (``Tom
Ruiz | Getty Images``), menu toggles, save buttons and a site's postal address; ``WHRB | By Ann Lee`` is a byline;
short sentences among the footer's links are the footer's; a caption closed by the site's own name in brackets
(``… on Saturday. (Harbour Courier)`` under the masthead ``Harbour Courier - English Edition``) is no standfirst; a station's appeal naming its masthead closes no body;
a Title Case headline over a shorter standfirst in sentence case is the title; a caption closed by a news agency
(``… on Oct. 3. (Yonhap)``, ``… last year. AP``) or a wire photo's sales button is no standfirst; a caption closed by
``Courtesy of`` and a name with lower-case joining words (``… Courtesy of the Department of Public Safety``) is chrome,
and no title of a listing."""

from __future__ import annotations

import pytest

from newsparse.page.chrome import LineKind

from .layout_helpers import article_of, kind, texts

_TITLE = "Harbour board approves dredging of the eastern channel before winter"
_TOP = [_TITLE, "By Ann Lee", "March 4, 2025", "12 Comments", "Share on Facebook", "Email", ""]
_BODY = [
    "The harbour board voted on Thursday to dredge the eastern channel before the winter storms.", "",
    "Fishing crews had asked for the work for three years, the board's chair said.", "",
    "The work will start in October and take six weeks.", "",
]
_PARAGRAPHS = [line for line in _BODY if line]
_CAPTION = "Board members inspect the eastern channel from a pilot boat on Tuesday."


@pytest.mark.parametrize(
    "credit", ["Ann Lee/Harbour Courier", "(Tom Ruiz / Harbour Courier)", "Courtesy of the Harbour Board", "Courtesy Tom Ruiz"]
)
def test_a_caption_over_an_unlabelled_credit_is_no_paragraph(credit: str) -> None:
    article = article_of("\n".join([*_TOP, _CAPTION, credit, "", *_BODY]))
    assert article.headline.text == _TITLE
    assert texts(article) == _PARAGRAPHS


def test_a_paragraph_over_a_slashed_pair_that_is_no_credit_stays() -> None:
    body = [*_BODY[:2], "Either / Or", "", *_BODY[2:]]
    assert _BODY[2] in texts(article_of("\n".join([*_TOP, *body])))


def test_a_caption_closed_by_its_source_after_a_dash_is_no_standfirst() -> None:
    caption = "Crews watch the dredger from the quay at dawn on Saturday. — AFP"
    article = article_of("\n".join([_TITLE, "Harbour Wire | AFP", "Published March 4, 2025", caption, "", *_BODY]))
    assert article.summary is None
    assert texts(article) == _PARAGRAPHS


@pytest.mark.parametrize(
    ("masthead", "credit"),
    [
        ("Harbour Courier - English Edition", "(Harbour Courier)"),
        ("HARBOUR COURIER", "(Harbour Courier)."),
        ("Harbour Courier | News", "(Harbour Courier)"),
        ("Harbour Courier", "(Harbour Courier/File)"),
    ],
)
def test_a_caption_closed_by_the_sites_own_name_in_brackets_is_no_standfirst(masthead: str, credit: str) -> None:
    caption = f"Crews watch the dredger from the quay at dawn on Saturday. {credit}"
    article = article_of("\n".join([masthead, "HOME | NEWS | SPORT", _TITLE, "By Ann Lee", "March 4, 2025", caption, "", *_BODY]))
    assert article.summary is None
    assert texts(article) == _PARAGRAPHS


def test_a_standfirst_closed_by_another_name_in_brackets_stays() -> None:
    standfirst = "The work will cost the port more than it had planned. (Updated)"
    article = article_of("\n".join(["Harbour Courier", _TITLE, standfirst, "By Ann Lee", "March 4, 2025", "", *_BODY]))
    assert article.summary is not None and article.summary.text == standfirst


def test_a_standfirst_with_a_dash_inside_stays_the_standfirst() -> None:
    standfirst = "The work — long promised to fishing crews — will start in October."
    article = article_of("\n".join([_TITLE, standfirst, "By Ann Lee", "March 4, 2025", "", *_BODY]))
    assert article.summary is not None and article.summary.text == standfirst


@pytest.mark.parametrize(
    "line",
    ["AA", "A- A+", "+ FOLLOW", "Follow", "Why you can trust the Harbour Courier",
     "Share your feedback to help improve our site experience!"],
)
def test_page_controls_are_chrome(line: str) -> None:
    assert kind(line) is LineKind.CHROME


@pytest.mark.parametrize("line", ["Follow the money, the auditor told the board.", "Courtesy calls on the minister resumed."])
def test_sentences_opening_like_controls_stay_text(line: str) -> None:
    assert kind(line) is LineKind.TEXT


@pytest.mark.parametrize("credit", ["Tom Ruiz / Harbour Courier", "Tom Ruiz | Getty Images", "Tom Ruiz/AFP Photo"])
def test_a_caption_over_a_photographers_credit_with_their_agency_is_no_paragraph(credit: str) -> None:
    article = article_of("\n".join([*_TOP, _CAPTION, credit, "", *_BODY]))
    assert texts(article) == _PARAGRAPHS


def test_an_outlets_name_and_a_bar_before_a_byline_is_a_byline() -> None:
    assert kind("WHRB | By Ann Lee") is LineKind.BYLINE
    assert kind("Harbour Courier | By Ann Lee and Tom Ruiz") is LineKind.BYLINE
    assert kind("Opinion | By the numbers, the port is booming") is not LineKind.BYLINE


@pytest.mark.parametrize(
    "line",
    ["Open side navigation menu", "Close search", "Add to myCourier", "Add to reading list",
     "The Harbour Courier 1625 K Street, NW Suite 900 Washington DC 20006", "2400 Quay Rd., Riverton, OH 43210"],
)
def test_menu_toggles_save_buttons_and_a_sites_postal_address_are_chrome(line: str) -> None:
    assert kind(line) is LineKind.CHROME


def test_a_sentence_naming_a_street_address_stays_text() -> None:
    assert kind("The fire broke out at 12 Quay Street on Monday, the brigade said.") is LineKind.TEXT


def test_short_sentences_among_the_footers_links_are_the_footers() -> None:
    footer = ["Licensing & Reprints", "Courier Councils", "Select Personal Finance", "Join the Courier Panel",
              "Supply Chain Values", "Closed Captioning", "Digital Products", "News Releases", "Internships", "Corrections",
              "News Tips", "Got a confidential news tip? We want to hear from you.", "Get In Touch", "Privacy Policy",
              "Do Not Sell My Personal Information", "Sign Up Now", "Podcasts", "Contact",
              "© 2025 Harbour Courier LLC. All Rights Reserved.", "Data is delayed at least 15 minutes."]
    article = article_of("\n".join([_TITLE, "By Ann Lee", "March 4, 2025", "", *_BODY, *footer]))
    assert texts(article) == _PARAGRAPHS


def test_a_short_closing_sentence_between_paragraphs_stays_the_bodys() -> None:
    body = [*_BODY, "The board meets again on Friday.", "", "Share", "Email", "Print"]
    assert texts(article_of("\n".join([_TITLE, "By Ann Lee", "March 4, 2025", "", *body]))) == [*_PARAGRAPHS, body[-5]]


def test_a_stations_appeal_under_the_body_names_the_masthead_above_the_title() -> None:
    page = ["WHRB 91.5", "Listen Live", "", _TITLE, "WHRB | By Ann Lee", "March 4, 2025", "", *_BODY,
            "WHRB depends on listeners like you. Donate today."]
    assert texts(article_of("\n".join(page))) == _PARAGRAPHS


def test_a_title_case_headline_over_a_shorter_sentence_case_standfirst_is_the_title() -> None:
    from newsparse import parse

    title = "Harbour Board Clears Dredging Deal, Ending Two-Year Fight"
    standfirst = "Ruling removes the last obstacle to the port's expansion this winter"
    page = ["Latest Headlines", "World", "Business", "", title, "", standfirst, "", "By Ann Lee and Tom Ruiz",
            "Updated Feb. 6, 2025 9:12 am ET", "", *_BODY]
    (article,) = parse("\n".join(page))
    assert (article.headline.text, article.summary.text) == (title, standfirst)


@pytest.mark.parametrize("line", ["Estimated 5 minutes", "12 minutes", "Social Sharing"])
def test_a_reading_time_and_a_share_widgets_label_are_chrome(line: str) -> None:
    assert kind(line) is LineKind.CHROME


def test_a_caption_opening_with_an_image_and_closed_by_its_source_in_brackets_is_chrome() -> None:
    assert kind("A satellite image taken Aug. 14 shows algae in the north basin of the lake. (Harbour Space Agency)") is LineKind.CHROME
    assert kind("A photo of the quay hangs in the hall, the mayor said (Ann Lee).") is LineKind.TEXT


def test_a_caption_over_its_copyright_credit_is_no_paragraph_but_a_last_paragraph_over_the_sites_stays() -> None:
    article = article_of("\n".join([*_TOP, _CAPTION, "Copyright  Harbour Port Authority 2025", "", *_BODY]))
    assert texts(article) == _PARAGRAPHS
    closing = [*_BODY[:-1], "© 2025 Harbour Courier LLC. All Rights Reserved."]
    assert texts(article_of("\n".join([*_TOP, "", *closing]))) == _PARAGRAPHS


def test_a_sites_appeal_asking_for_donations_closes_no_body() -> None:
    page = ["Harbour Daily", "News", "", _TITLE, "By Ann Lee", "March 4, 2025", "", *_BODY,
            "Harbour Daily is fighting for the truth. Support us.",
            "Harbour Daily has been banned at home. Anyone who donates to us risks prosecution."]
    assert texts(article_of("\n".join(page))) == _PARAGRAPHS


@pytest.mark.parametrize(
    "caption",
    [
        "Board members inspect the eastern channel from a pilot boat on Tuesday. (Harbour Courier/Tom Ruiz)",
        "A dredger works the channel at dawn. (Tom Ruiz/Harbour Courier Images)",
    ],
)
def test_a_caption_closed_by_an_outlet_and_photographer_in_brackets_is_no_standfirst(caption: str) -> None:
    article = article_of("\n".join([_TITLE, "By Ann Lee", "March 4, 2025", caption, "", *_BODY]))
    assert article.summary is None
    assert texts(article) == _PARAGRAPHS


def test_a_paragraph_closed_by_a_partys_label_in_brackets_stays() -> None:
    closing = "The motion passed by 12 votes to 9, with one abstention. (Labour/Co-op)"
    assert closing in texts(article_of("\n".join([*_TOP, *_BODY, closing, ""])))


@pytest.mark.parametrize(
    "line",
    ["By Ann Lee, Harbour Courier staff writer", "By Ann Lee, Harbour Post senior business reporter",
     "By Tom Ruiz, Riverton Daily News correspondent"],
)
def test_a_byline_naming_the_outlet_and_the_writers_role_is_a_byline(line: str) -> None:
    assert kind(line) is LineKind.BYLINE


def test_a_sentence_opening_with_by_and_naming_staff_writers_is_no_byline() -> None:
    assert kind("By Friday, Harbour staff writers had left the newsroom.") is not LineKind.BYLINE


@pytest.mark.parametrize(
    "line",
    [
        "Did you notice a mistake? Select the text and press Ctrl+Enter to report it to our editors.",
        "We use your sign-up to provide content in ways you've consented to and to improve our understanding of you.",
        "Data is a real-time snapshot. *Data is delayed at least 15 minutes.",
        "Text:",
    ],
)
def test_error_prompts_consent_notes_widget_notes_and_a_text_size_label_are_chrome(line: str) -> None:
    assert kind(line) is LineKind.CHROME


def test_sentences_about_text_and_data_stay_text() -> None:
    assert kind("Text messages showed the deal was agreed in March.") is LineKind.TEXT
    assert kind("Data from the survey show prices rose in every region.") is LineKind.TEXT


@pytest.mark.parametrize("line", ["Science & Technology Correspondent", "Politics and Business Correspondent"])
def test_a_writers_role_joining_two_beats_is_a_byline(line: str) -> None:
    assert kind(line) is LineKind.BYLINE


@pytest.mark.parametrize("line", ["VIDEO02:0702:07", "Watch01:45"])
def test_a_video_label_glued_to_its_running_times_is_chrome(line: str) -> None:
    assert kind(line) is LineKind.CHROME


@pytest.mark.parametrize("line", ["Health and Science", "Video games and their critics"])
def test_headings_joining_two_words_stay_text(line: str) -> None:
    assert kind(line) is LineKind.TEXT


@pytest.mark.parametrize(
    "line", ["Tags / Keywords:", "Search Keywords: harbour, dredging, winter storms", "Keywords: budget, tax", "Short link:"]
)
def test_keyword_labels_and_a_short_link_label_are_chrome(line: str) -> None:
    assert kind(line) is LineKind.CHROME


def test_a_caption_closed_by_a_file_photo_credit_is_no_paragraph() -> None:
    caption = "Dredgers wait off the eastern channel before the storms. File photo: Harbour Courier"
    article = article_of("\n".join([*_TOP, caption, "", *_BODY]))
    assert texts(article) == _PARAGRAPHS


def test_a_sentence_about_keywords_stays_text() -> None:
    assert kind("Keywords matter less than readers think, the editor said.") is LineKind.TEXT


@pytest.mark.parametrize(
    "line",
    ["Harbour   Coast   Business   Vision 2030   Sports   Culture   العربية", "Home  Markets  Companies  Budget 2026  Opinion"],
)
def test_a_menu_row_naming_a_year_or_a_language_switch_is_chrome(line: str) -> None:
    article = article_of("\n".join(["Harbour Courier", line, "", _TITLE, "", "By Ann Lee", "March 4, 2025", "", *_BODY]))
    assert article.headline is not None and article.headline.text == _TITLE


def test_a_row_of_words_with_a_bare_year_first_is_no_menu() -> None:
    assert kind("The plan | 2030 | Sports") is LineKind.TEXT


@pytest.mark.parametrize(
    "caption",
    [
        "Crews watch the dredger from the quay at dawn on Oct. 3. (Yonhap)",
        "Crews watch the dredger from the quay at dawn last year. AP",
        "Crews watch the dredger from the quay, March 4, 2025. Harbour Wire/Jane Doe/File Photo Purchase Licensing Rights",
        "Crews watch the dredger from the quay, March 4, 2025. Harbour Wire/Jane Doe/File Photo",
        "Crews watch the dredger from the quay, March 4, 2025. HW/Jane Doe/File Photo Licensing options",
        "Crews watch the dredger from the quay, March 4, 2025. Harbour Wire/Jane Doe/File Photo Buy this image",
        "Crews watched the dredger from the quay this afternoon (file image)",
    ],
)
def test_a_caption_closed_by_an_agency_or_a_wire_photos_button_is_no_standfirst(caption: str) -> None:
    article = article_of("\n".join(["Harbour Courier", "HOME | NEWS | SPORT", _TITLE, "By Ann Lee", "March 4, 2025", "", caption, "", *_BODY]))
    assert article.summary is None
    assert texts(article) == _PARAGRAPHS


def test_a_short_sentence_closed_by_an_agency_stays() -> None:
    standfirst = "Dredging starts in October and will take six weeks. (Updated)"
    article = article_of("\n".join(["Harbour Courier", _TITLE, standfirst, "By Ann Lee", "March 4, 2025", "", *_BODY]))
    assert article.summary is not None and article.summary.text == standfirst


@pytest.mark.parametrize(
    "caption",
    [
        "The county crime laboratory in Millbrook on Tuesday. Courtesy of the Department of Public Safety",
        "The new footbridge at dusk. Courtesy of Friends of the River",
        "Volunteers clear the beach after the storm. Courtesy of the Harbour Fire and Rescue Service.",
    ],
)
def test_a_caption_closed_by_a_courtesy_credit_with_joining_words_is_chrome(caption: str) -> None:
    assert kind(caption) is LineKind.CHROME
    page = "\n".join(["HARBOUR JUSTICE WIRE", "", _TITLE, "", "By Ann Lee and Tom Ruiz", "March 4, 2025", "", caption, "", *_BODY])
    article = article_of(page)
    assert article.headline.text == _TITLE
    assert texts(article) == _PARAGRAPHS


def test_a_sentence_going_on_after_courtesy_of_stays_text() -> None:
    assert kind("He thanked the crew. Courtesy of the family matters, he said.") is LineKind.TEXT
