"""Subjects that name a speaker, or someone else, on sentences written for these tests.

* A title that is also a common surname (``King``, ``Major``, ``Bishop``, ``Judge``) ends a name after a
  known first name or two plain name words (``Carole King``, ``Kevin Bishop``); alone or after a place or
  a title it stays a title (``Bishop Kevin Dunn``, ``the Bishop of Leeds``).
* A role whose complement holds a capitalized name (``the Bishop of Leeds``, ``the head of the Red
  Cross``) is an office of its own: never the person the text is about.
* A quote opening its sentence is not carried on from the last speaker when a subject naming someone
  else comes between it and its verb: an indefinite source (``a nurse told``) or capitalized words not
  of that speaker's name (``the head of the Red Cross in Kenya said``, ``Rao agreed``).
* An affiliation or a place between a speaker's name and the verb after a quote (``Ann Roe of Acme said``, ``a
  spokesman for Unicef in Geneva said``) is read past.
* A title that is also a common given name (``Dean``) opens a name before one word that is no given name
  (``Dean Varga``), and stays a title before a given name (``Dean Ann Roe``).
* A kin word owned by a noun (``The victim's brother``) is a described source, credited as printed, and a
  ``he`` or ``she`` of that gender right after it means that person, not the person named before.
* A surname led by a Romance particle and an apostrophe (``d'Almeida``, ``dell’Acqua``) is part of the name.
* The name a described person goes by, after ``called`` or ``named`` and before the verb (``“…,” a nurse
  called Rhona said``), is the speaker.
* Positions in sport (``striker``, ``goalkeeper``, ``batsman``, ``pitcher``) and ``teenager``, ``rookie`` are
  roles: a title before a name, or, with ``the``, the person the text is about.
* ``the`` and a nationality (``the Dutchman``, ``the Australian``) is an epithet: the person the text is
  about, unless a title of that person names another nationality.
* A single mark left open after a colon runs to the end of its paragraph, as a double one does.
* ``the center`` takes up only a body whose name or description holds that word, never a ``Division``.
* A person's full name and a role set off after a quote its comma closes, ending the sentence with no verb, is the
  quote's credit line (``“…,” Ann Lee, a Harbour Bank vice president.``); not a clause, nor a place.
"""

from __future__ import annotations

import pytest

from .test_quotes import extract
from .test_speakers_rules import credited


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("“It was a long night,” Carole King said.", "Carole King"),
        ("Former prime minister John Major said the treaty was “a grave mistake”.", "John Major"),
        ("The union's leader, Mary Judge, said the offer was “an insult to nurses”.", "Mary Judge"),
        ("The senator's spokesman, Kevin Bishop, said the senator “has been clear”.", "Kevin Bishop"),
        ("“We will not move,” said Grace Dean, who chairs the tenants' group.", "Grace Dean"),
    ],
)
def test_a_title_that_is_a_common_surname_ends_a_name(paragraph, expected):
    assert credited(paragraph) == [expected]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("Bishop Kevin Dunn said the cathedral would stay “open to everyone”.", "Kevin Dunn"),
        ("“The verdict stands,” Judge Ann Roe said.", "Ann Roe"),
        ("“Nothing has changed,” King Harald said.", "Harald"),
    ],
)
def test_a_title_before_a_name_stays_a_title(paragraph, expected):
    assert credited(paragraph) == [expected]


def test_an_office_with_a_named_complement_is_not_the_person_followed():
    speakers = credited(
        "Chief Constable Ruth Hale opened the new station on Friday.",
        "“We pray for the families,” the Bishop of Leeds said.",
    )
    assert speakers == ["the Bishop of Leeds"]


def test_a_role_with_a_lower_case_complement_still_takes_up_the_person():
    speakers = credited(
        "Mayor Ann Hart opened the bridge on Monday.",
        "“It is a great day for the town,” the mayor said.",
    )
    assert speakers == ["Ann Hart"]


