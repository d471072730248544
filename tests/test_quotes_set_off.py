"""A quoted clause that its attribution sets off is direct, even in lower case and after a short lead-in:
sentences written for this rule (none copied from a page)."""

from __future__ import annotations

import pytest

from .test_quotes import extract


@pytest.mark.parametrize(
    "paragraph",
    [
        "Starting on Friday, “we expect the rain to ease off, at least for a while,” Nora Quist said.",
        "In Duluth, “the lake is higher than any of us can remember,” said Nora Quist, a harbour pilot.",
        "Still, “nothing about this season has gone to plan,” Nora Quist told reporters.",
        "“we are in a very tight spot,” Nora Quist admitted.",
    ],
)
def test_a_clause_set_off_by_its_attribution_is_direct(paragraph: str) -> None:
    assert [(q.kind, q.speaker) for q in extract(paragraph)] == [("direct", "Nora Quist")]


@pytest.mark.parametrize(
    "paragraph",
    [
        "When the levee broke, “the water simply came through,” Nora Quist said.",  # a clause the quote goes on
        "You will see soon, “how fast the tide turns,” Nora Quist said.",
        "In Duluth, “record levels” were reached, Nora Quist said.",  # no comma inside the marks
        "Nora Quist called the result “a setback,” her aide said.",  # more than a lead-in before the quote
        "“not living up to its promise on any count,” council officials told the paper.",  # no subject: a fragment
    ],
)
def test_a_fragment_after_a_clause_or_without_its_comma_stays_partial(paragraph: str) -> None:
    assert [q.kind for q in extract(paragraph)] == ["partial"]


@pytest.mark.parametrize(
    "paragraph",
    [
        "The inspector had written that, “Every gate was left open on the night.”",
        "The ruling carried the observation that, “As a result, the tenants were never told.”",
        "She closed with the admission, “We got the timing badly wrong.”",
    ],
)
def test_a_capitalized_sentence_after_that_or_an_admission_and_a_comma_is_direct(paragraph: str) -> None:
    assert [q.kind for q in extract(paragraph)] == ["direct"]


def test_a_clause_between_that_and_the_quote_keeps_it_partial() -> None:
    assert [q.kind for q in extract("The judge noted that, after the storm, “the roads were closed.”")] == ["partial"]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("Flooding is no longer a ‘rare event’ but a ‘national emergency’, says the Green Party. “It is,” Ann Lee said.",
         [("partial", "the Green Party"), ("partial", "the Green Party"), ("direct", "Ann Lee")]),
        ("Ann Lee said the levy was ‘a last resort’. “We tried,” she said.", [("partial", "Ann Lee"), ("direct", "Ann Lee")]),
        ("A ‘techno’ school in Leeds had asked him to pay. “We paid,” Ann Lee said.", [("term", None), ("direct", "Ann Lee")]),
    ],
)
def test_a_single_quoted_fragment_is_its_sentence_speakers_where_speech_is_double_quoted(
    paragraph: str, expected: list[tuple[str, str | None]]
) -> None:
    assert [(q.kind, q.speaker) for q in extract(paragraph)] == expected


def test_double_primes_are_double_marks_but_inches_mark_nothing() -> None:
    quotes = extract("Ann Lee told the paper that ″all of Leeds is in protest today.″ The 10″ and 12″ sizes sold out.")
    assert [(q.text, q.speaker) for q in quotes] == [("all of Leeds is in protest today.", "Ann Lee")]
