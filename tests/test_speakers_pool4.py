"""Speaker rules from a fourth review of wrong speakers on real news, by kind (a legislator described by the
letters of a regional parliament's seat, ``TD``, ``MSP``, ``MLA``, ``MEP``, as ``MP`` is; a described source
named right after by ``surnamed`` or ``named``; a clause's verb that is also a noun, ``hit``, ending the subject
before a place): each with sentences written for it (none copied from a page), positive and negative."""

from __future__ import annotations

from .test_quotes import credited


# -- A: TD, MSP, MLA and MEP are roles, as MP is ---------------------------------------------------------------


def test_a_regional_parliament_seat_is_a_role_taking_up_the_person_followed() -> None:
    assert credited(
        "The opposition’s health spokeswoman Ann Lee said the waiting lists would get “longer every week”.",
        "The Cork TD said the figures were “worse” for children.",
    ) == ["Ann Lee", "Ann Lee"]
    assert credited("Alliance MLA Kate Nesbitt spoke first.", "“It is a mess,” the South Down MLA said.") == ["Kate Nesbitt"]
    assert credited(
        "Tom Ray said the trade deal was “a start”.",
        "“We will vote for it,” the Yorkshire MEP added.",
    ) == ["Tom Ray", "Tom Ray"]


def test_a_seat_with_no_one_named_is_a_described_source_as_printed() -> None:
    assert credited("The Cork TD said the plan was “a mess”.") == ["The Cork TD"]
    assert credited("“It is a mess,” a Glasgow MSP said.") == ["a Glasgow MSP"]


# -- B: a described source named right after by "surnamed" or "named" ---------------------------------------


def test_a_described_source_surnamed_is_that_person() -> None:
    assert credited("“The water came fast,” said a farmer surnamed Li.") == ["Li"]
    assert credited(
        "“The roof went first,” said a shop owner surnamed Chen, who lives above the shop.",
        "“Then the windows.”",
    ) == ["Chen", "Chen"]


def test_a_described_source_named_is_that_person() -> None:
    assert credited("“We left at once,” said a nurse named Ann Roe, who lives nearby.") == ["Ann Roe"]


def test_named_before_more_words_names_no_speaker() -> None:
    assert credited("A panel named Ann Lee as its chair. “It is a fine choice,” said a member.") == ["a member"]
    assert credited("“We were not told,” said a man named in the report.") == ["a man"]


# -- C: "hit", "struck", "swept", "tore" end a subject: the storm is no speaker with the place it hit ---------


def test_a_verb_that_is_also_a_noun_ends_the_subject_before_a_place() -> None:
    assert credited(
        "The storm hit Leeds and York, the Met Office said.",
        "It described the storm as “one of the worst”.",
    ) == [None]
    assert credited(
        "The cyclone struck Port Vila on Monday, officials said.",
        "It was “the worst in years”, they said.",
    ) != ["The cyclone struck Port Vila"]


# -- D: a name after "bin", "ibn", "bint" or "ould" names the father: alone it takes up no son ---------------


def test_a_fathers_name_alone_takes_up_no_son_named_for_him() -> None:
    assert credited(
        "Prince Faisal bin Khalid told reporters that output would recover by March.",
        "Separately, King Khalid praised the “swift response.”",
    ) == ["Khalid"]


def test_a_name_with_its_particle_still_takes_up_the_full_name() -> None:
    assert credited("Hamza bin Laden was named in the report.", "“We will return,” bin Laden said in a tape.") == [
        "Hamza bin Laden"
    ]
    assert credited("Ana Ruiz said the vote was close.", "“We lost by ten,” Ruiz said.") == ["Ana Ruiz"]


# -- E: a speech verb set off by commas inside its sentence: the speaker is the phrase after it --------------


def test_an_aside_speech_verb_credits_the_phrase_after_it_not_the_subject() -> None:
    assert credited(
        "Prosecution lawyer Ann Reid said the men were seen on camera.",
        "Tom Cole, said the lawyer, had thrown a brick in a “deliberate attack”.",
    ) == ["Ann Reid"]
    assert credited("The budget, said Ann Lee, was “a mess” from the start.") == ["Ann Lee"]


def test_a_verb_after_a_subject_with_no_comma_is_the_subjects() -> None:
    assert credited("Tom Cole said the budget was “a mess” from the start.") == ["Tom Cole"]


# -- F: an irregular participle opening a sentence is a lead-in, no part of the subject -----------------------


def test_told_opening_a_sentence_leaves_the_subject_after_its_clause() -> None:
    assert credited(
        "Told that council leader Ann Lee wanted a fare rise, Tom Ray shook his head.",
        "“It hurts the poorest,” he said.",
    ) == ["Tom Ray"]
    assert credited("Given the risks, Mayor Ana Ruiz said the plan was “a gamble”.") == ["Ana Ruiz"]


# -- G: no speaker carried on to a quote whose sentence names another speaker past a phrase -------------------


def test_a_later_speech_verb_with_another_name_stops_the_carried_speaker() -> None:
    assert credited(
        "“Shares are up,” said Tom Ray, an analyst at Monex.",
        "“Investors are cautious” ahead of the holidays, Ann Lee, a strategist at Okasan, said in a note.",
    )[0] == "Tom Ray"
    assert credited(
        "“Shares are up,” said Tom Ray, an analyst at Monex.",
        "“Investors are cautious” ahead of the holidays, Ann Lee, a strategist at Okasan, said in a note.",
    )[1] != "Tom Ray"


def test_a_later_pronoun_keeps_the_carried_speaker() -> None:
    assert credited(
        "“Shares are up,” said Tom Ray, an analyst at Monex.",
        "“Investors are cautious” ahead of the holidays, he said.",
    ) == ["Tom Ray", "Tom Ray"]


# -- H: a name set off after a definite phrase a body word heads is the body's -----------------------------------


def test_a_name_in_apposition_after_a_body_word_is_a_body_no_pronoun_takes_up() -> None:
    assert credited(
        "Tom Ray spoke on Monday.",
        "The opposition bloc, Pativ Unem, rallied supporters.",
        "“We will win,” he said.",
    ) == ["Tom Ray"]
    assert credited("The ruling party, Zanu Dorn, said it would “fight on”.") == ["Zanu Dorn"]


def test_a_name_after_a_role_or_a_preposition_stays_a_person() -> None:
    assert credited("The union’s leader, Ann Lee, said the offer was “poor”.", "“We will strike,” she said.") == [
        "Ann Lee",
        "Ann Lee",
    ]
    assert credited("At the company, Tom Ray, the founder, said the plan was “bold”.", "“It is,” he said.") == [
        "Tom Ray",
        "Tom Ray",
    ]
