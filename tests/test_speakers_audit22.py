"""A twenty-second audit of the speaker rules (wrong or missing speakers of blind round r96): an acronym in brackets
after ``… of the Philippines`` is short for the whole name, not the place; a person named after ``, said`` at the end of
a sentence is the one a later ``he`` takes up; a full name set off after ``its``, ``their`` or ``his`` and a noun
(``said its convenor, Ann Lee``) is the speaker; a speech noun that is the subject of a clause another speaker
reports (``Lee said the council's pledge to fix roads had been “abandoned”``) does not take the quote from that
speaker.  Sentences written for it (none copied from a page), positive and negative."""

from __future__ import annotations

import pytest

from .test_quotes import credited


@pytest.mark.parametrize(
    ("named", "short", "speaker"),
    [
        ("The National Power Corp. of the Philippines (NPCP) cut supply on Monday.", "NPCP", "NPCP"),
        ("The Central Bank of the Bahamas (CBOB) held rates on Monday.", "CBOB", "Central Bank of the Bahamas"),
        ("The Electricity Board of the Maldives (EBM) cut supply.", "EBM", "Electricity Board of the Maldives"),
    ],
)
def test_an_acronym_after_of_the_place_is_not_the_place(named, short, speaker):
    assert credited(named, f"“We cannot promise more,” {short} said in a statement.") == [speaker]


def test_an_acronym_spelling_the_name_itself_still_takes_it_up():
    assert credited("The Bank of the Philippine Islands (BPI) raised its rates.", "“We expect more,” BPI said.") == [
        "Bank of the Philippine Islands"
    ]


@pytest.mark.parametrize(
    "report",
    [
        "Violators face fines of up to $5,000, said Lt. John Macapagal, spokesman of the coast guard.",
        "Fares will rise in May, said Ann Roe, a spokeswoman for the agency.",
        "The road will close for a week, said Mark Obi.",
    ],
)
def test_a_person_named_after_said_at_the_end_is_whom_he_or_she_takes_up(report):
    person = report.split("said ")[1].replace("Lt. ", "").split(",")[0].rstrip(".")
    pronoun = "she" if person.startswith("Ann") else "he"
    speakers = credited(
        "“We follow the rules,” fisherman Peter Jaafar said, referring to the ban.",
        report,
        f"{pronoun.capitalize()} said patrols would start on Monday.",
        f"“We will be strict this year,” {pronoun} added.",
    )
    assert speakers == ["Peter Jaafar", person]


def test_a_body_named_after_said_at_the_end_is_not_whom_he_takes_up():
    speakers = credited(
        "“We follow the rules,” fisherman Peter Jaafar said.",
        "Violators face fines, said the coast guard.",
        "He said patrols would start on Monday.",
        "“We will be strict,” he added.",
    )
    assert speakers == ["Peter Jaafar", "Peter Jaafar"]


@pytest.mark.parametrize(
    ("quote", "person"),
    [
        ("“Families are paying too much,” said its convenor, Mary Smith.", "Mary Smith"),
        ("“We will appeal,” said their lawyer, John Doe, on Monday.", "John Doe"),
        ("“It was a shock,” said his physio, Tom Hart.", "Tom Hart"),
    ],
)
def test_a_name_set_off_after_a_possessive_and_a_noun_speaks(quote, person):
    assert credited(quote) == [person]


def test_a_title_set_off_after_a_possessive_document_is_no_speaker():
    assert credited("“Nothing works,” said their report, Delays And Costs.") != ["Delays And Costs"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Ms Anna Lee said the council's pledge to fix the roads had been “quietly abandoned”.", "Anna Lee"),
        ("The union's leader, Tom Hart, said the company's promise of a 2% rise was “an insult to workers”.", "Tom Hart"),
        ("Critic Jane Moss said the minister's plan for the port has been “a costly failure”.", "Jane Moss"),
    ],
)
def test_a_speech_noun_that_is_the_subject_of_a_reported_clause_leaves_the_quote_to_the_reporter(sentence, speaker):
    assert credited(sentence) == [speaker]


@pytest.mark.parametrize(
    "sentence",
    [
        "Tom Hart said the company's promise of “fair pay for all” was never kept.",
        "The envoy rejected the president's claim that Europe is “decaying”.",
    ],
)
def test_the_words_of_a_promise_or_claim_stay_its_owners(sentence):
    [speaker] = credited("Pay talks resumed on Monday.", sentence)
    assert speaker in ("the company", "the president")
