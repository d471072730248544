"""A speaker's label over a quote, as wire roundups print them (the ``lead_in`` rule), on sentences written for these tests."""

from __future__ import annotations

import pytest

from .test_quotes import extract

_LEAD = "FRANKFURT, Oct 17 (Reuters) - The central bank cut its deposit rate on Thursday."


def _credits(*paragraphs: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker, q.rule) for q in extract(_LEAD, *paragraphs)]


@pytest.mark.parametrize(
    ("label", "speaker"),
    [
        ("JAMES HOLLOWAY, SENIOR ECONOMIST, NORTHGATE CAPITAL, LONDON:", "JAMES HOLLOWAY"),
        ("TALKS CHAIR LUIS ALBERTO VARGAS:", "LUIS ALBERTO VARGAS"),
        ("Kenya's lead negotiator Ruth Njoroge:", "Ruth Njoroge"),
        ("Ann Lee, chief economist at Acme Bank:", "Ann Lee"),
    ],
)
def test_the_person_a_label_names_speaks_the_quotes_under_it(label, speaker):
    credits = _credits(label, "“The cut was well flagged.”", "“We expect another in April.”")
    assert credits == [(speaker, "lead_in"), (speaker, "continuation")]


@pytest.mark.parametrize(
    "label",
    [
        "MARKET REACTION:",
        "PACIFIC ISLANDS FORUM:",
        "WHAT THEY SAID:",
        "The minister was blunt about it:",
        "HARBOUR BANK, LONDON:",
    ],
)
def test_a_heading_naming_no_person_credits_nobody_by_its_label(label):
    credits = _credits(label, "“The cut was well flagged.”")
    assert credits[0][1] != "lead_in"


def test_a_pronoun_never_takes_up_a_name_in_capitals():
    credits = _credits(
        "ELISA MARCHETTI, CHIEF ECONOMIST, BANCA SERENA, MILAN:",
        "“The bank is catching up with the data.”",
        "He added that the statement was “a little less hawkish” than before.",
    )
    assert credits[-1][0] != "SERENA"
