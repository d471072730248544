"""Speakers read with the words around them, on sentences written for these tests (blind round p566-p571):

* the last name of a list of places that a preposition of place opens (``near Tyre and Bint Jbeil``) is a place, never
  the person ``he`` takes up; not where a speech verb follows it (``in Doha and Ali Hassan said``);
* a name's end cut after ``of`` or ``for`` (``War`` of ``The Care of Prisoners of War``) is no speaker;
* an unnamed source's word opening a lede (``An official told …``) is not the person later titled so (``Hamas
  official X``: officials are many), nor is an indefinite role whose capitalised word that person lacks
  (``A Democratic senator`` is not ``Republican Senator X``);
* a clause after ``the woman`` that gives her name (``who asked to be identified only by her surname, Lee``,
  ``… only as Chan``) names her, the name closing the sentence too;
* ``the MP`` takes up ``A Labour MP`` described before, not the person the text is about;
* ``the official`` is not a person printed only with a profession (``a transport economist``);
* a capitalised word before the head of an indefinite source describes it (``A Western Conference scout``), unless it
  is a first name (``one Kerry County haulier``);
* a comma before an amount inside an apposition (``who signed a four-year, $128 million deal,``) does not close it.
"""

from __future__ import annotations

import pytest

from .test_quotes import credited

_HE = "“We will respond,” he said."


@pytest.mark.parametrize(
    "first",
    [
        "The strikes hit depots in Kafr Kila and Ain Ebel on Tuesday.",
        "The army said the strikes hit depots near Nabatieh, Tyre and Bint Jbeil overnight.",
        "Shells fell across Marjayoun or Wadi Khaled, residents said.",
    ],
)
def test_the_last_place_of_a_list_is_no_person_he_takes_up(first):
    assert credited(first, _HE) == [None]


@pytest.mark.parametrize(
    ("first", "expected"),
    [
        ("Talks were held in Doha and Ali Hassan said they went well.", "Ali Hassan"),
        ("Talks were held in Doha and Ali Hassan has said they went well.", "Ali Hassan"),
        ("Crowds gathered in Kursk Region, Rodion Petrov said on Friday.", "Rodion Petrov"),
    ],
)
def test_a_name_after_a_place_that_speaks_is_a_person(first, expected):
    assert credited(first, _HE) == [expected]


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        ("The Treatment of Prisoners of War said", None),
        ("A spokesperson for the Coordination Office for the Care of Prisoners of War said", None),
        ("The Union of Prisoners of War said", "The Union of Prisoners of War"),
        ("The Bank of England said", "The Bank of England"),
        ("Rep. Joan Ash of Maine said", "Joan Ash"),
        ("Most of the residents said", "the residents"),
    ],
)
def test_a_name_cut_after_of_or_for_is_no_speaker(subject, expected):
    assert credited(f"{subject} the group could be released “within days”, subject to checks.") == [expected]


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        (
            "An Egyptian official told the newspaper that the gap had narrowed to “two or three points.”",
            "Hamas official Bassem Qudsi said the movement had shown “maximum flexibility” on the deal.",
            ["An Egyptian official", "Bassem Qudsi"],
        ),
        (
            "An official told the newspaper that the gap had narrowed to “two or three points.”",
            "Hamas official Bassem Qudsi said the movement had shown “maximum flexibility” on the deal.",
            ["An official", "Bassem Qudsi"],
        ),
        (
            "A Democratic senator on Tuesday called the bill “a disgrace.”",
            "Republican Senator Ann Pugh said it was “fine”.",
            ["A Democratic senator", "Ann Pugh"],
        ),
        (
            "A county judge on Tuesday ruled the tax “unlawful and void.”",
            "Judge Ana Pugh said the county had “no power” to levy it.",
            ["Ana Pugh", "Ana Pugh"],
        ),
    ],
)
def test_an_indefinite_role_of_a_lede_is_the_person_later_titled_so_only_when_nothing_tells_apart(first, second, expected):
    assert credited(first, second) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("“We lost everything,” said the woman, who asked to be identified only by her surname, Lee.", "Lee"),
        ("“We lost everything,” said the woman, who asked to be identified only as Chan.", "Chan"),
        ("“We lost everything,” said a woman, who gave only her first name, Dana.", "Dana"),
        ("“We saw it all,” said the woman, who asked not to be identified.", "the woman"),
        ("“We saw it all,” said the witness, who identified the driver as Tom Reed.", "the witness"),
    ],
)
def test_a_clause_giving_a_described_persons_name_names_them(paragraph, expected):
    assert credited(paragraph) == [expected]


@pytest.mark.parametrize(
    ("first", "expected"),
    [
        ("Daniel Harcourt did not answer.", "A Labour MP"),
        ("Daniel Harcourt, the Prime Minister, did not answer.", "A Labour MP"),
    ],
)
def test_the_mp_takes_up_a_described_mp_not_the_person_followed(first, expected):
    second = "A Labour MP told me afterwards that the Treasury had “not given an inch”. “It is a slogan,” the MP said."
    assert credited(first, second) == [expected, expected]


