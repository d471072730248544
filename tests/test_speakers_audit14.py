"""A fourteenth audit of the speaker rules on real news (analysts and research firms, central banks, courts in
Pakistan, Latin American leaders, Gulf business, music and cricket): the kinds of wrong or missing speaker it
found, each with sentences written for it (none copied from a page), positive and negative."""

from __future__ import annotations

import pytest

from .test_quotes import credited


# -- A: the subtitle of a work after a colon is no person a pronoun takes up --------------------------------


def test_a_subtitle_after_the_and_a_colon_names_no_one() -> None:
    assert credited(
        "Singer takes a break",
        "The singer has not toured since 2019. She wrote the ballad for the Deep Blue: Last Light soundtrack.",
        "“We will tour again one day,” she told a radio host.",
    ) == [None]


def test_the_singer_named_before_the_subtitle_is_still_credited() -> None:
    assert credited(
        "Singer takes a break",
        "Lena Voss has not toured since 2019. She wrote the ballad for the Deep Blue: Last Light soundtrack.",
        "“We will tour again one day,” she told a radio host.",
    ) == ["Lena Voss"]


def test_a_name_after_a_colon_with_no_title_before_it_is_a_person() -> None:
    assert credited(
        "Two speakers",
        "Two members spoke at the hearing: Tomas Brillo argued the case for the council.",
        "“The budget is fair,” he said.",
    ) == ["Tomas Brillo"]


# -- B: an ordinary word opening a sentence before a noun in -s is no name ----------------------------------


@pytest.mark.parametrize("opener", ["Earlier", "Previous", "Recent"])
def test_an_ordinary_word_before_reports_is_no_speaker(opener: str) -> None:
    assert credited(
        "Band plans",
        f"{opener} reports suggested the “Glow” singer would retire next year.",
    ) == [None]


def test_a_surname_before_reports_still_speaks() -> None:
    assert credited(
        "Band plans",
        "Ada Voss, the band's manager, spoke on Monday.",
        "Voss reports that the tour was “sold out.”",
    ) == ["Ada Voss"]


# -- C: the name after "and said" is the subject of the reported clause, no inverted "said X" -------------


def test_an_asked_question_described_in_quotes_is_the_reporters_words() -> None:
    assert credited(
        "Chief executive hits back",
        "Mara Quist, the chief executive, spoke to investors on Friday.",
        "She reiterated that a query by analyst Tom Reed was “silly” and said Ann Bell of Kettle Bank asked an "
        "“odd” question about costs.",
    ) == ["Mara Quist", "Mara Quist"]


def test_a_question_quoted_after_asked_is_the_askers() -> None:
    assert credited(
        "Chief executive hits back",
        "Ann Bell, an analyst at Kettle Bank, asked, “Will costs fall next year?”",
    ) == ["Ann Bell"]


def test_reiterated_is_a_speech_verb() -> None:
    assert credited(
        "Plan on track",
        "Finance Minister Ruth Amari reiterated on Monday that the plan was “on track.”",
    ) == ["Ruth Amari"]


# -- D: a lead-in of asking opens no subject of its own ------------------------------------------------------


@pytest.mark.parametrize("lead", ["When asked about the talks, ", "Asked about the talks, ", "Pressed on the talks, "])
@pytest.mark.parametrize("verbs", ["smiled and remarked", "nodded and said", "paused and added"])
def test_the_subject_after_a_lead_in_of_asking_speaks(lead: str, verbs: str) -> None:
    assert credited(
        "Talks",
        "Prime Minister Dana Ruiz met the envoy on Tuesday.",
        f"{lead}Ruiz {verbs}, “I was glad to hear it.”",
    ) == ["Dana Ruiz"]


def test_a_quote_inside_the_question_is_not_the_answers() -> None:
    assert credited(
        "Talks",
        "Prime Minister Dana Ruiz met the envoy on Tuesday.",
        "When asked if the talks had been “warm,” Ruiz smiled and remarked, “I was glad to hear it.”",
    ) == [None, "Dana Ruiz"]


def test_a_name_ending_in_ed_before_a_preposition_is_still_a_subject() -> None:
    assert credited(
        "Club news",
        "Fred Lyle spoke to the board on Friday.",
        "Fred in the end said, “We stay in the league.”",
    ) == ["Fred Lyle"]

# -- E: a name joined by a slash before a capital is one word --------------------------------------------------


@pytest.mark.parametrize("firm", ["KLB/Nord", "AB/CD Capital"])
def test_a_firm_with_a_slash_before_the_analyst_s_name(firm: str) -> None:
    assert credited(
        "Cars",
        f"“Output may have slipped,” {firm} analyst Peter Amsel said.",
        f"“Demand held up,” said {firm} analyst Peter Amsel.",
    ) == ["Peter Amsel", "Peter Amsel"]


def test_and_or_in_lower_case_stays_apart() -> None:
    assert credited(
        "Rules",
        "Council leader Ruth Amari said fines and/or bans would follow. “We mean it,” she said.",
    ) == ["Ruth Amari"]


# -- F: a bare participle between two quotes of a sentence is the first speaker's ------------------------------


@pytest.mark.parametrize("participle", ["adding", "continuing", "insisting"])
def test_a_second_quote_after_a_bare_participle(participle: str) -> None:
    assert credited(
        "Band news",
        "Mira Holt told fans at the launch that the tour would be “loud.”",
        f"“The show is going to be big,” {participle}, “I will be right there with you.”",
    ) == ["Mira Holt", "Mira Holt", "Mira Holt"]


def test_a_participle_with_words_of_its_own_still_blocks() -> None:
    assert credited(
        "Band news",
        "Mira Holt told fans at the launch that the tour would be “loud.”",
        "“The show is going to be big,” explaining to them why the band “will be right there.”",
    )[1:] == ["Mira Holt", None]


# -- G: a title that is the subject of its sentence is no one's words carried on -------------------------------


def test_a_song_title_before_its_verb_is_not_carried_on() -> None:
    assert credited(
        "Band news",
        "“The tour will be loud,” Mira Holt told fans.",
        "Since its release, “Glow” climbed to the top of the chart.",
    ) == ["Mira Holt", None]


def test_a_quote_ending_in_a_comma_before_a_verb_still_carries() -> None:
    assert credited(
        "Band news",
        "“The tour will be loud,” Mira Holt told fans.",
        "“We sold out,” beamed the singer, “in a day.”",
    )[0] == "Mira Holt"
