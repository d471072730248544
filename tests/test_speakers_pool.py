"""Speaker rules from a review of wrong and missing speakers on real news, by kind (a second holder set off
with ``another``, a holder named as a foil in the role's own sentence, an owner opening a contrasted clause,
a group of one plural word taken for a body): each with sentences written for it (none copied from a page),
positive and negative."""

from __future__ import annotations

from .test_quotes import credited


# -- A: "X, another dealer," is a second holder, never the one a lede's "A dealer" described -------------------


def test_another_holder_named_later_is_not_the_unnamed_source_of_the_lede() -> None:
    assert credited(
        "Traders fear raids",
        "A dealer, who spoke to reporters, said several colleagues had been detained.",
        "“They took my colleagues away,” the middle-aged dealer said.",
        "Musa Bello, another dealer, said the market was calm.",
        "“It is quiet today,” he said.",
    ) == ["A dealer", "Musa Bello"]


def test_another_before_the_name_is_a_second_holder_too() -> None:
    assert credited(
        "Growers wait for rain",
        "A farmer near the river said the crop had failed.",
        "“We lost everything,” the farmer said.",
        "Another farmer, Ruth Okafor, said the wells were dry.",
    ) == ["A farmer near the river"]


def test_the_one_holder_named_later_still_opens_the_lede() -> None:
    assert credited(
        "Judge frees activist",
        "GREENVILLE — A county judge on Monday freed the activist, saying the arrest was “plainly unlawful.”",
        "District Judge Marta Oyelaran ordered the release.",
    ) == ["Marta Oyelaran"]


# -- B: a holder named in the role's own sentence, before it and past its subject, is a foil -----------------


def test_a_holder_named_in_the_sentence_is_not_the_role_when_another_holds_it() -> None:
    assert credited(
        "Leaders meet",
        "President Ana Ruiz flew to Washington to meet U.S. President Joe Biden.",
        "Asked about the talks with President Biden, the president said they were “frank and friendly.”",
    ) == ["Ana Ruiz"]


def test_a_holder_that_is_the_subject_is_still_the_role() -> None:
    assert credited(
        "Leaders meet",
        "President Ana Ruiz flew to Washington to meet U.S. President Joe Biden.",
        "President Biden praised the talks, and the president said they were “frank and friendly.”",
    ) == ["Joe Biden"]


def test_a_sole_holder_named_in_the_sentence_stays_the_role() -> None:
    assert credited(
        "Mayor speaks",
        "Officials met Mayor Lena Park on Monday.",
        "After meeting Mayor Park, the mayor said the budget was “balanced at last.”",
    ) == ["Lena Park"]


# -- C: an owner opening a clause after ", while" is no rival for "he" --------------------------------------


def test_an_owner_after_while_is_no_partner_of_the_subject() -> None:
    assert credited(
        "Miner lifts guidance",
        "Its chief executive, Tom Reyes, spoke on Monday.",
        "Mr Reyes said trading was strong, while Verano's three mines had beaten forecasts.",
        "The ramp-up was “progressing nicely”, he said.",
    ) == ["Tom Reyes"]


def test_a_person_after_while_is_still_as_near_as_the_subject() -> None:
    assert credited(
        "Council votes",
        "Cr Ito said he was proud, while Mr Berg said he was moved.",
        "“It was a long night,” he said.",
    ) == [None]


# -- D: a group of one plural word is no body that makes "the police" vague ----------------------------------


def test_the_police_after_a_plural_group_opening_a_sentence() -> None:
    assert credited(
        "Pupils seized",
        "Gunmen seized four pupils from a school on Friday, officials said.",
        "“They came at night,” regional police spokesman Ade Okon said.",
        "The police said they were “doing everything possible” to free them.",
    ) == ["Ade Okon", "The police"]


def test_the_police_after_plural_attackers_opening_a_sentence() -> None:
    assert credited(
        "Fire at fuel store",
        "Attackers set fire to a fuel depot overnight.",
        "The police said the blaze was “under control”.",
    ) == ["The police"]


def test_the_police_after_a_body_named_with_a_body_word_stay_unsure() -> None:
    assert credited(
        "Fire at fuel store",
        "Gunmen set fire to a depot run by the Delta Port Authority.",
        "The police said the blaze was “under control”.",
    ) == [None]


# -- E: a kind of company missing from the body words takes up the one body of its kind -----------------------


def test_the_carmaker_takes_up_the_carmaker_named_before() -> None:
    assert credited(
        "Recall widens",
        "German carmaker Voltra recalled 20,000 cars on Monday.",
        "“Safety comes first,” the carmaker said.",
    ) == ["Voltra"]


