"""Speaker rules from a third review of wrong and missing speakers on real news, by kind (``the body`` taking up
the body that spoke, a name in apposition past a participle's clause, two roles in lower case joined by ``and``
before the name and its verb, an age inside a described source): each with sentences written for it (none
copied from a page), positive and negative."""

from __future__ import annotations

from .test_quotes import credited


# -- A: "the body" is a word for a body of any kind: it takes up the body that spoke last ----------------------


def test_the_body_takes_up_the_body_that_spoke_last() -> None:
    assert credited(
        "The Law Society said the new rules were unfair to clients.",
        "“We will appeal against the ruling,” the body said.",
    ) == ["Law Society"]
    assert credited(
        "The Irish Dental Union (IDU) said the scheme had collapsed.",
        "The body has called for talks in light of what it described as a “broken” system.",
    ) == ["Irish Dental Union"]


def test_the_body_takes_up_no_body_named_after_the_one_that_spoke() -> None:
    assert credited(
        "The Law Society said the new rules were unfair to clients.",
        "The Bar Council disagreed.",
        "“We will appeal against the ruling,” the body said.",
    ) == [None]


def test_a_body_found_in_a_field_never_speaks_for_a_body() -> None:
    assert credited("Police found the body in a field near the river.", "“It was a shock,” the body said.") == [None]


# -- B: a name in apposition to a described subject, past a participle's clause set off by commas -------------


def test_an_apposed_name_past_a_while_clause_is_the_speaker_not_an_earlier_holder() -> None:
    assert credited(
        "The former governor of the state, Tom Ade, has said the budget is sound.",
        "The state governor, Ann Obi, while reviewing the budget, said: “It is a confused plan that spends what it lacks.”",
    ) == ["Ann Obi"]


def test_an_apposed_name_past_a_bare_participle_clause() -> None:
    assert credited(
        "The former coach, Tom Ray, said the club was in good shape.",
        "The coach, Ann Lee, speaking after the match, said: “We were second best all afternoon.”",
    ) == ["Ann Lee"]


# -- C: two roles in lower case joined by and, before the name and its verb -----------------------------------


def test_two_lower_case_roles_joined_by_and_before_the_name_and_the_verb() -> None:
    assert credited("“We will not delay the vote,” town mayor and transit board member Ana Ruiz said.") == ["Ana Ruiz"]
    assert credited("“We will build it,” party leader and former mayor Ann Lee told reporters.") == ["Ann Lee"]


def test_the_roles_may_open_with_a_place_or_body_name() -> None:
    assert credited("“We will not delay the vote,” L.A. mayor and MTA board member Ana Ruiz said.") == ["Ana Ruiz"]
    assert credited("“We will build it,” Acme founder and chief executive Ann Lee said.") == ["Ann Lee"]
    assert credited("“We will build it,” said New York City mayor and party leader Ann Lee.") == ["Ann Lee"]


def test_roles_after_a_determiner_or_an_owner_are_not_joined() -> None:
    assert credited("“We will build it,” the mayor and council member Ann Lee said.") == [None]
    assert credited("“We will build it,” Ann Lee’s lawyer and friend Tom Ray said.") == [None]
    assert credited("“We will build it,” Ann Lee and board member Tom Ray said.") == [None]


# -- D: an age inside a described source counts as one word -----------------------------------------------------


def test_a_described_source_holding_an_age_is_credited_as_printed() -> None:
    assert credited("“We can’t afford another rise,” one 92-year-old rider said in Spanish.") == ["one 92-year-old rider"]
    assert credited("“We can’t afford another rise,” a 45-year-old bus driver said.") == ["a 45-year-old bus driver"]


def test_a_described_source_with_an_age_and_a_past_form_adjective_is_credited_whole() -> None:
    said = "“We can’t afford it,” a 45-year-old unemployed city bus driver said."
    assert credited(said) == ["a 45-year-old unemployed city bus driver"]


def test_an_age_after_a_named_person_still_takes_up_that_person() -> None:
    assert credited("Tom Ray, 45, was arrested on Monday.", "“I did nothing,” the 45-year-old man said.") == ["Tom Ray"]


# -- E: marvel is a speech verb -----------------------------------------------------------------------------------


def test_marvelled_credits_its_subject() -> None:
    assert credited("“Wow,” marveled teammate Darren Cole.") == ["Darren Cole"]
    assert credited("“It just keeps going,” Ann Lee marvelled after the race.") == ["Ann Lee"]


# -- F: a quote a colon introduced ends its sentence on ? or ! --------------------------------------------------


def test_a_question_after_a_colon_ends_its_sentence_so_the_next_subject_speaks_next() -> None:
    assert credited(
        "Judge Ann Hale said: “For what?” Tom Reed stopped short of repeating the gesture but he raised his hand"
        " and said: “For doing that.”",
    ) == ["Ann Hale", "Tom Reed"]
    assert credited("Coach Tom Reed asked: “Who is next?” Ana Ruiz stood up and said: “Me!”") == ["Tom Reed", "Ana Ruiz"]


def test_a_question_without_a_colon_keeps_its_attribution_after_it() -> None:
    assert credited("“Who pays for it?” Tom Reed asked the minister.") == ["Tom Reed"]
    assert credited("Ann Hale spoke first.", "“Who pays for it?” Tom Reed asked. “Not us.”") == ["Tom Reed", "Tom Reed"]


# -- G: a role's portfolio agrees with its holder's ---------------------------------------------------------------


def test_the_health_minister_is_never_a_finance_minister() -> None:
    assert credited(
        "Finance Minister Ann Lee presented the budget on Monday.",
        "“Hospitals will get more money,” the health minister said.",
    ) != ["Ann Lee"]
    assert credited(
        "Health Minister Tom Ray welcomed the plan.",
        "Finance Minister Ann Lee presented the budget on Monday.",
        "“Hospitals will get more money,” the health minister said.",
    ) == ["Tom Ray"]


def test_a_role_of_the_same_portfolio_or_of_none_takes_up_its_holder() -> None:
    assert credited(
        "Foreign Minister Ann Lee met her counterpart.", "“We agreed on much,” the foreign minister said."
    ) == ["Ann Lee"]
    assert credited(
        "Minister Ann Lee presented the budget on Monday.", "“Hospitals will get more money,” the health minister said."
    ) == ["Ann Lee"]
    assert credited(
        "Kremlin spokesman Dmitry Peskov spoke to reporters.", "“We agreed on much,” the presidential spokesman said."
    ) == ["Dmitry Peskov"]


# -- H: a passive verdict before the quote, its agent after ``by`` right after it ---------------------------------


def test_the_agent_of_a_passive_verdict_says_the_quoted_words() -> None:
    assert credited("The plan was described as “reckless” by Ann Lee.") == ["Ann Lee"]
    assert credited("Price rises have often been dismissed as “transitory” by central bankers.") == ["central bankers"]
    assert credited("The bill was hailed as “historic” by Mayor Ann Lee and her allies.") == ["Ann Lee"]


def test_by_after_a_quote_with_no_passive_verb_before_it_names_no_speaker() -> None:
    assert credited("He was sentenced for “gross misconduct” by the court.") == [None]
    assert credited("The term “shrinkflation” was coined by economists.") == [None]