def test_the_official_is_not_a_person_printed_only_with_a_profession():
    first = "Alice Kwok, a transport economist, said the date depended on fares. “It is too dear,” she said."
    assert credited(first, "“This was a line in a speech,” the official said.") == ["Alice Kwok", "the official"]


def test_the_official_still_takes_up_a_person_with_a_post():
    assert credited("Ann Lee, an aide to the defence minister, spoke on Monday.", "“It was fine,” the official said.") == [
        "Ann Lee"
    ]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("A Western Conference scout, who asked not to be named, said eight years was “a lot of rope”.", "A Western Conference scout"),
        ("One Harbour League coach, who asked not to be named, called the fine “absurd”.", "One Harbour League coach"),
        ("The Clarion quoted one Kerry County haulier as saying the crop was “ruined”.", None),
    ],
)
def test_a_capitalised_word_before_an_indefinite_sources_head_describes_it(paragraph, expected):
    assert credited(paragraph) == [expected]


@pytest.mark.parametrize(
    "deal",
    ["a four-year, $128 million extension", "a big, lucrative extension", "a two-year, €9m deal"],
)
def test_a_comma_before_an_amount_in_an_apposition_does_not_close_it(deal):
    paragraph = f"Guard Malik Vance, who signed {deal} in October, celebrated the vote on social media: “KC forever.”"
    assert credited(paragraph) == ["Malik Vance"]


# -- round p572-p577 ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("Social Justice Ireland said the increase fell “well short” of the target.", "Social Justice Ireland"),
        ("Oxfam Ireland said the cuts were “cruel”.", "Oxfam Ireland"),
        ("Jill Ireland said the talks were “useful”.", "Jill Ireland"),
        ("Ambassador Maria Spain said the talks were “useful”.", "Maria Spain"),
    ],
)
def test_a_name_ending_in_a_country_after_no_first_name_is_a_body(paragraph, expected):
    assert credited(paragraph) == [expected]


def test_a_body_ending_in_a_country_is_taken_up_as_a_group():
    first = "Social Justice Ireland said the increase fell “well short” of the €25 needed."
    assert credited(first, "“The poorest will be poorer,” the group said.") == ["Social Justice Ireland"] * 2


def test_the_first_word_of_a_firms_name_is_its_short_form_and_keeps_its_kind():
    first = "Halvorsen Motors said on Monday it would pause production."
    second = (
        "“Every affected employee will be recalled,” Halvorsen said in a statement. "
        "The union said it had been given “less than a week’s notice”."
    )
    assert credited(first, second) == ["Halvorsen", "The union"]


@pytest.mark.parametrize(
    ("later", "expected"),
    [
        ("the NEC member", "A senior member of the ANC’s national executive committee"),
        ("the ANC member", "A senior member of the ANC’s national executive committee"),
        ("the IMF member", "the IMF member"),
    ],
)
def test_an_acronym_of_the_words_of_a_described_source_takes_it_up(later, expected):
    first = "A senior member of the ANC’s national executive committee, speaking on condition of anonymity, said talks went on."
    assert credited(first, f"“The numbers are tight,” {later} said.") == [expected]


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        (
            "The European Union agreed the plan on Monday.",
            "But the federal police union said officers were “at the limit” after months of extra shifts.",
            "the federal police union",
        ),
        (
            "The Transport Workers Union called a strike on Monday.",
            "The powerful union said the offer was “an insult”.",
            "Transport Workers Union",
        ),
    ],
)
def test_a_body_word_among_a_descriptions_modifiers_tells_its_body_apart(first, second, expected):
    assert credited(first, second) == [expected]


def test_a_body_of_the_kind_asked_beats_a_later_body_whose_kind_is_untold():
    first = "Kudu said it expected growth of “about 30%” next year."
    second = (
        "In July, the Financial Sector Conduct Authority fined Kudu R1.5m after finding that it had failed to verify "
        "some merchants, a lapse the regulator described as “serious but not systemic”."
    )
    assert credited(first, second) == ["Kudu", "Financial Sector Conduct Authority"]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "KOCHI: The Harbour High Court on Wednesday rejected the bail plea of a businessman.",
                "The daily Harbourvani quoted one of the carriers as saying: “They told me it was only dates.”",
                "“The petitioner describes himself as a mere trader,” the order read.",
            ),
            [None, "Harbour High Court"],
        ),
        (("Ann Lee filed the appeal on Monday.", "“The appeal fails,” the ruling said."), [None]),
    ],
)
def test_a_courts_document_speaks_for_the_court_named_last(paragraphs, expected):
    assert credited(*paragraphs) == expected