def test_the_lender_takes_up_the_bank_named_before() -> None:
    assert credited("Rates rise", "Acme Bank raised its rates.", "“Costs rose,” the lender said.") == ["Acme Bank"]


def test_the_carrier_takes_up_the_operator_named_before_never_as_printed() -> None:
    assert credited(
        "Data leak",
        "Mobile operator Telvio was hit by a data leak, the company has revealed.",
        "The carrier said three per cent of its customers were affected: “Our team found it on Monday.”",
    ) == ["Telvio"]  # an operator is of the company kind, as a carrier is


def test_the_carrier_takes_up_the_airline_that_spoke() -> None:
    assert credited(
        "Flights cut",
        "SkyJet Airlines said it would cut 40 flights.",
        "“We apologise to our passengers,” the carrier said.",
    ) == ["SkyJet Airlines"]


def test_the_lender_never_takes_up_a_body_of_another_kind() -> None:
    assert credited(
        "Fares rise",
        "The Metro Transit Agency raised its fares.",
        "“Costs rose,” the lender said.",
    ) == [None]


# -- F: a nickname of initials in quotes inside a name (``Antonio “L.A.” Reid``) -------------------------------


def test_a_nickname_of_initials_inside_a_name_is_part_of_it() -> None:
    assert credited(
        "Label chief on awards",
        "Artists dream of “selling a million records,” says Marco “J.T.” Brandt, chairman of Orbit Music.",
        "But to Brandt there is a higher prize. “Nothing beats the trophy.”",
    ) == ["Marco Brandt", None, "Marco Brandt"]


def test_a_nickname_of_two_words_inside_a_name_is_part_of_it() -> None:
    assert credited(
        "Producer speaks",
        "Hits are “made in the studio,” says Winston “Big Bumpy” Clarke, a producer.",
    ) == ["Winston Clarke", None]


def test_initials_in_quotes_after_a_lower_case_word_are_no_nickname() -> None:
    assert credited(
        "Film night", "The film “L.A.” Confidential opened on Friday.", "“It is a classic,” critic Dana Whitt said."
    ) == [None, "Dana Whitt"]


# -- G: "it" takes up the whole name a quote of the sentence was credited to, not the subject's first word -----


def test_it_takes_up_a_name_holding_the_as_credited() -> None:
    assert credited(
        "Aid stalls",
        "“Trucks wait at the border,” Keep the Coast said in a statement.",
        "“Food is running out” in the camps, it added.",
    ) == ["Keep the Coast", "Keep the Coast"]


def test_it_takes_up_the_subject_when_the_quote_is_credited_to_it() -> None:
    assert credited(
        "Talks",
        "Nordvik Energy said its rival Telvio had called the deal “a mistake”.",
        "“Prices will rise,” it added.",
    ) == ["Nordvik Energy", "Nordvik Energy"]


# -- H: a kind of body printed before a name tells its kind; "Company" opening a sentence is no body's name ---------


def test_a_kind_before_a_name_lets_the_company_take_it_up() -> None:
    assert credited(
        "Data breach",
        "Sportswear maker Norla is alerting customers that hackers may have their data.",
        "The company called it a “potential data security incident” on Thursday.",
    ) == ["Norla"]


def test_company_opening_a_sentence_is_no_body_the_company_takes_up() -> None:
    assert credited(
        "Data breach",
        "Sportswear maker Norla is alerting customers that hackers may have their data.",
        "Norla launched an inquiry, the company said. Company officials said they were working with police.",
        "“Norla is committed to the privacy of its customers,” the company said.",
    ) == ["Norla"]


def test_a_body_of_the_kind_named_later_that_spoke_is_taken_up_first() -> None:
    assert credited(
        "Fares",
        "Ride-hailing firm Zuvo raised its fares.",
        "Metro operator Kelvara said it regretted the delays.",
        "“We hope to restart services soon,” the company said.",
    ) == ["Kelvara"]


def test_a_person_after_a_lower_case_trade_is_still_a_person() -> None:
    assert credited(
        "Shop reopens",
        "Violin maker Tom Hale reopened his shop on Monday.",
        "“It feels good,” he said.",
    ) == ["Tom Hale"]


# -- I: a role with "co-" is a role: "Broner co-trainer Kevin Cunningham" is Cunningham ----------------------------


def test_a_co_role_between_an_owner_and_a_name_titles_the_name() -> None:
    assert credited(
        "Fight night",
        "Adrien Broner trained hard. “I play a lot,” he said.",
        "Broner co-trainer Kevin Cunningham praised his fighter. “He will win,” he said.",
    ) == ["Adrien Broner", "Kevin Cunningham"]


