"""A standfirst printed last in the title's block; sign-up consent notes and channel prompts as chrome.

* On a page that sets its paragraphs off by blank lines, a sentence or two printed right under the title and the
  story's byline or date lines, with no blank line between them, and over a blank line, is the standfirst: the
  lede is set off from the title's block as the paragraphs under it are.  Under a lead photo's caption, or after a
  standfirst already read, the line is the lede.
* A newsletter's consent note (``By clicking the sign up button you consent …``, ``By submitting your email …``)
  and a channel's prompt with a ``Click``/``Tap`` verb (``We are on WhatsApp. Tap to join.``) are chrome.

Pages and lines written for these tests.
"""

from __future__ import annotations

import pytest

from newsparse import parse

LEDE = "Harbour Motors said on Tuesday it would invest 900 million euros in a battery plant near Arad."
BODY = [
    "",
    "The plant is expected to open in 2028 and to build cells for 300,000 cars a year, the company said.",
    "",
    "The government will add 120 million euros in state aid, subject to approval by the European Commission.",
    "",
    "Work on the site is due to begin in the spring.",
]


def _page(*head: str, lede: str = LEDE, body: list[str] = BODY) -> str:
    return "\n".join(["Eastern Post", "Home", "Business", "World", "", *head, "", lede, *body]) + "\n"


TITLE = "Carmaker picks Romania for battery plant, beating Poland"
STANDFIRST = "The plant will create up to 2,000 jobs. Bucharest is offering state aid worth 120 million euros."


@pytest.mark.parametrize(
    "meta",
    [
        ["By Ana Pop", "Published 02/12/2026 - 09:14"],
        ["Ana Pop, Business reporter", "2 December 2026", "Share this article"],
        ["Updated: Dec 2, 2026, 07:58 PM"],
    ],
)
def test_a_sentence_closing_the_title_block_is_the_standfirst(meta):
    [article] = parse(_page(TITLE, *meta, STANDFIRST)).articles
    assert article.headline is not None and article.headline.text == TITLE
    assert article.summary is not None and article.summary.text == STANDFIRST
    assert article.paragraphs[0].text == LEDE and len(article.paragraphs) == 4


def test_a_standfirst_over_the_lead_photos_caption_closing_the_block_is_the_standfirst():
    caption = "The Arad industrial park, where the plant will be built. File photo: Agencies"
    [article] = parse(_page(TITLE, "By Ana Pop", "Published 02/12/2026 - 09:14", STANDFIRST, caption)).articles
    assert article.summary is not None and article.summary.text == STANDFIRST
    assert caption not in [p.text for p in article.paragraphs]


def test_a_lede_under_the_lead_photos_caption_stays_the_lede():
    caption = "The Arad industrial park, where the plant will be built (Picture: Getty Images)"
    page = _page(TITLE, "By Ana Pop", "Published 02/12/2026 - 09:14", caption, STANDFIRST)
    [article] = parse(page).articles
    assert article.summary is None
    assert article.paragraphs[0].text == STANDFIRST


def test_a_lede_under_a_standfirst_in_the_title_block_stays_the_lede():
    [article] = parse(_page(TITLE, STANDFIRST, "By Ana Pop", "Published 02/12/2026 - 09:14", LEDE, lede="")).articles
    assert article.summary is not None and article.summary.text == STANDFIRST
    assert article.paragraphs[0].text == LEDE


@pytest.mark.parametrize(
    "line",
    [
        "By clicking on the sign up button you consent to receive the above newsletter from Eastern Post Media Ltd.",
        "By clicking the subscribe button you agree to our Terms of Use and Privacy Policy.",
        "By submitting your email, you agree to our Terms and Privacy Notice.",
        "By entering your email you agree to receive marketing from Eastern Post.",
    ],
)
def test_a_newsletters_consent_note_is_chrome(line):
    body = [*BODY, "", "Sign up for the Business Brief newsletter", line, "", "Trending"]
    [article] = parse(_page(TITLE, "By Ana Pop", lede=LEDE, body=body)).articles
    assert line not in [p.text for p in article.paragraphs]
    assert article.paragraphs[-1].text == "Work on the site is due to begin in the spring."


@pytest.mark.parametrize(
    "line", ["Now we are on WhatsApp. Click to join.", "We're on Telegram. Tap to follow.", "Our podcast is out. Click to listen."]
)
def test_a_channels_prompt_with_a_click_verb_is_chrome(line):
    body = [*BODY, "", line, "Home | About Us | Contact"]
    [article] = parse(_page(TITLE, "By Ana Pop", lede=LEDE, body=body)).articles
    assert line not in [p.text for p in article.paragraphs]


def test_a_sentence_with_clicking_in_the_body_stays_a_paragraph():
    line = "By clicking on a link in the email, staff gave the hackers access to the payroll system."
    [article] = parse(_page(TITLE, "By Ana Pop", lede=LEDE, body=[*BODY, "", line])).articles
    assert article.paragraphs[-1].text == line


# -- a writer's name with a particle; a photographer's credit read as a byline; the standfirst over share buttons --


