"""A role names the person an article follows only where that person's titles allow it, and a name set off after
a description closed by a relative clause is that description's holder; the sentences here are our own.

* A judge holds no other post: ``the councillor`` is never a person printed only as a judge (``Judge Ann Roe``),
  nor ``the judge`` a person printed only with another post's title (``Mayor Tom Hart``); roles of the bench
  take up each other (``the magistrate``), and other roles a person of any other title as before.
* A title that names its role by another word (the ``title_roles`` table) makes its holder that role:
  ``the governor`` is the person printed as ``Gov. Tom Hart``, ``the judge`` the one printed as ``Justice Ann Lee``,
  also where a lede first called the judge ``A Leeds judge``.
* ``the councillor who raised the alarm in the chamber, Ann Lee, said``: the name after the relative clause is
  the speaker, whatever preposition's object ends the clause.
* ``said Ann Lee, a professor of law at Carrow Law School, who called it “…”``: ``who`` goes back to the name before
  the apposition, whatever place ends it; with no name there the quote credits nobody.
"""

from __future__ import annotations

import pytest

from .test_quotes import credited


@pytest.mark.parametrize(
    ("earlier", "role", "person"),
    [
        ("Judge Bob Roe adjourned the case.", "The councillor", "Bob Roe"),
        ("Coroner Ann Lee opened the inquest.", "The officer", "Ann Lee"),
        ("Mayor Tom Hart opened the bridge.", "The judge", "Tom Hart"),
    ],
)
def test_a_role_is_not_a_person_titled_with_another_post(earlier, role, person):
    assert credited(earlier, f"{role} said the ruling was “a disgrace”.") != [person]


@pytest.mark.parametrize(
    ("earlier", "role", "expected"),
    [
        ("Foreign Minister Bob Roe flew to Oslo on Monday.", "The diplomat", "Bob Roe"),
        ("Ann Lee, an aide to the defence minister, spoke on Monday.", "The official", "Ann Lee"),
        ("Judge Tom Hart opened the hearing.", "The magistrate", "Tom Hart"),
    ],
)
def test_a_role_of_the_same_side_still_takes_up_the_person(earlier, role, expected):
    assert credited(earlier, f"{role} said the ruling was “a disgrace”.") == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "Outside court, the councillor who first raised the alarm in the chamber, Ann Lee, told reporters it was “a line drawn”.",
        "The man who pulled the boy from the river, Ann Lee, said the rescue was “pure luck”.",
        "A neighbour who heard the blast at the depot, Ann Lee, said it sounded “like thunder”.",
    ],
)
def test_a_name_after_a_relative_clause_on_a_description_is_the_speaker(sentence):
    assert credited("Judge Bob Roe adjourned the case.", sentence) == ["Ann Lee"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Both sides will appeal, said Ann Lee, a professor of law at Carrow Law School, who called it “the big test”.", "Ann Lee"),
        ("Both sides will appeal, said Ann Lee, head of research at Fenwick Capital, who called it “the big test”.", "Ann Lee"),
    ],
)
def test_who_after_an_apposition_ending_in_a_place_goes_back_to_the_name(sentence, expected):
    assert credited("Judge Bob Roe adjourned the case.", sentence) == [expected]


def test_a_relative_clause_whose_subject_cannot_be_read_credits_nobody():
    # "who" after a description no name precedes: never the person the text follows
    assert credited(
        "Judge Bob Roe adjourned the case.",
        "Both sides will appeal, said the dean, a professor of law at Carrow Law School, who called it “the big test”.",
    ) == [None]


@pytest.mark.parametrize(
    "sentence",
    [
        "“We will act,” said the sponsor, Sen. Ann Lee, a Republican from Ashby.",
        "“We will act,” said the bill's sponsor, Ann Lee.",
        "“We will act,” said the coach, Dr. Ann Lee.",
    ],
)
def test_a_full_name_set_off_after_a_noun_with_the_is_the_speaker(sentence):
    assert credited(sentence) == ["Ann Lee"]


def test_a_day_set_off_after_a_noun_with_the_is_no_name():
    assert credited("“We will act,” said the mayor, Tuesday.") == ["the mayor"]


@pytest.mark.parametrize(
    ("first", "second", "role", "person"),
    [
        ("Sen. Ann Lee", "Gov. Tom Hart", "the governor", "Tom Hart"),
        ("Gov. Tom Hart", "Sen. Ann Lee", "the senator", "Ann Lee"),
        ("Cllr Ann Lee", "Prof Tom Hart", "the professor", "Tom Hart"),
        ("Prof Tom Hart", "Cllr Ann Lee", "the councillor", "Ann Lee"),
        ("Det. Ann Lee", "Insp. Tom Hart", "the inspector", "Tom Hart"),
    ],
)
def test_an_abbreviated_title_makes_its_holder_the_role(first, second, role, person):
    assert credited(f"{first} met {second} on Monday.", f"“We agreed on the roads,” {role} said.") == [person]


@pytest.mark.parametrize(
    "lede",
    [
        "A Leeds judge has called a landlord “reckless”.",
        "A High Court judge has cleared the way for a new runway.",
    ],
)
def test_a_justice_is_the_judge_a_lede_described(lede):
    quotes = credited(lede, "Justice Ann Lee said the flats had been left unsafe.", "“The law is clear,” the judge said.")
    assert quotes[-1] == "Ann Lee"


def test_the_judge_is_no_justice_where_two_are_named():
    quotes = credited(
        "A Leeds judge has called a landlord “reckless”.",
        "Justice Ann Lee and Justice Tom Hart said the flats had been left unsafe.",
    )
    assert quotes == ["A Leeds judge"]  # as printed: either justice may be the one
