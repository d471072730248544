"""An eleventh audit of the speaker rules on real news: the kinds of wrong speaker it found, each
with sentences written for it (none copied from a page), positive and negative."""

from __future__ import annotations

import pytest

from .test_quotes import extract


def credited(*paragraphs: str) -> list[str | None]:
    """The speaker of each quote of an article made of ``paragraphs``."""
    return [q.speaker for q in extract(*paragraphs)]


# -- A: a role owning a capitalized word (``the Governor's Address``) names no person ---------------


def test_a_pronoun_skips_the_thing_a_role_owns() -> None:
    assert credited(
        "Finance chief Mara Odell spoke on Tuesday.",
        "During the debate on the Governor's Address, she said the plan was “a bold step”.",
    ) == ["Mara Odell"]


@pytest.mark.parametrize("owned", ["the President's Address", "the Queen's Speech", "the Mayor's Ball"])
def test_a_thing_a_role_owns_is_no_speaker(owned: str) -> None:
    assert credited(f"After {owned}, he called the plan “a bold step”.") == [None]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The Premier's spokesman Tom Vale called the plan “a bold step”.", "Tom Vale"),
        ("Kenya's President Wanjiru Kamau called the plan “a bold step”.", "Wanjiru Kamau"),
    ],
)
def test_a_title_after_an_owner_still_names_its_holder(sentence: str, speaker: str) -> None:
    assert credited(sentence) == [speaker]


# -- B: ``a Daily Courier report``: a bare speech verb after a name opened by ``a`` is a noun --------


def test_a_paper_named_in_a_report_noun_is_no_speaker() -> None:
    assert credited(
        "Council leader Ann Lee called a Daily Courier report “wrong,” adding that “no decision was taken.”",
    ) == ["Ann Lee", "Ann Lee"]


def test_an_outlet_named_before_a_noun_opened_by_an() -> None:
    assert credited("Coach Rui Dias branded an ABC Sport report “lazy”.") == ["Rui Dias"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The Courier reported that the mayor was “furious”.", "The Courier"),
        ("Analysts at Fenwick Capital report “strong demand”.", "Analysts at Fenwick Capital"),
    ],
)
def test_a_paper_reporting_still_speaks(sentence: str, speaker: str) -> None:
    assert credited(sentence) == [speaker]


# -- C: a quote run over paragraphs ends with its speaker's name; a guessed lead-in gives way ------


@pytest.mark.parametrize(
    ("first", "second", "third", "run"),
    [
        (
            "Council spokesman Dan Ortiz said the mayor still planned to visit the estate.",
            "According to him, Governor Tom Hale was wrong about the visit.",
            "He also said the mayor wanted to meet the families.",
            ["“If he does not understand, the rest of the city does.", "“So is there no problem there? Ask the families.",
             "“It is up to the governor,” Ortiz said."],
        ),
        (
            "Nurses' union chief Pat Kerr said the health board had cut staff.",
            "In her view, board chair Ann Moss had ignored the warnings.",
            "She also said the cuts would hurt patients.",
            ["“If she cannot see it, everyone else can.", "“It is a scandal,” Kerr said."],
        ),
    ],
)
def test_a_run_on_quote_takes_the_name_it_ends_with(first: str, second: str, third: str, run: list[str]) -> None:
    speakers = credited(first, second, third, *run)
    assert len(set(speakers)) == 1 and speakers[-1] in ("Dan Ortiz", "Pat Kerr")


def test_a_run_on_quote_ending_in_a_pronoun_keeps_its_lead_in() -> None:
    assert credited(
        "Council spokesman Dan Ortiz spoke to reporters on Friday.",
        "Governor Ruth Hale later said:",
        "“The mayor will not come.",
        "“It is up to the council,” she said.",
    ) == ["Ruth Hale", "Ruth Hale"]


def test_a_closed_quote_keeps_its_own_speaker() -> None:
    assert credited(
        "Council spokesman Dan Ortiz spoke to reporters.",
        "“The mayor will visit,” he said. “It is up to the governor.”",
        "“We will see,” Ruth Hale said.",
    ) == ["Dan Ortiz", "Dan Ortiz", "Ruth Hale"]
