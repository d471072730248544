"""Speakers set off from the words around them: a name in apposition with the body it belongs to, the name at the
end of a ``whose`` clause, a long apposition before ``as saying``; and phrases that are no speaker (a message, an
ordinary word opening a sentence, a street); the sentences here are our own."""

from __future__ import annotations

import pytest

from .test_quotes import extract
from .test_speakers_rules import credited


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("Mayor Tom Hart backed the plan. The tenants’ lawyer, Ann Lee of the Harbour Legal Centre, said it was “a bad deal.”", "Ann Lee"),
        ("The board’s chair, Ravi Shah of Coastline Capital, said the offer was “too low.”", "Ravi Shah"),
        ("The union’s negotiator, Mia Park of the Dockers’ Guild, said talks were “going nowhere.”", "Mia Park"),
    ],
)
def test_a_name_set_off_after_a_description_with_its_body_is_the_speaker(paragraph, speaker):
    assert credited(paragraph) == [speaker]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("The ferry went to Bayline, whose chief executive, Ann Lee, told reporters it was “a fair price.”", "Ann Lee"),
        ("The rights were bought by Northwind, whose founder, Tom Hart, said filming could start “next spring.”", "Tom Hart"),
    ],
)
def test_the_name_ending_a_whose_clause_is_the_subject_of_its_verb(paragraph, speaker):
    assert credited(paragraph) == [speaker]


def test_the_body_a_which_clause_describes_still_speaks():
    assert credited("Halvane Group, which cut its fares, said the move was “overdue.”") == ["Halvane Group"]


@pytest.mark.parametrize(
    "paragraph",
    [
        "The wire quoted Jonah Abernethy, a fund manager at Lakeview Asset Management in Toronto, as saying the sell-off was “overdone.”",
        "Belta quoted Jonah Abernethy, a trader on the Minsk Universal Commodity Exchange in the capital, as saying grain was “too dear.”",
    ],
)
def test_a_long_apposition_before_as_saying_leaves_the_person_quoted_the_speaker(paragraph):
    assert credited(paragraph) == ["Jonah Abernethy"]


@pytest.mark.parametrize(
    "paragraph",
    [
        "The board met on Thursday and, according to a statement, “reaffirmed its full support” for the coach.",
        "According to an email, the council had “no further comment.”",
    ],
)
def test_a_message_named_by_an_indefinite_article_is_no_speaker(paragraph):
    assert credited(paragraph) != ["a statement"] and credited(paragraph) != ["an email"]


def test_an_ordinary_word_opening_a_sentence_is_no_body_a_short_form_takes_up():
    paragraph = (
        "Kestrel Bio licensed the drug to Jadeport in 2024. Nausea was reported by 38% of patients. "
        "The company said it would file “in the second half of next year.”"
    )
    assert credited(paragraph) != ["Nausea"]


@pytest.mark.parametrize("street", ["1088 Burrard St.", "12 Quay Rd.", "40 Harbour Blvd."])
def test_a_street_before_a_full_stop_is_no_one_a_pronoun_takes_up(street):
    paragraph = f"He put in $240,000 after a seminar at a hotel at {street} He told reporters it was “a scam.”"
    assert credited(paragraph) == [None]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            "The commander of an assault detachment, who uses the call sign Tuman, said the village had fallen. "
            "“They had dug in deep,” the commander told Zvezda TV.",
            "Tuman",
        ),
        ("An officer with the callsign Grom described the night. “We flew until dawn,” the officer said.", "Grom"),
    ],
)
def test_a_call_sign_names_the_person_the_role_before_it_describes(paragraph, speaker):
    assert credited(paragraph)[-1] == speaker


def test_a_sign_that_is_no_call_sign_names_no_one():
    paragraph = "The mayor of the town, who read the sign Welcome aloud, left. “We are open,” the mayor said."
    assert credited(paragraph) != ["Welcome"]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("Ann Lee, the shadow minister, said there was “no plan” and accused the mayor of “raiding” funds to pay for other promises.", None),
        ("A senior adviser to the mayor said the plan was “fine.”", "A senior adviser to the mayor"),
    ],
)
def test_an_infinitives_clause_is_no_speaker(paragraph, speaker):
    assert credited(paragraph)[-1] == speaker


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("A Fed policymaker said the data was “not good.”", "A Fed policymaker"),
        ("One Harbour Bank policymaker, speaking on condition of anonymity, told Reuters the data was “grim.”", "One Harbour Bank policymaker"),
    ],
)
def test_a_policymaker_described_by_the_bank_speaks(paragraph, speaker):
    assert credited(paragraph) == [speaker]


@pytest.mark.parametrize(
    "lead",
    ["Harbour City’s general manager, Rosli Ahmad, was blunter.", "The union’s negotiator, Mia Park, was more hopeful."],
)
def test_a_name_set_off_in_a_short_sentence_of_manner_speaks_the_quote_after_it(lead):
    quotes = extract(lead, "“Faiz is not for sale at that price.”")
    assert [q.speaker for q in quotes] == [lead.split(", ")[1]]


def test_a_description_set_off_without_a_name_credits_no_one():
    assert credited("The club’s coach, a former striker, was blunt.", "“We will fight on.”") == [None]