@pytest.mark.parametrize(
    "second",
    [
        "“We need more tents,” the head of the Red Cross in Kenya told reporters.",
        "“We need more tents,” a nurse from the camp told reporters.",
        "“We need more tents”, Dev Rao agreed.",
        "“We need more tents,” one volunteer at the depot complained.",
        "“We need more tents,” the camp doctor, Lin Okoro, beamed.",
        "“We need more tents,” Okoro, a nurse, nodded.",
    ],
)
def test_a_quote_is_not_carried_on_past_someone_else_named_after_it(second):
    speakers = credited("Mayor Ann Hart visited the camp. “It is a hard winter,” she said.", second)
    assert speakers[0] == "Ann Hart"
    assert speakers[1] != "Ann Hart"


def test_a_quote_is_carried_on_when_only_the_speaker_follows_it():
    speakers = credited("“It is a hard winter,” said Mayor Ann Hart.", "“We need more tents,” Hart added.")
    assert speakers == ["Ann Hart", "Ann Hart"]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("“Prices are too high,” a spokesman for Unicef in Geneva said.", "a spokesman for Unicef"),
        ("“The road is shut,” the head of the Red Cross at Goma told reporters.", "the head of the Red Cross"),
        ("“We are ready,” workers at Acme in Ohio said.", "workers at Acme"),
    ],
)
def test_a_place_between_the_speaker_and_the_verb_is_read_past(paragraph, expected):
    assert credited(paragraph) == [expected]


def test_a_place_before_something_other_than_a_speech_verb_names_no_one():
    assert credited("“Prices are too high,” a spokesman for Unicef in Geneva, hours after the vote.") == [None]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("“We will appeal,” Ann Roe of Acme Freight said.", "Ann Roe"),
        ("“We will appeal,” Ann Roe of the law school told reporters.", "Ann Roe"),
    ],
)
def test_an_affiliation_between_the_name_and_the_verb_is_read_past(paragraph, expected):
    assert credited(paragraph) == [expected]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("“It is over,” Dean Varga said.", "Dean Varga"),
        ("“It is over,” a tearful Dean Holloway told reporters.", "Dean Holloway"),
        ("“We will appeal,” Dean Ann Roe said.", "Ann Roe"),
    ],
)
def test_a_title_that_is_a_common_given_name(paragraph, expected):
    assert credited(paragraph) == [expected]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("The victim's brother said he was “heartbroken” by the verdict.", "The victim's brother"),
        ("The dead woman's mother said the family felt “empty”.", "The dead woman's mother"),
        ("The driver's girlfriend told the court she was “terrified”.", "The driver's girlfriend"),
    ],
)
def test_a_kin_word_with_an_owner_is_a_described_source(paragraph, expected):
    assert credited(paragraph) == [expected]


def test_a_pronoun_after_a_described_source_means_that_source():
    speakers = credited(
        "Colin Marsh, 19, was jailed for life on Friday.",
        "The victim's brother told the court he could not sleep.",
        "“I think of her every morning,” he said.",
    )
    assert speakers == ["The victim's brother"]


def test_a_pronoun_of_the_other_gender_does_not_mean_the_described_source():
    speakers = credited(
        "Colin Marsh, 19, was jailed for life on Friday.",
        "The victim's sister told the court the family had moved away.",
        "“I am not sorry,” he said as he left the dock.",
    )
    assert speakers != ["The victim's sister"]


def test_a_body_word_takes_up_only_a_body_of_that_word():
    speakers = credited(
        "The county's Division of Civil Defence told residents to “keep torches ready”.",
        "The center said the storm would pass “dangerously close” to the coast.",
    )
    assert speakers[1] is None or "Division" not in speakers[1]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("Acme chief executive Rui Matos d'Almeida said: “The plan is on track.”", "Rui Matos d'Almeida"),
        ("“The bridge is safe,” said engineer Paola dell’Acqua.", "Paola dell’Acqua"),
    ],
)
def test_a_particle_and_an_apostrophe_lead_a_surname(paragraph, expected):
    assert credited(paragraph) == [expected]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("“I have never seen it this bad,” a midwife called Rhona said.", "Rhona"),
        ("“We had to run,” a shopkeeper named Ali Reza told reporters.", "Ali Reza"),
    ],
)
def test_the_name_a_described_person_goes_by_is_the_speaker(paragraph, expected):
    assert credited(paragraph) == [expected]


