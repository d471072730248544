"""Speaker kinds of round 33 (issue 11), on sentences written for these tests.

Each kind has sentences that use it in other words and negative ones where the rule must
stand down (no speaker, or the described source as printed, rather than a wrong one).
"""

from __future__ import annotations

import pytest

from .test_speakers_rules import credited, kinds

# -- a role joined to a second portfolio by "and", then the name after a comma -------------------


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("“Lending has stalled,” said the bank’s head of retail and markets, Dr Ilona Varga.", "Ilona Varga"),
        ("“We will appeal,” said the group’s director of legal affairs and compliance, Tomas Ek.", "Tomas Ek"),
        ("“The beds are full,” said the minister of health and welfare, Rosa Quint, after the visit.", "Rosa Quint"),
    ],
)
def test_a_role_with_two_portfolios_gives_the_name_after_it(paragraph: str, expected: str) -> None:
    assert credited(paragraph) == [expected]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # no name after the role: the whole role as printed, never the part before "and"
        ("“We will appeal,” said the head of legal affairs and compliance, who declined to be named.",
         "the head of legal affairs and compliance"),
        ("“The beds are full,” said the minister of health and welfare.", "the minister of health and welfare"),
        # "and" joins a verb, not a portfolio
        ("“The beds are full,” said the minister of health and said it twice.", "the minister of health"),
    ],
)
def test_a_role_with_two_portfolios_and_no_name_is_printed_whole(paragraph: str, expected: str) -> None:
    assert credited(paragraph) == [expected]


# -- a time adverbial between the subject and its speech verb ------------------------------------


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("The transport ministry on Thursday accused the operator of “gross negligence” over the delays.",
         "The transport ministry"),
        ("Farmers’ union chief Aled Pryce last week called the subsidy cut “a slow death” for hill farms.",
         "Aled Pryce"),
        ("The port authority on Sunday night described the spill as “contained” but closed two berths.",
         "The port authority"),
        ("The regulator yesterday said the merger was “not in the public interest” and blocked it.", "The regulator"),
    ],
)
def test_a_time_adverbial_before_the_verb_keeps_the_subject(paragraph: str, expected: str) -> None:
    assert credited(paragraph) == [expected]
    assert kinds(paragraph) == ["partial"]


@pytest.mark.parametrize(
    "paragraph",
    [
        # the time words belong to a clause of their own: the subject is no one who spoke
        "Repairs dragged on this year, and the line was labelled “a disgrace” in the local press.",
        # "on" alone is no time adverbial
        "The ferry that ran on said nothing of the “storm” ahead.",
    ],
)
def test_time_words_that_are_no_adverbial_credit_no_one_new(paragraph: str) -> None:
    speakers = credited(paragraph)
    assert not any(s and ("this year" in s or s.endswith(" on")) for s in speakers)


# -- an indefinite role in the lede, named once later in the article ------------------------------


def test_a_lede_role_goes_to_the_one_person_later_titled_so() -> None:
    assert credited(
        "A former harbour official who took kickbacks was jailed for four years on Friday, with a judge "
        "calling the scheme “a long con against the taxpayer.”",
        "The official, Piotr Lenz, admitted 11 counts.",
        "District Judge Maeve Doran also barred Lenz from public office.",
        "“You chose greed,” Doran told him.",
    )[0] == "Maeve Doran"


def test_a_lede_role_held_by_two_people_later_stays_as_printed() -> None:
    speakers = credited(
        "A former harbour official was jailed on Friday, with a judge calling the scheme “a long con.”",
        "District Judge Maeve Doran barred him from office.",
        "Appeals Judge Colm Reidy had refused bail in May.",
        "“He showed no remorse,” Reidy said then.",
    )
    assert speakers[0] not in ("Maeve Doran", "Colm Reidy")


def test_a_role_named_before_the_lede_role_is_not_taken_up() -> None:
    speakers = credited(
        "Judge Maeve Doran opened the hearing. A spokesman later called the ruling “a relief.”",
        "Spokesman Ivo Brandt said the firm would comply.",
        "“We accept it,” Brandt said.",
    )
    assert speakers[0] != "Ivo Brandt"


# -- "it" taking up a one-word name that an apposition titled -------------------------------------


def test_it_takes_up_a_one_word_body_the_sentence_opens_with() -> None:
    assert credited(
        "Harbour Energy said profits fell. “The payout is safe,” said Harbour chief Biraj Mehta.",
        "Centrica, the owner of British Gas, said separately it would shut a site unless it won a deal, "
        "which it described as “urgent”.",
    )[-1] == "Centrica"


def test_it_never_takes_up_a_person_with_a_full_name() -> None:
    speakers = credited(
        "Harbour Energy said profits fell sharply.",
        "Biraj Mehta, the chief executive, said the firm would cut a site, which it called “painful”.",
    )
    assert speakers[-1] != "Biraj Mehta"


# -- an adverb opening the sentence is no part of the speaker --------------------------------------


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("Meanwhile the ministry called the audit “flawed” and asked for a second one.", "the ministry"),
        ("Earlier a spokesman called the ruling “a relief” for the firm.", "a spokesman"),
        ("Later the union called the offer “an insult” to its members.", "the union"),
    ],
)
def test_an_adverb_opening_the_sentence_is_left_out_of_the_speaker(paragraph: str, expected: str) -> None:
    assert credited(paragraph) == [expected]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("The ministry called the audit “flawed” and asked for a second one.", "The ministry"),
        # a lead word opening a name stays in it
        ("Inside Climate News called the audit “flawed” on Monday.", "Inside Climate News"),
    ],
)
def test_a_determiner_or_a_name_opening_the_sentence_stays_in_the_speaker(paragraph: str, expected: str) -> None:
    assert credited(paragraph) == [expected]


# -- two titles joined by "and" before a name are one post ------------------------------------------


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("Acme President and CEO Dana Field on Monday called the ruling “a massive overreach.”", "Dana Field"),
        ("“It is over,” said Chairman and Chief Executive Jon Roe.", "Jon Roe"),
        ("“The water is safe,” explained Metro TV’s Chief Science and Health Editor Dr Lena Moss.", "Lena Moss"),
    ],
)
def test_two_titles_joined_by_and_are_one_post(paragraph: str, expected: str) -> None:
    assert credited(paragraph) == [expected]


@pytest.mark.parametrize(
    "paragraph",
    [
        "The Minister and Ana Ruiz called the deal “transformational” for staff.",
        # two posts and no name after them: two people, never one of them as the pair
        "The Prime Minister and Foreign Minister called the deal “transformational” for staff.",
    ],
)
def test_titles_joined_by_and_without_one_name_after_them_are_no_post(paragraph: str) -> None:
    speaker = credited(paragraph)[0]
    assert speaker != "Ana Ruiz" and (speaker is None or " and " not in speaker)