@pytest.mark.parametrize("writer", ["Lotte van Aalst", "Ana de la Cruz", "Omar bin Saleh"])
def test_a_writers_name_with_a_particle_under_the_standfirst_keeps_the_title(writer):
    page = "\n".join([
        "TRANSPORT EUROPE", "Rail | Road | Maritime | Aviation", "Policy", TITLE,
        "Finance ministry warns the plan would blow a hole in the budget as unions threaten strikes",
        writer, "Brussels | 22 October 2025 | 6 min read", "", LEDE, *BODY,
    ])
    [article] = parse(page).articles
    assert article.headline is not None and article.headline.text == TITLE
    assert article.summary is not None and article.summary.text.startswith("Finance ministry warns")


@pytest.mark.parametrize("credit", ["Anushree Fadnavis/Reuters", "Kai Ueda / AFP via Getty Images file"])
def test_a_photographers_credit_under_the_meta_lines_drops_its_caption(credit):
    caption = "A man cools off under a water spray in New Delhi, India, on June 12, 2025."
    page = _page(TITLE, "By Ana Pop", "June 18, 2025, 10:02 AM", "Share", caption, credit, lede=LEDE)
    [article] = parse(page).articles
    assert caption not in [p.text for p in article.paragraphs]
    assert article.paragraphs[0].text == LEDE


def test_a_standfirst_over_a_row_of_share_buttons_is_the_standfirst():
    page = "\n\n".join(["9 Jun, 2021 11:05", TITLE, STANDFIRST, "Share Tweet Telegram", LEDE, *[b for b in BODY if b]])
    [article] = parse(page).articles
    assert article.summary is not None and article.summary.text == STANDFIRST
    assert article.paragraphs[0].text == LEDE


def test_a_lede_over_a_paragraph_is_no_standfirst_without_the_share_row():
    page = "\n\n".join(["9 Jun, 2021 11:05", TITLE, "By Ana Pop", STANDFIRST, LEDE, *[b for b in BODY if b]])
    [article] = parse(page).articles
    assert article.paragraphs[0].text == STANDFIRST


@pytest.mark.parametrize("line", ["NEWYou can now listen to Eastern Post articles!", "You can now listen to this story."])
def test_an_audio_players_prompt_is_chrome(line):
    [article] = parse(_page(TITLE, "By Ana Pop", line, lede=LEDE)).articles
    assert line not in [p.text for p in article.paragraphs]


# -- a relative date line, a beats role line, a menu of section names, wire and funding credits --------------------


@pytest.mark.parametrize("line", ["Today at 21:30", "Yesterday at 10:15", "Updated today at 9:00", "Today, 09:12"])
def test_a_relative_day_and_clock_time_is_a_date_line(line):
    page = "\n".join(["Harbour Post", "Sport", "Soccer", "League of Ireland", TITLE, STANDFIRST, "Aidan Keegan", line, "", LEDE, *BODY])
    [article] = parse(page).articles
    assert article.headline is not None and article.headline.text == TITLE
    assert article.summary is not None and article.summary.text == STANDFIRST


def test_a_role_line_of_beats_is_no_title():
    page = _page(TITLE, STANDFIRST, "By Gwen Lloyd", "Farming and rural affairs reporter", "07:00, 21 JUL 2025", lede=LEDE)
    [article] = parse(page).articles
    assert article.headline is not None and article.headline.text == TITLE


def test_a_masthead_over_a_column_of_section_names_is_no_title():
    menu = ["Times of Harbour", "Home", "National", "World", "Business", "Sport", "Opinion", "Lifestyle", "Subscribe", ""]
    page = "\n".join([*menu, "National", TITLE, "Ivan Camilleri", "Sunday, 9 November 2025, 07:30", "", LEDE, *BODY])
    [article] = parse(page).articles
    assert article.headline is not None and article.headline.text == TITLE


@pytest.mark.parametrize(
    "line",
    [
        "(EASTERN POST with AFP)",
        "Independent journalism costs money. Support Eastern Post for the price of a coffee.",
        "The content you requested does not exist or is not available anymore.",
    ],
)
def test_credits_appeals_and_error_notes_are_chrome(line):
    [article] = parse(_page(TITLE, "By Ana Pop", lede=LEDE, body=[*BODY[:3], line, *BODY[3:]])).articles
    assert line not in [p.text for p in article.paragraphs]


def test_a_plea_in_the_body_to_support_a_plan_stays_text():
    line = "The mayor said residents should support the plan for the price of a coffee a week."
    [article] = parse(_page(TITLE, "By Ana Pop", lede=LEDE, body=[*BODY, "", line])).articles
    assert article.paragraphs[-1].text == line


@pytest.mark.parametrize("credit", ["– Nationalpic by GRACE TOMAWA", "— Picture by Jane Doe", "— AFP"])
def test_a_caption_closed_by_a_dashed_credit_is_no_standfirst(credit):
    caption = f"Vendors outside the temporary market in Lae yesterday. {credit}"
    [article] = parse(_page(TITLE, caption, "By Ana Pop", "Published 02/12/2026 - 09:14", lede=LEDE)).articles
    assert article.summary is None or article.summary.text != caption


@pytest.mark.parametrize("line", ["Midlands Courier, Unit 6, Carrigmore Retail Park. Registered in Ireland No. 482211."])
def test_an_irish_company_footer_is_chrome(line):
    [article] = parse(_page(TITLE, "By Ana Pop", lede=LEDE, body=[*BODY, "", line])).articles
    assert line not in [p.text for p in article.paragraphs]
