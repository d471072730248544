"""A name, an apposition describing it and a relative clause before the speech verb: the name speaks.

A name a preposition governs takes the role of an apposition closing its sentence without an article too
(``a paper by Ann Lee, president of Harbour University (HU).``), so ``the president`` later is that person."""

from __future__ import annotations

import pytest

from .test_quotes import credited


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # the apposition's place is a city and its region, set off by a comma
        ("Dr. Ines Prado, a surgeon at Mercy Hospital in Dubbo, New South Wales, who was not involved, said the "
         "results were “encouraging”.", "Ines Prado"),
        ("Tom Roe, a farmer from Ballarat, Victoria, said the rain was “too late”.", "Tom Roe"),
        # an apposition before a relative clause describes the name before it
        ("Ann Lee, a lawyer in Leeds, who represents the family, said the verdict was “a relief”.", "Ann Lee"),
        ("Raj Patel, the union's treasurer, who has led the talks since May, said the offer was “an insult”.", "Raj Patel"),
        # a body before its own relative clause speaks as before
        ("Halvane Group, which cut prices twice this year, said the market was “brutal”.", "Halvane Group"),
        # a capitalized title set off by commas is no place and region
        ("Ann Lee, Chief Economist, said the figures were “soft”.", "Ann Lee"),
        # a time or place set off before the subject is no name: the description after it speaks
        ("Last week, the boat builder, which is owned by a fund, said the offer would “lift pay”.", "the boat builder"),
        ("On Monday, Ann Lee, a lawyer in Leeds, who represents the family, said it was “a relief”.", "Ann Lee"),
        ("Ann Lee of Acme, a lawyer, said the deal was “fair”.", "Ann Lee"),
    ],
)
def test_the_name_before_an_apposition_and_a_relative_clause_speaks(paragraph, expected):
    assert credited(paragraph) == [expected]


def test_a_place_in_the_apposition_is_never_the_speaker():
    speakers = credited(
        "Ana Ruiz, a nurse at Saint Mary's Medical Center in Long Beach, California, who treated the victims, "
        "told reporters the night was “chaos”."
    )
    assert speakers == ["Ana Ruiz"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Northbridge Capital, the private equity firm that owns Harlow, declined to comment.",
        "Northbridge Capital, a private equity firm which bought Harlow in 2019, declined to comment.",
        "Northbridge Capital, the buyout firm that controls Harlow, would not comment.",
    ],
)
def test_a_body_apposed_before_a_relative_clause_is_the_kind_its_head_names(sentence):
    speakers = credited(
        "Harlow Foods Ltd will close two bakeries in Yorkshire.",
        sentence + " The firm said last month that it was “committed” to the business.",
    )
    assert speakers == ["Northbridge Capital"]


@pytest.mark.parametrize(
    ("described", "pronoun"),
    [
        ("One victim, Glenys Parry, lost £96,000.", "she"),
        ("A neighbour, Tom Hart, gave evidence on Monday.", "he"),
        ("One investor, Ruth Vane, paid $40,000 for the flat.", "she"),
    ],
)
def test_a_name_apposed_to_a_described_source_before_an_irregular_past_is_the_person(described, pronoun):
    speaker = described.split(", ")[1]
    assert credited(f"{described} In a statement, {pronoun} wrote: “I can no longer heat my home.”") == [speaker]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The tribunal, chaired by barrister Fiona Gallagher, said his account was “simply implausible”.", "The tribunal"),
        ("The committee, which is chaired by Ann Lee, said his account was “simply implausible”.", "The committee"),
        ("The panel, led by Ann Lee, said his account was “simply implausible”.", "The panel"),
    ],
)
def test_a_clause_naming_someone_by_an_agent_after_a_subject_is_no_apposition(sentence, expected):
    assert credited(sentence) == [expected]


def test_a_name_set_off_after_a_described_subject_still_speaks():
    assert credited("The firm’s deputy chair, Mei Tan, said the deal was “a win”.") == ["Mei Tan"]


@pytest.mark.parametrize(
    ("lead", "pronoun", "person"),
    [
        ("The alliance's lawyer, Daniel Reuben of Castellan Moore, told reporters the ruling was “rushed”.", "he", "Daniel Reuben"),
        ("The alliance's lawyer, Daniel Reuben of the firm Castellan Moore, told reporters the ruling was “rushed”.", "he", "Daniel Reuben"),
        ("The union's adviser, Ann Lee of the law firm Hart Roe, said the deal was “fair”.", "she", "Ann Lee"),
    ],
)
def test_the_body_a_person_is_of_is_no_one_a_pronoun_takes_up(lead, pronoun, person):
    assert credited(lead, f"“Many of our members are retirees,” {pronoun} said.") == [person, person]


@pytest.mark.parametrize(
    ("lead", "group"),
    [
        ("Economists at Sberbank CIB said rates would fall.", "Economists at Sberbank CIB"),
        ("Analysts at Harbour Capital said the rally had run its course.", "Analysts at Harbour Capital"),
        ("Strategists at Fenwick Bank expect two more cuts this year.", "Strategists at Fenwick Bank"),
    ],
)
def test_they_takes_up_a_group_with_the_body_it_works_at(lead, group):
    assert credited(lead, "“The easing cycle will continue,” they wrote.") == [group]


@pytest.mark.parametrize(
    "opening",
    [
        "Fees are frozen, according to a paper by Professor Ann Lee, president of Harbour University.",
        "Fees are frozen, according to a paper by Professor Ann Lee, president of Harbour University (HU).",
        "The plan was drawn up by Ann Lee, president of the Harbour Students' Union.",
    ],
)
def test_a_bare_role_closing_the_sentence_describes_a_name_after_a_preposition(opening: str) -> None:
    assert credited(opening, "In her report, the president said: “Absent any relief, colleges will suffer.”") == ["Ann Lee"]


def test_a_bare_role_before_a_verb_is_no_apposition_of_the_name_before_it() -> None:
    speakers = credited(
        "Fees were discussed in talks with Ann Lee, president Tom Roe said on Monday.",
        "“Absent any relief, colleges will suffer,” the president said.",
    )
    assert speakers == ["Tom Roe"]
