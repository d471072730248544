"""A speech word right after a preposition is no speech verb, and a preposition's object takes no apposition.

* A plural speech word after a preposition is a noun (``paid for reports that were “…”``, ``praised for replies
  that …``, ``questions over notes that …``): no speech verb, whose subject would be credited.
* The object of a preposition before a comma (``According to the prosecutors, Lacoste, 67, used …``) is set off
  from the name after it, the subject of the sentence's verb: no apposition naming the source.

Sentences written for these rules.
"""

from __future__ import annotations

import pytest

from .test_quotes import credited


@pytest.mark.parametrize(
    "sentence",
    [
        "Tom Reyes was praised for replies that were “calm and clear”.",
        "Ruth Hale was asked about reports that the deal was “dead”.",
        "The firm faced questions over notes that called staff “lazy”.",
    ],
)
def test_a_plural_speech_word_after_a_preposition_credits_no_subject(sentence: str) -> None:
    assert credited(sentence) == [None]


def test_a_speech_verb_after_a_preposition_phrase_still_credits() -> None:
    assert credited("Jane Marlow, in an interview, said the plan was “dead on arrival”.") == ["Jane Marlow"]


@pytest.mark.parametrize(
    ("source", "expected"),
    [("According to the prosecutors", "the prosecutors"), ("According to the auditors", "the auditors")],
)
def test_a_prepositions_object_takes_no_apposition(source: str, expected: str) -> None:
    opening = "A court in Paris ordered Bernard Lacoste to stand trial on Monday."
    quote = f"{source}, Lacoste, 67, paid €1.4 million for reports that were “never written”."
    assert credited(opening, quote) == [expected]


def test_an_apposition_after_a_subject_still_names_the_speaker() -> None:
    opening = "The Harbour Party named a new leader on Monday."
    assert credited(opening, "The party’s treasury spokeswoman, Ann Lee, said the budget was “a fraud”.") == ["Ann Lee"]


# -- ``, and`` before a name joins a clause; a delegation is a body; a kin word owned by a person's name ----------


@pytest.mark.parametrize(
    "sentence",
    [
        "More storms were forecast for Thursday, and Lindqvist warned that “even an inch of rain” could flood roads.",
        "Roads stayed shut in Ashby, and Lindqvist called the damage “unprecedented”.",
    ],
)
def test_a_comma_and_before_a_name_joins_a_clause_not_a_list(sentence: str) -> None:
    opening = "Rainfall totals were high, FOX Weather meteorologist Britta Lindqvist said."
    assert credited(opening, sentence) == ["Britta Lindqvist"]


def test_a_pair_joined_by_and_that_names_no_person_still_credits_no_one() -> None:
    assert credited("Tom Hale said the deal was done.", "Ashby and Hale warned of “more rain”.") == [None]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Moldova’s delegation said in a statement: “We support any plan that keeps the port open.”", "Moldova’s delegation"),
        ("The Ukrainian delegation called the plan “a good start”.", "The Ukrainian delegation"),
    ],
)
def test_a_delegation_is_a_body(sentence: str, expected: str) -> None:
    assert credited("Talks on the port resumed in Vienna on Monday.", sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("RIA Novosti quoted Sarapuu’s sister as saying the family had been “treated like enemies”.", "Kalev Sarapuu’s sister"),
        ("Sarapuu’s brother called the charges “absurd”.", "Kalev Sarapuu’s brother"),
    ],
)
def test_a_kin_word_owned_by_a_persons_name_is_credited_as_printed(sentence: str, expected: str) -> None:
    assert credited("Estonian police arrested Kalev Sarapuu, 44, in March.", sentence) == [expected]


# -- a surname that is a speech verb; a base form before a body's head; a verb phrase is never a speaker ----------


@pytest.mark.parametrize(
    ("opening", "sentence", "expected"),
    [
        ("Marcus Tell, the chief executive of Aldmoor Mobile, called it “a tax”.",
         "“We have spent £300 million,” Tell told reporters outside the House.", "Marcus Tell"),
        ("Lena Note, the club's coach, was furious.", "“We were robbed,” Note told reporters after the match.", "Lena Note"),
    ],
)
def test_a_surname_that_is_a_speech_verb_is_the_speaker(opening: str, sentence: str, expected: str) -> None:
    assert credited(opening, sentence)[-1] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The talks were “hard”, state media said.", "state media"),
        ("The plan is “dead”, state news agency KCNA said.", "state news agency KCNA"),
    ],
)
def test_a_speech_verbs_base_form_before_a_bodys_head_is_part_of_the_phrase(sentence: str, expected: str) -> None:
    assert credited(sentence) == [expected]


def test_an_inverted_speech_verb_still_credits_its_subject() -> None:
    assert credited("The deal was “done”, said officials.") == ["officials"]
