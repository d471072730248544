"""A thirteenth audit of the speaker rules on real news (US state and city politics, police and courts, New
Zealand and Australian politics, Ontario politics, farm lobbies, a German MEP, wildlife features, education):
the kinds of wrong speaker it found, each with sentences written for it (none copied from a page), positive
and negative."""

from __future__ import annotations

import pytest

from .test_quotes import credited


# -- A: titles before a name: ``Whip``, and a title closed by ``in Charge`` or ``in Chief`` -------------------


def test_a_whip_is_a_title_not_a_given_name() -> None:
    assert credited(
        "Budget passes",
        "“We found the votes in the end,” said House Majority Whip Dana Orr, D-4.",
    ) == ["Dana Orr"]


@pytest.mark.parametrize("title", ["DEA Special Agent in Charge", "Managing Editor in Chief"])
def test_a_title_closed_by_in_and_a_tail_word_stays_out_of_the_name(title: str) -> None:
    assert credited(
        "Raid ends",
        f"{title} Rosa Ibarra told reporters that the search was over.",
        "“We followed every lead we had.”",
    ) == ["Rosa Ibarra"]


def test_in_before_a_place_is_no_part_of_a_title() -> None:
    assert credited(
        "Ferry plan",
        "“We are ready to start,” said Mayor Ann Lee in Dover.",
    ) == ["Ann Lee"]


# -- B: a pronoun after a sentence whose reporter is named after an inverted verb or a speech noun ------------


def test_he_after_an_inverted_speech_verb_is_its_speaker() -> None:
    assert credited(
        "Arrest made",
        "Detective Ivo Marsh said a man had been held. CCTV showed the man near the depot before Tom Pike was hurt.",
        "The man asked a guard for the time but walked off, said Marsh, who would not say more.",
        "“We think he knew the place well,” he said.",
    ) == ["Ivo Marsh"]


@pytest.mark.parametrize("clause", ["told Ivan Roe that the depot was shut", "told Ivan Roe"])
def test_a_name_a_verb_tells_or_that_opens_a_clause_is_no_reporter(clause: str) -> None:
    assert "Ivan Roe" not in credited(
        "Arrest made",
        "Detective Ivo Marsh said a man had been held. CCTV showed the man near the depot before Tom Pike was hurt.",
        f"The man left in a hurry, {clause}.",
        "“He knew the place,” he said.",
    )


def test_he_after_a_speech_from_a_person_is_that_person() -> None:
    assert credited(
        "Growers ambush Brandt",
        "The growers' board voted to drop its support, on the eve of Trade Minister Hal Brandt leaving for Geneva.",
        "Last week's vote follows a sharp speech at a rally in Taupo from growers' president Rawiri Tane.",
        "“We cannot cut more without cutting the herd,” he said.",
    ) == ["Rawiri Tane"]


def test_a_person_after_a_verb_past_a_speech_noun_is_no_issuer() -> None:
    assert credited(
        "Growers ambush Brandt",
        "The growers' board voted to drop its support, on the eve of Trade Minister Hal Brandt leaving for Geneva.",
        "Last week's vote follows a sharp speech that was praised by growers' president Rawiri Tane.",
        "“We cannot cut more,” he said.",
    ) == ["Hal Brandt"]


# -- C: a quote paragraph after a fragment a naming verb credits ---------------------------------------------


def test_a_naming_verbs_speaker_is_not_carried_to_a_quote_paragraph() -> None:
    assert credited(
        "Coach shrugs off rival",
        "Ana Ruiz was calm about the new rival, which Tom Roe described as “the best side in years”.",
        "“You never change the plan for one game.”",
    ) == ["Tom Roe", None]


def test_a_said_speaker_is_still_carried_to_a_quote_paragraph() -> None:
    assert credited(
        "Coach shrugs off rival",
        "Tom Roe said the new rival was “the best side in years”.",
        "“You never change the plan for one game.”",
    ) == ["Tom Roe", "Tom Roe"]


# -- D: a role described with a body's name after the one person its passage names without a title -----------


def test_a_role_with_a_body_name_takes_up_the_untitled_person_of_its_passage() -> None:
    assert credited(
        "Geese counted",
        "“The count shows the flock is back,” says Omar Haddad, head of the bird trust.",
        "Last spring, Kate Lund counted geese on the lake for a month. “My feet were never dry,” says the Harbour Survey biologist.",
    ) == ["Omar Haddad", "Kate Lund"]


def test_a_role_with_a_body_name_takes_up_no_titled_person() -> None:
    assert "Tom Roe" not in credited(
        "Geese counted",
        "“The count shows the flock is back,” says Omar Haddad, head of the bird trust.",
        "Last spring, Mayor Tom Roe opened the lake path. “My feet were never dry,” says the Harbour Survey biologist.",
    )


def test_a_role_with_a_body_name_takes_up_neither_of_two_people() -> None:
    speakers = credited(
        "Geese counted",
        "“The count shows the flock is back,” says Omar Haddad, head of the bird trust.",
        "Last spring, Kate Lund and Ivo Marsh counted geese on the lake. “My feet were never dry,” says the Harbour Survey biologist.",
    )
    assert "Kate Lund" not in speakers and "Ivo Marsh" not in speakers


def test_a_post_with_a_body_name_takes_up_no_untitled_person() -> None:
    assert "Jana Holt" not in credited(
        "Fire guts homes",
        "“Crews worked through the night,” said Fire Chief Omar Haddad.",
        "Jana Holt, 45, lost her home in the blaze. “We are helping every family,” said the Red Cross spokeswoman.",
    )