def test_a_co_founder_is_credited_by_name() -> None:
    assert credited(
        "Startup grows",
        "“We doubled our staff,” said co-founder Priya Natarajan.",
    ) == ["Priya Natarajan"]


def test_a_hyphened_word_that_is_no_shared_role_still_ends_the_name() -> None:
    assert credited(
        "Fight night",
        "Adrien Broner trained hard. “I play a lot,” he said.",
        "Broner well-wishers lined the street. “He will win,” he said.",
    ) == ["Adrien Broner", "Adrien Broner"]


# -- J: data or a document released by a body stands for the body -----------------------------------------------


def test_information_released_by_a_firm_stands_for_the_firm() -> None:
    assert credited(
        "Phone sales slip",
        "“Demand for budget phones rose in the spring,” according to information released by Halden Research.",
    ) == ["Halden Research"]


def test_a_report_published_by_a_bank_stands_for_the_bank() -> None:
    assert credited(
        "Growth slows",
        "Growth will “remain weak through the winter,” according to a report published by the Norland Bank.",
    ) == ["the Norland Bank"]


def test_figures_praised_by_a_minister_are_no_issue_of_hers() -> None:
    assert credited(
        "Growth slows",
        "The bank called the figures released by the ministry “a mess”.",
    ) == ["The bank"]


# -- K: an origin clipped to its end (``the Bok coach`` of ``Springbok coach X``) ----------------------------------


def test_a_clipped_origin_takes_up_the_person_just_quoted() -> None:
    assert credited(
        "Boks win away",
        "Springbok coach Pieter Louw praised the team.",
        "“We took our chances,” said Louw.",
        "Louw was happy with the win.",
        "“We have never won here before,” said the Bok coach.",
    ) == ["Pieter Louw", "Pieter Louw"]


def test_another_origin_is_not_the_person_just_quoted() -> None:
    assert credited(
        "Boks win away",
        "Springbok coach Pieter Louw praised the team.",
        "“We took our chances,” said Louw.",
        "“We were second best,” said the Wallaby coach.",
    )[-1] != "Pieter Louw"


def test_a_clipped_origin_of_two_letters_is_no_origin() -> None:
    assert credited(
        "Talks",
        "Ohio Governor Tom Wade met the press.",
        "“We are ready,” said Wade.",
        "“We are not,” said the Io governor.",
    )[-1] != "Tom Wade"


# -- L: a quote in a fronted clause with its own speech verb is that clause's subject's ----------------------------


def test_a_quote_in_a_fronted_while_clause_is_its_subjects() -> None:
    assert credited(
        "Budget",
        "While the Greens accuse the government of spending for “electoral gain”, the opposition says the surplus is its own.",
    ) == ["the Greens"]


def test_a_quote_in_a_fronted_although_clause_is_its_subjects() -> None:
    assert credited(
        "Strike",
        "Although the union called the offer “an insult”, the company says talks will go on.",
    ) == ["the union"]


def test_a_quote_after_the_fronted_clause_closed_is_the_main_subjects() -> None:
    assert credited(
        "Strike",
        "Although talks went on, the union called the offer “an insult”, its leader said.",
    ) == ["its leader"]


# -- M: a participle's subject ending in a label is still a name (``…, the Republican People's Party (CHP), called``)


def test_a_participle_takes_the_body_named_in_apposition_with_its_label() -> None:
    assert credited(
        "Strike",
        "The country's largest union, the Transport Workers Union (TWU), called the strike, saying the offer was “an insult.”",
    ) == ["the Transport Workers Union (TWU)"]


def test_a_participle_takes_a_person_with_a_party_label() -> None:
    assert credited(
        "Vote",
        "Sen. Ann Lee (D) voted against the bill, calling it “a giveaway.”",
    ) == ["Ann Lee"]


def test_a_participle_after_a_plain_description_keeps_the_description() -> None:
    assert credited(
        "Strike",
        "The country's largest union called the strike, saying the offer was “an insult.”",
    ) == ["The country's largest union"]


# -- N: a quote whose own sentence closes with a speech verb is never the sentence before's -------------------------


def test_a_speech_verb_closing_the_quotes_sentence_stops_the_prior_sentence() -> None:
    assert credited(
        "Market",
        "Property agency Keyland noted that prices were up 9 per cent.",
        "“We expect prices to rise,” head of research and consultancy Ann Sun said.",
    ) != ["Property agency Keyland"]


def test_a_quote_standing_alone_after_a_report_is_still_its_speakers() -> None:
    assert credited(
        "Market",
        "Property agency Keyland noted that prices were up 9 per cent.",
        "“We expect prices to rise.”",
    ) == ["Property agency Keyland"]
