"""A site's legal and help notes closing a page are chrome, by what they say: a company's registration, an
acknowledgement of country of any length, a health site's note that it gives no medical advice, a note on where readers affected by a story find help, and a
masthead's imprint labelled by its editor and publisher, a site's rules for readers' comments and a British postal
address on one line; a sentence reporting someone stays text.  An editor's credit (``Editor: Liu Fang``) is a byline."""

from __future__ import annotations

import pytest

from newsparse.page.chrome import LineKind

from .layout_helpers import article_of, kind


@pytest.mark.parametrize(
    "line",
    [
        "Harbour Media Group Ltd. Registered in England and Wales, company no. 04417788.",
        "Valley Press Ltd is registered in Scotland. Registered office: 4 Mill Lane, Perth.",
        "The Coast Courier acknowledges the Gadigal people as the Traditional Custodians of the land where we live "
        "and work, and pays respect to Elders past and present.",
        "We pay our respects to the Traditional Owners of the lands where we report, live and work, and to their "
        "Elders past, present and emerging.",
        "If you have been affected by this story, support is available from Samaritans on 116 123.",
        "If you or someone you know is struggling, call or text 988 any time.",
        "Editor & Publisher: Rahim Chowdhury. 12 Lake Road, Dhaka-1205.",
        "Printed and published by Harbour Print Ltd, 3 Quay Street, Cork.",
        "HealthWatch Daily is not a substitute for professional medical advice.",
        "This article does not constitute medical advice; always consult your own doctor.",
    ],
)
def test_a_legal_or_help_note_closing_a_page_is_chrome(line: str) -> None:
    assert kind(line) is LineKind.CHROME


@pytest.mark.parametrize(
    "line",
    [
        "The firm, registered in England and Wales in 1998, said the merger would “protect jobs”.",
        "Elders said the council had failed to consult the Traditional Owners of the land before the sale.",
        "The editor and publisher of the Lake Gazette, Rahim Chowdhury, said the paper would keep printing.",
        "Dr Ann Lee said the app was not a substitute for professional medical advice from a GP.",
    ],
)
def test_a_sentence_reporting_such_words_stays_text(line: str) -> None:
    assert kind(line) is LineKind.TEXT


@pytest.mark.parametrize(
    "line",
    [
        "Cymru Daily is published by Harbour Media Cyf. Registered in Wales no. 0912345.",
        "Lake Courier Ltd, 18 Kimathi Street, P.O. Box 30080-00100, Nairobi.",
        "Share on: Facebook Twitter WhatsApp Telegram",
        "Sign up free",
    ],
)
def test_more_closing_notes_share_rows_and_buttons_are_chrome(line: str) -> None:
    assert kind(line) is LineKind.CHROME


def test_a_pitch_over_a_free_sign_up_button_is_no_paragraph() -> None:
    page = "\n".join([
        "Harbour Trust opens new rowing centre", "",
        "The Harbour Trust opened its new rowing centre on Monday after two years of building work.", "",
        "The centre has 40 boats and will train 600 young rowers a year, the trust said.", "",
        "Share: X · LinkedIn · Email", "",
        "The Harbour Briefing: the rowing news that matters, in your inbox every weekday at 7am.",
        "Sign up free", "",
        "About · Contact · Privacy",
    ])
    assert [p.text for p in article_of(page).paragraphs][-1].startswith("The centre has 40 boats")


@pytest.mark.parametrize(
    "line",
    [
        "Contact Us | Careers | FCC Public File | EEO Report | Closed Captioning | Privacy Policy",
        "About Us | Advertise | EEO Report | Terms of Use | Privacy Policy",
    ],
)
def test_a_footer_menu_with_chrome_links_is_no_byline(line: str) -> None:
    assert kind(line) is LineKind.CHROME


@pytest.mark.parametrize("line", ["By Jane Doe | Share | Email | Print", "Jane Doe | Harbour Post | March 3, 2025"])
def test_a_byline_beside_share_buttons_stays_a_byline(line: str) -> None:
    assert kind(line) is LineKind.BYLINE


def test_a_trade_mark_notice_is_chrome() -> None:
    line = "GridPulse is not affiliated with the Formula 1 companies. F1 and FORMULA ONE are trade marks of Formula One Licensing B.V."
    assert kind(line) is LineKind.CHROME


@pytest.mark.parametrize(
    "line",
    [
        "Comments will be moderated. Keep comments relevant to the article. Abusive remarks will be removed.",
        "All comments are moderated before they appear on the site.",
        "Harbour Evening Post, Coastline Media Ltd, 4 Quay Street, Bristol BS1 4DJ",
        "Valley Courier, Dunmore House, Mill Lane, Leeds LS6 3AB",
    ],
)
def test_a_comment_policy_or_a_british_address_closing_a_page_is_chrome(line: str) -> None:
    assert kind(line) is LineKind.CHROME


@pytest.mark.parametrize(
    "line",
    [
        "Police were called to a flat on Mill Lane, Headingley, Leeds LS6 3AB.",
        "The council said comments on the plan will be moderated by an independent panel, and published in May.",
    ],
)
def test_a_sentence_naming_an_address_or_moderation_stays_text(line: str) -> None:
    assert kind(line) is LineKind.TEXT


@pytest.mark.parametrize("line", ["Editor: Liu Fang", "Editors: Ann Lee, Tom Roe", "EDITOR: Ana Ruiz"])
def test_an_editors_credit_is_a_byline(line: str) -> None:
    assert kind(line) is LineKind.BYLINE
