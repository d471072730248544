"""Widgets printed inside a story: a newsletter box with a pitch and a privacy notice, a list widget read
aloud to screen readers, a trending box's heading, an aggregator's pointer and a few slot labels."""

from __future__ import annotations

import pytest

from newsparse.page.chrome import LineKind

from .layout_helpers import article_of, kind


def _body(text: str) -> list[str]:
    return [p.text for p in article_of(text).paragraphs]


_HEAD = "Ferry fares to rise in spring\nBy Ines Varga\nMarch 3, 2026\n\n"


@pytest.mark.parametrize(
    "box",
    [
        # a heading, a chrome line, an unpunctuated pitch longer than a short blurb, a notice, the box's end
        "Sign up to Harbour Daily\nFree daily newsletter\nOur morning email breaks down the key stories of the day, "
        "telling you what is happening and why it matters\nPrivacy Notice: Newsletters may contain info about "
        "charities and online ads. For more information see our Privacy Policy.\nafter newsletter promotion\n",
        "skip past newsletter promotion\nSign up for The Coast Weekly\nThe best of the harbour, the good and the bad "
        "and everything in between, every single Friday\n",
        "Sign up to Field Notes\nFree weekly newsletter\nThe week's farming news, briefly.\n",
    ],
)
def test_a_newsletter_box_leaves_the_body(box):
    text = _HEAD + "Ferry fares will rise by five percent from April.\n\n" + box + "\nThe council meets again in May.\n"
    assert _body(text) == ["Ferry fares will rise by five percent from April.", "The council meets again in May."]


@pytest.mark.parametrize(
    "second",
    [
        # a punctuated paragraph longer than a blurb, right under the box's chrome line
        "The operator said the new timetable would add two sailings a day and cut the wait at the pier by half.",
        # a quote is never a blurb
        "“We did not expect it,” said Ann Lee, who runs the pier cafe",
    ],
)
def test_a_paragraph_under_a_newsletter_box_stays(second):
    text = _HEAD + "Ferry fares will rise by five percent from April.\nSign up to Harbour Daily\nFree daily newsletter\n" + second + "\nThe council meets again in May.\n"
    assert second in _body(text)


def test_a_list_widget_and_its_headlines_leave_the_body():
    text = _HEAD + (
        "Ferry fares will rise by five percent from April.\n\n"
        "list of 2 items\nlist 1 of 2\nHarbour bridge to close for repairs in June\nlist 2 of 2\n"
        "Why are ferry crews walking out?\nend of list\n\n"
        "The council meets again in May.\n"
    )
    assert _body(text) == ["Ferry fares will rise by five percent from April.", "The council meets again in May."]


@pytest.mark.parametrize(
    "line",
    [
        "Popular on Harbour Times",
        "Most Read on The Coast Herald",
        "Trending on Billboard",
        "Hide Ad",
        "Sponsor Message",
        "Short Url",
        "Do you like the content of this article?",
        "Read the original article on Harbour Times.",
        "list 3 of 5",
        "end of list",
        "Share Article via Facebook",
        "Share Story via Email",
    ],
)
def test_widget_lines_are_chrome(line):
    assert kind(line) is LineKind.CHROME


@pytest.mark.parametrize(
    "line",
    [
        "Popular on the coast, the ferry carries 2,000 people a day.",
        "The list of 3 items seized included a rifle.",
        "Read the original report, the judge told the jury.",
    ],
)
def test_sentences_like_widget_lines_are_text(line):
    assert kind(line) is LineKind.TEXT


@pytest.mark.parametrize("kicker", ["Shots - Health News", "Markets | Asia", "World – Africa"])
def test_a_sections_name_right_over_the_title_is_no_title(kicker):
    text = (
        "NPR\n"
        f"{kicker}\n"
        "Cheap salt swap cut blood pressure and strokes in care home residents, study finds\n"
        "March 4, 2025 5:00 AM ET\n"
        "By Ana Ruiz\n\n"
        "Salt substitutes replace some of the sodium chloride in table salt with potassium chloride.\n\n"
        "The trial followed 1,600 residents of 48 care homes for two years.\n"
    )
    assert article_of(text).headline.text == "Cheap salt swap cut blood pressure and strokes in care home residents, study finds"


@pytest.mark.parametrize(
    "player",
    [
        "WATCH NOW\nVIDEO 2:31\n02:31\nHow ferry firms set their fares\nHarbour Business Tonight\n",
        "Video duration: 04:02\nThe skipper on a 'perfect storm' of costs, says analyst\n",
        "Watch now 1:05:10\nFull council meeting\n",
    ],
)
def test_a_video_players_clip_title_and_show_leave_the_body(player):
    text = _HEAD + "Ferry fares will rise by five percent from April.\n" + player + "The council meets again in May.\n"
    assert _body(text) == ["Ferry fares will rise by five percent from April.", "The council meets again in May."]


def test_a_live_entrys_clock_stamp_keeps_the_line_under_it():
    from newsparse.page.chrome import PageChrome
    from newsparse.page.probe import read_lines

    lines = read_lines("12:55\nFerry talks resume in Hull\n", PageChrome.from_vocabulary())
    assert [line.kind for line in lines] == [LineKind.CHROME, LineKind.TEXT]
    assert kind("VIDEO 2:31") is LineKind.CHROME


def test_a_sentence_under_a_video_mark_stays_text():
    text = _HEAD + "Ferry fares will rise.\nVIDEO 2:31\nThe council said the rise would be the last this year.\n"
    assert _body(text) == ["Ferry fares will rise.", "The council said the rise would be the last this year."]