# -- round p578-p583 ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "expected"),
    [
        ("“Demand is growing,” NCL chairman and managing director Arvind Mohapatra told reporters.", "Arvind Mohapatra"),
        ("“Demand is growing,” said Acme president and chief executive Ann Lee.", "Ann Lee"),
    ],
)
def test_two_lower_case_titles_joined_by_and_are_both_the_persons(first, expected):
    second = "“They are taking our land,” the group’s convenor Bikash Pradhan said."
    role = "chairman" if "chairman" in first else "president"
    assert credited(first, second, f"“We need both,” the {role} said.") == [expected, "Bikash Pradhan", expected]


def test_the_mayor_and_a_councillor_stay_two_people():
    assert credited("The mayor and councillor Ann Lee met on Monday.", "“It was fine,” the mayor said.") == ["the mayor"]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("Delta State Governor, Rt. Hon. Ejiro Onoriode, said the road was a “death trap”.", "Ejiro Onoriode"),
        (
            "Senate Leader, Senator Musa Danladi-Karu (Bauchi South), who moved the motion, said it would “close gaps”.",
            "Musa Danladi-Karu",
        ),
        ("Her mother, Ruth Vane, who runs a shop, said the road was a “death trap”.", "Ruth Vane"),
    ],
)
def test_a_title_set_before_a_name_in_apposition_credits_the_name(paragraph, expected):
    assert credited(paragraph) == [expected]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("A nurse at the National Hospital, Abuja, who asked not to be named, said “we were told to discharge them”.", None),
        ("The head of the Royal Hospital, Dr Ann Lee, said patients were “sent home”.", "Ann Lee"),
    ],
)
def test_a_word_set_off_after_a_bodys_name_is_where_it_sits(paragraph, expected):
    assert credited(paragraph) == [expected]


@pytest.mark.parametrize(
    ("first", "expected"),
    [
        ("The Police Public Relations Officer in the state, SP Ann Aya-Ojo, said the victims were rescued.", "Ann Aya-Ojo"),
        ("Police spokesman Ann Lee said the road was closed.", "Ann Lee"),
        ("Wes Streeting visited the hospital on Monday.", "the spokesman"),
    ],
)
def test_a_public_relations_officer_is_the_spokesman(first, expected):
    assert credited(first, "“No ransom was paid,” the spokesman said.") == [expected]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("A senior official at the Financial Services and the Treasury Bureau said there was “no intention” to act.", None),
        ("Staff at the Royal Hospital and the Harbour Clinic said it was “over”.", None),
        ("Both Acme and the Treasury said it was “over”.", "Both Acme and the Treasury"),
    ],
)
def test_the_second_object_of_a_preposition_is_no_speaker(paragraph, expected):
    assert credited(paragraph) == [expected]


def test_a_source_cited_after_according_to_who_speaks_is_the_he_that_follows():
    first = "Chief executive Martin Haldane told analysts the company “will not negotiate under pressure”."
    second = (
        "Some workers were already wavering, according to a union official, who said 80 members had asked about "
        "returning. “People have rent to pay,” he said."
    )
    assert credited(first, second) == ["Martin Haldane", "a union official"]


def test_a_document_cited_after_according_to_leaves_he_to_the_person():
    first = "Chief executive Martin Haldane told analysts the company “will not negotiate under pressure”."
    second = "Some workers were wavering, according to a union newsletter. “People have rent to pay,” he said."
    assert credited(first, second) == ["Martin Haldane", "Martin Haldane"]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Acme Holdings said on Wednesday that its services took longer. In a statement, the Denver-based company "
            "described the situation as “the new normal”.",
            "Acme Holdings",
        ),
        (
            "Shipping line Nordhavn Container Line said on Wednesday that its services took longer. In a statement, "
            "the Copenhagen-based carrier described the situation as “the new normal”.",
            "Nordhavn Container Line",
        ),
    ],
)
def test_a_places_compound_adjective_describes_the_body_named_before(paragraph, expected):
    assert credited(paragraph) == [expected]


@pytest.mark.parametrize("cue", ["she is expected to say", "she is set to tell MPs", "she was due to say", "she will say"])
def test_a_future_speech_verb_after_a_raising_verb_is_a_cue(cue):
    first = "Two people briefed on her plans said the speech was ready. Helen Marchbank will speak on Thursday."
    assert credited(first, f"“We inherited a mess,” {cue}.") == ["Helen Marchbank"]


def test_a_relative_clause_with_no_comma_before_it_may_give_the_first_name():
    paragraph = (
        "“They came in at 11 and started shooting,” said a 45-year-old shopkeeper who gave only her first name, "
        "Dilcia, for fear of reprisals. “Nobody here is a criminal.”"
    )
    assert credited(paragraph) == ["Dilcia", "Dilcia"]


def test_shipping_lines_in_lower_case_are_no_body_the_corporation_takes_up():
    paragraph = (
        "Chinese shipping lines made 94 transits last year, according to the state nuclear corporation Rosatom, which "
        "manages the route. The corporation described the growth as “steady and irreversible.”"
    )
    assert credited(paragraph) == ["Rosatom"]
