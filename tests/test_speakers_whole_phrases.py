"""Speakers read as whole noun phrases, never a stray word or a part of one, on sentences written for these tests.

* A speech verb's word used as a noun after another verb (``told state media``) has no subject
  of its own: the participle after it (``, adding``) belongs to the teller, not to the sentence's
  first word (``Construction is due …``).
* A word for a kind of body capitalized only where it opens a sentence (``Company claims …`` in a
  standfirst) is the description cut from its article, not a body's name: ``the company`` later
  takes up nobody rather than ``Company``.
* A phrase after a noun phrase it does not belong to starts at its own determiner (``a proposal
  the bank has called``: the bank).
* A document's word that is also a speech verb heads the phrase (``according to the budget
  office report``), not cuts it.
* A name keeps its body's acronym (``a Green Party (GP) deputy``) and is found past a second
  apposition (``Ana Sousa, a deputy for Braga, one of the poorest districts, said``).
* A speech verb right after ``who`` whose antecedent no phrase names credits nobody, never the
  sentence's subject (``The mayor faced questions from residents who said …``).
* A fragment no speaker is sure for is partial in a sentence that reports speech, a term elsewhere.
"""

from __future__ import annotations

import pytest

from .test_quotes import extract
from .test_speakers_rules import credited


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Work starts in 2028 and ends by 2031, Transport Minister Ola Berg told state media, adding that the"
            " tunnel would be “the longest in the region.”",
            "Ola Berg",
        ),
        (
            "Repairs are due to finish in May, Mayor Ines Holt told state radio on Monday, noting that the bridge"
            " had been “patched for decades.”",
            "Ines Holt",
        ),
        (
            "Turnout was low, the electoral commission's chair, Dev Rao, told state television, adding that queues"
            " were “almost nonexistent.”",
            "Dev Rao",
        ),
    ],
)
def test_participle_after_a_speech_noun_belongs_to_the_teller(paragraph: str, expected: str) -> None:
    assert credited(paragraph) == [expected]


def test_participle_after_a_speech_verb_with_no_named_subject_credits_nobody_else() -> None:
    paragraph = "Construction starts in June, the report stated, adding that costs were “still rising.”"
    assert credited(paragraph) != ["Construction"]


@pytest.mark.parametrize(
    ("opening", "later"),
    [
        ("Company claims its new battery lasts twice as long", "The company claims the cells are “safer than any rival.”"),
        ("Regulator warns banks over risky loans", "The regulator said lending had become “dangerously loose.”"),
        ("Lender cuts mortgage rates for first-time buyers", "The lender said demand was “picking up fast.”"),
    ],
)
def test_a_body_word_opening_a_sentence_is_no_name(opening: str, later: str) -> None:
    speaker = credited(opening, "Prices rose again in the spring.", later)[0]
    assert speaker is None or speaker.startswith("The ")  # as printed, never the opening word alone


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("Police said the march was “peaceful from start to finish.”", "Police"),
        ("Moscow has dismissed the accusation as “absurd.”", "Moscow"),
    ],
)
def test_bare_sources_and_places_still_speak(paragraph: str, expected: str) -> None:
    assert credited(paragraph) == [expected]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("The council wants to shut two pools, a plan the union has called “short-sighted.”", "the union"),
        ("Fares will rise in May, a change the regulator described as “modest.”", "the regulator"),
        ("The board froze hiring, a decision one director called “overdue.”", "one director"),
    ],
)
def test_a_relative_clause_without_that_has_its_own_subject(paragraph: str, expected: str) -> None:
    assert credited(paragraph) == [expected]


def test_a_noun_after_a_verb_is_no_phrase_of_its_own() -> None:
    paragraph = "Ana Lund told reporters the board had cut the budget, but “nothing has changed.”"
    assert credited(paragraph) != ["the board"]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("Exports will grow “about 3%” this year, according to the budget office report.", "the budget office report"),
        (
            "Crime fell “sharply” in the north, according to the annual police review published on Monday.",
            "the annual police review",
        ),
    ],
)
def test_a_document_word_heads_the_phrase(paragraph: str, expected: str) -> None:
    assert credited(paragraph) == [expected]


def test_a_speech_verb_with_an_object_still_ends_the_phrase() -> None:
    paragraph = "According to the data, officials report that waits are “shorter than ever.”"
    assert credited(paragraph) != ["the data, officials report"]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("Mira Holm, a Green Party (GP) deputy, told reporters the vote was “rigged.”", "Mira Holm"),
        (
            "Ana Sousa, a deputy for Braga, one of the poorest districts, said rents were “out of reach.”",
            "Ana Sousa",
        ),
        (
            "Teo Marsh, a councillor for Eastgate, now a candidate for mayor, called the plan “a gift to developers.”",
            "Teo Marsh",
        ),
    ],
)
def test_a_name_before_two_appositions_or_an_acronym(paragraph: str, expected: str) -> None:
    assert credited(paragraph) == [expected]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("They described the scheme as “a lifeline” for small farms.", "partial"),
        ("It was called “unworkable” in the report.", "partial"),
        ("Residents of the “green belt” town were angry on Monday.", "term"),
        ("The so-called “reform” was said to be dead.", "term"),
    ],
)
def test_an_uncredited_fragment_in_a_reported_sentence_is_partial(paragraph: str, expected: str) -> None:
    (quote,) = extract(paragraph)
    assert (quote.kind, quote.speaker) == (expected, None)


@pytest.mark.parametrize(
    "paragraph",
    [
        "The mayor faced questions from residents who said they were “fed up with the noise.”",
        "The coach took calls from fans who said the team looked “lost.”",
    ],
)
def test_a_relative_clause_without_its_antecedent_credits_nobody(paragraph: str) -> None:
    assert credited(paragraph) == [None]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("An executive who spoke on condition of anonymity said the deal was “done.”", "An executive who spoke on condition of anonymity"),
        ("The minister, who said the plan was “a disgrace,” resigned on Friday.", "The minister"),
    ],
)
def test_who_after_its_speaker_still_credits_the_speaker(paragraph: str, expected: str) -> None:
    assert credited(paragraph) == [expected]


def test_a_speech_verb_far_from_the_fragment_is_not_read() -> None:
    filler = " ".join(["and the crowd kept moving"] * 20)  # 100 words, past the window, in one sentence
    quote = extract(f"Officials said the square was calm {filler} near the “green zone” gates.")[0]
    assert (quote.kind, quote.speaker) == ("term", None)