def test_called_before_a_name_with_no_verb_after_it_is_no_speaker():
    assert credited("“Unbelievable,” one fan called Marek's goal on Sunday.") != ["Marek"]


def test_a_single_mark_left_open_after_a_colon_quotes_to_the_paragraph_end():
    quotes = extract(
        "Insp Ann Lee, of the county police, said: ‘My officers work hard every day.",
        "‘We will not stop until every offender is caught.’",
        "Insp Lee added: ‘We thank the public for their help.",
    )
    assert [q.text for q in quotes] == [
        "My officers work hard every day.", "We will not stop until every offender is caught.", "We thank the public for their help."
    ]
    assert [q.speaker for q in quotes] == ["Ann Lee"] * 3


def test_a_single_mark_left_open_mid_sentence_is_no_quote():
    assert not extract("The club’s ‘new era began in May, the chairman said.")


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (["Pitcher Max Fried said the team had “a lot of fight”."], ["Max Fried"]),
        (["“I felt good today,” said the goalkeeper, Ana Silva."], ["Ana Silva"]),
        (["Bukayo Saka scored twice.", "“It was a great feeling,” the winger said."], ["Bukayo Saka"]),
        (["Emma Raducanu won in straight sets.", "“I'm so happy,” the teenager said."], ["Emma Raducanu"]),
    ],
)
def test_positions_in_sport_are_roles(paragraphs, expected):
    assert credited(*paragraphs) == expected


def test_an_adjunct_after_a_role_is_no_office_of_its_own():
    speakers = credited(
        "Chris Carr struck out the side in the ninth.",
        "“I was not going to let it happen,” said the pitcher in a radio interview.",
    )
    assert speakers == ["Chris Carr"]


@pytest.mark.parametrize(
    ("epithet", "expected"),
    [("the Dutchman", "Erik Holm"), ("the Australian", "Erik Holm")],
)
def test_a_nationality_with_the_takes_up_the_person_followed(epithet, expected):
    speakers = credited("“We showed character,” coach Erik Holm said.", f"{epithet[0].upper()}{epithet[1:]} added: “We keep going.”")
    assert speakers == [expected, expected]


def test_a_nationality_no_title_of_the_person_fits_names_no_one():
    speakers = credited("Russian President Ivan Orlov met the envoy.", "“We disagree on everything,” the American said.")
    assert speakers == [None]


def test_a_nationality_of_the_other_gender_names_no_one():
    speakers = credited("“We never gave up,” coach Tom Reed said.", "“It was hard,” the Frenchwoman said.")
    assert speakers[1] is None


@pytest.mark.parametrize(
    "paragraph",
    [
        "“Orders are strong again,” Ann Lee, a Harbour Bank vice president. “Buyers are back.”",
        "The union set up stretchers outside the clinic. “Wards are full every night,” Tom Hale, President of the Harbour Nurses Union.",
    ],
)
def test_a_full_name_and_its_role_closing_the_sentence_after_a_quote_are_its_credit_line(paragraph):
    speaker = "Ann Lee" if "Ann Lee" in paragraph else "Tom Hale"
    assert set(credited(paragraph)) == {speaker}


@pytest.mark.parametrize(
    "paragraph",
    [
        "“Orders are strong again,” Ann Lee, adding that buyers were back.",
        "“Orders are strong again,” Nova Scotia, a small province.",
        "“Orders are strong again,” Ann Lee, who runs the bank, thinks.",
    ],
)
def test_a_name_a_clause_or_a_place_goes_on_from_after_a_quote_is_no_credit_line(paragraph):
    assert credited(paragraph) == [None]
